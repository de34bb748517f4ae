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
    /// The columns a query returns, without running it; several counts in one question are set side by side by them.
    let resultColumns: (@Sendable (String) throws -> [String])?

    /// - Parameters:
    ///   - columns: the columns of a physical table.
    ///   - distinct: the distinct values of an expression over a physical table (enum columns).
    ///   - dateRange: the earliest and latest dates of the fact table's time column (empty when none).
    ///   - rowCount: rows of a table, roughly, if known; it lets the SQL sum a large table before joining a small one.
    ///   - resultColumns: the columns a query returns; without it, several counts in one question are refused.
    public init(
        model: SemanticModel, dialect: SQLDialect = .sqlite, columns: (String) throws -> [String],
        distinct: (String, String) throws -> [String], dateRange: (String, String) throws -> [String],
        rowCount: (String) throws -> Int? = { _ in nil }, resultColumns: (@Sendable (String) throws -> [String])? = nil
    ) throws {
        let vocabulary = try Vocabulary(model: model, columnsOf: columns, distinctValues: distinct, rowCount: rowCount)
        let fact = vocabulary.tables[vocabulary.factTable]
        let bare = vocabulary.timeColumn.split(separator: ".").last.map(String.init) ?? ""
        let range = try fact.map { try dateRange($0.physical, bare) } ?? []
        self.vocabulary = vocabulary
        self.parser = QuestionParser(
            vocabulary: vocabulary, earliestDate: range.first ?? "the first order",
            latestDate: range.count > 1 ? range[1] : "the last order")
        self.builder = SQLBuilder(vocabulary: vocabulary, dialect: dialect)
        self.resultColumns = resultColumns
    }

    /// Builds the translator from what the read-only executor can see of the warehouse.
    public init(model: SemanticModel, executor: ReadOnlyExecutor) throws {
        try self.init(
            model: model,
            columns: { table in try executor.run("SELECT * FROM \(table) LIMIT 0").columns },
            distinct: { table, expr in
                try executor.run("SELECT DISTINCT \(expr) FROM \(table) WHERE \(expr) IS NOT NULL LIMIT 5000").rows.compactMap {
                    if case .text(let s) = $0.first { return s }
                    return nil
                }
            },
            dateRange: { table, column in
                let row = try executor.run("SELECT MIN(\(column)), MAX(\(column)) FROM \(table)").rows.first ?? []
                return row.compactMap {
                    if case .text(let s) = $0 { return s }; return nil
                }
            },
            rowCount: { table in
                // The largest rowid sizes a table in microseconds; COUNT(*) took 130 ms at scale 100.
                if case .integer(let n) = try? executor.run("SELECT MAX(rowid) FROM \(table)").rows.first?.first { return Int(n) }
                return nil
            },
            // LIMIT 0 on the outside: SQLite stops before reading a row.
            resultColumns: { sql in try executor.run("SELECT * FROM (\(sql)) LIMIT 0").columns })
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
        guard let resultColumns else { return nil }
        var sqls: [String] = []
        var columns: [[String]] = []
        var texts: [String] = []
        for part in parts {
            guard case .sql(let generated) = translateOne(part, context: nil), generated.intent?.ranking == nil,
                let names = try? resultColumns(generated.sql)
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
