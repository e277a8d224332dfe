/*
 * lexicon.c -- closed-class English words and verb inflection.
 *
 * These lists are facts of English grammar, written for tacitus.  The
 * dictionary compiler interns every word here so that one hash lookup per
 * token yields both its dictionary id and its grammatical classes.
 */
#include <string.h>
#include <stdio.h>
#include "lexicon.h"

typedef struct { uint32_t cls; const char *words; } lexlist;

static const lexlist LISTS[] = {
    { WC_DET, "THE A AN THIS THESE THOSE ITS HIS HER THEIR OUR MY YOUR SOME ANY EVERY EACH ANOTHER SUCH BOTH ALL SEVERAL MANY FEW" },
    { WC_PRON_PERS, "HE SHE HIM HER HIS HERSELF HIMSELF" },
    { WC_PRON_OTHER, "IT ITS THEY THEM THEIR ITSELF THEMSELVES" },
    { WC_PREP, "WITH TO ON AGAINST FOR FROM BY OF IN AT INTO ONTO OVER ABOUT TOWARD TOWARDS AFTER BEFORE DURING BETWEEN AMONG UNDER THROUGH WITHOUT ACROSS UPON AMID AMIDST DESPITE NEAR INSIDE OUTSIDE ALONG ALONGSIDE BESIDE BEYOND VIA WITHIN" },
    { WC_BE, "IS ARE WAS WERE BE BEEN BEING AM" },
    { WC_HAVE, "HAS HAVE HAD HAVING" },
    { WC_DO, "DO DOES DID" },
    { WC_HYPO, "WOULD COULD MIGHT MAY SHOULD MUST OUGHT IF UNLESS WOULDN'T COULDN'T SHOULDN'T MUSTN'T" },
    { WC_FUT, "WILL SHALL WON'T 'LL" },
    { WC_NEG, "NOT NEVER N'T DIDN'T DON'T DOESN'T WON'T WOULDN'T CAN'T CANNOT COULDN'T ISN'T AREN'T WASN'T WEREN'T HASN'T HAVEN'T HADN'T SHOULDN'T NOR" },
    { WC_CONJ, "AND OR BUT NOR" },
    { WC_REL, "WHO WHICH WHOM WHOSE" },
    { WC_THAT, "THAT" },
    { WC_SUBORD, "AFTER BEFORE WHEN WHILE BECAUSE SINCE ALTHOUGH THOUGH UNTIL AS WHETHER WHERE WHEREAS" },
    { WC_TITLE, "MR MRS MS DR GEN LT COL CAPT SGT MAJ ADM SEN REP GOV PRES PROF REV GENS SIR LORD" },
    { WC_ABBREV, "MR MRS MS DR GEN LT COL CAPT SGT MAJ ADM BRIG SEN REP GOV PRES PROF REV GENS ST JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC INC CORP CO LTD NO VS ETC JR SR MT FT AVE DEPT APPROX GOVT BROS CMDR CPL PVT LTD PLC NOS" },
    { WC_SENT_START, "THE HE SHE IT THEY WE I IN BUT AND A AN THIS THAT THESE THOSE HOWEVER MEANWHILE ON AT AFTER BEFORE WHEN WHILE ITS HIS HER THEIR OFFICIALS" },
    { WC_MONTH, "JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC" },
    { WC_DAY, "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY" },
    { WC_TIME, "TODAY YESTERDAY TOMORROW WEEK MONTH YEAR WEEKEND MORNING EVENING NIGHT AFTERNOON LAST NEXT EARLIER LATER NOW" },
    { WC_RELATION, "ALLY ALLIES PARTNER PARTNERS BACKER BACKERS COUNTERPART COUNTERPARTS NEIGHBOR NEIGHBORS NEIGHBOUR NEIGHBOURS RIVAL RIVALS ENEMY ENEMIES OPPONENT OPPONENTS CRITIC CRITICS SUPPORTER SUPPORTERS FRIEND FRIENDS FOE FOES ADVERSARY ADVERSARIES SPONSOR SPONSORS PATRON PATRONS PROXY PROXIES" },
    { WC_WEAPON, "MISSILE MISSILES DRONE DRONES WARPLANE WARPLANES JET JETS FIGHTER-JETS TANK TANKS ARTILLERY ROCKET ROCKETS BOMBER BOMBERS HELICOPTER HELICOPTERS WARSHIP WARSHIPS SUBMARINE SUBMARINES GUNSHIP GUNSHIPS AIRCRAFT" },
    { WC_PARTICIPLE, "TAKEN GIVEN WRITTEN BROKEN CHOSEN DRIVEN SPOKEN STOLEN BEATEN FORGOTTEN HIDDEN SHAKEN THROWN WITHDRAWN DRAWN SEEN KNOWN SHOWN GROWN BLOWN FLOWN SWORN TORN WORN BORN BORNE OVERTAKEN OVERTHROWN UNDERTAKEN FORBIDDEN FORGIVEN RISEN FALLEN EATEN RIDDEN BITTEN GOTTEN PROVEN SLAIN SHOT HELD SENT MADE PAID SOLD BROUGHT BOUGHT CAUGHT FOUGHT SOUGHT TAUGHT THOUGHT LED LEFT KEPT MET SET PUT CUT HIT HURT STRUCK SEIZED FROZEN BEGUN WITHHELD UPHELD" },
    { WC_INTENT, "WILLING READY PREPARED AGREED AGREE AGREES AGREEING OFFERED OFFER OFFERS OFFERING PLEDGED PLEDGE PLEDGES VOWED VOW VOWS PROMISED PROMISE PROMISES PLANS PLANNED PLAN PLANNING INTENDS INTENDED INTEND DECIDED DECIDE DECIDES DETERMINED THREATENED THREATENS THREATEN THREATENING EAGER VOLUNTEERED SWORE SWORN SWEARS SWEAR SEEK SEEKS SOUGHT SEEKING AIMS AIMED AIMING" },
    { WC_QUANTITY, "THOUSANDS HUNDREDS DOZENS SCORES MILLIONS TENS GROUP GROUPS MEMBERS MEMBER SUPPORTERS MANY SOME MOST ALL NONE ONE TWO THREE FOUR FIVE SEVERAL NUMBER CROWD CROWDS DELEGATION TEAM UNITS UNIT BAND DEPLOYMENT CONTINGENT CONTINGENTS DETACHMENT DETACHMENTS BATCH CONVOY COLUMN SQUAD HANDFUL DOZEN MAJORITY REMNANTS BATTALION BATTALIONS" },
    { WC_PLAN, "INCLUDES INCLUDE INVOLVES INVOLVE ENVISAGES ENVISAGE ENVISAGED ENVISIONS ENVISION ENVISIONED PROPOSES PROPOSE PROPOSED SUGGESTS SUGGEST SUGGESTED FORESEES FORESEE REQUIRES REQUIRE ENTAILS ENTAIL CONSIDERS CONSIDER CONSIDERING DISCUSSES DISCUSS DISCUSSING" },
    { WC_HEARSAY, "REPORTEDLY ALLEGEDLY PURPORTEDLY SUPPOSEDLY" },
    { WC_STOP, "ALSO ALREADY STILL JUST ONLY EVEN AGAIN THEN THERE HERE SO VERY MORE MOST LESS LEAST CAN MUST ABOUT ALMOST ONCE" },
};

void tacx_lex_each(void (*fn)(void *ud, const char *word, uint32_t classes), void *ud)
{
    char w[LEX_WORD_MAX];
    for (size_t i = 0; i < sizeof LISTS / sizeof LISTS[0]; i++) {
        const char *p = LISTS[i].words;
        while (*p) {
            while (*p == ' ')
                p++;
            size_t n = 0;
            while (p[n] && p[n] != ' ')
                n++;
            if (n && n < sizeof w) {
                memcpy(w, p, n);
                w[n] = 0;
                fn(ud, w, LISTS[i].cls);
            }
            p += n;
        }
    }
}

/* Irregular verbs: base followed by its other forms. */
static const char *const IRREGULAR[] = {
    "ARISE AROSE ARISEN", "AWAKE AWOKE AWOKEN", "BE IS ARE WAS WERE BEEN BEING AM",
    "BEAR BORE BORNE BORN", "BEAT BEATEN", "BECOME BECAME", "BEGIN BEGAN BEGUN",
    "BEND BENT", "BET", "BIND BOUND", "BITE BIT BITTEN", "BLEED BLED", "BLOW BLEW BLOWN",
    "BREAK BROKE BROKEN", "BREED BRED", "BRING BROUGHT", "BROADCAST", "BUILD BUILT",
    "BURN BURNT", "BURST", "BUY BOUGHT", "CAST", "CATCH CAUGHT", "CHOOSE CHOSE CHOSEN",
    "CLING CLUNG", "COME CAME", "COST", "CREEP CREPT", "CUT", "DEAL DEALT", "DIG DUG",
    "DO DOES DID DONE", "DRAW DREW DRAWN", "DRINK DRANK DRUNK", "DRIVE DROVE DRIVEN",
    "EAT ATE EATEN", "FALL FELL FALLEN", "FEED FED", "FEEL FELT", "FIGHT FOUGHT",
    "FIND FOUND", "FLEE FLED", "FLING FLUNG", "FLY FLEW FLOWN FLIES", "FORBID FORBADE FORBIDDEN",
    "FORECAST", "FORESEE FORESAW FORESEEN", "FORGET FORGOT FORGOTTEN", "FORGIVE FORGAVE FORGIVEN",
    "FORSAKE FORSOOK FORSAKEN", "FREEZE FROZE FROZEN", "GET GOT GOTTEN", "GIVE GAVE GIVEN",
    "GO GOES WENT GONE", "GRIND GROUND", "GROW GREW GROWN", "HANG HUNG", "HAVE HAS HAD",
    "HEAR HEARD", "HIDE HID HIDDEN", "HIT", "HOLD HELD", "HURT", "KEEP KEPT", "KNEEL KNELT",
    "KNOW KNEW KNOWN", "LAY LAID", "LEAD LED", "LEAP LEAPT", "LEAVE LEFT", "LEND LENT",
    "LET", "LIE LAY LAIN", "LIGHT LIT", "LOSE LOST", "MAKE MADE", "MEAN MEANT", "MEET MET",
    "MISLEAD MISLED", "OVERCOME OVERCAME", "OVERRIDE OVERRODE OVERRIDDEN", "OVERRUN OVERRAN",
    "OVERSEE OVERSAW OVERSEEN", "OVERTAKE OVERTOOK OVERTAKEN", "OVERTHROW OVERTHREW OVERTHROWN",
    "PAY PAID", "PROVE PROVEN", "PUT", "QUIT", "READ", "REBUILD REBUILT", "REDO REDID REDONE",
    "REPAY REPAID", "RESELL RESOLD", "RETAKE RETOOK RETAKEN", "REWRITE REWROTE REWRITTEN",
    "RIDE RODE RIDDEN", "RING RANG RUNG", "RISE ROSE RISEN", "RUN RAN", "SAY SAID SAYS",
    "SEE SAW SEEN", "SEEK SOUGHT", "SELL SOLD", "SEND SENT", "SET", "SHAKE SHOOK SHAKEN",
    "SHED", "SHINE SHONE", "SHOOT SHOT", "SHOW SHOWN", "SHRINK SHRANK SHRUNK", "SHUT",
    "SING SANG SUNG", "SINK SANK SUNK", "SIT SAT", "SLAY SLEW SLAIN", "SLEEP SLEPT",
    "SLIDE SLID", "SMITE SMOTE SMITTEN", "SPEAK SPOKE SPOKEN", "SPEED SPED", "SPEND SPENT",
    "SPIN SPUN", "SPIT SPAT", "SPLIT", "SPREAD", "SPRING SPRANG SPRUNG", "STAND STOOD",
    "STEAL STOLE STOLEN", "STICK STUCK", "STING STUNG", "STRIDE STRODE", "STRIKE STRUCK STRICKEN",
    "STRING STRUNG", "STRIVE STROVE STRIVEN", "SWEAR SWORE SWORN", "SWEEP SWEPT",
    "SWELL SWOLLEN", "SWIM SWAM SWUM", "SWING SWUNG", "TAKE TOOK TAKEN", "TEACH TAUGHT",
    "TEAR TORE TORN", "TELL TOLD", "THINK THOUGHT", "THROW THREW THROWN", "THRUST",
    "TREAD TROD TRODDEN", "UNDERGO UNDERWENT UNDERGONE", "UNDERSTAND UNDERSTOOD",
    "UNDERTAKE UNDERTOOK UNDERTAKEN", "UNDERWRITE UNDERWROTE UNDERWRITTEN", "UPHOLD UPHELD",
    "UPSET", "WAKE WOKE WOKEN", "WEAR WORE WORN", "WEEP WEPT", "WIN WON", "WIND WOUND",
    "WITHDRAW WITHDREW WITHDRAWN", "WITHHOLD WITHHELD", "WITHSTAND WITHSTOOD",
    "WRITE WROTE WRITTEN", "OUTRUN OUTRAN", "OUTBID", "OVERSHOOT OVERSHOT", "UNDERCUT",
    "OFFSET", "RESET", "MISTAKE MISTOOK MISTAKEN", "FORETELL FORETOLD", "BESET",
    "UNDERGIRD", "INLAY INLAID", "INPUT", "MISHEAR MISHEARD", "OUTDO OUTDID OUTDONE",
    "OVERHEAR OVERHEARD", "OVERPAY OVERPAID", "PARTAKE PARTOOK PARTAKEN", "REBIND REBOUND",
    "RELAY RELAID", "REMAKE REMADE", "RESEND RESENT", "RETELL RETOLD", "REWIND REWOUND",
    "UNBIND UNBOUND", "UNDO UNDID UNDONE", "UNWIND UNWOUND", "WAYLAY WAYLAID", "DWELL DWELT",
    "SPELL SPELT", "SPILL SPILT", "LEARN LEARNT", "DREAM DREAMT", "KNIT", "RID", "SEW SEWN",
    "SOW SOWN", "STINK STANK STUNK", "STREW STREWN", "WRING WRUNG", "BUILD BUILT",
    NULL
};

static int is_vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

static int add(char forms[LEX_MAX_FORMS][LEX_WORD_MAX], int n, const char *a, const char *suffix)
{
    if (n >= LEX_MAX_FORMS)
        return n;
    size_t la = strlen(a), ls = strlen(suffix);
    if (la + ls + 1 > LEX_WORD_MAX)
        return n;
    memcpy(forms[n], a, la);
    memcpy(forms[n] + la, suffix, ls + 1);
    for (int i = 0; i < n; i++)
        if (strcmp(forms[i], forms[n]) == 0)
            return n;
    return n + 1;
}

int tacx_inflect(const char *base, int endings, int irregular, char forms[LEX_MAX_FORMS][LEX_WORD_MAX])
{
    int n = 0;
    size_t len = strlen(base);
    if (len == 0 || len + 5 >= LEX_WORD_MAX)
        return 0;
    if (irregular) {
        for (int i = 0; IRREGULAR[i]; i++) {
            const char *e = IRREGULAR[i];
            size_t bl = strcspn(e, " ");
            if (bl != len || memcmp(e, base, len) != 0)
                continue;
            const char *p = e + bl;
            while (*p) {
                while (*p == ' ')
                    p++;
                size_t fl = strcspn(p, " ");
                if (fl && fl < LEX_WORD_MAX) {
                    char w[LEX_WORD_MAX];
                    memcpy(w, p, fl);
                    w[fl] = 0;
                    n = add(forms, n, w, "");
                }
                p += fl;
            }
            break;
        }
    }
    if (!endings)
        return n;
    char stem[LEX_WORD_MAX];
    memcpy(stem, base, len + 1);
    char last = base[len - 1];
    char prev = len > 1 ? base[len - 2] : 0;
    if (last == 'E') {
        n = add(forms, n, base, "S");
        n = add(forms, n, base, "D");
        n = add(forms, n, base, "N");
        stem[len - 1] = 0;
        n = add(forms, n, stem, "ING");
        n = add(forms, n, base, "ING");   /* "agreeing", "seeing" */
    } else if (last == 'Y' && prev && !is_vowel(prev)) {
        stem[len - 1] = 0;
        n = add(forms, n, stem, "IES");
        n = add(forms, n, stem, "IED");
        n = add(forms, n, base, "ING");
    } else {
        int sib = last == 'S' || last == 'X' || last == 'Z' ||
                  (len > 1 && (memcmp(base + len - 2, "CH", 2) == 0 || memcmp(base + len - 2, "SH", 2) == 0));
        n = add(forms, n, base, sib ? "ES" : "S");
        if (!sib)
            n = add(forms, n, base, "ES");
        n = add(forms, n, base, "ED");
        n = add(forms, n, base, "EN");
        n = add(forms, n, base, "ING");
        /* consonant-vowel-consonant: also the doubled forms (ban -> banned) */
        if (len >= 3 && !is_vowel(last) && last != 'W' && last != 'X' && last != 'Y' &&
            is_vowel(prev) && !is_vowel(base[len - 3])) {
            char dbl[LEX_WORD_MAX];
            memcpy(dbl, base, len);
            dbl[len] = last;
            dbl[len + 1] = 0;
            n = add(forms, n, dbl, "ED");
            n = add(forms, n, dbl, "ING");
        }
    }
    return n;
}
