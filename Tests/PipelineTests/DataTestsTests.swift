import Foundation
import GRDB
import Testing

@testable import Pipeline

/// Every data test catches the violation it is there for. (Keys declared INTEGER PRIMARY KEY
/// cannot be null or duplicated at all: SQLite refuses such rows before any test could.)
@Suite struct DataTestsTests {
    @Test func eachTestFailsOnItsViolationAndNamesRows() throws {
        let fixture = try Fixture()
        try fixture.build()
        let copy = fixture.root.appendingPathComponent("corrupt.sqlite").path
        try FileManager.default.copyItem(atPath: fixture.warehouse, toPath: copy)
        let queue = try DatabaseQueue(path: copy)
        let catalog = try ModelCatalog.load()
        try queue.write { db in
            try db.execute(
                sql: """
                    UPDATE dim_customers SET customer_id = 11000 WHERE customer_key = 2;
                    UPDATE dim_customers SET customer_number = NULL WHERE customer_key = 3;
                    UPDATE dim_customers SET marital_status = 'Divorced', gender = 'X' WHERE customer_key = 1;
                    UPDATE dim_customers SET country = NULL, birth_date = '2999-01-01' WHERE customer_key = 4;
                    UPDATE dim_customers SET marital_status = NULL, gender = NULL, customer_id = NULL,
                                             customer_number = (SELECT customer_number FROM dim_customers WHERE customer_key = 1) WHERE customer_key = 5;
                    UPDATE dim_products SET product_line = NULL, product_id = NULL, product_number = NULL WHERE product_key = 3;
                    UPDATE dim_products SET product_line = 'Gravel', maintenance = 'Maybe', cost = NULL, category_id = NULL WHERE product_key = 1;
                    UPDATE dim_products SET product_number = (SELECT product_number FROM dim_products WHERE product_key = 1),
                                            product_id = (SELECT product_id FROM dim_products WHERE product_key = 1) WHERE product_key = 2;
                    UPDATE fact_sales SET product_key = 9999, customer_key = NULL, order_number = NULL WHERE order_key = 1;
                    UPDATE fact_sales SET shipping_date = '2000-01-01', sales_amount = -1, price = NULL, quantity = NULL WHERE order_key = 5;
                    UPDATE fact_sales SET product_key = NULL, customer_key = 99999, sales_amount = NULL WHERE order_key = 6;
                    INSERT INTO stg_crm_prd_info (prd_id, cat_id, prd_key, prd_nm, prd_cost, prd_line, prd_start_dt, prd_end_dt)
                        VALUES (999, 'BI_RB', 'BK-R93R-62', 'dup', 1, 'Road', '2013-01-01', NULL);
                    """)
        }
        let results = try queue.read { try DataTestRunner(catalog: catalog).run(in: $0) }
        let failed = Set(results.filter { !$0.passed }.map(\.name))
        let expected: Set<String> = [
            "unique_dim_customers_customer_id", "not_null_dim_customers_customer_number",
            "accepted_values_dim_customers_marital_status", "accepted_values_dim_customers_gender",
            "not_null_dim_customers_country", "assert_no_future_birth_dates", "unique_dim_customers_customer_number",
            "not_null_dim_customers_marital_status", "not_null_dim_customers_gender", "not_null_dim_customers_customer_id",
            "not_null_dim_products_product_line", "not_null_dim_products_product_id", "not_null_dim_products_product_number",
            "unique_dim_products_product_id", "unique_dim_products_product_number",
            "accepted_values_dim_products_product_line", "accepted_values_dim_products_maintenance",
            "not_null_dim_products_cost", "not_null_dim_products_category_id",
            "relationships_fact_sales_product_key", "not_null_fact_sales_customer_key", "not_null_fact_sales_order_number",
            "not_null_fact_sales_product_key", "relationships_fact_sales_customer_key", "not_null_fact_sales_sales_amount",
            "not_null_fact_sales_price", "not_null_fact_sales_quantity",
            "assert_shipped_on_or_after_order", "assert_sales_equal_quantity_times_price",
            "assert_one_current_version_per_product",
        ]
        #expect(expected.isSubset(of: failed), "not caught: \(expected.subtracting(failed).sorted())")
        // Every test that can fail did; the rest guard primary keys the engine already enforces.
        let untouched = Set(results.map(\.name)).subtracting(failed)
        let primaryKeys = Set(catalog.schema.models.flatMap { ["unique_\($0.name)_\($0.primary_key)", "not_null_\($0.name)_\($0.primary_key)"] })
        #expect(untouched == primaryKeys, "\(untouched.sorted())")
        let gender = try #require(results.first { $0.name == "accepted_values_dim_customers_gender" })
        #expect(gender.failures == 1 && gender.samples == ["gender='X', occurrences=1"])
    }
}
