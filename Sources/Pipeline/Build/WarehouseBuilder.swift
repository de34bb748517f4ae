import Foundation
import GRDB

/// Runs a build: sources -> lake -> raw -> staging -> marts -> data tests -> atomic swap.
///
/// The new warehouse is written to a temporary file beside the live one and renamed over it only
/// after every step and test passed, so a failure at any point — bad input, failing test, full
/// disk, killed process — leaves the live warehouse exactly as it was. Every run is recorded.
public struct WarehouseBuilder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    public func build(progress: (String) -> Void = { _ in }) throws -> BuildReport {
        let started = Date()
        let catalog = try ModelCatalog.load(options.resources)
        let fm = FileManager.default
        let warehouseDirectory = (options.warehousePath as NSString).deletingLastPathComponent
        if !warehouseDirectory.isEmpty {
            try? fm.createDirectory(atPath: warehouseDirectory, withIntermediateDirectories: true)
        }
        let lock = try BuildLock(path: options.warehousePath + ".lock")
        defer { lock.release() }
        let history = try RunHistory(path: options.runsPath)
        let runID = try history.start(warehouse: options.warehousePath, sourceDirectory: options.sourceDirectory)
        let temporary = options.warehousePath + ".building-\(runID)"
        var sources: [LakeObject] = []
        var models: [RunRecord.ModelRows] = []
        var tests: [DataTestResult] = []
        removeLeftovers()
        do {
            // 1. Check every file is there before touching anything.
            let missing = catalog.contract.sources.filter { !fm.fileExists(atPath: options.sourceDirectory + "/" + $0.file) }
            guard missing.isEmpty else {
                throw PipelineError(step: "sources", file: options.sourceDirectory,
                                    message: "missing source file(s): \(missing.map(\.file).joined(separator: ", "))",
                                    hint: "the source folder must hold source_crm/{cust_info,prd_info,sales_details}.csv and source_erp/{CUST_AZ12,LOC_A101,PX_CAT_G1V2}.csv")
            }
            // 2. Lake: immutable copies first, so even a failed load keeps what was delivered.
            var stepStart = Date()
            func elapsed() -> String {
                defer { stepStart = Date() }
                return String(format: "%.0f ms", Date().timeIntervalSince(stepStart) * 1000)
            }
            let lake = Lake(directory: options.lakeDirectory)
            for source in catalog.contract.sources {
                sources.append(try lake.ingest(sourcePath: options.sourceDirectory + "/" + source.file, as: source.file))
            }
            progress("lake: \(sources.count) files (\(sources.filter(\.newObject).count) new), \(elapsed())")

            let loadedAt = Timestamp.iso8601(started)
            try? fm.removeItem(atPath: temporary)
            let queue = try DatabaseQueue(path: temporary, configuration: buildConfiguration())
            try queue.writeWithoutTransaction { db in
                // 3. Raw.
                try db.inTransaction {
                    try db.execute(sql: RawLoader.ingestsTable)
                    for (source, object) in zip(catalog.contract.sources, sources) {
                        let t0 = Date()
                        let rows = try RawLoader(source: source, lakePath: lake.absolutePath(of: object), object: object, loadedAt: loadedAt).load(into: db)
                        models.append(.init(model: source.rawTable, rows: rows, milliseconds: Date().timeIntervalSince(t0) * 1000))
                    }
                    return .commit
                }
                progress("raw: \(models.reduce(0) { $0 + $1.rows }) rows, \(elapsed())")
                // 4. Staging and marts, in dependency order.
                try db.inTransaction {
                    for model in catalog.models {
                        let t0 = Date()
                        let rows = try materialize(model, schema: catalog.schema, in: db)
                        models.append(.init(model: model.name, rows: rows, milliseconds: Date().timeIntervalSince(t0) * 1000))
                    }
                    return .commit
                }
                progress("models: \(catalog.models.count) built, \(elapsed())")
                // 5. Data tests, before anything goes live.
                tests = try DataTestRunner(catalog: catalog).run(in: db)
                let failed = tests.filter { !$0.passed }
                guard failed.isEmpty else {
                    let detail = failed.map { test in
                        "  \(test.name) on \(test.table): \(test.failures) offending row(s)\n"
                            + test.samples.map { "    " + $0 }.joined(separator: "\n")
                    }.joined(separator: "\n")
                    throw PipelineError(step: "tests", message: "\(failed.count) data test(s) failed:\n" + detail,
                                        hint: "the previous warehouse is still live; fix the source data and build again")
                }
                progress("tests: \(tests.count) passed, \(elapsed())")
                try db.execute(sql: "ANALYZE")
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
            }
            try queue.close()
            progress("analyze and close: \(elapsed())")
            // 6. Swap: rename is atomic on one file system; fsync makes it survive a crash.
            try durableRename(temporary, to: options.warehousePath)
            let report = BuildReport(runID: runID, sources: sources, models: models, tests: tests,
                                     milliseconds: Date().timeIntervalSince(started) * 1000)
            try history.finish(id: runID, status: "succeeded", error: nil, models: models, tests: tests, sources: sources)
            return report
        } catch {
            try? fm.removeItem(atPath: temporary)
            let failure = Self.describe(error)
            try? history.finish(id: runID, status: "failed", error: failure.description, models: models, tests: tests, sources: sources)
            throw failure
        }
    }

    private func buildConfiguration() -> Configuration {
        var config = Configuration()
        let maxPages = options.maxPageCount
        config.prepareDatabase { db in
            // The file is private until the swap, so durability during the build buys nothing.
            // Sorts (ORDER BY, GROUP BY, index builds) dominate large builds: give SQLite's sorter
            // a second thread for the second core and 48 MiB of cache each before spilling to temporary
            // files: a 6-million-line build peaks near 250 MB.
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -49152; PRAGMA threads = 2")
            if let maxPages { try db.execute(sql: "PRAGMA max_page_count = \(maxPages)") }
        }
        return config
    }

    private func materialize(_ model: Model, schema: MartSchema, in db: Database) throws -> Int {
        do {
            let select = model.sql.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ";")))
            if let table = schema.table(named: model.name) {
                let produced = try db.makeStatement(sql: select).columnNames
                guard produced == table.columns.map(\.name) else {
                    throw PipelineError(step: model.layer.rawValue, file: model.path,
                                        message: "model \(model.name) selects \(produced.joined(separator: ", ")) but schema.yml declares \(table.columns.map(\.name).joined(separator: ", "))",
                                        hint: "select the columns in the order schema.yml lists them")
                }
                let columns = table.columns.map { column in
                    "\"\(column.name)\" \(column.type)" + (column.name == table.primary_key ? " NOT NULL PRIMARY KEY" : "")
                }
                try db.execute(sql: "CREATE TABLE \(model.name) (\(columns.joined(separator: ", ")))")
                // The model selects the columns in schema order; inserting its rows directly keeps
                // its ORDER BY, which numbers a NULL INTEGER PRIMARY KEY.
                let names = table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
                try db.execute(sql: "INSERT INTO \(model.name) (\(names)) \(select)")
                for (n, index) in (table.indexes ?? []).enumerated() {
                    try db.execute(sql: "CREATE INDEX \(model.name)_idx\(n + 1) ON \(model.name) (\(index.map { "\"\($0)\"" }.joined(separator: ", ")))")
                }
            } else {
                try db.execute(sql: "CREATE TABLE \(model.name) AS \(select)")
            }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(model.name)") ?? 0
        } catch let error as DatabaseError {
            throw PipelineError(step: model.layer.rawValue, file: model.path,
                                message: "model \(model.name) failed: \(error.message ?? error.description)",
                                hint: error.resultCode == .SQLITE_FULL ? "the disk is full: free space and build again" : nil)
        }
    }

    private func durableRename(_ from: String, to: String) throws {
        let fd = open(from, O_RDONLY)
        if fd >= 0 { fsync(fd); close(fd) }
        guard rename(from, to) == 0 else {
            throw PipelineError(step: "swap", file: to, message: "cannot replace the warehouse (errno \(errno))")
        }
        let dir = open((to as NSString).deletingLastPathComponent.isEmpty ? "." : (to as NSString).deletingLastPathComponent, O_RDONLY)
        if dir >= 0 { fsync(dir); close(dir) }
    }

    /// Temporary files of builds that were killed: they were never live, so they can go.
    private func removeLeftovers() {
        let url = URL(fileURLWithPath: options.warehousePath)
        let dir = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + ".building-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(atPath: dir + "/" + name)
        }
    }

    static func describe(_ error: Error) -> PipelineError {
        if let error = error as? PipelineError { return error }
        if let error = error as? DatabaseError {
            return PipelineError(step: "build", message: error.description,
                                 hint: error.resultCode == .SQLITE_FULL ? "the disk is full: free space and build again" : nil)
        }
        return PipelineError(step: "build", message: "\(error)")
    }
}
