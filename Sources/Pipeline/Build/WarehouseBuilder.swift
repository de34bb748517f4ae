import Foundation
import GRDB
import Warehouse

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
        SQLiteRuntime.prepare()  // two lanes; see SQLiteRuntime
        let started = Date()
        let contract = try SourceContract.load(from: options.resources)
        // The models, schema and tests are read on the other core while the lake copies the exports.
        let resources = options.resources
        let catalogLoad = BackgroundTask { _ in try ModelCatalog.load(resources) }
        let fm = FileManager.default
        let warehouseDirectory = (options.warehousePath as NSString).deletingLastPathComponent
        if !warehouseDirectory.isEmpty {
            try? fm.createDirectory(atPath: warehouseDirectory, withIntermediateDirectories: true)
        }
        let folder = warehouseDirectory.isEmpty ? "." : warehouseDirectory
        var isFolder: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw PipelineError(
                step: "setup", file: folder, message: "the warehouse folder does not exist and cannot be created (a file is in the way, or no permission)",
                hint: "build into a folder you can write to with --warehouse FILE")
        }
        guard access(folder, W_OK | X_OK) == 0 else {
            throw PipelineError(
                step: "setup", file: folder, message: "the warehouse folder cannot be written (\(String(cString: strerror(errno))))",
                hint: "build into a folder you can write to with --warehouse FILE")
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
            // 1. Check every file is there, and is a file, before touching anything.
            for source in contract.sources {
                if let problem = options.sourceFile.problem(at: options.sourceDirectory + "/" + source.file, name: source.file) {
                    throw problem
                }
            }
            let missing = contract.sources.filter { !fm.fileExists(atPath: options.sourceDirectory + "/" + $0.file) }
            guard missing.isEmpty else {
                throw PipelineError(
                    step: "sources", file: options.sourceDirectory,
                    message: "missing source file(s): \(missing.map(\.file).joined(separator: ", "))",
                    hint: "the source folder must hold source_crm/{cust_info,prd_info,sales_details}.csv and source_erp/{CUST_AZ12,LOC_A101,PX_CAT_G1V2}.csv")
            }
            // 2. Lake: immutable copies first, so even a failed load keeps what was delivered.
            var stepStart = Date()
            func elapsed() -> String {
                defer { stepStart = Date() }
                return String(format: "%.0f ms", Date().timeIntervalSince(stepStart) * 1000)
            }
            let lake = Lake(directory: options.lakeDirectory, sourceFile: options.sourceFile)
            lake.sweepIncoming()
            for source in contract.sources {
                sources.append(try lake.ingest(sourcePath: options.sourceDirectory + "/" + source.file, as: source.file))
            }
            progress("lake: \(sources.count) files (\(sources.filter(\.newObject).count) new), \(elapsed())")

            let catalog = try catalogLoad.wait()
            let loadedAt = Timestamp.iso8601(started)
            try? fm.removeItem(atPath: temporary)
            let queue = try DatabaseQueue(path: temporary, configuration: buildConfiguration())
            var ingestIDs: [Int64] = []
            try queue.inTransaction { db in
                try db.execute(sql: RawLoader.ingestsTable)
                for (source, object) in zip(catalog.contract.sources, sources) {
                    ingestIDs.append(try RawLoader.recordIngest(of: source, object: object, loadedAt: loadedAt, in: db))
                }
                return .commit
            }
            let loads = zip(catalog.contract.sources, zip(sources, ingestIDs)).map { source, rest in
                RawLoader(source: source, lakePath: lake.absolutePath(of: rest.0), ingestID: rest.1)
            }
            pause(at: "models")
            // 3-6. Raw, staging, marts and data tests, on both cores.
            var testTime = 0.0
            var sideFile: String?
            try queue.writeWithoutTransaction { db in
                (models, tests, testTime, sideFile) = try buildTables(
                    catalog: catalog, loads: loads, sources: sources,
                    temporary: temporary, in: db)
                progress(
                    "raw and models: \(models.count) tables, \(elapsed())"
                        + (sideFile.map { " (\($0) loaded and staged on the second core)" } ?? ""))
                let failed = tests.filter { !$0.passed }
                guard failed.isEmpty else {
                    let detail = failed.map { test in
                        "  \(test.name) on \(test.table): \(test.failures) offending row(s)\n"
                            + test.samples.map { "    " + $0 }.joined(separator: "\n")
                    }.joined(separator: "\n")
                    throw PipelineError(
                        step: "tests", message: "\(failed.count) data test(s) failed:\n" + detail,
                        hint: "the previous warehouse is still live; fix the source data and build again")
                }
                progress("tests: \(tests.count) passed, \(String(format: "%.0f ms", testTime * 1000)) (most while models were built)")
                // Sampled statistics are as good for planning star queries and take milliseconds.
                try db.execute(sql: "PRAGMA analysis_limit = 10000; ANALYZE")
                // The warehouse names the run that built it: a build killed between the swap and
                // the run-history update is then recognised as succeeded, not interrupted.
                try db.execute(sql: "PRAGMA user_version = \(runID)")
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
            }
            try queue.close()
            progress("analyze and close: \(elapsed())")
            // 7. Swap: rename is atomic on one file system; fsync makes it survive a crash.
            try history.finish(id: runID, status: .swapping, error: nil, models: models, tests: tests, sources: sources)
            pause(at: "swap")
            try durableRename(temporary, to: options.warehousePath)
            pause(at: "swapped")
            let report = BuildReport(
                runID: runID, sources: sources, models: models, tests: tests,
                milliseconds: Date().timeIntervalSince(started) * 1000)
            try history.finish(id: runID, status: .succeeded, error: nil, models: models, tests: tests, sources: sources)
            return report
        } catch {
            try? fm.removeItem(atPath: temporary)
            let failure = Self.describe(error)
            try? history.finish(id: runID, status: .failed, error: failure.description, models: models, tests: tests, sources: sources)
            throw failure
        }
    }

    /// - Parameter cacheMiB: page cache and sorter memory before spilling to temporary files. The
    ///   main lane's 48 MiB and the side lane's 24 MiB keep a 6-million-line build under 300 MB.
    private func buildConfiguration(cacheMiB: Int = 48) -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(60)  // test readers hold the file while they read
        let maxPages = options.maxPageCount
        config.prepareDatabase { db in
            // The file is private until the swap, so durability during the build buys nothing.
            // Sorts (ORDER BY, GROUP BY, index builds) dominate large builds: SQLite's sorter gets
            // a second thread for the second core (fact_sales is built after the side lane is done).
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -\(cacheMiB * 1024); PRAGMA threads = 2")
            if let maxPages { try db.execute(sql: "PRAGMA max_page_count = \(maxPages)") }
            try BuildFunctions.register(in: db)
        }
        return config
    }

    /// Raw, staging and marts in dependency order, and every data test, using both cores:
    /// - the largest export is loaded and staged on a second thread into a file of its own
    ///   (`SideLane`), adopted when the first model that reads it is due;
    /// - data tests run as soon as every table they read exists, on a read-only connection of their
    ///   own, while the main connection builds on (it waits for their read to end before committing).
    /// Returns rows per table, test results, the time spent in tests and the file staged on the side.
    private func buildTables(
        catalog: ModelCatalog, loads: [RawLoader], sources: [LakeObject], temporary: String,
        in db: Database
    ) throws -> ([RunRecord.ModelRows], [DataTestResult], Double, String?) {
        var models: [RunRecord.ModelRows] = []
        let side = SideLane(catalog: catalog, sources: sources, path: temporary + ".side")
        let sideWork = side.map { lane in
            let load = loads.first { $0.source.name == lane.source.name }!
            let configuration = buildConfiguration(cacheMiB: 24)
            return BackgroundTask<[RunRecord.ModelRows]> { task in
                let queue = try DatabaseQueue(path: lane.path, configuration: configuration)
                defer { try? queue.close() }
                var rows: [RunRecord.ModelRows] = []
                try queue.inTransaction { db in
                    var loader = load
                    loader.shouldStop = { task.isCancelled }
                    rows.append(try Self.measure(lane.source.rawTable) { try loader.load(into: db) })
                    for model in lane.models where !task.isCancelled {
                        rows.append(try Self.measure(model.name) { try Self.materialize(model, schema: catalog.schema, in: db) })
                    }
                    return .commit
                }
                return rows
            }
        }
        defer { sideWork?.cancel(); try? FileManager.default.removeItem(atPath: temporary + ".side") }

        let runner = DataTestRunner(catalog: catalog)
        let planned = runner.generatedTests()
        var pending = planned
        var built: Set<String> = []
        var readers: [BackgroundTask<([DataTestResult], Double)>] = []
        defer { for reader in readers { reader.cancel() } }
        let readerConfiguration = testReaderConfiguration()
        /// Tests whose tables all exist, on a reader of what is committed so far.
        func testInBackground() {
            let ready = pending.filter { $0.reads.isSubset(of: built) }
            pending.removeAll { $0.reads.isSubset(of: built) }
            guard !ready.isEmpty else { return }
            readers.append(
                BackgroundTask { _ in
                    let t0 = Date()
                    let results = try DatabaseQueue(path: temporary, configuration: readerConfiguration).read { try runner.run(ready, in: $0) }
                    return (results, Date().timeIntervalSince(t0))
                })
        }

        try db.inTransaction {
            for load in loads where load.source.name != side?.source.name {
                models.append(try Self.measure(load.source.rawTable) { try load.load(into: db) })
                built.insert(load.source.rawTable)
            }
            return .commit
        }
        let sideTables = Set(side?.tables ?? [])
        func adoptSideTables() throws {
            guard let side, let sideWork, !built.isSuperset(of: sideTables) else { return }
            models += try sideWork.wait()
            try Self.adopt(side.tables, from: side.path, into: db)
            built.formUnion(side.tables)
        }
        // No transaction around the models: SQLite cannot attach the side file inside one, and with
        // the journal off a transaction buys nothing here.
        for model in catalog.models where !sideTables.contains(model.name) {
            if !sideTables.isDisjoint(with: model.dependencies) && !built.isSuperset(of: sideTables) {
                try adoptSideTables()
                testInBackground()
            }
            models.append(try Self.measure(model.name) { try Self.materialize(model, schema: catalog.schema, in: db) })
            built.insert(model.name)
        }
        try adoptSideTables()
        // Every table is written: the swap's fsync would now wait for all of it to reach the disk.
        // Flushing starts here instead, while the last tests run, so that the swap flushes only
        // what ANALYZE adds.
        let flush = BackgroundTask<Void> { _ in
            let fd = open(temporary, O_RDONLY)
            if fd >= 0 { fsync(fd); close(fd) }
        }
        defer { _ = try? flush.wait() }
        // What is left (the tests of the last models) runs here; then the background results.
        let t0 = Date()
        var tests = try runner.run(pending, in: db)
        var testTime = Date().timeIntervalSince(t0)
        for reader in readers {
            let (results, time) = try reader.wait()
            tests += results
            testTime += time
        }
        let order = planned.map(\.name)
        tests.sort { order.firstIndex(of: $0.name) ?? 0 < order.firstIndex(of: $1.name) ?? 0 }
        let tableOrder = catalog.contract.sources.map(\.rawTable) + catalog.models.map(\.name)
        models.sort { tableOrder.firstIndex(of: $0.model) ?? 0 < tableOrder.firstIndex(of: $1.model) ?? 0 }
        return (models, tests, testTime, side?.source.file)
    }

    /// Test readers wait out the main connection's commits, and it waits out their reads.
    private func testReaderConfiguration() -> Configuration {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(60)
        return config
    }

    /// Copies the side lane's tables, with their indexes, into the warehouse. Created with the
    /// side file's own statements, the tables match exactly, so `INSERT ... SELECT *` copies
    /// records without decoding them (SQLite's transfer optimization).
    static func adopt(_ tables: [String], from path: String, into db: Database) throws {
        try db.execute(sql: "ATTACH DATABASE ? AS side", arguments: [path])
        try db.inTransaction {
            for table in tables {
                let statements = try String.fetchAll(db, sql: "SELECT sql FROM side.sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type = 'index'", arguments: [table])
                for statement in statements { try db.execute(sql: statement) }
                try db.execute(sql: "INSERT INTO main.\(table) SELECT * FROM side.\(table)")
            }
            return .commit
        }
        try db.execute(sql: "DETACH DATABASE side")
    }

    static func count(_ table: String, in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
    }

    static func measure(_ table: String, _ work: () throws -> Int) throws -> RunRecord.ModelRows {
        let t0 = Date()
        let rows = try work()
        return RunRecord.ModelRows(model: table, rows: rows, milliseconds: Date().timeIntervalSince(t0) * 1000)
    }

    static func materialize(_ model: Model, schema: MartSchema, in db: Database) throws -> Int {
        do {
            let select = model.sql.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ";")))
            if let table = schema.table(named: model.name) {
                let produced = try db.makeStatement(sql: select).columnNames
                guard produced == table.columns.map(\.name) else {
                    throw PipelineError(
                        step: model.layer.rawValue, file: model.path,
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
            return try count(model.name, in: db)
        } catch let error as DatabaseError {
            throw PipelineError(
                step: model.layer.rawValue, file: model.path,
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

    private func pause(at point: String) {
        guard options.pauseAt == point else { return }
        // Unbuffered, so the line is out before the process stops.
        FileHandle.standardOutput.write(Data("paused at \(point)\n".utf8))
        raise(SIGSTOP)
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

    static func describe(_ error: any Error) -> PipelineError {
        if let error = error as? PipelineError { return error }
        if let error = error as? DatabaseError {
            return PipelineError(
                step: "build", message: error.description,
                hint: error.resultCode == .SQLITE_FULL ? "the disk is full: free space and build again" : nil)
        }
        return PipelineError(step: "build", message: "\(error)")
    }
}
