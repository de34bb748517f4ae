import Foundation
import Testing
import Warehouse

@testable import QueryService

/// Concurrent misses on one query: one caller runs it, the others get its result.
@Suite struct ResultCacheTests {
    static let result = QueryResult(
        columns: ["country", "revenue"], rows: [[.text("Germany"), .integer(5)]], truncated: false,
        milliseconds: 30)

    /// Starts `count` callers asking for `sql` and returns once every one of them is waiting.
    func followers(_ count: Int, of sql: String, in cache: ResultCache) async -> [Task<QueryResult?, Never>] {
        let tasks = (0..<count).map { _ in Task { await cache.result(orLeadFor: sql) } }
        while cache.waiting(for: sql) < count { await Task.yield() }
        return tasks
    }

    @Test func callersOfAQueryAlreadyRunningGetItsResult() async {
        let cache = ResultCache()
        #expect(await cache.result(orLeadFor: "SELECT 1") == nil)  // this caller runs it
        let waiting = await followers(3, of: "SELECT 1", in: cache)
        cache.finish("SELECT 1", with: Self.result)
        for task in waiting {
            #expect(await task.value?.rows == Self.result.rows)
        }
        #expect(cache.count == 1)
        #expect(await cache.result(orLeadFor: "SELECT 1")?.rows == Self.result.rows)  // now from the cache
    }

    @Test func whenTheRunnerFailsEachWaiterRunsItItself() async {
        let cache = ResultCache()
        #expect(await cache.result(orLeadFor: "SELECT 2") == nil)
        let waiting = await followers(2, of: "SELECT 2", in: cache)
        cache.finish("SELECT 2", with: nil)  // a time limit, a client gone
        for task in waiting {
            #expect(await task.value == nil)
        }
        #expect(cache.count == 0)
        #expect(await cache.result(orLeadFor: "SELECT 2") == nil)  // not cached: the next caller runs it
    }
}
