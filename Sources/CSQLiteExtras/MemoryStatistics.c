#include <sqlite3.h>
#include "CSQLiteExtras.h"

int cp_sqlite_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
