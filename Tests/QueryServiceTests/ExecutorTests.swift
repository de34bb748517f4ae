import Foundation
import SQLGuard
import Testing
import Warehouse

/// The run-time wall: even SQL that never went through the guard cannot read or change anything
/// but the marts, cannot run forever, and cannot blow up memory.
@Suite struct ExecutorTests {
    func executor(timeout: Double = 5, maxRows: Int = 10_000) throws -> ReadOnlyExecutor {
        let policy = GuardPolicy(allowedTables: ["dim_customers", "dim_products", "fact_sales"])
        return try ReadOnlyExecutor(
            path: SharedWarehouse.path, allowedTables: policy.allowedTables,
            allowedFunctions: policy.allowedFunctions,
            limits: QueryLimits(timeoutSeconds: timeout, maxRows: maxRows, maxValueBytes: 100_000))
    }

    /// Where an attack would write, if it could: a fresh folder of this run, never a fixed path.
    static let attackTarget = SharedWarehouse.root.appendingPathComponent("attack-\(UUID().uuidString).db").path

    static let deniedAtRunTime: [String] = [
        "ATTACH DATABASE '\(attackTarget)' AS x",
        "VACUUM INTO '\(attackTarget)'",
        "CREATE TEMP TABLE t AS SELECT 1",
        "CREATE TEMP VIEW v AS SELECT 1",
        "DELETE FROM fact_sales",
        "DROP TABLE fact_sales",
        "PRAGMA journal_mode = WAL",
        "SELECT * FROM raw_crm_cust_info",
        "SELECT * FROM stg_crm_sales_details",
        "SELECT * FROM sqlite_master",
        "SELECT * FROM pragma_table_info('fact_sales')",
        "WITH dim_customers AS (SELECT * FROM raw_crm_cust_info) SELECT * FROM dim_customers",
        "SELECT load_extension('x')",
        "SELECT sqlite_version()",
        "SELECT zeroblob(10)",
        "BEGIN",
        "SELECT 1; SELECT 2",
    ]

    @Test(arguments: deniedAtRunTime)
    func statementIsRefusedByTheEngine(_ sql: String) throws {
        let executor = try executor()
        #expect(throws: (any Error).self) { _ = try executor.run(sql) }
        // The connection stays usable.
        #expect(try executor.run("SELECT COUNT(*) FROM dim_customers").rows.count == 1)
        #expect(!FileManager.default.fileExists(atPath: Self.attackTarget))
    }

    @Test func endlessRecursiveQueryIsStoppedAtTheTimeLimit() throws {
        let executor = try executor(timeout: 0.3)
        do {
            _ = try executor.run("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) FROM n")
            Issue.record("the endless query returned")
        } catch let error as QueryError {
            guard case .timedOut = error else { Issue.record("wrong error \(error)"); return }
        }
        #expect(try executor.run("SELECT 1").rows == [[.integer(1)]])
    }

    @Test func cartesianJoinIsStopped() throws {
        let executor = try executor(timeout: 0.3)
        #expect(throws: QueryError.self) { _ = try executor.run("SELECT COUNT(*) FROM fact_sales a, fact_sales b, fact_sales c") }
    }

    @Test func hugeValuesAreRefused() throws {
        let executor = try executor()  // values capped at 100,000 bytes
        for sql in [
            "SELECT group_concat(printf('%.*c', 1000, 'x')) FROM fact_sales",
            "SELECT replace(printf('%.*c', 1000, 'x'), 'x', printf('%.*c', 1000, 'y'))",
        ] {
            do {
                _ = try executor.run(sql)
                Issue.record("a value over the cap was produced by \(sql)")
            } catch let error as QueryError {
                guard case .valueTooLarge = error else { Issue.record("wrong error \(error)"); continue }
            }
        }
        // printf gives up (NULL) rather than allocate past the cap, even when asked for a gigabyte.
        for width in [200_000, 1_000_000_000] {
            #expect(try executor.run("SELECT printf('%.*c', \(width), 'x')").rows == [[.null]])
        }
    }

    @Test func rowsAreCappedAndFlagged() throws {
        let result = try executor(maxRows: 10).run("SELECT order_key FROM fact_sales")
        #expect(result.rows.count == 10)
        #expect(result.truncated)
        let small = try executor(maxRows: 10).run("SELECT DISTINCT gender FROM dim_customers")
        #expect(!small.truncated)
    }

    @Test func legitimateQueriesRunWithTypedValues() throws {
        let executor = try executor()
        let result = try executor.run(
            """
            WITH s AS (SELECT p.category, SUM(f.sales_amount) AS revenue FROM fact_sales f JOIN dim_products p ON p.product_key = f.product_key GROUP BY 1)
            SELECT category, revenue, 100.0 * revenue / SUM(revenue) OVER () AS pct FROM s ORDER BY revenue DESC
            """)
        #expect(result.columns == ["category", "revenue", "pct"])
        guard case .text = result.rows[0][0], case .real(let pct) = result.rows[0][2] else { Issue.record("types"); return }
        #expect(pct > 50)
        #expect(try executor.run("SELECT value FROM json_each('[1,2,3]')", allowSchemaReads: true).rows.count == 3)
        #expect(try executor.run("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5) SELECT x FROM n").rows.count == 5)
    }

    @Test func missingWarehouseIsAClearError() {
        #expect(throws: QueryError.self) {
            _ = try ReadOnlyExecutor(path: "/nonexistent/warehouse.sqlite", allowedTables: [], allowedFunctions: [])
        }
    }
}
