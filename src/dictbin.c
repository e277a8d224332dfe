/*
 * dictbin.c -- compiled dictionaries on disk: tac_dict_save() writes every
 * array of a struct tac_dict into one file, tac_dict_load() maps that file
 * read-only and points the arrays into the mapping.
 *
 * File layout (host byte order; a marker in the header rejects the other):
 *
 *   header   magic "TACDICT", format version, byte-order marker, sizes,
 *            a 64-bit FNV-1a checksum of the whole file (bytes for the
 *            header, taken with the checksum field zero; 64-bit words for
 *            the rest), the source-file hash, the scalar fields, and one
 *            section record (offset, element size, count) per array
 *   arrays   each at an offset aligned to SEC_ALIGN, in table order
 *
 * Invariants:
 *   - the file holds offsets, never pointers; every element type is plain
 *     data whose size is checked at compile time and again at load time;
 *   - SCALARS and ARRAYS below list every field of struct tac_dict that
 *     is serialized; a static assertion on the size of the struct fails
 *     the build when a field is added without updating them (and then
 *     DICTBIN_VERSION must be raised);
 *   - each array's element count is derived from the scalars, and the
 *     loader checks the recorded count, alignment and bounds against it
 *     before any pointer is set, so a damaged file is an error, never a
 *     crash;
 *   - a loaded dictionary is never written: the mapping is PROT_READ.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal.h"

#ifndef TAC_DATADIR
#define TAC_DATADIR "/usr/local/share/tacitus"
#endif

#define DICTBIN_VERSION 14u
#define BYTE_ORDER_MARK 0x01020304u
#define SEC_ALIGN 64
static const char MAGIC[8] = { 'T', 'A', 'C', 'D', 'I', 'C', 'T', 0 };

/* ---- what is serialized ---- */

/* Scalar fields: each stored in one 64-bit slot of the header. */
typedef struct scalar_field {
    size_t off, size;
} scalar_field;

#define SC(field) { offsetof(struct tac_dict, field), sizeof(((struct tac_dict *)0)->field) }
static const scalar_field SCALARS[] = {
    SC(pool_len), SC(nwords), SC(word_hash_mask), SC(prefix_lens), SC(prefix_long),
    SC(nelems), SC(nesig), SC(npat_esig), SC(nphrases), SC(nalt_phr), SC(nsyn_phr), SC(nsynsets), SC(nentries),
    SC(ndcodes), SC(nactors), SC(nagents), SC(nverbs), SC(npatterns),
    SC(source_hash),
};
#undef SC
#define NSCALARS ((int)(sizeof SCALARS / sizeof SCALARS[0]))
#define MAX_SCALARS 40

/* Arrays: the pointer field, the element size and where the element count
 * comes from (an int32 count field, or the uint32 hash mask, plus extra).
 * Adding an array to struct tac_dict is one line here.  CNT_INLINE marks
 * a plain-data struct kept inside struct tac_dict itself (the options and
 * the counts), stored as a section of one element so that a change of its
 * size is caught by the element-size check. */
enum { CNT_I32, CNT_MASK, CNT_INLINE };
typedef struct array_field {
    const char *name;
    size_t ptr_off, elem;
    size_t cnt_off;
    int cnt_kind, extra;
} array_field;

#define ARR(ptr, cnt, kind, extra) \
    { #ptr, offsetof(struct tac_dict, ptr), sizeof(*((struct tac_dict *)0)->ptr), \
      offsetof(struct tac_dict, cnt), kind, extra }
static const array_field ARRAYS[] = {
    ARR(pool, pool_len, CNT_I32, 0),
    ARR(word_off, nwords, CNT_I32, 0),
    ARR(word_hash, word_hash_mask, CNT_MASK, 1),
    ARR(word_is_prefix, nwords, CNT_I32, 0),
    ARR(word_discard, nwords, CNT_I32, 0),
    ARR(word_class, nwords, CNT_I32, 1),
    ARR(elems, nelems, CNT_I32, 0),
    ARR(esig, nesig, CNT_I32, 0),
    ARR(elem_esig, nelems, CNT_I32, 0),
    ARR(pat_esig, npat_esig, CNT_I32, 0),
    ARR(phrases, nphrases, CNT_I32, 0),
    ARR(alt_phr, nalt_phr, CNT_I32, 0),
    ARR(syn_phr, nsyn_phr, CNT_I32, 0),
    ARR(synsets, nsynsets, CNT_I32, 0),
    ARR(entries, nentries, CNT_I32, 0),
    ARR(first_start, nwords, CNT_I32, 2),
    ARR(by_first, nentries, CNT_I32, 0),
    ARR(first_next, nwords, CNT_I32, 0),
    ARR(dcodes, ndcodes, CNT_I32, 0),
    ARR(actors, nactors, CNT_I32, 0),
    ARR(agents, nagents, CNT_I32, 0),
    ARR(verbs, nverbs, CNT_I32, 0),
    ARR(patterns, npatterns, CNT_I32, 0),
#define INL(f) { #f, offsetof(struct tac_dict, f), sizeof(((struct tac_dict *)0)->f), 0, CNT_INLINE, 1 }
    INL(opt),
    INL(prefix_filter),
    INL(stats),
#undef INL
#undef ARR
};
#define NARRAYS ((int)(sizeof ARRAYS / sizeof ARRAYS[0]))
#define MAX_ARRAYS 32

/* The element types are written byte for byte: they must hold no
 * pointers and keep these sizes (raise DICTBIN_VERSION when one changes). */
_Static_assert(sizeof(celem) == 12, "celem layout changed: update dictbin.c");
_Static_assert(sizeof(cphrase) == 12, "cphrase layout changed: update dictbin.c");
_Static_assert(sizeof(centry) == 12, "centry layout changed: update dictbin.c");
_Static_assert(sizeof(cdcode) == 12, "cdcode layout changed: update dictbin.c");
_Static_assert(sizeof(cactor) == 16, "cactor layout changed: update dictbin.c");
_Static_assert(sizeof(cagent) == 8, "cagent layout changed: update dictbin.c");
_Static_assert(sizeof(cpattern) == 32, "cpattern layout changed: update dictbin.c");
_Static_assert(sizeof(cverb) == 16, "cverb layout changed: update dictbin.c");
_Static_assert(sizeof(csynset) == 12, "csynset layout changed: update dictbin.c");
_Static_assert(sizeof(uint64_t[4]) == 32, "esig element");
_Static_assert(sizeof(struct wslot) == 16, "word table slot");
_Static_assert(sizeof(cfirst) == 16, "cfirst layout changed: update dictbin.c");
#if UINTPTR_MAX == UINT64_MAX
/* 23 array pointers, 15 int32 counts, the hash mask, prefix_lens,
 * prefix_long, source_hash, map/map_len (not serialized), padding; opt,
 * stats and the prefix filter are plain data (no pointers) stored whole. */
_Static_assert(sizeof(struct tac_dict) - sizeof(tac_options) - sizeof(tac_dict_stats) -
                   sizeof(struct prefix_filter) == 348,
               "struct tac_dict changed: update SCALARS/ARRAYS in dictbin.c and DICTBIN_VERSION");
#endif

typedef struct section {
    uint64_t off, count;
    uint32_t elem, pad;
} section;

typedef struct header {
    char magic[8];
    uint32_t version, byte_order;
    uint32_t header_size, nscalars, narrays, pad;
    uint64_t file_size;
    uint64_t checksum;
    uint64_t scalar[MAX_SCALARS];
    section sec[MAX_ARRAYS];
} header;
_Static_assert(NSCALARS <= MAX_SCALARS, "raise MAX_SCALARS");
_Static_assert(NARRAYS <= MAX_ARRAYS, "raise MAX_ARRAYS");

/* ---- hashing ---- */

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static uint64_t fnv1a(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= FNV_PRIME;
    }
    return h;
}

/* FNV-1a taken over 64-bit words instead of bytes (then the tail bytes):
 * eight times fewer multiplications, and still every change of a single
 * word changes the result (xor and multiplication by an odd number are
 * both one-to-one). */
static uint64_t fnv1a_words(uint64_t h, const unsigned char *s, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h ^= w;
        h *= FNV_PRIME;
    }
    return fnv1a(h, s + i, n - i);
}

/* Checksum of a whole file image: the header with its checksum field
 * zero, then everything after the header. */
static uint64_t image_checksum(const unsigned char *img, size_t len)
{
    header h;
    memcpy(&h, img, sizeof h);
    h.checksum = 0;
    uint64_t c = fnv1a(FNV_OFFSET, &h, sizeof h);
    return fnv1a_words(c, img + sizeof h, len - sizeof h);
}

void tacx_source_mix(uint64_t *h, const char *path)
{
    struct stat st;
    uint64_t rec[3] = { 0, 0, 0 };
    if (path && stat(path, &st) == 0) {
        rec[0] = (uint64_t)st.st_size;
        rec[1] = (uint64_t)st.st_mtim.tv_sec;
        rec[2] = (uint64_t)st.st_mtim.tv_nsec;
    }
    uint64_t x = fnv1a(*h ? *h : FNV_OFFSET, path ? path : "", path ? strlen(path) + 1 : 1);
    *h = fnv1a(x, rec, sizeof rec);
}

uint64_t tac_dict_source_hash(const tac_dict *d)
{
    return d ? d->source_hash : 0;
}

/* Lists the directory with tacx_default_files(), as
 * tac_builder_add_defaults() does, so the hashes agree. */
int tac_dict_defaults_hash(const char *dir, uint64_t *out)
{
    if (!out)
        return TAC_EINVAL;
    *out = 0;
    if (!dir)
        dir = TAC_DATADIR "/dict";
    char *names[TACX_MAX_DEFAULT_FILES];
    int n = tacx_default_files(dir, names);
    if (n < 0)
        return n;
    uint64_t h = 0;
    for (int i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        tacx_source_mix(&h, path);
        free(names[i]);
    }
    *out = h;
    return n ? TAC_OK : TAC_EIO;
}

/* ---- field access ---- */

static void *field(const void *d, size_t off)
{
    return (char *)d + off;
}

/* Element count of array a in dictionary d, or -1 when the count field
 * is negative. */
static int64_t array_count(const tac_dict *d, const array_field *a)
{
    if (a->cnt_kind == CNT_INLINE)
        return 1;
    if (a->cnt_kind == CNT_MASK) {
        uint32_t m;
        memcpy(&m, field(d, a->cnt_off), sizeof m);
        return (int64_t)m + a->extra;
    }
    int32_t n;
    memcpy(&n, field(d, a->cnt_off), sizeof n);
    return n < 0 ? -1 : (int64_t)n + a->extra;
}

static uint64_t align_up(uint64_t x)
{
    return (x + SEC_ALIGN - 1) & ~(uint64_t)(SEC_ALIGN - 1);
}

/* ---- saving ---- */

int tac_dict_save(const tac_dict *d, const char *path)
{
    if (!d || !path)
        return TAC_EINVAL;
    header *h = calloc(1, sizeof *h);
    if (!h)
        return TAC_ENOMEM;
    memcpy(h->magic, MAGIC, sizeof MAGIC);
    h->version = DICTBIN_VERSION;
    h->byte_order = BYTE_ORDER_MARK;
    h->header_size = sizeof *h;
    h->nscalars = NSCALARS;
    h->narrays = NARRAYS;
    for (int i = 0; i < NSCALARS; i++)
        memcpy(&h->scalar[i], field(d, SCALARS[i].off), SCALARS[i].size);
    uint64_t off = align_up(sizeof *h);
    for (int i = 0; i < NARRAYS; i++) {
        const array_field *a = &ARRAYS[i];
        int64_t n = array_count(d, a);
        const void *p = a->cnt_kind == CNT_INLINE ? field(d, a->ptr_off) : NULL;
        if (!p)
            memcpy(&p, field(d, a->ptr_off), sizeof p);
        if (n < 0 || (n > 0 && !p)) {
            free(h);
            return TAC_EINVAL;
        }
        h->sec[i].off = off;
        h->sec[i].count = (uint64_t)n;
        h->sec[i].elem = (uint32_t)a->elem;
        off = align_up(off + (uint64_t)n * a->elem);
    }
    h->file_size = off;
    if (off > SIZE_MAX) {
        free(h);
        return TAC_ELIMIT;
    }
    unsigned char *img = calloc(1, (size_t)off);
    if (!img) {
        free(h);
        return TAC_ENOMEM;
    }
    for (int i = 0; i < NARRAYS; i++) {
        const void *p = ARRAYS[i].cnt_kind == CNT_INLINE ? field(d, ARRAYS[i].ptr_off) : NULL;
        if (!p)
            memcpy(&p, field(d, ARRAYS[i].ptr_off), sizeof p);
        if (h->sec[i].count)
            memcpy(img + h->sec[i].off, p, (size_t)(h->sec[i].count * h->sec[i].elem));
    }
    memcpy(img, h, sizeof *h);
    h->checksum = image_checksum(img, (size_t)off);
    memcpy(img, h, sizeof *h);
    free(h);

    /* temporary file beside the target, then an atomic rename */
    size_t pl = strlen(path);
    char *tmp = malloc(pl + 32);
    if (!tmp) {
        free(img);
        return TAC_ENOMEM;
    }
    snprintf(tmp, pl + 32, "%s.tmp.%ld", path, (long)getpid());
    int rc = TAC_OK;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        rc = TAC_EIO;
    } else {
        size_t done = 0;
        while (done < (size_t)off) {
            ssize_t w = write(fd, img + done, (size_t)off - done);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                rc = TAC_EIO;
                break;
            }
            done += (size_t)w;
        }
        if (close(fd) != 0)
            rc = TAC_EIO;
        if (rc == TAC_OK && rename(tmp, path) != 0)
            rc = TAC_EIO;
        if (rc != TAC_OK)
            unlink(tmp);
    }
    free(tmp);
    free(img);
    return rc;
}

/* ---- loading ---- */

static int load_fail(tac_diag_fn diag, void *ud, const char *path, int rc, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static int load_fail(tac_diag_fn diag, void *ud, const char *path, int rc, const char *fmt, ...)
{
    if (diag) {
        char msg[512];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
        diag(ud, TAC_DIAG_ERROR, path, 0, msg);
    }
    return rc;
}

/* Checks a mapped image; fills d's scalars and pointers when it is sound. */
/* Every index and string offset inside the arrays points into its
 * target array: a file that passes the checksum but was written by a
 * faulty or hostile program is refused here instead of being read out of
 * bounds later.  Returns NULL, or what is wrong. */
#define IN(x, n) ((x) >= 0 && (int64_t)(x) < (int64_t)(n))
#define RANGE(lo, cnt, n) ((lo) >= 0 && (cnt) >= 0 && (int64_t)(lo) + (cnt) <= (int64_t)(n))
static const char *check_refs(const tac_dict *d)
{
    if (d->pool_len < 1 || d->nwords < 0 || d->nelems < 0 || d->nphrases < 0 || d->nentries < 0)
        return "negative count";
    for (int32_t i = 0; i < d->nwords; i++)
        if (!IN(d->word_off[i], d->pool_len))
            return "word string";
    int empty = 0;
    for (uint32_t k = 0; k <= d->word_hash_mask; k++) {
        if (d->word_hash[k].id < -1 || d->word_hash[k].id >= d->nwords)
            return "word table slot";
        empty |= d->word_hash[k].id < 0;
    }
    if (!empty)
        return "word table full";   /* a probe would never end */
    for (int32_t i = 0; i < d->nelems; i++)
        if (!IN(d->elem_esig[i], d->nesig))
            return "element signature";
    for (int32_t i = 0; i < d->nelems; i++) {
        const celem *e = &d->elems[i];
        switch (e->kind) {
        case PE_WORD:     /* -1: a word in no text, which matches nothing */
            if (e->id < -1 || e->id >= d->nwords)
                return "element word";
            break;
        case PE_SYNSET:   /* -1: a set never defined, which matches nothing */
            if (e->id < -1 || e->id >= d->nsynsets)
                return "element synonym set";
            break;
        case PE_ALT:
            if (!RANGE(e->id, e->nalts, d->nalt_phr))
                return "element alternatives";
            break;
        case PE_SOURCE: case PE_TARGET: case PE_COMPOUND: case PE_SKIP: case PE_VERB:
            break;
        default:
            return "element kind";
        }
    }
    for (int32_t i = 0; i < d->nphrases; i++) {
        const cphrase *p = &d->phrases[i];
        if (!RANGE(p->elem, p->n, d->nelems) || p->verb_at < -1 || p->verb_at >= p->n)
            return "phrase";
    }
    for (int32_t i = 0; i < d->nalt_phr; i++)
        if (!IN(d->alt_phr[i], d->nphrases))
            return "alternative";
    for (int32_t i = 0; i < d->nsyn_phr; i++)
        if (!IN(d->syn_phr[i], d->nphrases))
            return "synonym";
    for (int32_t i = 0; i < d->nsynsets; i++)
        if (!IN(d->synsets[i].name, d->pool_len) || !RANGE(d->synsets[i].phr, d->synsets[i].nphr, d->nsyn_phr))
            return "synonym set";
    for (int32_t i = 0; i < d->nentries; i++) {
        const centry *e = &d->entries[i];
        if (!IN(e->phrase, d->nphrases) || d->phrases[e->phrase].n < 1)
            return "entry phrase";
        int ok;
        switch (e->kind) {
        case EK_ACTOR: ok = IN(e->ref, d->nactors); break;
        case EK_AGENT: ok = IN(e->ref, d->nagents); break;
        case EK_VERB: ok = IN(e->ref, d->nverbs); break;
        case EK_NONVERB: ok = 1; break;
        case EK_DISCARD: ok = IN(e->ref, d->pool_len); break;
        default: ok = 0;
        }
        if (!ok)
            return "entry reference";
    }
    /* the first-word index: nwords + 1 ascending bounds within by_first */
    if (d->first_start[0] != 0 || d->first_start[d->nwords] > d->nentries)
        return "first-word index";
    for (int32_t w = 0; w < d->nwords; w++)
        if (d->first_start[w] > d->first_start[w + 1])
            return "first-word index";
    for (int32_t i = 0; i < d->first_start[d->nwords]; i++) {
        const cfirst *f = &d->by_first[i];
        if (!IN(f->entry, d->nentries) || f->next < -1 || f->next >= d->nwords)
            return "first-word entry";
        /* the copies of the entry's fields are what the coder uses */
        const centry *e = &d->entries[f->entry];
        if (f->kind != e->kind || f->flags != e->flags || f->ref != e->ref)
            return "first-word entry copy";
    }
    for (int32_t i = 0; i < d->ndcodes; i++)
        if (!IN(d->dcodes[i].code, d->pool_len))
            return "actor code";
    for (int32_t i = 0; i < d->nactors; i++)
        if (!RANGE(d->actors[i].codes, d->actors[i].ncodes, d->ndcodes) || d->actors[i].name < -1 ||
            d->actors[i].name >= d->nphrases)
            return "actor";
    for (int32_t i = 0; i < d->nagents; i++)
        if (!IN(d->agents[i].code, d->pool_len))
            return "agent";
    for (int32_t i = 0; i < d->nverbs; i++) {
        const cverb *v = &d->verbs[i];
        if (!IN(v->code, d->pool_len) || !RANGE(v->pats, v->npats, d->npatterns) || v->name < -1 ||
            v->name >= d->nphrases)
            return "verb";
    }
    for (int32_t i = 0; i < d->npatterns; i++) {
        const cpattern *p = &d->patterns[i];
        if (!IN(p->phrase, d->nphrases) || !IN(p->code, d->pool_len) || p->nneed > 3)
            return "pattern";
        /* the copy of the phrase's fields, and its signature ids (the
           phrases are checked above) */
        const cphrase *ph = &d->phrases[p->phrase];
        if (p->elem != ph->elem || p->n != ph->n || p->verb_at != ph->verb_at || !RANGE(p->esig, p->n, d->npat_esig))
            return "pattern copy";
        for (int32_t k = 0; k < p->n; k++)
            if (!IN(d->pat_esig[p->esig + k], d->nesig))
                return "pattern signature";
    }
    return NULL;
}
#undef IN
#undef RANGE

static int check_image(const unsigned char *img, size_t len, tac_dict *d,
                       const char *path, tac_diag_fn diag, void *ud)
{
    if (len < sizeof(header))
        return load_fail(diag, ud, path, TAC_EPARSE, "compiled dictionary: truncated header (%zu bytes)", len);
    header h;
    memcpy(&h, img, sizeof h);
    if (memcmp(h.magic, MAGIC, sizeof MAGIC) != 0)
        return load_fail(diag, ud, path, TAC_EPARSE, "not a compiled tacitus dictionary");
    if (h.byte_order != BYTE_ORDER_MARK)
        return load_fail(diag, ud, path, TAC_EPARSE, "compiled dictionary written with another byte order");
    if (h.version != DICTBIN_VERSION)
        return load_fail(diag, ud, path, TAC_EPARSE,
                         "compiled dictionary format version %u, this build reads version %u: compile it again",
                         h.version, DICTBIN_VERSION);
    if (h.header_size != sizeof h || h.nscalars != NSCALARS || h.narrays != NARRAYS)
        return load_fail(diag, ud, path, TAC_EPARSE, "compiled dictionary: unexpected header layout");
    if (h.file_size != len)
        return load_fail(diag, ud, path, TAC_EPARSE,
                         "compiled dictionary: size %zu bytes, header says %llu (truncated or extended)",
                         len, (unsigned long long)h.file_size);
    if (image_checksum(img, len) != h.checksum)
        return load_fail(diag, ud, path, TAC_EPARSE, "compiled dictionary: checksum mismatch (corrupt file)");
    for (int i = 0; i < NSCALARS; i++)
        memcpy(field(d, SCALARS[i].off), &h.scalar[i], SCALARS[i].size);
    for (int i = 0; i < NARRAYS; i++) {
        const array_field *a = &ARRAYS[i];
        const section *s = &h.sec[i];
        int64_t n = array_count(d, a);
        if (n < 0 || s->count != (uint64_t)n || s->elem != a->elem || s->off % SEC_ALIGN ||
            s->off < sizeof h || s->off > len || s->count > (len - s->off) / a->elem)
            return load_fail(diag, ud, path, TAC_EPARSE, "compiled dictionary: bad section '%s'", a->name);
        const void *p = img + s->off;
        if (a->cnt_kind == CNT_INLINE)
            memcpy(field(d, a->ptr_off), p, a->elem);
        else
            memcpy(field(d, a->ptr_off), &p, sizeof p);
    }
    /* cheap consistency checks on what the coder relies on */
    if (d->word_hash_mask & (d->word_hash_mask + 1))
        return load_fail(diag, ud, path, TAC_EPARSE, "compiled dictionary: bad word hash size");
    if (d->pool_len > 0 && d->pool[d->pool_len - 1] != 0)
        return load_fail(diag, ud, path, TAC_EPARSE, "compiled dictionary: string pool not terminated");
    const char *bad = check_refs(d);
    if (bad)
        return load_fail(diag, ud, path, TAC_EPARSE, "compiled dictionary: bad reference (%s)", bad);
    return TAC_OK;
}

int tac_dict_load(const char *path, tac_dict **out, tac_diag_fn diag, void *ud)
{
    if (!path || !out)
        return TAC_EINVAL;
    *out = NULL;
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return load_fail(diag, ud, path, TAC_EIO, "cannot open: %s", strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return load_fail(diag, ud, path, TAC_EIO, "not a regular file");
    }
    size_t len = (size_t)st.st_size;
    if (len < sizeof(header)) {
        close(fd);
        return load_fail(diag, ud, path, TAC_EPARSE, "compiled dictionary: truncated header (%zu bytes)", len);
    }
    void *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED)
        return load_fail(diag, ud, path, TAC_EIO, "cannot map: %s", strerror(errno));
    tac_dict *d = calloc(1, sizeof *d);
    if (!d) {
        munmap(map, len);
        return TAC_ENOMEM;
    }
    int rc = check_image(map, len, d, path, diag, ud);
    if (rc != TAC_OK) {
        free(d);
        munmap(map, len);
        return rc;
    }
    d->map = map;
    d->map_len = len;
    *out = d;
    return TAC_OK;
}

void tacx_dict_unmap(tac_dict *d)
{
    if (!d)
        return;
    if (d->map)
        munmap(d->map, d->map_len);
    free(d);
}
