import Foundation
import SemanticModel
import Warehouse

/// What the words of a question can mean, derived from the semantic model (names, synonyms,
/// sample values, relationships) and the warehouse (the distinct values of enum columns, column
/// names for qualifying expressions). Nothing here names a column of the Cycling Pro schema.
struct Vocabulary: Sendable {
    /// A table of the model with the alias used in generated SQL.
    struct Table: Sendable {
        var name: String
        var physical: String
        var alias: String
        var columns: Set<String>
        /// Rows in the warehouse, when known: what the SQL builder weighs plans by.
        var rows: Int?
        /// Normalised, longest first.
        var synonyms: [String]
    }

    struct Metric: Sendable {
        var name: String
        /// Expression with columns qualified by table alias.
        var expr: String
        var table: String
        /// Logical tables whose columns the expression uses.
        var tables: Set<String>
        var phrases: [String]
        /// Column names the expression uses.
        var columns: Set<String> = []
        /// The date it is computed as of (ages), from the model.
        var referenceDate: String? = nil
        /// What it counts, as the model declares (`revenue`, `units`, `orders`, `buyers`).
        var role: SemanticRole? = nil
    }

    struct Dimension: Sendable {
        var name: String
        var expr: String
        var table: String
        var phrases: [String]
        var isTime: Bool
        var isEnum: Bool
        var unique: Bool = false
        var columns: Set<String> = []
        var referenceDate: String? = nil
        /// A number that can be averaged or ranged (a cost, an age), not a key or a category.
        var numeric: Bool = false
        /// What it is for, as the model declares (`name`, `age`, `default_time`).
        var role: SemanticRole? = nil
    }

    struct Value: Sendable {
        var dimension: String
        var value: String
        var phrases: [String]
    }

    struct Filter: Sendable {
        var name: String
        var expr: String
        var table: String
        var phrases: [String]
    }

    var tables: [String: Table] = [:]
    var metrics: [Metric] = []
    var dimensions: [Dimension] = []
    var values: [Value] = []
    var filters: [Filter] = []
    /// The fact table: the one the model declares `role: sales` (or the only table).
    var factTable: String = ""
    /// Join condition from the fact table to each dimension table.
    var joins: [String: String] = [:]
    /// The fact table's time dimension declared `role: default_time`: what time filters and buckets use.
    var timeColumn: String = ""
    /// Each value phrase to its value (the first declared wins).
    var valueByPhrase: [String: Value] = [:]
    /// The dimension tables of people who buy and of things sold (`role: customers` and `role: products`).
    var customersTable = ""
    var productsTable = ""

    /// The column (or expression: a month of a date) a measure counts when it is exactly `COUNT(DISTINCT x)` (an order
    /// number, a date, a key), not a ratio of two counts.
    /// A count of people: the customers table's rows, or the measure declared `role: buyers`.
    func countsPeople(_ metric: Metric) -> Bool {
        (metric.table == customersTable && metric.expr.uppercased() == "COUNT(*)") || metric.role == .buyers
    }

    /// A count of products: the catalogue's rows, or the distinct products sold.
    func countsProducts(_ metric: Metric) -> Bool {
        (metric.table == productsTable && metric.expr.uppercased() == "COUNT(*)") || countedTables[metric.name] == productsTable
    }

    func distinctColumn(of metric: Metric) -> String? {
        let expr = metric.expr
        guard expr.uppercased().hasPrefix("COUNT(DISTINCT "), expr.hasSuffix(")") else { return nil }
        let inner = expr.dropFirst(15).dropLast()
        // The parenthesis COUNT opens must be the one that closes the expression.
        var depth = 0
        for c in inner {
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            if depth < 0 { return nil }
        }
        return depth == 0 ? String(inner) : nil
    }

    /// The measure the model declares with a role (`revenue`, `units`, `orders`, `buyers`).
    func metric(role: SemanticRole) -> Metric? { metrics.first { $0.role == role } }

    /// The sales measure that counts orders: what one order is, for thresholds and segments per order.
    var orderCount: Metric? { metric(role: .orders).flatMap { distinctColumn(of: $0) != nil ? $0 : nil } }

    /// The dimension that names a table's things (`role: name`).
    func nameDimension(of table: String) -> Dimension? { dimensions.first { $0.table == table && $0.role == .name } }

    /// The columns that identify a row of a table for people: its unique columns, its name and the
    /// columns the name is made of (a first and a last name), in the model's order. (Not what is read off the name, as
    /// a product's model code: that uses all of the name's columns.)
    func identityDimensions(of table: String) -> [Dimension] {
        let name = nameDimension(of: table)
        return dimensions.filter { d in
            d.table == table && !d.isTime
                && (d.unique || d.role == .name || (name.map { !d.columns.isEmpty && d.columns.isStrictSubset(of: $0.columns) } ?? false))
        }
    }
    /// Model codes found in names ("road 150" -> product_name starting with "Road-150").
    /// Unique codes recognised by their shape (`codeShape`): the column, its letters (lower case) and its number of digits.
    var identifierShapes: [(dimension: String, prefix: String, digits: Int)] = []
    var modelCodes: [String: (dimension: String, code: String)] = [:]
    /// Names of things and their leading parts, normalised ("sport 100 helmet", "sport 100 helmet blue",
    /// "water bottle 30 oz") -> the name's text up to there, matched by prefix. Parts end where the
    /// name separates its model from its colour and size (", " or "- ").
    var namePrefixes: [String: (dimension: String, prefix: String)] = [:]
    /// The words of those names: spelled as the data spells them, never corrected as typos.
    var nameWords: Set<String> = []
    /// All words that mean something, for typo correction.
    var knownWords: Set<String> = []
    /// Enum dimensions whose value fixes another's, as "subcategory>category": each subcategory is in one
    /// category. Read from the warehouse, so a share of a category inside each subcategory is known to be 0 or 100.
    var determines: Set<String> = []
    /// One sales measure per another ("gross_profit_per_unit"), by name: kept out of `metrics`, which every word is
    /// matched against, because they have no words of their own.
    var ratios: [String: Metric] = [:]
    /// The dimension table whose rows a fact measure counts (`COUNT(DISTINCT <its key>)`), by the measure's name:
    /// worked out once here because the parser asks it for every measure of every question.
    var countedTables: [String: String] = [:]

    init(model: SemanticModel, catalog: any WarehouseCatalog) throws {
        // Enum values and names beyond a few thousand are not a vocabulary any more.
        let distinctValues = { (table: String, expr: String) in try catalog.distinctValues(of: expr, in: table, limit: 5000) }
        let sales = model.tables.count == 1 ? model.tables.first : model.tables.first { $0.role == SemanticRole.sales.rawValue }
        factTable = sales?.name ?? ""
        for table in model.tables {
            switch table.role.flatMap(SemanticRole.init(rawValue:)) {
            case .customers?: customersTable = table.name
            case .products?: productsTable = table.name
            default: break
            }
        }
        for (i, table) in model.tables.enumerated() {
            let alias = table.name == factTable ? "f" : String(table.name.prefix(1))
            // Two tables starting with the same letter: the later one gets its position as a suffix.
            let unique = tables.values.contains { $0.alias == alias } ? alias + "\(i)" : alias
            tables[table.name] = Table(
                name: table.name, physical: table.base_table.table, alias: unique,
                columns: Set(try catalog.columns(of: table.base_table.table).map { $0.lowercased() }),
                rows: catalog.rowCount(of: table.base_table.table),
                synonyms: ([table.name] + (table.synonyms ?? [])).map { QuestionText.normalize($0) }.sorted { $0.count > $1.count })
        }
        for relationship in model.relationships ?? [] where (relationship.relationship_type ?? "many_to_one") == "many_to_one" {
            guard let left = tables[relationship.left_table], let right = tables[relationship.right_table] else { continue }
            joins[relationship.right_table] = relationship.relationship_columns
                .map { "\(right.alias).\($0.right_column) = \(left.alias).\($0.left_column)" }.joined(separator: " AND ")
        }
        for table in model.tables {
            for metric in table.metrics ?? [] {
                let (expr, used) = qualify(metric.expr, preferring: table.name)
                metrics.append(
                    Metric(
                        name: metric.name, expr: expr, table: table.name, tables: used.union([table.name]),
                        phrases: Self.phrases(metric.name, metric.synonyms), referenceDate: metric.reference_date,
                        role: metric.role.flatMap(SemanticRole.init(rawValue:))))
            }
            for filter in table.filters ?? [] {
                let (expr, used) = qualify(filter.expr, preferring: table.name)
                filters.append(
                    Filter(
                        name: filter.name, expr: expr, table: used.first ?? table.name,
                        phrases: Self.phrases(filter.name, filter.synonyms)))
            }
            for (isTime, columns) in [(false, (table.dimensions ?? []) + (table.facts ?? [])), (true, table.time_dimensions ?? [])] {
                for column in columns {
                    let (expr, _) = qualify(column.expr, preferring: table.name)
                    let isEnum = column.is_enum ?? false
                    dimensions.append(
                        Dimension(
                            name: column.name, expr: expr, table: table.name,
                            phrases: Self.phrases(column.name, column.synonyms), isTime: isTime, isEnum: isEnum,
                            unique: column.unique ?? false, referenceDate: column.reference_date,
                            numeric: !isTime && !isEnum && !(column.unique ?? false) && (column.data_type ?? "").uppercased() == "NUMBER",
                            role: column.role.flatMap(SemanticRole.init(rawValue:))))
                    if isTime && table.name == factTable && (column.role == SemanticRole.defaultTime.rawValue || model.tables.count == 1) && timeColumn.isEmpty {
                        timeColumn = expr
                    }
                    // Names of things ("Road-150 Red, 44"): their model codes ("Road-150") are values too, matched by prefix.
                    if !isEnum && !isTime && !(column.unique ?? false) && (column.data_type ?? "").uppercased() == "TEXT"
                        && table.name != factTable && !column.expr.contains("|")
                    {
                        for name in try distinctValues(table.base_table.table, column.expr) {
                            for prefix in Self.namePrefixes(name) {
                                let key = QuestionText.normalize(prefix.replacingOccurrences(of: "'s", with: ""))
                                // One word is too common to be a name ("Chain", "Mountain"); two or more name a thing.
                                guard key.contains(" "), namePrefixes[key] == nil else { continue }
                                namePrefixes[key] = (column.name, prefix)
                                nameWords.formUnion(key.split(separator: " ").map(String.init))
                            }
                            guard let code = Self.modelCode(name) else { continue }
                            let key = QuestionText.normalize(code)
                            if modelCodes[key] == nil { modelCodes[key] = (column.name, code) }
                        }
                    }
                    // "customer AW00011125": a unique code whose sample values are letters then digits; a word of the same
                    // shape names one row (checked by the answer, which is empty when no row has it).
                    if column.unique ?? false, let samples = column.sample_values, let shape = Self.codeShape(samples) {
                        identifierShapes.append((column.name, shape.prefix, shape.digits))
                    }
                    guard isEnum else { continue }
                    var seen = Set((column.sample_values ?? []).map { $0.lowercased() })
                    var all = column.sample_values ?? []
                    for value in try distinctValues(table.base_table.table, column.expr) where !seen.contains(value.lowercased()) {
                        seen.insert(value.lowercased())
                        all.append(value)
                    }
                    for value in all where !["n/a", ""].contains(value.lowercased()) {
                        values.append(Value(dimension: column.name, value: value, phrases: Self.valuePhrases(value)))
                    }
                }
            }
        }
        // New or returning buyers: a column of the sales whose expression the SQL builder writes for each question's
        // period (`CustomerStatus.swift`). Listed here without words, so that filters and groups on it are known.
        if !customersTable.isEmpty && !timeColumn.isEmpty {
            dimensions.append(Dimension(name: QueryIntent.customerStatus, expr: "", table: factTable, phrases: [], isTime: false, isEnum: true))
            dimensions.append(Dimension(name: QueryIntent.firstOrderYear, expr: "", table: factTable, phrases: [], isTime: false, isEnum: false))
            dimensions.append(Dimension(name: QueryIntent.orderContentsColumn, expr: "", table: factTable, phrases: [], isTime: false, isEnum: true))
        }
        // The number of distinct values of each enum dimension ("how many different subcategories"),
        // over the dimension's own table and over what was sold. They have no phrases: the parser
        // picks them when a count names a dimension.
        for d in dimensions where d.isEnum && !d.isTime && d.table != factTable {
            metrics.append(Metric(name: "number_of_\(d.name)", expr: "COUNT(DISTINCT \(d.expr))", table: d.table, tables: [d.table], phrases: []))
            metrics.append(
                Metric(
                    name: "number_of_\(d.name)_sold", expr: "COUNT(DISTINCT \(d.expr))", table: factTable,
                    tables: [factTable, d.table], phrases: []))
        }
        // Average, lowest and highest of each number of a dimension table (product cost, customer age),
        // over that table's rows. Named aggregate_column; the parser picks them from the aggregate's word.
        for d in dimensions where d.numeric && d.table != factTable {
            for aggregate in ["AVG", "MIN", "MAX"] {
                metrics.append(
                    Metric(
                        name: "\(aggregate.lowercased())_\(d.name)", expr: "\(aggregate)(\(d.expr))", table: d.table, tables: [d.table],
                        phrases: [], referenceDate: d.referenceDate))
            }
        }
        // The lowest and highest of a number on the sales lines that no measure sums ("the highest unit price we charged"):
        // over the lines. (No average: the model's measures say how such a number averages, "average selling price".)
        for d in dimensions where d.numeric && d.table == factTable && !metrics.contains(where: { $0.expr.uppercased().contains("SUM(\(d.expr.uppercased())") }) {
            for aggregate in ["MIN", "MAX"] {
                metrics.append(Metric(name: "\(aggregate.lowercased())_\(d.name)", expr: "\(aggregate)(\(d.expr))", table: d.table, tables: [d.table], phrases: []))
            }
        }
        // The longest and shortest of a measure that averages each sales line ("the longest shipping time": MAX of the
        // days each line took). Named max_/min_ and the measure's name, without words: the parser picks them.
        for m in metrics where m.table == factTable && m.expr.hasPrefix("AVG(") && m.expr.hasSuffix(")") {
            let inner = m.expr.dropFirst(4).dropLast()
            // One AVG around the whole expression, not "AVG(a) / AVG(b)".
            var depth = 0
            guard
                inner.allSatisfy({ c in
                    depth += c == "(" ? 1 : c == ")" ? -1 : 0; return depth >= 0
                }), depth == 0
            else { continue }
            for aggregate in ["MIN", "MAX"] {
                metrics.append(Metric(name: Self.extremeName(aggregate.lowercased(), of: m.name), expr: "\(aggregate)(\(inner))", table: m.table, tables: m.tables, phrases: []))
            }
        }
        // Earliest and latest of each date of a dimension table ("the oldest customer": the earliest birth date).
        for d in dimensions where d.isTime && d.table != factTable {
            for aggregate in ["MIN", "MAX"] {
                metrics.append(Metric(name: "\(aggregate.lowercased())_\(d.name)", expr: "\(aggregate)(\(d.expr))", table: d.table, tables: [d.table], phrases: []))
            }
        }
        for table in model.tables where table.name != factTable {
            let enums = (table.dimensions ?? []).filter { $0.is_enum == true }
            var counts: [String: Int] = [:]
            for column in enums { counts[column.name] = try distinctValues(table.base_table.table, column.expr).count }
            for a in enums {
                for b in enums where a.name != b.name {
                    guard let n = counts[a.name], n > 0, (counts[b.name] ?? 0) > 0 else { continue }
                    let pairs = try distinctValues(table.base_table.table, "(\(a.expr)) || '|' || (\(b.expr))").count
                    if pairs == n { determines.insert("\(a.name)>\(b.name)") }
                }
            }
        }
        // "gross profit per unit sold", "units per order line": a sales measure divided by a count of what was sold.
        // Named a_per_b, with no words of their own; the parser picks one when "per" joins two measures.
        let additive = metrics.filter { m in
            let upper = m.expr.uppercased()
            return m.table == factTable && m.tables == [factTable] && (upper.hasPrefix("SUM(") || upper.hasPrefix("COUNT(")) && !m.expr.contains("/")
        }
        let denominators = additive.filter { $0.role == .units || $0.role == .orders || $0.role == .buyers || $0.expr.uppercased() == "COUNT(*)" }
        for a in metrics where a.table == factTable && !a.expr.contains("/") && (a.expr.uppercased().hasPrefix("SUM(") || a.expr.uppercased().hasPrefix("COUNT(")) {
            for b in denominators where b.name != a.name {
                let name = Self.ratioName(a.name, b.name)
                ratios[name] = Metric(
                    name: name, expr: "\(a.expr) * 1.0 / \(b.expr)", table: factTable, tables: a.tables.union(b.tables), phrases: [],
                    columns: Self.columns(in: a.expr).union(Self.columns(in: b.expr)))
            }
        }
        for i in metrics.indices { metrics[i].columns = Self.columns(in: metrics[i].expr) }
        for metric in metrics + ratios.values where metric.table == factTable {
            let expr = metric.expr.replacingOccurrences(of: " ", with: "").uppercased()
            let counted = joins.keys.sorted().first { table in
                joinColumns(of: table).map { expr == "COUNT(DISTINCT\($0.fact))".uppercased() } ?? false
            }
            if let counted { countedTables[metric.name] = counted }
        }
        for i in dimensions.indices { dimensions[i].columns = Self.columns(in: dimensions[i].expr) }
        for value in values { for phrase in value.phrases where valueByPhrase[phrase] == nil { valueByPhrase[phrase] = value } }
        for phrase in metrics.flatMap(\.phrases) + dimensions.flatMap(\.phrases) + values.flatMap(\.phrases)
            + filters.flatMap(\.phrases) + tables.values.flatMap(\.synonyms)
        {
            knownWords.formUnion(phrase.split(separator: " ").map(String.init))
        }
    }

    /// "max_shipping_days" for the longest of "average_shipping_days": named after what it is, not an average.
    static func extremeName(_ aggregate: String, of average: String) -> String {
        var base = Substring(average)
        for prefix in ["average_", "avg_", "mean_"] where base.hasPrefix(prefix) { base = base.dropFirst(prefix.count) }
        return "\(aggregate)_\(base)"
    }

    func dimension(named name: String) -> Dimension? { dimensions.first { $0.name == name } }

    /// The count of distinct days with sales ("how many days"), read off its expression: the one measure a period's
    /// days without sales are counted from.
    func countsDaysWithSales(_ metric: Metric) -> Bool {
        metric.table == factTable && metric.expr.replacingOccurrences(of: " ", with: "").uppercased() == "COUNT(DISTINCT\(timeColumn.uppercased()))"
    }

    /// The columns a dimension table joins the fact table on (`<dim> = <fact>` in the model's join).
    func joinColumns(of table: String) -> (fact: String, dim: String)? {
        guard let on = joins[table] else { return nil }
        let parts = on.components(separatedBy: " = ")
        return parts.count == 2 ? (parts[1], parts[0]) : nil
    }

    /// "gross_profit_per_unit": the name of one measure divided by another, the second said once.
    static func ratioName(_ numerator: String, _ denominator: String) -> String {
        "\(numerator)_per_\(denominator.hasSuffix("s") && !denominator.hasSuffix("ss") ? String(denominator.dropLast()) : denominator)"
    }

    /// A name's leading parts, each ending where a separator (", ", "- ", " - ") ends a part:
    /// "HL Road Frame - Red- 52" -> "HL Road Frame", "HL Road Frame - Red", the whole name.
    static func namePrefixes(_ name: String) -> [String] {
        let chars = Array(name)
        var prefixes: [String] = []
        // ("Patch Kit/8 Patches": the part before a slash names it too.)
        for i in chars.indices where ((chars[i] == "," || chars[i] == "-") && i + 1 < chars.count && chars[i + 1] == " ") || (chars[i] == "/" && i > 0 && chars[i - 1].isLetter) {
            let prefix = String(chars[..<i]).trimmingCharacters(in: .whitespaces)
            if !prefix.isEmpty && prefixes.last != prefix { prefixes.append(prefix) }
        }
        let whole = name.trimmingCharacters(in: .whitespaces)
        if !whole.isEmpty && prefixes.last != whole { prefixes.append(whole) }
        return prefixes
    }

    /// The model code a name starts with: letters, a hyphen and digits ("Road-150", "Road-550-W"), else nil.
    /// The shape every sample shares, letters then digits ("AW00011000": "aw" and 8 digits), or nil.
    static func codeShape(_ samples: [String]) -> (prefix: String, digits: Int)? {
        var shape: (prefix: String, digits: Int)?
        for sample in samples {
            let letters = sample.prefix(while: \.isLetter)
            let digits = sample.dropFirst(letters.count)
            guard !letters.isEmpty, digits.count >= 4, digits.allSatisfy(\.isNumber) else { return nil }
            let this = (letters.lowercased(), digits.count)
            if let shape, shape != this { return nil }
            shape = this
        }
        return shape
    }

    static func modelCode(_ name: String) -> String? {
        guard let first = name.split(separator: " ").first else { return nil }
        let parts = first.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].allSatisfy(\.isLetter), !parts[0].isEmpty, !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber),
            parts.dropFirst(2).allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) })
        else { return nil }
        return String(first.hasSuffix(",") ? first.dropLast() : first)
    }
    func metric(named name: String) -> Metric? { metrics.first { $0.name == name } ?? ratios[name] }

    /// "average lifetime spend" (a sum of sales over the number of buyers): each buyer's own total of the sum, which an
    /// average over the buyers gives back. Nil when `metric` is no such ratio to the count of the things of `role`.
    func perMemberSum(of metric: Metric, per role: SemanticRole) -> Metric? {
        guard let count = metrics.first(where: { $0.table == factTable && $0.role == role }), let slash = metric.expr.range(of: "/"),
            metric.expr[slash.upperBound...].trimmingCharacters(in: .whitespaces) == count.expr
        else { return nil }
        let numerator = metric.expr[..<slash.lowerBound].replacingOccurrences(of: "* 1.0", with: "").trimmingCharacters(in: .whitespaces)
        return metrics.first { $0.table == metric.table && $0.expr == numerator && $0.expr.uppercased().hasPrefix("SUM(") }
    }

    /// Prefixes each bare column name with the alias of the table that has it (the preferred
    /// table first), so expressions stay unambiguous once tables are joined.
    func qualify(_ expr: String, preferring preferred: String) -> (String, Set<String>) {
        var out = ""
        var used: Set<String> = []
        var word = ""
        var inString = false
        let chars = Array(expr)
        func flush(next: Character?) {
            guard !word.isEmpty else { return }
            let lower = word.lowercased()
            let previous = out.last
            let isCall = next == "("
            if !isCall && previous != ".", !word.first!.isNumber {
                let order = [preferred] + tables.keys.sorted().filter { $0 != preferred }
                if let owner = order.first(where: { tables[$0]?.columns.contains(lower) ?? false }), let table = tables[owner] {
                    out += "\(table.alias).\(word)"
                    used.insert(owner)
                    word = ""
                    return
                }
            }
            out += word
            word = ""
        }
        for (i, ch) in chars.enumerated() {
            if ch == "'" { inString.toggle() }
            if !inString && (ch.isLetter || ch.isNumber || ch == "_") {
                word.append(ch)
            } else {
                var j = i
                while j < chars.count && chars[j] == " " { j += 1 }
                flush(next: j < chars.count ? chars[j] : nil)
                out.append(ch)
            }
        }
        flush(next: nil)
        return (out, used)
    }

    /// Column names a qualified expression uses (`f.sales_amount` -> sales_amount).
    static func columns(in expr: String) -> Set<String> {
        var out: Set<String> = []
        var token = ""
        for ch in expr + " " {
            if ch.isLetter || ch.isNumber || ch == "_" || ch == "." {
                token.append(ch)
            } else {
                if let dot = token.firstIndex(of: "."), token.first?.isLetter == true {
                    out.insert(String(token[token.index(after: dot)...]).lowercased())
                }
                token = ""
            }
        }
        return out
    }

    static func phrases(_ name: String, _ synonyms: [String]?) -> [String] {
        var list = [name.replacingOccurrences(of: "_", with: " ")] + (synonyms ?? [])
        list = list.map { QuestionText.normalize($0) }
        return Array(Set(list)).sorted { $0.count > $1.count }
    }

    /// "Road Bikes" is also asked as "road bike"; "Tires and Tubes" as "tires & tubes".
    static func valuePhrases(_ value: String) -> [String] {
        let base = QuestionText.normalize(value)
        var list: Set<String> = [base]
        // A question's words lose their apostrophes ("d'Ivoire" is read "divoire"); so does the value.
        if value.contains("'") || value.contains("’") {
            list.insert(QuestionText.normalize(value.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")))
        }
        if base.hasSuffix("s") && base.count > 3 { list.insert(String(base.dropLast())) }
        // "on weekends", "the Tourings": a one-word value is also named in the plural.
        if !base.hasSuffix("s") && base.count > 3 && !base.contains(" ") && base.allSatisfy(\.isLetter) { list.insert(base + "s") }
        if base.contains(" and ") { list.insert(base.replacingOccurrences(of: " and ", with: " ")) }
        return list.sorted { $0.count > $1.count }
    }
}
