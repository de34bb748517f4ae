import Foundation
import SemanticModel

@testable import LLMTranslation

/// The shipped model and prompts, found from this file (the tests run from any directory).
enum Fixtures {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let model: SemanticModel = try! SemanticModelLoader.load(path: root + "/semantic-model/cycling_pro.yaml")
    static let templates: PromptTemplates = try! PromptTemplates.load(directory: root + "/prompts")
    static var prompts: PromptBuilder { PromptBuilder(templates: templates, model: model) }
    static var guardCheck: SQLCheck.Checker { SQLCheck.guardOnly(model: model) }

    static let goodSQL = "SELECT c.country, SUM(f.sales_amount) AS revenue FROM fact_sales f JOIN dim_customers c USING (customer_key) GROUP BY c.country"
    static let rawSQL = "SELECT cntry, SUM(sls_sales) FROM stg_crm_sales_details GROUP BY cntry"

    static func answer(sql: String, interpretation: String = "revenue by country") -> String {
        let data = try! JSONSerialization.data(withJSONObject: ["sql": sql, "interpretation": interpretation], options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// A chat completions body as OpenAI sends it.
    static func openAI(_ content: String, finish: String = "stop", prompt: Int = 812, completion: Int = 41) -> String {
        let object: [String: Any] = [
            "id": "chatcmpl-1", "object": "chat.completion", "model": "gpt-test",
            "choices": [["index": 0, "message": ["role": "assistant", "content": content], "finish_reason": finish]],
            "usage": ["prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion],
        ]
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static func ollama(_ content: String, doneReason: String = "stop") -> String {
        let object: [String: Any] = [
            "model": "llama-test", "created_at": "2026-12-01T12:00:00Z", "message": ["role": "assistant", "content": content],
            "done": true, "done_reason": doneReason, "prompt_eval_count": 700, "eval_count": 30,
        ]
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static func anthropic(_ content: String, stop: String = "end_turn") -> String {
        let object: [String: Any] = [
            "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-test",
            "content": [["type": "text", "text": content]], "stop_reason": stop,
            "usage": ["input_tokens": 900, "output_tokens": 50],
        ]
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    /// A retry policy that records the waits it is asked for and returns at once.
    static func recordingRetry(maxTries: Int = 3, jitter: Double = 0) -> (RetryPolicy, SleepRecorder) {
        let recorder = SleepRecorder()
        let policy = RetryPolicy(
            maxTries: maxTries, baseDelay: 0.5, maxDelay: 8, maxRetryAfter: 30,
            sleep: { seconds in recorder.add(seconds) }, jitter: { jitter })
        return (policy, recorder)
    }
}

/// The waits a retry policy asked for, in order.
final class SleepRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Double] = []
    func add(_ seconds: Double) { lock.withLock { values.append(seconds) } }
    var sleeps: [Double] { lock.withLock { values } }
}

/// A clock the test moves by hand.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Double = 1_000
    var now: Double { lock.withLock { value } }
    func advance(_ seconds: Double) { lock.withLock { value += seconds } }
}

/// Collects what the translator hands to its `onAttempts` sink.
final class AttemptSink: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(String, [LLMAttempt])] = []
    func record(_ question: String, _ attempts: [LLMAttempt]) { lock.withLock { entries.append((question, attempts)) } }
    var all: [(question: String, attempts: [LLMAttempt])] { lock.withLock { entries.map { ($0.0, $0.1) } } }
}
