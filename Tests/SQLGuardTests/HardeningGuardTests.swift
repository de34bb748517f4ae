import Testing

@testable import SQLGuard

/// The kinds of blind spot the hardening issue found, each with several examples: a table read
/// hidden by parentheses or IN, SQLite's own tables under any quoting, unbounded printf widths
/// and the wall clock.
@Suite struct HardeningGuardTests {
    static let hiddenReads: [String] = [
        "SELECT COUNT(*) FROM (raw_crm_cust_info)",
        "SELECT COUNT(*) FROM ((raw_crm_cust_info))",
        "SELECT * FROM ( ( stg_crm_sales_details ) )",
        "SELECT * FROM (dim_customers JOIN raw_crm_cust_info ON 1 = 1)",
        "SELECT * FROM (dim_customers, raw_erp_loc_a101)",
        "SELECT * FROM dim_customers, (raw_crm_prd_info)",
        "SELECT * FROM dim_customers JOIN (raw_crm_prd_info) ON 1 = 1",
        "SELECT * FROM (fact_sales f JOIN (dim_products p JOIN raw_crm_prd_info r ON 1 = 1) ON 1 = 1)",
        "SELECT * FROM (\"raw_crm_cust_info\")",
        "SELECT * FROM ([stg_crm_cust_info])",
        "SELECT * FROM (main.raw_crm_cust_info)",
        "SELECT COUNT(*) FROM fact_sales WHERE customer_key IN raw_crm_cust_info",
        "SELECT COUNT(*) FROM fact_sales WHERE customer_key NOT IN stg_crm_cust_info",
        "SELECT COUNT(*) FROM fact_sales WHERE customer_key IN main.raw_crm_cust_info",
        "SELECT COUNT(*) FROM fact_sales WHERE customer_key IN \"raw_crm_cust_info\"",
        "SELECT (SELECT 1 WHERE 1 IN (SELECT 1 FROM (raw_crm_cust_info)))",
        "SELECT COUNT(*) FROM fact_sales WHERE customer_key IN sqlite_master",
    ]

    @Test(arguments: hiddenReads)
    func tableReferenceAtAnyDepthIsResolved(_ sql: String) {
        let verdict = sqlGuard.check(sql)
        #expect(!verdict.allowed, "allowed: \(sql)")
        #expect(
            verdict.reason.contains("raw") || verdict.reason.contains("staging") || verdict.reason.contains("internal"),
            "reason for \(sql): \(verdict.reason)")
    }

    static let systemNames: [String] = [
        "SELECT * FROM \"sqlite_master\"",
        "SELECT * FROM [sqlite_schema]",
        "SELECT * FROM `sqlite_temp_master`",
        "SELECT * FROM 'sqlite_master'",
        "SELECT * FROM \"SQLITE_MASTER\"",
        "SELECT * FROM main.\"sqlite_master\"",
        "SELECT \"sqlite_master\".sql FROM fact_sales",
        "SELECT * FROM fact_sales WHERE EXISTS (SELECT 1 FROM [sqlite_stat1])",
        "SELECT * FROM (\"sqlite_sequence\")",
    ]

    @Test(arguments: systemNames)
    func sqliteNamesAreRefusedInEveryQuoting(_ sql: String) {
        let verdict = sqlGuard.check(sql)
        #expect(!verdict.allowed, "allowed: \(sql)")
        #expect(verdict.reason.contains("internal"), "reason for \(sql): \(verdict.reason)")
    }

    static let unboundedFormats: [(String, String)] = [
        ("SELECT printf('%.*c', 2000000000, 'x')", "precision"),
        ("SELECT printf('%*d', 2000000000, 1)", "width"),
        ("SELECT format('%.*c', 1000000, 'x')", "precision"),
        ("SELECT printf('%2000000000c', 'x')", "width 2000000000"),
        ("SELECT printf('%.2000000000c', 'x')", "precision 2000000000"),
        ("SELECT format('%0101d', 1)", "width 101"),
        ("SELECT printf('%-500s', 'x')", "width 500"),
        ("SELECT printf('%.1000f', 1.5)", "precision 1000"),
        ("SELECT PRINTF('%d and %.9999c', 1, 'x')", "precision 9999"),
        ("SELECT printf(product_name, 1) FROM dim_products", "string literal"),
        ("SELECT printf('%' || '999999999' || 'c', 'x')", "string literal"),
        ("SELECT (SELECT format('%.*s', 100000000, 'ab'))", "precision"),
    ]

    @Test(arguments: unboundedFormats)
    func printfWidthsAreCappedBeforeRunning(_ attack: (String, String)) {
        let verdict = sqlGuard.check(attack.0)
        #expect(!verdict.allowed, "allowed: \(attack.0)")
        #expect(verdict.reason.contains(attack.1), "reason for \(attack.0): \(verdict.reason)")
    }

    static let boundedFormats: [String] = [
        "SELECT printf('%.2f', 1.234)",
        "SELECT printf('%5d%%', 42), format('%-10s|', 'ab')",
        "SELECT printf('%,d', SUM(quantity)) FROM fact_sales",
        "SELECT printf('%.100c', 'x')",
        "SELECT printf('%s', product_name) FROM dim_products",
    ]

    @Test(arguments: boundedFormats)
    func boundedFormatsAreAllowed(_ sql: String) {
        let verdict = sqlGuard.check(sql)
        #expect(verdict.allowed, "\(sql): \(verdict.reason)")
    }

    @Test(arguments: [
        "SELECT current_timestamp", "SELECT COUNT(*) FROM fact_sales WHERE order_date < CURRENT_DATE",
        "SELECT current_time FROM dim_customers",
    ])
    func theWallClockIsRefused(_ sql: String) {
        let verdict = sqlGuard.check(sql)
        #expect(!verdict.allowed && verdict.reason.contains("clock"), "\(sql): \(verdict.reason)")
    }

    @Test(arguments: [
        "SELECT string_agg(country, ',') FROM dim_customers", "SELECT concat(first_name, last_name) FROM dim_customers",
        "SELECT timediff('2014-01-01', '2013-01-01')",
    ])
    func functionsSQLite340LacksAreRefused(_ sql: String) {
        #expect(!sqlGuard.check(sql).allowed, "\(sql)")
    }

    @Test(arguments: [
        "SELECT * FROM (fact_sales)", "SELECT COUNT(*) FROM (dim_customers c JOIN fact_sales f USING (customer_key))",
        "SELECT COUNT(*) FROM fact_sales WHERE product_key IN (1, 2, 3)",
        "SELECT COUNT(*) FROM fact_sales WHERE customer_key IN (SELECT customer_key FROM dim_customers)",
        "SELECT COUNT(*) FROM fact_sales WHERE product_key IN dim_products",
        "SELECT '{\"a\": 1}' ->> '$.a', '[1]' -> 0",
    ])
    func legitimateShapesStillPass(_ sql: String) {
        let verdict = sqlGuard.check(sql)
        #expect(verdict.allowed, "\(sql): \(verdict.reason)")
    }

    @Test func namesFoldOnlyASCIILettersAsSQLiteDoes() {
        // The Kelvin sign lower-cases to "k" in Unicode but not in SQLite: it is another name.
        #expect(SQLGuard.fold("FACT_SALES") == "fact_sales")
        #expect(SQLGuard.fold("\u{212A}") == "\u{212A}")
    }
}
