import Foundation

/// Wordings about customers: returning before a year, the biggest ones, the youngest and oldest, how buyers split, who orders most often.
extension QuestionParser {
    /// "what % of 2013 revenue came from customers who had already ordered from us before 2013": returning customers of
    /// that year (said of the year the question is about; before another year it is a condition of its own).
    func rewriteOrderedBeforeTheYear(_ q: inout QuestionWords) {
        for i in 0..<q.count where q[i] == "who" && Lexicon.peopleWords.contains(q[i - 1]) {
            var k = i + 1
            if ["had", "have", "has"].contains(q[k]) { k += 1 }
            if q[k] == "already" { k += 1 }
            guard ["ordered", "bought", "purchased", "shopped"].contains(q[k]) else { continue }
            k += 1
            if q[k] == "from", q[k + 1] == "us" { k += 2 } else if q[k] == "with", q[k + 1] == "us" { k += 2 }
            guard q[k] == "before", let year = Lexicon.year(q[k + 1]) else { continue }
            // The year itself said elsewhere: the period those customers return in.
            guard q.words.indices.contains(where: { ($0 < i - 1 || $0 > k + 1) && Lexicon.year(q[$0]) == year }) else { continue }
            q.replace((i - 1)..<(k + 2), with: ["returning", "customers"])
            return
        }
    }

    /// "what did AW00011000 buy", "what has customer AW00011000 ordered in 2013": the products that customer bought (the
    /// customer alone is what is filtered; "what" asks for the things bought).
    func rewriteWhatCustomerBought(_ q: inout QuestionWords) {
        guard q[0] == "what", ["did", "has", "have", "does"].contains(q[1]) else { return }
        var k = 2
        while ["customer", "client", "the", "our"].contains(q[k]) { k += 1 }
        // ("what did customers in France buy": the customers of one value.)
        let people = ["customers", "clients", "buyers"].contains(q[k]) && ["in", "from"].contains(q[k + 1])
        if people { k += 2 }
        guard let (value, n) = valueSpan(q, k), vocabulary.dimension(named: value.dimension)?.table == customersTable, k + n < q.count,
            ["buy", "bought", "purchase", "purchased", "order", "ordered", "get", "got"].contains(q[k + n])
        else { return }
        q.replace(1..<1, with: ["products"])
    }

    /// "who's our most valuable customer ever", "our 3 biggest customers": the ones who spent the most (with no measure
    /// said after it; "biggest customer by orders" names its own).
    func rewriteBiggestCustomer(_ q: inout QuestionWords) {
        for i in 0..<q.count where (q[i] == "biggest" || (q[i] == "valuable" && q[i - 1] == "most")) && ["customer", "customers", "client", "clients", "buyer", "buyers"].contains(q[i + 1]) {
            guard !["by", "in", "for"].contains(q[i + 2]) || Lexicon.year(q[i + 3]) != nil || q[i + 3] == "each" else { continue }
            guard !q.words.contains(where: { ["orders", "units", "order", "quantity", "purchases"].contains($0) }) else { return }
            q.replace((i + 1)..<(i + 2), with: [q[i + 1].hasSuffix("s") ? "spenders" : "spender"])
        }
    }

    /// "our 5 youngest customers (latest birth dates)", "the oldest customer, earliest date of birth": what youngest and
    /// oldest mean, said again right after.
    func dropBirthDateAside(_ q: inout QuestionWords) {
        guard let i = q.words.firstIndex(where: { ["youngest", "oldest"].contains($0) }) else { return }
        let edge = q[i] == "youngest" ? ["latest", "most", "recent"] : ["earliest", "oldest"]
        for k in (i + 1)..<min(q.count, i + 4) where edge.contains(q[k]) {
            var end = k + 1
            if q[k] == "most", q[end] == "recent" { end += 1 }
            for date in [["birth", "dates"], ["birth", "date"], ["dates", "of", "birth"], ["date", "of", "birth"], ["birthdays"], ["dob"], ["dobs"]]
            where q.wordsMatched(date.joined(separator: " "), at: end) != nil {
                q.replace(k..<(end + date.count), with: [])
                return
            }
        }
    }

    /// "gender split of everyone who bought from us in 2013": the buyers split across the groups (each group's part of
    /// them), not each group's customers who bought.
    func rewriteSplitOfBuyers(_ q: inout QuestionWords) {
        for i in 0..<q.count where ["split", "mix", "breakdown", "distribution", "makeup"].contains(q[i]) && q[i + 1] == "of" {
            var k = i + 2
            if ["the", "our", "all"].contains(q[k]) { k += 1 }
            guard Lexicon.peopleWords.contains(q[k]) || ["everyone", "everybody", "anyone"].contains(q[k]), q[k + 1] == "who", ["bought", "ordered", "purchased", "shopped"].contains(q[k + 2]) else { continue }
            var end = k + 3
            if ["from", "with"].contains(q[end]), q[end + 1] == "us" { end += 2 }
            guard ["in", "during"].contains(q[end]) else { continue }
            q.replace((i + 2)..<end, with: ["buyers"])
            return
        }
    }

    /// "Which country's buyers order most often": the highest average number of orders per buyer (said once, when the
    /// question says it again after a dash).
    func rewriteOrderMostOften(_ q: inout QuestionWords) {
        let average = ["has", "the", "highest", "average", "number", "of", "orders", "per", "buyer"]
        for phrase in [["order", "most", "often"], ["order", "the", "most", "often"], ["buy", "most", "often"], ["shop", "most", "often"]] {
            guard let i = q.firstIndex(of: phrase), i > 0, dimensionNamed(q.words, i - 1) != nil || Lexicon.peopleWords.contains(q[i - 1]) else { continue }
            let restated = q.firstIndex(of: Array(average.dropFirst(2))).map { $0 > i } ?? false
            q.replace(i..<(i + phrase.count), with: restated ? [] : average)
            return
        }
    }
}

/// "what percentage of men, and of women, have ever bought a helmet": people of a sex, said with no word for customers,
/// are customers of that sex ("of male customers"). Only after "of", so "women's jerseys" stays a product's name.
func rewritePeopleOfASex(_ q: inout QuestionWords) {
    let sexes: Set<String> = ["women", "ladies", "females", "girls", "men", "males", "gentlemen", "guys", "boys"]
    guard !q.words.contains(where: { Lexicon.peopleWords.contains($0) || $0 == "customer" }), q.words.contains(where: { sexes.contains($0) }) else { return }
    var i = 1
    while i < q.count {
        if sexes.contains(q[i]), q[i - 1] == "of", q[i + 1] != "s" {
            q.replace(i..<(i + 1), with: [q[i], "customers"])
            i += 1
        }
        i += 1
    }
}

/// "how old is the youngest and how old is the oldest", "the ages of the oldest and youngest customers": the two ends
/// of the age column, in the order said ("the lowest and highest age").
func rewriteYoungestAndOldest(_ q: inout QuestionWords) {
    let ends: [String: String] = ["youngest": "lowest", "oldest": "highest"]
    guard let a = (0..<q.count).first(where: { ends[q[$0]] != nil }),
        let b = ((a + 1)..<max(a + 1, min(q.count, a + 9))).first(where: { ends[q[$0]] != nil && q[$0] != q[a] })
    else { return }
    let between: Set<String> = ["and", "how", "old", "is", "are", "the", "our", "customer", "one", "person"]
    guard ((a + 1)..<b).contains(where: { q[$0] == "and" }), ((a + 1)..<b).allSatisfy({ between.contains(q[$0]) || Lexicon.peopleWords.contains(q[$0]) }) else { return }
    // Where the question about age begins: "how old is the", "the ages of the".
    var start = a
    while start > max(0, a - 6), ["the", "our", "is", "are", "was", "were", "old", "how", "of", "age", "ages"].contains(q[start - 1]) { start -= 1 }
    guard (start..<a).contains(where: { ["old", "age", "ages"].contains(q[$0]) }) else { return }
    var end = b + 1
    if Lexicon.peopleWords.contains(q[end]) || ["customer", "one", "ones", "person"].contains(q[end]) { end += 1 }
    q.replace(start..<end, with: ["the", ends[q[a]]!, "and", ends[q[b]]!, "age"])
}

/// "how many customers placed 3 or more orders, and what have those customers spent altogether": the spend of the
/// people counted, a second measure ("and their total revenue"); "spent" alone is otherwise a word of no weight.
func rewriteWhatTheySpent(_ q: inout QuestionWords) {
    for i in 0..<q.count where q[i] == "and" && ["what", "how"].contains(q[i + 1]) {
        var k = i + 2
        if q[i + 1] == "how" { guard q[k] == "much" else { continue }; k += 1 }
        // ("and what did they spend" is read as it stands.)
        guard ["have", "did", "do", "has"].contains(q[k]), ["those", "these", "the"].contains(q[k + 1]), Lexicon.peopleWords.contains(q[k + 2]) else { continue }
        k += 3
        guard Lexicon.spendVerbs.contains(q[k]) else { continue }
        k += 1
        if ["altogether", "together", "combined", "overall"].contains(q[k]) { k += 1 } else if q[k] == "in", q[k + 1] == "total" { k += 2 }
        q.replace(i..<k, with: ["and", "their", "total", "revenue"])
        return
    }
}

extension QuestionParser {
    /// "how much has the average buyer spent in total", "how many units does the average buyer purchase", "what did the
    /// avg married buyer spend in 2013, vs the avg single buyer": a measure per buyer, said of one typical buyer.
    func rewriteAverageBuyer(_ q: inout QuestionWords) {
        let people: Set<String> = ["buyer", "customer", "client", "shopper", "purchaser"]
        let buyVerbs: Set<String> = ["buy", "buys", "bought", "purchase", "purchases", "purchased", "order", "orders", "ordered", "place", "places", "placed"]
        // The typical buyer's words from `i` ("the average married buyer"): the values named and where they end.
        func typical(_ i: Int) -> (customerValues: [String], productValues: [String], end: Int)? {
            guard ["the", "an", "a", "our"].contains(q[i]), ["average", "avg", "typical", "mean"].contains(q[i + 1]) else { return nil }
            var k = i + 2
            var customerValues: [String] = [], productValues: [String] = []
            while let (value, n) = valueSpan(q, k) {
                let words = Array(q.words[k..<(k + n)])
                if vocabulary.dimension(named: value.dimension)?.table == customersTable { customerValues += words } else { productValues += words }
                k += n
            }
            guard people.contains(q[k]) else { return nil }
            return (customerValues, productValues, k + 1)
        }
        for i in 0..<q.count {
            guard let (customerValues, productValues, end) = typical(i), let verb = (end..<min(q.count, end + 2)).first(where: { Lexicon.spendVerbs.contains(q[$0]) || buyVerbs.contains(q[$0]) }) else { continue }
            let whose = customerValues.isEmpty ? [] : ["for"] + customerValues + ["customers"]
            if Lexicon.spendVerbs.contains(q[verb]) {
                // "how much has ...", "what did ...": the question's opening goes with it.
                var start = i
                if start >= 2, ["has", "does", "did", "do", "will", "would"].contains(q[start - 1]), q[start - 2] == "much" || q[start - 2] == "what" {
                    start -= q[start - 2] == "much" && q[start - 3] == "how" ? 3 : 2
                }
                q.replace(start..<(verb + 1), with: ["average"] + productValues + ["spend", "per", "buyer"] + whose)
            } else {
                // "how many units does the average buyer purchase": the measure said after "how many".
                guard let h = (0..<i).last(where: { q[$0] == "how" && q[$0 + 1] == "many" }), i - h >= 3, ["does", "did", "do", "has", "will"].contains(q[i - 1]) else { continue }
                let measure = Array(q.words[(h + 2)..<(i - 1)])
                q.replace(h..<(verb + 1), with: ["average"] + productValues + measure + ["per", "buyer"] + whose)
            }
            // "..., vs the avg single buyer": the other value compared.
            for j in 0..<q.count where ["vs", "versus", "against", "compared"].contains(q[j]) {
                var k = j + 1
                if ["with", "to"].contains(q[k]) { k += 1 }
                guard let (values, _, otherEnd) = typical(k), !values.isEmpty, !customerValues.isEmpty else { continue }
                q.replace(j..<otherEnd, with: ["vs"] + values)
                if let c = q.firstIndex(of: customerValues + ["customers"]) { q.replace((c + customerValues.count)..<(c + customerValues.count + 1), with: []) }
                break
            }
            return
        }
    }
}

extension QuestionParser {
    /// "under-30 customers (age as of 2014-01-31)": an age limit said before the people is said after them, where
    /// the age filters read it. Only when the question speaks of age ("over 60 customers" is otherwise a count).
    func rewriteAgeLimitBeforePeople(_ q: inout QuestionWords) {
        guard q.words.contains(where: { ["age", "aged", "ages", "old", "olds"].contains($0) }) else { return }
        for i in 0..<q.count where ["under", "over", "below", "above"].contains(q[i]) {
            guard let n = Int(q[i + 1]), (16...99).contains(n), ["customers", "buyers", "clients", "people", "shoppers"].contains(q[i + 2]), q[i - 1] != "with" else { continue }
            q.replace(i..<(i + 3), with: [q[i + 2], q[i], q[i + 1]])
        }
    }
}

extension QuestionParser {
    /// "how much did customers born before 1950 spend on bikes in 2013": with a period of the orders named too, the
    /// birth limit is a limit on the birth year (a number of the customers), not a second period.
    func rewriteBirthLimitBesidePeriod(_ q: inout QuestionWords) {
        guard q.words.contains("born") else { return }
        for i in 0..<q.count where q[i] == "born" && ["before", "after"].contains(q[i + 1]) {
            guard let y = Lexicon.year(q[i + 2]), (0..<q.count).contains(where: { $0 != i + 2 && Lexicon.year(q[$0]) != nil && Lexicon.year(q[$0]) != y }) else { continue }
            q.replace(i..<(i + 2), with: ["with", "birth", "year", q[i + 1] == "before" ? "under" : "over"])
            return
        }
    }
}
