import Foundation
import SemanticModel
import Translation
import Yams

/// Closes the loop on the log: a reviewed question and its SQL become a verified query, so the
/// next person asking it gets the reviewed answer.
public enum Review {
    /// Appends the entry's question and SQL to `verified_queries.yaml` beside the model.
    /// Returns the name given to the verified query.
    @discardableResult
    public static func verify(entry: QueryLogEntry, modelPath: String, reviewer: String, name: String? = nil) throws -> String {
        guard entry.status == "answered", let sql = entry.sql else {
            throw QueryServiceError.setup("entry \(entry.id) was \(entry.status), not answered: only an answered question with SQL can be verified")
        }
        let path = SemanticModelLoader.verifiedQueriesPath(forModel: modelPath)
        var existing: [SemanticModel.VerifiedQuery] = []
        if let text = try? String(contentsOfFile: path, encoding: .utf8), !text.isEmpty {
            existing = (try YAMLDecoder().decode(VerifiedQueriesFile.self, from: text)).verified_queries ?? []
        }
        let normalized = QuestionText.normalize(entry.question)
        if let duplicate = existing.first(where: { QuestionText.normalize($0.question) == normalized }) {
            throw QueryServiceError.setup("the question is already verified as '\(duplicate.name)' in \(path)")
        }
        let queryName = name ?? "log_\(entry.id)_" + normalized.split(separator: " ").prefix(5).joined(separator: "_")
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        existing.append(SemanticModel.VerifiedQuery(name: queryName, question: entry.question, sql: sql, verified_by: reviewer,
                                                    verified_at: formatter.string(from: Date()), use_as_onboarding_question: false))
        let header = "# Reviewed question/SQL pairs (Cortex Analyst's verified_queries), trusted before any translation.\n# `cyclingpro logs verify ID` appends here.\n"
        let body = try YAMLEncoder().encode(VerifiedQueriesFile(verified_queries: existing))
        // Write beside and rename, so a crash never leaves half a file.
        let temporary = path + ".tmp"
        try (header + body).write(toFile: temporary, atomically: false, encoding: .utf8)
        guard rename(temporary, path) == 0 else { throw QueryServiceError.setup("cannot replace \(path) (errno \(errno))") }
        return queryName
    }

    struct VerifiedQueriesFile: Codable {
        var verified_queries: [SemanticModel.VerifiedQuery]?
    }
}

