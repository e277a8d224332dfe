/*
 * cli.h -- subcommands of the tacitus command-line tool.  The CLI uses only
 * the public API (include/tacitus.h).  Each command returns a process exit
 * code: 0 success, 1 some input was bad but the rest was processed,
 * 2 usage error, 3 fatal error (cannot read dictionaries or input).
 */
#ifndef TAC_CLI_H
#define TAC_CLI_H

#include <time.h>

#include "tacitus.h"

enum { EXIT_OK = 0, EXIT_PARTIAL = 1, EXIT_USAGE = 2, EXIT_FATAL = 3 };

int cmd_code(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_dict(int argc, char **argv);
/* Event store commands (cli/store.c). */
int cmd_ingest(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_dyads(int argc, char **argv);
int cmd_actors(int argc, char **argv);
int cmd_export(int argc, char **argv);

/* Shared helpers (cli/common.c). */
extern const char *cli_prog;                 /* "tacitus" */
void cli_diag(void *ud, int severity, const char *where, long line, const char *msg);
/* Does -q hide a diagnostic of this severity?  It hides the warnings
 * about documents, never an error's reason. */
static inline int cli_quiet_hides(int quiet, int severity)
{
    return quiet && severity < TAC_DIAG_ERROR;
}
/* A diagnostic as the commands write it, "PROG: where:line: severity:
 * msg\n" (where and line when known): appended to out (TAC_OK or
 * TAC_ENOMEM), or printed on stderr. */
int cli_diag_format(tac_buf *out, const char *prog, int severity, const char *where, long line, const char *msg);
void cli_diag_print(const char *prog, int severity, const char *where, long line, const char *msg);
/* Directory of the default dictionaries: $TACITUS_DICT_DIR, ../dict/default
 * beside the executable, or the installed data directory. */
const char *cli_default_dict_dir(void);
/* Parses an input format name (auto, text, jsonl, tabari) for `tacitus
 * CMD --format`; returns 0, or -1 after a message on stderr. */
int cli_input_format(const char *cmd, const char *name, tac_input_format *out);
/* The time of a clock (CLOCK_MONOTONIC for elapsed time, or a processor
 * time clock) in seconds. */
double cli_seconds(clockid_t clock);
#endif
