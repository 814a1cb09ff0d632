/* test_valid.c - validators and the admin allow-list ranges. */
#include <string.h>

#include "cidr.h"
#include "harness.h"
#include "valid.h"

static void
ints(void)
{
	long long v = 0;

	CHECK(valid_int("42", 1, 100, &v) == VERR_OK && v == 42);
	CHECK(valid_int("-3", -5, 5, &v) == VERR_OK && v == -3);
	CHECK(valid_int("101", 1, 100, &v) == VERR_OUT_OF_RANGE);
	CHECK(valid_int("99999999999999999999", 1, 100, &v) ==
	    VERR_OUT_OF_RANGE);
	CHECK(valid_int("4x", 1, 100, &v) == VERR_BAD_FORMAT);
	CHECK(valid_int(" 4", 1, 100, &v) == VERR_BAD_FORMAT);
	CHECK(valid_int("", 1, 100, &v) == VERR_REQUIRED);
}

static void
texts(void)
{
	CHECK(valid_text("培训", 6, 1, 2) == VERR_OK);
	CHECK(valid_text("培训班", 9, 1, 2) == VERR_TOO_LONG);
	CHECK(valid_text("a", 1, 2, 5) == VERR_TOO_SHORT);
	CHECK(valid_text("", 0, 1, 5) == VERR_REQUIRED);
	CHECK(valid_text("a\x01", 2, 0, 5) == VERR_BAD_CHARSET);
	CHECK(valid_text("\xc3\x28", 2, 0, 5) == VERR_BAD_UTF8);
}

static void
formats(void)
{
	static const char *const e[] = { "zh-CN", "en", NULL };

	CHECK(valid_enum("en", e) == VERR_OK);
	CHECK(valid_enum("fr", e) == VERR_NOT_ALLOWED);
	CHECK(valid_email("li.si@example.cn") == VERR_OK);
	CHECK(valid_email("li si@example.cn") == VERR_BAD_FORMAT);
	CHECK(valid_email("a@b") == VERR_BAD_FORMAT);
	CHECK(valid_phone("13800138000") == VERR_OK);
	CHECK(valid_phone("12800138000") == VERR_BAD_FORMAT);
	CHECK(valid_id_no("11010519491231002X") == VERR_OK);
	CHECK(valid_id_no("110105194912310021") == VERR_BAD_FORMAT);
	CHECK(valid_id_no("440524188001010014") == VERR_OK);
	CHECK(valid_id_no("11010519491231002") == VERR_BAD_FORMAT);
	CHECK(valid_id_no("11010519491231002x") == VERR_BAD_FORMAT);
	CHECK(valid_date("2024-02-29") == VERR_OK);
	CHECK(valid_date("2023-02-29") == VERR_OUT_OF_RANGE);
	CHECK(valid_date("2023-2-01") == VERR_BAD_FORMAT);
	CHECK(valid_local_path("/m/") == VERR_OK);
	CHECK(valid_local_path("//evil.example/") == VERR_BAD_FORMAT);
	CHECK(valid_local_path("https://evil.example/") == VERR_BAD_FORMAT);
	CHECK(valid_local_path("/\\evil") == VERR_BAD_FORMAT);
}

static void
cidrs(void)
{
	const char *l = "127.0.0.1 10.0.0.0/8 ::1/128 fd00::/8";

	CHECK(cidr_list_valid(l) == 0);
	CHECK(cidr_list_valid("10.0.0.0/33") != 0);
	CHECK(cidr_list_valid("intranet") != 0);
	CHECK(cidr_list_match(l, "127.0.0.1"));
	CHECK(!cidr_list_match(l, "127.0.0.2"));
	CHECK(cidr_list_match(l, "10.200.3.4"));
	CHECK(!cidr_list_match(l, "11.0.0.1"));
	CHECK(cidr_list_match(l, "::1"));
	CHECK(cidr_list_match(l, "fd12::5"));
	CHECK(cidr_list_match(l, "::ffff:10.1.1.1"));
	CHECK(!cidr_list_match(l, "::ffff:8.8.8.8"));
	CHECK(!cidr_list_match(l, NULL));
}

const struct test valid_tests[] = {
	{ "valid: integers in range", ints },
	{ "valid: text length counts characters, charset", texts },
	{ "valid: enum, email, phone, identity number, date, local path", formats },
	{ "valid: CIDR allow-list", cidrs },
	{ NULL, NULL },
};
