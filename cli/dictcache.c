/*
 * dictcache.c -- where compiled default dictionaries are cached, and the
 * load-or-rebuild step of `tacitus code` (see dictcache.h).
 *
 * A cache file is only ever replaced whole (tac_dict_save writes a
 * temporary file and renames it), so concurrent runs either map the old
 * file or the new one.  A damaged or stale file is not an error: the
 * dictionaries are built from text and the file is written again.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"
#include "dictcache.h"

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static int mkdir_p(const char *path)
{
    char tmp[PATH_MAX];
    if (snprintf(tmp, sizeof tmp, "%s", path) >= (int)sizeof tmp)
        return -1;
    for (char *s = tmp + 1; *s; s++)
        if (*s == '/') {
            *s = 0;
            if (mkdir(tmp, 0755) != 0 && errno != EEXIST)
                return -1;
            *s = '/';
        }
    if (mkdir(tmp, 0755) != 0 && errno != EEXIST)
        return -1;
    return 0;
}

/* 1 when real path a is b or lies under it. */
static int under(const char *a, const char *b)
{
    size_t n = strlen(b);
    return strncmp(a, b, n) == 0 && (a[n] == 0 || a[n] == '/');
}

/* A usable cache directory: exists (or is created), is writable, and is
 * not inside the dictionary directory (nor inside the source tree's dict/
 * that holds it). */
static int usable(const char *cand, const char *dict_real, const char *dict_parent)
{
    char real[PATH_MAX];
    struct stat st;
    if (mkdir_p(cand) != 0 || stat(cand, &st) != 0 || !S_ISDIR(st.st_mode) || access(cand, W_OK) != 0)
        return 0;
    if (!realpath(cand, real))
        return 0;
    if ((dict_real[0] && under(real, dict_real)) || (dict_parent[0] && under(real, dict_parent)))
        return 0;
    return 1;
}

int dictcache_path(const char *dir, char *path, size_t cap)
{
    char dict_real[PATH_MAX] = "", dict_parent[PATH_MAX] = "", up[PATH_MAX + 8];
    if (dir && realpath(dir, dict_real)) {
        snprintf(up, sizeof up, "%s/..", dict_real);
        size_t n = realpath(up, dict_parent) ? strlen(dict_parent) : 0;
        if (n < 5 || strcmp(dict_parent + n - 5, "/dict") != 0)
            dict_parent[0] = 0;
    }
    /* the key: the dictionary directory and this executable */
    uint64_t h = fnv(0xcbf29ce484222325ULL, TAC_VERSION, sizeof TAC_VERSION);
    h = dir ? fnv(h, dict_real[0] ? dict_real : dir, strlen(dict_real[0] ? dict_real : dir))
            : fnv(h, "(installed)", 11);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    struct stat st;
    if (n > 0 && stat("/proc/self/exe", &st) == 0) {
        uint64_t id[3] = { (uint64_t)st.st_size, (uint64_t)st.st_mtim.tv_sec, (uint64_t)st.st_mtim.tv_nsec };
        h = fnv(h, id, sizeof id);
    }

    char cand[PATH_MAX];
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    int found = 0;
    if (xdg && xdg[0] == '/' && snprintf(cand, sizeof cand, "%s/tacitus", xdg) < (int)sizeof cand)
        found = usable(cand, dict_real, dict_parent);
    if (!found && home && home[0] == '/' && snprintf(cand, sizeof cand, "%s/.cache/tacitus", home) < (int)sizeof cand)
        found = usable(cand, dict_real, dict_parent);
    if (!found && n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash && slash != exe) {
            *slash = 0;
            snprintf(cand, sizeof cand, "%s", exe);
            found = usable(cand, dict_real, dict_parent);
        }
    }
    if (!found)
        return -1;
    if (snprintf(path, cap, "%s/default-%016llx.tacd", cand, (unsigned long long)h) >= (int)cap)
        return -1;
    return 0;
}

/* A cache file's name: default-<16 hex digits>.tacd */
static int is_cache_name(const char *name)
{
    if (strlen(name) != 8 + 16 + 5 || strncmp(name, "default-", 8) != 0 || strcmp(name + 24, ".tacd") != 0)
        return 0;
    for (int i = 8; i < 24; i++)
        if (!strchr("0123456789abcdef", name[i]))
            return 0;
    return 1;
}

typedef struct { char name[32]; struct timespec mtime; } cache_file;

static int newer_first(const void *a, const void *b)
{
    const struct timespec *x = &((const cache_file *)a)->mtime, *y = &((const cache_file *)b)->mtime;
    if (x->tv_sec != y->tv_sec)
        return x->tv_sec > y->tv_sec ? -1 : 1;
    return x->tv_nsec > y->tv_nsec ? -1 : x->tv_nsec < y->tv_nsec;
}

void dictcache_prune(const char *path)
{
    char dir[PATH_MAX], file[PATH_MAX];
    const char *slash = strrchr(path, '/');
    if (!slash || (size_t)(slash - path) >= sizeof dir)
        return;
    memcpy(dir, path, (size_t)(slash - path));
    dir[slash - path] = 0;
    DIR *dh = opendir(dir[0] ? dir : "/");
    if (!dh)
        return;
    cache_file f[256];
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(dh)) && n < sizeof f / sizeof f[0]) {
        struct stat st;
        if (!is_cache_name(de->d_name) ||
            snprintf(file, sizeof file, "%s/%s", dir, de->d_name) >= (int)sizeof file ||
            stat(file, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        memcpy(f[n].name, de->d_name, 8 + 16 + 5 + 1);   /* is_cache_name: that long */
        f[n++].mtime = st.st_mtim;
    }
    closedir(dh);
    qsort(f, n, sizeof f[0], newer_first);
    for (size_t i = DICTCACHE_KEEP; i < n; i++)
        if (strcmp(f[i].name, slash + 1) != 0 &&
            snprintf(file, sizeof file, "%s/%s", dir, f[i].name) < (int)sizeof file)
            unlink(file);
}

int dictcache_load_defaults(const char *dir, tac_dict **out, int *from_cache,
                            tac_diag_fn diag, void *ud)
{
    *out = NULL;
    if (from_cache)
        *from_cache = 0;
    char path[PATH_MAX];
    int have_path = dictcache_path(dir, path, sizeof path) == 0;
    uint64_t now = 0;
    if (have_path && tac_dict_defaults_hash(dir, &now) == TAC_OK) {
        tac_dict *d = NULL;
        if (tac_dict_load(path, &d, NULL, NULL) == TAC_OK) {
            if (now != 0 && tac_dict_source_hash(d) == now) {
                *out = d;
                if (from_cache)
                    *from_cache = 1;
                return TAC_OK;
            }
            tac_dict_free(d);
        }
    }
    tac_builder *b = tac_builder_new(diag, ud);
    if (!b)
        return TAC_ENOMEM;
    int rc = tac_builder_add_defaults(b, dir);
    if (rc == TAC_OK)
        rc = tac_builder_build(b, out);
    tac_builder_free(b);
    /* best effort: a cache, not a result */
    if (rc == TAC_OK && have_path && tac_dict_save(*out, path) == TAC_OK)
        dictcache_prune(path);
    return rc;
}

tac_dict *dictcache_build(const char *cmd, tac_builder *b, const char *dict_dir, int no_defaults,
                          const char *const *dicts, int ndicts, int use_cache, int *warnings)
{
    const char *dir = dict_dir ? dict_dir : cli_default_dict_dir();
    tac_dict *d = NULL;
    int rc = TAC_OK;
    if (!no_defaults && ndicts == 0 && use_cache) {
        rc = dictcache_load_defaults(dir, &d, NULL, cli_diag, warnings);
        tac_builder_free(b);
        if (rc != TAC_OK)
            fprintf(stderr, "tacitus %s: cannot load the default dictionaries (%s); use --dict-dir\n", cmd,
                    tac_errstr(rc));
        return rc == TAC_OK ? d : NULL;
    }
    if (!no_defaults && (rc = tac_builder_add_defaults(b, dir)) != TAC_OK) {
        fprintf(stderr, "tacitus %s: cannot load the default dictionaries (%s); use --dict-dir\n", cmd,
                tac_errstr(rc));
        tac_builder_free(b);
        return NULL;
    }
    for (int k = 0; k < ndicts; k++)
        if (tac_builder_add_file(b, dicts[k], TAC_FMT_AUTO) == TAC_EIO) {
            fprintf(stderr, "tacitus %s: %s: cannot read the dictionary\n", cmd, dicts[k]);
            tac_builder_free(b);
            return NULL;
        }
    rc = tac_builder_build(b, &d);
    tac_builder_free(b);
    if (rc != TAC_OK)
        fprintf(stderr, "tacitus %s: cannot build the dictionaries (%s)\n", cmd, tac_errstr(rc));
    return rc == TAC_OK ? d : NULL;
}
