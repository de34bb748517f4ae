import Foundation

extension QuestionParser {
    /// "the months in which revenue fell", "which quarters had orders rise": a condition on each period's change from the
    /// one before, which keeps only the periods that fell (rose).
    func readChangeCondition(_ q: QuestionWords, _ intent: inout QueryIntent) {
        let grains: Set<String> = ["months", "month", "quarters", "quarter", "years", "year", "weeks", "days"]
        for i in 0..<q.count {
            // ("did revenue go up", "went down": the verb and its particle.)
            let goes = ["go", "goes", "went", "gone", "going"].contains(q[i]) && ["up", "down"].contains(q[i + 1])
            let sign: Bool? =
                goes
                ? q[i + 1] == "up"
                : ["fell", "dropped", "declined", "decreased", "fall", "falls", "drop", "drops", "decline", "declines", "decrease", "decreases"].contains(q[i])
                    ? false : ["rose", "increased", "grew", "rise", "rises", "increase", "increases", "grow", "grows"].contains(q[i]) ? true : nil
            let next = goes ? i + 2 : i + 1
            // ("in which month did sales fall the most": a ranking of the changes, not a condition on them.)
            guard let sign, intent.ranking == nil, !["most", "least", "biggest", "largest", "hardest"].contains(q[next]), q[next + 1] != "most" else { continue }
            let clause = (max(0, i - 7)..<i).contains { k in
                ["which", "where", "when"].contains(q[k]) && (grains.contains(q[k - 1]) || q[k - 1] == "in" || (q[k] == "which" && grains.contains(q[k + 1])))
            }
            // "in how many months of 2013 did revenue go up": how many periods pass the condition.
            let counted = (max(0, i - 7)..<i).contains { k in q[k] == "how" && q[k + 1] == "many" && grains.contains(q[k + 2]) }
            if clause || counted { intent.changeSign = sign }
            if counted { intent.countChangePeriods = true }
        }
    }

    /// "which products' revenue fell from 2012 to 2013", "which country's revenue grew": the things asked for by "which" are
    /// the rows of the answer; one change for all of them would drop them.
    func whichThingsDropped(_ q: QuestionWords, _ intent: QueryIntent, _ context: inout Context, followUp: Bool) {
        guard intent.shape == .growth, intent.ranking == nil, intent.listing == nil, intent.groupBy.isEmpty else { return }
        if let w = q.words.firstIndex(where: { ["which", "what"].contains($0) }), Lexicon.productWords.contains(q[w + 1]) || Lexicon.peopleWords.contains(q[w + 1]) {
            context.conflicts.append("which \(q[w + 1]) (the answer would be one change for all of them)")
        } else if !followUp, let which = context.whichEntity, intent.bucket == nil, intent.band == nil, intent.distribution == nil {
            let named: String
            switch which {
            case .table(let t): named = t
            case .dimension(let d): named = d.replacingOccurrences(of: "_", with: " ")
            case .bucket(let b): named = b.rawValue
            }
            context.conflicts.append("which \(named) (the answer would be one total for all of them)")
        }
    }
}
