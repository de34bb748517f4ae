#ifndef CSQLITE_EXTRAS_H
#define CSQLITE_EXTRAS_H

// What Swift cannot do through SQLite's API, and SQL functions written once for both the build
// and the sqlite3 shell baseline of Benchmarks/build.sh (which loads DateFunctions.c as an extension).

struct sqlite3;

/// Turns off SQLite's memory statistics. They take one process-wide mutex on every allocation,
/// which makes two threads each running SQL on their own database three times slower than one
/// (measured: 1.0 s alone, 3.2 s side by side; 1.0 s side by side without them).
/// sqlite3_config() is variadic, so Swift cannot call it; this wrapper can.
/// Returns SQLITE_OK, or SQLITE_MISUSE when SQLite was already initialized (then nothing changes).
int cp_sqlite_disable_memstatus(void);

/// Registers on `db` the strict date functions the staging models call:
/// - iso_date(text): the text when it is a YYYY-MM-DD date naming a real calendar day, else NULL;
/// - iso_date_from_yyyymmdd(text): 20130105 as 2013-01-05, or NULL when the text is not eight
///   digits naming a real day (0, 5489, 20130230).
/// SQLite's own date() accepts February 30th, and the plain-SQL check (date(x, '+0 days') = x)
/// costs about 4 us a call here. Returns SQLITE_OK or the error of the registration.
int cp_register_date_functions(struct sqlite3 *db);

#endif
