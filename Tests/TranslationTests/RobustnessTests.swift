import Testing
import Translation

/// Odd and generated questions: translation never traps, whatever the words and numbers.
@Suite struct RobustnessTests {
    let t = TranslatorFixture.cycling

    @Test func oddQuestionsDoNotTrap() {
        let odd = [
            "", "???", "top", "1e308", "-", "- - -", "between and", "from Q4 to", "q5 2013 revenue", "revenue in 0000", "revenue in 9999",
            "revenue by price band under 1e30, 1e30-1e40 and 1e40+", "top 123456789012345678901 products by units",
            "orders by value under 100000000000000000000000, 100000000000000000000000-200000000000000000000000",
            "revenue by country where revenue is more than 1e400", "last 0 months revenue", "last 99999999999 months revenue",
            "revenue from december 2013 to january 2013", "first half", "h1", "the 0 months from may 2013 to april 2013",
            "revenue 2013-02-30", "as of", "as of 2014-13-45 average age", "revenue under 5, 5-3 and 9+",
        ]
        for question in odd { _ = t.translateNow(question, context: nil) }
        #expect(t.refusal("revenue by country where revenue is more than 1e400")?.contains("cannot be compared") == true)
    }

    @Test func generatedQuestionsDoNotTrap() {
        let words = [
            "revenue", "orders", "customers", "top", "-3", "0", "by", "country", "per", "each", "year", "month", "in", "2013",
            "q4", "between", "and", "under", "35-49", "50", "over", "average", "per", "order", "growth", "share", "of", "its",
            "how", "many", "most", "which", "day", "first", "half", "from", "march", "to", "2012", "bikes", "us", "the",
            "more", "than", "1e9", "list", "both", "born", "before", "1950", "sorted", "lowest", "weekday", "margin", "%",
        ]
        var seed: UInt64 = 42
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        for _ in 0..<3_000 {
            let question = (0..<(2 + next() % 9)).map { _ in words[next() % words.count] }.joined(separator: " ")
            _ = t.translateNow(question, context: nil)
        }
    }
}
