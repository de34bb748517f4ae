import Foundation
import GRDB
import Testing

@testable import Pipeline

/// Bad exports get an error naming the file, line and column, and nothing half-built goes live;
/// what real export tools produce (BOM, CRLF, quoting) loads.
@Suite struct BadInputTests {
    let fixture: Fixture

    init() throws {
        fixture = try Fixture()
    }

    @Test func missingFileIsNamedBeforeAnythingIsTouched() throws {
        try fixture.remove("source_erp/LOC_A101.csv")
        let error = try fixture.failingBuild()
        #expect(error.step == "sources")
        #expect(error.message.contains("source_erp/LOC_A101.csv"))
        #expect(!FileManager.default.fileExists(atPath: fixture.warehouse))
    }

    @Test func missingOrRenamedColumnIsNamedWithTheHeaderFound() throws {
        try fixture.write("source_erp/LOC_A101.csv", "CID,COUNTRY\nAW-00011000,Australia\n")
        let error = try fixture.failingBuild()
        #expect(error.file == "source_erp/LOC_A101.csv")
        #expect(error.line == 1)
        #expect(error.message.contains("missing column(s) CNTRY"))
        #expect(error.message.contains("CID,COUNTRY"))
    }

    @Test func columnsInAnotherOrderStillLoad() throws {
        try fixture.write("source_erp/LOC_A101.csv", "CNTRY,CID\nDE,AW-00011000\n")
        try fixture.build()
        #expect(try fixture.rows("SELECT country FROM dim_customers WHERE customer_id = 11000")[0][0] as String == "Germany")
    }

    @Test func emptyFileAndHeaderOnlyFileAreRefused() throws {
        try fixture.write("source_crm/sales_details.csv", "")
        let empty = try fixture.failingBuild()
        #expect(empty.file == "source_crm/sales_details.csv")
        #expect(empty.message.contains("empty"))

        try fixture.write("source_crm/sales_details.csv", String(Fixture.files["source_crm/sales_details.csv"]!.split(separator: "\n")[0]) + "\n")
        let headerOnly = try fixture.failingBuild()
        #expect(headerOnly.message.contains("no data rows"))
    }

    @Test func raggedRowNamesItsLine() throws {
        try fixture.write("source_erp/PX_CAT_G1V2.csv", "ID,CAT,SUBCAT,MAINTENANCE\nBI_RB,Bikes,Road Bikes,Yes\nAC_HE,Accessories,Helmets\n")
        let error = try fixture.failingBuild()
        #expect(error.file == "source_erp/PX_CAT_G1V2.csv")
        #expect(error.line == 3)
        #expect(error.message.contains("3 fields but the header has 4"))
    }

    @Test func quotedCommasQuotesAndNewlinesLoadAndLineNumbersStayPhysical() throws {
        try fixture.write(
            "source_erp/PX_CAT_G1V2.csv",
            """
            ID,CAT,SUBCAT,MAINTENANCE
            BI_RB,Bikes,"Road Bikes, fast",Yes
            AC_HE,Accessories,"Helmets ""Pro""
            second line",Yes
            CO_RF,Components,Road Frames,Yes,extra

            """)
        let error = try fixture.failingBuild()
        #expect(error.line == 5)  // the ragged row after a two-line value
        try fixture.write("source_erp/PX_CAT_G1V2.csv", "ID,CAT,SUBCAT,MAINTENANCE\nBI_RB,Bikes,\"Road Bikes, fast\",Yes\nAC_HE,Accessories,\"Helmets \"\"Pro\"\"\nsecond line\",Yes\nCO_RF,Components,Road Frames,Yes\n")
        try fixture.build()
        let subcategories = try fixture.rows("SELECT subcat FROM stg_erp_px_cat_g1v2 ORDER BY id").map { $0[0] as String }
        #expect(subcategories == ["Helmets \"Pro\"\nsecond line", "Road Bikes, fast", "Road Frames"])
    }

    @Test func byteOrderMarkAndCRLFAreTolerated() throws {
        let text = Fixture.files["source_erp/LOC_A101.csv"]!.replacingOccurrences(of: "\n", with: "\r\n")
        try fixture.write("source_erp/LOC_A101.csv", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        try fixture.build()
        let countries = try fixture.rows("SELECT country FROM dim_customers ORDER BY customer_id").map { $0[0] as String }
        #expect(countries == ["Australia", "Germany", "United States", "United Kingdom", "n/a"])
        #expect(try fixture.rows("SELECT COUNT(*) FROM raw_erp_loc_a101 WHERE CNTRY LIKE '%' || char(13) || '%'")[0][0] as Int == 0)
    }

    @Test func invalidUTF8IsRefusedWithLineAndColumn() throws {
        var data = Data("cst_id,cst_key,cst_firstname,cst_lastname,cst_marital_status,cst_gndr,cst_create_date\n11000,AW00011000,Jon,Yang,M,M,2025-10-06\n11001,AW00011001,".utf8)
        data.append(contentsOf: [0x4A, 0xE9, 0x72])  // "Jér" in Latin-1
        data.append(contentsOf: Data(",Huang,S,M,2025-10-06\n".utf8))
        try fixture.write("source_crm/cust_info.csv", data)
        let error = try fixture.failingBuild()
        #expect(error.file == "source_crm/cust_info.csv")
        #expect(error.line == 3)
        #expect(error.column == "3 (cst_firstname)")
        #expect(error.message.contains("UTF-8"))
    }

    @Test func unterminatedAndStrayQuotesAreRefused() throws {
        try fixture.write("source_erp/PX_CAT_G1V2.csv", "ID,CAT,SUBCAT,MAINTENANCE\nBI_RB,\"Bikes,Road Bikes,Yes\n")
        let unterminated = try fixture.failingBuild()
        #expect(unterminated.line == 2)
        #expect(unterminated.message.contains("never closed"))

        try fixture.write("source_erp/PX_CAT_G1V2.csv", "ID,CAT,SUBCAT,MAINTENANCE\nBI_RB,Bi\"kes,Road Bikes,Yes\n")
        let stray = try fixture.failingBuild()
        #expect(stray.line == 2)
        #expect(stray.column == "2 (CAT)")
    }

    @Test func errorDescriptionNamesStepPlaceAndHint() throws {
        try fixture.write("source_erp/PX_CAT_G1V2.csv", "ID,CAT,SUBCAT,MAINTENANCE\nBI_RB,Bikes\n")
        let text = try fixture.failingBuild().description
        #expect(text.hasPrefix("[raw] source_erp/PX_CAT_G1V2.csv:2: row has 2 fields"))
        #expect(text.contains("hint:"))
    }
}
