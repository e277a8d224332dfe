/*
 * emit.h -- private JSON and UTF-8 helpers shared by the writers and the
 * input reader (implemented in emit.c).
 *
 * All functions are pure or write only into the tac_buf they are given;
 * none allocates except through tac_buf_append.
 */
#ifndef TAC_EMIT_H
#define TAC_EMIT_H

#include <string.h>

#include "tacitus.h"

/* tac_buf_append without the call when the bytes fit, as they nearly
 * always do once the buffer has grown to its working size; the same
 * results otherwise. */
static inline int tacx_buf_put(tac_buf *out, const char *s, size_t n)
{
    if (out && s && out->p && n < out->cap - out->len) {
        memcpy(out->p + out->len, s, n);
        out->len += n;
        out->p[out->len] = '\0';
        return TAC_OK;
    }
    return tac_buf_append(out, s, n);
}

/* Appends s[0..n) to out as a JSON string literal, surrounding double
 * quotes included.  '"', '\\' and control characters are escaped; each
 * byte that is not part of a well-formed UTF-8 sequence is replaced by
 * U+FFFD, so the output is always valid JSON.  s need not be
 * NUL-terminated and may contain NUL bytes (written as \u0000).
 * Returns TAC_OK or TAC_ENOMEM (out is then restored to its old length). */
int tacx_json_escape(tac_buf *out, const char *s, size_t n);

/* Length of the well-formed UTF-8 sequence at s[0..n) (1..4), or 0 when
 * the byte at s starts no valid sequence (stray continuation byte,
 * overlong form, surrogate, code point above U+10FFFF, truncation).
 * n must be at least 1. */
size_t tacx_utf8_seq_len(const unsigned char *s, size_t n);

/* Byte offset of the first byte of s[0..n) that is not part of
 * well-formed UTF-8, or n when all of it is valid. */
size_t tacx_utf8_check(const char *s, size_t n);

#endif /* TAC_EMIT_H */
