/*
 * swar.h -- tests on eight bytes at once, for the scanners of JSON and
 * text: which bytes of a 64-bit word equal a character, or lie below a
 * bound.  Each result has the high bit of every such byte set and no
 * other bit; there are no carries between bytes, so the results are
 * exact, not just "some byte may".
 */
#ifndef TAC_SWAR_H
#define TAC_SWAR_H

#include <stdint.h>
#include <string.h>

#define SWAR_ONES 0x0101010101010101ull
#define SWAR_HIGHS 0x8080808080808080ull

static inline uint64_t swar_load(const void *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

/* the bytes of w equal to c */
static inline uint64_t swar_eq(uint64_t w, unsigned char c)
{
    uint64_t x = w ^ (SWAR_ONES * c);
    return ~(((x & ~SWAR_HIGHS) + ~SWAR_HIGHS) | x | ~SWAR_HIGHS);
}

/* the bytes of w below b (1 <= b <= 0x80), counting a byte of 0x80 or
 * more as not below */
static inline uint64_t swar_below(uint64_t w, unsigned char b)
{
    return ~(((w & ~SWAR_HIGHS) + SWAR_ONES * (0x80 - b)) | w) & SWAR_HIGHS;
}

/* the bytes of w from lo to hi (lo >= 1, hi < 0x80) */
static inline uint64_t swar_range(uint64_t w, unsigned char lo, unsigned char hi)
{
    return swar_below(w, (unsigned char)(hi + 1)) & ~swar_below(w, lo);
}

/* the ASCII letters and digits of w */
static inline uint64_t swar_alnum(uint64_t w)
{
    return swar_range(w, '0', '9') | swar_range(w | (SWAR_ONES * 0x20), 'a', 'z');
}

#endif
