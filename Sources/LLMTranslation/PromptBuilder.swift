import Foundation
import SemanticModel

/// Builds the messages for one question from the templates and the semantic model: the system
/// prompt with the model's relevant tables and the most similar verified queries (within a token
/// budget), the question (with the previous turn for a follow-up), and repair messages.
public struct PromptBuilder: Sendable {
    public let templates: PromptTemplates
    public let model: SemanticModel
    /// Tokens the model rendering and the examples may take together, about 4 characters a token.
    public var tokenBudget: Int
    /// The most verified queries shown as examples.
    public var maxExamples: Int

    public init(templates: PromptTemplates, model: SemanticModel, tokenBudget: Int = 8_000, maxExamples: Int = 3) {
        self.templates = templates
        self.model = model
        self.tokenBudget = tokenBudget
        self.maxExamples = maxExamples
    }

    /// A rough token count: English and SQL run about 4 characters a token.
    public static func estimateTokens(_ text: String) -> Int { (text.utf8.count + 3) / 4 }

    /// The system prompt and the question.
    public func messages(for question: String, previous: LLMTurn?) throws -> [ChatMessage] {
        [.system(try systemPrompt(for: question)), .user(try userMessage(question, previous: previous))]
    }

    public func systemPrompt(for question: String) throws -> String {
        let tables = relevantTables(for: question)
        let modelText = try renderModel(tables: tables)
        let remaining = max(0, tokenBudget - Self.estimateTokens(modelText))
        let examples = try renderExamples(for: question, budget: remaining)
        return try PromptTemplates.render(
            templates.system, named: "translate.md",
            values: [
                "tables": model.tables.map { $0.base_table.table }.joined(separator: ", "),
                "time_column": timeColumn,
                // Names only: their expressions are in the model's rendering below, once.
                "metrics": tables.flatMap { table in (table.metrics ?? []).map(\.name) }.joined(separator: ", "),
                "semantic_model": modelText,
                "examples": examples,
            ])
    }

    public func userMessage(_ question: String, previous: LLMTurn?) throws -> String {
        var followUp = ""
        if let previous {
            followUp = try PromptTemplates.render(
                templates.followUp, named: "follow-up.md",
                values: [
                    "previous_question": previous.question,
                    "previous_sql": previous.sql ?? "(not available)",
                ])
        }
        return try PromptTemplates.render(
            templates.question, named: "question.md",
            values: ["follow_up": followUp, "question": question])
    }

    public func repairMessage(sql: String, reason: String, attempt: Int, maxAttempts: Int) throws -> String {
        try PromptTemplates.render(
            templates.repair, named: "repair.md",
            values: [
                "sql": sql.isEmpty ? "(no SQL could be read from the answer)" : sql,
                "reason": reason,
                "attempt": String(attempt),
                "max_attempts": String(maxAttempts),
            ])
    }

    /// The fact table's first time dimension, qualified (`fact_sales.order_date`).
    var timeColumn: String {
        let fact = factTable
        guard let fact, let column = fact.time_dimensions?.first else { return "the order date" }
        return "\(fact.base_table.table).\(column.expr)"
    }

    /// The table most relationships start from (the star's centre), else the first with time.
    var factTable: SemanticModel.LogicalTable? {
        let lefts = (model.relationships ?? []).map(\.left_table)
        if let name = Dictionary(grouping: lefts, by: { $0 }).max(by: { $0.value.count < $1.value.count })?.key,
            let table = model.table(named: name)
        {
            return table
        }
        return model.tables.first { !($0.time_dimensions ?? []).isEmpty }
    }

    // MARK: - The model

    /// Every table when the whole model fits the budget; otherwise the tables sharing the most
    /// words with the question, most relevant first, while they fit (at least one).
    func relevantTables(for question: String) -> [SemanticModel.LogicalTable] {
        let all = model.tables
        let whole = all.map(renderTable).joined(separator: "\n\n")
        if Self.estimateTokens(whole) <= tokenBudget * 2 / 3 { return all }
        let words = Self.words(question)
        let ranked = all.enumerated().sorted { a, b in
            let (sa, sb) = (relevance(a.element, words), relevance(b.element, words))
            return sa != sb ? sa > sb : a.offset < b.offset
        }.map(\.element)
        var chosen: [SemanticModel.LogicalTable] = []
        var used = 0
        for table in ranked {
            let cost = Self.estimateTokens(renderTable(table))
            if !chosen.isEmpty && used + cost > tokenBudget * 2 / 3 { continue }
            chosen.append(table)
            used += cost
        }
        // Keep the model's order: people and models read it top-down.
        return all.filter { table in chosen.contains { $0.name == table.name } }
    }

    func relevance(_ table: SemanticModel.LogicalTable, _ words: Set<String>) -> Int {
        var vocabulary: [String] = [table.name, table.base_table.table] + (table.synonyms ?? [])
        for column in table.allColumns {
            vocabulary += [column.name] + (column.synonyms ?? []) + (column.sample_values ?? [])
        }
        for metric in (table.metrics ?? []) + (table.filters ?? []) {
            vocabulary += [metric.name] + (metric.synonyms ?? [])
        }
        return vocabulary.reduce(0) { $0 + Self.words($1).intersection(words).count }
    }

    func renderModel(tables: [SemanticModel.LogicalTable]) throws -> String {
        let names = Set(tables.map(\.name))
        let relationships = (model.relationships ?? []).filter { names.contains($0.left_table) && names.contains($0.right_table) }
        let physical = Dictionary(model.tables.map { ($0.name, $0.base_table.table) }, uniquingKeysWith: { a, _ in a })
        let joins = relationships.map { relationship -> String in
            let left = physical[relationship.left_table] ?? relationship.left_table
            let right = physical[relationship.right_table] ?? relationship.right_table
            let on = relationship.relationship_columns.map { "\(left).\($0.left_column) = \(right).\($0.right_column)" }
                .joined(separator: " AND ")
            let kind = [relationship.relationship_type, relationship.join_type.map { "\($0) join" }].compactMap { $0 }.joined(separator: ", ")
            return "- \(left) JOIN \(right) ON \(on)" + (kind.isEmpty ? "" : " (\(kind))")
        }
        return try PromptTemplates.render(
            templates.semanticModel, named: "semantic-model.md",
            values: [
                "model_name": model.name,
                "model_description": model.description ?? "",
                "tables": tables.map(renderTable).joined(separator: "\n\n"),
                "relationships": joins.isEmpty ? "(none among these tables)" : joins.joined(separator: "\n"),
            ])
    }

    func renderTable(_ table: SemanticModel.LogicalTable) -> String {
        var lines = ["Table \(table.base_table.table) (\"\(table.name)\")" + (table.description.map { ": \($0)" } ?? "")]
        if let synonyms = table.synonyms, !synonyms.isEmpty { lines.append("  also called: \(synonyms.joined(separator: ", "))") }
        func column(_ c: SemanticModel.Column, kind: String) -> String {
            var text = "  - \(c.name)"
            if c.expr != c.name { text += " (\(c.expr))" }
            text += " [\(kind)\(c.data_type.map { ", \($0)" } ?? "")]"
            if let d = c.description { text += ": \(d)" }
            if let s = c.synonyms, !s.isEmpty { text += " Synonyms: \(s.joined(separator: ", "))." }
            if let v = c.sample_values, !v.isEmpty { text += " Values: \(v.map { "'\($0)'" }.joined(separator: ", "))." }
            return text
        }
        lines.append("  Columns:")
        lines += (table.dimensions ?? []).map { column($0, kind: "dimension") }
        lines += (table.time_dimensions ?? []).map { column($0, kind: "time") }
        lines += (table.facts ?? []).map { column($0, kind: "fact") }
        if let metrics = table.metrics, !metrics.isEmpty {
            lines.append("  Metrics:")
            lines += metrics.map { m in
                "  - \(m.name) = \(m.expr)" + (m.description.map { ": \($0)" } ?? "")
                    + ((m.synonyms ?? []).isEmpty ? "" : " Synonyms: \(m.synonyms!.joined(separator: ", ")).")
            }
        }
        if let filters = table.filters, !filters.isEmpty {
            lines.append("  Filters:")
            lines += filters.map { f in "  - \(f.name): WHERE \(f.expr)" + (f.description.map { " (\($0))" } ?? "") }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Few-shot examples

    /// The verified queries most similar to the question, most similar first.
    public func similarVerifiedQueries(to question: String) -> [SemanticModel.VerifiedQuery] {
        let words = Self.words(question)
        let scored = (model.verified_queries ?? []).enumerated().map { item -> (Double, Int, SemanticModel.VerifiedQuery) in
            let other = Self.words(item.element.question)
            let union = words.union(other).count
            return (union == 0 ? 0 : Double(words.intersection(other).count) / Double(union), item.offset, item.element)
        }
        return scored.filter { $0.0 > 0 }.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.prefix(maxExamples).map(\.2)
    }

    func renderExamples(for question: String, budget: Int) throws -> String {
        var shown: [String] = []
        var used = 0
        for query in similarVerifiedQueries(to: question) {
            let answer =
                (try? JSONSerialization.data(
                    withJSONObject: ["sql": query.sql, "interpretation": query.question],
                    options: [.sortedKeys, .withoutEscapingSlashes]))
                .map { String(decoding: $0, as: UTF8.self) } ?? ""
            let text = "Question: \(query.question)\nAnswer: \(answer)"
            let cost = Self.estimateTokens(text)
            if used + cost > budget { break }
            shown.append(text)
            used += cost
        }
        if shown.isEmpty { return "" }
        return try PromptTemplates.render(templates.examples, named: "examples.md", values: ["examples": shown.joined(separator: "\n\n")])
    }

    /// Lower-cased words of two letters or more, without common stop words.
    static func words(_ text: String) -> Set<String> {
        let stop: Set<String> = [
            "the", "of", "and", "or", "in", "on", "by", "for", "to", "is", "are", "was", "were", "what",
            "which", "how", "our", "we", "do", "does", "did", "per", "each", "a", "an", "me", "show", "list",
        ]
        let parts = text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }
        var words: Set<String> = []
        for part in parts where part.count >= 2 && !stop.contains(String(part)) {
            words.insert(String(part))
            // Snake-case names match their parts ("order_count" ~ "order count").
            for piece in part.split(separator: "_") where piece.count >= 2 && !stop.contains(String(piece)) {
                words.insert(String(piece))
            }
        }
        return words
    }
}
