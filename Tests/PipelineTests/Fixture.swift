import Foundation
import GRDB
import TestSupport

@testable import Pipeline

/// A small, hand-written set of exports where every row exercises a cleaning rule, and helpers to
/// build it into a throw-away folder.
struct Fixture {
    let root: URL
    var source: String { root.appendingPathComponent("source").path }
    var warehouse: String { root.appendingPathComponent("out/warehouse.sqlite").path }
    var lake: String { root.appendingPathComponent("out/lake").path }

    static let files: [String: String] = [
        "source_crm/cust_info.csv": """
        cst_id,cst_key,cst_firstname,cst_lastname,cst_marital_status,cst_gndr,cst_create_date
        11000,AW00011000, Jon ,Yang  ,M,M,2025-10-06
        11001,AW00011001,Eugene,Huang,S,,2025-10-06
        11002,AW00011002,Ruben,Torres,,F,2025-10-06
        ,SF566,,,,,
        29449,AW00029449,,,,,2026-01-25
        29449,AW00029449,Kristin,Davis,S,F,2026-01-27
        29449,AW00029449,Kristin,,,,2026-01-26
        11003,AW00011003,"Smith, Jr.",Lee,m,,
        ,A01Ass,,,,,

        """,
        "source_crm/prd_info.csv": """
        prd_id,prd_key,prd_nm,prd_cost,prd_line,prd_start_dt,prd_end_dt
        210,CO-RF-FR-R92B-58,HL Road Frame - Black- 58,,R ,2003-07-01,
        212,BI-RB-BK-R93R-62,Road-150 Red- 62,2171,R ,2011-07-01,2007-12-28
        213,BI-RB-BK-R93R-62,Road-150 Red- 62,2200,R ,2012-07-01,2008-12-27
        214,AC-HE-HL-U509-R,Sport-100 Helmet- Red,13,S ,2013-07-01,
        215,CO-PE-PD-M282,LL Mountain Pedal,18,,2013-07-01,

        """,
        "source_crm/sales_details.csv": """
        sls_ord_num,sls_prd_key,sls_cust_id,sls_order_dt,sls_ship_dt,sls_due_dt,sls_sales,sls_quantity,sls_price
        SO1,BK-R93R-62,11000,20121229,20130105,20130110,3578,1,3578
        SO2,BK-R93R-62,11001,0,20130105,20130110,,1,3578
        SO3,HL-U509-R,11002,5489,20130105,20130110,-35,1,35
        SO4,HL-U509-R,29449,20130230,20130307,20130312,70,2,
        SO5,HL-U509-R,29449,20130301,20130308,20130313,40,1,-35
        SO5,FR-R92B-58,29449,20130301,20130308,20130313,0,1,100

        """,
        "source_erp/CUST_AZ12.csv": """
        CID,BDATE,GEN
        NASAW00011000,1971-10-06,Male
        AW00011001,9999-11-20,Female 
        NASAW00011002,1976-08-10,f
        AW00029449,1960-01-01,FEMALE
        AW00011003,1980-02-29,  

        """,
        "source_erp/LOC_A101.csv": """
        CID,CNTRY
        AW-00011000,Australia
        AW-00011001,DE
        AW-00011002,USA
        AW-00029449,   
        AW-00011003, United Kingdom

        """,
        "source_erp/PX_CAT_G1V2.csv": """
        ID,CAT,SUBCAT,MAINTENANCE
        BI_RB,Bikes,Road Bikes,Yes
        AC_HE,Accessories,Helmets,Yes
        CO_RF,Components,Road Frames,Yes

        """,
    ]

    init() throws {
        root = ScratchDirectory.path("pipeline")
        for (name, text) in Self.files { try write(name, text) }
    }

    func write(_ name: String, _ text: String) throws {
        try write(name, Data(text.utf8))
    }

    func write(_ name: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: source).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(atPath: source + "/" + name)
    }

    var options: BuildOptions { BuildOptions(sourceDirectory: source, warehousePath: warehouse, lakeDirectory: lake) }

    @discardableResult
    func build(maxPageCount: Int? = nil) throws -> BuildReport {
        var options = self.options
        options.maxPageCount = maxPageCount
        return try WarehouseBuilder(options: options).build()
    }

    /// Builds and returns the error the build failed with.
    func failingBuild(maxPageCount: Int? = nil) throws -> PipelineError {
        do {
            try build(maxPageCount: maxPageCount)
        } catch let error as PipelineError {
            return error
        }
        throw FixtureError.buildSucceeded
    }

    func rows(_ sql: String) throws -> [Row] {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: warehouse, configuration: config).read { try Row.fetchAll($0, sql: sql) }
    }

    func warehouseBytes() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: warehouse)) }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }
}

enum FixtureError: Error { case buildSucceeded }
