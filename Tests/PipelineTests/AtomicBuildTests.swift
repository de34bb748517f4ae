import Foundation
import Testing

@testable import Pipeline

/// The live warehouse changes only when a whole build succeeds, and every run is recorded.
@Suite struct AtomicBuildTests {
    let fixture: Fixture

    init() throws {
        fixture = try Fixture()
        try fixture.build()
    }

    func leftovers() throws -> [String] {
        let dir = (fixture.warehouse as NSString).deletingLastPathComponent
        return try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".building-") }
    }

    @Test func badFileLeavesThePreviousWarehouseByteForByte() throws {
        let before = try fixture.warehouseBytes()
        try fixture.write("source_crm/sales_details.csv", "sls_ord_num,sls_prd_key\nSO1\n")
        _ = try fixture.failingBuild()
        #expect(try fixture.warehouseBytes() == before)
        #expect(try leftovers().isEmpty)
    }

    /// The largest export loads on a second thread (the side lane): its errors still name their
    /// line, a failure on the main thread stops it, and neither leaves a file behind.
    @Test func failuresOnEitherThreadNameTheirPlaceAndLeaveNothingBehind() throws {
        let before = try fixture.warehouseBytes()
        let big =
            Fixture.files["source_crm/sales_details.csv"]!
            + String(repeating: "SO1,BK-R93R-62,11000,20121229,20130105,20130110,3578,1,3578\n", count: 20_000)
        try fixture.write("source_crm/sales_details.csv", big + "SO9,BK-R93R-62\n")
        let onSide = try fixture.failingBuild()
        #expect(onSide.file == "source_crm/sales_details.csv")
        #expect(onSide.line == 20_008)
        #expect(try fixture.warehouseBytes() == before)
        #expect(try leftovers().isEmpty)

        try fixture.write("source_crm/sales_details.csv", big)
        try fixture.write("source_erp/PX_CAT_G1V2.csv", "ID,CAT,SUBCAT,MAINTENANCE\nBI_RB,Bikes\n")
        let onMain = try fixture.failingBuild()
        #expect(onMain.file == "source_erp/PX_CAT_G1V2.csv")
        #expect(onMain.line == 2)
        #expect(try fixture.warehouseBytes() == before)
        #expect(try leftovers().isEmpty)
    }

    @Test func fullDiskLeavesThePreviousWarehouse() throws {
        let before = try fixture.warehouseBytes()
        let error = try fixture.failingBuild(maxPageCount: 12)
        #expect(error.description.contains("full"))
        #expect(try fixture.warehouseBytes() == before)
        #expect(try leftovers().isEmpty)
    }

    @Test func failingDataTestBlocksTheSwapAndNamesTestTableAndRows() throws {
        let before = try fixture.warehouseBytes()
        // A sale of a product the catalogue does not have: its product_key cannot be found.
        try fixture.write(
            "source_crm/sales_details.csv",
            Fixture.files["source_crm/sales_details.csv"]!
                + "SO9,XX-9999,11000,20130101,20130108,20130113,10,1,10\n")
        let error = try fixture.failingBuild()
        #expect(error.step == "tests")
        #expect(error.message.contains("not_null_fact_sales_product_key on fact_sales: 1 offending row(s)"))
        #expect(error.message.contains("order_number='SO9'"))
        #expect(try fixture.warehouseBytes() == before)
    }

    @Test func orderShippedBeforeItWasPlacedFailsItsTest() throws {
        try fixture.write(
            "source_crm/sales_details.csv",
            Fixture.files["source_crm/sales_details.csv"]!
                + "SO9,HL-U509-R,11000,20130110,20130101,20130115,35,1,35\n")
        let error = try fixture.failingBuild()
        #expect(error.message.contains("assert_shipped_on_or_after_order on fact_sales"))
    }

    @Test func duplicateLocationRowsFailUniqueness() throws {
        try fixture.write("source_erp/LOC_A101.csv", Fixture.files["source_erp/LOC_A101.csv"]! + "AW-00011000,France\n")
        let error = try fixture.failingBuild()
        #expect(error.message.contains("unique_dim_customers_customer_id"))
        #expect(error.message.contains("customer_id=11000"))
    }

    @Test func runHistoryRecordsSuccessAndFailure() throws {
        try fixture.write("source_erp/PX_CAT_G1V2.csv", "")
        _ = try fixture.failingBuild()
        let runs = try RunHistory(path: fixture.options.runsPath).recent()
        #expect(runs.map(\.status) == [.failed, .succeeded])
        #expect(runs[0].error?.contains("PX_CAT_G1V2.csv") == true)
        let success = runs[1]
        #expect(success.models.first { $0.model == "fact_sales" }?.rows == 6)
        #expect(success.tests.count > 20 && success.tests.allSatisfy(\.passed))
        #expect(success.sources.count == 6 && success.sources.allSatisfy { $0.sha256.count == 64 })
    }

    @Test func secondBuildWhileOneHoldsTheLockIsRefused() throws {
        let lock = try BuildLock(path: fixture.warehouse + ".lock")
        defer { lock.release() }
        let error = try fixture.failingBuild()
        #expect(error.step == "lock")
    }

    @Test func leftoversOfAKilledBuildAreRemovedAndTheRunMarkedInterrupted() throws {
        let stale = fixture.warehouse + ".building-999"
        _ = FileManager.default.createFile(atPath: stale, contents: Data("half a database".utf8))
        try fixture.build()
        #expect(try leftovers().isEmpty)
    }
}
