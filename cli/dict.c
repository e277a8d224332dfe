/*
 * dict.c -- `tacitus dict check|stats`: load dictionaries, report problems
 * as file:line and print counts.
 */
#include <stdio.h>
#include <string.h>
#include "cli.h"

static void dict_usage(FILE *f)
{
    fprintf(f,
        "usage: tacitus dict check [--dict-dir DIR] [--no-defaults] [FILE...]\n"
        "       tacitus dict stats [--dict-dir DIR] [--no-defaults] [FILE...]\n"
        "\n"
        "check: loads the dictionaries and reports every problem as file:line;\n"
        "       exits 1 when there is any.  stats: prints entry counts.\n");
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        dict_usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    const char *sub = argv[1];
    if (strcmp(sub, "check") && strcmp(sub, "stats")) {
        fprintf(stderr, "tacitus dict: unknown subcommand '%s'\n", sub);
        return EXIT_USAGE;
    }
    const char *dir = NULL;
    int no_defaults = 0, problems = 0;
    tac_builder *b = tac_builder_new(cli_diag, &problems);
    if (!b)
        return EXIT_FATAL;
    const char *files[128];
    int nfiles = 0;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--dict-dir") && i + 1 < argc) dir = argv[++i];
        else if (!strcmp(argv[i], "--no-defaults")) no_defaults = 1;
        else if (argv[i][0] == '-') { fprintf(stderr, "tacitus dict: unknown option '%s'\n", argv[i]); tac_builder_free(b); return EXIT_USAGE; }
        else if (nfiles < 128) files[nfiles++] = argv[i];
    }
    if (!no_defaults && tac_builder_add_defaults(b, dir ? dir : cli_default_dict_dir()) == TAC_EIO) {
        tac_builder_free(b);
        return EXIT_FATAL;
    }
    for (int k = 0; k < nfiles; k++)
        if (tac_builder_add_file(b, files[k], TAC_FMT_AUTO) == TAC_EIO) {
            fprintf(stderr, "tacitus dict: %s: cannot read\n", files[k]);
            problems++;
        }
    tac_dict *d = NULL;
    int rc = tac_builder_build(b, &d);
    tac_builder_free(b);
    if (rc != TAC_OK) {
        fprintf(stderr, "tacitus dict: cannot build (%s)\n", tac_errstr(rc));
        return EXIT_FATAL;
    }
    tac_dict_stats st;
    tac_dict_get_stats(d, &st);
    printf("actors %ld (names %ld), agents %ld, verbs %ld (forms %ld), patterns %ld, synsets %ld\n",
           st.actors, st.actor_names, st.agents, st.verbs, st.verb_forms, st.patterns, st.synsets);
    if (!strcmp(sub, "check"))
        printf("%d problem%s\n", problems, problems == 1 ? "" : "s");
    tac_dict_free(d);
    return (!strcmp(sub, "check") && problems) ? EXIT_PARTIAL : EXIT_OK;
}
