import Foundation
import SemanticModel
import Warehouse

/// The offline translator: deterministic, no network, well under a millisecond per question.
/// It understands what the semantic model names — metrics, dimensions, values, filters, joins —
/// plus time, ranking, shares, growth and a few customer analyses, and refuses what it cannot map.
public struct RuleBasedTranslator: Translator {
    public let name = "rules"
    let vocabulary: Vocabulary
    let parser: QuestionParser
    let builder: SQLBuilder
    /// The warehouse's schema and values; several counts in one question are set side by side by the
    /// columns each part's query returns.
    let catalog: any WarehouseCatalog

    /// Reads the model's words, the warehouse's enum values and names, and the fact table's date
    /// range (what "all time" and "last month" mean) through the catalogue.
    public init(model: SemanticModel, catalog: any WarehouseCatalog, dialect: SQLDialect = .sqlite) throws {
        let vocabulary = try Vocabulary(model: model, catalog: catalog)
        let fact = vocabulary.tables[vocabulary.factTable]
        let bare = vocabulary.timeColumn.split(separator: ".").last.map(String.init) ?? ""
        let range = bare.isEmpty ? nil : try fact.flatMap { try catalog.range(of: bare, in: $0.physical) }
        self.vocabulary = vocabulary
        self.parser = QuestionParser(vocabulary: vocabulary, earliestDate: range?.first ?? "the first order", latestDate: range?.last ?? "the last order")
        self.builder = SQLBuilder(vocabulary: vocabulary, dialect: dialect)
        self.catalog = catalog
        self.suggestions = examples()
    }

    public func translate(_ question: String, context: ConversationContext?) async throws -> Translation {
        translateNow(question, context: context)
    }

    /// The synchronous core.
    public func translateNow(_ question: String, context: ConversationContext?) -> Translation {
        let whole = translateOne(question, context: context)
        // Read whole first: "how many men and how many women" is one count by gender.
        if case .refusal = whole, let parts = SeveralCounts.parts(of: question, latestYear: parser.latestYear), let answer = severalCounts(parts) { return answer }
        return whole
    }

    /// Each count read on its own and set side by side; nil (the question is read whole) when a part is not answered
    /// or the parts break down differently.
    func severalCounts(_ parts: [SeveralCounts.Part]) -> Translation? {
        var sqls: [String] = []
        var columns: [[String]] = []
        var texts: [String] = []
        var first: QueryIntent?
        for part in parts {
            guard case .intent(var intent) = parser.parse(part.text, previous: nil), intent.ranking == nil else { return nil }
            if part.ofThose {
                // "how many customers in the UK, and how many of those are married": the married among the UK's.
                guard let first, let within = Self.within(first, intent) else { return nil }
                intent = within
            }
            if first == nil { first = intent }
            guard let (sql, interpretation) = try? builder.build(intent), let names = try? catalog.resultColumns(of: sql)
            else { return nil }
            sqls.append(sql)
            columns.append(names)
            texts.append(interpretation)
        }
        let labels = parts.map { part -> String in
            let text = part.text.lowercased().components(separatedBy: "how many ").last ?? part.text
            var label = text.trimmingCharacters(in: CharacterSet(charactersIn: " ?.!"))
            if label.hasSuffix(" please") { label = String(label.dropLast(7)) }
            return label
        }
        guard let sql = SeveralCounts.combined(sqls, columns: columns, labels: labels) else { return nil }
        return .sql(GeneratedSQL(sql: sql, interpretation: "several counts side by side: " + texts.joined(separator: "; ")))
    }

    /// `part` counted among the things `first` counts: the first part's filters and period added to its own. Nil when
    /// the two count different things or the first part narrows them some other way (a threshold, a cohort ...).
    static func within(_ first: QueryIntent, _ part: QueryIntent) -> QueryIntent? {
        func bare(_ i: QueryIntent) -> QueryIntent {
            var b = i
            b.filters = []
            b.namedFilters = []
            b.period = nil
            b.numericFilters = []
            b.dateFilters = []
            return b
        }
        var merged = part
        for f in first.filters {
            guard let same = merged.filters.firstIndex(where: { $0.dimension == f.dimension }) else {
                merged.filters.append(f)
                continue
            }
            // "how many in Europe, and how many of those in France": within; a clash is two questions.
            guard Set(merged.filters[same].values).isSubset(of: f.values) else { return nil }
        }
        for n in first.namedFilters where !merged.namedFilters.contains(n) { merged.namedFilters.append(n) }
        if let p = first.period {
            guard merged.period == nil || merged.period == p else { return nil }
            merged.period = p
        }
        merged.numericFilters += first.numericFilters.filter { !merged.numericFilters.contains($0) }
        merged.dateFilters += first.dateFilters.filter { !merged.dateFilters.contains($0) }
        // The first part counts its things by filters alone ("how many customers in the UK"), so they carry over to any
        // count of the same things or their buyers; anything else that narrows it (a threshold, a cohort) would not.
        var plain = QueryIntent(metric: first.metric)
        plain.groupBy = first.groupBy
        plain.bucket = first.bucket
        return bare(first) == bare(part) || bare(first) == plain ? merged : nil
    }

    /// What the conversation so far asked, reread question by question (each refining the one
    /// before); nil when there is none or the last could not be read.
    func previousIntent(_ context: ConversationContext?) -> QueryIntent? {
        var intent: QueryIntent?
        for question in context?.questions ?? [] {
            if case .intent(let read) = parser.parse(question, previous: intent) { intent = read } else { intent = nil }
        }
        return intent
    }

    func translateOne(_ question: String, context: ConversationContext?) -> Translation {
        switch parser.parse(question, previous: previousIntent(context)) {
        case .refusal(let reason):
            return .refusal(reason: reason, suggestions: suggestions)
        case .intent(let intent):
            do {
                let (sql, interpretation) = try builder.build(intent)
                return .sql(GeneratedSQL(sql: sql, interpretation: interpretation))
            } catch let failure as SQLBuilder.Failure {
                return .refusal(reason: "I understood the question but cannot answer it: \(failure.reason)", suggestions: suggestions)
            } catch {
                return .refusal(reason: "\(error)", suggestions: suggestions)
            }
        }
    }

    /// Questions it can answer (the service lists the model's onboarding questions before them).
    public private(set) var suggestions: [String] = []

    /// Examples made from the model's own names (a measure by a category, a ranking, a count by a
    /// place, a monthly trend), kept only when they translate: a suggestion must be answerable.
    func examples() -> [String] {
        func words(_ name: String) -> String { name.replacingOccurrences(of: "_", with: " ") }
        func firstEnum(_ table: String) -> String? {
            vocabulary.dimensions.first { $0.table == table && $0.isEnum && !$0.isTime }.map { words($0.name) }
        }
        let revenue = vocabulary.metric(role: .revenue).map { words($0.name) }
        let orders = vocabulary.metric(role: .orders).map { words($0.name) }
        let people = vocabulary.metrics.first { $0.table == vocabulary.customersTable && $0.expr.uppercased() == "COUNT(*)" }.map { words($0.name) }
        var list: [String] = []
        if let revenue, let category = firstEnum(vocabulary.productsTable) { list.append("\(revenue) by \(category)") }
        if let revenue, !vocabulary.productsTable.isEmpty { list.append("top 5 \(vocabulary.productsTable) by \(revenue)") }
        if let people, let place = firstEnum(vocabulary.customersTable) { list.append("\(people) by \(place)") }
        if let orders, !vocabulary.timeColumn.isEmpty { list.append("monthly \(orders) in the last year") }
        return list.filter { if case .intent = parser.parse($0, previous: nil) { return true } else { return false } }
    }
}
