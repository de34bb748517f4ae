import Foundation
import Translation

/// Translations of recent questions by a translator whose answer depends only on the question
/// and the warehouse it was built on (the rule-based one), so that a popular question asked again
/// skips the parse: on the repeated `/v1/ask` benchmark translating was 0.4 of the 0.66 ms a
/// request costs. One cache belongs to one opened warehouse (as `ResultCache`): a rebuild brings
/// a new translator and an empty cache. Follow-ups (a question with a context) are not cached,
/// nor are LLM translations (not a function of the question alone). Bounded in entries and in
/// bytes; the oldest entry goes first.
final class TranslationCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (translation: Translation, bytes: Int)] = [:]
    private var order: [String] = []
    private var bytes = 0
    let maxEntries: Int
    let maxBytes: Int

    init(maxEntries: Int = 1_024, maxBytes: Int = 4 << 20) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    func translation(for question: String) -> Translation? {
        lock.withLock { entries[question]?.translation }
    }

    func store(_ translation: Translation, for question: String) {
        let size = 64 + question.utf8.count + Self.size(of: translation)
        guard size <= maxBytes / 16 else { return }
        lock.withLock {
            if entries[question] != nil { return }
            entries[question] = (translation, size)
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
