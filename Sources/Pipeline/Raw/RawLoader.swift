import Foundation
import GRDB
import GRDBSQLite

/// Loads one export, as exported, into `raw_<source>`: every column as text, plus the lake object
/// it came from, its line in that file and when it was loaded.
///
/// Columns are matched by name, so a reordered export loads correctly; a missing or renamed column
/// stops the build with the expected and found headers. Rows are bound straight from the reader's
/// buffer through SQLite's C API: the raw layer is the hot path of a build.
struct RawLoader {
    var source: SourceContract.Source
    var lakePath: String
    var loadedAt: String

    func load(into db: Database) throws -> Int {
        let reader = try CSVReader(path: lakePath, displayName: source.file)
        let header = reader.header.map { $0.trimmingCharacters(in: .whitespaces) }
        var positions: [Int] = []
        var missing: [String] = []
        for column in source.columns {
            if let index = header.firstIndex(where: { $0.caseInsensitiveCompare(column.name) == .orderedSame }) {
                positions.append(index)
            } else {
                missing.append(column.name)
            }
        }
        guard missing.isEmpty else {
            throw PipelineError(
                step: "raw", file: source.file, line: 1,
                message: "missing column(s) \(missing.joined(separator: ", ")); the header is: \(reader.header.joined(separator: ","))",
                hint: "the export must have the columns \(source.columns.map(\.name).joined(separator: ",")) (any order)")
        }

        let columns = source.columns.map { "\"\($0.name)\" TEXT" } + ["_source_file TEXT", "_source_line INTEGER", "_loaded_at TEXT"]
        try db.execute(sql: "CREATE TABLE \(source.rawTable) (\(columns.joined(separator: ", ")))")
        let placeholders = Array(repeating: "?", count: source.columns.count + 3).joined(separator: ",")
        let statement = try db.makeStatement(sql: "INSERT INTO \(source.rawTable) VALUES (\(placeholders))")
        let handle = statement.sqliteStatement
        let count = Int32(source.columns.count)
        let fileValue = Array(lakePath.utf8)
        let loadedValue = Array(loadedAt.utf8)
        var empty: UInt8 = 0

        let rows = try fileValue.withUnsafeBufferPointer { file in
            try loadedValue.withUnsafeBufferPointer { loaded in
                try withUnsafePointer(to: &empty) { emptyPointer in
                    let emptyChars = UnsafeRawPointer(emptyPointer).assumingMemoryBound(to: CChar.self)
                    func bind(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
                        // SQLITE_STATIC (nil): the bytes outlive the step that reads them.
                        let base = bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) } ?? emptyChars
                        sqlite3_bind_text(handle, index, base, Int32(bytes.count), nil)
                    }
                    bind(count + 1, file)
                    bind(count + 3, loaded)
                    return try reader.forEachRecord { record in
                        for (slot, position) in positions.enumerated() {
                            bind(Int32(slot + 1), record.field(position))
                        }
                        sqlite3_bind_int64(handle, count + 2, Int64(record.line))
                        let rc = sqlite3_step(handle)
                        sqlite3_reset(handle)
                        guard rc == SQLITE_DONE else {
                            throw PipelineError(step: "raw", file: source.file, line: record.line,
                                                message: "SQLite refused the row: \(String(cString: sqlite3_errstr(rc)))",
                                                hint: rc == SQLITE_FULL ? "the disk is full: free space and build again" : nil)
                        }
                    }
                }
            }
        }
        guard rows > 0 else {
            throw PipelineError(step: "raw", file: source.file, line: 1, message: "the file has a header but no data rows",
                                hint: "an empty export would empty the warehouse; re-export the file")
        }
        return rows
    }
}
