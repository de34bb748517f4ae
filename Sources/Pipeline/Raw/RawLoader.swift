import Foundation
import GRDB
import GRDBSQLite

/// Loads one export, as exported, into `raw_<source>`: every column as text, plus where it came
/// from (`_ingest_id`, a row of `raw_ingests` naming the lake object, its checksum and load time)
/// and its line in that file (`_source_line`). An id rather than the path on every row keeps the
/// raw layer half the size.
///
/// Columns are matched by name, so a reordered export loads correctly; a missing or renamed column
/// stops the build with the expected and found headers. Rows are bound straight from the reader's
/// buffer through SQLite's C API: the raw layer is the hot path of a build.
struct RawLoader {
    var source: SourceContract.Source
    var lakePath: String
    /// The `raw_ingests` row naming the lake object this load reads.
    var ingestID: Int64
    /// Checked every few thousand rows: a build that failed elsewhere stops this load early.
    var shouldStop: @Sendable () -> Bool = { false }

    static let ingestsTable = """
        CREATE TABLE raw_ingests (
            ingest_id INTEGER PRIMARY KEY, source TEXT NOT NULL, file TEXT NOT NULL, lake_path TEXT NOT NULL,
            sha256 TEXT NOT NULL, bytes INTEGER NOT NULL, loaded_at TEXT NOT NULL)
        """

    /// Records where each load comes from; the loads then point at its rows by id.
    static func recordIngest(of source: SourceContract.Source, object: LakeObject, loadedAt: String, in db: Database) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO raw_ingests (source, file, lake_path, sha256, bytes, loaded_at) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [source.name, source.file, object.path, object.sha256, object.bytes, loadedAt])
        return db.lastInsertedRowID
    }

    /// A header as an error message shows it: a file's first line can be anything (a million
    /// columns, a password file), so at most 12 names of at most 40 characters are echoed.
    static func shown(header: [String]) -> String {
        let names = header.prefix(12).map { shown($0) }.joined(separator: ",")
        return header.count > 12 ? names + ", … (\(header.count) columns in all)" : names
    }

    static func shown(_ name: String) -> String {
        name.count > 40 ? String(name.prefix(40)) + "…" : name
    }

    func load(into db: Database) throws -> Int {
        let reader = try CSVReader(path: lakePath, displayName: source.file)
        let header = reader.header.map { $0.trimmingCharacters(in: .whitespaces) }
        // Two columns of one name (in any case) would leave it to chance which one loads.
        var seen: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = name.lowercased()
            if let first = seen[key] {
                throw PipelineError(
                    step: "raw", file: source.file, line: 1, column: "\(index + 1) (\(Self.shown(name)))",
                    message: "the header names '\(Self.shown(name))' twice (columns \(first + 1) and \(index + 1)); names are matched without regard to case",
                    hint: "re-export the file with one column of each name")
            }
            seen[key] = index
        }
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
                message: "missing column(s) \(missing.joined(separator: ", ")); the header is: \(Self.shown(header: reader.header))",
                hint: "the export must have the columns \(source.columns.map(\.name).joined(separator: ",")) (any order)")
        }

        let columns = source.columns.map { "\"\($0.name)\" TEXT" } + ["_ingest_id INTEGER", "_source_line INTEGER"]
        try db.execute(sql: "CREATE TABLE \(source.rawTable) (\(columns.joined(separator: ", ")))")
        let placeholders = Array(repeating: "?", count: source.columns.count + 2).joined(separator: ",")
        let statement = try db.makeStatement(sql: "INSERT INTO \(source.rawTable) VALUES (\(placeholders))")
        let handle = statement.sqliteStatement
        let count = Int32(source.columns.count)
        var empty: UInt8 = 0

        let rows = try withUnsafePointer(to: &empty) { emptyPointer in
            let emptyChars = UnsafeRawPointer(emptyPointer).assumingMemoryBound(to: CChar.self)
            func bind(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
                // SQLITE_STATIC (nil): the bytes outlive the step that reads them.
                let base = bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) } ?? emptyChars
                sqlite3_bind_text(handle, index, base, Int32(bytes.count), nil)
            }
            sqlite3_bind_int64(handle, count + 1, ingestID)
            return try reader.forEachRecord { record in
                if record.line & 0x1FFF == 0, shouldStop() {
                    throw PipelineError(step: "raw", file: source.file, line: record.line, message: "stopped: another step of the build failed")
                }
                for (slot, position) in positions.enumerated() {
                    bind(Int32(slot + 1), record.field(position))
                }
                sqlite3_bind_int64(handle, count + 2, Int64(record.line))
                let rc = sqlite3_step(handle)
                sqlite3_reset(handle)
                guard rc == SQLITE_DONE else {
                    throw PipelineError(
                        step: "raw", file: source.file, line: record.line,
                        message: "SQLite refused the row: \(String(cString: sqlite3_errstr(rc)))",
                        hint: rc == SQLITE_FULL ? "the disk is full: free space and build again" : nil)
                }
            }
        }
        guard rows > 0 else {
            throw PipelineError(
                step: "raw", file: source.file, line: 1, message: "the file has a header but no data rows",
                hint: "an empty export would empty the warehouse; re-export the file")
        }
        return rows
    }
}
