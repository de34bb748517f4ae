/// The product families the generator draws from: real category ids, names in the shapes the real
/// CRM uses ("Mountain-100 Black- 38", "HL Road Frame - Red- 44", "Sport-100 Helmet- Red").
struct ProductFamily {
    /// Category id as it appears in the product key (`BI_MB`); `CO_PE` deliberately has no catalogue row.
    var category: String
    /// Product name stem and number stem; variants are appended to both.
    var name: String
    var code: String
    /// (name suffix, code suffix) per variant; one empty variant for single products.
    var variants: [(String, String)]
    var cost: Double
    var price: Double
    var line: String
    /// Versions in the CRM (price history): 1, 2 or 3.
    var versions: Int
    /// Start date of the single version of never-versioned products.
    var firstStart: String
    /// Months (yyyymm) during which it sells; nil = never sold.
    var sells: ClosedRange<Int>?
}

enum ProductCatalogue {
    static let categories: [(id: String, cat: String, sub: String, maintenance: String)] = [
        ("AC_BR", "Accessories", "Bike Racks", "Yes"), ("AC_BS", "Accessories", "Bike Stands", "No"),
        ("AC_BC", "Accessories", "Bottles and Cages", "No"), ("AC_CL", "Accessories", "Cleaners", "Yes"),
        ("AC_FE", "Accessories", "Fenders", "No"), ("AC_HE", "Accessories", "Helmets", "Yes"),
        ("AC_HP", "Accessories", "Hydration Packs", "No"), ("AC_LI", "Accessories", "Lights", "Yes"),
        ("AC_LO", "Accessories", "Locks", "Yes"), ("AC_PA", "Accessories", "Panniers", "No"),
        ("AC_PU", "Accessories", "Pumps", "Yes"), ("AC_TT", "Accessories", "Tires and Tubes", "Yes"),
        ("BI_MB", "Bikes", "Mountain Bikes", "Yes"), ("BI_RB", "Bikes", "Road Bikes", "Yes"),
        ("BI_TB", "Bikes", "Touring Bikes", "Yes"), ("CL_BS", "Clothing", "Bib-Shorts", "No"),
        ("CL_CA", "Clothing", "Caps", "No"), ("CL_GL", "Clothing", "Gloves", "No"),
        ("CL_JE", "Clothing", "Jerseys", "No"), ("CL_SH", "Clothing", "Shorts", "No"),
        ("CL_SO", "Clothing", "Socks", "No"), ("CL_TI", "Clothing", "Tights", "No"),
        ("CL_VE", "Clothing", "Vests", "No"), ("CO_BB", "Components", "Bottom Brackets", "Yes"),
        ("CO_BR", "Components", "Brakes", "Yes"), ("CO_CH", "Components", "Chains", "Yes"),
        ("CO_CS", "Components", "Cranksets", "Yes"), ("CO_DE", "Components", "Derailleurs", "Yes"),
        ("CO_FO", "Components", "Forks", "Yes"), ("CO_HB", "Components", "Handlebars", "No"),
        ("CO_HS", "Components", "Headsets", "No"), ("CO_MF", "Components", "Mountain Frames", "Yes"),
        ("CO_PD", "Components", "Pedals", "No"), ("CO_RF", "Components", "Road Frames", "Yes"),
        ("CO_SA", "Components", "Saddles", "No"), ("CO_TF", "Components", "Touring Frames", "Yes"),
        ("CO_WH", "Components", "Wheels", "Yes"),
    ]

    private static func sized(_ colour: String, _ c: String, _ sizes: [Int]) -> [(String, String)] {
        sizes.map { (" \(colour)- \($0)", "\(c)-\($0)") }
    }

    private static func apparel(_ sizes: [String]) -> [(String, String)] { sizes.map { ("- \($0)", "-\($0)") } }

    static let early = 201_012...201_206, middle = 201_101...201_306, late = 201_207...201_401
    static let newer = 201_307...201_401, bikesLate = 201_301...201_312

    static var families: [ProductFamily] {
        var f: [ProductFamily] = []
        func bike(
            _ cat: String, _ name: String, _ line: String, _ variants: [(String, String)], _ cost: Double, _ price: Double,
            _ versions: Int, _ sells: ClosedRange<Int>
        ) {
            f.append(
                ProductFamily(
                    category: cat, name: name, code: "", variants: variants, cost: cost, price: price, line: line,
                    versions: versions, firstStart: "2013-07-01", sells: sells))
        }
        bike("BI_RB", "Road-150", "R", sized("Red", "BK-R93R", [44, 48, 52, 56, 62]), 2171, 3578, 3, early)
        bike("BI_MB", "Mountain-100", "M", sized("Silver", "BK-M82S", [38, 42, 44, 48]) + sized("Black", "BK-M82B", [38, 42, 44, 48]), 1898, 3400, 3, early)
        bike("BI_RB", "Road-650", "R", sized("Red", "BK-R50R", [44, 48, 52, 58, 60, 62]) + sized("Black", "BK-R50B", [44, 48, 52, 58, 60, 62]), 413, 700, 3, middle)
        bike("BI_RB", "Road-250", "R", sized("Red", "BK-R89R", [44, 48, 52, 58]) + sized("Black", "BK-R89B", [44, 48, 52, 58]), 1519, 2443, 2, late)
        bike("BI_MB", "Mountain-200", "M", sized("Silver", "BK-M68S", [38, 42, 46]) + sized("Black", "BK-M68B", [38, 42, 46]), 1265, 2320, 2, late)
        bike("BI_RB", "Road-550-W", "R", sized("Yellow", "BK-R64Y", [38, 40, 42, 44, 48]), 713, 1120, 2, late)
        bike("BI_MB", "Mountain-400-W", "M", sized("Silver", "BK-M38S", [38, 40, 42, 46]), 419, 769, 1, newer)
        bike("BI_RB", "Road-750", "R", sized("Black", "BK-R19B", [44, 48, 52, 58]), 343, 539, 1, newer)
        bike("BI_MB", "Mountain-500", "M", sized("Silver", "BK-M18S", [40, 42, 44, 48, 52]) + sized("Black", "BK-M18B", [40, 42, 44, 48, 52]), 308, 565, 1, newer)
        bike("BI_TB", "Touring-1000", "T", sized("Blue", "BK-T79U", [46, 50, 54, 60]) + sized("Yellow", "BK-T79Y", [46, 50, 54, 60]), 1482, 2384, 1, newer)
        bike("BI_TB", "Touring-2000", "T", sized("Blue", "BK-T44U", [46, 50, 54, 60]), 755, 1214, 1, newer)
        bike("BI_TB", "Touring-3000", "T", sized("Blue", "BK-T18U", [44, 50, 54, 58, 62]) + sized("Yellow", "BK-T18Y", [44, 50, 54, 58, 62]), 462, 742, 1, newer)
        bike("BI_RB", "Road-350-W", "R", sized("Yellow", "BK-R79Y", [40, 42, 44, 48]), 1083, 1701, 1, bikesLate)
        bike("BI_MB", "Mountain-300", "M", sized("Black", "BK-M47B", [38, 40, 44, 48]), 598, 1079, 1, bikesLate)
        bike("BI_RB", "Road-450", "R", sized("Red", "BK-R68R", [44, 48, 52, 58, 60]), 885, 1457, 1, bikesLate)

        func item(
            _ cat: String, _ name: String, _ code: String, _ price: Double, line: String = "S", variants: [(String, String)] = [("", "")],
            sells: ClosedRange<Int>? = newer, start: String = "2013-07-01", versions: Int = 1
        ) {
            f.append(
                ProductFamily(
                    category: cat, name: name, code: code, variants: variants, cost: (price * 0.38 * 100).rounded() / 100,
                    price: price, line: line, versions: versions, firstStart: start, sells: sells))
        }
        for (colour, code) in [("Red", "HL-U509-R"), ("Black", "HL-U509"), ("Blue", "HL-U509-B")] { item("AC_HE", "Sport-100 Helmet- \(colour)", code, 35) }
        item("AC_BC", "Water Bottle - 30 oz.", "WB-H098", 5); item("AC_BC", "Mountain Bottle Cage", "BC-M005", 10)
        item("AC_BC", "Road Bottle Cage", "BC-R205", 9)
        item("AC_TT", "Patch Kit/8 Patches", "PK-7098", 2); item("AC_TT", "Mountain Tire Tube", "TT-M928", 5, line: "M")
        item("AC_TT", "Road Tire Tube", "TT-R982", 4, line: "R"); item("AC_TT", "Touring Tire Tube", "TT-T092", 5, line: "T")
        for (tier, code, price) in [("LL", "TI-M267", 25.0), ("ML", "TI-M602", 30), ("HL", "TI-M823", 35)] { item("AC_TT", "\(tier) Mountain Tire", code, price, line: "M") }
        for (tier, code, price) in [("LL", "TI-R092", 21.0), ("ML", "TI-R628", 25), ("HL", "TI-R982", 33)] { item("AC_TT", "\(tier) Road Tire", code, price, line: "R") }
        item("AC_TT", "Touring Tire", "TI-T723", 29, line: "T")
        item("AC_FE", "Fender Set - Mountain", "FE-6654", 22, line: "M"); item("AC_HP", "Hydration Pack - 70 oz.", "HY-1023-70", 55)
        item("AC_BR", "Hitch Rack - 4-Bike", "RA-H123", 120); item("AC_BS", "All-Purpose Bike Stand", "ST-1401", 159, line: "M")
        item("AC_CL", "Bike Wash - Dissolver", "CL-9009", 8)
        item("AC_LI", "Headlights - Dual-Beam", "LT-H902", 35, line: "R", sells: nil); item("AC_LI", "Headlights - Weatherproof", "LT-H903", 45, line: "R", sells: nil)
        item("AC_LI", "Taillights - Battery-Powered", "LT-T990", 14, line: "R", sells: nil); item("AC_LO", "Cable Lock", "LO-C100", 25, sells: nil)
        item("AC_PA", "Touring-Panniers, Large", "PA-T100", 125, line: "T", sells: nil)
        item("AC_PU", "Minipump", "PU-0452", 20, sells: nil); item("AC_PU", "Mountain Pump", "PU-M044", 25, line: "M", sells: nil)

        item("CL_CA", "AWC Logo Cap", "CA-1098", 9)
        item("CL_JE", "Long-Sleeve Logo Jersey", "LJ-0192", 50, variants: apparel(["S", "M", "L", "XL"]))
        item("CL_JE", "Short-Sleeve Classic Jersey", "SJ-0194", 54, variants: apparel(["S", "M", "L", "XL"]))
        item("CL_GL", "Half-Finger Gloves", "GL-H102", 24, variants: apparel(["S", "M", "L"]))
        item("CL_GL", "Full-Finger Gloves", "GL-F110", 38, line: "M", variants: apparel(["S", "M", "L"]), sells: nil)
        item("CL_SH", "Men's Sports Shorts", "SH-M897", 60, variants: apparel(["S", "M", "L", "XL"]))
        item("CL_SH", "Women's Mountain Shorts", "SH-W890", 70, line: "M", variants: apparel(["S", "M", "L"]))
        item("CL_SO", "Racing Socks", "SO-R809", 9, line: "R", variants: apparel(["M", "L"]))
        item("CL_SO", "Mountain Bike Socks", "SO-B909", 10, line: "M", variants: apparel(["M", "L"]), sells: nil)
        item("CL_TI", "Women's Tights", "TG-W091", 75, line: "R", variants: apparel(["S", "M", "L"]), sells: nil)
        item("CL_VE", "Classic Vest", "VE-C304", 64, variants: apparel(["S", "M", "L"]))
        item("CL_BS", "Men's Bib-Shorts", "SB-M891", 90, variants: apparel(["S", "M", "L"]), sells: nil)

        func frame(_ cat: String, _ name: String, _ line: String, _ variants: [(String, String)], _ price: Double, versions: Int = 1) {
            item(cat, name, "", price, line: line, variants: variants, sells: nil, start: versions > 1 ? "2012-07-01" : "2011-07-01", versions: versions)
        }
        frame("CO_RF", "HL Road Frame -", "R", sized("Black", "FR-R92B", [44, 48, 52, 58, 62]) + sized("Red", "FR-R92R", [44, 48, 52, 58, 62]), 1432, versions: 2)
        frame("CO_RF", "LL Road Frame -", "R", sized("Black", "FR-R38B", [44, 48, 52, 58, 62]) + sized("Red", "FR-R38R", [44, 48, 52, 58, 62]), 337, versions: 2)
        frame("CO_RF", "ML Road Frame -", "R", sized("Red", "FR-R72R", [44, 48, 52, 58, 60]), 595)
        frame("CO_RF", "ML Road Frame-W -", "R", sized("Yellow", "FR-R72Y", [38, 40, 42, 44, 48]), 595)
        frame("CO_MF", "HL Mountain Frame -", "M", sized("Silver", "FR-M94S", [38, 42, 44, 46, 48]) + sized("Black", "FR-M94B", [38, 42, 44, 46, 48]), 1365, versions: 2)
        frame("CO_MF", "ML Mountain Frame -", "M", sized("Black", "FR-M63B", [38, 40, 44, 48]), 349)
        frame("CO_MF", "LL Mountain Frame -", "M", sized("Silver", "FR-M21S", [40, 42, 44, 48, 52]) + sized("Black", "FR-M21B", [40, 42, 44, 48, 52]), 250)
        frame("CO_MF", "ML Mountain Frame-W -", "M", sized("Silver", "FR-M63S", [38, 40, 42, 46]), 365)
        frame("CO_TF", "HL Touring Frame -", "T", sized("Blue", "FR-T98U", [46, 50, 54, 60, 62]) + sized("Yellow", "FR-T98Y", [46, 50, 54, 60, 62]), 1004)
        frame("CO_TF", "LL Touring Frame -", "T", sized("Blue", "FR-T67U", [44, 50, 54, 58, 62]) + sized("Yellow", "FR-T67Y", [44, 50, 54, 58, 62]), 334)

        func part(_ cat: String, _ name: String, _ code: String, _ price: Double, _ line: String) {
            item(cat, name, code, price, line: line, sells: nil, start: "2003-07-01")
        }
        for (kind, line, codes) in [("Mountain", "M", ["M423", "M762", "M928"]), ("Road", "R", ["R623", "R762", "R820"])] {
            for (tier, code) in zip(["LL", "ML", "HL"], codes) {
                part("CO_WH", "\(tier) \(kind) Front Wheel", "FW-\(code)", 120, line)
                part("CO_WH", "\(tier) \(kind) Rear Wheel", "RW-\(code)", 150, line)
            }
        }
        part("CO_WH", "Touring Front Wheel", "FW-T905", 218, "T"); part("CO_WH", "Touring Rear Wheel", "RW-T905", 245, "T")
        for (tier, code) in zip(["LL", "ML", "HL"], ["R504", "R720", "R956"]) { part("CO_HB", "\(tier) Road Handlebars", "HB-\(code)", 60, "R") }
        for (tier, code) in zip(["LL", "ML", "HL"], ["M243", "M763", "M918"]) { part("CO_HB", "\(tier) Mountain Handlebars", "HB-\(code)", 60, "M") }
        part("CO_HB", "LL Touring Handlebars", "HB-T721", 46, "T"); part("CO_HB", "HL Touring Handlebars", "HB-T928", 91, "T")
        part("CO_BR", "Front Brakes", "FB-9873", 106, ""); part("CO_BR", "Rear Brakes", "RB-9231", 106, "")
        part("CO_CH", "Chain", "CH-0234", 20, "")
        for (tier, code) in zip(["LL", "ML", "HL"], ["CS-4759", "CS-6583", "CS-9183"]) { part("CO_CS", "\(tier) Crankset", code, 175, "") }
        part("CO_DE", "Front Derailleur", "FD-2342", 91, ""); part("CO_DE", "Rear Derailleur", "RD-2308", 121, "")
        for (tier, code) in zip(["LL", "ML", "HL"], ["FK-1639", "FK-5136", "FK-9939"]) { part("CO_FO", "\(tier) Fork", code, 148, "") }
        for (tier, code) in zip(["LL", "ML", "HL"], ["HS-0296", "HS-2451", "HS-3479"]) { part("CO_HS", "\(tier) Headset", code, 70, "") }
        for (tier, code) in zip(["LL", "ML", "HL"], ["PD-R347", "PD-R563", "PD-R853"]) { part("CO_PE", "\(tier) Road Pedal", code, 60, "R") }
        for (tier, code) in zip(["LL", "ML", "HL"], ["PD-M282", "PD-M340", "PD-M562"]) { part("CO_PE", "\(tier) Mountain Pedal", code, 60, "M") }
        part("CO_PE", "Touring Pedal", "PD-T852", 80, "T")
        for (kind, line, codes) in [
            ("Road", "R", ["SE-R581", "SE-R908", "SE-R995"]), ("Mountain", "M", ["SE-M236", "SE-M798", "SE-M940"]),
            ("Touring", "T", ["SE-T312", "SE-T762", "SE-T924"]),
        ] {
            for (tier, code) in zip(["LL", "ML", "HL"], codes) { part("CO_SA", "\(tier) \(kind) Seat/Saddle", code, 40, line) }
        }
        for (tier, code) in zip(["LL", "ML", "HL"], ["BB-7421", "BB-8107", "BB-9108"]) { part("CO_BB", "\(tier) Bottom Bracket", code, 80, "") }
        return f
    }
}
