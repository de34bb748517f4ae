import Testing

@testable import SQLGuard

let marts: Set<String> = ["dim_customers", "dim_products", "fact_sales"]
let sqlGuard = SQLGuard(policy: GuardPolicy(allowedTables: marts))

/// Every one of these must be refused, each for a reason a person can act on.
let attacks: [(String, String)] = [
    ("SELECT 1; DROP TABLE fact_sales", "only one statement"),
    ("SELECT * FROM fact_sales; SELECT * FROM raw_crm_cust_info", "only one statement"),
    ("SELECT * FROM fact_sales -- comment\n; DROP TABLE x", "only one statement"),
    ("SELECT 'a\\'; DROP TABLE fact_sales; --'", "only one statement"),
    ("DELETE FROM fact_sales", "only reading queries"),
    ("UPDATE dim_products SET cost = 0", "only reading queries"),
    ("INSERT INTO dim_customers VALUES (1)", "only reading queries"),
    ("REPLACE INTO dim_customers VALUES (1)", "only reading queries"),
    ("DROP TABLE fact_sales", "only reading queries"),
    ("ATTACH DATABASE '/tmp/x.db' AS x", "only reading queries"),
    ("PRAGMA table_info(fact_sales)", "only reading queries"),
    ("VACUUM INTO '/tmp/copy.db'", "only reading queries"),
    ("CREATE TEMP TABLE t AS SELECT 1", "only reading queries"),
    ("EXPLAIN SELECT * FROM fact_sales", "only reading queries"),
    ("WITH x AS (SELECT 1) DELETE FROM fact_sales", "DELETE"),
    ("WITH x AS (SELECT 1) INSERT INTO fact_sales SELECT * FROM x", "INSERT"),
    ("SELECT * FROM raw_crm_cust_info", "raw table"),
    ("SELECT * FROM stg_crm_sales_details", "staging table"),
    ("SELECT * FROM sqlite_master", "internal"),
    ("SELECT * FROM sqlite_schema", "internal"),
    ("SELECT * FROM main.sqlite_master", "internal"),
    ("SELECT * FROM sqlite_temp_master", "internal"),
    ("SELECT * FROM temp.dim_customers", "outside"),
    ("SELECT * FROM other.dim_customers", "outside"),
    ("SELECT * FROM \"raw_crm_cust_info\"", "raw table"),
    ("SELECT * FROM [raw_crm_cust_info]", "raw table"),
    ("SELECT * FROM `raw_crm_cust_info`", "raw table"),
    ("SELECT * FROM 'raw_crm_cust_info'", "raw table"),
    ("SELECT * FROM RAW_CRM_CUST_INFO", "raw table"),
    ("select * from Main.\"RAW_crm_cust_info\"", "raw table"),
    ("WITH dim_customers AS (SELECT * FROM raw_crm_cust_info) SELECT * FROM dim_customers", "raw table"),
    ("WITH a AS (SELECT 1), dim_products AS (SELECT * FROM stg_crm_prd_info) SELECT * FROM dim_products", "staging table"),
    ("SELECT * FROM (WITH raw_crm_cust_info AS (SELECT 1) SELECT * FROM raw_crm_cust_info) x, raw_crm_cust_info", "raw table"),
    ("SELECT * FROM dim_customers, raw_crm_cust_info", "raw table"),
    ("SELECT * FROM dim_customers c JOIN dim_products p ON 1 = 1, raw_crm_cust_info r", "raw table"),
    ("SELECT * FROM dim_customers LEFT OUTER JOIN query_log ON 1 = 1", "not available"),
    ("select * from (select * from raw_crm_cust_info)", "raw table"),
    ("SELECT (SELECT cst_id FROM raw_crm_cust_info LIMIT 1)", "raw table"),
    ("SELECT * FROM dim_customers WHERE customer_key IN (SELECT cst_id FROM raw_crm_cust_info)", "raw table"),
    ("SELECT customer_key FROM dim_customers UNION SELECT cst_id FROM raw_crm_cust_info", "raw table"),
    ("SELECT * FROM dim_customers WHERE EXISTS (SELECT 1 FROM sqlite_master)", "internal"),
    ("SELECT load_extension('evil.so')", "load_extension"),
    ("SELECT sqlite_version()", "sqlite_version"),
    ("SELECT * FROM pragma_table_info('fact_sales')", "pragma_table_info"),
    ("SELECT name FROM pragma_database_list", "pragma_database_list"),
    ("SELECT readfile('/etc/passwd')", "readfile"),
    ("SELECT writefile('/tmp/x', 'y')", "writefile"),
    ("SELECT zeroblob(1000000000)", "zeroblob"),
    ("SELECT randomblob(100)", "randomblob"),
    ("SELECT \"load_extension\"('x')", "load_extension"),
    ("SELECT * FROM fact_sales WHERE order_key = ?", "parameters"),
    ("SELECT * FROM fact_sales WHERE order_key = :key", "parameters"),
    ("SELECT 1 /* unterminated", "never closed"),
    ("SELECT 'unterminated", "never closed"),
    ("SELECT \"unterminated", "never closed"),
    ("", "empty"),
    ("   ;  ", "empty"),
    ("SELECT (1", "parentheses"),
]

/// Every one of these analytical queries must pass.
let legitimate: [String] = [
    "SELECT country, COUNT(*) AS customers FROM dim_customers GROUP BY country",
    "select c.country, sum(f.sales_amount) from fact_sales f join dim_customers c on c.customer_key = f.customer_key group by 1 order by 2 desc",
    "SELECT p.category, SUM(f.sales_amount) FROM fact_sales f LEFT JOIN dim_products p USING (product_key) GROUP BY p.category;",
    "SELECT \"country\" FROM \"dim_customers\"",
    "SELECT c.[country] FROM main.dim_customers c",
    "SELECT `gender` FROM `dim_customers`",
    "SELECT 'drop table fact_sales; delete' AS s FROM dim_customers",
    "SELECT * FROM fact_sales -- delete everything",
    "SELECT * FROM fact_sales /* ; DROP TABLE x */ LIMIT 1",
    "SELECT replace(country, 'n/a', 'Unknown') FROM dim_customers",
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 10) SELECT x FROM n",
    "WITH s AS (SELECT customer_key, SUM(sales_amount) AS ltv FROM fact_sales GROUP BY customer_key), r AS (SELECT customer_key, ltv, RANK() OVER (ORDER BY ltv DESC) AS rk FROM s) SELECT c.first_name || ' ' || c.last_name, r.ltv FROM r JOIN dim_customers c ON c.customer_key = r.customer_key WHERE r.rk <= 10",
    "WITH t AS (SELECT CAST(substr(order_date, 1, 4) AS INTEGER) AS year, SUM(sales_amount) AS revenue FROM fact_sales WHERE order_date IS NOT NULL GROUP BY year) SELECT year, 100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) / LAG(revenue) OVER (ORDER BY year) FROM t",
    "SELECT month, AVG(revenue) OVER (ORDER BY month ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM (SELECT substr(order_date, 1, 7) AS month, SUM(sales_amount) AS revenue FROM fact_sales GROUP BY month)",
    "SELECT COUNT(*) FROM dim_products WHERE product_key NOT IN (SELECT product_key FROM fact_sales)",
    "SELECT customer_key FROM fact_sales GROUP BY customer_key HAVING COUNT(DISTINCT order_number) > 1 AND SUM(order_date < '2013-01-01') > 0",
    "SELECT category FROM dim_products INTERSECT SELECT p.category FROM fact_sales f JOIN dim_products p ON p.product_key = f.product_key",
    "SELECT category FROM dim_products EXCEPT SELECT 'Bikes'",
    "SELECT AVG(julianday(shipping_date) - julianday(order_date)) FROM fact_sales",
    "SELECT strftime('%Y', order_date), printf('%.2f', SUM(sales_amount)) FROM fact_sales GROUP BY 1",
    "SELECT CASE WHEN gender = 'Female' THEN 'F' ELSE 'other' END, COUNT(*) FILTER (WHERE country = 'France') FROM dim_customers GROUP BY 1",
    "SELECT iif(cost > 100, 'expensive', 'cheap'), coalesce(category, 'n/a') FROM dim_products",
    "SELECT value FROM json_each('[1,2,3]')",
    "SELECT x.country FROM (SELECT DISTINCT country FROM dim_customers) AS x WHERE x.country LIKE 'U%' ORDER BY x.country LIMIT 5 OFFSET 1",
    "SELECT 1.5e3, .5, 0x1F, x'00' FROM dim_customers LIMIT 1",
    "SELECT a.customer_key FROM dim_customers a CROSS JOIN dim_customers b LIMIT 1",
]

@Suite struct SQLGuardTests {
    @Test(arguments: attacks)
    func attackIsRefusedWithAReason(_ attack: (String, String)) {
        let verdict = sqlGuard.check(attack.0)
        #expect(!verdict.allowed, "allowed: \(attack.0)")
        #expect(verdict.reason.contains(attack.1), "reason for \(attack.0): \(verdict.reason)")
    }

    @Test(arguments: legitimate)
    func analyticalQueryIsAllowed(_ sql: String) {
        let verdict = sqlGuard.check(sql)
        #expect(verdict.allowed, "\(sql): \(verdict.reason)")
    }

    @Test func tablesReadAreListedAndCTENamesAreNotTables() {
        let verdict = sqlGuard.check("WITH s AS (SELECT * FROM fact_sales) SELECT * FROM s JOIN main.dim_products p ON p.product_key = s.product_key")
        #expect(verdict.allowed)
        #expect(verdict.tables == ["dim_products", "fact_sales"])
    }

    @Test func cteNamesAreScopedToTheirQuery() {
        // `s` is defined inside the subquery only; outside it, `s` would be a real (unknown) table.
        let verdict = sqlGuard.check("SELECT * FROM (WITH s AS (SELECT 1 AS x) SELECT x FROM s) t, s")
        #expect(!verdict.allowed)
        #expect(verdict.reason.contains("the table s is not available"))
    }

    @Test func tokenizerKeepsBackslashesAndDoubledQuotes() throws {
        let tokens = try SQLTokenizer.tokenize("SELECT 'a\\', 'it''s', \"x\"\"y\", [a b]")
        #expect(tokens.map(\.text) == ["SELECT", "a\\", ",", "it's", ",", "x\"y", ",", "a b"])
    }
}
