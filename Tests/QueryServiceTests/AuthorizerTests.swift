import Foundation
import GRDB
import SQLGuard
import Testing
import Warehouse

/// The engine's own wall with the guard bypassed: SQLite reports a read that touches no column
/// (COUNT(*)) without a database name, and json_each checks sqlite_master on first use. Neither
/// may open a way to tables outside the marts.
@Suite struct AuthorizerTests {
    func executor(limits: QueryLimits = QueryLimits()) throws -> ReadOnlyExecutor {
        let policy = GuardPolicy(allowedTables: ["dim_customers", "dim_products", "fact_sales"])
        return try ReadOnlyExecutor(
            path: SharedWarehouse.path, allowedTables: policy.allowedTables,
            allowedFunctions: policy.allowedFunctions, limits: limits)
    }

    static let deniedReads: [String] = [
        "SELECT COUNT(*) FROM raw_crm_cust_info",
        "SELECT COUNT(*) FROM (raw_crm_cust_info)",
        "SELECT COUNT(*) FROM stg_crm_sales_details",
        "SELECT COUNT(*) FROM main.raw_erp_loc_a101",
        "SELECT COUNT(*) FROM fact_sales WHERE customer_key IN raw_crm_cust_info",
        "SELECT COUNT(*) FROM sqlite_master",
        "SELECT COUNT(*) FROM \"sqlite_master\"",
        "SELECT sql FROM sqlite_master",
        "SELECT rowid FROM sqlite_master",
        "SELECT COUNT(*) FROM json_each('[1]'), sqlite_master",
        "SELECT sql FROM json_each('[1]'), sqlite_master",
        "SELECT name FROM sqlite_schema, json_tree('{}')",
        "SELECT COUNT(*) FROM json_each('[1]') WHERE EXISTS (SELECT 1 FROM raw_crm_prd_info)",
        "WITH fact_sales AS (SELECT * FROM raw_crm_sales_details) SELECT COUNT(*) FROM fact_sales",
        "WITH raw_crm_cust_info AS (SELECT 1) SELECT COUNT(*) FROM raw_crm_cust_info",
        "SELECT COUNT(*) FROM raw_ingests",
    ]

    @Test(arguments: deniedReads)
    func readOutsideTheMartsIsDeniedWhateverTheDatabaseName(_ sql: String) throws {
        let executor = try executor()
        #expect(throws: QueryError.self, "ran: \(sql)") { _ = try executor.run(sql, allowSchemaReads: true) }
        #expect(executor.compile(sql, allowSchemaReads: true) != nil, "compiled: \(sql)")
    }

    static let allowedReads: [String] = [
        "SELECT COUNT(*) FROM fact_sales",
        "SELECT COUNT(*) FROM (fact_sales)",
        "WITH c AS (SELECT 1 AS x) SELECT COUNT(*) FROM c",
        "WITH s AS (SELECT * FROM fact_sales) SELECT COUNT(*) FROM s",
        "SELECT COUNT(*) FROM (SELECT customer_key FROM dim_customers)",
        "SELECT COUNT(*) FROM json_each('[1,2]'), dim_products",
        "SELECT key, value FROM json_tree('{\"a\": [1, 2]}')",
    ]

    @Test(arguments: allowedReads)
    func martsCTEsAndJSONStillRun(_ sql: String) throws {
        let executor = try executor()
        #expect(try executor.run(sql, allowSchemaReads: true).rows.count >= 1)
    }

    @Test func resultsAreBoundedInBytes() throws {
        let executor = try executor(limits: QueryLimits(maxRows: 100_000, maxResultBytes: 1 << 20))
        do {
            _ = try executor.run("SELECT printf('%100s', first_name), printf('%100s', last_name) FROM dim_customers")
            Issue.record("a result over the byte budget came back")
        } catch let error as QueryError {
            guard case .resultTooLarge(let limit, let rows) = error else { Issue.record("wrong error \(error)"); return }
            #expect(limit == 1 << 20 && rows > 1_000 && rows < 18_484)
            #expect(error.description.contains("1 MB"))
        }
        // A smaller result under the same budget is fine, and the connection is still usable.
        #expect(try executor.run("SELECT customer_key FROM dim_customers LIMIT 100").rows.count == 100)
    }

    @Test(arguments: [0, -5, 100_001, Int.max])
    func rowLimitOutsideItsRangeIsRefused(_ rows: Int) {
        #expect(QueryLimits(maxRows: rows).problem?.contains("row limit") == true)
        #expect(throws: QueryError.self) { _ = try executor(limits: QueryLimits(maxRows: rows)) }
    }

    @Test(arguments: [0.0, -1, 601, .infinity, .nan])
    func timeLimitOutsideItsRangeIsRefused(_ seconds: Double) {
        #expect(QueryLimits(timeoutSeconds: seconds).problem?.contains("time limit") == true)
    }

    @Test func compileGivesSQLitesVerdictWithoutRunning() throws {
        let executor = try executor()
        #expect(executor.compile("SELECT nosuch FROM fact_sales")?.contains("no such column") == true)
        #expect(executor.compile("SELECT string_agg(country, ',') FROM dim_customers")?.contains("string_agg") == true)
        let nested = "SELECT " + String(repeating: "(", count: 3_000) + "1" + String(repeating: ")", count: 3_000)
        #expect(executor.compile(nested) != nil)
        let subqueries = String(repeating: "SELECT * FROM (", count: 500) + "SELECT 1" + String(repeating: ")", count: 500)
        #expect(executor.compile(subqueries) != nil)
        // An endless query compiles instantly: nothing is run.
        #expect(executor.compile("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) FROM n") == nil)
    }

    @Test func aRebuiltWarehouseIsNoticed() throws {
        let dir = SharedWarehouse.root.appendingPathComponent("stale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let live = dir.appendingPathComponent("warehouse.sqlite").path
        try FileManager.default.copyItem(atPath: SharedWarehouse.path, toPath: live)
        let policy = GuardPolicy(allowedTables: ["dim_customers", "dim_products", "fact_sales"])
        let executor = try ReadOnlyExecutor(path: live, allowedTables: policy.allowedTables, allowedFunctions: policy.allowedFunctions)
        #expect(!executor.isStale)
        let next = dir.appendingPathComponent("next.sqlite").path
        try FileManager.default.copyItem(atPath: SharedWarehouse.path, toPath: next)
        #expect(rename(next, live) == 0)
        #expect(executor.isStale)
    }
}
