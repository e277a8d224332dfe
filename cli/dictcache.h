/*
 * dictcache.h -- the cache of compiled default dictionaries used by
 * `tacitus code` and written by `tacitus dict compile`.
 *
 * The cache file lives in $XDG_CACHE_HOME/tacitus, ~/.cache/tacitus or,
 * when neither is writable, beside the executable; never in the
 * dictionary directory.  Its name depends on the dictionary directory and
 * on the executable (size, mtime), so a rebuilt tacitus never trusts a
 * file written by another build; the source hash recorded inside it tells
 * whether the dictionary files changed since.
 */
#ifndef TAC_CLI_DICTCACHE_H
#define TAC_CLI_DICTCACHE_H

#include <stddef.h>
#include "tacitus.h"

/* OUT: path of the cache file for the default dictionaries of dir (NULL =
 * the installed ones), its directory created if needed.  Returns 0, or -1
 * when no cache directory is writable. */
int dictcache_path(const char *dir, char *path, size_t cap);

/* Keeps the cache directory small: every build of tacitus and every
 * dictionary directory has its own cache file, so after the file at path
 * has been written, all but the DICTCACHE_KEEP most recently written
 * cache files beside it are removed (best effort, quietly). */
#define DICTCACHE_KEEP 4
void dictcache_prune(const char *path);

/* Loads the default dictionaries of dir through the cache: maps the cache
 * file when it is sound and its source hash matches the files now in dir;
 * otherwise builds them (diagnostics to diag) and rewrites the cache,
 * quietly skipping that when it cannot be written.  OUT: *out (caller
 * frees with tac_dict_free), *from_cache (may be NULL).  Returns TAC_OK or
 * the builder's error. */
int dictcache_load_defaults(const char *dir, tac_dict **out, int *from_cache,
                            tac_diag_fn diag, void *ud);

/* The dictionaries a command codes with: what b already holds (a
 * project's files), the default dictionaries of dict_dir (NULL: the
 * installed ones) unless no_defaults, then the files dicts[0..ndicts).
 * The default dictionaries alone come through the cache when use_cache.
 * Diagnostics go to cli_diag with *warnings counting them; a failure is
 * reported on stderr as "tacitus CMD: ...".  Frees b.  Returns the
 * dictionary or NULL. */
tac_dict *dictcache_build(const char *cmd, tac_builder *b, const char *dict_dir, int no_defaults,
                          const char *const *dicts, int ndicts, int use_cache, int *warnings);

#endif
