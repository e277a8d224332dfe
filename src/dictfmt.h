/*
 * dictfmt.h -- helpers shared by the dictionary file readers
 * (dictfmt_tacitus.c, dictfmt_tabari.c, dictfmt_petrarch.c).
 *
 * - tacx_fmt_lines: a line reader for lines of any length; strips CR/LF and a
 *   leading UTF-8 byte-order mark, counts lines from 1.
 * - tacx_fmt_arena: a bump allocator; everything a parsed phrase points to
 *   lives in one and is released at once with tacx_fmt_arena_reset().
 * - tacx_fmt_parse_phrase: one parser for the phrase/pattern syntaxes of the
 *   three formats, steered by tacx_fmt_pspec.  The result is valid until the
 *   next reset of the parser's arena.
 * - small text and date helpers.
 *
 * Nothing here prints or exits; errors come back as a message in the
 * parser's err buffer for the reader to pass to db_diag().
 */
#ifndef TAC_DICTFMT_H
#define TAC_DICTFMT_H

#include <stddef.h>
#include <stdio.h>

#include "dict.h"

/* ---- line reader -------------------------------------------------- */

typedef struct tacx_fmt_lines {
    FILE *f;
    char *buf;
    size_t cap;
    long lineno;   /* number of the line last returned, from 1 */
} tacx_fmt_lines;

/* Opens path.  Returns TAC_OK or TAC_EIO. */
int tacx_fmt_lines_open(tacx_fmt_lines *lr, const char *path);
/* OUT: *line, NUL-terminated and writable, valid until the next call.
 * Returns 1 for a line, 0 at the end, TAC_EIO on a read error,
 * TAC_ENOMEM. */
int tacx_fmt_lines_next(tacx_fmt_lines *lr, char **line);
void tacx_fmt_lines_close(tacx_fmt_lines *lr);

/* ---- arena -------------------------------------------------------- */

typedef struct tacx_fmt_ablk tacx_fmt_ablk;
typedef struct tacx_fmt_arena {
    tacx_fmt_ablk *head;
} tacx_fmt_arena;

/* Returns NULL when out of memory.  Memory is 16-byte aligned. */
void *tacx_fmt_arena_alloc(tacx_fmt_arena *a, size_t n);
char *tacx_fmt_arena_strndup(tacx_fmt_arena *a, const char *s, size_t n);
/* Releases everything but keeps one block for reuse. */
void tacx_fmt_arena_reset(tacx_fmt_arena *a);
void tacx_fmt_arena_free(tacx_fmt_arena *a);

/* ---- phrase parser ------------------------------------------------ */

/* How words match. */
enum tacx_fmt_wordrule {
    TACX_FMT_WORDS_TABARI,   /* trailing '_' or '=' exact, '~' stem, else stem */
    TACX_FMT_WORDS_TACITUS,  /* trailing '*' prefix, else exact */
    TACX_FMT_WORDS_EXACT     /* always exact; a trailing '_' is dropped */
};

typedef struct tacx_fmt_pspec {
    unsigned char words;      /* enum tacx_fmt_wordrule */
    unsigned char pattern;    /* 1: * $ + % ^ are pattern elements */
    unsigned char synsets;    /* 1: &NAME is a synset reference */
    unsigned char blank_adj;  /* adjacency for words separated by blanks */
    unsigned char alt_blank_adj; /* the same inside { a | b } */
    unsigned char groups;     /* 1: PETRARCH ( ) and { } without '|' are
                                 flattened groups of adjacent words */
} tacx_fmt_pspec;

typedef struct tacx_fmt_pctx {
    tacx_fmt_arena arena;      /* holds the last parsed phrase */
    char **syn;            /* synset names seen so far (for &A_B) */
    int nsyn, capsyn;
    char err[160];         /* why the last parse failed */
} tacx_fmt_pctx;

void tacx_fmt_pctx_init(tacx_fmt_pctx *pc);
void tacx_fmt_pctx_free(tacx_fmt_pctx *pc);
/* Remembers a synset name so that "&NAME_WORD" splits after NAME. */
int tacx_fmt_pctx_add_synset(tacx_fmt_pctx *pc, const char *name, size_t n);
int tacx_fmt_synset_line(dict_builder *b, tacx_fmt_pctx *pc, const tacx_fmt_pspec *spec, char *t,
                         char *synname, size_t cap, const char *path, long line, int *rc);

/* Parses s[0..n) into *out (memory in pc->arena; it is NOT reset here).
 * Returns TAC_OK, TAC_EPARSE (reason in pc->err) or TAC_ENOMEM. */
int tacx_fmt_parse_phrase(tacx_fmt_pctx *pc, const tacx_fmt_pspec *spec, const char *s,
                      size_t n, phrase *out);
/* Number of PE_VERB elements at the top level of p. */
int tacx_fmt_phrase_count(const phrase *p, int kind);

/* ---- text helpers ------------------------------------------------- */

int tacx_fmt_isblank(int c);
/* Trims blanks (space, tab, CR, LF, VT, FF) at both ends in place. */
char *tacx_fmt_trim(char *s);
/* Cuts the string at the first occurrence of c. */
void tacx_fmt_cut_at(char *s, int c);
/* Splits "TEXT [CODE] rest" at the last '[': *code gets CODE (trimmed),
 * the text is cut before '['.  Returns 0 when there is no [CODE]. */
int tacx_fmt_split_code(char *t, char **code);
/* Case-insensitive prefix test. */
int tacx_fmt_startswith_ci(const char *s, const char *prefix);

/* ---- dates and codes ---------------------------------------------- */

/* Parses yymmdd (years < 30 are 20yy), yyyymmdd or yyyy-mm-dd from
 * s[0..n).  Returns yyyymmdd, or 0 when invalid. */
int32_t tacx_fmt_parse_date(const char *s, size_t n);
/* The day before d (yyyymmdd). */
int32_t tacx_fmt_date_prev(int32_t d);
/* 1 when code looks like an event code: "064", "032:033", "---", "###",
 * "+++", "023?", "031!", "174K"; allow_empty_side accepts ":173". */
int tacx_fmt_event_code_ok(const char *code, int allow_empty_side);

/* ---- readers shared by the TABARI and PETRARCH formats ----------- */

enum tacx_fmt_dialect { TACX_FMT_DIALECT_TABARI = 0, TACX_FMT_DIALECT_PETRARCH = 1 };
/* TABARI-style .actors (PETRARCH *.actors.txt is the same with '#'
 * comments and blanks between words meaning adjacent words). */
int tacx_fmt_read_actors(dict_builder *b, const char *path, int dialect);
/* .agents / *.agents.txt; PETRARCH adds !SET! substitutions and
 * {plural forms}. */
int tacx_fmt_read_agents(dict_builder *b, const char *path, int dialect);
/* Strips the dialect's comment (';' for TABARI, '#' outside [ ] for
 * PETRARCH) and trims.  Returns the trimmed line. */
char *tacx_fmt_strip_comment(char *line, int dialect);
/* Phrase specs of the formats. */
extern const tacx_fmt_pspec tacx_fmt_spec_tabari_name, tacx_fmt_spec_tabari_member,
    tacx_fmt_spec_tabari_pattern, tacx_fmt_spec_petrarch_name,
    tacx_fmt_spec_petrarch_member, tacx_fmt_spec_petrarch_pattern;

#endif /* TAC_DICTFMT_H */
