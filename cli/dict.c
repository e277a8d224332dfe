/*
 * dict.c -- `tacitus dict check|stats|compile`: load dictionaries, report
 * problems as file:line, print counts, write a compiled dictionary file.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <stdlib.h>
#include <unistd.h>
#include "cli.h"
#include "dictcache.h"

static void dict_usage(FILE *f)
{
    fprintf(f,
        "usage: tacitus dict check [--dict-dir DIR] [--no-defaults] [FILE...]\n"
        "       tacitus dict stats [--dict-dir DIR] [--no-defaults] [FILE...]\n"
        "       tacitus dict compile [-o FILE] [--dict-dir DIR] [--no-defaults] [FILE...]\n"
        "\n"
        "check: loads the dictionaries and reports every problem as file:line\n"
        "       (malformed lines, bad codes, unknown synsets, names or\n"
        "       patterns written twice, saying whether they mean the same,\n"
        "       and patterns that never decide because an earlier one of\n"
        "       their verb matches wherever they do); exits 1 when there is\n"
        "       any.  stats: prints entry counts and the time to build and\n"
        "       to load them compiled.  compile: writes the compiled\n"
        "       dictionary to FILE (default: the cache file that `tacitus\n"
        "       code` uses for the default dictionaries).\n");
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        dict_usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    const char *sub = argv[1];
    if (strcmp(sub, "check") && strcmp(sub, "stats") && strcmp(sub, "compile")) {
        fprintf(stderr, "tacitus dict: unknown subcommand '%s'\n", sub);
        return EXIT_USAGE;
    }
    double t0 = cli_seconds(CLOCK_MONOTONIC);
    const char *dir = NULL, *outpath = NULL;
    int no_defaults = 0, problems = 0;
    tac_builder *b = tac_builder_new(cli_diag, &problems);
    if (!b)
        return EXIT_FATAL;
    /* check also reports names and patterns written twice, and shadowed
       patterns */
    if (!strcmp(sub, "check"))
        tac_builder_set_lint(b, 1);
    const char *files[128];
    int nfiles = 0;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--dict-dir") && i + 1 < argc) dir = argv[++i];
        else if (!strcmp(argv[i], "-o") && i + 1 < argc && !strcmp(sub, "compile")) outpath = argv[++i];
        else if (!strcmp(argv[i], "--no-defaults")) no_defaults = 1;
        else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) { dict_usage(stdout); tac_builder_free(b); return EXIT_OK; }
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
    double t_build = cli_seconds(CLOCK_MONOTONIC) - t0;
    tac_builder_free(b);
    if (rc != TAC_OK) {
        fprintf(stderr, "tacitus dict: cannot build (%s)\n", tac_errstr(rc));
        return EXIT_FATAL;
    }
    if (!strcmp(sub, "compile")) {
        char cache[PATH_MAX];
        if (!outpath) {
            if (no_defaults || nfiles) {
                fprintf(stderr, "tacitus dict: compile: give -o FILE (the cache holds only the default dictionaries)\n");
                tac_dict_free(d);
                return EXIT_USAGE;
            }
            if (dictcache_path(dir ? dir : cli_default_dict_dir(), cache, sizeof cache) != 0) {
                fprintf(stderr, "tacitus dict: compile: no writable cache directory; give -o FILE\n");
                tac_dict_free(d);
                return EXIT_FATAL;
            }
            outpath = cache;
        }
        rc = tac_dict_save(d, outpath);
        tac_dict_free(d);
        if (rc != TAC_OK) {
            fprintf(stderr, "tacitus dict: %s: cannot write (%s)\n", outpath, tac_errstr(rc));
            return EXIT_FATAL;
        }
        if (outpath == cache)
            dictcache_prune(cache);
        printf("%s\n", outpath);
        return problems ? EXIT_PARTIAL : EXIT_OK;
    }
    double t_load = -1;
    if (!strcmp(sub, "stats")) {
        /* the cost of loading the same dictionaries compiled */
        char tmp[] = "/tmp/tacitus-stats-XXXXXX";
        int fd = mkstemp(tmp);
        if (fd >= 0) {
            close(fd);
            tac_dict *l = NULL;
            if (tac_dict_save(d, tmp) == TAC_OK) {
                t0 = cli_seconds(CLOCK_MONOTONIC);
                if (tac_dict_load(tmp, &l, NULL, NULL) == TAC_OK)
                    t_load = cli_seconds(CLOCK_MONOTONIC) - t0;
                tac_dict_free(l);
            }
            unlink(tmp);
        }
    }
    tac_dict_stats st;
    tac_dict_get_stats(d, &st);
    printf("actors %ld (names %ld), agents %ld, verbs %ld (forms %ld), patterns %ld, synsets %ld\n",
           st.actors, st.actor_names, st.agents, st.verbs, st.verb_forms, st.patterns, st.synsets);
    if (!strcmp(sub, "check"))
        printf("%d problem%s\n", problems, problems == 1 ? "" : "s");
    else if (t_load >= 0)
        printf("compile from text %.1f ms, load compiled %.2f ms\n", t_build * 1e3, t_load * 1e3);
    tac_dict_free(d);
    return (!strcmp(sub, "check") && problems) ? EXIT_PARTIAL : EXIT_OK;
}
