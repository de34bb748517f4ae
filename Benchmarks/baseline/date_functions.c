// The build's date functions as a loadable extension for the sqlite3 shell baseline of
// Benchmarks/build.sh, so that the shell runs the very same model files. sqlite3ext.h routes the
// included file's SQLite calls through the shell's own API table.
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#include "../../Sources/CSQLiteExtras/DateFunctions.c"

int sqlite3_extension_init(sqlite3 *db, char **error, const sqlite3_api_routines *api) {
    (void)error;
    SQLITE_EXTENSION_INIT2(api);
    return cp_register_date_functions(db);
}
