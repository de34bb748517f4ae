import Foundation
import SQLGuard
import Testing
import Translation

@testable import QueryService

/// Repeated questions skip the rule-based parse; nothing else is cached.
@Suite struct TranslationCacheTests {
    /// A translator that is not the rule-based one (as an LLM's): counts its calls.
    final class CountingTranslator: Translator, @unchecked Sendable {
        let rules: RuleBasedTranslator
        private let lock = NSLock()
        private var count = 0
        init(_ rules: RuleBasedTranslator) { self.rules = rules }
        var calls: Int { lock.withLock { count } }
        var name: String { "counting" }
        var suggestions: [String] { [] }
        func translate(_ question: String, context: ConversationContext?) async throws -> Translation {
            lock.withLock { count += 1 }
            return try await rules.translate(question, context: context)
        }
    }

    @Test func repeatedQuestionsAreTranslatedOnceAndFollowUpsAlways() async throws {
        let (service, _) = try SharedWarehouse.service()
        let first = await service.ask("revenue by country")
        let again = await service.ask("revenue by country")
        #expect(first.status == .answered && again.status == .answered)
        #expect(first.sql == again.sql && first.interpretation == again.interpretation)
        #expect(first.rows == again.rows)
        #expect(service.current().translations?.count == 1)
        // The guard's verdict is kept with it, and the log still records the tables it named.
        #expect(service.current().translations?.known(for: "revenue by country")?.verdict?.allowed == true)
        let logged = try service.queryLog?.entry(id: try #require(again.log_id))
        #expect(logged?.tables.isEmpty == false && logged?.guard_allowed == true)
        // A refusal is the same refusal next time.
        let refused = await service.ask("what is the weather in Paris")
        #expect(refused.status == .refused)
        #expect(await service.ask("what is the weather in Paris").message == refused.message)
        #expect(service.current().translations?.count == 2)
        // A follow-up depends on what it follows: translated each time, never kept.
        let context = await service.context(following: ["revenue by country"])
        let followUp = await service.ask("only 2013", context: context)
        #expect(followUp.status == .answered)
        #expect(service.current().translations?.count == 2)
    }

    @Test func otherTranslatorsAreAskedEveryTime() async throws {
        let counting = Locked<CountingTranslator?>(nil)
        let service = try AskService(
            .init(
                warehousePath: try SharedWarehouse.path, modelPath: SharedWarehouse.modelPath,
                logPath: SharedWarehouse.root.appendingPathComponent("log-\(UUID().uuidString).sqlite").path)
        ) {
            model, executor in
            let translator = CountingTranslator(try RuleBasedTranslator(model: model, catalog: executor))
            counting.value = translator
            return translator
        }
        _ = await service.ask("revenue by country")
        _ = await service.ask("revenue by country")
        #expect(counting.value?.calls == 2)
        #expect(service.current().translations == nil)
    }

    @Test func theCacheIsBoundedAndDropsTheOldestFirst() {
        let cache = TranslationCache(maxEntries: 2)
        for question in ["a", "b", "c"] {
            cache.store(.init(translation: .refusal(reason: "no \(question)", suggestions: []), verdict: nil), for: question)
        }
        #expect(cache.count == 2)
        #expect(cache.known(for: "a") == nil)
        guard case .refusal(let reason, _)? = cache.known(for: "c")?.translation else {
            Issue.record("the newest entry is missing")
            return
        }
        #expect(reason == "no c")
        let small = TranslationCache(maxBytes: 1_600)  // an entry may take at most a sixteenth
        small.store(.init(translation: .refusal(reason: String(repeating: "x", count: 200), suggestions: []), verdict: nil), for: "long")
        #expect(small.count == 0)
    }
}
