/*
 * lexicon.h -- small closed word lists of English that the coder needs
 * (function words, auxiliaries, abbreviations) and verb inflection.
 * All words are in folded (upper-case ASCII) form.
 */
#ifndef TAC_LEXICON_H
#define TAC_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#define tacx_inflect tacx_lex_inflect

enum {
    WC_DET = 1u << 0,        /* the, a, its ... (before a noun) */
    WC_PRON_PERS = 1u << 1,  /* he, she, him, her, his */
    WC_PRON_OTHER = 1u << 2, /* it, its, they, them, their */
    WC_PREP = 1u << 3,       /* with, to, on, against ... */
    WC_BE = 1u << 4,         /* is, was, been ... */
    WC_HAVE = 1u << 5,       /* has, have, had */
    WC_DO = 1u << 6,         /* do, does, did */
    WC_HYPO = 1u << 7,       /* would, could, might, may, should, must, if */
    WC_FUT = 1u << 8,        /* will, shall */
    WC_NEG = 1u << 9,        /* not, never, n't forms */
    WC_CONJ = 1u << 10,      /* and, or, but */
    WC_REL = 1u << 11,       /* who, which, that, whom */
    WC_THAT = 1u << 12,      /* that (complementizer) */
    WC_ABBREV = 1u << 13,    /* abbreviation that takes a period */
    WC_SENT_START = 1u << 14,/* words that usually start a sentence */
    WC_MONTH = 1u << 15,     /* month names */
    WC_DAY = 1u << 16,       /* weekday names */
    WC_STOP = 1u << 17,      /* other function words */
    WC_TIME = 1u << 18,      /* today, yesterday, week ... */
    WC_TITLE = 1u << 19,     /* Mr, Mrs, Dr, Gen, ... */
    WC_SUBORD = 1u << 20,    /* after, before, when, while, because, as ... */
    WC_RELATION = 1u << 21,  /* allies, partners, rivals: roles relative to another actor */
    WC_WEAPON = 1u << 22,    /* missiles, drones: instruments, not people */
    WC_PARTICIPLE = 1u << 23,/* irregular past participles: taken, given, shown */
    WC_INTENT = 1u << 24,    /* willing, ready, pledged, vowed ... (to do) */
    WC_QUANTITY = 1u << 25,  /* thousands, members, group ... (of X): X leads */
    WC_PLAN = 1u << 26,      /* includes, envisages, proposes ... (doing): a plan's content */
    WC_HEARSAY = 1u << 27,   /* reportedly, allegedly: the act is reported, not seen */
    /* bits 28 and 29 are not classes: the word table uses them (WSLOT_*) */
    WF_NAME = 1u << 30,      /* first word of an actor or agent name */
    WF_VERB = 1u << 31       /* first word of a verb form in the dictionary */
};

/* the grammatical classes, without the dictionary flags WF_* */
#define WC_GRAMMAR ((1u << 30) - 1)
/* the auxiliaries: forms of "be", "have" and "do", modals, "will" */
#define WC_AUX (WC_BE | WC_HAVE | WC_DO | WC_HYPO | WC_FUT)

#define LEX_MAX_FORMS 24
#define LEX_WORD_MAX 64

/* Fills forms[] with inflections of verb base (folded); returns count.
 * endings: regular -s/-es/-ed/-en/-ing forms (with e-dropping, y->i and
 * consonant doubling variants); irregular: forms from the irregular table. */
int tacx_inflect(const char *base, int endings, int irregular,
                 char forms[LEX_MAX_FORMS][LEX_WORD_MAX]);

/* Iterates the lexicon: calls fn for every word with its classes. */
void tacx_lex_each(void (*fn)(void *ud, const char *word, uint32_t classes), void *ud);

#endif
