/*
 * temp_file.h -- a temporary file for the unit tests that read one.
 * Include after <cmocka.h>: failures are test failures.
 */
#ifndef TACITUS_TEST_TEMP_FILE_H
#define TACITUS_TEST_TEMP_FILE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Writes n bytes to a new temporary file named *.suffix ("" for none);
 * returns its path (the caller unlinks and frees it). */
static char *temp_file(const char *data, size_t n, const char *suffix)
{
    char *path = malloc(64);
    assert_non_null(path);
    snprintf(path, 64, "/tmp/tac_test_XXXXXX%s", suffix);
    int fd = mkstemps(path, (int)strlen(suffix));
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    assert_int_equal(fclose(f), 0);
    return path;
}

#endif
