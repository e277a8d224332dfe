/*
 * test_dictfmt.c -- unit tests for the dictionary readers (dictfmt_*.c).
 *
 * The db_* builder functions are replaced here by a recorder: every call
 * becomes one line of text (phrases rendered as below), so the tests can
 * assert exactly what a reader handed to the builder.  Being defined
 * here, they take precedence over the library's builder when linking.
 *
 * Phrase rendering: elements separated by ' ' (other words may come
 * between) or '_' (adjacent); an exact word as is, a prefix/stem word with
 * a trailing '~'; '*' verb, '$' source, '+' target, '%' compound, '^'
 * skip, '&NAME' synset, '{a|b}' alternatives.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "temp_file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dict.h"

#ifndef TAC_SOURCE_DIR
#define TAC_SOURCE_DIR "."
#endif
#define DATA TAC_SOURCE_DIR "/tests/data/dict/"
#define SHARED "/work/shared"

/* ---- recorder ----------------------------------------------------- */

static char **rec;
static int nrec, caprec, next_id;

static void rec_reset(void)
{
    for (int i = 0; i < nrec; i++)
        free(rec[i]);
    free(rec);
    rec = NULL;
    nrec = caprec = next_id = 0;
}

static void rec_add(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void rec_add(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = malloc((size_t)n + 1);
    assert_non_null(s);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    if (nrec == caprec) {
        caprec = caprec ? caprec * 2 : 64;
        rec = realloc(rec, (size_t)caprec * sizeof *rec);
        assert_non_null(rec);
    }
    rec[nrec++] = s;
}

typedef struct sbuf { char b[4096]; size_t n; } sbuf;

static void sb_put(sbuf *s, const char *t)
{
    size_t k = strlen(t);
    if (s->n + k < sizeof s->b) {
        memcpy(s->b + s->n, t, k + 1);
        s->n += k;
    }
}

static void render(sbuf *s, const phrase *p)
{
    for (int i = 0; i < p->n; i++) {
        const pattern_elem *e = &p->e[i];
        if (i)
            sb_put(s, e->adjacent ? "_" : " ");
        switch (e->kind) {
        case PE_WORD:
            assert_non_null(e->word);
            assert_true(e->word[0] != '\0');
            sb_put(s, e->word);
            if (e->match == PM_PREFIX)
                sb_put(s, "~");
            break;
        case PE_SYNSET:
            sb_put(s, "&");
            sb_put(s, e->word);
            break;
        case PE_ALT:
            assert_true(e->nalts > 0);
            sb_put(s, "{");
            for (int j = 0; j < e->nalts; j++) {
                if (j)
                    sb_put(s, "|");
                render(s, &e->alts[j]);
            }
            sb_put(s, "}");
            break;
        case PE_SOURCE: sb_put(s, "$"); break;
        case PE_TARGET: sb_put(s, "+"); break;
        case PE_COMPOUND: sb_put(s, "%"); break;
        case PE_SKIP: sb_put(s, "^"); break;
        case PE_VERB: sb_put(s, "*"); break;
        default: fail_msg("bad element kind %d", e->kind);
        }
    }
}

static const char *R(const phrase *p)
{
    static sbuf s;
    s.n = 0;
    s.b[0] = '\0';
    assert_true(p->n > 0);
    render(&s, p);
    return s.b;
}

static const char *base(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

void db_diag(dict_builder *b, int severity, const char *file, long line,
             const char *fmt, ...)
{
    (void)b;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    rec_add("diag %d %s:%ld %s", severity, file ? base(file) : "-", line, msg);
}

int db_actor_begin(dict_builder *b, unsigned flags, const char *file, long line)
{
    (void)b;
    (void)file;
    int id = next_id++;
    rec_add("actor %d f=%u L%ld", id, flags, line);
    return id;
}

int db_actor_name(dict_builder *b, int actor, const phrase *name, const char *file,
                  long line)
{
    (void)b;
    (void)file;
    rec_add("name %d %s L%ld", actor, R(name), line);
    return TAC_OK;
}

int db_actor_code(dict_builder *b, int actor, const dated_code *code, const char *file,
                  long line)
{
    (void)b;
    (void)file;
    (void)line;
    rec_add("code %d %s %d %d", actor, code->code, (int)code->from, (int)code->to);
    return TAC_OK;
}

int db_agent(dict_builder *b, const phrase *name, const char *code, int officer, const char *file,
             long line)
{
    (void)b;
    (void)file;
    (void)line;
    rec_add("agent %s %s%s", code, R(name), officer ? " officer" : "");
    return TAC_OK;
}

int db_synset(dict_builder *b, const char *name, const phrase *member, const char *file,
              long line)
{
    (void)b;
    (void)file;
    (void)line;
    rec_add("syn %s %s", name, R(member));
    return TAC_OK;
}

int db_verb_begin(dict_builder *b, const phrase *form, unsigned vflags, const char *code,
                  const char *file, long line)
{
    (void)b;
    (void)file;
    int id = next_id++;
    rec_add("verb %d %s f=%u %s L%ld", id, code, vflags, R(form), line);
    return id;
}

int db_verb_form(dict_builder *b, int verb, const phrase *form, unsigned vflags,
                 const char *file, long line)
{
    (void)b;
    (void)file;
    (void)line;
    rec_add("form %d f=%u %s", verb, vflags, R(form));
    return TAC_OK;
}

int db_verb_pattern(dict_builder *b, int verb, const phrase *pattern, const char *code,
                    const char *file, long line)
{
    (void)b;
    (void)file;
    rec_add("pat %d %s %s L%ld", verb, code, R(pattern), line);
    return TAC_OK;
}

int db_nonverb(dict_builder *b, const phrase *p, const char *file, long line)
{
    (void)b;
    (void)file;
    (void)line;
    rec_add("nonverb %s", R(p));
    return TAC_OK;
}

int db_discard(dict_builder *b, const phrase *p, const char *code, const char *file,
               long line)
{
    (void)b;
    (void)file;
    (void)line;
    rec_add("discard %s %s", code, R(p));
    return TAC_OK;
}

void db_set_case_aware(dict_builder *b, int on)
{
    (void)b;
    (void)on;
}

/* ---- helpers ------------------------------------------------------ */

static int has(const char *line)
{
    for (int i = 0; i < nrec; i++)
        if (strcmp(rec[i], line) == 0)
            return 1;
    return 0;
}

static int count(const char *prefix)
{
    int k = 0;
    size_t n = strlen(prefix);
    for (int i = 0; i < nrec; i++)
        if (strncmp(rec[i], prefix, n) == 0)
            k++;
    return k;
}

static void dump(void)
{
    for (int i = 0; i < nrec; i++)
        print_message("  | %s\n", rec[i]);
}

#define HAS(s)                                                                 \
    do {                                                                       \
        if (!has(s)) {                                                         \
            dump();                                                            \
            fail_msg("missing record: %s", s);                                 \
        }                                                                      \
    } while (0)
#define HASNT(s)                                                               \
    do {                                                                       \
        if (has(s))                                                            \
            fail_msg("unexpected record: %s", s);                              \
    } while (0)

static int setup(void **state)
{
    (void)state;
    rec_reset();
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    rec_reset();
    return 0;
}

/* ---- this project's format ---------------------------------------- */

static void test_tacitus_basic(void **state)
{
    (void)state;
    assert_int_equal(dictfmt_read_tacitus(NULL, DATA "basic.txt"), TAC_OK);
    HAS("actor 0 f=0 L3");
    HAS("name 0 Ukraine L3");
    HAS("name 0 Kyiv L3");
    HAS("code 0 UKR 0 0");
    HAS("name 1 Black_Sea_Fleet L4");
    HAS("code 1 RUSMIL 20140301 0");
    HAS("code 1 RUSMIL 0 0");
    HAS("diag 2 basic.txt:5 bad actor code or date range 'UKR 2019-13-01..'");
    HAS("diag 2 basic.txt:6 expected NAME | NAME = CODE");
    /* persons */
    HAS("actor 2 f=1 L9");
    HAS("name 2 Volodymyr_Zelensky L9");
    HAS("name 2 Zelensk~ L9");
    HAS("code 2 UKRGOV 20190520 0");
    HAS("code 3 USAGOV 20170120 20210119");
    /* agents, synsets */
    HAS("agent GOV government_officials");
    HAS("agent NGO~ rights_groups");
    /* [officers]: agents marked as officers any body has */
    HAS("agent GOV spokesman officer");
    HAS("agent BUS chief_executive officer");
    HASNT("agent GOV spokesman");
    HAS("syn PLAN peace_plan");
    HAS("syn PLAN proposal~");
    /* verbs */
    HAS("verb 4 111 f=3 reject L20");
    HAS("form 4 f=3 rebuff");
    HAS("form 4 f=3 turn_down");
    HAS("pat 4 1121 * proposal L21");
    HAS("pat 4 1121 * &PLAN L22");
    HAS("pat 4 1122 * security_guarantees L23");
    HAS("pat 4 1123 $ * {peace_deal|ceasefire} + L24");
    HAS("diag 2 basic.txt:25 expected - PATTERN = CODE");
    HAS("diag 2 basic.txt:26 a pattern needs exactly one '*'");
    HAS("verb 5 1125 f=3 forsake L27");
    HAS("form 5 f=0 forsook");
    HAS("form 5 f=0 forsaken");
    HAS("diag 1 basic.txt:28 suspicious event code 'abc'");
    HAS("verb 6 abc f=3 urge L28");
    HAS("nonverb rally");
    HAS("discard ### football_match");
    HAS("discard ~### striker");
    HAS("diag 2 basic.txt:36 bad discard code '&&&': ### (the sentence), +### (the story) or ~### (a sign)");
    HASNT("discard &&& rally_driver");
    HAS("diag 2 basic.txt:38 unknown section [bogus]; its entries are skipped");
    HASNT("agent 1 ignored");
    assert_int_equal(count("diag "), 7);
    assert_int_equal(count("pat "), 4);
}

static void test_tacitus_crlf_utf8_long(void **state)
{
    (void)state;
    assert_int_equal(dictfmt_read_tacitus(NULL, DATA "crlf.txt"), TAC_OK);
    HAS("name 0 Kyiv L2");
    HAS("name 0 Kiev L2");
    HAS("code 0 UKR 0 0");
    HAS("agent MIL soldiers");
    assert_int_equal(count("diag "), 0);

    /* A very long line and UTF-8 names, written to a temporary file. */
    rec_reset();
    static const char head[] = "\xEF\xBB\xBF[actors]\nK\xC3\xBC" "rt G\xC3\xB6" "del = DEU\nlongname";
    static const char tail[] = " = LNG\n";
    size_t n = sizeof head - 1;
    char *text = malloc(n + 20000 * 4 + sizeof tail);
    assert_non_null(text);
    memcpy(text, head, n);
    for (int i = 0; i < 20000; i++, n += 4)
        memcpy(text + n, " | w", 4);
    memcpy(text + n, tail, sizeof tail);
    n += sizeof tail - 1;
    char *path = temp_file(text, n, ".txt");
    free(text);
    assert_int_equal(dictfmt_read_tacitus(NULL, path), TAC_OK);
    unlink(path);
    free(path);
    HAS("name 0 K\xC3\xBCrt_G\xC3\xB6" "del L2");
    HAS("code 1 LNG 0 0");
    assert_int_equal(count("name 1 "), 20001);
    assert_int_equal(count("diag "), 0);
}

/* ---- TABARI ------------------------------------------------------- */

static void test_tabari_actors(void **state)
{
    (void)state;
    assert_int_equal(dictfmt_read_tabari_actors(NULL, DATA "small.actors"), TAC_OK);
    HAS("nonverb FORCES");
    HAS("nonverb BIRDS~");
    HAS("name 0 ARGENTIN~ L5");
    HAS("name 1 AL_GORE~ L6");
    HAS("code 1 AGR 0 0");
    HAS("name 2 AL~ GORE~ L7");
    HAS("name 3 MOUSE L8");
    HAS("diag 1 small.actors:9 commented-out entry: code block [991201-010114] has no code");
    HAS("name 4 ALBRIGHT~ L10");
    HAS("code 4 USAGOV 19991201 20010114");
    HAS("code 4 --- 0 0");
    HAS("code 5 AR1 0 19911225");
    HAS("code 5 AR2 0 0");
    HAS("actor 6 f=2 L12");
    HAS("code 6 ELR 0 0");
    HAS("code 6 GAL 0 0");
    HAS("name 7 BARAD-DUR~ L13");
    HAS("diag 2 small.actors:14 actor 'NOCODE': malformed code 'AAA950601-990815' "
        "in [AAA950601-990815]");
    HAS("name 8 REAL~_THING~ L15");
    /* the synonym block */
    HAS("actor 9 f=0 L17");
    HAS("name 9 GOLLUM~ L17");
    HAS("name 9 SMEAGOL~ L18");
    HAS("name 9 SLINKER L19");
    HAS("code 9 HOB 0 19950531");
    HAS("code 9 HOBGOV 19950601 19990815");
    HAS("code 9 HOBREB 19990816 0");
    HAS("diag 1 small.actors:22 commented-out entry: code block [950601-990815] has no code");
    HAS("diag 2 small.actors:23 malformed code 'AAA950601-990815' in [AAA950601-990815]");
    HAS("code 10 RHO 0 19790605");
    HAS("code 10 ZBW 0 0");
    HAS("name 10 ORPHAN~ L30");
    assert_int_equal(count("actor "), 11);
    assert_int_equal(count("diag "), 4);
    assert_int_equal(count("name "), 14);
    /* ~~FINISH ends the file */
    assert_int_equal(count("code 11"), 0);
}

static void test_tabari_verbs(void **state)
{
    (void)state;
    assert_int_equal(dictfmt_read_tabari_verbs(NULL, DATA "small.verbs"), TAC_OK);
    HAS("syn CURRENCY DOLLAR~");
    HAS("syn CURRENCY SWISS_FRANC~");
    HAS("syn CURRENCY AUSTRIAN~ FLORIN~");
    HAS("syn TIEPHRASE &TIETYPES_MEMOS~");
    /* <TIME> is skipped */
    assert_int_equal(count("verb "), 7);
    HAS("verb 0 345 f=1 ABANDON~ L15");
    HAS("pat 0 903 * NEW_&TIETYPES_RELATIONS~ L16");
    HAS("verb 1 --- f=1 ACCORD~ L17");
    HAS("pat 1 111 SUGGESTED_+ * DEMAND_{GENEVA|INTERNATIONAL~}_CONVENTIONS~ L18");
    HAS("pat 1 075 IN_* L19");
    HAS("pat 1 072 IN~ * L20");
    HAS("verb 2 100 f=1 ACT L21");
    HAS("form 2 f=0 ACTING");
    HAS("form 2 f=0 ACTXD");
    HAS("form 2 f=0 ACTUALITY~");
    HAS("pat 2 101 SAID~ WOULD~ * NOW~ L23");
    HAS("pat 2 032:033 % * ^ $ L24");
    HAS("diag 1 small.verbs:26 suspicious event code 'def'");
    HAS("pat 3 def * OUR~ FRIENDS~ L26");
    HAS("diag 2 small.verbs:27 a pattern needs exactly one '*'");
    assert_int_equal(count("diag 2 small.verbs:28 bad pattern: unclosed '{'"), 1);
    HAS("verb 4 094 f=1 CALLED_ON~ L29");
    HAS("verb 5 222 f=1 BURN~ DOWN~ L30");
    HAS("verb 6 122 f=1 DEPLORE L31");
    HAS("pat 6 025 RECENT~_* L32");
    HAS("diag 2 small.verbs:33 verb 'NOCODE' has no [code]");
    assert_int_equal(count("diag "), 4);
    assert_int_equal(count("pat "), 8);
}

static void test_tabari_agents(void **state)
{
    (void)state;
    assert_int_equal(dictfmt_read_tabari_agents(NULL, DATA "small.agents"), TAC_OK);
    HAS("agent ~OPP PARLIAMENTARY_OPPOSITION");
    HAS("agent NGM~ HUMAN_RIGHTS_ACTIVISTS");
    HAS("agent ~MOS TOP_MUSLIM");
    HAS("diag 2 small.agents:4 agent 'MISSING_CODE_' has no code");
    HAS("diag 2 small.agents:5 agent: empty code");
    assert_int_equal(count("agent "), 3);
}

/* ---- PETRARCH ----------------------------------------------------- */

static void test_petrarch_verbs(void **state)
{
    (void)state;
    assert_int_equal(dictfmt_read_petrarch_verbs(NULL, DATA "cameo.txt"), TAC_OK);
    HAS("syn AUXVERB1 WERE");
    HAS("syn FIGHT_OF_WORDS HEATED_DEBATE");
    /* block ASK [---]: one verb per distinct code */
    HAS("verb 0 020 f=0 ASK_FOR L12");
    HAS("form 0 f=0 ASKED_FOR");
    HAS("form 0 f=3 ASK");
    HAS("verb 1 --- f=0 QUERY L14");
    HAS("form 1 f=0 QUERIED");
    HAS("form 1 f=3 WONDER");
    HAS("verb 2 002 f=0 KLM_NOP_RST L16");
    /* patterns go to every verb of the block */
    for (int v = 0; v < 3; v++) {
        char want[128];
        snprintf(want, sizeof want, "pat %d 0231 * FOR_FINANCIAL_AID L17", v);
        HAS(want);
        snprintf(want, sizeof want, "pat %d 111 * &FIGHT_OF_WORDS_NOW L18", v);
        HAS(want);
        snprintf(want, sizeof want, "pat %d 112 &AUXVERB1 * L19", v);
        HAS(want);
        snprintf(want, sizeof want, "pat %d 153 * POLICE TO_BORDER L20", v);
        HAS(want);
    }
    assert_int_equal(count("diag 2 cameo.txt:21 bad pattern: unbalanced ')'"), 1);
    HAS("verb 3 :110 f=3 OFFEND L24");
    HAS("pat 3 012 * TO_CORE L25");
    HAS("diag 0 cameo.txt:27 transformations ('~' lines) are not supported; skipped");
    assert_int_equal(count("diag "), 2);
}

static void test_petrarch_actors_agents_discards(void **state)
{
    (void)state;
    assert_int_equal(dictfmt_read_petrarch_actors(NULL, DATA "test.actors.txt"), TAC_OK);
    HAS("name 0 AFGHANISTAN L2");
    HAS("name 0 AFGHAN L3");
    HAS("name 0 KABUL L4");
    HAS("code 0 AFG 0 0");
    HAS("name 1 MOHAMMAD_ZAHIR_SHAH L6");
    HAS("name 1 ZAHIR_SHAH L7");
    HAS("code 1 AFGELI 19320101 19331108");
    HAS("code 1 AFGGOV 19331108 19730717");
    HAS("code 2 ### 0 0");
    assert_int_equal(count("diag "), 0);
    assert_int_equal(count("actor "), 3);

    rec_reset();
    assert_int_equal(dictfmt_read_petrarch_agents(NULL, DATA "test.agents.txt"), TAC_OK);
    HAS("agent ~AGR CATTLEMAN");
    HAS("agent ~AGR CATTLEMEN");
    HAS("agent ~AGR CATTLEWOMAN");
    HAS("agent ~GOV FOREIGN_MINISTRY");
    HAS("agent ~GOV ATTORNEYS_GENERAL");
    HAS("agent ~MED MEDIA");
    HAS("diag 2 test.agents.txt:9 unknown substitution set !NOSET!");
    HAS("diag 2 test.agents.txt:10 agent 'NOCODE_HERE' has no code");
    assert_int_equal(count("agent "), 8);

    rec_reset();
    assert_int_equal(dictfmt_read_petrarch_discards(NULL, DATA "test.discards.txt"),
                     TAC_OK);
    HAS("discard ### MONTHS_LATER");
    HAS("discard +### World_Golf_Championships");
    assert_int_equal(count("discard "), 2);
}

/* ---- errors and guessing ------------------------------------------ */

static void test_unreadable(void **state)
{
    (void)state;
    const char *p = DATA "does-not-exist";
    assert_int_equal(dictfmt_read_tacitus(NULL, p), TAC_EIO);
    assert_int_equal(dictfmt_read_tabari_actors(NULL, p), TAC_EIO);
    assert_int_equal(dictfmt_read_tabari_verbs(NULL, p), TAC_EIO);
    assert_int_equal(dictfmt_read_tabari_agents(NULL, p), TAC_EIO);
    assert_int_equal(dictfmt_read_petrarch_verbs(NULL, p), TAC_EIO);
    assert_int_equal(dictfmt_read_petrarch_actors(NULL, p), TAC_EIO);
    assert_int_equal(dictfmt_read_petrarch_agents(NULL, p), TAC_EIO);
    assert_int_equal(dictfmt_read_petrarch_discards(NULL, p), TAC_EIO);
    assert_int_equal(nrec, 0);
}

static void test_guess(void **state)
{
    (void)state;
    assert_int_equal(dictfmt_guess(DATA "small.actors"), TAC_FMT_TABARI_ACTORS);
    assert_int_equal(dictfmt_guess(DATA "small.verbs"), TAC_FMT_TABARI_VERBS);
    assert_int_equal(dictfmt_guess(DATA "small.agents"), TAC_FMT_TABARI_AGENTS);
    assert_int_equal(dictfmt_guess(DATA "basic.txt"), TAC_FMT_TACITUS);
    assert_int_equal(dictfmt_guess(DATA "crlf.txt"), TAC_FMT_TACITUS);
    assert_int_equal(dictfmt_guess(DATA "cameo.txt"), TAC_FMT_PETRARCH_VERBS);
    assert_int_equal(dictfmt_guess(DATA "test.actors.txt"), TAC_FMT_PETRARCH_ACTORS);
    assert_int_equal(dictfmt_guess(DATA "test.agents.txt"), TAC_FMT_PETRARCH_AGENTS);
    assert_int_equal(dictfmt_guess(DATA "test.discards.txt"), TAC_FMT_PETRARCH_DISCARDS);
    assert_int_equal(dictfmt_guess("/nonexistent/x.txt"), TAC_FMT_TACITUS);
}

/* ---- the real dictionaries, when present -------------------------- */

static int exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

#define SKIP_IF_MISSING(p)                                                     \
    do {                                                                       \
        if (!exists(p)) {                                                      \
            print_message("skipped: %s not found\n", p);                       \
            skip();                                                            \
        }                                                                      \
    } while (0)

static void test_real_tabari(void **state)
{
    (void)state;
    const char *dir = SHARED "/eval/tabari_validate/";
    SKIP_IF_MISSING(SHARED "/eval/tabari_validate/TABARI.Demo.actors");
    char p[512];
    snprintf(p, sizeof p, "%sTABARI.Demo.actors", dir);
    assert_int_equal(dictfmt_guess(p), TAC_FMT_TABARI_ACTORS);
    assert_int_equal(dictfmt_read_tabari_actors(NULL, p), TAC_OK);
    print_message("TABARI.Demo.actors: %d actors, %d names, %d codes, %d nonverbs, "
                  "%d diags\n", count("actor "), count("name "), count("code "),
                  count("nonverb "), count("diag "));
    assert_int_equal(count("actor "), 120);
    assert_int_equal(count("nonverb "), 13);
    /* the four deliberately malformed, commented-out code blocks */
    assert_int_equal(count("diag 1 TABARI.Demo.actors:"), 4);
    assert_int_equal(count("diag 1 TABARI.Demo.actors:21 "), 1);
    assert_int_equal(count("diag 1 TABARI.Demo.actors:71 "), 1);
    assert_int_equal(count("diag 2 "), 0);

    rec_reset();
    snprintf(p, sizeof p, "%sTABARI.Demo.verbs", dir);
    assert_int_equal(dictfmt_read_tabari_verbs(NULL, p), TAC_OK);
    print_message("TABARI.Demo.verbs: %d verbs, %d forms, %d patterns, %d synset "
                  "members, %d diags\n", count("verb "), count("form "), count("pat "),
                  count("syn "), count("diag "));
    assert_true(count("verb ") > 250);
    assert_true(count("pat ") > 380);
    assert_int_equal(count("syn "), 23);
    /* sdf, def, abc, xxy */
    assert_int_equal(count("diag 1 "), 4);
    assert_int_equal(count("diag 2 "), 0);

    rec_reset();
    snprintf(p, sizeof p, "%sValidate.agents", dir);
    assert_int_equal(dictfmt_read_tabari_agents(NULL, p), TAC_OK);
    print_message("Validate.agents: %d agents\n", count("agent "));
    assert_int_equal(count("agent "), 86);
    HAS("agent NGM~ HUMAN_RIGHTS_ACTIVISTS");
    assert_int_equal(count("diag "), 0);
}

static void test_real_petrarch(void **state)
{
    (void)state;
    const char *cameo = SHARED "/dictionaries/phoenix/CAMEO.2.0.txt";
    SKIP_IF_MISSING(cameo);
    assert_int_equal(dictfmt_guess(cameo), TAC_FMT_PETRARCH_VERBS);
    assert_int_equal(dictfmt_read_petrarch_verbs(NULL, cameo), TAC_OK);
    print_message("CAMEO.2.0.txt: %d verbs, %d forms, %d patterns, %d synset members, "
                  "%d diags\n", count("verb "), count("form "), count("pat "),
                  count("syn "), count("diag "));
    assert_true(count("verb ") > 400);
    assert_true(count("form ") > 2000);
    assert_true(count("pat ") > 8000);
    assert_true(count("syn ") > 500);
    assert_true(count("diag ") < 10);

    static const char *actors[] = {"Phoenix.Countries.actors.txt",
                                   "Phoenix.International.actors.txt",
                                   "Phoenix.MilNonState.actors.txt"};
    static const int min_actors[] = {15000, 7000, 900};
    for (int i = 0; i < 3; i++) {
        char p[512];
        snprintf(p, sizeof p, SHARED "/dictionaries/phoenix/%s", actors[i]);
        rec_reset();
        assert_int_equal(dictfmt_guess(p), TAC_FMT_PETRARCH_ACTORS);
        assert_int_equal(dictfmt_read_petrarch_actors(NULL, p), TAC_OK);
        print_message("%s: %d actors, %d names, %d codes, %d diags\n", actors[i],
                      count("actor "), count("name "), count("code "), count("diag "));
        assert_true(count("actor ") > min_actors[i]);
        assert_true(count("name ") >= count("actor "));
        assert_true(count("diag ") < 50);
    }

    rec_reset();
    const char *agents = SHARED "/dictionaries/phoenix/Phoenix.agents.txt";
    assert_int_equal(dictfmt_read_petrarch_agents(NULL, agents), TAC_OK);
    print_message("Phoenix.agents.txt: %d agents, %d diags\n", count("agent "),
                  count("diag "));
    assert_true(count("agent ") > 3000);
    HAS("agent ~AGR CATTLEMAN");

    rec_reset();
    const char *disc = SHARED "/dictionaries/phoenix/Phoenix.discards.txt";
    assert_int_equal(dictfmt_read_petrarch_discards(NULL, disc), TAC_OK);
    print_message("Phoenix.discards.txt: %d discards\n", count("discard "));
    assert_true(count("discard ") > 400);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_tacitus_basic, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tacitus_crlf_utf8_long, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tabari_actors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tabari_verbs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tabari_agents, setup, teardown),
        cmocka_unit_test_setup_teardown(test_petrarch_verbs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_petrarch_actors_agents_discards, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_unreadable, setup, teardown),
        cmocka_unit_test_setup_teardown(test_guess, setup, teardown),
        cmocka_unit_test_setup_teardown(test_real_tabari, setup, teardown),
        cmocka_unit_test_setup_teardown(test_real_petrarch, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
