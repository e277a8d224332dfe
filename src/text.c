/*
 * text.c -- from raw document text to tokens and sentences.
 *
 * Tokens keep byte offsets into the original text, which is never changed;
 * each token also gets a folded form (upper-case ASCII) and its dictionary
 * word id, so later stages compare integers, not strings.  Lines that are
 * not reporting (cross-links, photo credits, bylines) yield no tokens.
 *
 * Invalid UTF-8 bytes and NULs are treated as separators: they never end
 * up inside a token, so offsets stay valid and matching stays ASCII.
 */
#include "ascii.h"
#include "internal.h"
#include "lexicon.h"
#include "swar.h"

/* Latin-1 Supplement U+00C0..U+00FF and Latin Extended-A U+0100..U+017F,
 * folded to one ASCII letter ('.' = keep as is). */
static const char LATIN1[64] = "AAAAAAACEEEEIIIIDNOOOOO.OUUUUYTSAAAAAAACEEEEIIIIDNOOOOO.OUUUUYTY";
static const char LATINA[128] =
    "AAAAAACCCCCCCCDDDDEEEEEEEEEEGGGGGGGGHHHHIIIIIIIIIIIIJJKKKLLLLLLLLLLNNNNNNNNNOOOOOOOORRRRRRSSSSSSSSTTTTTTUUUUUUUUUUUUWWYYYZZZZZZS";

/* Decodes one UTF-8 sequence at s (n bytes left); returns its length and
 * the code point in *cp, or 0 for an invalid sequence. */
static int utf8_dec(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    if (c < 0xC2) return 0;
    if (c < 0xE0) {
        if (n < 2 || (s[1] & 0xC0) != 0x80) return 0;
        *cp = ((c & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
        *cp = ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        if (*cp < 0x800 || (*cp >= 0xD800 && *cp < 0xE000)) return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) return 0;
        *cp = ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        if (*cp < 0x10000 || *cp > 0x10FFFF) return 0;
        return 4;
    }
    return 0;
}

/* ASCII replacement for a code point, or 0 when it has none. */
static int fold_cp(uint32_t cp, char *out)
{
    if (cp >= 0xC0 && cp <= 0xFF) {
        char c = LATIN1[cp - 0xC0];
        if (cp == 0xDF) { out[0] = 'S'; out[1] = 'S'; return 2; }
        if (c != '.') { out[0] = c; return 1; }
        return 0;
    }
    if (cp >= 0x100 && cp < 0x180) { out[0] = LATINA[cp - 0x100]; return 1; }
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC: case 0x02B9: out[0] = '\''; return 1;
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: out[0] = '"'; return 1;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: out[0] = '-'; return 1;
    case 0x0218: case 0x0219: out[0] = 'S'; return 1;
    case 0x021A: case 0x021B: out[0] = 'T'; return 1;
    default: return 0;
    }
}

size_t fold_word(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    if (cap == 0)
        return 0;
    for (size_t i = 0; i < n && o + 4 < cap;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[o++] = (char)tac_toupper(c);
            i++;
            continue;
        }
        uint32_t cp;
        int l = utf8_dec((const unsigned char *)s + i, n - i, &cp);
        if (l == 0) {           /* invalid byte: keep it, it matches nothing */
            out[o++] = (char)c;
            i++;
            continue;
        }
        char r[2];
        int k = fold_cp(cp, r);
        if (k) {
            memcpy(out + o, r, (size_t)k);
            o += (size_t)k;
        } else {
            memcpy(out + o, s + i, (size_t)l);
            o += (size_t)l;
        }
        i += (size_t)l;
    }
    out[o] = 0;
    return o;
}

/* ---- character classes for the tokenizer ---- */
enum { CH_SPACE, CH_ALNUM, CH_PUNCT, CH_BAD };

/* Classifies the character at s; *len gets its byte length, *ascii the
 * folded punctuation character for quotes and dashes. */
/* ASCII classes, computed once by the compiler: letters and digits,
 * controls and blanks, the rest punctuation. */
#define A_(c) ((((c) >= '0' && (c) <= '9') || ((c) >= 'A' && (c) <= 'Z') || ((c) >= 'a' && (c) <= 'z')) ? CH_ALNUM \
               : ((c) <= 0x20 || (c) == 0x7F) ? CH_SPACE : CH_PUNCT)
#define A4_(c) A_(c), A_((c) + 1), A_((c) + 2), A_((c) + 3)
#define A16_(c) A4_(c), A4_((c) + 4), A4_((c) + 8), A4_((c) + 12)
static const unsigned char ASCII_CLASS[128] = {
    A16_(0), A16_(16), A16_(32), A16_(48), A16_(64), A16_(80), A16_(96), A16_(112)
};

static int char_class_utf8(const unsigned char *s, size_t n, int *len, char *ascii);

static inline int char_class(const unsigned char *s, size_t n, int *len, char *ascii)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *len = 1;
        int k = ASCII_CLASS[c];
        *ascii = k == CH_PUNCT ? (char)c : 0;
        return k;
    }
    return char_class_utf8(s, n, len, ascii);
}

/* char_class for a byte of 0x80 or more, out of line */
static int char_class_utf8(const unsigned char *s, size_t n, int *len, char *ascii)
{
    *ascii = 0;
    uint32_t cp;
    int l = utf8_dec(s, n, &cp);
    if (l == 0) { *len = 1; return CH_BAD; }
    *len = l;
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000 || cp == 0xFEFF)
        return CH_SPACE;
    char r[2];
    if (fold_cp(cp, r) && !tac_isalpha((unsigned char)r[0])) { *ascii = r[0]; return CH_PUNCT; }
    /* general punctuation, Latin-1 signs, currency signs (euro, hryvnia,
       rouble, rupee...: "\u20ac3.5 million" is a sign and a number),
       letterlike signs (trade mark, numero), arrows to miscellaneous
       symbols, CJK punctuation, emoji */
    if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x00A1 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7 ||
        (cp >= 0x20A0 && cp <= 0x214F) || (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0x1F000))
        { *ascii = '?'; return CH_PUNCT; }
    return CH_ALNUM;   /* letters of any script */
}

/* ---- boilerplate lines ---- */
static int starts_ci(const char *s, size_t n, const char *pre)
{
    size_t l = strlen(pre);
    if (n < l)
        return 0;
    for (size_t i = 0; i < l; i++)
        if (tac_tolower((unsigned char)s[i]) != (unsigned char)pre[i])
            return 0;
    return 1;
}

/* The beginnings of non-reporting lines, in lower case (and bylines:
 * see is_boilerplate); one list, which both tests below expand. */
#define BOILER_LIST(X)                                                                                        \
    X("read more") X("read also") X("also read") X("related:") X("related coverage") X("see also")           \
    X("photo:") X("photo credit") X("photograph:") X("image:") X("(photo") X("[photo") X("picture:")         \
    X("getty images") X("click here") X("sign up") X("subscribe to") X("follow us") X("copyright")           \
    X("all rights reserved") X("advertisement") X("share this") X("editing by") X("reporting by")            \
    X("writing by") X("additional reporting") X("http://") X("https://") X("www.") X("\xc2\xa9")
#define BOILER_STR(w) w,
static const char *const BOILER[] = { BOILER_LIST(BOILER_STR) NULL };

/* Can a line whose text starts at s (n bytes) be boilerplate?  A test of
 * its first two characters (against constants the compiler takes from
 * BOILER_LIST), before the line is read to its end. */
static int boiler_start(const char *s, size_t n)
{
    if (n < 2)
        return 0;
    char a = (char)tac_tolower((unsigned char)s[0]), b = (char)tac_tolower((unsigned char)s[1]);
#define BOILER_TWO(w) (a == (w)[0] && b == (w)[1]) ||
    return BOILER_LIST(BOILER_TWO)(a == 'b' && b == 'y');   /* and "by", a byline */
#undef BOILER_TWO
}

/* Is the line s[0..n) a non-reporting line?  s is past its leading
 * blanks, and boiler_start() holds for it. */
static int is_boilerplate(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\r' || s[n - 1] == '\t')) n--;
    char f = (char)tac_tolower((unsigned char)s[0]);
    for (int i = 0; BOILER[i]; i++)
        if (BOILER[i][0] == f && starts_ci(s, n, BOILER[i]))
            return 1;
    /* a byline: "By Jane Doe" or "By Jane Doe and John Roe, Reuters" */
    if (starts_ci(s, n, "by ") && n < 60) {
        int words = 0, caps = 0;
        for (size_t i = 3; i < n; i++) {
            if ((i == 3 || s[i - 1] == ' ') && s[i] != ' ') {
                words++;
                if (tac_isupper((unsigned char)s[i])) caps++;
            }
            if (s[i] == '.' && i + 1 == n) return 0;
        }
        if (words <= 6 && caps * 2 >= words)
            return 1;
    }
    return 0;
}

/* ---- tokenizer ---- */

/* Tokens are made in two steps.  push_tok() folds a token, hashes its
 * folded form, notes which of its stems may be prefix words (the prefix
 * filter) and prefetches its slot of the word table; resolve_tok() looks
 * the word and its stems up a few tokens later, when the slot is likely
 * in cache.  The lookups are the tokenizer's main cost (cache misses on a
 * table much larger than the first-level cache), and this lets several of
 * them be under way at once. */
#define RESOLVE_LAG 8

static inline __attribute__((always_inline)) int push_tok(const tac_dict *d, tac_ctx *c, const char *text, uint32_t start, uint32_t end,
                    int kind, int flags)
{
    size_t n = end - start;
    /* folded forms live in one buffer per document (see tacx_tokenize);
       the room of eight bytes past each lets resolve_tok read eight */
    if (c->fold_cap < n + 8) {
        size_t cap = n + 8 > 4096 ? n + 8 : 4096;
        char *p = arena_raw(&c->a, cap);   /* every byte read is written first */
        if (!p) return TAC_ENOMEM;
        c->fold = p;
        c->fold_cap = cap;
    }
    char *norm = c->fold;
    const unsigned char *src = (const unsigned char *)text + start;
    int letters = 0, upper = 0;
    /* ASCII: fold and hash in one pass; the stem hashes are the running
       FNV states at the stem lengths in use */
    uint64_t h = FNV_INIT, stems = 0;
    size_t fl = 0;
    int ascii = 1;
    uint64_t lens = d->prefix_lens;
    /* bit k: a stem of length k + 1 is in use and shorter than the token */
    uint64_t want = (lens >> 1) & (n - 1 >= 64 ? ~0ULL : (1ULL << (n - 1)) - 1);
    for (; fl < n; fl++, want >>= 1) {
        unsigned ch = src[fl];
        if (ch >= 0x80) { ascii = 0; break; }
        if (ch >= 'a' && ch <= 'z') { letters++; ch -= 32; }
        else if (ch >= 'A' && ch <= 'Z') { letters++; upper++; }
        norm[fl] = (char)ch;
        h = fnv_step(h, (unsigned char)ch);
        if ((want & 1) && tacx_maybe_prefix(d, fnv_final(h)))
            stems |= 1ULL << (fl + 1);
    }
    if (!ascii) {
        fl = fold_word(text + start, n, norm, c->fold_cap);
        h = fnv_final(hash_raw(norm, fl));
        /* rare: every stem length in use is looked up */
        stems = fl < 64 ? lens & ((1ULL << fl) - 1) : lens;
        letters = upper = 0;
        for (size_t i = 0; i < n; i++)
            if (tac_isalpha(src[i])) { letters++; if (tac_isupper(src[i])) upper++; }
    } else {
        h = fnv_final(h);
    }
    if (fl > 0xFFFF) fl = 0xFFFF;
    norm[fl] = 0;
    c->fold += fl + 1;
    c->fold_cap -= fl + 1;
    if (d->word_hash)
        __builtin_prefetch(&d->word_hash[(uint32_t)h & d->word_hash_mask]);
    if (kind == TK_WORD) {
        unsigned char f = (unsigned char)text[start];
        if (tac_isupper(f) || (f >= 0xC0 && norm[0] != (char)f && tac_isupper((unsigned char)norm[0])))
            flags |= TF_CAP;
        if (letters >= 2 && upper == letters)
            flags |= TF_ALLCAP;
    }
    tok_key *k = VEC_NEXT(c->keys);
    tok *t = k ? VEC_NEXT(c->toks) : NULL;
    if (!t)
        return TAC_ENOMEM;   /* (a failed document's keys are never read) */
    k->hash = h;
    k->stems = stems;
    /* every field: resolve_tok() sets the class and the word later */
    *t = (tok){ .start = start, .end = end, .norm = norm, .nlen = (uint16_t)fl, .kind = (uint8_t)kind,
                .flags = (uint8_t)flags, .wid = -1, .pre = -1, .hash = (uint16_t)h };
    return TAC_OK;
}

/* Looks token i's word and stems up (see push_tok). */
static int resolve_tok(const tac_dict *d, tac_ctx *c, int32_t i, const tok_key *k)
{
    tok *t = &c->toks.v[i];
    size_t fl = t->nlen;
    int32_t first_pre = c->pre_ids.n;
    for (uint64_t st = k->stems; st; st &= st - 1) {
        size_t L = (size_t)__builtin_ctzll(st);
        int32_t w = tacx_dict_word(d, t->norm, L);
        if (w >= 0 && d->word_is_prefix[w] && VEC_PUSH(c->pre_ids, w))
            return TAC_ENOMEM;
    }
    /* the folded form has eight bytes of room after its start (push_tok) */
    const struct wslot *sl = tacx_dict_slot(d, t->norm, fl, k->hash, wslot_key8(t->norm, fl));
    t->wid = sl ? sl->id : -1;
    if (sl && fl < 64 && (d->prefix_lens & (1ULL << fl)) && (sl->cls & WSLOT_PREFIX) &&
        VEC_PUSH(c->pre_ids, t->wid))
        return TAC_ENOMEM;
    if (d->prefix_long && fl >= 64) {
        for (int32_t w = 0; w < d->nwords; w++) {   /* rare: very long stems */
            const char *s = d->pool + d->word_off[w];
            size_t l = strlen(s);
            if (d->word_is_prefix[w] && l >= 64 && l <= fl && memcmp(s, t->norm, l) == 0 &&
                VEC_PUSH(c->pre_ids, w))
                return TAC_ENOMEM;
        }
    }
    t->cls = sl ? sl->cls & ~WSLOT_BITS : 0;
    t->starts = t->cls & (WF_NAME | WF_VERB);
    if (sl && d->word_discard[sl->id])
        t->flags |= TF_DISCARD;
    if (c->pre_ids.n > first_pre) {
        t->pre = first_pre;
        t->npre = (uint16_t)(c->pre_ids.n - first_pre);
        for (int32_t q = first_pre; q < c->pre_ids.n; q++) {
            t->starts |= d->word_class[c->pre_ids.v[q]] & (WF_NAME | WF_VERB);
            if (d->word_discard[c->pre_ids.v[q]])
                t->flags |= TF_DISCARD;
        }
    }
    return TAC_OK;
}

/* push_tok(), then the lookup of the token RESOLVE_LAG places behind
 * (tokens [base, *done) are looked up already). */
static inline __attribute__((always_inline)) int push_lagged(const tac_dict *d, tac_ctx *c, const char *text,
                                                              uint32_t start, uint32_t end, int kind, int flags,
                                                              int32_t base, int32_t *done)
{
    if (push_tok(d, c, text, start, end, kind, flags))
        return TAC_ENOMEM;
    if (c->toks.n - *done > RESOLVE_LAG) {
        if (resolve_tok(d, c, *done, &c->keys.v[*done - base]))
            return TAC_ENOMEM;
        (*done)++;
    }
    return TAC_OK;
}

static uint32_t wclass(const tac_dict *d, const char *w, size_t n)
{
    int32_t id = tacx_dict_word(d, w, n);
    return id >= 0 ? d->word_class[id] : 0;
}

uint32_t tacx_abbrev_class(const tac_dict *d, const tok *t)
{
    if (!(t->flags & TF_ABBREV) || t->nlen < 2 || t->norm[t->nlen - 1] != '.')
        return 0;
    return wclass(d, t->norm, (size_t)t->nlen - 1);
}

int tacx_tokenize(const tac_dict *d, tac_ctx *c, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    int pending_flags = TF_PARA;
    char up[16];
    /* tokens [base, done) are looked up; keys[j] belongs to token base+j */
    int32_t base = c->toks.n, done = base;
    c->keys.n = 0;
    while (i < len) {
        /* at a line start (its blanks too): skip boilerplate lines whole */
        if (i == 0 || s[i - 1] == '\n') {
            size_t b = i;
            while (b < len && (s[b] == ' ' || s[b] == '\t'))
                b++;
            if (boiler_start(text + b, len - b)) {
                const unsigned char *nl = memchr(s + b, '\n', len - b);
                size_t e = nl ? (size_t)(nl - s) : len;
                if (is_boilerplate(text + b, e - b)) {
                    i = e;
                    pending_flags |= TF_PARA;
                    continue;
                }
            }
        }
        /* blanks: the common case, inline */
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
            do
                i++;
            while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'));
            continue;
        }
        int l; char a;
        int cls = char_class(s + i, len - i, &l, &a);
        if (cls == CH_SPACE || cls == CH_BAD) {
            if (s[i] == '\n') {
                /* blank line, or an indented new line: a paragraph break */
                size_t j = i + 1;
                int blank = 0;
                while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n')) {
                    if (s[j] == '\n') blank = 1;
                    j++;
                }
                if (blank || j - i > 2)
                    pending_flags |= TF_PARA;
            }
            i += (size_t)l;
            continue;
        }
        if (cls == CH_PUNCT && a == '_') {
            i++;          /* "Dol_Amroth": an underscore only separates words */
            continue;
        }
        if (cls == CH_PUNCT) {
            /* "'s" and "n't" glued to the previous word are handled there;
               here a lone mark */
            int flags = pending_flags | ((a == '"' || a == '\'') ? TF_QUOTE : 0);
            pending_flags = 0;
            if (push_lagged(d, c, text, (uint32_t)i, (uint32_t)(i + (size_t)l), TK_PUNCT, flags, base, &done))
                return TAC_ENOMEM;
            i += (size_t)l;
            continue;
        }
        /* a word or number */
        size_t start = i;
        int isnum = tac_isdigit(s[i]);
        size_t j = i;
        for (;;) {
            int l2; char a2;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            /* ASCII letters and digits, eight bytes at a time */
            while (len - j >= 8) {
                uint64_t other = ~swar_alnum(swar_load(s + j)) & SWAR_HIGHS;
                if (other) {
                    j += (size_t)__builtin_ctzll(other) >> 3;
                    break;
                }
                j += 8;
            }
#endif
            while (j < len && s[j] < 0x80 && ASCII_CLASS[s[j]] == CH_ALNUM)
                j++;                      /* the common case, inline */
            if (j >= len) break;
            int c2 = char_class(s + j, len - j, &l2, &a2);
            if (c2 == CH_ALNUM) { j += (size_t)l2; continue; }
            if (c2 != CH_PUNCT || j + (size_t)l2 >= len) break;
            int l3; char a3;
            int c3 = char_class(s + j + l2, len - j - (size_t)l2, &l3, &a3);
            if (a2 == '-' && c3 == CH_ALNUM && l2 == 1) { j += (size_t)l2; continue; }   /* al-Qaeda */
            if (a2 == '-' && l2 == 1 && c3 == CH_SPACE && !isnum) { j += 1; break; }     /* "anti- war" */
            if (isnum && (a2 == ',' || a2 == '.') && j + 1 < len && tac_isdigit(s[j + 1])) { j += 1; continue; }
            if (a2 == '\'' ) {
                /* n't stays with its word: DIDN'T; 's and 'll split off */
                size_t k = j + (size_t)l2;
                if (j > start && (s[j - 1] == 'n' || s[j - 1] == 'N') && k < len && (s[k] == 't' || s[k] == 'T') &&
                    (k + 1 >= len || !tac_isalnum(s[k + 1]))) {
                    j = k + 1;
                    continue;
                }
                size_t m = k;
                while (m < len && tac_isalpha(s[m])) m++;
                size_t wl = m - k;
                if (wl == 0) break;
                if ((wl == 1 && (s[k] == 's' || s[k] == 'S' || s[k] == 'd' || s[k] == 'm')) ||
                    (wl == 2 && (starts_ci(text + k, 2, "ll") || starts_ci(text + k, 2, "re") || starts_ci(text + k, 2, "ve"))))
                    break;
                j += (size_t)l2;   /* O'Brien */
                continue;
            }
            if (a2 == '.' && c3 == CH_ALNUM && l2 == 1 && l3 == 1 && tac_isalpha(s[j + 1]) && j - start <= 12 &&
                (j - 1 == start || s[j - 2] == '.') &&
                (j + 2 >= len || !tac_isalpha(s[j + 2]))) {
                j += 1;            /* U.S -> continue into "U.S." */
                continue;
            }
            break;
        }
        /* a trailing period belongs to abbreviations and initials */
        int flags = pending_flags;
        pending_flags = 0;
        if (j < len && s[j] == '.' && !isnum) {
            size_t wl = j - start;
            int dotted = memchr(text + start, '.', wl) != NULL;
            int initial = wl == 1 && tac_isupper(s[start]);
            int abbrev = 0;
            if (!dotted && !initial && wl < sizeof up) {
                size_t fl = fold_word(text + start, wl, up, sizeof up);
                abbrev = (wclass(d, up, fl) & WC_ABBREV) != 0;
            }
            if (dotted || initial || abbrev) {
                j++;
                flags |= TF_ABBREV;
            }
        }
        if (push_lagged(d, c, text, (uint32_t)start, (uint32_t)j, isnum ? TK_NUM : TK_WORD, flags, base, &done))
            return TAC_ENOMEM;
        /* split-off clitic: 's 'll 're 've 'd 'm */
        if (j < len) {
            int l2; char a2;
            if (char_class(s + j, len - j, &l2, &a2) == CH_PUNCT && a2 == '\'') {
                size_t k = j + (size_t)l2, m = k;
                while (m < len && tac_isalpha(s[m])) m++;
                if (m > k && m - k <= 2) {
                    if (push_lagged(d, c, text, (uint32_t)j, (uint32_t)m, TK_WORD, 0, base, &done))
                        return TAC_ENOMEM;
                    j = m;
                } else if (m == k && j > start && (s[j - 1] == 's' || s[j - 1] == 'S')) {
                    /* plural possessive: countries' */
                    if (push_lagged(d, c, text, (uint32_t)j, (uint32_t)k, TK_WORD, 0, base, &done))
                        return TAC_ENOMEM;
                    j = k;
                }
            }
        }
        i = j;
    }
    for (; done < c->toks.n; done++)
        if (resolve_tok(d, c, done, &c->keys.v[done - base]))
            return TAC_ENOMEM;
    return TAC_OK;
}

/* ---- sentence splitter ---- */

static int is_punct(const tok *t, char ch)
{
    return t->kind == TK_PUNCT && t->nlen == 1 && t->norm[0] == ch;
}

static int close_quote(const tok *t)
{
    return t->kind == TK_PUNCT && (t->flags & TF_QUOTE);
}

/* Is sentence s written in capitals: more than three words, at least
 * 80% of them in capitals? */
static int sentence_caps(const tac_ctx *c, const sentence *s)
{
    int words = 0, capwords = 0;
    for (int32_t i = s->first; i < s->first + s->ntok; i++) {
        const tok *t = &c->toks.v[i];
        if (t->kind == TK_WORD) {
            words++;
            capwords += (t->flags & TF_ALLCAP) != 0;
        }
    }
    return words > 3 && capwords * 10 >= words * 8;
}

/* cand: a token of it may start a discard phrase */
static int push_sent(tac_ctx *c, int32_t first, int32_t end, int cand)
{
    if (end <= first)
        return TAC_OK;
    sentence s = { first, end - first, c->toks.v[first].start, c->toks.v[end - 1].end, cand != 0, 0 };
    s.caps = sentence_caps(c, &s);
    return VEC_PUSH(c->sents, s) ? TAC_ENOMEM : TAC_OK;
}

#define MAX_SENT_TOKENS 160

int tacx_split_sentences(const tac_dict *d, tac_ctx *c)
{
    tok *t = c->toks.v;
    int32_t n = c->toks.n, first = 0;
    int cand = 0;   /* since first, a token that may start a discard phrase */
    for (int32_t i = 0; i < n; i++) {
        if (i > first && (t[i].flags & TF_PARA)) {
            if (push_sent(c, first, i, cand)) return TAC_ENOMEM;
            first = i;
            cand = 0;
        }
        cand |= t[i].flags & TF_DISCARD;
        int end = 0;
        int32_t after = i + 1;
        if (is_punct(&t[i], '.') || is_punct(&t[i], '!') || is_punct(&t[i], '?') ||
            (t[i].kind == TK_PUNCT && t[i].nlen == 3 && memcmp(t[i].norm, "...", 3) == 0)) {
            while (after < n && (close_quote(&t[after]) || is_punct(&t[after], ')')) && !(t[after].flags & TF_PARA) &&
                   t[after].start == t[after - 1].end)
                after++;
            if (after >= n)
                end = 1;
            else {
                const tok *nx = &t[after];
                end = (nx->flags & (TF_CAP | TF_PARA)) || nx->kind == TK_NUM ||
                      (nx->kind == TK_PUNCT && (nx->flags & TF_QUOTE));
            }
        } else if ((t[i].flags & TF_ABBREV) && i + 1 < n && !(t[i + 1].flags & TF_PARA)) {
            /* "U.S. The ..." ends a sentence; "U.S. Secretary", "Gen. Petraeus"
               and "Jan. 5" do not */
            const tok *nx = &t[i + 1];
            uint32_t acls = tacx_abbrev_class(d, &t[i]);
            uint32_t ncls = nx->cls;
            if (!(acls & (WC_TITLE | WC_MONTH)) && (nx->flags & TF_CAP) && (ncls & WC_SENT_START))
                end = 1;
        }
        if (!end && i - first + 1 >= MAX_SENT_TOKENS)
            end = 1, after = i + 1;
        if (end) {
            /* tokens up to after - 1 are seen; the closing marks after i
               start no phrase */
            if (push_sent(c, first, after, cand)) return TAC_ENOMEM;
            first = after;
            i = after - 1;
            cand = 0;
        }
    }
    return push_sent(c, first, n, cand);
}

/* Is tokens [a, b) just an actor name with determiners or listed
 * adjectives: an item of a list ("Mordor, the Shire, Fornost and Bree")? */
static int list_item(const tac_dict *d, const tac_ctx *c, int a, int b)
{
    int actors = 0;
    for (int i = a; i < b;) {
        const tok *t = &c->toks.v[i];
        int32_t ref;
        int e = tacx_longest_at(d, c, i, b, EK_ACTOR, &ref);
        if (e > i) {
            actors++;
            i = e;
            continue;
        }
        if (t->cls & WC_DET) {
            i++;
            continue;
        }
        e = tacx_longest_at(d, c, i, b, EK_NONVERB, &ref);
        if (e > i) {
            i = e;
            continue;
        }
        return 0;
    }
    return actors > 0;
}

static int count_words(const tac_ctx *c, int a, int b)
{
    int n = 0;
    for (int i = a; i < b; i++)
        n += c->toks.v[i].kind != TK_PUNCT && c->toks.v[i].norm[0] != '\'';
    return n;
}

/* TABARI drops comma-delimited subordinate phrases (", the state's
 * fiercest foe,") before matching actors and verbs: inside a sentence
 * (comma_min..comma_max words), at its end (comma_emin..comma_emax) and at
 * its start (comma_bmin..comma_bmax).  The visible tokens are copied to
 * the end of the token array, so offsets stay true; *s is updated. */
int tacx_drop_subordinate(const tac_dict *d, tac_ctx *c, sentence *s, const tac_options *opt)
{
    int mn = 2, mx = 10, emn = 2, emx = 10, bmn = 255, bmx = 0;
    if (opt->comma_set) {
        mn = opt->comma_min; mx = opt->comma_max;
        emn = opt->comma_emin; emx = opt->comma_emax;
        bmn = opt->comma_bmin; bmx = opt->comma_bmax;
    }
    int lim = s->first + s->ntok, prev = -1, any = 0, ncomma = 0;
    char *hide = arena_alloc(&c->a, (size_t)s->ntok + 1);
    if (!hide)
        return TAC_ENOMEM;
    int end = lim;
    while (end > s->first && c->toks.v[end - 1].kind == TK_PUNCT && !is_punct(&c->toks.v[end - 1], ','))
        end--;   /* the final full stop */
    for (int i = s->first; i < end; i++) {
        if (!is_punct(&c->toks.v[i], ','))
            continue;
        ncomma++;
        if (prev < 0) {
            /* the opening phrase */
            int n = count_words(c, s->first, i);
            if (n >= bmn && n <= bmx && !list_item(d, c, s->first, i)) {
                for (int k = s->first; k <= i; k++)
                    hide[k - s->first] = 1;
                any = 1;
            }
        } else {
            int n = count_words(c, prev + 1, i);
            if (n >= mn && n <= mx && !list_item(d, c, prev + 1, i)) {
                for (int k = prev; k < i; k++)
                    hide[k - s->first] = 1;   /* keep the closing comma */
                any = 1;
                prev = -1;
                continue;
            }
        }
        prev = i;
    }
    if (prev >= 0 && ncomma) {
        /* the closing phrase */
        int n = count_words(c, prev + 1, end);
        if (n >= emn && n <= emx && !list_item(d, c, prev + 1, end)) {
            for (int k = prev; k < end; k++)
                hide[k - s->first] = 1;
            any = 1;
        }
    }
    if (!any)
        return TAC_OK;
    int32_t first = c->toks.n;
    for (int i = s->first; i < lim; i++) {
        if (hide[i - s->first])
            continue;
        tok t = c->toks.v[i];
        if (VEC_PUSH(c->toks, t))
            return TAC_ENOMEM;
    }
    s->first = first;
    s->ntok = c->toks.n - first;
    s->caps = sentence_caps(c, s);
    return TAC_OK;
}

/* A dateline: a place of one to six capitalised words (joined by spaces,
 * '/' or '-': "WASHINGTON/NEW YORK"), perhaps ", Country" ("ATHENS,
 * Greece") or ", Feb 26", perhaps a date ", 12 NOV 89", perhaps an agency
 * in parentheses, then "-", "--", a dash or ':' and a space.  Without an
 * agency or a country the place must be in capitals ("NEW DELHI: "), so
 * that "Iran: talks resume" is a headline, not a dateline. */
static size_t dl_words(const unsigned char *s, size_t i, size_t len, int max, int *upper, int *nw)
{
    *nw = 0;
    *upper = 1;
    while (i < len && *nw < max) {
        if (!(tac_isupper(s[i]) || s[i] >= 0x80))
            break;
        size_t j = i;
        while (j < len && (tac_isalpha(s[j]) || s[j] >= 0x80 || s[j] == '.' || s[j] == '\''))
            *upper &= !tac_islower(s[j++]);
        (*nw)++;
        i = j;
        if (i + 1 < len && (s[i] == ' ' || s[i] == '/' || s[i] == '-') && (tac_isupper(s[i + 1]) || s[i + 1] >= 0x80))
            i++;
        else
            break;
    }
    return i;
}

static size_t digits_end(const unsigned char *s, size_t i, size_t len)
{
    while (i < len && tac_isdigit(s[i]))
        i++;
    return i;
}

/* ", 2004" at s[i]: the end of the year, or i when there is none. */
static size_t comma_year(const unsigned char *s, size_t i, size_t len)
{
    if (i + 2 < len && s[i] == ',' && s[i + 1] == ' ') {
        size_t y = digits_end(s, i + 2, len);
        if (y - i - 2 == 4)
            return y;
    }
    return i;
}

/* " 89" or " 1990" at s[i]: the end of the year, or i when there is none. */
static size_t space_year(const unsigned char *s, size_t i, size_t len)
{
    if (i + 1 < len && s[i] == ' ') {
        size_t y = digits_end(s, i + 1, len);
        if (y - i - 1 == 2 || y - i - 1 == 4)
            return y;
    }
    return i;
}

/* A dateline is a place, with its country in parentheses or after a
 * comma, or a date ("AUGUST 18, 2004"); then a date after a comma (", 12
 * NOV 89", ", 7 FEB", ", Feb 26", ", JUNE 11 89", ", Sept. 30, 2004"),
 * the agency in parentheses, and a dash or colon: "PERTH (AUSTRALIA),
 * JUNE 11 89 (AFP) -- ", "NO CITY (PERU), NO DATE -- ". */
uint32_t tacx_dateline(const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    if (len > 200)
        len = 200;
    while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        i++;
    int upper, nw, placed = 0, agency = 0;   /* placed: ", Greece" or ", Feb 26" */
    size_t start = i;
    i = dl_words(s, i, len, 6, &upper, &nw);
    if (nw == 0)
        return 0;
    if (upper && i - start < 3)
        upper = 0;                        /* "US - China": a headline */
    if (i + 2 < len && s[i] == ' ' && s[i + 1] == '(' && upper) {
        int u2, n2;                       /* "PERTH (AUSTRALIA)," */
        size_t j = dl_words(s, i + 2, len, 4, &u2, &n2);
        if (n2 > 0 && u2 && j + 1 < len && s[j] == ')' && s[j + 1] == ',') {
            i = j + 1;
            placed = 1;
        }
    } else if (nw == 1 && i + 1 < len && s[i] == ' ' && tac_isdigit(s[i + 1])) {
        size_t d = digits_end(s, i + 1, len);   /* "AUGUST 18, 2004" */
        size_t y = comma_year(s, d, len);
        if (d - i - 1 <= 2 && y > d) {
            i = y;
            placed = 1;
        }
    }
    if (i + 2 < len && s[i] == ',' && s[i + 1] == ' ' && tac_isupper(s[i + 2])) {
        int u2, n2;                       /* ", Greece", or ", Feb 26" */
        size_t j = dl_words(s, i + 2, len, 4, &u2, &n2);
        if (n2 == 1 && j + 1 < len && s[j] == ' ' && tac_isdigit(s[j + 1])) {
            size_t d = digits_end(s, j + 1, len);
            if (d - j - 1 <= 2)           /* ", JUNE 11 89", ", Sept. 30, 2004" */
                d = comma_year(s, space_year(s, d, len), len);
            j = d;
        }
        if (n2 > 0) {
            i = j;
            placed = 1;
        }
    }
    if (i + 2 < len && s[i] == ',' && s[i + 1] == ' ' && tac_isdigit(s[i + 2])) {
        size_t j = digits_end(s, i + 2, len);   /* ", 12 NOV 89", ", 7 FEB" */
        size_t k = j + 1, m = k;
        while (m < len && tac_isupper(s[m]))
            m++;
        if (j < len && s[j] == ' ' && m - k >= 3 && m - k <= 4 && j - i - 2 <= 2)
            i = space_year(s, m, len);
        else
            return 0;
    }
    while (i < len && s[i] == ' ')
        i++;
    if (i < len && s[i] == '(') {         /* "(Reuters)" */
        size_t j = i + 1;
        while (j < len && j < i + 42 && s[j] != ')' && s[j] != '(' && s[j] != '\n')
            j++;
        if (j >= len || s[j] != ')' || j == i + 1)
            return 0;
        i = j + 1;
        agency = 1;
        while (i < len && s[i] == ' ')
            i++;
    }
    size_t sep = 0;
    if (i + 1 < len && s[i] == '-' && s[i + 1] == '-')
        sep = 2;
    else if (i < len && (s[i] == '-' || s[i] == ':'))
        sep = 1;
    else if (i + 2 < len && s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0x93 || s[i + 2] == 0x94))
        sep = 3;                          /* en or em dash */
    if (!sep || i + sep >= len || (s[i + sep] != ' ' && s[i + sep] != '\n'))
        return 0;
    if (!agency && !placed && !upper)
        return 0;
    return (uint32_t)(i + sep + 1);
}

/* ---- character references ---- */

/* Text scraped from the web keeps HTML's character references: "&#39;",
 * "&quot;", "&amp;", and in some archives (the AG News corpus) their
 * remains after the ampersand was lost, " #39;s" and " quot;".  They are
 * decoded into a copy of the text that the tokenizer reads; a map takes
 * each byte of the copy back to its place in the document, so that
 * offsets, and the text of events, stay the document's own. */

static const struct { const char *name; uint32_t cp; } ENTITIES[] = {
    { "amp", '&' }, { "quot", '"' }, { "apos", '\'' }, { "lt", '<' }, { "gt", '>' }, { "nbsp", 0xA0 },
    { "rsquo", 0x2019 }, { "lsquo", 0x2018 }, { "rdquo", 0x201D }, { "ldquo", 0x201C }, { "mdash", 0x2014 },
    { "ndash", 0x2013 }, { "hellip", 0x2026 },
};

/* The reference starting at s[i] (at '&', at the '#' of a lost "&#", or
 * at the name of a lost "&name;"): its code point and length, or 0. */
static size_t entity_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
    size_t j = i;
    int amp = s[j] == '&';
    if (amp)
        j++;
    else if (i > 0 && tac_isalnum((unsigned char)s[i - 1]))
        return 0;           /* a lost "&" leaves the name after a space */
    if (j < n && s[j] == '#') {
        uint32_t v = 0;
        size_t k = j + 1, digits = 0;
        int hex = amp && k < n && (s[k] == 'x' || s[k] == 'X');
        if (hex)
            k++;
        for (; k < n && digits < 7; k++, digits++) {
            unsigned char ch = (unsigned char)s[k];
            if (tac_isdigit(ch))
                v = v * (hex ? 16 : 10) + (ch - '0');
            else if (hex && ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f'))
                v = v * 16 + ((ch | 0x20) - 'a' + 10);
            else
                break;
        }
        /* a lost "&#" only with the digits of a common sign: "#39;" */
        if (!digits || k >= n || s[k] != ';' || (!amp && (digits < 2 || digits > 4)))
            return 0;
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) || (v < 0x20 && v != '\t' && v != '\n'))
            return 0;
        *cp = v;
        return k + 1 - i;
    }
    for (size_t e = 0; e < sizeof ENTITIES / sizeof ENTITIES[0]; e++) {
        size_t l = strlen(ENTITIES[e].name);
        if (!amp && e > 3)
            break;          /* lost "&": only amp, quot, apos and lt are seen */
        if (j + l < n && !memcmp(s + j, ENTITIES[e].name, l) && s[j + l] == ';') {
            *cp = ENTITIES[e].cp;
            return j + l + 1 - i;
        }
    }
    return 0;
}

/* Can a reference (or the remains of one) start with byte ch? */
static inline int entity_start(char ch)
{
    return ch == '&' || ch == '#' || ch == 'q' || ch == 'a' || ch == 'l';
}

/* Does the text hold a reference?  Every one ends in ';'. */
static int has_entities(const char *s, size_t n)
{
    uint32_t cp;
    for (const char *p = memchr(s, ';', n); p; p = memchr(p + 1, ';', n - (size_t)(p + 1 - s))) {
        size_t e = (size_t)(p - s);
        for (size_t i = e > 10 ? e - 10 : 0; i < e; i++)
            if (entity_start(s[i]) && entity_at(s, n, i, &cp))
                return 1;
        if (e + 1 >= n)
            break;
    }
    return 0;
}

/* Decodes the references of s[0, n) into out (room for n bytes); map[o]
 * is the offset in s of the byte that gave out[o], map[len] = n.
 * Returns the decoded length. */
static size_t decode_entities(const char *s, size_t n, char *out, uint32_t *map)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t l = entity_start(s[i]) ? entity_at(s, n, i, &cp) : 0;
        if (!l) {
            map[o] = (uint32_t)i;
            out[o++] = s[i++];
            continue;
        }
        /* " #39;s" was "'s": the space stood for the lost "&" */
        if (s[i] != '&' && cp == '\'' && o >= 2 && out[o - 1] == ' ' && tac_isalnum((unsigned char)out[o - 2]))
            o--;
        char u[4];
        size_t k = tacx_utf8_put(cp, u);
        for (size_t q = 0; q < k; q++) {   /* (k <= l: a reference is longer than its bytes) */
            map[o] = (uint32_t)i;
            out[o++] = u[q];
        }
        i += l;
    }
    map[o] = (uint32_t)n;
    return o;
}

int tacx_prepare_doc(const tac_dict *d, tac_ctx *c, const tac_doc *doc)
{
    if (!d || !c || !doc || (!doc->text && doc->text_len))
        return TAC_EINVAL;
    if (doc->text_len > UINT32_MAX - 1)
        return TAC_ELIMIT;
    arena_reset(&c->a);
    c->toks.n = 0;
    c->sents.n = 0;
    c->pre_ids.n = 0;
    c->fold = NULL;
    c->fold_cap = 0;
    c->dateline = 0;
    c->stats.docs++;
    c->stats.bytes += doc->text_len;
    if (doc->text_len == 0)
        return TAC_OK;
    const char *text = doc->text;
    size_t len = doc->text_len;
    uint32_t *map = NULL;
    if (has_entities(text, len)) {
        char *buf = arena_raw(&c->a, len + 1);
        map = arena_raw(&c->a, sizeof(uint32_t) * (len + 1));
        if (!buf || !map)
            return TAC_ENOMEM;
        len = decode_entities(text, len, buf, map);
        buf[len] = 0;
        text = buf;
    }
    int rc = tacx_tokenize(d, c, text, len);
    if (rc == TAC_OK && map)
        for (int32_t i = 0; i < c->toks.n; i++) {   /* offsets in the document */
            tok *t = &c->toks.v[i];
            /* (the end: after the source of the token's last byte, a
               character or a whole reference) */
            uint32_t last = map[t->end - 1], cp;
            size_t l = entity_start(doc->text[last]) ? entity_at(doc->text, doc->text_len, last, &cp) : 0;
            t->start = map[t->start];
            t->end = last + (uint32_t)(l ? l : 1);
        }
    if (rc == TAC_OK)
        rc = tacx_split_sentences(d, c);
    if (rc != TAC_OK)
        return rc;
    c->stats.tokens += (uint64_t)c->toks.n;
    c->stats.sentences += (uint64_t)c->sents.n;
    c->dateline = tacx_opts(d, c)->tabari_compat ? 0 : tacx_dateline(doc->text, doc->text_len);
    return TAC_OK;
}
