import Foundation
import LLMTranslation
import SQLGuard
import SemanticModel
import Translation
import Warehouse

/// ask(question) -> Answer: translate, guard, execute read-only, log. The CLI, the chat and the
/// HTTP server are thin shells over this.
///
/// Answers never depend on the query log: a log that cannot be opened or written (locked, read
/// only, corrupt, a folder) is reported in each answer's message, and the answer still comes back.
public final class AskService: Sendable {
    public let model: SemanticModel
    public let sqlGuard: SQLGuard
    public let configuration: Configuration
    let log: QueryLog?
    /// Reviewed questions answered with their reviewed SQL, in front of any translator.
    let verified: VerifiedQueries
    /// Why questions are not being logged, when the log could not be opened.
    public let logProblem: String?
    private let makeTranslator: @Sendable (SemanticModel, ReadOnlyExecutor) throws -> any Translator
    /// The executor and translator of the warehouse file that is live; replaced after a rebuild.
    private let live: Locked<Live>

    struct Live {
        var executor: ReadOnlyExecutor
        var translator: any Translator
        /// Results on this warehouse file; a rebuild brings a new, empty one.
        var cache = ResultCache()
        /// Translations of questions asked again, when they depend on the question alone: only
        /// the rule-based translator's (an LLM's may differ from one call to the next).
        var translations: TranslationCache?

        init(executor: ReadOnlyExecutor, translator: any Translator) {
            self.executor = executor
            self.translator = translator
            translations = translator is RuleBasedTranslator ? TranslationCache() : nil
        }

        /// The query's result from the cache (or from the caller already running it), else from
        /// the warehouse (and then kept).
        func run(_ sql: String, allowSchemaReads: Bool) async throws -> QueryResult {
            if let known = await cache.result(orLeadFor: sql) { return known }
            do {
                let result = try await executor.run(sql, allowSchemaReads: allowSchemaReads)
                cache.finish(sql, with: result)
                return result
            } catch {
                cache.finish(sql, with: nil)
                throw error
            }
        }
    }

    /// The longest question accepted. Longer text is no question a person typed, and parsing
    /// and logging it whole cost time and space for nothing.
    public static let maxQuestionCharacters = 2_000
    /// The longest SQL accepted from a person.
    public static let maxSQLCharacters = 100_000

    public struct Configuration: Sendable {
        public var warehousePath: String
        public var modelPath: String
        public var logPath: String
        public var limits: QueryLimits
        /// How long a log write waits for another writer before the answer goes on unlogged.
        public var logBusySeconds: Double
        /// Queries that may run at once, each on its own read-only connection.
        public var connections: Int
        /// Answer a question that matches a reviewed one with its reviewed SQL, before any translator.
        /// Off when measuring a translator: a score must come from the translator alone.
        public var useVerifiedQueries: Bool
        /// How long translating may take; nil: the query's time limit. An LLM with repairs needs more.
        public var translationSeconds: Double?

        public init(
            warehousePath: String, modelPath: String = "semantic-model/cycling_pro.yaml", logPath: String? = nil,
            limits: QueryLimits = QueryLimits(), logBusySeconds: Double = 1, connections: Int = 1,
            useVerifiedQueries: Bool = true, translationSeconds: Double? = nil
        ) {
            self.translationSeconds = translationSeconds
            self.connections = connections
            self.useVerifiedQueries = useVerifiedQueries
            self.warehousePath = warehousePath
            self.modelPath = modelPath
            self.logPath = logPath ?? AskService.defaultLogPath(forWarehouse: warehousePath)
            self.limits = limits
            self.logBusySeconds = logBusySeconds
        }
    }

    public static func defaultLogPath(forWarehouse warehouse: String) -> String {
        let dir = (warehouse as NSString).deletingLastPathComponent
        return (dir.isEmpty ? "." : dir) + "/query-log.sqlite"
    }

    /// Opens the warehouse, loads and validates the semantic model, opens the log.
    /// - Parameter makeTranslator: builds the translator from the loaded model and warehouse
    ///   (the rule-based one by default); called again when a rebuild swaps a new warehouse in.
    public init(
        _ configuration: Configuration,
        makeTranslator: @escaping @Sendable (SemanticModel, ReadOnlyExecutor) throws -> any Translator
    ) throws {
        var model = try SemanticModelLoader.load(path: configuration.modelPath)
        let policy = GuardPolicy(allowedTables: model.baseTables)
        let sqlGuard = SQLGuard(policy: policy)
        let executor = try ReadOnlyExecutor(
            path: configuration.warehousePath, allowedTables: policy.allowedTables,
            allowedFunctions: policy.allowedFunctions, limits: configuration.limits,
            connections: configuration.connections)
        try SemanticModelLoader.validate(&model, file: configuration.modelPath, against: executor)
        // A verified query is trusted before any translation, so it must pass the same guard.
        model.verified_queries = (model.verified_queries ?? []).filter { query in
            let verdict = sqlGuard.check(query.sql)
            if !verdict.allowed {
                model.warnings.append("verified_queries.yaml: verified query '\(query.name)' skipped: the SQL guard refuses it (\(verdict.reason))")
            }
            return verdict.allowed
        }
        let translator = try makeTranslator(model, executor)
        var log: QueryLog?
        var logProblem: String?
        do {
            log = try QueryLog(path: configuration.logPath, busySeconds: configuration.logBusySeconds)
        } catch {
            logProblem = "questions are not being logged: \(error)"
        }
        self.verified = VerifiedQueries(configuration.useVerifiedQueries ? model.verified_queries ?? [] : [])
        self.model = model
        self.sqlGuard = sqlGuard
        self.configuration = configuration
        self.makeTranslator = makeTranslator
        self.live = Locked(Live(executor: executor, translator: translator))
        self.log = log
        self.logProblem = logProblem
    }

    /// The log, for review; nil when it could not be opened (see `logProblem`).
    public var queryLog: QueryLog? { log }

    public var translator: any Translator { live.value.translator }

    /// Questions to start from: the model's onboarding questions (reviewed, in
    /// verified_queries.yaml), then the translator's own, each once. The same for every translator.
    public var suggestions: [String] { suggestions(after: translator.suggestions) }

    /// The onboarding questions, then `others` (a refusal's own), each once.
    func suggestions(after others: [String]) -> [String] {
        var seen: Set<String> = []
        let onboarding = (model.verified_queries ?? []).filter { $0.use_as_onboarding_question == true }.map(\.question)
        return (onboarding + others).filter { seen.insert(QuestionText.normalize($0)).inserted }
    }

    /// What loading skipped, and the log's state, for the person running the service.
    public var warnings: [String] { model.warnings + (logProblem.map { [$0] } ?? []) }

    /// The executor and translator for the warehouse now live: after a rebuild renamed a new
    /// file over the path, the next question reopens it instead of answering from the old one.
    func current() -> Live {
        let now = live.value
        guard now.executor.isStale else { return now }
        do {
            let policy = sqlGuard.policy
            let executor = try ReadOnlyExecutor(
                path: configuration.warehousePath, allowedTables: policy.allowedTables,
                allowedFunctions: policy.allowedFunctions, limits: configuration.limits,
                connections: configuration.connections)
            let fresh = Live(executor: executor, translator: try makeTranslator(model, executor))
            live.value = fresh
            return fresh
        } catch {
            // The swap may be half-way (the file briefly missing); the old file still answers.
            return now
        }
    }

    /// Runs SQL a translator wrote, through the guard and the read-only executor.
    public func run(sql: String) throws -> (GuardVerdict, QueryResult?) {
        let verdict = sqlGuard.check(sql)
        guard verdict.allowed else { return (verdict, nil) }
        return (verdict, try current().executor.run(sql, allowSchemaReads: verdict.usesJSONTables))
    }

    /// The guard's verdict and, on the warehouse, SQLite's own: `validate` and `sql` refuse what
    /// the engine would refuse (unknown columns, nesting too deep, denied reads) before running.
    public func check(sql: String) -> GuardVerdict {
        let verdict = staticCheck(sql: sql)
        guard verdict.allowed else { return verdict }
        return compiled(verdict, current().executor.compile(sql, allowSchemaReads: verdict.usesJSONTables))
    }

    /// The same, waiting for a connection without holding a thread (the server's path).
    public func check(sql: String) async -> GuardVerdict {
        let verdict = staticCheck(sql: sql)
        guard verdict.allowed else { return verdict }
        return compiled(verdict, await current().executor.compile(sql, allowSchemaReads: verdict.usesJSONTables))
    }

    private func staticCheck(sql: String) -> GuardVerdict {
        guard sql.count <= Self.maxSQLCharacters else {
            return GuardVerdict(
                allowed: false, reason: "the SQL is \(sql.count) characters long; the limit is \(Self.maxSQLCharacters)",
                tables: [], usesJSONTables: false)
        }
        return sqlGuard.check(sql)
    }

    private func compiled(_ verdict: GuardVerdict, _ problem: String?) -> GuardVerdict {
        guard let problem else { return verdict }
        return GuardVerdict(allowed: false, reason: "SQLite cannot run it: \(problem)", tables: verdict.tables, usesJSONTables: false)
    }

    /// Runs a query a person wrote (`cyclingpro sql`, HTTP `/v1/sql`): the same guard, compile
    /// step, limits and log as a translated question.
    public func runSQL(_ sql: String, interface: String = "cli", user: String? = nil) async -> SQLOutcome {
        let started = DispatchTime.now().uptimeNanoseconds
        var outcome = SQLOutcome(allowed: false, reason: "", columns: [], rows: [], truncated: false, error: nil, elapsed_ms: 0)
        let verdict = await check(sql: sql)
        outcome.allowed = verdict.allowed
        outcome.reason = verdict.reason
        if verdict.allowed {
            do {
                let result = try await current().run(sql, allowSchemaReads: verdict.usesJSONTables)
                outcome.columns = result.columns
                outcome.rows = result.rows
                outcome.truncated = result.truncated
            } catch {
                outcome.error = "\(error)"
            }
        }
        outcome.elapsed_ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        let status = !verdict.allowed ? "refused" : outcome.error == nil ? "answered" : "failed"
        let (logID, problem) = record(
            question: Self.loggable(sql), interface: interface, user: user, translator: "person",
            sql: Self.loggable(sql), verdict: verdict, status: status, rows: outcome.rows.count,
            elapsed: outcome.elapsed_ms, error: verdict.allowed ? outcome.error : verdict.reason, verified: nil)
        outcome.log_id = logID
        outcome.log_problem = problem
        return outcome
    }

    public func ask(
        _ question: String, context: ConversationContext? = nil, interface: String = "cli",
        user: String? = nil
    ) async -> Answer {
        let started = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6 }
        let live = current()
        var answer = Answer(
            question: question, status: .failed, sql: nil, columns: [], rows: [], truncated: false,
            interpretation: "", suggestions: [], translator: live.translator.name, verified_query: nil,
            message: nil, elapsed_ms: 0)
        var verdict: GuardVerdict?
        var translationMs: Double?
        var executionMs: Double?
        let recorder = LLMAttemptRecorder()
        if let problem = Self.problem(withQuestion: question) {
            answer.status = .refused
            answer.message = problem
            answer.interpretation = problem
            answer.question = Self.loggable(question)
        } else {
            do {
                let translation: Translation
                // A plain question asked before (rules only): its translation and guard verdict.
                let known = context == nil ? live.translations?.known(for: question) : nil
                if let reviewed = verified.match(question) {
                    translation = .sql(
                        GeneratedSQL(
                            sql: reviewed.sql, interpretation: "verified answer: \(reviewed.question)",
                            verifiedQuery: reviewed.name))
                } else if let known {
                    translation = known.translation
                } else {
                    // The recorder is task-local: it sees this question's LLM requests only.
                    translation = try await LLMAttemptRecorder.$current.withValue(recorder) {
                        try await Self.within(configuration.translationSeconds ?? configuration.limits.timeoutSeconds) {
                            try await live.translator.translate(question, context: context)
                        }
                    }
                }
                // Kept for next time: a new translation of a plain question (a follow-up's reading
                // depends on what it follows), never a verified query's (reviewed SQL may change).
                let keep = known == nil && context == nil
                translationMs = elapsed()
                switch translation {
                case .refusal(let reason, let suggestions):
                    answer.status = .refused
                    answer.message = reason
                    answer.interpretation = reason
                    answer.suggestions = self.suggestions(after: suggestions)
                    if keep { live.translations?.store(.init(translation: translation, verdict: nil), for: question) }
                case .sql(let generated):
                    answer.sql = generated.sql
                    answer.interpretation = generated.interpretation
                    answer.verified_query = generated.verifiedQuery
                    answer.context = (context ?? ConversationContext(questions: [])).adding(question, sql: generated.sql)
                    let check = known?.verdict ?? sqlGuard.check(generated.sql)
                    verdict = check
                    if keep && generated.verifiedQuery == nil {
                        live.translations?.store(.init(translation: translation, verdict: check), for: question)
                    }
                    if check.allowed {
                        let runStarted = DispatchTime.now().uptimeNanoseconds
                        let result = try await live.run(generated.sql, allowSchemaReads: check.usesJSONTables)
                        executionMs = Double(DispatchTime.now().uptimeNanoseconds - runStarted) / 1e6
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
                // An LLM backend that failed is the upstream's fault, not the question's.
                answer.upstreamFailure = error is LLMError
            }
        }
        answer.elapsed_ms = elapsed()
        answer.llmRequests = recorder.attempts.count
        let (logID, problem) = record(
            question: Self.loggable(question), interface: interface, user: user,
            translator: answer.translator, sql: answer.sql, verdict: verdict,
            status: answer.status.rawValue, rows: answer.rows.count, elapsed: answer.elapsed_ms,
            error: answer.status == .answered ? nil : answer.message, verified: answer.verified_query,
            times: (translationMs, executionMs), attempts: recorder.attempts)
        answer.log_id = logID
        if let problem { answer.message = (answer.message.map { $0 + "; " } ?? "") + problem }
        return answer
    }

    /// The conversation a follow-up continues, rebuilt from the earlier questions a client sent
    /// (oldest first): a stateless server keeps nothing a restart would lose. Questions that would
    /// be refused unread (empty, too long) are left out.
    /// - Parameter sql: the SQL the client says answered the last one; when absent it is translated
    ///   again (the translator is deterministic), so that an LLM sees it too.
    public func context(following questions: [String], sql: String? = nil) async -> ConversationContext? {
        let kept = questions.filter { Self.problem(withQuestion: $0) == nil }.suffix(ConversationContext.limit)
        guard let last = kept.last else { return nil }
        let earlier = ConversationContext(questions: Array(kept.dropLast()))
        if let sql { return earlier.adding(last, sql: sql) }
        let translator = current().translator
        let translated = try? await Self.within(configuration.translationSeconds ?? configuration.limits.timeoutSeconds) {
            try await translator.translate(last, context: earlier.questions.isEmpty ? nil : earlier)
        }
        guard case .sql(let generated)? = translated else { return earlier.adding(last, sql: nil) }
        return earlier.adding(last, sql: generated.sql)
    }

    /// Flushes and closes the query log, for a service shutting down after its last request.
    public func closeLog() throws {
        try log?.close()
    }

    /// Records a person's verdict on an answer: thumbs up or down, and a note.
    public func feedback(logID: Int64, positive: Bool, note: String?) throws {
        guard let log else { throw QueryServiceError.log(logProblem ?? "the query log is not available") }
        try log.setFeedback(id: logID, feedback: positive ? "positive" : "negative")
        if let note, !note.isEmpty { try log.note(id: logID, note: String(note.prefix(2_000))) }
    }

    /// Logs a question that failed before a service could exist (no warehouse, a broken model),
    /// with the same timestamps and cut as every other entry. Returns its id, or nil.
    public static func logFailure(question: String, message: String, logPath: String, interface: String, user: String?) -> Int64? {
        guard let log = try? QueryLog(path: logPath, busySeconds: 1) else { return nil }
        return try? log.record(
            QueryLogEntry(
                id: 0, time: Timestamps.now(), interface: interface, user: user, question: loggable(question), translator: "none",
                sql: nil, tables: [], guard_allowed: nil, guard_reason: nil, status: "failed", row_count: 0, elapsed_ms: 0,
                error: message, verified_query: nil, feedback: nil, flag_note: nil))
    }

    /// Why a question is not even translated, or nil.
    static func problem(withQuestion question: String) -> String? {
        let count = question.count
        if count > maxQuestionCharacters {
            return "the question is \(count) characters long; the limit is \(maxQuestionCharacters). Ask one question at a time, in a sentence or two"
        }
        if question.allSatisfy({ $0.isWhitespace || $0.isNewline }) { return "the question is empty" }
        return nil
    }

    /// Text as it goes into the log: long text is cut, with its length noted.
    static func loggable(_ text: String) -> String {
        guard text.count > maxQuestionCharacters else { return text }
        return String(text.prefix(200)) + "… (\(text.count) characters in all)"
    }

    /// Logs one outcome; returns the entry's id, or why it could not be logged.
    private func record(
        question: String, interface: String, user: String?, translator: String, sql: String?,
        verdict: GuardVerdict?, status: String, rows: Int, elapsed: Double, error: String?,
        verified: String?, times: (Double?, Double?) = (nil, nil), attempts: [LLMAttempt] = []
    ) -> (Int64?, String?) {
        guard let log else { return (nil, logProblem) }
        var entry = QueryLogEntry(
            id: 0, time: Timestamps.now(), interface: interface, user: user, question: question, translator: translator, sql: sql,
            tables: verdict?.tables ?? [], guard_allowed: verdict?.allowed, guard_reason: verdict?.reason, status: status,
            row_count: rows, elapsed_ms: elapsed, error: error, verified_query: verified, feedback: nil, flag_note: nil)
        (entry.translation_ms, entry.execution_ms) = times
        entry.llm_attempts = attempts
        do {
            return (try log.record(entry), nil)
        } catch {
            return (nil, "the question could not be logged: \(QueryLog.describe(error))")
        }
    }

    /// Runs `work`, giving up after `seconds`: a translation must not outlast the time limit a
    /// query has. (A synchronous translator cannot be stopped half-way; its answer is dropped.)
    ///
    /// Whichever finishes first cancels the other. The timer must not outlive the work: a timer
    /// left sleeping for the whole limit keeps its task's memory, and at 1,400 questions a second
    /// with a 5 s limit that was 7,000 sleeping tasks and some 50 MB of the server's resident memory.
    static func within<T: Sendable>(_ seconds: Double, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let once = Locked(false)
            let timer = Locked<Task<Void, Never>?>(nil)
            func finish(_ result: Result<T, any Error>) -> Bool {
                let first = once.exchange(true) == false
                if first { continuation.resume(with: result) }
                return first
            }
            let worker = Task {
                let result: Result<T, any Error>
                do { result = .success(try await work()) } catch { result = .failure(error) }
                if finish(result) { timer.value?.cancel() }
            }
            let sleeper = Task {
                do { try await Task.sleep(nanoseconds: UInt64(seconds * 1e9)) } catch { return }  // the work finished first
                // Past the limit the work is cancelled: an LLM request stops at once.
                if finish(.failure(QueryServiceError.setup("the question took longer than \(seconds) s to translate and was stopped"))) {
                    worker.cancel()
                }
            }
            timer.value = sleeper
            // The work may have finished before the timer was stored, so it could not cancel it.
            if once.value { sleeper.cancel() }
        }
    }
}

/// What `cyclingpro sql` and `/v1/sql` return.
public struct SQLOutcome: Codable, Sendable {
    public var allowed: Bool
    public var reason: String
    public var columns: [String]
    public var rows: [[SQLValue]]
    public var truncated: Bool
    /// Why an allowed query stopped (time, memory or result limit), or nil.
    public var error: String?
    public var elapsed_ms: Double
    public var log_id: Int64?
    /// Why the query was not logged, or nil.
    public var log_problem: String?

    public init(
        allowed: Bool, reason: String, columns: [String], rows: [[SQLValue]], truncated: Bool, error: String?,
        elapsed_ms: Double
    ) {
        self.allowed = allowed
        self.reason = reason
        self.columns = columns
        self.rows = rows
        self.truncated = truncated
        self.error = error
        self.elapsed_ms = elapsed_ms
    }
}
