/*
 * fuzz.h -- helpers shared by the fuzz targets (fuzz_*.c).
 *
 * Each target defines LLVMFuzzerTestOneInput(); it is linked either with
 * libFuzzer (clang -fsanitize=fuzzer) or with replay.c, a plain main()
 * that feeds it the files of a corpus, so that a gcc-only build can
 * replay the corpora under ASan and UBSan.
 *
 * The helpers keep the targets short:
 *   - FUZZ_CHECK aborts with a message when an invariant does not hold
 *     (assert() would vanish under -DNDEBUG);
 *   - diagnostics are counted in a fuzz_diag and never printed;
 *   - the small dictionaries in fuzz/dict/ are compiled once per process;
 *   - temporary files are made with mkstemp in /tmp (or $TMPDIR) and
 *     removed by the caller;
 *   - fuzz_check_event() checks one coded event and its JSON and TSV
 *     serialisations.
 */
#ifndef TAC_FUZZ_H
#define TAC_FUZZ_H

#include "tacitus.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts, naming the failed condition, when cond is false. */
#define FUZZ_CHECK(cond) \
    ((cond) ? (void)0 : fuzz_fail(__FILE__, __LINE__, #cond))
void fuzz_fail(const char *file, int line, const char *what) __attribute__((noreturn));

/* A diagnostic callback's state: counts by severity. */
typedef struct fuzz_diag {
    long n[3];
} fuzz_diag;
void fuzz_diag_fn(void *ud, int severity, const char *where, long line, const char *msg);

/* The directory of the fuzz dictionaries: $TAC_FUZZ_DICT, else the
 * FUZZ_DICT_DIR the target was compiled with. */
const char *fuzz_dict_dir(void);

/* The compiled fuzz dictionaries, built on first use and kept for the
 * life of the process: fuzz/dict/news.txt, and the TABARI files
 * fuzz/dict/tabari.{actors,verbs,agents} with tabari_compat set.  Abort
 * when they cannot be built: a target without them tests nothing. */
const tac_dict *fuzz_news_dict(void);
const tac_dict *fuzz_tabari_dict(void);

/* Writes data[0..size) to a new temporary file whose name ends with
 * suffix (may be ""); OUT: path (at least 64 bytes).  Returns 0, or -1
 * when the file cannot be written (the caller skips the input). */
int fuzz_write_temp(const uint8_t *data, size_t size, const char *suffix, char *path, size_t cap);

/* Per-document state for fuzz_code_doc(): what the events looked like. */
typedef struct fuzz_events {
    long n;                 /* events seen */
    int last_sentence;      /* sentence index of the last event, -1 */
    uint64_t hash;          /* of the JSON lines, to compare two runs */
    tac_buf json, tsv;      /* scratch for the writers */
} fuzz_events;

/* Checks ev against doc: offsets, codes, and its JSON and TSV lines
 * (valid UTF-8, one line each, JSON that json-c parses to an object with
 * the documented fields).  Aborts on a violation. */
void fuzz_check_event(fuzz_events *fe, const tac_doc *doc, const tac_event *ev);

/* Codes doc with d in ctx, checking every event; OUT: *out (may be NULL)
 * receives the event count and JSON hash.  Returns tac_code()'s code. */
int fuzz_code_doc(const tac_dict *d, tac_ctx *ctx, const tac_doc *doc, fuzz_events *out);

/* The FNV-1a hash of s[0..n), chained from h (start with FUZZ_FNV0). */
#define FUZZ_FNV0 0xcbf29ce484222325ull
uint64_t fuzz_hash(uint64_t h, const void *s, size_t n);

#endif /* TAC_FUZZ_H */
