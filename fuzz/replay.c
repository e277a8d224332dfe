/*
 * replay.c -- a plain main() for the fuzz targets, for builds without
 * libFuzzer (gcc): every file named on the command line, and every
 * regular file in the directories named there (recursively, in name
 * order), is read and passed once to LLVMFuzzerTestOneInput().
 *
 * Built with -fsanitize=address,undefined this replays the corpora in
 * `make test`.  A failing input aborts the process with the sanitizer's
 * report; with FUZZ_REPLAY_VERBOSE=1 each input's name is printed before
 * it runs, so the culprit is the last name shown.  At the end:
 * "fuzz replay: N inputs, 0 crashes (TARGET)".  Exit status 1 when a
 * named file or directory cannot be read.
 */
#include "fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static long inputs;
static int verbose;

/* Reads a whole file into an exact-size buffer.  OUT: *out (caller
 * frees), *len.  Returns 0 or -1. */
static int read_file(const char *path, uint8_t **out, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    size_t cap = 4096, n = 0;
    uint8_t *p = malloc(cap);
    while (p) {
        size_t r = fread(p + n, 1, cap - n, f);
        n += r;
        if (n < cap) {
            if (ferror(f)) {
                free(p);
                p = NULL;
            }
            break;
        }
        uint8_t *q = realloc(p, cap * 2);
        if (!q) {
            free(p);
            p = NULL;
        }
        p = q;
        cap *= 2;
    }
    fclose(f);
    if (!p)
        return -1;
    /* exact size, so that a read past the end is caught */
    uint8_t *exact = malloc(n ? n : 1);
    if (!exact) {
        free(p);
        return -1;
    }
    memcpy(exact, p, n);
    free(p);
    *out = exact;
    *len = n;
    return 0;
}

static int run_file(const char *path)
{
    uint8_t *data;
    size_t len;
    if (read_file(path, &data, &len) != 0) {
        fprintf(stderr, "fuzz replay: cannot read %s\n", path);
        return -1;
    }
    if (verbose) {
        fprintf(stderr, "fuzz replay: %s (%zu bytes)\n", path, len);
        fflush(stderr);
    }
    LLVMFuzzerTestOneInput(data, len);
    free(data);
    inputs++;
    return 0;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "fuzz replay: no such file or directory: %s\n", path);
        return -1;
    }
    if (!S_ISDIR(st.st_mode))
        return run_file(path);
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "fuzz replay: cannot open directory %s\n", path);
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;   /* ., .., and hidden files */
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **q = realloc(names, cap * sizeof *q);
            if (!q) {
                rc = -1;
                break;
            }
            names = q;
        }
        size_t len = strlen(path) + 1 + strlen(e->d_name) + 1;
        if (!(names[n] = malloc(len))) {
            rc = -1;
            break;
        }
        snprintf(names[n++], len, "%s/%s", path, e->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        if (rc == 0 && run_path(names[i]) != 0)
            rc = -1;
        free(names[i]);
    }
    free(names);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE|DIR...\n"
                        "  runs the fuzz target once on each file (FUZZ_REPLAY_VERBOSE=1: names them)\n",
                argv[0]);
        return 2;
    }
    const char *v = getenv("FUZZ_REPLAY_VERBOSE");
    verbose = v && *v && strcmp(v, "0") != 0;
    int rc = 0;
    for (int i = 1; i < argc; i++)
        if (run_path(argv[i]) != 0)
            rc = 1;
    const char *slash = strrchr(argv[0], '/');
    printf("fuzz replay: %ld inputs, 0 crashes (%s)\n", inputs, slash ? slash + 1 : argv[0]);
    return rc;
}
