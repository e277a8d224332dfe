/*
 * util.c -- small helpers of the public API: result-code names, the
 * library version and the growable byte buffer used by the writers.
 *
 * Invariants of tac_buf: p is NULL or points to cap bytes obtained from
 * malloc/realloc; len <= cap; when cap > len the byte p[len] is kept at
 * '\0' so that callers may treat p as a C string.  A zero-initialised
 * tac_buf is a valid empty buffer.  Nothing here keeps global mutable
 * state.
 */
#include <stdarg.h>
#include <stdio.h>
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Returns a static, human-readable name for a TAC_* result code; never
 * NULL (unknown codes get a generic string). */
const char *tac_errstr(int code)
{
    switch (code) {
    case TAC_OK: return "success";
    case TAC_ENOMEM: return "out of memory";
    case TAC_EIO: return "input/output error";
    case TAC_EPARSE: return "malformed input";
    case TAC_EINVAL: return "invalid argument";
    case TAC_ELIMIT: return "input exceeds a built-in limit";
    case TAC_EABORT: return "stopped by a callback";
    default: return "unknown error";
    }
}

/* Returns the static version string, e.g. "0.1.0". */
const char *tac_version(void)
{
    return TAC_VERSION;
}

/* Appends n bytes of s to b, growing the storage by doubling.  Returns
 * TAC_OK, TAC_EINVAL for a NULL buffer (or NULL s with n > 0), or
 * TAC_ENOMEM, in which case b is unchanged.  b owns its storage; release
 * it with tac_buf_free(). */
/* Makes room for n more bytes and the NUL after them. */
int tacx_buf_reserve(tac_buf *b, size_t n)
{
    if (n < b->cap - b->len && b->p)
        return TAC_OK;
    size_t need = b->len + n + 1; /* +1 keeps room for the NUL */
    if (need < b->len)
        return TAC_ENOMEM; /* overflow */
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) {
        if (cap > SIZE_MAX / 2)
            return TAC_ENOMEM;
        cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p)
        return TAC_ENOMEM;
    b->p = p;
    b->cap = cap;
    return TAC_OK;
}

int tac_buf_append(tac_buf *b, const char *s, size_t n)
{
    if (!b || (!s && n))
        return TAC_EINVAL;
    if (tacx_buf_reserve(b, n))
        return TAC_ENOMEM;
    if (n)
        memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
    return TAC_OK;
}

int tac_buf_vprintf(tac_buf *b, const char *fmt, va_list ap)
{
    if (!b || !fmt)
        return TAC_EINVAL;
    char tmp[256];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    int rc;
    if (n < 0)
        rc = TAC_EINVAL;
    else if ((size_t)n < sizeof tmp)
        rc = tac_buf_append(b, tmp, (size_t)n);
    else if (tacx_buf_reserve(b, (size_t)n))      /* longer: format into the buffer */
        rc = TAC_ENOMEM;
    else {
        vsnprintf(b->p + b->len, b->cap - b->len, fmt, again);
        b->len += (size_t)n;
        rc = TAC_OK;
    }
    va_end(again);
    return rc;
}

int tac_buf_printf(tac_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = tac_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return rc;
}

/* Releases b's storage and resets it to empty; accepts NULL. */
void tac_buf_free(tac_buf *b)
{
    if (!b)
        return;
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

/* ---- word lists' filters (see tok_in) ---- */

struct wl_filter *_Atomic tacx_wl_table[WL_SLOTS];

/* The filter of words: found in the table, or built and put there.  Two
 * threads may build the same list's filter at once; one keeps its copy,
 * the other frees its own and takes that one.  NULL when there is no
 * memory or no room (tok_in then reads the whole list). */
const struct wl_filter *tacx_wl_add(const char *const *words)
{
    unsigned i = wl_slot(words);
    for (unsigned n = 0; n < WL_SLOTS; n++, i = (i + 1) & (WL_SLOTS - 1)) {
        struct wl_filter *f = atomic_load_explicit(&tacx_wl_table[i], memory_order_acquire);
        if (f) {
            if (f->words == words)
                return f;
            continue;
        }
        struct wl_filter *nf = calloc(1, sizeof *nf);
        if (!nf)
            return NULL;
        nf->words = words;
        for (const char *const *w = words; *w; w++)
            wl_set(nf, (uint16_t)fnv_final(hash_raw(*w, strlen(*w))));
        struct wl_filter *expect = NULL;
        if (atomic_compare_exchange_strong_explicit(&tacx_wl_table[i], &expect, nf, memory_order_acq_rel,
                                                    memory_order_acquire))
            return nf;
        free(nf);
        if (expect->words == words)
            return expect;
    }
    return NULL;
}
