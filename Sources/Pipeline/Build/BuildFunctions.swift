import CSQLiteExtras
import GRDB

/// SQL functions the models may call beyond SQLite's own, registered on the build's connections:
/// the strict date parsers `iso_date` and `iso_date_from_yyyymmdd`. They are written in C
/// (CSQLiteExtras/DateFunctions.c) so that the sqlite3 shell baseline of the build benchmark can
/// load the same code and run the same model files.
enum BuildFunctions {
    static func register(in db: Database) throws {
        let rc = cp_register_date_functions(db.sqliteConnection)
        guard rc == 0 else {
            throw PipelineError(step: "build", message: "cannot register the SQL functions iso_date and iso_date_from_yyyymmdd (SQLite error \(rc))")
        }
    }
}
