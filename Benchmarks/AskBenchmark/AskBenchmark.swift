import Foundation
import GRDB
import QueryService
import SQLGuard
import Translation
import Warehouse

/// In-process timings (process start excluded) of the question path on a built warehouse:
/// rule translation, the SQL guard, the guarded executor against plain SQLite, and full `ask`.
///
///   swift run -c release ask-benchmark [WAREHOUSE] [REPEATS]
@main
enum AskBenchmark {
    static let singleAggregate = [
        "What is the total turnover?", "total sales in 2012", "How many customers live in France?",
        "how many orders have we taken since 2013", "revenue for bikes in Q2 2013", "average order value",
    ]
    static let groupBy = [
        "revenue by product category", "number of clients per country", "orders per year",
        "average order value for each country", "monthly revenue for 2013", "units sold by subcategory in 2013",
    ]
    static let other = [
        "top 5 products by revenue", "What percentage of our buyers came back for a second order?",
        "year over year revenue growth", "which products have never been sold?", "revenue by gender and marital status",
    ]
    static let queries = [
        "SELECT SUM(sales_amount) FROM fact_sales",
        "SELECT p.category, SUM(f.sales_amount) FROM fact_sales f JOIN dim_products p ON p.product_key = f.product_key GROUP BY p.category",
        "SELECT c.country, COUNT(DISTINCT f.order_number) FROM fact_sales f JOIN dim_customers c ON c.customer_key = f.customer_key WHERE f.order_date >= '2013-01-01' GROUP BY c.country",
        "WITH s AS (SELECT product_key, SUM(sales_amount) AS revenue FROM fact_sales GROUP BY product_key), r AS (SELECT product_key, revenue, RANK() OVER (ORDER BY revenue DESC) AS rk FROM s) SELECT p.product_name, r.revenue FROM r JOIN dim_products p ON p.product_key = r.product_key WHERE r.rk <= 5",
    ]

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    static func p90(_ values: [Double]) -> Double { values.sorted()[min(values.count - 1, Int(Double(values.count) * 0.9))] }
    static func ms(_ block: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try block()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    static func main() async throws {
        let arguments = CommandLine.arguments
        let warehouse = arguments.count > 1 ? arguments[1] : "data/warehouse.sqlite"
        let repeats = arguments.count > 2 ? Int(arguments[2]) ?? 30 : 30
        let logDir = FileManager.default.temporaryDirectory.appendingPathComponent("ask-benchmark-\(getpid())")
        try FileManager.default.createDirectory(at: logDir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: logDir) }
        let service = try AskService(.init(warehousePath: warehouse, logPath: logDir.appendingPathComponent("log.sqlite").path)) {
            model, executor in try RuleBasedTranslator(model: model, catalog: executor)
        }
        let translator = service.translator as! RuleBasedTranslator
        print("warehouse: \(warehouse), \(repeats) repeats per item (medians; p90 in brackets)\n")

        var translate: [Double] = []
        for _ in 0..<repeats {
            for q in singleAggregate + groupBy + other { translate.append(ms { _ = translator.translateNow(q, context: nil) }) }
        }
        print(String(format: "translate (rules), %d questions:        median %.3f ms [p90 %.3f]", translate.count / repeats, median(translate), p90(translate)))
        if ProcessInfo.processInfo.environment["ASK_BENCHMARK_TRANSLATE_ONLY"] != nil { return }  // for profiling the translator

        for (name, questions) in [("single aggregate", singleAggregate), ("group by", groupBy), ("ranking/shares/growth", other)] {
            var times: [Double] = []
            var perQuestion: [String: [Double]] = [:]
            for _ in 0..<repeats {
                for q in questions {
                    let start = DispatchTime.now().uptimeNanoseconds
                    _ = await service.ask(q, interface: "bench")
                    let t = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                    times.append(t)
                    perQuestion[q, default: []].append(t)
                }
            }
            if ProcessInfo.processInfo.environment["ASK_BENCHMARK_VERBOSE"] != nil {
                for q in questions { print(String(format: "    %7.2f ms  %@", median(perQuestion[q]!), q as NSString)) }
            }
            print(String(format: "ask end to end, %-22@ median %.2f ms [p90 %.2f]", name as NSString, median(times), p90(times)))
        }

        var guardTimes: [Double] = []
        for _ in 0..<(repeats * 10) { for sql in queries { guardTimes.append(ms { _ = service.sqlGuard.check(sql) }) } }
        print(String(format: "guard check, typical queries:            median %.4f ms [p90 %.4f]", median(guardTimes), p90(guardTimes)))

        // The executor (authorizer, progress handler, limits) against a plain read-only connection.
        var config = Configuration()
        config.readonly = true
        let plain = try DatabaseQueue(path: warehouse, configuration: config)
        for sql in queries {
            var guarded: [Double] = [], raw: [Double] = []
            for _ in 0..<repeats {
                guarded.append(try ms { _ = try service.run(sql: sql) })
                raw.append(try ms { _ = try plain.read { try Row.fetchAll($0, sql: sql) } })
            }
            print(
                String(
                    format: "query %@: guarded %.2f ms, plain GRDB %.2f ms (%+.1f%%)",
                    String(sql.prefix(48)) as NSString, median(guarded), median(raw), 100 * (median(guarded) / median(raw) - 1)))
        }
    }
}
