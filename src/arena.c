/*
 * arena.c -- per-document bump allocator and small shared helpers.
 *
 * Invariant: arena_reset() keeps the largest block so that steady-state
 * coding of a stream of documents does no malloc at all.
 */
#include <stdlib.h>
#include <stdalign.h>
#include "internal.h"

#define ARENA_MIN (64 * 1024)
#define ALIGN_UP(n) (((n) + alignof(max_align_t) - 1) & ~(alignof(max_align_t) - 1))

/* Like arena_alloc, without zeroing: for arrays the caller fills. */
void *arena_raw(arena *a, size_t n)
{
    n = ALIGN_UP(n ? n : 1);
    arena_block *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > ARENA_MIN ? n : ARENA_MIN;
        if (b && cap < b->cap * 2 && n <= b->cap * 2)
            cap = b->cap * 2;
        arena_block *nb = malloc(ALIGN_UP(sizeof(arena_block)) + cap);
        if (!nb)
            return NULL;
        nb->cap = cap;
        nb->used = 0;
        nb->next = b;
        a->head = b = nb;
    }
    char *p = (char *)b + ALIGN_UP(sizeof(arena_block)) + b->used;
    b->used += n;
    return p;
}

void *arena_alloc(arena *a, size_t n)
{
    void *p = arena_raw(a, n);
    if (p)
        memset(p, 0, n ? n : 1);
    return p;
}

char *arena_strdup(arena *a, const char *s, size_t n)
{
    char *p = arena_raw(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = 0;
    }
    return p;
}

void arena_reset(arena *a)
{
    /* keep the biggest block, free the rest */
    arena_block *keep = NULL;
    for (arena_block *b = a->head; b;) {
        arena_block *next = b->next;
        if (!keep || b->cap > keep->cap) {
            if (keep)
                free(keep);
            keep = b;
        } else {
            free(b);
        }
        b = next;
    }
    if (keep) {
        keep->next = NULL;
        keep->used = 0;
    }
    a->head = keep;
}

void arena_free(arena *a)
{
    for (arena_block *b = a->head; b;) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

int tacx_vec_grow(void **v, int32_t *cap, int32_t need, size_t elem)
{
    int32_t nc = *cap ? *cap : 16;
    while (nc < need) {
        if (nc > INT32_MAX / 2)
            return -1;
        nc *= 2;
    }
    void *p = realloc(*v, (size_t)nc * elem);
    if (!p)
        return -1;
    *v = p;
    *cap = nc;
    return 0;
}

/* FNV-1a, 64-bit: short keys, good enough spread for power-of-two tables. */
uint64_t hash_bytes(const char *s, size_t n)
{
    return fnv_final(hash_raw(s, n));
}
