import Foundation
import SQLGuard
import SemanticModel
import Translation
import Yams

/// Closes the loop on the log: a reviewed question and its SQL become a verified query, so the
/// next person asking it gets the reviewed answer.
public enum Review {
    /// Appends the entry's question and SQL to `verified_queries.yaml` beside the model.
    /// Returns the name given to the verified query.
    ///
    /// - Parameter check: the verdict on the SQL as it would be asked now (guard and compile):
    ///   a verified query is trusted before any translation, so nothing unchecked goes in.
    /// Concurrent reviewers are serialised by a lock file, and the file is replaced through a
    /// temporary file of a unique name, so no verify loses another's entry or leaves half a file.
    @discardableResult
    public static func verify(
        entry: QueryLogEntry, modelPath: String, reviewer: String, name: String? = nil,
        check: (String) -> GuardVerdict
    ) throws -> String {
        guard entry.status == "answered", let sql = entry.sql else {
            throw QueryServiceError.setup("entry \(entry.id) was \(entry.status), not answered: only an answered question with SQL can be verified")
        }
        let verdict = check(sql)
        guard verdict.allowed else {
            throw QueryServiceError.setup("entry \(entry.id) cannot be verified: its SQL is refused now (\(verdict.reason)); fix the SQL with `cyclingpro sql` first")
        }
        let path = SemanticModelLoader.verifiedQueriesPath(forModel: modelPath)
        let lock = try FileLock(path: path + ".lock")
        defer { lock.release() }

        var existing: [SemanticModel.VerifiedQuery] = []
        if FileManager.default.fileExists(atPath: path) {
            let (queries, warnings) = SemanticModelLoader.loadVerifiedQueries(path: path)
            // Rewriting a file with broken entries would drop them silently: stop and say where.
            if let first = warnings.first {
                throw QueryServiceError.setup("\(first); fix \(path) by hand before verifying more")
            }
            existing = queries
        }
        let normalized = QuestionText.normalize(entry.question)
        if let duplicate = existing.first(where: { QuestionText.normalize($0.question) == normalized }) {
            throw QueryServiceError.setup("the question is already verified as '\(duplicate.name)' in \(path)")
        }
        let queryName = name ?? "log_\(entry.id)_" + normalized.split(separator: " ").prefix(5).joined(separator: "_")
        existing.append(
            SemanticModel.VerifiedQuery(
                name: queryName, question: entry.question, sql: sql, verified_by: reviewer,
                verified_at: String(Date().formatted(.iso8601).prefix(10)),
                use_as_onboarding_question: false))
        let header = "# Reviewed question/SQL pairs (Cortex Analyst's verified_queries), trusted before any translation.\n# `cyclingpro logs verify ID` appends here.\n"
        let body = try YAMLEncoder().encode(VerifiedQueriesFile(verified_queries: existing))
        try AtomicFile.replace(path, with: header + body)
        return queryName
    }

    struct VerifiedQueriesFile: Codable {
        var verified_queries: [SemanticModel.VerifiedQuery]?
    }
}
