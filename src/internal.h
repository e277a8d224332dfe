/*
 * internal.h -- types shared by the pipeline stages of libtacitus.
 *
 * Flow: input -> text (tokens, sentences) -> actors (mentions) -> coder
 * (events) -> emit.  The compiled dictionary (struct tac_dict) is built
 * once and never changed: every table is an array addressed by int32
 * indices, so it can be shared by threads without locks.  Per-thread state
 * lives in struct tac_ctx; everything made while coding one document comes
 * from the context's arena and is released at once after the document.
 */
#ifndef TAC_INTERNAL_H
#define TAC_INTERNAL_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "tacitus.h"
#include "dict.h"

#define arena_alloc tacx_arena_alloc
#define arena_raw tacx_arena_raw
#define arena_reset tacx_arena_reset
#define arena_free tacx_arena_free
#define arena_strdup tacx_arena_strdup
#define fold_word tacx_fold_word
#define hash_bytes tacx_hash_bytes

/* ---- arena: bump allocator in chained blocks; reset keeps the first ---- */
typedef struct arena_block {
    struct arena_block *next;
    size_t cap, used;
    /* data follows, max-aligned */
} arena_block;
typedef struct arena {
    arena_block *head;
} arena;
void *arena_alloc(arena *a, size_t n);          /* NULL on OOM; zeroed */
void *arena_raw(arena *a, size_t n);            /* NULL on OOM; not zeroed */
char *arena_strdup(arena *a, const char *s, size_t n);
void arena_reset(arena *a);
void arena_free(arena *a);

/* ---- growable array helper ---- */
#define VEC(T) struct { T *v; int32_t n, cap; }
int tacx_vec_grow(void **v, int32_t *cap, int32_t need, size_t elem);
/* the next element of vec, appended uninitialised (NULL when out of
   memory): for filling a large element in place rather than copying it */
#define VEC_NEXT(vec) \
    (((vec).n < (vec).cap || tacx_vec_grow((void **)&(vec).v, &(vec).cap, (vec).n + 1, sizeof(*(vec).v)) == 0) \
         ? &(vec).v[(vec).n++] : NULL)
/* appends x to vec: 0, or -1 when out of memory */
#define VEC_PUSH(vec, x) (VEC_NEXT(vec) ? ((vec).v[(vec).n - 1] = (x), 0) : -1)

uint64_t hash_bytes(const char *s, size_t n);
/* util.c: grows b so that n more bytes and a NUL fit */
int tacx_buf_reserve(tac_buf *b, size_t n);

/* Writes code point cp (at most 0x10FFFF, no surrogate) as UTF-8 to out,
 * which has room for four bytes; returns the number written. */
static inline size_t tacx_utf8_put(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12);
        out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18);
    out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}
/* hash_bytes in steps: fnv_final(hash of the bytes one by one) */
#define FNV_INIT 1469598103934665603ULL
static inline uint64_t fnv_step(uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ULL; }
static inline uint64_t fnv_final(uint64_t h) { return h ^ (h >> 29); }
static inline uint64_t hash_raw(const char *s, size_t n)
{
    uint64_t h = FNV_INIT;
    for (size_t i = 0; i < n; i++)
        h = fnv_step(h, (unsigned char)s[i]);
    return h;
}

/* Folds a word to the form used for matching: ASCII upper case, common
 * Latin accents removed, curly quotes/apostrophes to ASCII, dashes to '-'.
 * Writes at most cap-1 bytes and a NUL; returns the length written. */
size_t fold_word(const char *s, size_t n, char *out, size_t cap);

/* ---- compiled dictionary ---- */

/* A compiled phrase element (see pattern_elem in dict.h). */
typedef struct celem {
    uint8_t kind, match, adjacent, pad;
    int32_t id;      /* PE_WORD: word id; PE_SYNSET: synset id; PE_ALT: first
                        index into alt_phr[] */
    int32_t nalts;   /* PE_ALT: count */
} celem;

typedef struct cphrase {
    int32_t elem, n;     /* range in elems[] */
    int32_t verb_at;     /* index of PE_VERB inside the phrase, or -1 */
} cphrase;

enum entry_kind { EK_ACTOR = 1, EK_AGENT, EK_VERB, EK_NONVERB, EK_DISCARD };

/* Something found by its name in the text: an actor, agent, verb form... */
enum { EF_CAPS = 1,       /* matches only a token written in capitals */
       EF_PLURAL = 2 };   /* a generated plural: a real name of the same form wins */

typedef struct centry {
    int32_t phrase;      /* the name */
    uint8_t kind;        /* enum entry_kind */
    uint8_t flags;       /* EF_* */
    uint8_t pad[2];
    int32_t ref;         /* actor / agent / verb / code index */
} centry;

/* An entry in the first-word index, with what is needed to pass over it
 * without reading the entry and its phrase. */
typedef struct cfirst {
    int32_t entry;       /* index in entries[] */
    int32_t next;        /* the word id the next token must have (the
                            phrase goes on with an adjacent exact word),
                            or -1 */
    uint8_t kind, flags; /* the entry's kind and EF_* flags */
    uint8_t single;      /* the phrase is just its first word, exact */
    uint8_t pad;
    int32_t ref;         /* the entry's ref */
} cfirst;

typedef struct cdcode {  /* dated actor code */
    int32_t code;        /* string offset in pool */
    int32_t from, to;    /* yyyymmdd, 0 open */
} cdcode;

typedef struct cactor {
    int32_t codes, ncodes;   /* range in dcodes[] */
    uint32_t flags;          /* ACT_* */
    int32_t name;            /* first name's phrase, for reports */
} cactor;

typedef struct cagent {
    int32_t code;            /* string offset: role letters, no '~' */
    uint8_t prefix;          /* 1: goes before the country code */
    uint8_t officer;         /* 1: an officer any body has ([officers]:
                                "spokesman", "chairman"), whose body may be
                                one no dictionary knows */
} cagent;

typedef struct cpattern {
    int32_t phrase;
    int32_t code;            /* string offset of the event code */
    int32_t line;            /* source line, for explanations */
    /* the sentence-signature bits (sig_bit) of up to three of the
       pattern's literal words: a quick test before its elements are read */
    uint8_t need[3], nneed;
    /* the phrase's elements and verb position (a copy), and where its
       elements' signature ids start in pat_esig: what the pre-filter
       reads, in one place */
    int32_t elem, n, verb_at;
    int32_t esig;
} cpattern;

typedef struct cverb {
    int32_t code;            /* default code string offset */
    int32_t pats, npats;     /* range in patterns[] */
    int32_t name;            /* main form phrase (the first that compiled) or -1 */
} cverb;

typedef struct csynset {
    int32_t name;            /* string offset */
    int32_t phr, nphr;       /* range in syn_phr[] */
} csynset;

struct tac_dict {
    /* string pool: NUL-terminated strings addressed by offset */
    char *pool; int32_t pool_len;
    /* interned words: id -> pool offset; open-addressing hash of ids, each
       slot with the word's first eight bytes (wslot_key) and a copy of its
       word_class[] with the WSLOT_* bits, so that a probe passing other
       words never touches the pool, one finding a word of up to eight
       bytes neither, and the tokenizer has the class without another
       lookup */
    int32_t *word_off; int32_t nwords;
    struct wslot { int32_t id; uint32_t cls; uint64_t key; } *word_hash; uint32_t word_hash_mask;
    /* prefix words: a word id is also usable as a stem; lengths in use */
    uint8_t *word_is_prefix;
    /* per word: 1 when a discard phrase starts with it, so that a
       sentence is searched for discards only at such words (the word
       lookup copies it into the token's TF_DISCARD flag) */
    uint8_t *word_discard;
    uint32_t *word_class;    /* WC_* bits from lexicon.h, and WF_VERB */
    uint64_t prefix_lens;    /* bit k set: some prefix word has length k (k<64) */
    int32_t prefix_long;     /* 1 if a prefix word is 64 bytes or longer */
    /* bit (hash >> 52) set: some prefix word may have this hash; a stem
       lookup is made only when its bit is set */
    struct prefix_filter { uint64_t bits[64]; } prefix_filter;

    celem *elems; int32_t nelems;
    /* per element: 256-bit signature of the words that can start it (all
       ones for actor slots), esig[elem_esig[element]] (the distinct
       signatures are far fewer than the elements, and fit in a cache); a
       pattern is tried only when every element's signature meets the
       sentence's */
    uint64_t (*esig)[4]; int32_t nesig;
    int32_t *elem_esig;
    /* the elem_esig of every pattern's elements, pattern after pattern
       (cpattern.esig), so that a verb's patterns are tested reading
       one run of memory */
    int32_t *pat_esig; int32_t npat_esig;
    cphrase *phrases; int32_t nphrases;
    int32_t *alt_phr; int32_t nalt_phr;
    int32_t *syn_phr; int32_t nsyn_phr;
    csynset *synsets; int32_t nsynsets;

    centry *entries; int32_t nentries;
    /* CSR index: entries whose phrase starts with word w:
       by_first[first_start[w] .. first_start[w+1]) */
    int32_t *first_start; cfirst *by_first;
    /* per word: the first_next_bit() of the next word (cfirst.next) of
       every entry indexed under it, or all ones when one of them has
       none; a word whose bits miss the next token's has no entry that
       can start there */
    uint64_t *first_next;

    cdcode *dcodes; int32_t ndcodes;
    cactor *actors; int32_t nactors;
    cagent *agents; int32_t nagents;
    cverb *verbs; int32_t nverbs;
    cpattern *patterns; int32_t npatterns;

    tac_options opt;
    tac_dict_stats stats;
    uint64_t source_hash;    /* hash of the source files' names, sizes, mtimes */
    /* tac_dict_load: the arrays point into this read-only mapping (dictbin.c),
       and tac_dict_free unmaps it instead of freeing them */
    void *map; size_t map_len;
};

/* Bits of a word table slot's cls that are not word classes (lexicon.h
 * leaves them free): the word is longer than eight bytes (its key is
 * only its start); it is a prefix word (word_is_prefix). */
#define WSLOT_LONG (1u << 29)
#define WSLOT_PREFIX (1u << 28)
#define WSLOT_BITS (WSLOT_LONG | WSLOT_PREFIX)
/* A word's key in the word table: its first eight bytes, zero-padded. */
static inline uint64_t wslot_key(const char *w, size_t n)
{
    uint64_t k = 0;
    memcpy(&k, w, n < 8 ? n : 8);
    return k;
}
/* The same when eight bytes can be read at w, whatever n. */
static inline uint64_t wslot_key8(const char *w, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t k;
    memcpy(&k, w, 8);
    return n >= 8 ? k : k & ((1ULL << (8 * n)) - 1);
#else
    return wslot_key(w, n);
#endif
}
int32_t tacx_dict_word(const tac_dict *d, const char *w, size_t n);
/* The same with the word's hash_bytes() given. */
int32_t tacx_dict_word_h(const tac_dict *d, const char *w, size_t n, uint64_t hash);
/* dict.c: is the word of slot sl, longer than eight bytes, w[0..n)? */
int tacx_dict_slot_long_eq(const tac_dict *d, const struct wslot *sl, const char *w, size_t n);
/* The slot of word w (NULL when it is none) with its hash_bytes() and
 * wslot_key() given.  Inline: the tokenizer calls it for every token. */
static inline const struct wslot *tacx_dict_slot(const tac_dict *d, const char *w, size_t n, uint64_t hash,
                                                 uint64_t key)
{
    if (!d->word_hash)
        return NULL;
    uint32_t k = (uint32_t)hash & d->word_hash_mask, len = n > 8 ? WSLOT_LONG : 0;
    for (;;) {
        const struct wslot *sl = &d->word_hash[k];
        if (sl->id < 0)
            return NULL;
        /* up to eight bytes the key is the word: equal keys mean the same
           word, unless w is a shorter word padded with NULs */
        if (sl->key == key && (sl->cls & WSLOT_LONG) == len &&
            (n <= 8 ? n == 0 || w[n - 1] != 0 : tacx_dict_slot_long_eq(d, sl, w, n)))
            return sl;
        k = (k + 1) & d->word_hash_mask;
    }
}
/* May a prefix word have this hash_bytes()?  False positives only. */
static inline int tacx_maybe_prefix(const tac_dict *d, uint64_t hash)
{
    uint32_t b = (uint32_t)(hash >> 52);
    return (d->prefix_filter.bits[b >> 6] >> (b & 63)) & 1;
}
/* dictbin.c: mixes a source file's name, size and mtime into *h; frees a
   mapped dictionary */
void tacx_source_mix(uint64_t *h, const char *path);
/* dict.c: the default dictionary files of dir (*.txt, not hidden), sorted,
   each malloc'ed into names; returns their count or TAC_EIO/TAC_ENOMEM */
#define TACX_MAX_DEFAULT_FILES 256
int tacx_default_files(const char *dir, char *names[TACX_MAX_DEFAULT_FILES]);
void tacx_dict_unmap(tac_dict *d);
static inline uint32_t sig_bit(int32_t id)
{
    return ((uint32_t)id * 2654435761u) >> 24;
}
static inline void sig_add(uint64_t sig[4], int32_t id)
{
    uint32_t h = sig_bit(id);
    sig[h >> 6] |= 1ULL << (h & 63);
}
/* Does the signature hold the bits of all the pattern's needed words? */
static inline int sig_has_needed(const uint64_t sig[4], const cpattern *p)
{
    for (int k = 0; k < p->nneed; k++)
        if (!((sig[p->need[k] >> 6] >> (p->need[k] & 63)) & 1))
            return 0;
    return 1;
}
static inline const char *dict_str(const tac_dict *d, int32_t off) { return d->pool + off; }
/* The signature of element ei (see esig). */
static inline const uint64_t *elem_sig_of(const tac_dict *d, int32_t ei) { return d->esig[d->elem_esig[ei]]; }

/* ---- tokens and sentences ---- */
enum tok_kind { TK_WORD = 1, TK_NUM, TK_PUNCT };
enum {
    TF_CAP = 1,        /* starts with an upper-case letter */
    TF_ALLCAP = 2,     /* all letters upper case (two or more letters) */
    TF_ABBREV = 4,     /* abbreviation ending with '.' */
    TF_PARA = 8,       /* first token after a line break */
    TF_QUOTE = 16,     /* a quotation mark */
    TF_DISCARD = 32    /* the word or a stem of it starts a discard phrase */
};

typedef struct tok {
    uint32_t start, end;     /* byte offsets in the document text */
    const char *norm;        /* folded form, NUL-terminated (arena) */
    uint16_t nlen;
    uint8_t kind, flags;
    int32_t wid;             /* exact word id in the dictionary, or -1 */
    int32_t pre;             /* index into ctx prefix-id list, or -1 */
    uint16_t npre;
    uint16_t hash;           /* low 16 bits of the folded form's hash */
    /* the word's class (word_class[wid], 0 without one), and the WF_NAME
       and WF_VERB bits of the word and of its stems: what may start here */
    uint32_t cls, starts;
} tok;

/* Which of the suffixes suf (NULL-ended) does token t end in, with at
 * least lead letters before it?  Its index, or -1. */
static inline int tok_suffix(const tok *t, const char *const *suf, size_t lead)
{
    for (int q = 0; suf[q]; q++) {
        size_t l = strlen(suf[q]);
        if (t->nlen >= l + lead && !memcmp(t->norm + t->nlen - l, suf[q], l))
            return q;
    }
    return -1;
}

/* Does token t end in one of the suffixes suf, with at least three
 * letters before it? */
static inline int tok_ends_in(const tok *t, const char *const *suf)
{
    return tok_suffix(t, suf, 3) >= 0;
}

/* The root of a CAMEO code (its first two digits), or -1 for a code that
 * does not start with two digits ("---", a compound "+..."). */
static inline int code_root(const char *code)
{
    if (code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9')
        return -1;
    return (code[0] - '0') * 10 + (code[1] - '0');
}

/* Word lists' filters (util.c): per list, a bit for each of its words'
 * hashes (the low 10 bits of the hash a token keeps), in a table keyed
 * by the list's address; built on the list's first use, shared by all
 * threads, never freed.  A token whose bit is not set is in no list, so
 * most tests end there.  Lists must be static: a list is known by its
 * address for the life of the process. */
struct wl_filter {
    const char *const *words;
    uint64_t bits[16];
};
#define WL_SLOTS 1024
extern struct wl_filter *_Atomic tacx_wl_table[WL_SLOTS];
const struct wl_filter *tacx_wl_add(const char *const *words);
static inline unsigned wl_slot(const char *const *words)
{
    return (unsigned)(((uint64_t)(uintptr_t)words * 0x9E3779B97F4A7C15ULL) >> 54);
}
/* The bit of (the low 10 bits of) hash h: set it in f, test it. */
static inline void wl_set(struct wl_filter *f, uint16_t h)
{
    f->bits[(h >> 6) & 15] |= 1ULL << (h & 63);
}
static inline int wl_has(const struct wl_filter *f, uint16_t h)
{
    return (f->bits[(h >> 6) & 15] >> (h & 63)) & 1;
}

/* Is token t one of words (folded, NULL-ended)? */
static inline int tok_in(const tok *t, const char *const *words)
{
    unsigned i = wl_slot(words);
    const struct wl_filter *f = atomic_load_explicit(&tacx_wl_table[i], memory_order_acquire);
    if (!f || f->words != words)
        f = tacx_wl_add(words);
    if (f && !wl_has(f, t->hash))
        return 0;
    for (; *words; words++)
        if (t->norm[0] == (*words)[0] && t->nlen == strlen(*words) && !memcmp(t->norm, *words, t->nlen))
            return 1;
    return 0;
}

/* A word for a part of a place, in either case (see tok_place_part). */
static inline int tok_place_word(const tok *t)
{
    static const char *const part[] = { "NORTHERN", "SOUTHERN", "EASTERN", "WESTERN", "CENTRAL", "NORTH", "SOUTH",
                                        "EAST", "WEST", "NORTHEAST", "NORTHWEST", "SOUTHEAST", "SOUTHWEST",
                                        "NORTH-EAST", "NORTH-WEST", "SOUTH-EAST", "SOUTH-WEST", "NORTHEASTERN",
                                        "NORTHWESTERN", "SOUTHEASTERN", "SOUTHWESTERN", "NORTH-EASTERN",
                                        "NORTH-WESTERN", "SOUTH-EASTERN", "SOUTH-WESTERN", "NEIGHBOURING",
                                        "NEIGHBORING", NULL };
    return t->kind == TK_WORD && tok_in(t, part);
}

/* A lowercase word for a part of a place, between a preposition and the
 * place: "in southern Iraq", "in north-east Syria", "in neighbouring
 * Pakistan". */
static inline int tok_place_part(const tok *t)
{
    return !(t->flags & TF_CAP) && tok_place_word(t);
}

/* A past form that does not end in -ed: "the premier's office said". */
static inline int tok_irregular_past(const tok *t)
{
    static const char *const past[] = { "SAID", "TOLD", "TOOK", "GAVE", "BEGAN", "BROKE", "WON", "CAME", "WENT",
                                        "THREW", "DREW", "FLED", "RAN", "ROSE", "FELL", "SPOKE", "WROTE", "CHOSE",
                                        "DROVE", "STOLE", "SAW", "KNEW", "GREW", "FLEW", "SWORE", "TORE", "FORBADE",
                                        "OVERTOOK", "OVERTHREW", "UNDERTOOK", "WITHDREW", "FORGAVE", "FOUND", NULL };
    return tok_in(t, past);
}

/* Does the folded word look like a nationality adjective ("Valdorian",
 * "Japanese", "British", "Icelandic", "Iraqi")? */
static inline int tok_adjective_form(const tok *t)
{
    static const char *const suf[] = { "AN", "ESE", "ISH", "IC", "I", NULL };
    return tok_ends_in(t, suf);
}

typedef struct sentence {
    int32_t first, ntok;     /* token range */
    uint32_t start, end;     /* byte range */
    /* set by the splitter when a token may start a discard phrase; then
       by tac_code: the DISC_* bits of the phrases in it */
    int discard;
    /* written in capitals throughout, so that the case of a word says
       nothing (set with its tokens, by the splitter) */
    int caps;
} sentence;

/* ---- mentions ---- */
#define MAX_MCODES 4
typedef struct mention {
    int32_t first, last;     /* token range, inclusive */
    const char *codes[MAX_MCODES];   /* resolved codes (pool or arena) */
    int ncodes;              /* >1: a compound actor ("ELR/GAL") */
    int32_t actor;           /* actor index, -1 for agents and pronouns */
    int32_t head;            /* token of the name itself (for reports) */
    int32_t agent;           /* agent index of an agent-only mention, else -1 */
    uint8_t person;          /* a person, for he/she */
    uint8_t pronoun;         /* resolved from a pronoun */
    uint8_t agent_only;      /* an agent with no country */
    uint8_t nullcode;        /* "---": a name that is not an actor */
    uint8_t discard;         /* "###" */
    uint8_t complex;         /* "+++" */
    int32_t derived;         /* country taken from the context: the first
                                token of the actor it came from, plus one
                                (0: none taken) */
    uint8_t uncoded;         /* an officer of a body no dictionary knows ("a
                                Chrysler spokesman"): takes a role in the
                                sentence, gives no event a code */
    uint8_t side;            /* right after "loyal to", "allied with": it names
                                whose side the one before is on */
    const char *person_code; /* a body named for a person ("the Assad
                                regime"): that person's code, for he/she */
} mention;

#define MAX_SURNAMES 32

typedef struct tok_key { uint64_t hash, stems; } tok_key;

struct tac_ctx {
    arena a;
    tac_diag_fn diag; void *diag_ud;
    tac_explain_fn explain; void *explain_ud;
    VEC(tok) toks;
    VEC(sentence) sents;
    VEC(int32_t) pre_ids;
    /* tokenizer: per token, the hash of its folded form and the stem
       lengths worth looking up (see tacx_tokenize) */
    VEC(tok_key) keys;
    char *fold; size_t fold_cap;
    /* coreference state for the current document */
    mention last_person, last_actor, last_src, last_tgt;
    int have_tgt;
    tac_code_stats stats;
    tac_options opt;          /* set by tac_ctx_set_options */
    int carry;                /* tac_ctx_continue: next document goes on from this one */
    char keep[2][MAX_MCODES][32];   /* copies of last_src/last_tgt codes that outlive the arena */
    int have_opt;
    int sent_events;          /* events of the sentence being coded */
    int have_src;
    char codebuf[64];
    struct { const char *name; mention m; } surnames[MAX_SURNAMES];  /* of this document */
    int nsurnames;
    int have_person, have_actor;
    int person_sex;          /* last_person's, by a title before a name: 0 unknown, 1 "Mr", 2 "Ms" */
    uint32_t dateline;        /* bytes of the document's dateline, 0 without one */
};

static inline uint64_t first_next_bit(int32_t w)
{
    return 1ULL << (((uint64_t)(uint32_t)w * 0x9E3779B97F4A7C15ull) >> 58);
}

/* May any entry indexed under word w start at token i?  Tests only the
 * entries' second words, all at once (see first_next). */
static inline int tacx_first_any(const tac_dict *d, const tac_ctx *c, int32_t w, int i, int lim)
{
    uint64_t m = d->first_next[w];
    if (m == ~0ULL)
        return 1;
    int32_t nx = i + 1 < lim ? c->toks.v[i + 1].wid : -1;
    return nx >= 0 && (m & first_next_bit(nx));
}

/* May index entry f, found under a word of token i, match there?  Tests
 * only the second word (most names that start at a token fail there). */
static inline int tacx_first_may(const tac_ctx *c, const cfirst *f, int i, int lim)
{
    return f->next < 0 || (i + 1 < lim && c->toks.v[i + 1].wid == f->next);
}

/* text.c */
/* The options in force: the context's when set, else the dictionary's. */
static inline const tac_options *tacx_opts(const tac_dict *d, const tac_ctx *c)
{
    return c->have_opt ? &c->opt : &d->opt;
}

int tacx_tokenize(const tac_dict *d, tac_ctx *c, const char *text, size_t len);
/* The word class of an abbreviation token ("Gen.", "Jan."), which keeps
 * its period: that of its word without it; 0 for other tokens. */
uint32_t tacx_abbrev_class(const tac_dict *d, const tok *t);
int tacx_split_sentences(const tac_dict *d, tac_ctx *c);
/* Starts a document in c: checks it, releases the previous document's
 * tokens and arena, tokenizes and splits the text, counts it in c->stats. */
int tacx_prepare_doc(const tac_dict *d, tac_ctx *c, const tac_doc *doc);
/* The length in bytes of a news agency's dateline at the start of text
 * ("ATHENS (Reuters) - ", "SAN SALVADOR, 12 NOV 89 (AFP) -- ", "PERTH
 * (AUSTRALIA), JUNE 11 89 (AFP) -- ", "WASHINGTON, Sept. 30, 2004 -- ",
 * "NEW DELHI: "), up to the first word of the story; 0 when there is
 * none. */
uint32_t tacx_dateline(const char *text, size_t len);
int tacx_drop_subordinate(const tac_dict *d, tac_ctx *c, sentence *s, const tac_options *opt);
int tacx_longest_at(const tac_dict *d, const tac_ctx *c, int i, int lim, int kind, int32_t *ref);

/* actors.c: finds actor mentions in a sentence (arena array, *n). */
int tacx_find_actors(const tac_dict *d, tac_ctx *c, const tac_doc *doc,
                     const sentence *s, mention **out, int *n);

/* actors.c: could mention m name the doer of an act named by a noun
 * after it ("Russian strikes", "US air strikes", "a Taliban ambush")?
 * A country only as one adjective or abbreviation, not by a place name,
 * which may say where the act happens ("in Paris talks"); a group or an
 * institution (a code with a role) by its name; never a person, a
 * pronoun or an agent ("the Fijian rebels"). */
int tacx_doer_modifier(const tac_ctx *c, const mention *m, int caps);

/* coder.c: codes one sentence. */
int tacx_code_sentence(const tac_dict *d, tac_ctx *c, const tac_doc *doc,
                       int sidx, const sentence *s, mention *m, int nm,
                       tac_event_fn fn, void *ud);

/* matching helpers (match.c) */
/* Is token t the word wid (exactly, or by one of its stems for a prefix
 * match)?  Inline: the matchers call it for nearly every element. */
static inline int tacx_tok_is_word(const tac_dict *d, const tac_ctx *c, const tok *t, int32_t wid, int match)
{
    (void)d;
    if (t->wid == wid)
        return 1;
    if (match == PM_PREFIX && t->npre) {
        const int32_t *p = c->pre_ids.v + t->pre;
        for (int k = 0; k < t->npre; k++)
            if (p[k] == wid)
                return 1;
    }
    return 0;
}
/* The word ids under which an entry starting at token t is indexed: the
   token's own word, then its stems, each once; returns how many. */
#define TACX_START_IDS 65
int tacx_tok_start_ids(const tac_ctx *c, const tok *t, int32_t ids[TACX_START_IDS]);
/* Matches phrase p at token i (forwards); returns end token (exclusive) or -1. */
int tacx_match_phrase_at(const tac_dict *d, const tac_ctx *c, int32_t p, int i, int lim);

/* What tacx_find_discard finds in a sentence, as bits: a phrase that
 * discards the sentence ("###"), the whole story ("+###"), or that only
 * counts towards the story rule ("~###", see tac_code). */
enum { DISC_SENTENCE = 1, DISC_STORY = 2, DISC_SIGN = 4 };
int tacx_find_discard(const tac_dict *d, const tac_ctx *c, int first, int n);
void tacx_explain(tac_ctx *c, int sentence, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* input.c: with on non-zero, reader r reads every JSON line through
 * json-c, never directly (tests compare the two paths); and how many
 * lines it has read directly. */
void tacx_reader_json_c_only(tac_reader *r, int on);
long tacx_reader_direct_lines(const tac_reader *r);

#endif
