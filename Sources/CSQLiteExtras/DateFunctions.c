// Written against the SQLite API only, so that Benchmarks/baseline/date_functions.c can compile
// this very file as a loadable extension for the sqlite3 shell. No allocation per call.
#include <sqlite3.h>
#include "include/CSQLiteExtras.h"

/// Reads `count` digits at `offset` into `value`; 0 when one is not a digit.
static int cp_digits(const unsigned char *text, int offset, int count, int *value) {
    *value = 0;
    for (int i = offset; i < offset + count; i++) {
        if (text[i] < '0' || text[i] > '9') return 0;
        *value = *value * 10 + (text[i] - '0');
    }
    return 1;
}

/// A real day of the proleptic Gregorian calendar, as SQLite's date functions count them.
static int cp_is_day(int year, int month, int day) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return 0;
    int leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return day <= days[month - 1] + (month == 2 && leap);
}

static void cp_iso_date(sqlite3_context *context, int count, sqlite3_value **arguments) {
    (void)count;
    const unsigned char *text = sqlite3_value_type(arguments[0]) == SQLITE_NULL ? 0 : sqlite3_value_text(arguments[0]);
    int year, month, day;
    if (text && sqlite3_value_bytes(arguments[0]) == 10 && text[4] == '-' && text[7] == '-'
        && cp_digits(text, 0, 4, &year) && cp_digits(text, 5, 2, &month) && cp_digits(text, 8, 2, &day)
        && cp_is_day(year, month, day)) {
        sqlite3_result_value(context, arguments[0]);
    } else {
        sqlite3_result_null(context);
    }
}

static void cp_iso_date_from_yyyymmdd(sqlite3_context *context, int count, sqlite3_value **arguments) {
    (void)count;
    const unsigned char *text = sqlite3_value_type(arguments[0]) == SQLITE_NULL ? 0 : sqlite3_value_text(arguments[0]);
    int year, month, day;
    if (text && sqlite3_value_bytes(arguments[0]) == 8
        && cp_digits(text, 0, 4, &year) && cp_digits(text, 4, 2, &month) && cp_digits(text, 6, 2, &day)
        && cp_is_day(year, month, day)) {
        const char iso[10] = {text[0], text[1], text[2], text[3], '-', text[4], text[5], '-', text[6], text[7]};
        sqlite3_result_text(context, iso, 10, SQLITE_TRANSIENT);
    } else {
        sqlite3_result_null(context);
    }
}

int cp_register_date_functions(struct sqlite3 *db) {
    int rc = sqlite3_create_function(db, "iso_date", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, 0, cp_iso_date, 0, 0);
    if (rc != SQLITE_OK) return rc;
    return sqlite3_create_function(db, "iso_date_from_yyyymmdd", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, 0, cp_iso_date_from_yyyymmdd, 0, 0);
}
