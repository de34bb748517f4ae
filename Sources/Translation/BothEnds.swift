import Foundation

/// "Which were the best and the worst months of 2012 for revenue?", "top 3 and bottom 3 products by units": one ranking
/// read from both ends, the rows at the top and at the bottom (ties kept at each cut). Only when the two words are said
/// together ("best and worst", "highest or lowest", "top 3 and bottom 3"); two rankings said apart stay refused.
extension QuestionParser {
    func readBothEnds(_ q: QuestionWords, _ first: Int, _ second: Int, _ context: inout Context) -> Bool {
        let joiners: Set<String> = ["and", "or", "the", "plus", "&"]
        let between = ((first + 1)..<second).map { q[$0] }
        // ("top 3 and bottom 3": the count said with each; it must be the same.)
        let counts = between.compactMap { Int($0) ?? Lexicon.numberWords[$0] }
        guard !between.isEmpty, between.allSatisfy({ joiners.contains($0) || Int($0) != nil || Lexicon.numberWords[$0] != nil }),
            between.contains(where: { ["and", "or", "plus", "&"].contains($0) }), counts.count <= 1, counts.allSatisfy({ $0 == context.rankCount })
        else { return false }
        context.rankBothEnds = true
        context.rankHighest = true
        // What is ranked is named after the second word ("best and worst month"): the first word's noun is the joiner.
        context.rankNouns = context.rankNouns.filter { $0 > second }
        return true
    }
}
