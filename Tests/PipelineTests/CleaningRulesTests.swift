import Foundation
import GRDB
import Testing

@testable import Pipeline

/// Every cleaning rule of the data contract, checked on the marts built from the fixture.
@Suite struct CleaningRulesTests {
    let fixture: Fixture

    init() throws {
        fixture = try Fixture()
        try fixture.build()
    }

    func customer(_ id: Int) throws -> Row {
        try #require(try fixture.rows("SELECT * FROM dim_customers WHERE customer_id = \(id)").first)
    }

    @Test func junkCustomersAreDroppedAndDuplicatesKeepTheLatestRecord() throws {
        let ids = try fixture.rows("SELECT customer_id FROM dim_customers ORDER BY customer_key").map { $0[0] as Int }
        #expect(ids == [11000, 11001, 11002, 11003, 29449])
        let kristin = try customer(29449)
        #expect(kristin["first_name"] as String? == "Kristin")
        #expect(kristin["last_name"] as String? == "Davis")
        #expect(kristin["marital_status"] as String == "Single")
        #expect(kristin["create_date"] as String? == "2026-01-27")
    }

    @Test func surrogateKeysFollowCustomerIdOrder() throws {
        let keys = try fixture.rows("SELECT customer_key, customer_id FROM dim_customers ORDER BY customer_id")
        #expect(keys.map { $0["customer_key"] as Int } == [1, 2, 3, 4, 5])
    }

    @Test func namesAreTrimmedAndQuotedCommasSurvive() throws {
        let jon = try customer(11000)
        #expect(jon["first_name"] as String? == "Jon")
        #expect(jon["last_name"] as String? == "Yang")
        #expect(try customer(11003)["first_name"] as String? == "Smith, Jr.")
    }

    @Test func maritalStatusAndGenderAreDecoded() throws {
        #expect(try customer(11000)["marital_status"] as String == "Married")
        #expect(try customer(11002)["marital_status"] as String == "n/a")
        #expect(try customer(11003)["marital_status"] as String == "Married")  // lower-case m
        #expect(try customer(11000)["gender"] as String == "Male")  // CRM
        #expect(try customer(11001)["gender"] as String == "Female")  // CRM empty, ERP 'Female '
        #expect(try customer(11002)["gender"] as String == "Female")  // CRM F wins
        #expect(try customer(11003)["gender"] as String == "n/a")  // neither knows
    }

    @Test func erpKeysAreMatchedAndBirthDatesInTheFutureAreUnknown() throws {
        #expect(try customer(11000)["birth_date"] as String? == "1971-10-06")  // NAS prefix removed
        #expect(try customer(11001)["birth_date"] as String? == nil)  // 9999-11-20
        #expect(try customer(11003)["birth_date"] as String? == "1980-02-29")
    }

    @Test func countriesAreNormalised() throws {
        #expect(try customer(11000)["country"] as String == "Australia")
        #expect(try customer(11001)["country"] as String == "Germany")
        #expect(try customer(11002)["country"] as String == "United States")
        #expect(try customer(29449)["country"] as String == "n/a")
        #expect(try customer(11003)["country"] as String == "United Kingdom")
    }

    @Test func onlyCurrentProductVersionsWithCategoryAndLine() throws {
        let products = try fixture.rows("SELECT * FROM dim_products ORDER BY product_key")
        #expect(products.map { $0["product_id"] as Int } == [210, 213, 214, 215])
        let frame = products[0]
        #expect(frame["product_number"] as String == "FR-R92B-58")
        #expect(frame["category_id"] as String == "CO_RF")
        #expect(frame["category"] as String? == "Components")
        #expect(frame["cost"] as Double == 0)
        #expect(frame["product_line"] as String == "Road")
        let pedal = products[3]
        #expect(pedal["category"] as String? == nil)
        #expect(pedal["product_line"] as String == "n/a")
        #expect(products[2]["product_line"] as String == "Other Sales")
    }

    @Test func productEndDatesAreRecomputedFromTheNextVersion() throws {
        let versions = try fixture.rows("SELECT prd_id, prd_end_dt FROM stg_crm_prd_info WHERE prd_key = 'BK-R93R-62' ORDER BY prd_id")
        #expect(versions.map { $0["prd_end_dt"] as String? } == ["2012-06-30", nil])
    }

    @Test func salesDatesThatAreZeroMalformedOrImpossibleBecomeNull() throws {
        let dates = try fixture.rows("SELECT order_number, order_date FROM fact_sales ORDER BY order_number, product_key")
        let byOrder = Dictionary(dates.map { ($0["order_number"] as String, $0["order_date"] as String?) }, uniquingKeysWith: { a, _ in a })
        #expect(byOrder["SO1"]! == "2012-12-29")
        #expect(byOrder["SO2"]! == nil)
        #expect(byOrder["SO3"]! == nil)
        #expect(byOrder["SO4"]! == nil)
        #expect(byOrder["SO5"]! == "2013-03-01")
    }

    @Test func salesAmountsAndPricesAreRepaired() throws {
        let lines = try fixture.rows(
            """
            SELECT f.order_number, p.product_number, f.sales_amount, f.quantity, f.price
            FROM fact_sales f JOIN dim_products p USING (product_key) ORDER BY f.order_number, p.product_number
            """
        ).map { "\($0["order_number"] as String) \($0["product_number"] as String) \($0["sales_amount"] as Double) \($0["quantity"] as Int) \($0["price"] as Double)" }
        #expect(
            lines == [
                "SO1 BK-R93R-62 3578.0 1 3578.0",
                "SO2 BK-R93R-62 3578.0 1 3578.0",  // empty sales = quantity x price
                "SO3 HL-U509-R 35.0 1 35.0",  // negative sales
                "SO4 HL-U509-R 70.0 2 35.0",  // empty price = sales / quantity
                "SO5 FR-R92B-58 100.0 1 100.0",  // zero sales
                "SO5 HL-U509-R 35.0 1 35.0",  // inconsistent sales, negative price
            ])
    }

    @Test func factKeysAreFoundThroughProductNumberAndCustomerId() throws {
        let orphans = try fixture.rows("SELECT COUNT(*) FROM fact_sales WHERE product_key IS NULL OR customer_key IS NULL")
        #expect(orphans[0][0] as Int == 0)
        let keys = try fixture.rows("SELECT order_key FROM fact_sales ORDER BY order_date, order_number").map { $0[0] as Int }
        #expect(Set(keys) == Set(1...6))
        // Unknown dates sort first, then by date: SO1 (2012-12-29) comes right after the undated lines.
        let so1 = try fixture.rows("SELECT order_key FROM fact_sales WHERE order_number = 'SO1'")[0][0] as Int
        #expect(so1 == 4)
    }

    @Test func rawTablesKeepEverythingAsExportedWithProvenance() throws {
        let raw = try fixture.rows(
            """
            SELECT r.cst_firstname, r._source_line, i.lake_path, i.sha256, i.loaded_at
            FROM raw_crm_cust_info r JOIN raw_ingests i ON i.ingest_id = r._ingest_id WHERE r.cst_id = '11000'
            """)
        #expect(raw[0]["cst_firstname"] as String == " Jon ")
        #expect(raw[0]["_source_line"] as Int == 2)
        #expect(raw[0]["lake_path"] as String == "source_crm/cust_info.csv/\(raw[0]["sha256"] as String).csv")
        #expect((raw[0]["loaded_at"] as String).hasPrefix("20"))
        #expect(try fixture.rows("SELECT COUNT(*) FROM raw_crm_cust_info")[0][0] as Int == 9)
    }
}
