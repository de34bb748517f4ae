import Foundation

/// Generates the six exports of a Cycling Pro CRM and ERP, deterministically from a seed, in the
/// exact formats of the data contract and with every kind of dirt real exports carry (see
/// `shared/DATA-NOTES.md`): junk and duplicate customers, padded names, unreliable product end
/// dates, bad sales dates and amounts, NAS-prefixed ids, future birth dates, country codes.
///
/// At scale 1: 18,484 customers, 298 current products in 400 versions, about 60,000 order lines
/// from December 2010 to January 2014. `scale` multiplies customers and orders; the dirt grows with it.
public struct SampleGenerator: Sendable {
    public var scale: Int
    public var seed: UInt64

    public init(scale: Int = 1, seed: UInt64 = 42) {
        self.scale = max(1, scale)
        self.seed = seed
    }

    /// Summary of what was written.
    public struct Summary: Sendable {
        public var customers: Int
        public var productVersions: Int
        public var orders: Int
        public var salesLines: Int
    }

    public func write(to directory: String) throws -> Summary {
        let fm = FileManager.default
        for sub in ["source_crm", "source_erp"] {
            try fm.createDirectory(atPath: directory + "/" + sub, withIntermediateDirectories: true)
        }
        var rng = SplitMix64(seed: seed)
        let customers = makeCustomers(&rng)
        try writeCustomers(customers, to: directory + "/source_crm/cust_info.csv", &rng)
        try writeDemographics(customers, to: directory + "/source_erp/CUST_AZ12.csv", &rng)
        try writeLocations(customers, to: directory + "/source_erp/LOC_A101.csv", &rng)
        let products = makeProducts()
        try writeProducts(products, to: directory + "/source_crm/prd_info.csv", &rng)
        try writeCategories(to: directory + "/source_erp/PX_CAT_G1V2.csv")
        let (orders, lines) = try writeSales(
            customers: customers.count, products: products,
            to: directory + "/source_crm/sales_details.csv", &rng)
        return Summary(
            customers: customers.count, productVersions: products.reduce(0) { $0 + $1.versions.count },
            orders: orders, salesLines: lines)
    }

    // MARK: - Customers

    struct Customer {
        var id: Int
        var first: String
        var last: String
        var married: Bool
        var female: Bool
        var created: String
    }

    static let firstFemale = [
        "Jessica", "Emma", "Olivia", "Sophia", "Isabella", "Mia", "Chloe", "Grace", "Hannah", "Lauren",
        "Megan", "Rachel", "Sarah", "Katherine", "Elizabeth", "Abigail", "Alexandra", "Victoria", "Natalie", "Julia",
        "Amanda", "Andrea", "Ana", "Marie", "Claire", "Léa", "Zoë", "Anika", "Chantal", "Ruth",
    ]
    static let firstMale = [
        "Jon", "Eugene", "Ruben", "Christy", "Elizabeth", "Julio", "Marco", "Rob", "Shannon", "Jacquelyn",
        "Curtis", "Lauren", "Ian", "Sydney", "Chloe", "Wyatt", "Shannon", "Clarence", "Luke", "Jordan",
        "Destiny", "Ethan", "Seth", "Russell", "Alejandro", "Harold", "Jessie", "Jill", "Jimmy", "Bethany",
        "Thomas", "Noah", "Lucas", "Dylan", "Adam", "Jose", "Caleb", "Hunter", "Ryan", "Mason",
    ]
    static let lastNames = [
        "Yang", "Huang", "Torres", "Zhu", "Johnson", "Ruiz", "Alvarez", "Mehta", "Verhoff", "Carlson",
        "Suarez", "Lu", "Walker", "Jenkins", "Bennett", "Young", "Hill", "Wang", "Rodriguez", "Martin",
        "Lopez", "Hernandez", "Sanchez", "Kumar", "Nara", "Ortega", "Moreno", "Smith", "Brown", "Davis",
        "Miller", "Wilson", "Moore", "Taylor", "Anderson", "Thomas", "Jackson", "White", "Harris", "Clark",
        "Lewis", "Robinson", "Wright", "King", "Scott", "Green", "Baker", "Adams", "Nelson", "Campbell",
        "Müller", "Schmidt", "Dubois", "Lefèvre", "O'Brien", "Nguyen", "Chen", "Li", "Kelly", "Murphy",
    ]

    func makeCustomers(_ rng: inout SplitMix64) -> [Customer] {
        (0..<(18_484 * scale)).map { i in
            let female = rng.chance(0.494)
            let first = rng.pick(female ? Self.firstFemale : Self.firstMale)
            return Customer(
                id: 11_000 + i, first: first, last: rng.pick(Self.lastNames), married: rng.chance(0.542),
                female: female, created: Self.day(Self.dayNumber(2010, 10, 1) + Int.random(in: 0..<1_180, using: &rng)))
        }
    }

    static func key(_ id: Int) -> String { "AW" + String(format: "%08d", id) }

    func writeCustomers(_ customers: [Customer], to path: String, _ rng: inout SplitMix64) throws {
        let writer = try CSVWriter(
            path: path,
            header: [
                "cst_id", "cst_key", "cst_firstname", "cst_lastname",
                "cst_marital_status", "cst_gndr", "cst_create_date",
            ])
        let padded = Set(Self.sample(29 * scale, of: customers.count, &rng))
        let noMarital = Set(Self.sample(7 * scale, of: customers.count, &rng))
        let noGender = Set(Self.sample(4_578 * scale, of: customers.count, &rng))
        // Duplicated ids: an early partial record, then the complete one (sometimes two partial ones).
        let duplicated = Self.sample(5 * scale, of: customers.count, &rng)
        var extraRecords: [Int: Int] = [:]
        for (n, index) in duplicated.enumerated() { extraRecords[index] = n % 5 == 0 ? 2 : 1 }
        let junk = ["SF566", "PO25", "13451235", "A01Ass"]
        let junkAt = Set(Self.sample(4 * scale, of: customers.count, &rng))
        for (i, c) in customers.enumerated() {
            let marital = noMarital.contains(i) ? "" : (c.married ? "M" : "S")
            let gender = noGender.contains(i) ? "" : (c.female ? "F" : "M")
            for k in stride(from: extraRecords[i] ?? 0, to: 0, by: -1) {
                let earlier = Self.day(Self.dayNumber(c.created) - 30 * k)
                try writer.row([String(c.id), Self.key(c.id), k == 2 ? "" : c.first, "", "", k == 2 ? "" : gender, earlier])
            }
            let first = padded.contains(i) ? "  \(c.first) " : c.first
            let last = padded.contains(i) && i % 2 == 0 ? " \(c.last)  " : c.last
            try writer.row([String(c.id), Self.key(c.id), first, last, marital, gender, c.created])
            if junkAt.contains(i) {
                try writer.row(["", rng.pick(junk), "", "", "", "", ""])
            }
        }
        try writer.close()
    }

    func writeDemographics(_ customers: [Customer], to path: String, _ rng: inout SplitMix64) throws {
        let writer = try CSVWriter(path: path, header: ["CID", "BDATE", "GEN"])
        let future = Set(Self.sample(16 * scale, of: customers.count, &rng))
        let odd = ["F", "M", "F ", "M ", " ", "  "]
        for (i, c) in customers.enumerated() {
            let cid = rng.chance(11_042.0 / 18_484.0) ? "NAS" + Self.key(c.id) : Self.key(c.id)
            let year = 1916 + min(70, Int((Double.random(in: 0..<1, using: &rng).squareRoot()) * 71))
            var birth = Self.day(Self.dayNumber(year, 1, 1) + Int.random(in: 0..<365, using: &rng))
            if future.contains(i) {
                birth = i % 4 == 0 ? "9999-11-20" : Self.day(Self.dayNumber(2040 + i % 30, 1, 1) + i % 300)
            }
            var gender = c.female ? "Female" : "Male"
            let roll = Double.random(in: 0..<1, using: &rng)
            if roll < 0.0796 { gender = "" } else if roll < 0.0806 { gender = rng.pick(odd) } else if roll < 0.0810 { gender = gender.uppercased() }
            try writer.row([cid, birth, gender])
        }
        try writer.close()
    }

    func writeLocations(_ customers: [Customer], to path: String, _ rng: inout SplitMix64) throws {
        let writer = try CSVWriter(path: path, header: ["CID", "CNTRY"])
        let countries = ["Australia", "United States", "USA", "United Kingdom", "France", "Canada", "US", "Germany", "DE", "", "  "]
        let weights: [Double] = [3_591, 3_391, 2_591, 1_913, 1_810, 1_571, 1_500, 1_214, 566, 332, 5]
        for c in customers {
            let key = Self.key(c.id)
            let cid = key.prefix(2) + "-" + key.dropFirst(2)
            try writer.row([String(cid), countries[rng.weighted(weights)]])
        }
        try writer.close()
    }

    // MARK: - Products

    struct Version {
        var id: Int
        var start: String
        var startCompact: Int { Int(start.replacingOccurrences(of: "-", with: ""))! }
        var cost: Double
        var price: Double
    }

    struct Product {
        var category: String
        var number: String
        var name: String
        var line: String
        var versions: [Version]
        var sells: ClosedRange<Int>?
        var isBike: Bool { category.hasPrefix("BI") }
    }

    func makeProducts() -> [Product] {
        var products: [Product] = []
        var nextID = 210
        for family in ProductCatalogue.families {
            for (nameSuffix, codeSuffix) in family.variants {
                let starts: [String]
                switch family.versions {
                case 3: starts = ["2011-07-01", "2012-07-01", "2013-07-01"]
                case 2: starts = ["2012-07-01", "2013-07-01"]
                default: starts = [family.firstStart]
                }
                var versions: [Version] = []
                for (v, start) in starts.enumerated() {
                    let factor = 1.0 + 0.03 * Double(v)
                    versions.append(
                        Version(
                            id: nextID, start: start, cost: (family.cost * factor).rounded(),
                            price: (family.price * factor).rounded()))
                    nextID += 1
                }
                products.append(
                    Product(
                        category: family.category, number: family.code + codeSuffix, name: family.name + nameSuffix,
                        line: family.line, versions: versions, sells: family.sells))
            }
        }
        return products
    }

    func writeProducts(_ products: [Product], to path: String, _ rng: inout SplitMix64) throws {
        let writer = try CSVWriter(path: path, header: ["prd_id", "prd_key", "prd_nm", "prd_cost", "prd_line", "prd_start_dt", "prd_end_dt"])
        let noCost = Set([17, 141])
        var row = 0
        for product in products {
            for (v, version) in product.versions.enumerated() {
                let isCurrent = v == product.versions.count - 1
                // The export's end dates are unreliable: old versions (and some current ones) carry
                // an end date before their start date.
                var end = ""
                if !isCurrent || rng.chance(0.4) {
                    end = Self.day(Self.dayNumber(version.start) - 30 - Int.random(in: 0..<1_500, using: &rng))
                }
                let key = product.category.replacingOccurrences(of: "_", with: "-") + "-" + product.number
                try writer.row([
                    String(version.id), key, product.name, noCost.contains(row) ? "" : Self.money(version.cost),
                    product.line.isEmpty ? "" : product.line + " ", version.start, end,
                ])
                row += 1
            }
        }
        try writer.close()
    }

    func writeCategories(to path: String) throws {
        let writer = try CSVWriter(path: path, header: ["ID", "CAT", "SUBCAT", "MAINTENANCE"])
        for c in ProductCatalogue.categories { try writer.row([c.id, c.cat, c.sub, c.maintenance]) }
        try writer.close()
    }

    // MARK: - Sales

    /// Orders per month at scale 1, from 2010-12 to 2014-01: growth, seasonality, and the mid-2013
    /// launch of accessories and clothing (multi-line orders from July 2013).
    static let monthlyOrders: [(month: Int, orders: Int)] = {
        var months: [(Int, Int)] = [(201_012, 14)]
        let season: [Double] = [0.88, 0.84, 0.95, 0.96, 1.0, 1.02, 1.03, 1.05, 0.98, 1.04, 1.06, 1.19]
        let totalSeason = season.reduce(0, +)
        for (year, total) in [(2011, 2_216), (2012, 3_397)] {
            var assigned = 0
            for m in 1...12 {
                let n = m == 12 ? total - assigned : Int((Double(total) * season[m - 1] / totalSeason).rounded())
                assigned += n
                months.append((year * 100 + m, n))
            }
        }
        let firstHalf = [300, 290, 330, 335, 350, 395]
        let secondHalf = [2_950, 3_050, 3_100, 3_250, 3_300, 3_637]
        for m in 1...6 { months.append((201_300 + m, firstHalf[m - 1])) }
        for m in 7...12 { months.append((201_300 + m, secondHalf[m - 7])) }
        months.append((201_401, 745))
        return months
    }()

    func writeSales(customers: Int, products: [Product], to path: String, _ rng: inout SplitMix64) throws -> (Int, Int) {
        // Orders: dates in order, each with a customer and a number of lines.
        var orderDays: [Int32] = []
        for (month, count) in Self.monthlyOrders {
            let year = month / 100, m = month % 100
            let first = month == 201_012 ? 29 : 1
            let last = month == 201_401 ? 28 : Self.daysIn(year, m)
            var days = (0..<(count * scale)).map { _ in Int32(Self.dayNumber(year, m, Int.random(in: first...last, using: &rng))) }
            days.sort()
            orderDays.append(contentsOf: days)
        }
        // Every customer orders once; 6,865 of 18,484 come back for the remaining orders.
        let repeatCustomers = Self.sample(6_865 * scale, of: customers, &rng)
        var buyers = Array(0..<customers)
        for i in 0..<(orderDays.count - customers) { buyers.append(repeatCustomers[i % repeatCustomers.count]) }
        buyers.shuffle(using: &rng)
        var lineCounts = [UInt8](repeating: 1, count: orderDays.count)
        let launch = Self.dayNumber(2013, 7, 1)
        for i in orderDays.indices where Int(orderDays[i]) >= launch {
            lineCounts[i] = UInt8(1 + rng.weighted([0.32, 0.28, 0.18, 0.10, 0.06, 0.04, 0.02]) + (rng.chance(0.13) ? 1 : 0))
        }
        let totalLines = lineCounts.reduce(0) { $0 + Int($1) }
        // The dirt, on distinct lines so that every line stays repairable.
        let dirty = Self.sample((17 + 2 + 8 + 2 + 3 + 15 + 7 + 5 + 11) * scale, of: totalLines, &rng)
        var kinds: [Int: Int] = [:]
        var cursor = 0
        for (kind, count) in [17, 2, 8, 2, 3, 15, 7, 5, 11].enumerated() {
            for _ in 0..<(count * scale) { kinds[dirty[cursor]] = kind; cursor += 1 }
        }

        let bikes = products.indices.filter { products[$0].isBike && products[$0].sells != nil }
        let extras = products.indices.filter { !products[$0].isBike && products[$0].sells != nil }
        let prices = products.map { p in p.versions.map { ($0.startCompact, $0.price) } }
        let extraWeights = extras.map { 60.0 / max(products[$0].versions[0].price, 3) }
        let writer = try CSVWriter(
            path: path,
            header: [
                "sls_ord_num", "sls_prd_key", "sls_cust_id", "sls_order_dt", "sls_ship_dt",
                "sls_due_dt", "sls_sales", "sls_quantity", "sls_price",
            ])
        var line = 0
        var chosen: [Int] = []
        var bikesByMonth: [Int: [Int]] = [:]
        for (o, day) in orderDays.enumerated() {
            let date = Int(day)
            let yyyymmdd = Self.compact(date)
            let month = yyyymmdd / 100
            let orderNumber = "SO" + String(43_697 + o)
            let customerID = 11_000 + buyers[o]
            chosen.removeAll(keepingCapacity: true)
            let n = Int(lineCounts[o])
            let onSale =
                bikesByMonth[month]
                ?? {
                    let list = bikes.filter { products[$0].sells!.contains(month) }
                    bikesByMonth[month] = list
                    return list
                }()
            let wantsBike = month < 201_307 || (month < 201_401 && rng.chance(0.42))
            if wantsBike, !onSale.isEmpty { chosen.append(rng.pick(onSale)) }
            var attempts = 0
            while chosen.count < n && attempts < 50 {
                attempts += 1
                let candidate = extras[rng.weighted(extraWeights)]
                if !chosen.contains(candidate) && products[candidate].sells!.contains(month) { chosen.append(candidate) }
            }
            for product in chosen {
                let price = Int(prices[product].last { $0.0 <= yyyymmdd }?.1 ?? prices[product][0].1)
                var quantity = 1
                var orderText = String(yyyymmdd)
                var salesText = String(price)
                var priceText = String(price)
                switch kinds[line] {
                case 0: orderText = "0"
                case 1: orderText = String(Int.random(in: 1_000...99_999, using: &rng))
                case 2: salesText = ""
                case 3: salesText = "0"
                case 4: salesText = String(-price)
                case 5: salesText = String(price + Int.random(in: 1...40, using: &rng))
                case 6: priceText = ""
                case 7: priceText = String(-price)
                case 8:
                    quantity = Int.random(in: 2...3, using: &rng)
                    salesText = String(price * quantity)
                default: break
                }
                try writer.row([
                    orderNumber, products[product].number, String(customerID), orderText,
                    String(Self.compact(date + 7)), String(Self.compact(date + 12)), salesText, String(quantity), priceText,
                ])
                line += 1
            }
        }
        try writer.close()
        return (orderDays.count, line)
    }

    // MARK: - Helpers

    /// `count` distinct indices in 0..<n, in random order.
    static func sample(_ count: Int, of n: Int, _ rng: inout SplitMix64) -> [Int] {
        var picked = Set<Int>()
        var order: [Int] = []
        let target = min(count, n)
        while order.count < target {
            let i = Int.random(in: 0..<n, using: &rng)
            if picked.insert(i).inserted { order.append(i) }
        }
        return order
    }

    static func money(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    /// Days since 1970-01-01 (proleptic Gregorian), without Foundation's calendar: fast and exact.
    static func dayNumber(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y2 = m <= 2 ? y - 1 : y
        let era = (y2 >= 0 ? y2 : y2 - 399) / 400
        let yoe = y2 - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func dayNumber(_ iso: String) -> Int {
        let parts = iso.split(separator: "-").map { Int($0)! }
        return dayNumber(parts[0], parts[1], parts[2])
    }

    static func civil(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func day(_ n: Int) -> String {
        let (y, m, d) = civil(n)
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    static func compact(_ n: Int) -> Int {
        let (y, m, d) = civil(n)
        return y * 10_000 + m * 100 + d
    }

    static func daysIn(_ y: Int, _ m: Int) -> Int { dayNumber(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1) }
}
