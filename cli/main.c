/*
 * main.c -- the tacitus command: dispatches to the subcommands.
 */
#include <stdio.h>
#include <string.h>
#include "cli.h"

static void usage(FILE *f)
{
    fprintf(f,
        "usage: tacitus COMMAND [options]\n"
        "\n"
        "Codes English news text into who-did-what-to-whom events (CAMEO, PLOVER).\n"
        "\n"
        "commands:\n"
        "  code     code documents and write events as JSON Lines\n"
        "  eval     score the coder on the gold sets in ../shared/eval\n"
        "  dict     check or describe dictionaries\n"
        "  ingest   code documents into an event store (SQLite, ./tacitus.db)\n"
        "  query    list stored events by actor, code, type and date\n"
        "  dyads    time series of the events between two actors\n"
        "  actors   the most active actors of the store\n"
        "  export   write the store as GDELT, PLOVER, Phoenix or CSV\n"
        "\n"
        "  tacitus COMMAND --help   options of a command\n"
        "  tacitus --version        version\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    /* this program is SQLite's only user */
    tac_store_tune_process();
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        usage(stdout);
        return EXIT_OK;
    }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
        printf("tacitus %s\n", tac_version());
        return EXIT_OK;
    }
    if (!strcmp(cmd, "code"))
        return cmd_code(argc - 1, argv + 1);
    if (!strcmp(cmd, "eval"))
        return cmd_eval(argc - 1, argv + 1);
    if (!strcmp(cmd, "dict"))
        return cmd_dict(argc - 1, argv + 1);
    if (!strcmp(cmd, "ingest"))
        return cmd_ingest(argc - 1, argv + 1);
    if (!strcmp(cmd, "query"))
        return cmd_query(argc - 1, argv + 1);
    if (!strcmp(cmd, "dyads"))
        return cmd_dyads(argc - 1, argv + 1);
    if (!strcmp(cmd, "actors"))
        return cmd_actors(argc - 1, argv + 1);
    if (!strcmp(cmd, "export"))
        return cmd_export(argc - 1, argv + 1);
    fprintf(stderr, "tacitus: unknown command '%s'\n", cmd);
    usage(stderr);
    return EXIT_USAGE;
}
