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
    fprintf(stderr, "tacitus: unknown command '%s'\n", cmd);
    usage(stderr);
    return EXIT_USAGE;
}
