/*
 * common.c -- helpers shared by the tacitus subcommands.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"

const char *cli_prog = "tacitus";

/* Prints a diagnostic as "where:line: severity: message" on stderr. */
int cli_diag_format(tac_buf *out, const char *prog, int severity, const char *where, long line, const char *msg)
{
    const char *sev = severity >= TAC_DIAG_ERROR ? "error" : severity == TAC_DIAG_WARNING ? "warning" : "note";
    if (where && line > 0)
        return tac_buf_printf(out, "%s: %s:%ld: %s: %s\n", prog, where, line, sev, msg);
    if (where)
        return tac_buf_printf(out, "%s: %s: %s: %s\n", prog, where, sev, msg);
    return tac_buf_printf(out, "%s: %s: %s\n", prog, sev, msg);
}

void cli_diag_print(const char *prog, int severity, const char *where, long line, const char *msg)
{
    tac_buf b = { 0 };
    if (cli_diag_format(&b, prog, severity, where, line, msg) == TAC_OK)
        fputs(b.p, stderr);
    else
        fprintf(stderr, "%s: %s\n", prog, msg);
    tac_buf_free(&b);
}

void cli_diag(void *ud, int severity, const char *where, long line, const char *msg)
{
    int *count = ud;
    if (count && severity >= TAC_DIAG_WARNING)
        (*count)++;
    cli_diag_print(cli_prog, severity, where, line, msg);
}

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *cli_default_dict_dir(void)
{
    static char buf[PATH_MAX];
    const char *env = getenv("TACITUS_DICT_DIR");
    if (env && *env)
        return env;
    /* beside the executable: build/tacitus -> ../dict/default */
    char exe[PATH_MAX - 64];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = 0;
            snprintf(buf, sizeof buf, "%s/../dict/default", exe);
            if (is_dir(buf))
                return buf;
            snprintf(buf, sizeof buf, "%s/../share/tacitus/dict", exe);
            if (is_dir(buf))
                return buf;
        }
    }
    return NULL;   /* the library's installed data directory */
}

int cli_input_format(const char *cmd, const char *name, tac_input_format *out)
{
    static const char *const names[] = { "auto", "text", "jsonl", "tabari" };
    static const tac_input_format fmts[] = { TAC_INPUT_AUTO, TAC_INPUT_TEXT, TAC_INPUT_JSONL, TAC_INPUT_TABARI };
    for (int i = 0; i < 4; i++)
        if (!strcmp(name, names[i])) {
            *out = fmts[i];
            return 0;
        }
    fprintf(stderr, "%s %s: unknown format '%s' (auto, text, jsonl, tabari)\n", cli_prog, cmd, name);
    return -1;
}

double cli_seconds(clockid_t clock)
{
    struct timespec ts;
    if (clock_gettime(clock, &ts) != 0)
        return 0;
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
