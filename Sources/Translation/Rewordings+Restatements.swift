import Foundation

/// Words that say again what the question already does: a range's ends included, the months of a quarter named, the
/// unsold products of a catalogue count.
extension QuestionParser {
    func dropRestatements(_ q: inout QuestionWords) {
        dropInclusiveRange(&q)
        dropMonthsOfQuarter(&q)
        dropUnsoldOfCatalogueCount(&q)
    }

    /// "aged between 40 and 49 inclusive": a range "between" reads with both ends included anyway.
    private func dropInclusiveRange(_ q: inout QuestionWords) {
        for i in 0..<q.count where q[i] == "between" && Double(q[i + 1]) != nil && q[i + 2] == "and" && Double(q[i + 3]) != nil {
            var k = i + 4
            if ["years", "year"].contains(q[k]) { k += 1 }
            if q[k] == "inclusive" { q.replace(k..<(k + 1), with: []) } else if q[k] == "both", q[k + 1] == "inclusive" { q.replace(k..<(k + 2), with: []) }
        }
    }

    /// "in each month of Q4 2013 (October, November and December)": the months that quarter has, named again.
    private func dropMonthsOfQuarter(_ q: inout QuestionWords) {
        for a in q.asides.reversed() {
            let months = a.compactMap { Lexicon.months[q[$0]] }
            guard !months.isEmpty, a.allSatisfy({ Lexicon.months[q[$0]] != nil || ["and", "to", "through", "i", "e", "ie", "so"].contains(q[$0]) }),
                let quarter = (max(0, a.lowerBound - 3)..<a.lowerBound).compactMap({ Lexicon.quarter(q[$0]) }).last,
                months.allSatisfy({ ($0 + 2) / 3 == quarter })
            else { continue }
            q.replace(a, with: [])
        }
    }

    /// "number of road bike products in our catalogue, including ones that never sold": a count of the catalogue counts
    /// every product, sold or not (only for a count of products, said right after them).
    private func dropUnsoldOfCatalogueCount(_ q: inout QuestionWords) {
        guard q.has("how many") || q.has("number of") || q[0] == "count" else { return }
        let clauses: [[String]] = [
            ["including", "ones", "that", "never", "sold"], ["including", "the", "ones", "that", "never", "sold"], ["including", "those", "that", "never", "sold"],
            ["including", "ones", "never", "sold"], ["including", "unsold", "ones"], ["including", "the", "unsold", "ones"], ["sold", "or", "not"],
            ["whether", "sold", "or", "not"], ["whether", "they", "sold", "or", "not"], ["including", "ones", "that", "have", "never", "sold"],
        ]
        for clause in clauses {
            guard let i = q.firstIndex(of: clause), i > 0, Lexicon.productWords.contains(q[i - 1]) || ["catalogue", "catalog"].contains(q[i - 1]) else { continue }
            // (Nothing sold is measured: a count of the products themselves.)
            guard !q.words[..<i].contains(where: { ["revenue", "sales", "units", "sold", "orders", "bought"].contains($0) }) else { return }
            q.replace(i..<(i + clause.count), with: [])
            return
        }
    }
}
