import Foundation
import SQLGuard
import Translation

/// Translations of recent questions by a translator whose answer depends only on the question
/// and the warehouse it was built on (the rule-based one), with the SQL guard's verdict on the
/// SQL, so that a popular question asked again skips the parse and the guard's tokenizer: on the
/// repeated `/v1/ask` benchmark translating was 0.41 of the 0.49 ms `ask` took, and once that was
/// cached the guard was a sixth of the server's samples (perf). One cache belongs to one opened
/// warehouse (as `ResultCache`): a rebuild brings a new translator and an empty cache. Follow-ups
/// (a question with a context) are not cached, nor are LLM translations (not a function of the
/// question alone). Bounded in entries and in bytes; the oldest entry goes first.
final class TranslationCache: @unchecked Sendable {
    private let lock = NSLock()
    /// A question's translation and, when it is SQL, the guard's verdict on it (the policy is the
    /// service's, fixed while it runs).
    struct Known: Sendable {
        var translation: Translation
        var verdict: GuardVerdict?
    }

    private var entries: [String: (known: Known, bytes: Int)] = [:]
    private var order: [String] = []
    private var bytes = 0
    let maxEntries: Int
    let maxBytes: Int

    init(maxEntries: Int = 1_024, maxBytes: Int = 4 << 20) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    func known(for question: String) -> Known? {
        lock.withLock { entries[question]?.known }
    }

    func store(_ known: Known, for question: String) {
        let size = 64 + question.utf8.count + Self.size(of: known.translation) + (known.verdict?.tables.reduce(64) { $0 + $1.utf8.count + 16 } ?? 0)
        guard size <= maxBytes / 16 else { return }
        lock.withLock {
            if entries[question] != nil { return }
            entries[question] = (known, size)
            order.append(question)
            bytes += size
            while entries.count > maxEntries || bytes > maxBytes, !order.isEmpty {
                let oldest = order.removeFirst()
                bytes -= entries.removeValue(forKey: oldest)?.bytes ?? 0
            }
        }
    }

    var count: Int { lock.withLock { entries.count } }

    /// The text it holds; the parsed intent is counted as much again as the SQL it became.
    static func size(of translation: Translation) -> Int {
        switch translation {
        case .sql(let generated):
            return 2 * generated.sql.utf8.count + generated.interpretation.utf8.count + (generated.verifiedQuery?.utf8.count ?? 0)
        case .refusal(let reason, let suggestions):
            return reason.utf8.count + suggestions.reduce(0) { $0 + $1.utf8.count + 16 }
        }
    }
}
