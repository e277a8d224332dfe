/*
 * test_cameo.c -- unit tests for tac_cameo_lookup (cameo.c and its
 * generated table) and the small helpers of util.c.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "tacitus.h"

static void test_0233(void **state)
{
    (void)state;
    tac_cameo_info ci;
    memset(&ci, 0, sizeof ci);
    assert_int_equal(tac_cameo_lookup("0233", &ci), TAC_OK);
    assert_string_equal(ci.code, "0233");
    assert_string_equal(ci.label, "Appeal for humanitarian aid");
    assert_int_equal(ci.quad, 1);
    assert_non_null(ci.plover);
    assert_string_equal(ci.plover, "REQUEST");
    assert_true(fabs(ci.goldstein - 3.4) < 1e-9);
}

static void test_111(void **state)
{
    (void)state;
    tac_cameo_info ci;
    assert_int_equal(tac_cameo_lookup("111", &ci), TAC_OK);
    assert_string_equal(ci.label, "Criticize or denounce");
    assert_int_equal(ci.quad, 3);
    assert_string_equal(ci.plover, "ACCUSE");
    assert_true(fabs(ci.goldstein - (-2.0)) < 1e-9);
}

static void test_190(void **state)
{
    (void)state;
    tac_cameo_info ci;
    assert_int_equal(tac_cameo_lookup("190", &ci), TAC_OK);
    assert_int_equal(ci.quad, 4);
    assert_true(ci.goldstein == -10.0);
    assert_string_equal(ci.plover, "ASSAULT");
    assert_string_equal(ci.label, "Use conventional military force");
}

static void test_statements_have_no_plover(void **state)
{
    (void)state;
    tac_cameo_info ci;
    assert_int_equal(tac_cameo_lookup("010", &ci), TAC_OK);
    assert_null(ci.plover);
    assert_int_equal(ci.quad, 1);
    assert_string_equal(ci.label, "Make statement");
    assert_int_equal(tac_cameo_lookup("018", &ci), TAC_OK);
    assert_null(ci.plover);
    assert_true(fabs(ci.goldstein - 3.4) < 1e-9);
}

static void test_quads_and_plover_prefix(void **state)
{
    (void)state;
    tac_cameo_info ci;
    /* quad class per root */
    static const struct { const char *code; int quad; } q[] = {
        {"051", 1}, {"057", 1}, {"061", 2}, {"0871", 2}, {"094", 2},
        {"100", 3}, {"145", 3}, {"150", 4}, {"1712", 4}, {"204", 4},
    };
    for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
        assert_int_equal(tac_cameo_lookup(q[i].code, &ci), TAC_OK);
        assert_int_equal(ci.quad, q[i].quad);
    }
    /* PLOVER exceptions inside a root keep their own type */
    assert_int_equal(tac_cameo_lookup("163", &ci), TAC_OK);
    assert_string_equal(ci.plover, "COERCE");
    assert_int_equal(tac_cameo_lookup("1712", &ci), TAC_OK);
    assert_string_equal(ci.plover, "ASSAULT");
    assert_int_equal(tac_cameo_lookup("084", &ci), TAC_OK);
    assert_string_equal(ci.plover, "RETREAT");
    assert_int_equal(tac_cameo_lookup("080", &ci), TAC_OK);
    assert_string_equal(ci.plover, "CONCEDE");
    /* appeals are REQUEST */
    assert_int_equal(tac_cameo_lookup("025", &ci), TAC_OK);
    assert_string_equal(ci.plover, "REQUEST");
    /* a 4-digit code without its own score takes its parent's */
    assert_int_equal(tac_cameo_lookup("1951", &ci), TAC_OK);
    tac_cameo_info parent;
    assert_int_equal(tac_cameo_lookup("195", &parent), TAC_OK);
    assert_true(ci.goldstein == parent.goldstein);
    assert_string_equal(ci.plover, "ASSAULT");
    /* root codes */
    assert_int_equal(tac_cameo_lookup("19", &ci), TAC_OK);
    assert_int_equal(ci.quad, 4);
}

static void test_unknown(void **state)
{
    (void)state;
    tac_cameo_info ci;
    memset(&ci, 0, sizeof ci);
    const char *bad[] = {"1717", "abc", "", "0", "00", "21", "99", "02333",
                         "023 ", " 023", "0233x", "010a"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(tac_cameo_lookup(bad[i], &ci), TAC_EINVAL);
    assert_null(ci.code); /* untouched on failure */
    assert_int_equal(tac_cameo_lookup(NULL, &ci), TAC_EINVAL);
    assert_int_equal(tac_cameo_lookup("010", NULL), TAC_EINVAL);
}

static void test_util(void **state)
{
    (void)state;
    assert_string_equal(tac_version(), TAC_VERSION);
    assert_string_equal(tac_errstr(TAC_OK), "success");
    assert_string_equal(tac_errstr(TAC_ENOMEM), "out of memory");
    assert_string_not_equal(tac_errstr(TAC_ELIMIT), tac_errstr(TAC_EINVAL));
    assert_string_equal(tac_errstr(12345), "unknown error");

    tac_buf b = {0};
    char chunk[100];
    for (int i = 0; i < 100; i++)
        chunk[i] = (char)('a' + i % 26);
    for (int i = 0; i < 1000; i++)
        assert_int_equal(tac_buf_append(&b, chunk, sizeof chunk), TAC_OK);
    assert_int_equal(b.len, 100000);
    assert_true(b.cap > b.len);
    assert_int_equal(b.p[b.len], '\0');
    assert_memory_equal(b.p + 99900, chunk, 100);
    /* capacity is a power-of-two multiple of the initial size (doubling) */
    assert_int_equal(b.cap & (b.cap - 1), 0);
    assert_int_equal(tac_buf_append(&b, NULL, 0), TAC_OK);
    assert_int_equal(tac_buf_append(&b, NULL, 1), TAC_EINVAL);
    assert_int_equal(tac_buf_append(NULL, "x", 1), TAC_EINVAL);
    tac_buf_free(&b);
    assert_null(b.p);
    assert_int_equal(b.len, 0);
    tac_buf_free(NULL);
    /* an empty append still gives a NUL-terminated buffer */
    assert_int_equal(tac_buf_append(&b, "", 0), TAC_OK);
    assert_non_null(b.p);
    assert_string_equal(b.p, "");
    tac_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_0233),
        cmocka_unit_test(test_111),
        cmocka_unit_test(test_190),
        cmocka_unit_test(test_statements_have_no_plover),
        cmocka_unit_test(test_quads_and_plover_prefix),
        cmocka_unit_test(test_unknown),
        cmocka_unit_test(test_util),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
