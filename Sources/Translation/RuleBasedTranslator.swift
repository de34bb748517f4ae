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
    }

    public func translate(_ question: String, context: ConversationContext?) async throws -> Translation {
        translateNow(question, context: context)
    }

    /// The synchronous core.
    public func translateNow(_ question: String, context: ConversationContext?) -> Translation {
        let whole = translateOne(question, context: context)
        // Read whole first: "how many men and how many women" is one count by gender.
        if case .refusal = whole, let parts = SeveralCounts.parts(of: question), let answer = severalCounts(parts) { return answer }
        return whole
    }

    /// Each count read on its own and set side by side; nil (the question is read whole) when a part is not answered
    /// or the parts break down differently.
    func severalCounts(_ parts: [String]) -> Translation? {
        var sqls: [String] = []
        var columns: [[String]] = []
        var texts: [String] = []
        for part in parts {
            guard case .sql(let generated) = translateOne(part, context: nil), generated.intent?.ranking == nil,
                let names = try? catalog.resultColumns(of: generated.sql)
            else { return nil }
            sqls.append(generated.sql)
            columns.append(names)
            texts.append(generated.interpretation)
        }
        let labels = parts.map { part -> String in
            let text = part.lowercased().components(separatedBy: "how many ").last ?? part
            var label = text.trimmingCharacters(in: CharacterSet(charactersIn: " ?.!"))
            if label.hasSuffix(" please") { label = String(label.dropLast(7)) }
            return label
        }
        guard let sql = SeveralCounts.combined(sqls, columns: columns, labels: labels) else { return nil }
        return .sql(GeneratedSQL(sql: sql, interpretation: "several counts side by side: " + texts.joined(separator: "; "), intent: nil))
    }

    func translateOne(_ question: String, context: ConversationContext?) -> Translation {
        switch parser.parse(question, previous: context?.previousIntent) {
        case .refusal(let reason):
            return .refusal(reason: reason, suggestions: suggestions)
        case .intent(let intent):
            do {
                let (sql, interpretation) = try builder.build(intent)
                return .sql(GeneratedSQL(sql: sql, interpretation: interpretation, intent: intent))
            } catch let failure as SQLBuilder.Failure {
                return .refusal(reason: "I understood the question but cannot answer it: \(failure.reason)", suggestions: suggestions)
            } catch {
                return .refusal(reason: "\(error)", suggestions: suggestions)
            }
        }
    }

    /// Questions it can answer: the model's onboarding questions, then examples built from its names.
    public var suggestions: [String] {
        var list = vocabulary.verifiedQueries.filter { $0.use_as_onboarding_question == true }.map(\.question)
        list += [
            "Revenue by product category in 2013",
            "Top 5 products by revenue",
            "How many customers do we have in each country?",
            "Monthly orders in 2013",
            "Average order value by customer gender",
        ]
        return list
    }
}
