import GRDB
import Testing

@testable import Pipeline

/// The strict date functions the staging models call, against the calendar and SQLite's own date().
@Suite struct BuildFunctionsTests {
    func evaluate(_ sql: String) throws -> String? {
        let queue = try DatabaseQueue()
        return try queue.write { db in
            try BuildFunctions.register(in: db)
            return try String.fetchOne(db, sql: "SELECT " + sql)
        }
    }

    @Test func isoDateKeepsRealDaysOnly() throws {
        for day in ["2013-01-05", "2012-02-29", "2000-02-29", "2013-12-31", "0001-01-01"] {
            #expect(try evaluate("iso_date('\(day)')") == day)
        }
        for text in [
            "2013-02-29", "1900-02-29", "2013-04-31", "2013-13-01", "2013-00-10", "2013-01-00", "2013-1-05",
            " 2013-01-05", "2013-01-05x", "2013/01/05", "20130105", "", "n/a",
        ] {
            #expect(try evaluate("iso_date('\(text)')") == nil, "\(text)")
        }
        #expect(try evaluate("iso_date(NULL)") == nil)
    }

    @Test func isoDateFromYYYYMMDDAddsDashesToRealDaysOnly() throws {
        #expect(try evaluate("iso_date_from_yyyymmdd('20130105')") == "2013-01-05")
        #expect(try evaluate("iso_date_from_yyyymmdd(20120229)") == "2012-02-29")
        for text in ["0", "5489", "20130230", "20131301", "2013010a", "201301051", "2013-01-05", "", "NULL"] {
            #expect(try evaluate("iso_date_from_yyyymmdd('\(text)')") == nil, "\(text)")
        }
    }

    /// Every day of four years (a leap year among them), and the days just past each month's end,
    /// agree with SQLite's `date(x, '+0 days') = x`, the plain-SQL check the functions replace.
    @Test func agreesWithSQLiteDateOnEveryDayOfFourYears() throws {
        let queue = try DatabaseQueue()
        let disagreements = try queue.write { db -> Int in
            try BuildFunctions.register(in: db)
            return try Int.fetchOne(
                db,
                sql: """
                    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4 * 12 * 32),
                    texts AS (SELECT printf('%04d-%02d-%02d', 2011 + i / 384, (i / 32) % 12 + 1, i % 32) AS t FROM n)
                    SELECT COUNT(*) FROM texts
                    WHERE iso_date(t) IS NOT (CASE WHEN date(t, '+0 days') = t THEN t END)
                       OR iso_date_from_yyyymmdd(replace(t, '-', '')) IS NOT (CASE WHEN date(t, '+0 days') = t THEN t END)
                    """) ?? -1
        }
        #expect(disagreements == 0)
    }
}
