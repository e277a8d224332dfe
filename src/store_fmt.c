/*
 * store_fmt.c -- writes stored events in the export formats: tacitus JSON
 * Lines, CSV, GDELT 2.0 event table, PLOVER JSON Lines, Phoenix TSV.
 *
 * Invariants:
 *   - one event is one line; a failed append leaves the buffer as it was;
 *   - tab-separated fields never contain a tab or a line break (they
 *     become spaces); CSV fields are quoted when they need it (RFC 4180);
 *     JSON strings are escaped and always valid UTF-8 (emit.h);
 *   - a field tacitus cannot fill (tone, geography, ...) is left empty,
 *     never guessed; actor codes are split into CAMEO's three-letter parts
 *     (country, role types, religion, group) only where a part is known;
 *   - numbers are written with integer arithmetic or "%.1f"-style
 *     formatting of values that need no locale (the CLI never sets one).
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tacitus.h"
#include "emit.h"

/* ------------------------------------------------------------------ */
/* Actor codes                                                         */
/* ------------------------------------------------------------------ */

/* Three-letter CAMEO parts that are not countries: transnational actor
 * types and regions (as in the default dictionaries). */
static const char NONSTATE[] =
    "IGO NGO NGM IMG MNC UIS "
    "AFR ARB ASA BLK CAS CAU CEU CFR CRB EAF EEU EIN EUR KUR LAM MDT MEA NAF "
    "NMR PGS SAF SAM SAS SCN SEA WAF WST ";
/* Role (type) parts. */
static const char ROLES[] =
    "GOV MIL COP SPY REB UAF OPP LEG JUD CVL BUS MED REF EDU HLH LAB REL AGR "
    "CRM HRI RAD ELI PTY ENV DEV MOD SET INS AMN IGO NGO NGM MNC IMG ";
/* Religion parts. */
static const char RELIGIONS[] = "MOS CHR JEW BUD HIN SHI SUN CTH ORT PRO ";

static int in_list(const char *list, const char *part)
{
    for (const char *p = list; *p; p += 4)
        if (p[0] == part[0] && p[1] == part[1] && p[2] == part[2])
            return 1;
    return 0;
}

static int is_upper3(const char *p)
{
    for (int i = 0; i < 3; i++)
        if (p[i] < 'A' || p[i] > 'Z')
            return 0;
    return 1;
}

typedef struct actor_parts {
    char country[4], group[4], religion[2][4], type[3][4];
} actor_parts;

/* Splits a CAMEO actor code into its parts; unknown parts are dropped. */
static void split_actor(const char *code, actor_parts *ap)
{
    memset(ap, 0, sizeof *ap);
    size_t n = strlen(code);
    if (n < 3 || n % 3 || !is_upper3(code))
        return;
    int ntype = 0, nrel = 0;
    for (size_t i = 0; i + 3 <= n; i += 3) {
        const char *p = code + i;
        if (!is_upper3(p))
            return;
        /* a code may start with its role or religion when the actor's
           country is unknown ("GOV", "MOSSHI") */
        if (i == 0 && !in_list(NONSTATE, p) && !in_list(ROLES, p) && !in_list(RELIGIONS, p)) {
            memcpy(ap->country, p, 3);
        } else if (in_list(ROLES, p)) {
            if (ntype < 3)
                memcpy(ap->type[ntype++], p, 3);
        } else if (in_list(RELIGIONS, p)) {
            if (nrel < 2)
                memcpy(ap->religion[nrel++], p, 3);
        } else if (i + 3 == n && i > 0 && !in_list(NONSTATE, p)) {
            memcpy(ap->group, p, 3);   /* last part: the organisation's own code */
        }
    }
}

/* ------------------------------------------------------------------ */
/* Field writers                                                       */
/* ------------------------------------------------------------------ */

#define PUT(s) do { if (tac_buf_append(out, (s), strlen(s))) goto nomem; } while (0)
#define PUTN(s, n) do { if (tac_buf_append(out, (s), (n))) goto nomem; } while (0)
#define TAB() PUTN("\t", 1)

/* A slice of the sentence by document offsets; empty when out of range. */
static void slice(const tac_store_event *ev, uint32_t a, uint32_t b, const char **p, size_t *n)
{
    *p = "";
    *n = 0;
    if (b <= a || a < ev->sent_start)
        return;
    size_t lo = a - ev->sent_start, hi = b - ev->sent_start;
    if (hi > ev->text_len)
        return;
    *p = ev->text + lo;
    *n = hi - lo;
}

/* A tab-separated field: tabs and line breaks become spaces. */
static int put_tsv(tac_buf *out, const char *s, size_t n)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
            if (tac_buf_append(out, s + run, i - run) || tac_buf_append(out, " ", 1))
                return TAC_ENOMEM;
            run = i + 1;
        }
    }
    return tac_buf_append(out, s + run, n - run) ? TAC_ENOMEM : TAC_OK;
}

/* A CSV field, quoted when it holds a comma, quote or line break. */
static int put_csv(tac_buf *out, const char *s, size_t n)
{
    if (!memchr(s, ',', n) && !memchr(s, '"', n) && !memchr(s, '\n', n) && !memchr(s, '\r', n))
        return tac_buf_append(out, s, n) ? TAC_ENOMEM : TAC_OK;
    if (tac_buf_append(out, "\"", 1))
        return TAC_ENOMEM;
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"') {
            if (tac_buf_append(out, s + run, i + 1 - run) || tac_buf_append(out, "\"", 1))
                return TAC_ENOMEM;
            run = i + 1;
        }
    }
    return tac_buf_append(out, s + run, n - run) || tac_buf_append(out, "\"", 1) ? TAC_ENOMEM : TAC_OK;
}

static int put_goldstein(tac_buf *out, double g)
{
    return isnan(g) ? TAC_OK : tac_buf_printf(out, "%.1f", g);
}

/* "YYYY-MM-DD" of a yyyymmdd date, written digit by digit. */
static void iso_date(int32_t d, char buf[11])
{
    unsigned v = d > 0 ? (unsigned)d % 100000000u : 0;
    int pos[8] = { 0, 1, 2, 3, 5, 6, 8, 9 };
    for (int i = 7; i >= 0; i--) {
        buf[pos[i]] = (char)('0' + v % 10);
        v /= 10;
    }
    buf[4] = buf[7] = '-';
    buf[10] = 0;
}

static const char *const FLAG_NAMES[] = {
    "negated", "hypothetical", "future", "reported", "passive", "question"
};

/* ------------------------------------------------------------------ */
/* Formats                                                             */
/* ------------------------------------------------------------------ */

/* A code as a JSON string; null when there is none (NULL or ""). */
static int json_code(tac_buf *out, const char *code)
{
    if (!code || !*code)
        return tac_buf_append(out, "null", 4);
    return tacx_json_escape(out, code, strlen(code));
}

static int write_jsonl(tac_buf *out, const tac_store_event *ev)
{
    char date[11];
    const char *p;
    size_t n;
    iso_date(ev->date, date);
    if (tac_buf_printf(out, "{\"id\":%lld,\"date\":\"%s\",\"source\":", (long long)ev->id, date) ||
        json_code(out, ev->source))
        goto nomem;
    PUT(",\"target\":");
    if (json_code(out, ev->target))
        goto nomem;
    PUT(",\"cameo\":");
    if (tacx_json_escape(out, ev->cameo, strlen(ev->cameo)) ||
        tac_buf_printf(out, ",\"root\":\"%s\",\"quad\":%d,\"goldstein\":", ev->root, ev->quad))
        goto nomem;
    if (isnan(ev->goldstein))
        PUT("null");
    else if (put_goldstein(out, ev->goldstein))
        goto nomem;
    PUT(",\"plover\":");
    if (json_code(out, ev->plover))
        goto nomem;
    if (tac_buf_printf(out, ",\"num_mentions\":%ld,\"num_sources\":%ld,\"num_articles\":%ld,\"doc_id\":",
                ev->num_mentions, ev->num_sources, ev->num_articles) ||
        tacx_json_escape(out, ev->doc_id, strlen(ev->doc_id)) ||
        tac_buf_printf(out, ",\"sentence\":%d,\"source_text\":", ev->sentence))
        goto nomem;
    slice(ev, ev->source_start, ev->source_end, &p, &n);
    if (tacx_json_escape(out, p, n))
        goto nomem;
    PUT(",\"target_text\":");
    slice(ev, ev->target_start, ev->target_end, &p, &n);
    if (tacx_json_escape(out, p, n))
        goto nomem;
    PUT(",\"verb_text\":");
    slice(ev, ev->verb_start, ev->verb_end, &p, &n);
    if (tacx_json_escape(out, p, n))
        goto nomem;
    PUT(",\"flags\":[");
    int first = 1;
    for (int i = 0; i < 6; i++) {
        if (!(ev->flags & (1u << i)))
            continue;
        if (!first)
            PUT(",");
        first = 0;
        if (tacx_json_escape(out, FLAG_NAMES[i], strlen(FLAG_NAMES[i])))
            goto nomem;
    }
    PUT("],\"url\":");
    if (tacx_json_escape(out, ev->url, strlen(ev->url)))
        goto nomem;
    PUT(",\"outlet\":");
    if (tacx_json_escape(out, ev->outlet, strlen(ev->outlet)))
        goto nomem;
    PUT(",\"title\":");
    if (tacx_json_escape(out, ev->title, strlen(ev->title)))
        goto nomem;
    PUT(",\"text\":");
    if (tacx_json_escape(out, ev->text, ev->text_len))
        goto nomem;
    PUT("}\n");
    return TAC_OK;
nomem:
    return TAC_ENOMEM;
}

static const char CSV_HEADER[] =
    "event_id,date,source,target,cameo,root,quad,goldstein,plover,num_mentions,num_sources,"
    "num_articles,doc_id,sentence,source_text,target_text,verb_text,flags,url,outlet,title,text\n";

static int write_csv(tac_buf *out, const tac_store_event *ev)
{
    char date[11];
    const char *p;
    size_t n;
    iso_date(ev->date, date);
    if (tac_buf_printf(out, "%lld,%s,", (long long)ev->id, date) ||
        put_csv(out, ev->source, strlen(ev->source)) || tac_buf_append(out, ",", 1) ||
        put_csv(out, ev->target, strlen(ev->target)) || tac_buf_append(out, ",", 1) ||
        put_csv(out, ev->cameo, strlen(ev->cameo)) ||
        tac_buf_printf(out, ",%s,%d,", ev->root, ev->quad) || put_goldstein(out, ev->goldstein) ||
        tac_buf_append(out, ",", 1) ||
        put_csv(out, ev->plover ? ev->plover : "", ev->plover ? strlen(ev->plover) : 0) ||
        tac_buf_printf(out, ",%ld,%ld,%ld,", ev->num_mentions, ev->num_sources, ev->num_articles) ||
        put_csv(out, ev->doc_id, strlen(ev->doc_id)) || tac_buf_printf(out, ",%d,", ev->sentence))
        goto nomem;
    slice(ev, ev->source_start, ev->source_end, &p, &n);
    if (put_csv(out, p, n))
        goto nomem;
    PUT(",");
    slice(ev, ev->target_start, ev->target_end, &p, &n);
    if (put_csv(out, p, n))
        goto nomem;
    PUT(",");
    slice(ev, ev->verb_start, ev->verb_end, &p, &n);
    if (put_csv(out, p, n))
        goto nomem;
    PUT(",");
    int first = 1;
    for (int i = 0; i < 6; i++) {
        if (!(ev->flags & (1u << i)))
            continue;
        if (!first)
            PUT(" ");
        first = 0;
        PUT(FLAG_NAMES[i]);
    }
    PUT(",");
    if (put_csv(out, ev->url, strlen(ev->url)) || tac_buf_append(out, ",", 1) ||
        put_csv(out, ev->outlet, strlen(ev->outlet)) || tac_buf_append(out, ",", 1) ||
        put_csv(out, ev->title, strlen(ev->title)) || tac_buf_append(out, ",", 1) ||
        put_csv(out, ev->text, ev->text_len))
        goto nomem;
    PUT("\n");
    return TAC_OK;
nomem:
    return TAC_ENOMEM;
}

/* GDELT's ten actor columns (Code, Name, CountryCode, KnownGroupCode,
 * EthnicCode, Religion1Code, Religion2Code, Type1Code..Type3Code). */
static int gdelt_actor(tac_buf *out, const char *code, const char *name, size_t name_len)
{
    actor_parts ap;
    split_actor(code, &ap);
    if (put_tsv(out, code, strlen(code)) || tac_buf_append(out, "\t", 1) ||
        put_tsv(out, name, name_len) ||
        tac_buf_printf(out, "\t%s\t%s\t\t%s\t%s\t%s\t%s\t%s\t", ap.country, ap.group, ap.religion[0],
                ap.religion[1], ap.type[0], ap.type[1], ap.type[2]))
        return TAC_ENOMEM;
    return TAC_OK;
}

static const char GDELT_HEADER[] =
    "GlobalEventId\tDay\tMonthYear\tYear\tFractionDate\t"
    "Actor1Code\tActor1Name\tActor1CountryCode\tActor1KnownGroupCode\tActor1EthnicCode\t"
    "Actor1Religion1Code\tActor1Religion2Code\tActor1Type1Code\tActor1Type2Code\tActor1Type3Code\t"
    "Actor2Code\tActor2Name\tActor2CountryCode\tActor2KnownGroupCode\tActor2EthnicCode\t"
    "Actor2Religion1Code\tActor2Religion2Code\tActor2Type1Code\tActor2Type2Code\tActor2Type3Code\t"
    "IsRootEvent\tEventCode\tEventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\t"
    "NumMentions\tNumSources\tNumArticles\tAvgTone\t"
    "Actor1Geo_Type\tActor1Geo_Fullname\tActor1Geo_CountryCode\tActor1Geo_ADM1Code\tActor1Geo_ADM2Code\t"
    "Actor1Geo_Lat\tActor1Geo_Long\tActor1Geo_FeatureID\t"
    "Actor2Geo_Type\tActor2Geo_Fullname\tActor2Geo_CountryCode\tActor2Geo_ADM1Code\tActor2Geo_ADM2Code\t"
    "Actor2Geo_Lat\tActor2Geo_Long\tActor2Geo_FeatureID\t"
    "ActionGeo_Type\tActionGeo_Fullname\tActionGeo_CountryCode\tActionGeo_ADM1Code\tActionGeo_ADM2Code\t"
    "ActionGeo_Lat\tActionGeo_Long\tActionGeo_FeatureID\tDATEADDED\tSOURCEURL\n";

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int write_gdelt(tac_buf *out, const tac_store_event *ev)
{
    static const int cum[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
    int y = ev->date / 10000, m = ev->date / 100 % 100, d = ev->date % 100;
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return TAC_EINVAL;
    int doy = cum[m - 1] + d + (m > 2 && is_leap(y));
    /* FractionDate: the year plus the share of it gone by at the start
     * of the day, four decimals. */
    int frac = (int)((doy - 1) * 10000L / (is_leap(y) ? 366 : 365));
    const char *p;
    size_t n;
    if (tac_buf_printf(out, "%lld\t%08d\t%06d\t%04d\t%04d.%04d\t", (long long)ev->id, (int)ev->date,
                (int)(ev->date / 100), y, y, frac))
        goto nomem;
    slice(ev, ev->source_start, ev->source_end, &p, &n);
    if (gdelt_actor(out, ev->source, p, n))
        goto nomem;
    slice(ev, ev->target_start, ev->target_end, &p, &n);
    if (gdelt_actor(out, ev->target, p, n))
        goto nomem;
    /* IsRootEvent: known only for the lead sentence. */
    char base[4] = {0};
    memcpy(base, ev->cameo, strlen(ev->cameo) >= 3 ? 3 : strlen(ev->cameo));
    if (tac_buf_printf(out, "%s\t", ev->sentence == 0 ? "1" : "") ||
        put_tsv(out, ev->cameo, strlen(ev->cameo)) ||
        tac_buf_printf(out, "\t%s\t%s\t%d\t", base, ev->root, ev->quad) ||
        put_goldstein(out, ev->goldstein) ||
        tac_buf_printf(out, "\t%ld\t%ld\t%ld\t", ev->num_mentions, ev->num_sources, ev->num_articles))
        goto nomem;
    /* AvgTone and the 24 geography columns: not coded by tacitus. */
    for (int i = 0; i < 25; i++)
        TAB();
    time_t t = (time_t)ev->added;
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        memset(&tm, 0, sizeof tm);
    if (tac_buf_printf(out, "%04d%02d%02d%02d%02d%02d\t", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec))
        goto nomem;
    /* SOURCEURL holds the URL, or a citation when there is none. */
    const char *src = *ev->url ? ev->url : ev->doc_id;
    if (put_tsv(out, src, strlen(src)))
        goto nomem;
    PUT("\n");
    return TAC_OK;
nomem:
    return TAC_ENOMEM;
}

/* The PLOVER list of one side: [] when none is named, else one entity
 * object: code (the country or top-level part), sector (the first role),
 * entity_text, and the full CAMEO code. */
static int plover_entity(tac_buf *out, const tac_store_event *ev, const char *code, uint32_t start, uint32_t end)
{
    if (!*code)
        return tac_buf_append(out, "[]", 2);
    const char *text;
    size_t len;
    slice(ev, start, end, &text, &len);
    actor_parts ap;
    split_actor(code, &ap);
    char top[4] = {0};
    memcpy(top, code, strlen(code) >= 3 ? 3 : strlen(code));
    PUT("[{\"code\":");
    if (tacx_json_escape(out, ap.country[0] ? ap.country : top, strlen(ap.country[0] ? ap.country : top)))
        goto nomem;
    if (ap.type[0][0]) {
        PUT(",\"sector\":");
        if (tacx_json_escape(out, ap.type[0], 3))
            goto nomem;
    }
    if (ap.religion[0][0]) {
        PUT(",\"religion\":");
        if (tacx_json_escape(out, ap.religion[0], 3))
            goto nomem;
    }
    PUT(",\"entity_text\":");
    if (tacx_json_escape(out, text, len))
        goto nomem;
    PUT(",\"cameo_code\":");
    if (tacx_json_escape(out, code, strlen(code)))
        goto nomem;
    PUT("}]");
    return TAC_OK;
nomem:
    return TAC_ENOMEM;
}

static int write_plover(tac_buf *out, const tac_store_event *ev)
{
    if (!ev->plover || !*ev->plover)
        return TAC_OK;   /* CAMEO 01 statements have no PLOVER category */
    char date[11];
    const char *p;
    size_t n;
    iso_date(ev->date, date);
    if (tac_buf_printf(out, "{\"id\":\"tacitus-%lld\",\"date\":\"%s\",\"actor\":", (long long)ev->id, date))
        goto nomem;
    /* no source named (a passive), or no target: [] */
    if (plover_entity(out, ev, ev->source, ev->source_start, ev->source_end))
        goto nomem;
    PUT(",\"recipient\":");
    if (plover_entity(out, ev, ev->target, ev->target_start, ev->target_end))
        goto nomem;
    PUT(",\"event\":[");
    if (tacx_json_escape(out, ev->plover, strlen(ev->plover)))
        goto nomem;
    PUT("],\"event_text\":[");
    slice(ev, ev->verb_start, ev->verb_end, &p, &n);
    if (tacx_json_escape(out, p, n))
        goto nomem;
    if (tac_buf_printf(out, "],\"quad_code\":%d,\"mode\":[],\"context\":[],\"text\":", ev->quad) ||
        tacx_json_escape(out, ev->text, ev->text_len) ||
        tac_buf_printf(out, ",\"text_info\":{\"sequence\":%d,\"start\":%lu,\"end\":%lu}",
                ev->sentence, (unsigned long)ev->sent_start,
                (unsigned long)(ev->sent_start + ev->text_len)))
        goto nomem;
    PUT(",\"cite_info\":{\"citation\":");
    if (tacx_json_escape(out, ev->doc_id, strlen(ev->doc_id)))
        goto nomem;
    if (*ev->url) {
        PUT(",\"url\":");
        if (tacx_json_escape(out, ev->url, strlen(ev->url)))
            goto nomem;
    }
    if (*ev->title) {
        PUT(",\"title\":");
        if (tacx_json_escape(out, ev->title, strlen(ev->title)))
            goto nomem;
    }
    if (*ev->outlet) {
        PUT(",\"publication\":");
        if (tacx_json_escape(out, ev->outlet, strlen(ev->outlet)))
            goto nomem;
    }
    PUT(",\"language\":\"en\",\"coder\":\"tacitus " TAC_VERSION "\"}");
    time_t t = (time_t)ev->added;
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        memset(&tm, 0, sizeof tm);
    if (tac_buf_printf(out, ",\"coder\":\"tacitus\",\"coded_date\":\"%04d-%02d-%02d\"",
                tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday) ||
        tac_buf_printf(out, ",\"cameo\":\"%.8s\",\"num_mentions\":%ld,\"num_sources\":%ld,\"num_articles\":%ld}\n",
                ev->cameo, ev->num_mentions, ev->num_sources, ev->num_articles))
        goto nomem;
    return TAC_OK;
nomem:
    return TAC_ENOMEM;
}

static const char PHOENIX_HEADER[] =
    "EventID\tDate\tYear\tMonth\tDay\tSourceActorFull\tSourceActorEntity\tSourceActorRole\t"
    "SourceActorAttribute\tTargetActorFull\tTargetActorEntity\tTargetActorRole\tTargetActorAttribute\t"
    "EventCode\tEventRootCode\tQuadClass\tGoldsteinScore\tIssues\tLat\tLon\tLocationName\tStateName\t"
    "CountryCode\tSentenceID\tURLs\tNewsSources\n";

/* Phoenix actor columns: full code, entity (country or top-level part),
 * role (first role part), attribute (religion or group part). */
static int phoenix_actor(tac_buf *out, const char *code)
{
    actor_parts ap;
    split_actor(code, &ap);
    char top[4] = {0};
    if (*code)
        memcpy(top, code, strlen(code) >= 3 ? 3 : strlen(code));
    const char *attr = ap.religion[0][0] ? ap.religion[0] : ap.group;
    if (put_tsv(out, code, strlen(code)) ||
        tac_buf_printf(out, "\t%s\t%s\t%s\t", ap.country[0] ? ap.country : top, ap.type[0], attr))
        return TAC_ENOMEM;
    return TAC_OK;
}

static int write_phoenix(tac_buf *out, const tac_store_event *ev)
{
    if (tac_buf_printf(out, "%lld\t%08d\t%04d\t%02d\t%02d\t", (long long)ev->id, (int)ev->date,
                (int)(ev->date / 10000), (int)(ev->date / 100 % 100), (int)(ev->date % 100)) ||
        phoenix_actor(out, ev->source) || phoenix_actor(out, ev->target) ||
        put_tsv(out, ev->cameo, strlen(ev->cameo)) ||
        tac_buf_printf(out, "\t%s\t%d\t", ev->root, ev->quad) || put_goldstein(out, ev->goldstein))
        goto nomem;
    /* Issues, Lat, Lon, LocationName, StateName, CountryCode: not coded. */
    PUT("\t\t\t\t\t\t\t");
    if (put_tsv(out, ev->doc_id, strlen(ev->doc_id)) || tac_buf_printf(out, "_%d\t", ev->sentence) ||
        put_tsv(out, ev->url, strlen(ev->url)) || tac_buf_append(out, "\t", 1) ||
        put_tsv(out, ev->outlet, strlen(ev->outlet)))
        goto nomem;
    PUT("\n");
    return TAC_OK;
nomem:
    return TAC_ENOMEM;
}

int tac_store_event_write(tac_buf *out, tac_export_format fmt, const tac_store_event *ev)
{
    if (!out || !ev || !ev->source || !ev->target || !ev->cameo || !ev->root || !ev->doc_id ||
        !ev->title || !ev->url || !ev->outlet || (!ev->text && ev->text_len))
        return TAC_EINVAL;
    size_t old = out->len;
    int rc;
    switch (fmt) {
    case TAC_EXPORT_JSONL: rc = write_jsonl(out, ev); break;
    case TAC_EXPORT_CSV: rc = write_csv(out, ev); break;
    case TAC_EXPORT_GDELT: rc = write_gdelt(out, ev); break;
    case TAC_EXPORT_PLOVER: rc = write_plover(out, ev); break;
    case TAC_EXPORT_PHOENIX: rc = write_phoenix(out, ev); break;
    default: rc = TAC_EINVAL; break;
    }
    if (rc != TAC_OK)
        out->len = old;
    return rc;
}

const char *tac_export_header(tac_export_format fmt)
{
    switch (fmt) {
    case TAC_EXPORT_CSV: return CSV_HEADER;
    case TAC_EXPORT_GDELT: return GDELT_HEADER;
    case TAC_EXPORT_PHOENIX: return PHOENIX_HEADER;
    default: return NULL;
    }
}
