import Foundation
import GRDB
import SQLGuard
import SemanticModel
import Translation
import Warehouse

/// ask(question) -> Answer: translate, guard, execute read-only, log. The CLI, the chat and the
/// HTTP server are thin shells over this.
public final class AskService: Sendable {
    public let model: SemanticModel
    public let translator: any Translator
    public let sqlGuard: SQLGuard
    let executor: ReadOnlyExecutor
    let log: QueryLog
    let verified: VerifiedQueries

    public struct Configuration: Sendable {
        public var warehousePath: String
        public var modelPath: String
        public var logPath: String
        public var limits: QueryLimits
        /// Answer a question that matches a reviewed one with its reviewed SQL, before any translator.
        /// Off when measuring a translator: a score must come from the translator alone.
        public var useVerifiedQueries: Bool

        public init(warehousePath: String, modelPath: String = "semantic-model/cycling_pro.yaml", logPath: String? = nil,
                    limits: QueryLimits = QueryLimits(), useVerifiedQueries: Bool = true) {
            self.warehousePath = warehousePath
            self.modelPath = modelPath
            self.logPath = logPath ?? AskService.defaultLogPath(forWarehouse: warehousePath)
            self.limits = limits
            self.useVerifiedQueries = useVerifiedQueries
        }
    }

    public static func defaultLogPath(forWarehouse warehouse: String) -> String {
        let dir = (warehouse as NSString).deletingLastPathComponent
        return (dir.isEmpty ? "." : dir) + "/query-log.sqlite"
    }

    /// Opens the warehouse, loads and validates the semantic model, opens the log.
    /// - Parameter makeTranslator: builds the translator from the loaded model and warehouse
    ///   (the rule-based one by default).
    public init(_ configuration: Configuration,
                makeTranslator: (SemanticModel, ReadOnlyExecutor) throws -> any Translator) throws {
        let model = try SemanticModelLoader.load(path: configuration.modelPath)
        let policy = GuardPolicy(allowedTables: model.baseTables)
        let executor = try ReadOnlyExecutor(path: configuration.warehousePath, allowedTables: policy.allowedTables,
                                            allowedFunctions: policy.allowedFunctions, limits: configuration.limits)
        var readonly = GRDB.Configuration()
        readonly.readonly = true
        try DatabaseQueue(path: configuration.warehousePath, configuration: readonly).read { db in
            try SemanticModelLoader.validate(model, file: configuration.modelPath, against: db)
        }
        // Everything that can throw runs before any stored property is set.
        let log = try QueryLog(path: configuration.logPath)
        let translator = try makeTranslator(model, executor)
        self.model = model
        self.executor = executor
        self.sqlGuard = SQLGuard(policy: policy)
        self.log = log
        self.translator = translator
        self.verified = VerifiedQueries(configuration.useVerifiedQueries ? model.verified_queries ?? [] : [])
    }

    public var queryLog: QueryLog { log }

    /// Runs SQL that a person or translator wrote, through the guard and the read-only executor.
    public func run(sql: String) throws -> (GuardVerdict, QueryResult?) {
        let verdict = sqlGuard.check(sql)
        guard verdict.allowed else { return (verdict, nil) }
        return (verdict, try executor.run(sql, allowSchemaReads: verdict.usesJSONTables))
    }

    public func ask(_ question: String, context: ConversationContext? = nil, interface: String = "cli",
                    user: String? = nil) async -> Answer {
        let started = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6 }
        var answer = Answer(question: question, status: .failed, sql: nil, columns: [], rows: [], truncated: false,
                            interpretation: "", suggestions: [], translator: translator.name, verified_query: nil,
                            message: nil, elapsed_ms: 0)
        var verdict: GuardVerdict?
        do {
            let translation: Translation
            if let reviewed = verified.match(question) {
                translation = .sql(GeneratedSQL(sql: reviewed.sql, interpretation: "verified answer: \(reviewed.question)",
                                                verifiedQuery: reviewed.name))
            } else {
                translation = try await translator.translate(question, context: context)
            }
            switch translation {
            case .refusal(let reason, let suggestions):
                answer.status = .refused
                answer.message = reason
                answer.interpretation = reason
                answer.suggestions = suggestions
            case .sql(let generated):
                answer.sql = generated.sql
                answer.interpretation = generated.interpretation
                answer.verified_query = generated.verifiedQuery
                answer.context = ConversationContext(previousQuestion: question, previousIntent: generated.intent)
                let (check, result) = try run(sql: generated.sql)
                verdict = check
                if let result {
                    answer.status = .answered
                    answer.columns = result.columns
                    answer.rows = result.rows
                    answer.truncated = result.truncated
                    if result.truncated { answer.message = "only the first \(result.rows.count) rows are shown" }
                } else {
                    answer.status = .refused
                    answer.message = "the generated SQL was refused by the guard: \(check.reason)"
                }
            }
        } catch {
            answer.status = .failed
            answer.message = "\(error)"
        }
        answer.elapsed_ms = elapsed()
        let entry = QueryLogEntry(
            id: 0, time: ISO8601DateFormatter().string(from: Date()), interface: interface, user: user, question: question,
            translator: translator.name, sql: answer.sql, tables: verdict?.tables ?? [], guard_allowed: verdict?.allowed,
            guard_reason: verdict?.reason, status: answer.status.rawValue, row_count: answer.rows.count, elapsed_ms: answer.elapsed_ms,
            error: answer.status == .answered ? nil : answer.message, verified_query: answer.verified_query, feedback: nil, flag_note: nil)
        do {
            answer.log_id = try log.record(entry)
        } catch {
            // An answer is still worth giving when the log is unavailable; say so.
            answer.message = (answer.message.map { $0 + "; " } ?? "") + "the question could not be logged: \(error)"
        }
        return answer
    }
}
