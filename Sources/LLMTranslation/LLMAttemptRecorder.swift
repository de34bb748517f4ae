import Foundation

/// Collects the LLM attempts made while one question is translated, so the service can log them
/// with that question's answer. It travels as a task-local value: the service sets it around its
/// `translate` call, and concurrent questions each see only their own.
///
///     let recorder = LLMAttemptRecorder()
///     let translation = try await LLMAttemptRecorder.$current.withValue(recorder) {
///         try await translator.translate(question, context: context)
///     }
///     log(recorder.attempts)   // empty when the rules answered
public final class LLMAttemptRecorder: @unchecked Sendable {
    @TaskLocal public static var current: LLMAttemptRecorder?

    private let lock = NSLock()
    private var recorded: [LLMAttempt] = []

    public init() {}

    public var attempts: [LLMAttempt] { lock.withLock { recorded } }

    /// Requests, repairs and tokens, for the log's summary columns and `logs stats`.
    public var summary: LLMAttemptSummary { LLMAttemptSummary(attempts) }

    func record(_ attempts: [LLMAttempt]) { lock.withLock { recorded += attempts } }
}
