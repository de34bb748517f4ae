import Foundation
import GRDB

/// Runs the generic tests declared in schema.yml and the singular SQL tests against a database.
struct DataTestRunner {
    var catalog: ModelCatalog
    static let sampleSize = 5

    /// One test to run: its SQL returns the offending rows; `reads` is every table it needs, so a
    /// build can run it as soon as those exist.
    struct Planned {
        var name: String
        var table: String
        var sql: String
        var reads: Set<String>
    }

    /// Every generic test of schema.yml and every singular test.
    func generatedTests() -> [Planned] {
        var tests: [Planned] = []
        for table in catalog.schema.models {
            for column in table.columns {
                for test in column.tests ?? [] {
                    let c = "\"\(column.name)\""
                    let sql: String
                    let label: String
                    var reads: Set<String> = [table.name]
                    switch test {
                    case .unique:
                        label = "unique"
                        sql = "SELECT \(c), COUNT(*) AS occurrences FROM \(table.name) WHERE \(c) IS NOT NULL GROUP BY \(c) HAVING COUNT(*) > 1"
                    case .notNull:
                        label = "not_null"
                        sql = "SELECT * FROM \(table.name) WHERE \(c) IS NULL"
                    case .acceptedValues(let values):
                        label = "accepted_values"
                        let list = values.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ", ")
                        sql = "SELECT \(c), COUNT(*) AS occurrences FROM \(table.name) WHERE \(c) NOT IN (\(list)) GROUP BY \(c)"
                    case .relationships(let target, let field):
                        label = "relationships"
                        reads.insert(target)
                        sql = "SELECT * FROM \(table.name) WHERE \(c) IS NOT NULL AND \(c) NOT IN (SELECT \"\(field)\" FROM \(target))"
                    }
                    tests.append(Planned(name: "\(label)_\(table.name)_\(column.name)", table: table.name, sql: sql, reads: reads))
                }
            }
        }
        let known = Set(catalog.models.map(\.name) + catalog.contract.sources.map(\.rawTable))
        for test in catalog.singularTests {
            let named = known.intersection(SQLText.identifiers(in: test.sql))
            tests.append(Planned(name: test.name, table: test.table, sql: test.sql, reads: named.union([test.table])))
        }
        return tests
    }

    func run(in db: Database) throws -> [DataTestResult] {
        try run(generatedTests(), in: db)
    }

    func run(_ tests: [Planned], in db: Database) throws -> [DataTestResult] {
        try tests.map { test in
            let failures: Int
            do {
                failures = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(test.sql))") ?? 0
            } catch {
                throw PipelineError(step: "tests", file: test.name, message: "the test does not run: \(error)")
            }
            var samples: [String] = []
            if failures > 0 {
                samples = try Row.fetchAll(db, sql: "SELECT * FROM (\(test.sql)) LIMIT \(Self.sampleSize)").map { row in
                    row.columnNames.map { name in "\(name)=\(Self.render(row[name] as DatabaseValue))" }.joined(separator: ", ")
                }
            }
            return DataTestResult(name: test.name, table: test.table, passed: failures == 0, failures: failures, samples: samples)
        }
    }

    static func render(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "NULL"
        case .int64(let v): return String(v)
        case .double(let v): return String(v)
        case .string(let s): return "'\(s)'"
        case .blob(let d): return "<\(d.count) bytes>"
        }
    }
}
