import Foundation
import SemanticModel

/// Wordings said again in the words the other passes read. "how many orders worth more than 2,000 did
/// we get in each of 2011, 2012 and 2013": one row per year, read as "per year from 2011 to 2013" (only
/// consecutive years are a span; others are left as written). "one-time buyers" on their own, "only ever
/// placed a single order": customers who ordered only once.
extension QuestionParser {
    /// Every rewording, before any pass reads the words.
    func reword(_ q: inout QuestionWords) {
        dropHunch(&q)
        dropContextOpener(&q)
        rewriteCountsForEachNumber(&q)
        rewriteMostOnAverage(&q)
        rewriteCountBeforeMost(&q)
        rewriteSpendTheMost(&q)
        rewriteSellTheMost(&q)
        rewriteOnwards(&q)
        rewriteNegatedPlacing(&q)
        dropUnknownAgeRow(&q)
        rewriteSmallPhrasesOfThisRound(&q)
        rewriteDayTotalsOver(&q)
        rewriteOrderedBeforeTheYear(&q)
        rewriteBiggestCustomer(&q)
        rewriteWhatCustomerBought(&q)
        rewriteAverageBuyer(&q)
        rewriteWhatTheySpent(&q)
        rewritePeopleOfASex(&q)
        rewriteYoungestAndOldest(&q)
        rewriteAgeLimitBeforePeople(&q)
        rewriteBirthLimitBesidePeriod(&q)
        rewriteTopAsExceeded(&q)
        rewriteWhatItBroughtIn(&q)
        rewriteAboveTheAveragePeriod(&q)
        dropLaunchRestatement(&q)
        dropYearOfRunningMeasure(&q)
        rewriteHalfOfEachYear(&q)
        rewriteNextToTheSamePeriod(&q)
        dropEachVariantAsProduct(&q)
        dropBirthDateAside(&q)
        rewriteSkipUnsold(&q)
        rewriteMeasureNextToMeasure(&q)
        rewriteListByMeasure(&q)
        rewriteOrderMostOften(&q)
        rewriteSplitOfBuyers(&q)
        rewriteTakeTheTop(&q)
        rewriteWhichChangedFromTo(&q)
        rewriteLessThanPeriodBefore(&q)
        dropRestatements(&q)
        rewriteWhichCountInWords(&q)
        rewriteHowMuchMoreThan(&q)
        rewritePeakAndBuying(&q)
        rewriteOutnumber(&q)
        rewriteForEachOfValues(&q)
        rewriteSmallAbbreviations(&q)
        dropToDate(&q)
        rewriteInEachOfMonths(&q)
        rewriteMonthList(&q)
        dropModelDefinitions(&q)
        dropNamePartDefinitions(&q)
        substituteDefinedTerm(&q)
        dropStatusDefinitions(&q)
        dropPeriodRestatement(&q)
        dropEachAgainstYearBefore(&q)
        dropZeroWhenNone(&q)
        // "per model (Mountain-100, Mountain-200 and so on)": examples of what is named, not a filter.
        // "(the first year has no growth figure)": what a growth rate per year does anyway.
        var rankDefined = false
        for a in q.asides.reversed() {
            let words = a.map { q[$0] }
            let example = words.contains("etc") || words.contains("example") || zip(words, words.dropFirst()).contains { $0 == ("so", "on") || $0 == ("e", "g") }
            let firstHasNone = zip(words, words.dropFirst()).contains { $0 == ("first", "year") } && words.contains { ["no", "none", "blank", "empty", "null"].contains($0) }
            // ("(1, 2, 3 and so on)": the values of a distribution, which reads them.)
            let values = words.allSatisfy { Double($0) != nil || ["and", "so", "on", "etc", "or", "more"].contains($0) }
            // "rank the subcategories by revenue (1 = best seller)": what a rank is.
            let rankOne =
                q.words.contains { ["rank", "ranked", "ranking"].contains($0) } && words.contains("1")
                && words.allSatisfy { w in
                    Self.rankOneWords.contains(w) || vocabulary.metrics.contains { $0.phrases.contains(w) }
                }
            // "(active = bought something that year)": what "active" (read as buyers) means.
            let activeDefined = words.first == "active" && ["meaning", "means", "is", "being"].contains(words.dropFirst().first ?? "")
            // "60 or older on 31 January 2014 (age as of 2014-01-31)": the same reference date, said again.
            let sameAsOf: Bool = {
                guard ["age", "ages", "aged"].contains(words.first ?? ""), let d = (a.lowerBound..<a.upperBound).compactMap({ Self.dayDate(q, at: $0)?.date }).first else { return false }
                return (0..<a.lowerBound).contains { k in (q[k] == "as" && q[k + 1] == "of" && Self.dayDate(q, at: k + 2)?.date == d) || (q[k] == "on" && Self.dayDate(q, at: k + 1)?.date == d) }
            }()
            rankDefined = rankDefined || rankOne
            // "cumulative units month by month (Jan, Jan+Feb, ...)": what a running total is, spelled out.
            let runningSpelled =
                q.words.contains { ["cumulative", "running", "cumulatively"].contains($0) } && words.contains { Lexicon.months[$0] != nil }
                && words.allSatisfy { Lexicon.months[$0] != nil || ["and", "etc", "so", "on", "then", "plus"].contains($0) }
            if (example && !values) || firstHasNone || rankOne || activeDefined || sameAsOf || runningSpelled || restatesOneOrder(q, a) || restatesVariant(q, a) || keepsUnknownGroup(q, a) || namesDefaultTime(q, a)
                || restatesFormat(q, a) || restatesValues(q, a) || restatesFirstMonthsBaseline(q, a) || restatesMeasureFormula(q, a)
                || restatesOwnTotal(q, a) || restatesLifetime(q, a)
            {
                q.replace(a, with: [])
            }
        }
        if rankDefined { showDefinedRank(&q) }
        dropLatestPeriodIncluded(&q)
        rewriteEachOfYears(&q)
        rewriteOneTimeBuyers(&q)
        dropRestatement(&q)
        dropRepeatDefinition(&q)
        rewriteListedRepeatBuyers(&q)
        rewriteWhereEachRanks(&q)
        dropPooledYearsOfCalendarMonths(&q)
        rewritePeoplePlacingOrders(&q)
        dropYearToDateOfRunningTotal(&q)
        dropYearStart(&q)
        rewriteSeriesStart(&q)
        rewriteLastOrderDate(&q)
        rewriteOnlyWhatSold(&q)
        rewriteAgeAsked(&q)
        rewriteCohortOfYear(&q)
        rewriteTieBreak(&q)
        rewriteTieBreakColumn(&q)
        rewriteYearsOneByOne(&q)
        rewriteHolidays(&q)
        rewritePricePaid(&q)
        rewriteCountInAnOrder(&q)
        dropAcrossAllYearsOfRankedPeriod(&q)
        dropSoldProductsOnly(&q)
        dropAverageBaseSentence(&q)
        keepWhatIESays(&q)
        rewriteFullYears(&q)
        rewriteItemsBought(&q)
        dropRestatedModel(&q)
        rewriteDefinedRecency(&q)
        rewriteCostOnAverage(&q)
        rewriteCountPerPeriodOnAverage(&q)
        rewriteFirstPassing(&q)
        rewriteYearsAddedUp(&q)
        rewriteOneRowPerPart(&q)
        rewriteStillInLaterYear(&q)
        dropSeasonOfNamedMonths(&q)
        rewriteAverageTotalSpend(&q)
        rewriteWhenFirstOrder(&q)
        rewriteShipmentMonth(&q)
        dropEachVariantIsAProduct(&q)
        dropOneTimeBuyerDefinition(&q)
        rewriteRankingCues(&q)
        rewritePartOfTwoYears(&q)
        rewritePartWithoutItsYear(&q)
        rewriteBoundAfterNoun(&q)
        rewriteEdgeDays(&q)
        rewriteWeeksOfMonth(&q)
        rewriteDayRanges(&q)
        rewriteSameDays(&q)
        rewriteYearBefore(&q)
        rewriteBirthYearAsked(&q)
        dropPartialPeriodRemark(&q)
        rewriteSmallPhrases(&q)
        rewriteRankingAskedAgain(&q)
        rewriteByKind(&q)
        rewriteEachOfAKind(&q)
        rewritePerKind(&q)
        // "bought at least one bike and at least one piece of clothing": bought a bike and clothing (a threshold of one
        // on a named value is having bought it at all).
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "at" && q[i + 1] == "least" && ["one", "1"].contains(q[i + 2]) {
            var k = i + 3
            // ("piece" is read as "pieces", a word of the units, by the typo corrector.)
            if ["piece", "pieces", "item", "items", "unit", "kind", "type"].contains(q[k]), q[k + 1] == "of" { k += 2 }
            guard let value = valueAt(q, k), vocabulary.dimension(named: value.dimension)?.table == productsTable else { continue }
            q.replace(i..<k, with: ["a"])
        }
        // "out of all our US customers, what % were 60 or older": the same as "what % of our US customers were ...", when
        // the people are named by values alone (a clause of theirs, "who bought ...", is read where it stands).
        if q[0] == "of" || (q[0] == "out" && q[1] == "of"),
            let w = (0..<min(q.count, 10)).first(where: { q[$0] == "what" && ["percent", "percentage", "share", "proportion"].contains(q[$0 + 1]) }),
            q[w + 2] != "of"
        {
            let start = q[0] == "of" ? 1 : 2
            let named = (start..<w).allSatisfy { k in
                ["all", "our", "the", "those", "these", "registered"].contains(q[k]) || Lexicon.peopleWords.contains(q[k]) || Lexicon.productWords.contains(q[k])
                    || valueAt(q, k) != nil || (k > start && valueAt(q, k - 1) != nil && q[k].count <= 3)
            }
            if named, w > start, (start..<w).contains(where: { Lexicon.peopleWords.contains(q[$0]) || Lexicon.productWords.contains(q[$0]) }) {
                let people = Array(q.words[start..<w])
                q.replace(0..<(w + 2), with: ["what", q[w + 1], "of"] + people)
            }
        }
        // "January is compared with December 2012": the month before January, as a change on the month before has it.
        for i in 0..<q.count where ["january", "jan"].contains(q[i]) && q[i + 1] == "is" && q[i + 2] == "compared" && ["with", "to", "against"].contains(q[i + 3]) {
            guard ["december", "dec"].contains(q[i + 4]), let y = Lexicon.year(q[i + 5]), q.words.contains(String(y + 1)) else { continue }
            q.replace(i..<(i + 6), with: [])
            break
        }
        // "Treat each month of each year separately": months of different years are different months, calendar months too.
        for phrase in [
            ["treat", "each", "month", "of", "each", "year", "separately"], ["treating", "each", "month", "of", "each", "year", "separately"],
            ["each", "month", "of", "each", "year", "separately"], ["each", "month", "of", "each", "year", "on", "its", "own"],
        ] {
            guard let i = q.firstIndex(of: phrase) else { continue }
            q.replace(i..<(i + phrase.count), with: [])
            q.replaceAll(["calendar", "months"], with: ["months"])
            q.replaceAll(["calendar", "month"], with: ["month"])
        }
        // "how many red bikes do we have? count every size separately": each size is a product of its own anyway.
        for phrase in [
            ["count", "every", "size", "separately"], ["count", "each", "size", "separately"], ["counting", "every", "size", "separately"],
            ["count", "every", "colour", "separately"], ["count", "each", "colour", "separately"], ["count", "every", "variant", "separately"],
            ["count", "each", "variant", "separately"], ["every", "size", "counted", "separately"], ["each", "size", "counted", "separately"],
        ] {
            q.replaceAll(phrase, with: [])
        }
        // "which categories have stuff we never sold": products.
        if q.words.contains(where: { ["sold", "sell", "sells", "selling", "bought", "buy"].contains($0) }) {
            q.replaceAll(["stuff"], with: ["products"])
        }
        // "customers who first bought in 2013 - how much did they spend ... that year": the one year named, again.
        let namedYears = Set(q.words.compactMap(Lexicon.year))
        if namedYears.count == 1, let y = namedYears.first, !q.has(anyOf: ["each year", "per year", "by year", "every year", "year by year", "yearly"]) {
            // (Only where the phrase ends a clause: "that year's average" is the year's own.)
            for phrase in [["in", "that", "same", "year"], ["in", "that", "year"], ["that", "same", "year"], ["that", "year"], ["in", "the", "same", "year"]] {
                guard let i = q.firstIndex(of: phrase) else { continue }
                let after = i + phrase.count
                guard after >= q.count || q.sentenceStarts.contains(after) || ["and", "but", "please", "pls", "too", "as", "then"].contains(q[after]) else { continue }
                q.replace(i..<after, with: ["in", String(y)])
            }
        }
        // "rank the months by revenue, 1 = best": what a rank is, said outside parentheses too.
        if q.words.contains(where: { ["rank", "ranked", "ranking"].contains($0) }) {
            for i in stride(from: q.count - 1, through: 0, by: -1) where ["1", "one"].contains(q[i]) && ["meaning", "being", "is", "for", "as", "means"].contains(q[i + 1]) {
                var k = i + 2
                if q[k] == "the" { k += 1 }
                guard ["best", "highest", "top", "most", "biggest", "largest"].contains(q[k]) else { continue }
                k += 1
                if let n = measureLength(q, at: k) { k += n }
                q.replace(i..<k, with: [])
                showDefinedRank(&q)
            }
        }
        // "how old are our married customers on average": their average age.
        for i in 0..<q.count where q[i] == "how" && q[i + 1] == "old" && ["are", "were", "is"].contains(q[i + 2]) {
            guard let avg = q.span(i + 3, upTo: i + 9).first(where: { q[$0] == "on" && q[$0 + 1] == "average" }) else { continue }
            let who = Array(q.words[(i + 3)..<avg])
            q.replace(i..<(avg + 2), with: ["average", "age", "of"] + who)
            break
        }
        // "Who in France bought a Touring-1000 ...?", "who ordered a helmet in 2013": the customers who did.
        let buyVerbs: Set<String> = ["bought", "ordered", "purchased", "spent", "placed", "buys", "orders"]
        if q[0] == "who" {
            var k = 1
            if q[k] == "in", let (_, n) = valueSpan(q, k + 1) { k += 1 + n }
            // ("who buys more helmets, men or women?": the two groups named are compared, not customers listed.)
            let groupsCompared = (1..<q.count).contains { j in
                ["or", "vs", "versus"].contains(q[j]) && valueSpan(q, j + 1).map { vocabulary.dimension(named: $0.value.dimension)?.table == customersTable } == true
            }
            if buyVerbs.contains(q[k]), !groupsCompared { q.replace(0..<1, with: ["which", "customers"]) }
        }
        // "What percentage of our mountain bike buyers have also bought a road bike?": of those who bought the one, the
        // share who bought the other too (said as that question is read).
        if let w = (0..<min(q.count, 3)).first(where: { q[$0] == "what" && ["percent", "percentage", "share", "proportion"].contains(q[$0 + 1]) && q[$0 + 2] == "of" }) {
            var k = w + 3
            if ["our", "the", "all"].contains(q[k]) { k += 1 }
            let first = k
            while let (value, n) = valueSpan(q, k), vocabulary.dimension(named: value.dimension)?.table == productsTable { k += n }
            if k > first, ["buyers", "customers", "purchasers", "shoppers"].contains(q[k]) {
                var v = k + 1
                if ["have", "has", "had"].contains(q[v]) { v += 1 }
                if q[v] == "also", buyVerbs.contains(q[v + 1]) {
                    let bought = Array(q.words[first..<k])
                    q.replace(w..<(v + 1), with: ["of", "the", "customers", "who", "bought", "a"] + bought + ["what", q[w + 1], "also"])
                }
            }
        }
        // "age as at 2014-01-31": as of that date.
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "as" && q[i + 1] == "at" && (Int(q[i + 2].prefix(2)) != nil || q[i + 2] == "the") {
            q.replace(i..<(i + 2), with: ["as", "of"])
        }
        // "what % were 60 or older on 31 Jan 2014": ages as of that day (not a day of sales).
        for i in 1..<max(1, q.count) where q[i] == "on" && (Int(q[i + 1].prefix(1)) != nil || Lexicon.months[q[i + 1]] != nil) {
            guard (max(0, i - 4)..<i).contains(where: { ["older", "younger", "aged", "old", "age", "ages"].contains(q[$0]) }) else { continue }
            q.replace(i..<(i + 1), with: ["as", "of"])
        }
        // "under-30s (age as of ...): revenue by category", "the over 60s": people of that age.
        for i in stride(from: q.count - 1, through: 0, by: -1) where ["under", "over"].contains(q[i]) && q[i + 1].hasSuffix("s") {
            guard let n = Int(q[i + 1].dropLast()), (10...100).contains(n), !Lexicon.peopleWords.contains(q[i + 2]) else { continue }
            let start = q[i - 1] == "the" ? i - 1 : i
            // ("the over 60s" are those aged 60 and up.)
            q.replace(start..<(i + 2), with: q[i] == "over" ? ["customers", "aged", "at", "least", String(n)] : ["customers", "under", String(n)])
        }
        // "female % of our customer base in each country": the value's share of it, as "female share of" is read.
        for i in 1..<max(1, q.count) where ["percent", "percentage"].contains(q[i]) && q[i + 1] == "of" && valueAt(q, i - 1) != nil && Double(q[i - 2]) == nil {
            q.replace(i..<(i + 1), with: ["share"])
        }
        // "non-bike revenue": every other value of the column.
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "non" && valueAt(q, i + 1) != nil {
            q.replace(i..<(i + 1), with: ["excluding"])
        }
        // "bought a bike and a piece of clothing": the clothing itself.
        for i in stride(from: q.count - 1, through: 0, by: -1) where ["piece", "pieces", "item", "items"].contains(q[i]) && q[i + 1] == "of" && q[i - 1] == "a" {
            guard let value = valueAt(q, i + 2), vocabulary.dimension(named: value.dimension)?.table == productsTable else { continue }
            q.replace(i..<(i + 2), with: [])
        }
        // "the 2nd half of 2013", "the 3rd quarter": the ordinal in words (a day of the month keeps its digits).
        let ordinalWords = ["1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"]
        for i in 0..<q.count where ["half", "quarter"].contains(q[i + 1]) {
            if let word = ordinalWords[q[i]] { q.replace(i..<(i + 1), with: [word]) }
        }
        // "put 2012 next to 2013": the two years set against each other.
        let isYear = { (w: String) in w.count == 4 && Int(w).map { (1000...2999).contains($0) } == true }
        // ("orders each month, 2012 next to 2013": each month's two figures in columns of their own.)
        let byPeriod = q.words.contains { ["month", "months", "monthly", "quarter", "quarters", "quarterly"].contains($0) }
        for i in stride(from: q.count - 1, through: 1, by: -1) where q[i] == "next" && q[i + 1] == "to" && isYear(q[i - 1]) && isYear(q[i + 2]) {
            if byPeriod, !q.words.contains(where: { ["side", "columns", "column"].contains($0) }) {
                q.replace((i + 3)..<(i + 3), with: ["side", "by", "side"])
                q.replace(i..<(i + 2), with: ["and"])
            } else {
                q.replace(i..<(i + 2), with: ["vs"])
            }
        }
        // "show the turnover next to each": beside the rows, where any measure asked for is shown anyway (not "next
        // to each customer", which names what is shown).
        for phrase in [["next", "to", "each", "one"], ["next", "to", "each"], ["next", "to", "it"], ["next", "to", "them"], ["alongside", "each"]] {
            guard let i = q.firstIndex(of: phrase) else { continue }
            if q[i + phrase.count].isEmpty || Lexicon.stopWords.contains(q[i + phrase.count]) {
                q.replace(i..<(i + phrase.count), with: [])
            } else if phrase.last == "each", let (_, length) = dimensionSaid(q.words, i + phrase.count), q.words[..<i].contains(where: { ["by", "per", "each", "every"].contains($0) }) {
                // ("rank the countries by ..., and show the average next to each country": the rows already named.)
                q.replace(i..<(i + phrase.count + length), with: [])
            }
        }
        // "weekends vs weekdays - both counts please": the two figures a comparison shows anyway, said at the end.
        for phrase in [["both", "counts"], ["both", "numbers"], ["both", "figures"]] {
            guard let i = q.firstIndex(of: phrase) else { continue }
            if Self.endsHere(q, i + 2) { q.replace(i..<q.count, with: []) }
        }
        dropTieClause(&q)
        dropSharedPlaceClause(&q)
        dropUnknownOwnGroup(&q)
        // "on how many days did daily revenue exceed 50,000": the days counted are the grain; "daily" says it again.
        if q.words.contains("days"), q.has("how many days"), let i = q.words.firstIndex(of: "daily") { q.replace(i..<(i + 1), with: []) }
        // "for each day of the week (Monday, Tuesday, ...)": the first days named in order after the grain are examples of
        // it, not a filter on two of them.
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for phrase in [["days", "of", "the", "week"], ["day", "of", "the", "week"], ["day", "of", "week"], ["weekdays"], ["weekday"]] {
            guard let i = q.firstIndex(of: phrase) else { continue }
            let start = i + phrase.count
            var n = 0
            while n < days.count, q[start + n] == days[n] { n += 1 }
            if n >= 2 {
                var end = start + n
                if q[end] == "etc" { end += 1 } else if q[end] == "and", q[end + 1] == "so", q[end + 2] == "on" { end += 3 }
                q.replace(start..<end, with: [])
            }
            break
        }
        // "the first quarter (January-March) of each year": the quarter's months said again.
        for (ordinal, first, last) in [("first", 1, 3), ("second", 4, 6), ("third", 7, 9), ("fourth", 10, 12)] {
            guard let i = (0..<q.count).first(where: { q[$0] == ordinal && q[$0 + 1] == "quarter" }) else { continue }
            let k = i + 2
            let to = ["to", "through", "until"].contains(q[k + 1]) ? k + 2 : k + 1
            if Lexicon.months[q[k]] == first, Lexicon.months[q[to]] == last { q.replace(k..<(to + 1), with: []) }
            // ("in the first quarter of each year": Q1 of every year, one quarter, not a breakdown by quarter.)
            if q[i - 1] == "the", q[i + 2] == "of", ["each", "every"].contains(q[i + 3]), q[i + 4] == "year" { q.replace((i - 1)..<(i + 2), with: ["q\(first / 3 + 1)"]) }
        }
        // "the second half of 2013 (Jul-Dec)", "H1 (Jan-Jun)": the half's months said again.
        for (half, first, last) in [("second", 7, 12), ("first", 1, 6)] {
            guard let i = (0..<q.count).first(where: { q[$0] == half && q[$0 + 1] == "half" }) else { continue }
            for k in q.span(i + 2, upTo: i + 6) where Lexicon.months[q[k]] == first {
                let to = ["to", "through", "until"].contains(q[k + 1]) ? k + 2 : k + 1
                if Lexicon.months[q[to]] == last {
                    q.replace(k..<(to + 1), with: [])
                    break
                }
            }
        }
        // "average daily revenue ... Average the daily totals.": how a daily average is taken, said again.
        if q.has("average daily") || q.has("daily average") {
            q.replaceAll(["average", "the", "daily", "totals"], with: [])
            q.replaceAll(["averaging", "the", "daily", "totals"], with: [])
        }
        // "how many calendar days had no orders": a day is a calendar day ("calendar month" is another grain, kept).
        q.replaceAll(["calendar", "days"], with: ["days"])
        // "as of 30 June 2013, how many orders had we taken since we started": from the first sale on, as any total is.
        if q.has("as of") || q.has("as at") {
            for phrase in [["since", "we", "started"], ["since", "we", "began"], ["since", "we", "opened"], ["since", "the", "start"], ["since", "the", "beginning"], ["since", "day", "one"]] {
                q.replaceAll(phrase, with: [])
            }
        }
        rewriteRunningYearToDate(&q)
        // "in every single month", "never placed a single order", "not a single unit": "single" stresses, it does not count.
        q.replaceAll(["every", "single"], with: ["each", "and", "every"])
        for i in 0..<q.count where q[i] == "single" && q[i - 1] == "a" && q[i - 2] != "not" {
            if ((i - 5)..<(i - 1)).contains(where: { ["never", "not", "didnt", "havent", "hasnt", "no"].contains(q[$0]) }) {
                q.replace(i..<(i + 1), with: [])
                break
            }
        }
        // "which single calendar month was our best", "our best single day": "single" stresses the one period or thing, it
        // is not the marital status (which is said of people).
        let stressed: Set<String> = [
            "month", "months", "day", "days", "year", "years", "quarter", "quarters", "week", "weeks", "calendar", "weekday", "date",
            "best", "biggest", "largest", "highest", "most", "busiest", "worst", "product", "products", "item", "items", "sale", "transaction",
        ]
        // ("which single calendar month": one month of one year, not a month of every year.)
        q.replaceAll(["single", "calendar", "month"], with: ["month"])
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "single" && stressed.contains(q[i + 1]) && q[i - 1] != "a" {
            q.replace(i..<(i + 1), with: [])
        }
        // "has only ever bought one single item (from us, in total)": each customer's units, exactly one.
        for i in 0..<q.count where q[i] == "only" && q[i + 1] == "ever" && Lexicon.purchaseVerbs.contains(q[i + 2]) {
            var j = i + 3
            if ["one", "a", "1"].contains(q[j]) { j += 1 } else { continue }
            if q[j] == "single" { j += 1 }
            guard ["item", "unit"].contains(q[j]) else { continue }
            q.replace(i..<(j + 1), with: [q[i + 2], "exactly", "1", "unit"])
            break
        }
        // "exactly 2 orders", "exactly one item": both bounds at once, as "between" is read.
        // (Not in a list of counts: "how many placed exactly 1 order, how many 2, and so on" is a distribution.)
        let listOfCounts = q.has(anyOf: ["so on", "etc", "and so forth"]) || q.words.indices.filter({ q[$0] == "how" && q[$0 + 1] == "many" }).count > 1
        for i in 0..<q.count where ["exactly", "precisely"].contains(q[i]) && !listOfCounts {
            guard let n = Int(q[i + 1]) ?? Lexicon.numberWords[q[i + 1]] else { continue }
            // ("placed exactly one order": ordered once.)
            if n == 1, ["placed", "made", "have", "has", "had"].contains(q[i - 1]), ["order", "purchase"].contains(q[i + 2]) {
                q.replace((i - 1)..<(i + 3), with: ["ordered", "only", "once"])
                break
            }
            q.replace(i..<(i + 2), with: ["at", "least", String(n), "and", "at", "most", String(n)])
            break
        }
        // "which country has the youngest customer base on average": the lowest average age.
        if let age = vocabulary.dimensions.first(where: { $0.role == .age && $0.numeric })?.phrases.first {
            for i in 0..<q.count where ["youngest", "oldest"].contains(q[i]) {
                let between: Set<String> = ["customer", "customers", "client", "clients", "base", "clientele", "buyers", "shoppers", "people"]
                guard let j = ((i + 1)...(i + 4)).first(where: { q[$0] == "on" && q[$0 + 1] == "average" }),
                    ((i + 1)..<j).allSatisfy({ between.contains(q[$0]) })
                else { continue }
                q.replace(i..<(j + 2), with: [q[i] == "youngest" ? "lowest" : "highest", "average"] + age.split(separator: " ").map(String.init))
                break
            }
        }
        // "buyers who spent more than the average lifetime spend per buyer": the average of those compared, whose own
        // totals are what is compared ("per buyer" says whose average it is, as "the average buyer" does).
        for i in 0..<q.count where ["average", "avg", "mean"].contains(q[i]) && (1...3).contains(where: { ["than", "above", "below", "exceed", "exceeds", "exceeded"].contains(q[i - $0]) }) {
            guard let p = ((i + 2)...(i + 4)).first(where: { q[$0] == "per" }),
                Lexicon.peopleWords.union(Lexicon.productWords).union(["buyer", "customer", "client", "shopper"]).contains(q[p + 1])
            else { continue }
            q.replace(p..<(p + 2), with: [])
            break
        }
        // "day by day", "month by month": by day, by month.
        for grain in ["day", "week", "month", "quarter", "year"] { q.replaceAll([grain, "by", grain], with: ["by", grain]) }
        // "average daily takings ... Average over the days we actually had sales", "on the days we had orders, ... per day":
        // a daily average is over the days with sales, as the days' totals are.
        if q.has("daily") || q.has("per day") || q.has("a day") {
            for lead in [["average", "over"], ["averaged", "over"], ["on"], ["over"], ["across"]] {
                for tail in [["sales"], ["orders"], ["any", "sales"], ["any", "orders"]] {
                    for middle in [["the", "days", "we", "actually", "had"], ["the", "days", "we", "had"], ["days", "we", "had"], ["the", "days", "with"], ["days", "with"]] {
                        q.replaceAll(lead + middle + tail, with: [])
                    }
                }
            }
        }
        // "on weekends (Sat/Sun)", "at the weekend (Saturday and Sunday)": the weekend's days said again.
        if let w = (0..<q.count).first(where: { ["weekend", "weekends"].contains(q[$0]) }) {
            for days in [["sat", "sun"], ["sat", "and", "sun"], ["saturday", "sunday"], ["saturday", "and", "sunday"], ["saturdays", "and", "sundays"], ["saturdays", "sundays"], ["sat", "or", "sun"], ["saturday", "or", "sunday"]] {
                if let i = ((w + 1)..<(w + 4)).first(where: { k in days.indices.allSatisfy { q[k + $0] == days[$0] } }) {
                    q.replace(i..<(i + days.count), with: [])
                    break
                }
            }
        }
        // "the single best day", "our single biggest order": "single" stresses the one ranked first.
        for i in 0..<q.count where q[i] == "single" && ["best", "biggest", "largest", "highest", "worst", "busiest", "top", "most", "strongest", "weakest"].contains(q[i + 1]) {
            q.replace(i..<(i + 1), with: [])
            break
        }
        // "just the two numbers", "give me both numbers": the figures asked for, no more.
        for phrase in [["just", "the", "two", "numbers"], ["the", "two", "numbers"], ["just", "the", "two", "figures"], ["the", "two", "figures"], ["two", "numbers"]] {
            q.replaceAll(phrase, with: [])
        }
        // "the most recent 6 months we have", "the latest 3 months of data": the last months of the data.
        for i in 0..<q.count where (q[i] == "most" && q[i + 1] == "recent") || q[i] == "latest" {
            let n = q[i] == "most" ? i + 2 : i + 1
            guard Int(q[n]) != nil || Lexicon.numberWords[q[n]] != nil, ["months", "quarters", "days", "weeks", "years"].contains(q[n + 1]) else { continue }
            q.replace(i..<n, with: ["last"])
            break
        }
        // "created in 2013 according to the create date": the column a period is read on, named.
        q.replaceAll(["according", "to"], with: ["by"])
        // "group customers by the year they first bought": the rows of the breakdown named before its grain.
        for i in 0..<q.count where ["group", "grouped", "segment", "split"].contains(q[i]) {
            let k = ["our", "the", "all"].contains(q[i + 1]) ? i + 2 : i + 1
            // (Only before a column or a period: "group our buyers by how much they spent" bands a number.)
            let next = ["the", "their", "its"].contains(q[k + 2]) ? q[k + 3] : q[k + 2]
            guard Lexicon.peopleWords.union(Lexicon.productWords).contains(q[k]), q[k + 1] == "by",
                ["year", "quarter", "month", "first", "country", "gender", "marital", "category", "subcategory", "line"].contains(next)
            else { continue }
            q.replace(i..<(k + 1), with: [])
            break
        }
        // "the change (2013 minus 2012)": the later year less the earlier, an amount.
        for i in 0..<q.count where q[i] == "minus" {
            guard let a = Int(q[i - 1]), let b = Int(q[i + 1]), (1900...2100).contains(a), (1900...2100).contains(b), a != b else { continue }
            q.replace((i - 1)..<(i + 2), with: ["absolute"])
            break
        }
        // "revenue plus how much it changed", "2012 vs 2013, plus the change": and (not "65 plus", an age band's open end).
        for i in 0..<q.count where q[i] == "plus" && (Double(q[i - 1]).map { (1900...2100).contains($0) } ?? true) {
            q.replace(i..<(i + 1), with: ["and"])
        }
        // "the most expensive product, cost-wise": by cost.
        for i in 1..<max(1, q.count) where q[i] == "wise" && !Lexicon.stopWords.contains(q[i - 1]) {
            q.replace((i - 1)..<(i + 1), with: ["by", q[i - 1]])
        }
        // "on how many days did we take more than 60k in a single day": the days counted, said again.
        if q.words.contains("days") {
            for phrase in [["in", "a", "single", "day"], ["on", "a", "single", "day"], ["in", "one", "day"], ["on", "a", "given", "day"], ["in", "a", "day"]] {
                if let i = q.firstIndex(of: phrase) {
                    q.replace(i..<(i + phrase.count), with: [])
                }
            }
        }
        // "grouped by the year each customer first ordered", "the quarter they first ever bought in": the period of
        // their first order.
        for i in 0..<q.count where ["year", "quarter", "month"].contains(q[i]) {
            var j = i + 1
            if ["each", "every"].contains(q[j]), ["customer", "client", "buyer", "shopper"].contains(q[j + 1]) {
                j += 2
            } else if ["they", "customers", "clients", "buyers", "he", "she"].contains(q[j]) {
                j += 1
            } else {
                continue
            }
            guard q[j] == "first" else { continue }
            j += 1
            if q[j] == "ever" { j += 1 }
            guard ["ordered", "bought", "purchased", "shopped", "placed"].contains(q[j]) else { continue }
            j += 1
            if q[j] == "an", q[j + 1] == "order" { j += 2 }
            if ["with", "from"].contains(q[j]), q[j + 1] == "us" { j += 2 }
            if q[j] == "in", Int(q[j + 1]) == nil { j += 1 }
            q.replace(i..<j, with: [q[i], "of", "their", "first", "order"])
            break
        }
        // "put each customer in the quarter of their first order": counted there, the definition restated.
        for i in 0..<q.count where ["put", "assign"].contains(q[i]) && ["each", "every"].contains(q[i + 1]) && Lexicon.peopleWords.contains(q[i + 2]) {
            // ("put every customer into a bracket by their total spend": grouped by it.)
            if q[i + 3] == "into" || (q[i + 3] == "in" && ["a", "an"].contains(q[i + 4])), let by = ((i + 4)..<min(q.count, i + 8)).first(where: { q[$0] == "by" }),
                ((i + 4)..<by).allSatisfy({ ["a", "an", "into", "in", "bracket", "band", "group", "bucket", "tier", "brackets", "bands", "groups", "buckets"].contains(q[$0]) })
            {
                q.replace(i..<by, with: ["group", "customers"])
                break
            }
            q.replace(i..<(i + 1), with: ["counting"])
        }
        // "put anyone without a birth date on a separate line": the unknown group kept as a row of its own.
        for i in 0..<q.count where ["put", "show", "keep", "list"].contains(q[i]) && ["anyone", "everyone", "those", "customers", "people", "products", "clients"].contains(q[i + 1]) {
            guard q[i + 2] == "without" || (q[i + 2] == "with" && q[i + 3] == "no") else { continue }
            let tails = [
                ["on", "a", "separate", "line"], ["on", "separate", "lines"], ["on", "a", "separate", "row"], ["on", "their", "own", "line"], ["in", "a", "separate", "row"], ["as", "a", "separate", "row"], ["in", "their", "own", "row"],
                ["in", "a", "separate", "group"], ["as", "a", "separate", "group"],
            ]
            let words = q
            guard let (k, tail) = ((i + 3)..<(i + 8)).compactMap({ k in tails.first { t in t.indices.allSatisfy { words[k + $0] == t[$0] } }.map { (k, $0) } }).first
            else { continue }
            q.replace(i..<(k + tail.count), with: ["unknown", "included"])
            break
        }
        // "no. of products": a number of them; "the No. 1 product": the top one.
        while let i = (0..<q.count).first(where: { q[$0] == "no" && q[$0 + 1] == "of" }) {
            q.replace(i..<(i + 1), with: ["number"])
        }
        while let i = (0..<q.count).first(where: { q[$0] == "no" && q[$0 + 1] == "1" }) {
            q.replace(i..<(i + 2), with: ["top"])
        }
        for (phrase, replacement) in Self.rewordPhrases { q.replaceAll(phrase, with: replacement) }
        // "the line items ordered in each year": lines of orders, never the product line; after a number ("more than
        // one line item") the lines counted.
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "line" && ["item", "items"].contains(q[i + 1]) {
            let counted = Double(q[i - 1]) != nil || Lexicon.numberWords[q[i - 1]] != nil
            q.replace(i..<(i + 2), with: (counted ? [] : ["order"]) + [q[i + 1] == "items" ? "lines" : "line"])
        }
        // "born 1960-1969": the years from one to the other.
        for i in 0..<q.count {
            let parts = q[i].split(separator: "-")
            guard parts.count == 2, parts.allSatisfy({ $0.count == 4 }), let a = Int(parts[0]), let b = Int(parts[1]), (1900...2100).contains(a), a < b, b <= 2100 else { continue }
            q.replace(i..<(i + 1), with: ["from", String(a), "to", String(b)])
            break
        }
        // "ignore the ones with no sales", "leave out anything that's never sold": a restriction to what has sold, read
        // as one phrase before "no sales" or "never sold" is read as a question about unsold things.
        let unsold = ["ones with no sales at all", "ones with no sales", "anything that never sold", "anything that has never sold", "anything never sold", "anything that hasnt sold", "ones that never sold"]
        for verb in ["ignore", "ignoring", "leave out", "leaving out", "excluding", "exclude"] where q.words.contains(String(verb.prefix { $0 != " " })) {
            for phrase in unsold + unsold.map({ "the " + $0 }) {
                q.replaceAll((verb + " " + phrase).split(separator: " ").map(String.init), with: ["only", "things", "that", "have", "sold"])
            }
        }
        // "during 2011 or 2012": both years, one span (not a comparison unless one is asked for).
        let compares = q.words.contains { ["more", "less", "better", "worse", "higher", "lower", "bigger", "which", "compare", "compared", "vs", "versus"].contains($0) }
        for i in 0..<q.count where !compares && q[i] == "or" && ["in", "during", "for"].contains(q[i - 2]) {
            guard q[i - 1].count == 4, q[i + 1].count == 4, let a = Int(q[i - 1]), let b = Int(q[i + 1]), b == a + 1 else { continue }
            q.replace((i - 1)..<(i + 2), with: ["from", q[i - 1], "to", q[i + 1]])
            break
        }
        // "the back half of 2013": the second half; "the front half": the first.
        q.replaceAll(["back", "half"], with: ["second", "half"])
        q.replaceAll(["front", "half"], with: ["first", "half"])
        // "in FY2012", "FY13": the warehouse keeps no fiscal calendar, so a fiscal year is read as the calendar year
        // of that number (the answer names the year it used).
        for i in 0..<q.count {
            let w = q[i]
            if w == "fy", let y = Lexicon.year(q[i + 1]) {
                q.replace(i..<(i + 2), with: [String(y)])
            } else if w.hasPrefix("fy"), let n = Int(w.dropFirst(2)) {
                if (1900...2100).contains(n) { q.replace(i..<(i + 1), with: [String(n)]) } else if (0...99).contains(n), w.count == 4 { q.replace(i..<(i + 1), with: [String(2000 + n)]) }
            }
        }
        // "within 2013 itself": in 2013.
        for i in 0..<q.count where q[i] == "itself" && Lexicon.year(q[i - 1]) != nil { q.replace(i..<(i + 1), with: []) }
        // "the second half of 2013 versus the second half of 2012": each half named as "H2 2013".
        for (words, half) in [(["the", "second", "half", "of"], "h2"), (["the", "first", "half", "of"], "h1")] {
            while let i = (0..<q.count).first(where: { i in words.indices.allSatisfy { q[i + $0] == words[$0] } && q[i + 4].count == 4 && Int(q[i + 4]) != nil }) {
                q.replace(i..<(i + 4), with: [half])
            }
        }
        // "for each month of 2012, what % of that year's revenue": with one year named, that year's total is the total.
        let years = Set(q.words.filter { $0.count == 4 && Int($0).map { (1900...2100).contains($0) } == true })
        if years.count == 1, let i = (0..<q.count).first(where: { q[$0] == "of" && ["that", "the"].contains(q[$0 + 1]) && q[$0 + 2] == "year" }) {
            q.replace((i + 1)..<(i + 3), with: [])
        }
        // "the most Mountain-200s": the model, in the plural.
        for i in 0..<q.count where q[i].hasSuffix("00s") && Int(q[i].dropLast()) != nil {
            q.replace(i..<(i + 1), with: [String(q[i].dropLast())])
        }
        // "which country's customers bought the most": which country did (its customers are who buys).
        for i in 0..<q.count where ["which", "what"].contains(q[i]) && Lexicon.peopleWords.contains(q[i + 2]) {
            guard let (name, length) = dimensionPhrase(q, i + 1), length == 1, vocabulary.dimension(named: name)?.table == customersTable else { continue }
            q.replace((i + 2)..<(i + 3), with: [])
            break
        }
        // "whose customers bought the most helmets", "the most Mountain-200s": the most of those things is a number of units,
        // not of the people who bought them.
        for i in 0..<q.count where ["bought", "purchased", "ordered", "buy", "purchase"].contains(q[i]) && q[i + 1] == "the" && ["most", "fewest", "least"].contains(q[i + 2]) {
            let k = i + 3
            let namesProducts =
                valueSpan(q, k).map { vocabulary.dimension(named: $0.value.dimension)?.table == productsTable } ?? false
                || [3, 2].contains { n in vocabulary.modelCodes[(k..<(k + n)).map { q[$0] }.joined(separator: " ")] != nil }
            if namesProducts { q.replace(k..<k, with: ["units", "of"]) }
            break
        }
        // "did our AOV peak": was it highest.
        for i in 0..<q.count where ["peak", "peaked"].contains(q[i]) && i == q.count - 1 {
            q.replace(i..<(i + 1), with: ["highest"])
        }
        // "31-01-2014" (typed 31/01/2014), "2014/01/31": ISO dates, when the day cannot be read as the month.
        for i in 0..<q.count {
            let parts = q[i].split(separator: "-").map(String.init)
            guard parts.count == 3, parts.allSatisfy({ Int($0) != nil }) else { continue }
            var (d, m, y) = (Int(parts[0])!, Int(parts[1])!, Int(parts[2])!)
            if parts[0].count == 4 { (y, d) = (d, y) }
            if d <= 12 && m <= 12 && d != m && parts[0].count != 4 { continue }
            if m > 12 && d <= 12 { (d, m) = (m, d) }
            guard (1...31).contains(d), (1...12).contains(m), (1900...2100).contains(y) else { continue }
            q.replace(i..<(i + 1), with: [String(format: "%04d-%02d-%02d", y, m, d)])
        }
        // "which helmet colour sells best", "Road-650 sizes": the colours or sizes of those things, said the other way round.
        for i in 1..<max(1, q.count) where ["colour", "colours", "color", "colors", "size", "sizes"].contains(q[i]) {
            let named = (1...min(3, i)).reversed().first { n in
                let phrase = ((i - n)..<i).map { q[$0] }.joined(separator: " ")
                if let value = valueSpan(q, i - n), value.length == n { return true }
                return vocabulary.modelCodes[phrase] != nil || vocabulary.namePrefixes[phrase] != nil
            }
            guard let n = named, !["of", "the", "each", "every", "by", "per"].contains(q[i - n]) else { continue }
            q.replace((i - n)..<(i + 1), with: [q[i], "of"] + ((i - n)..<i).map { q[$0] })
            break
        }
        // "units for each tires & tubes product", "every German customer": the entity of each, then its kind.
        for i in 0..<q.count where ["each", "every"].contains(q[i]) {
            guard let value = valueSpan(q, i + 1), vocabulary.dimension(named: value.value.dimension)?.table != vocabulary.factTable else { continue }
            let noun = i + 1 + value.length
            guard Self.entityWords[q[noun]] == .product || Self.entityWords[q[noun]] == .customer else { continue }
            let valueWords = ((i + 1)..<noun).map { q[$0] }
            q.replace((i + 1)..<(noun + 1), with: [q[noun]] + valueWords)
            break
        }
        // "of the customers who bought a Mountain-100, how many also bought a helmet": customers who bought both.
        // (Checked word by word first: the pattern costs more than the rest of the rewordings together.)
        if ["of", "among"].contains(q[0]), q.words.contains("also") || q.words.contains("then") || q.words.contains("later"),
            let match = q.words.joined(separator: " ").wholeMatch(
                of:
                    /(?:of|among) (?:the |our |all )?(?:customers|people|buyers|clients|shoppers) (?:who|that) (?:bought|purchased|ordered) (.+) how many (?:of them |of those )?(?:also|then|later|went on to|have also|had also) (?:buy|bought|purchased|ordered|purchase|order) (.+)/
            ),
            ![match.1, match.2].contains(where: { part in part.split(separator: " ").contains { Int($0).map { (1900...2100).contains($0) } == true || Lexicon.months[String($0)] != nil } })
        {
            let both = ["how", "many", "customers", "bought", "both"] + match.1.split(separator: " ").map(String.init) + ["and"] + match.2.split(separator: " ").map(String.init)
            q.replace(0..<q.count, with: both)
        }
        // "leaving bikes out", "leave out accessories": excluding them.
        q.replaceAll(["leaving", "out"], with: ["excluding"])
        q.replaceAll(["leave", "out"], with: ["excluding"])
        for i in 0..<q.count where ["leaving", "leave"].contains(q[i]) {
            guard let end = ((i + 2)...(i + 4)).first(where: { q[$0] == "out" }) else { continue }
            q.replace(i..<(end + 1), with: ["excluding"] + ((i + 1)..<end).map { q[$0] })
            break
        }
        // "grew the most in % revenue terms", "in unit terms": by that measure.
        for i in 0..<q.count where q[i] == "terms" {
            guard let start = (max(0, i - 3)..<i).first(where: { q[$0] == "in" }), start + 1 < i else { continue }
            q.replace(start..<(i + 1), with: ["by"] + ((start + 1)..<i).map { q[$0] })
            break
        }
        // "show the units as well" at the end: shown anyway.
        if q.count > 2, q[q.count - 2] == "as", q[q.count - 1] == "well" { q.replace((q.count - 2)..<q.count, with: []) }
        // "only counting customers with 3 or more orders", "counting only products that sold": a restriction, as "only".
        while let i = (0..<q.count).first(where: { q[$0] == "counting" && (q[$0 - 1] == "only" || q[$0 + 1] == "only") }) {
            q.replace(i..<(i + 1), with: [])
        }
        dropWhoRestatement(&q)
        dropDecadeYears(&q)
        dropBoughtBeforeOfLapsed(&q)
        dropRatioDefinition(&q)
        rewriteNamedGroup(&q)
        dropSegmentAndUnknownInTotal(&q)
        rewriteHalfWithoutItsYear(&q)
        // "One-time buyers: how many customers have only ever placed a single order?": a heading that the question then
        // says in full (the same last three words).
        if q.count >= 9, let w = (3..<9).first(where: { ["how", "what", "which", "list", "show"].contains(q[$0]) }), q.count - w >= 6,
            (1...3).allSatisfy({ q[w - $0] == q[q.count - $0] })
        {
            q.replace(0..<w, with: [])
        }
    }

    private func rewriteOneTimeBuyers(_ q: inout QuestionWords) {
        guard !q.words.contains(where: { ["repeat", "returning", "vs", "versus", "or"].contains($0) }) else { return }
        let phrases: [([String], [String])] = [
            (["one", "time", "buyers"], ["customers", "who", "ordered", "only", "once"]),
            (["one", "time", "customers"], ["customers", "who", "ordered", "only", "once"]),
            (["one", "off", "buyers"], ["customers", "who", "ordered", "only", "once"]),
            (["one", "off", "customers"], ["customers", "who", "ordered", "only", "once"]),
            (["one", "off", "shoppers"], ["customers", "who", "ordered", "only", "once"]),
            (["one", "time", "shoppers"], ["customers", "who", "ordered", "only", "once"]),
            (["only", "ever", "placed", "a", "single", "order"], ["ordered", "only", "once"]),
            (["only", "placed", "a", "single", "order"], ["ordered", "only", "once"]),
            (["placed", "only", "a", "single", "order"], ["ordered", "only", "once"]),
            (["placed", "just", "one", "order"], ["ordered", "only", "once"]),
            (["placed", "only", "one", "order"], ["ordered", "only", "once"]),
            (["only", "ever", "placed", "one", "single", "order"], ["ordered", "only", "once"]),
            (["only", "ever", "placed", "one", "order"], ["ordered", "only", "once"]),
            (["placed", "one", "single", "order"], ["ordered", "only", "once"]),
            (["placed", "only", "one", "single", "order"], ["ordered", "only", "once"]),
        ]
        // ("placed 1 order": the digit is the word.)
        for i in 1..<max(1, q.count) where q[i] == "1" && ["order", "purchase"].contains(q[i + 1]) && ["placed", "ever", "only", "just", "made", "exactly"].contains(q[i - 1]) {
            q.replace(i..<(i + 1), with: ["one"])
        }
        for (phrase, replacement) in phrases { q.replaceAll(phrase, with: replacement) }
        // "customers who have only one order", "has just a single order": ordered once.
        for i in stride(from: q.count - 1, through: 1, by: -1) where ["only", "just"].contains(q[i]) && ["have", "has", "had", "made", "placed"].contains(q[i - 1]) {
            var j = i + 1
            if q[j] == "a" && q[j + 1] == "single" { j += 2 } else if ["one", "1"].contains(q[j]) { j += 1 } else { continue }
            guard ["order", "purchase"].contains(q[j]) else { continue }
            q.replace((i - 1)..<(j + 1), with: ["ordered", "only", "once"])
        }
    }

    private func rewriteEachOfYears(_ q: inout QuestionWords) {
        // ("for each of the full years 2011, 2012 and 2013": years named are whole anyway.)
        q.replaceAll(["of", "the", "full", "years"], with: ["of", "the", "years"])
        q.replaceAll(["of", "the", "complete", "years"], with: ["of", "the", "years"])
        for i in 0..<q.count where ["each", "every"].contains(q[i]) && q[i + 1] == "of" {
            var years: [Int] = []
            var j = i + 2
            if q[j] == "the", q[j + 1] == "years" { j += 2 }
            if q[j] == "years" { j += 1 }
            while true {
                guard let y = Int(q[j]), q[j].count == 4, (1900...2100).contains(y) else { break }
                years.append(y)
                j += 1
                if ["and", "or"].contains(q[j]), Int(q[j + 1]) != nil { j += 1 }
            }
            guard years.count >= 2, years == Array(years[0]...(years[0] + years.count - 1)) else { continue }
            let start = ["in", "for", "during"].contains(q[i - 1]) ? i - 1 : i
            q.replace(start..<j, with: ["per", "year", "from", String(years[0]), "to", String(years[years.count - 1])])
            return
        }
    }

    /// "units in nov and dec 2013": the two months next to each other are one span, "november to december 2013".
    /// "Q4 revenue from 2012 to 2013", "December sales in 2012 vs 2013": a quarter or month named without a year,
    /// with two years after it, is that quarter (month) of each year.
    private func rewritePartOfTwoYears(_ q: inout QuestionWords) {
        for i in stride(from: q.count - 1, through: 0, by: -1) {
            guard let a = Lexicon.months[q[i]], ["and", "plus"].contains(q[i + 1]), let b = Lexicon.months[q[i + 2]], b == a + 1, Lexicon.year(q[i + 3]) != nil else { continue }
            q.replace((i + 1)..<(i + 2), with: ["to"])
        }
        let yearPositions = (0..<q.count).filter { Lexicon.year(q[$0]) != nil }
        guard yearPositions.count == 2,
            let part = (0..<yearPositions[0]).first(where: { i in
                (Lexicon.quarter(q[i]) != nil || (Lexicon.months[q[i]] != nil && q[i].count > 3)) && Lexicon.year(q[i + 1]) == nil && Int(q[i - 1]) == nil
            }),
            yearPositions.allSatisfy({ Lexicon.year(q[$0 - 1]) == nil && Lexicon.months[q[$0 - 1]] == nil && Lexicon.quarter(q[$0 - 1]) == nil }),
            (yearPositions[0]..<yearPositions[1]).contains(where: { ["to", "vs", "versus", "and", "against", "with"].contains(q[$0]) })
        else { return }
        // ("December revenue for each year from 2011 to 2013": the month of every year, over the range of years.)
        let eachYear = [["each", "year"], ["every", "year"], ["per", "year"], ["by", "year"], ["yearly"], ["annually"]].contains { q.firstIndex(of: $0) != nil }
        if eachYear, (yearPositions[0]..<yearPositions[1]).contains(where: { ["to", "through", "until"].contains(q[$0]) }) { return }
        let name = q[part]
        for y in yearPositions.reversed() { q.replace(y..<y, with: [name]) }
        q.replace(part..<(part + 1), with: [])
    }

    /// "more units in the second half of 2013 than in the first half", "in Q4 2013 than in Q3": the second part, said
    /// without its year, is of the year the first was said with.
    private func rewritePartWithoutItsYear(_ q: inout QuestionWords) {
        guard let than = (0..<q.count).first(where: { q[$0] == "than" }) else { return }
        for i in stride(from: q.count - 1, through: than + 1, by: -1) {
            if q[i] == "half", ["first", "second"].contains(q[i - 1]), q[i + 1] != "of", Lexicon.year(q[i + 1]) == nil,
                let earlier = (0..<than).last(where: { q[$0] == "half" && q[$0 + 1] == "of" && Lexicon.year(q[$0 + 2]) != nil })
            {
                q.replace((i + 1)..<(i + 1), with: ["of", q[earlier + 2]])
            } else if Lexicon.quarter(q[i]) != nil, Lexicon.year(q[i + 1]) == nil, Lexicon.year(q[i - 1]) == nil,
                let earlier = (0..<than).last(where: { Lexicon.quarter(q[$0]) != nil && Lexicon.year(q[$0 + 1]) != nil })
            {
                q.replace((i + 1)..<(i + 1), with: [q[earlier + 1]])
            }
        }
    }

    /// "Which products sold 1,000 units or more": at least 1,000 units (the bound said after the thing counted).
    private func rewriteBoundAfterNoun(_ q: inout QuestionWords) {
        let bounds: [String: [String]] = [
            "more": ["at", "least"], "above": ["at", "least"], "higher": ["at", "least"], "over": ["at", "least"], "less": ["at", "most"], "fewer": ["at", "most"], "below": ["at", "most"], "under": ["at", "most"],
        ]
        for i in stride(from: q.count - 1, through: 0, by: -1) where Double(q[i]) != nil && Lexicon.year(q[i]) == nil {
            for n in [1, 2] {
                guard q[i + n + 1] == "or", let bound = bounds[q[i + n + 2]],
                    (1...n).allSatisfy({ Double(q[i + $0]) == nil && !["or", "and", "in", "of", "per", "than"].contains(q[i + $0]) })
                else { continue }
                q.replace((i + n + 1)..<(i + n + 3), with: [])
                q.replace(i..<i, with: bound)
                break
            }
        }
    }

    /// "the 5 cheapest products, going by average selling price": the lowest by that measure ("cheapest by cost" is a
    /// ranking by the column, read elsewhere). "top 5 customers by how much they've spent": by what they spent.
    /// "the biggest bike buyer in each country": the biggest spender.
    private func rewriteRankingCues(_ q: inout QuestionWords) {
        let cues: [([String], String)] = [(["cheapest"], "bottom"), (["least", "expensive"], "bottom"), (["most", "expensive"], "top"), (["priciest"], "top")]
        for (cue, replacement) in cues {
            guard let i = (0..<q.count).first(where: { i in cue.indices.allSatisfy { q[i + $0] == cue[$0] } }),
                let by = ((i + cue.count)..<(i + cue.count + 8)).first(where: { q[$0] == "by" }),
                case let k = ["the", "their", "its"].contains(q[by + 1]) ? by + 2 : by + 1,
                numericColumn(q, at: k) == nil, vocabulary.metrics.contains(where: { m in m.phrases.contains { q.wordsMatched($0, at: k) != nil } })
            else { continue }
            q.replace(i..<(i + cue.count), with: [replacement])
            if q[by - cue.count] == "going" { q.replace((by - cue.count)..<(by - cue.count + 1), with: []) }
        }
        // "our 3 most profitable subcategories": the top 3 (the count said before "most").
        // ("cost less than 500, most expensive first": a number that ends a clause is not counted.)
        let before: Set<String> = ["", "our", "the", "which", "what", "were", "are", "list", "show", "give", "me", "name", "find", "get", "see", "pull", "was"]
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i + 1] == "most" && before.contains(q[i - 1]) {
            // ("our 3 most popular accessories by units" is read as it stands.)
            guard let n = Int(q[i]) ?? Lexicon.numberWords[q[i]], (2...Self.maxRankCount).contains(n), Lexicon.year(q[i]) == nil,
                !((i + 2)..<(i + 8)).contains(where: { q[$0] == "by" })
            else { continue }
            q.replace(i..<i, with: ["top"])
        }
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "by" && q[i + 1] == "how" && q[i + 2] == "much" {
            var j = i + 3
            guard ["they", "he", "she", "it", "we"].contains(q[j]) else { continue }
            j += 1
            if ["have", "has", "had", "ve", "s"].contains(q[j]) { j += 1 }
            guard ["spent", "spend", "spends", "paid", "bought"].contains(q[j]) else { continue }
            q.replace(i..<(j + 1), with: ["by", "spend"])
        }
        for i in 0..<q.count where ["buyer", "buyers"].contains(q[i]) && q.isFree(i) {
            let cue = (1...3).first { ["biggest", "largest", "top", "best"].contains(q[i - $0]) }
            guard let cue, (1..<cue).allSatisfy({ valueAt(q, i - $0) != nil }) else { continue }
            q.replace(i..<(i + 1), with: [q[i] == "buyer" ? "spender" : "spenders"])
        }
    }

    /// "what does a touring bike cost us on average": the average cost of a touring bike; "what do they cost on
    /// average": their average cost.
    private func rewriteCostOnAverage(_ q: inout QuestionWords) {
        guard let c = (0..<q.count).first(where: { q[$0] == "cost" }), let d = ((c - 5)..<c).last(where: { ["do", "does", "did"].contains(q[$0]) }) else { return }
        var end = c + 1
        if ["us", "them"].contains(q[end]) { end += 1 }
        guard q[end] == "on", q[end + 1] == "average" else { return }
        // "..., going by the product cost in the catalogue": the same cost, said again.
        for opener in [["going", "by"], ["based", "on"], ["using"]] {
            for the in [["the"], []] {
                for kind in [["product"], ["catalogue"], ["unit"], []] {
                    for tail in [["in", "the", "catalogue"], ["in", "the", "catalog"], []] { q.replaceAll(opener + the + kind + ["cost"] + tail, with: []) }
                }
            }
        }
        let subject = Array(q.words[(d + 1)..<c])
        let start = q[d - 1] == "what" ? d - 1 : d
        q.replace(start..<(end + 2), with: subject == ["they"] || subject == ["those"] ? ["their", "average", "cost"] : ["average", "cost", "of"] + subject)
    }

    /// "sales of the Mountain-200 models": the model named is all its variants already.
    private func dropRestatedModel(_ q: inout QuestionWords) {
        for i in stride(from: q.count - 1, through: 0, by: -1) {
            guard let (_, _, length) = modelCode(q, at: i) else { continue }
            // "the Road-250 range - every colour and frame size -": a model is all its sizes and colours already.
            var k = i + length
            if ["range", "family", "line", "series"].contains(q[k]) { k += 1 }
            let restated: Set<String> = ["every", "all", "any", "each", "colour", "colours", "color", "colors", "size", "sizes", "frame", "and", "or", "in", "of", "its"]
            var e = k
            while restated.contains(q[e]), e < k + 8 { e += 1 }
            if (k..<e).contains(where: { ["every", "all", "any", "each"].contains(q[$0]) }), (k..<e).contains(where: { ["colour", "colours", "color", "colors", "size", "sizes"].contains(q[$0]) }),
                !(k..<e).contains(where: { ["by", "per"].contains(q[$0]) })
            {
                q.replace((i + length)..<e, with: [])
                continue
            }
            guard ["models", "model", "family", "variants", "range"].contains(q[i + length]) else { continue }
            q.replace((i + length)..<(i + length + 1), with: [])
        }
    }

    /// "haven't ordered since 2012, i.e. their most recent order was in 2012 or earlier": the condition defined, which
    /// is no order since 2013.
    private func rewriteDefinedRecency(_ q: inout QuestionWords) {
        // "placed their most recent order in 2011 or earlier": a last order before the next year begins.
        for i in 0..<q.count where q[i] == "in" && ["or earlier", "or before", "and earlier"].contains(q[i + 2] + " " + q[i + 3]) {
            guard let y = Lexicon.year(q[i + 1]), q.span(max(0, i - 4), upTo: i).contains(where: { ["last", "recent", "latest", "final"].contains(q[$0]) }) else { continue }
            q.replace(i..<(i + 4), with: ["before", String(y + 1)])
            break
        }
        guard let since = (0..<q.count).first(where: { q[$0] == "since" && Lexicon.year(q[$0 + 1]) != nil }) else { return }
        let year = q[since + 1]
        for i in stride(from: q.count - 1, through: since + 2, by: -1) where q[i] == "ie" || (q[i] == "i" && q[i + 1] == "e") {
            let start = q[i] == "ie" ? i + 1 : i + 2
            guard let end = q.span(start, upTo: start + 12).first(where: { ["earlier", "before"].contains(q[$0]) }),
                (start..<end).contains(where: { q[$0] == year }), (start..<end).contains(where: { ["last", "recent", "latest"].contains(q[$0]) })
            else { continue }
            // "in 2012 or earlier": the cut is the end of that year, not its start ("since 2012" read alone is its start).
            let inclusive = q[end - 1] == "or" && q[end - 2] == year
            q.replace(i..<(end + 1), with: [])
            if inclusive, let y = Int(year) { q.replace((since + 1)..<(since + 2), with: [String(y + 1)]) }
        }
    }

    /// "Which country pays the most on average per bike": the highest average price paid per bike. Said of paying
    /// only: "spends the most on average per order" is an order's value, not a price.
    private func rewritePricePaid(_ q: inout QuestionWords) {
        guard q.words.contains(where: { ["pays", "pay", "paid"].contains($0) }) else { return }
        for verb in ["pays", "pay", "paid"] {
            for (extreme, adjective) in [("most", "highest"), ("least", "lowest")] {
                for the in [["the"], []] {
                    q.replaceAll([verb] + the + [extreme, "on", "average", "per"], with: ["has", "the", adjective, "average", "price", "paid", "per"])
                }
            }
        }
    }

    /// "How many items has each buyer purchased": units bought. "How many different items sold": products that
    /// sold, counted once each. ("How many items do we have" is the catalogue: no verb of buying follows.)
    private func rewriteItemsBought(_ q: inout QuestionWords) {
        let itemWords: Set<String> = ["items", "item", "skus", "sku", "articles"]
        let buying: Set<String> = ["bought", "purchased", "ordered", "sold", "buy", "purchase", "order", "sell"]
        for i in 0..<q.count where itemWords.contains(q[i]) {
            if ["different", "distinct", "unique"].contains(q[i - 1]) {
                q.replace(i..<(i + 1), with: ["products"])
            } else if q.words[i] == "items", (q[i - 2] == "how" && q[i - 1] == "many") || (q[i - 2] == "number" && q[i - 1] == "of"),
                ((i + 1)..<(i + 7)).contains(where: { buying.contains(q[$0]) })
            {
                q.replace(i..<(i + 1), with: ["units"])
            }
        }
    }

    /// "How many line items does an average order contain", "how many units does an order have on average", "on average,
    /// how many units does a single sales line carry": the average of that count per order (per line), said the way the
    /// measure passes read it ("average line items per order").
    private func rewriteCountInAnOrder(_ q: inout QuestionWords) {
        guard let i = (0..<q.count).first(where: { q[$0] == "how" && q[$0 + 1] == "many" }) else { return }
        // The thing counted: up to three words before the verb ("line items", "different products").
        guard let verb = q.span(i + 3, upTo: i + 6).first(where: { ["does", "did", "do"].contains(q[$0]) }) else { return }
        var k = verb + 1
        // ("does a single sales line carry": "a single" reads as "one".)
        guard ["an", "the", "a", "each", "one"].contains(q[k]) else { return }
        k += 1
        var averaged = false
        if ["average", "typical", "avg", "mean"].contains(q[k]) {
            averaged = true
            k += 1
        } else if q[k] == "single" {
            k += 1
        }
        // The order, or one of its lines ("sales line", "order line", "line item").
        let entity: [String]
        if q[k] == "order", q[k + 1] != "line" {
            entity = ["order"]
        } else if let n = [["sales", "line"], ["sale", "line"], ["order", "line"], ["line", "item"], ["line"]].first(where: { p in p.indices.allSatisfy { q[k + $0] == p[$0] } })?.count {
            entity = ["order", "line"]
            k += n - 1
        } else {
            return
        }
        guard ["contain", "have", "include", "hold", "carry"].contains(q[k + 1]) else { return }
        var end = k + 2
        if q[end] == "on", ["average", "avg"].contains(q[end + 1]) {
            averaged = true
            end += 2
        }
        // ("How many units does each order contain" is a count per order, not an average.)
        let some = averaged || ["an", "a"].contains(q[verb + 1]) || (q[verb + 1] == "one" && q.words.contains("average"))
        guard some, q[end].isEmpty || Lexicon.stopWords.contains(q[end]) || ["in", "during", "for", "by", "per"].contains(q[end]) else { return }
        let counted = ((i + 2)..<verb).map { q[$0] }
        q.replace(i..<end, with: ["average"] + counted + ["per"] + entity)
        // ("On average, how many units does ...": the average, said before.)
        if q[0] == "on", q[1] == "average", q[2] == "average" { q.replace(0..<2, with: []) }
    }

    /// Runs of months that are a half or a quarter of the year named after them.
    static let monthsOfAYear: [([String], [String])] = [
        (["first", "six", "months", "of"], ["first", "half", "of"]), (["first", "6", "months", "of"], ["first", "half", "of"]),
        (["last", "six", "months", "of"], ["second", "half", "of"]), (["last", "6", "months", "of"], ["second", "half", "of"]),
        (["first", "three", "months", "of"], ["first", "quarter", "of"]), (["first", "3", "months", "of"], ["first", "quarter", "of"]),
        (["last", "three", "months", "of"], ["fourth", "quarter", "of"]), (["last", "3", "months", "of"], ["fourth", "quarter", "of"]),
    ]

    /// "Which quarter, looking across all the years, had the most orders": every year's quarters in one ranking, not one
    /// ranking within each year ("across" is otherwise a slicer). Only for a period asked for by "which"/"what".
    private func dropAcrossAllYearsOfRankedPeriod(_ q: inout QuestionWords) {
        guard (0..<q.count).contains(where: { ["which", "what"].contains(q[$0]) && ["quarter", "month", "day", "week", "weekday"].contains(q[$0 + 1]) }) else { return }
        for phrase in [
            ["looking", "across", "all", "the", "years"], ["looking", "across", "all", "years"], ["across", "all", "the", "years"], ["across", "all", "years"],
            ["over", "all", "the", "years"], ["over", "all", "years"], ["across", "every", "year"], ["in", "any", "year"], ["of", "any", "year"],
        ] {
            q.replaceAll(phrase, with: [])
        }
    }

    /// "Which subcategory earns the most revenue per product? Only count products that have actually sold.": an average
    /// per product is taken over the products with sales anyway, so the remark says what the shape does.
    private func dropSoldProductsOnly(_ q: inout QuestionWords) {
        guard (0..<q.count).contains(where: { q[$0] == "per" && ["product", "products"].contains(q[$0 + 1]) }) else { return }
        guard let i = (0..<q.count).first(where: { ["count", "counting", "include", "including"].contains(q[$0]) && ["products", "product"].contains(q[$0 + 1] == "only" ? q[$0 + 2] : q[$0 + 1]) })
        else { return }
        var k = i + (q[i + 1] == "only" ? 3 : 2)
        guard ["that", "which", "with"].contains(q[k]) else { return }
        k += 1
        while ["have", "has", "actually", "really", "ever", "been", "any"].contains(q[k]) { k += 1 }
        guard ["sold", "sales", "sale"].contains(q[k]) else { return }
        let start = ["only", "but"].contains(q[i - 1]) ? i - 1 : i
        q.replace(start..<(k + 1), with: [])
    }

    /// "Which country leans most heavily on bikes, i.e. has the highest share of its revenue from bikes": what follows
    /// "i.e." says the same in words the passes read, so the figurative words before it go.
    private func keepWhatIESays(_ q: inout QuestionWords) {
        // "how many one-off buyers do we have, i.e. customers who have only ever placed a single order": once both are
        // said in the same words, what follows "i.e." to its sentence's end says nothing new.
        if let i = (0..<q.count).first(where: { (q[$0] == "i" && q[$0 + 1] == "e") || q[$0] == "ie" }) {
            let start = q[i] == "ie" ? i + 1 : i + 2
            let end = max(start, min(q.count, q.sentenceStarts.first(where: { $0 > start }) ?? q.count))
            let tail = q.words[min(start, end)..<end].filter { !["have", "has", "had", "the", "our", "those"].contains($0) }
            let head = q.words[..<i].filter { !["have", "has", "had", "the", "our", "those"].contains($0) }
            if tail.count >= 2, (0...(max(0, head.count - tail.count))).contains(where: { k in head.count >= tail.count && Array(head[k..<(k + tail.count)]) == Array(tail) }) {
                q.replace(i..<end, with: [])
                return
            }
        }
        guard let i = (0..<q.count).first(where: { (q[$0] == "i" && ["e", "mean"].contains(q[$0 + 1])) || q[$0] == "ie" }),
            let w = (max(0, i - 10)..<i).last(where: { ["which", "what"].contains(q[$0]) })
        else { return }
        let said = q[i] == "ie" ? 1 : 2
        // ("... repeat buyers, i.e. customers with more than one order": people named after it define a word of the
        // question; they do not restate what is asked of the country.)
        let next = q[i + said]
        if Lexicon.peopleWords.contains(next) || Lexicon.productWords.contains(next) || ["those", "anyone", "people", "ones"].contains(next) { return }
        // The thing asked about: a dimension's phrase after "which" ("country", "product line"); "what's the median
        // CLV? By CLV I mean ..." names no such thing and defines a word instead.
        guard let asked = dimensionSaid(q.words, w + 1) else { return }
        let noun = w + 1 + asked.length
        guard noun <= i else { return }
        q.replace(noun..<(i + said), with: [])
    }

    /// "I think sales dipped towards the end of 2013. Can you show me sales for each quarter of 2013?", "Is our growth
    /// slowing down? Give me the % change ...": a first sentence that voices a hunch (or asks yes or no) before the
    /// question proper says nothing the question needs. Dropped only when a later sentence asks, and does not refer back
    /// to it ("I'm worried the people who first shopped in 2011 drifted away. How many of them ..." keeps it).
    private func dropHunch(_ q: inout QuestionWords) {
        guard let second = q.sentenceStarts.first, second > 0, second < q.count else { return }
        let openers: [[String]] = [
            ["i", "think"], ["i", "feel"], ["i", "have", "a", "feeling"], ["i", "have", "a", "hunch"], ["my", "hunch"], ["i", "suspect"], ["i", "believe"],
            ["i", "m", "worried"], ["im", "worried"], ["i", "am", "worried"], ["i", "worry"], ["i", "wonder"], ["i", "heard"], ["i", "reckon"], ["i", "guess"],
            ["my", "feeling"], ["my", "gut"], ["it", "feels", "like"], ["it", "looks", "like"], ["it", "seems"], ["we", "think"], ["we", "suspect"],
        ]
        let hunch = openers.contains { o in o.count <= second && Array(q.words[0..<o.count]) == o }
        // ("Is our growth slowing down? Give me ...": a yes-or-no question before the one asked.)
        let yesNo = ["is", "are", "do", "does", "did", "has", "have", "am", "was", "were"].contains(q[0])
        let rest = Array(q.words[second...])
        // ("Do married people buy bigger baskets? Average number of units per order for married vs single customers": the
        // measure asked for outright.)
        let asks = ["what", "which", "how", "who", "give", "show", "list", "can", "could", "tell", "please", "where", "when", "average", "avg", "number", "total"].contains(rest[0])
        // (The cheap checks first: most questions of several sentences open with neither.)
        guard hunch || yesNo, asks, rest.count >= 4 else { return }
        // ("how many orders on each", "each of the two": "each" with nothing after it.)
        let refersBack =
            rest.contains { ["them", "those", "they", "these", "it", "this", "that", "their", "its", "ones", "both", "either", "group", "groups", "such"].contains($0) }
            || rest.indices.contains { k in rest[k] == "each" && (k + 1 == rest.count || ["one", "of"].contains(rest[k + 1])) }
        // Every value, year and number the first sentence names is named again in the question proper.
        guard !refersBack, namesNothingNew(q, before: second) else { return }
        q.replace(0..<second, with: [])
    }

    /// The words a definition of a measure in the model's own terms is made of.
    private static let formulaWords: Set<String> = [
        "revenue", "sales", "amount", "minus", "less", "units", "unit", "quantity", "times", "multiplied", "by", "the", "a", "an", "product", "products",
        "catalogue", "catalog", "cost", "costs", "divided", "as", "percentage", "percent", "of", "expressed", "sold", "each", "line", "lines", "sum",
        "total", "over", "per", "and", "its", "their", "on", "in", "is", "means", "equals", "meaning", "defined", "calculated", "computed", "which",
        "that", "then", "gross", "profit", "margin", "with", "from", "taken", "away", "subtracted", "i", "e",
        "x", "qty", "standard", "100", "here", "s", "multiply", "divide", "pct", "where", "number", "distinct", "orders", "order", "count",
    ]
    /// Formula words and the part of a measure's expression each names.
    private static let formulaParts: [String: String] = [
        "cost": "cost", "costs": "cost", "standard": "cost", "quantity": "quantity", "qty": "quantity", "units": "quantity", "unit": "quantity",
        "sales": "sales_amount", "revenue": "sales_amount", "amount": "sales_amount", "minus": " - ", "less": " - ", "subtracted": " - ",
        "times": " * ", "x": " * ", "multiplied": " * ", "multiply": " * ", "divided": "/", "divide": "/", "100": "100", "orders": "order_number", "order": "order_number",
    ]

    /// "Big spenders = customers whose total lifetime spend is over $5,000. How many big spenders do we have in each
    /// country?": a term defined before the question is its definition where the question uses it.
    /// "Gross profit is revenue minus units times the product's catalogue cost.", "Gross margin is ..., expressed as a
    /// percentage of revenue": a sentence that defines a measure of the model in the model's own words says what the
    /// measure is anyway (the conventions' definitions are the model's). Only a sentence of its own, made of the words
    /// such a definition uses; "gross margin as a percentage of revenue" after the margin says the same.
    private func dropModelDefinitions(_ q: inout QuestionWords) {
        let formula = Self.formulaWords, parts = Self.formulaParts
        // Measures computed from several columns (`compositeMetrics`), each with the formula words that may restate it;
        // the words a definition names must be parts of its expression, or the definition is another measure.
        let composite = compositeMetrics
        func agrees(_ span: Range<Int>, _ m: Vocabulary.Metric) -> Bool {
            let expr = m.expr.replacingOccurrences(of: "*", with: " * ")
            // Every column of the measure is named ("gross profit" names its own), and nothing it does not use.
            var named = Set(span.compactMap { parts[q[$0]] })
            if span.contains(where: { q[$0] == "profit" }) { named.formUnion(["sales_amount", "quantity", "cost"]) }
            let required = ["sales_amount", "quantity", "cost", "order_number"].filter { expr.contains($0) }
            return required.allSatisfy(named.contains) && span.allSatisfy { k in parts[q[k]].map { expr.contains($0) || (q[k] == "100" && m.role == .percentage) } ?? true }
        }
        for start in ([0] + q.sentenceStarts + q.words.indices.filter { q[$0 - 1] == "where" }).sorted().reversed() {
            guard compositeFirstWords.contains(q[start]), let (m, length) = composite.compactMap({ m in m.phrases.compactMap { q.wordsMatched($0, at: start) }.max().map { (m, $0) } }).max(by: { $0.1 < $1.1 }),
                ["is", "means", "equals", "meaning", "here", "where"].contains(q[start + length])
            else { continue }
            let end = q.sentenceStarts.first(where: { $0 > start }) ?? q.count
            // (Not the whole question: something must be asked besides.)
            guard start > 0 || end < q.count, ((start + length)..<end).allSatisfy({ formula.contains(q[$0]) }), agrees((start + length + 1)..<end, m) else { continue }
            q.replace((q[start - 1] == "where" ? start - 1 : start)..<end, with: [])
        }
        // "COGS by category for H2 2013, qty x standard cost": the formula of a measure the question names, said last.
        var tail = q.count
        while tail > 0, formula.contains(q[tail - 1]), q[tail - 1] != "where" { tail -= 1 }
        // ("by product line (revenue divided by units)": the formula starts at a column it names; the words before it
        // are the question's own, a breakdown here.)
        while tail < q.count, parts[q[tail]] == nil || [" * ", " - ", "/"].contains(parts[q[tail]]) { tail += 1 }
        // (A bare formula: a definition that names its measure was read above, or is left for the parser to refuse.)
        if tail > 0, tail < q.count, (tail..<q.count).contains(where: { [" * ", " - ", "/"].contains(parts[q[$0]]) }),
            !(tail..<q.count).contains(where: { ["means", "meaning", "is", "equals", "profit", "margin", "here", "defined"].contains(q[$0]) }),
            let m = composite.first(where: { m in m.phrases.contains { p in (0..<tail).contains { q.wordsMatched(p, at: $0) != nil } } }), agrees(tail..<q.count, m)
        {
            q.replace(tail..<q.count, with: [])
        }
        guard q.words.contains("margin") else { return }
        for phrase in [["margin", "as", "a", "percentage", "of", "revenue"], ["margin", "as", "a", "percent", "of", "revenue"], ["margin", "as", "a", "percentage", "of", "sales"]] {
            q.replaceAll(phrase, with: ["margin", "percentage"])
        }
    }

    /// "colour being the word after the model in the product name (Black, Red ...)", "By model I mean the part of the name
    /// before the colour, e.g. Road-250", "(the text after the final '- ', i.e. S, M, L or XL)": a definition of a column
    /// the model reads from the product's name, which is that column anyway. Dropped from where it starts to the end
    /// of its sentence (or aside); only for columns whose expression reads the name.
    private func dropNamePartDefinitions(_ q: inout QuestionWords) {
        let phrases = namePartPhrases.union(["color", "colours", "colors", "sizes", "models"])
        guard q.words.contains(where: { ["name", "names"].contains($0) }), q.words.contains(where: phrases.contains) else { return }
        // ("the colour is the one in the product name", "by model I mean the name without colour and size")
        let pieces: Set<String> = ["word", "words", "text", "part", "bit", "number", "code", "letters", "piece", "first", "last", "end", "one", "name"]
        func end(of start: Int) -> Int {
            if let aside = q.asides.first(where: { $0.contains(start) }) { return aside.upperBound }
            return q.sentenceStarts.first(where: { $0 > start }) ?? q.count
        }
        var i = 0
        while i < q.count {
            defer { i += 1 }
            guard phrases.contains(q[i]) else { continue }
            var k = i + 1
            // "By model I mean ...", "colour being ...", "where the colour is ...", "the size = ...".
            if q[k] == "i", q[k + 1] == "mean" { k += 2 } else if ["is", "being", "means", "meaning", "equals"].contains(q[k]) { k += 1 } else { continue }
            if q[k] == "the" || q[k] == "a" { k += 1 }
            guard pieces.contains(q[k]) else { continue }
            let stop = end(of: i)
            guard k < stop, (k..<stop).contains(where: { ["name", "names"].contains(q[$0]) }) else { continue }
            var start = i
            if q[start - 1] == "the" { start -= 1 }
            if ["where", "with", "by", "and"].contains(q[start - 1]) { start -= 1 }
            // (An aside of examples right after the definition goes with it.)
            var last = stop
            if let aside = q.asides.first(where: { $0.lowerBound == stop }) { last = aside.upperBound }
            q.replace(start..<last, with: [])
            i = start - 1
        }
        // "(the text after the final '- ', i.e. S, M, L or XL)": an aside defining where the column is read.
        for a in q.asides.reversed() where a.count <= 20 {
            let words = a.map { q[$0] }
            guard words.contains(where: pieces.contains), words.contains(where: { ["after", "before", "following", "follows", "precedes"].contains($0) }),
                a.lowerBound > 0, (max(0, a.lowerBound - 8)..<a.lowerBound).contains(where: { phrases.contains(q[$0]) || ["name", "names"].contains(q[$0]) })
            else { continue }
            q.replace(a, with: [])
        }
        // "Take the colour from the product name (e.g. 'Mountain-200 Black- 38' is Black)": where the column is read.
        for i in 0..<q.count where ["take", "taking", "read", "use", "using", "get"].contains(q[i]) {
            var k = i + 1
            if q[k] == "the" { k += 1 }
            guard phrases.contains(q[k]), ["from", "in", "out"].contains(q[k + 1]) else { continue }
            let stop = end(of: i)
            guard (k..<stop).contains(where: { ["name", "names"].contains(q[$0]) }), q.sentenceStarts.contains(i) || i == 0 else { continue }
            var last = stop
            if let aside = q.asides.first(where: { $0.lowerBound == stop }) { last = aside.upperBound }
            q.replace(i..<last, with: [])
            break
        }
        // "whose name ends in a size", "treat all colours and sizes of one model as a single model": what the columns are.
        // ("clothing products whose name ends in a size": those that have one.)
        for phrase in [["whose", "name", "ends", "in", "a", "size"], ["whose", "names", "end", "in", "a", "size"]] { q.replaceAll(phrase, with: ["excluding", "unknown", "size"]) }
        for phrase in [
            ["treat", "all", "colours", "and", "sizes", "of", "one", "model", "as", "a", "single", "model"], ["treat", "all", "colors", "and", "sizes", "of", "one", "model", "as", "a", "single", "model"],
            ["treat", "all", "sizes", "and", "colours", "of", "one", "model", "as", "a", "single", "model"],
        ] {
            q.replaceAll(phrase, with: [])
        }
    }

    /// "counting every size and colour as a separate product", "Treat each size and colour as its own product": each
    /// product is one size and colour anyway, so the words restate what a product is (not said with models or colours
    /// asked as groups, where they would contradict them).
    func dropEachVariantIsAProduct(_ q: inout QuestionWords) {
        let pairs: Set<[String]> = [["size", "and", "colour"], ["size", "and", "color"], ["colour", "and", "size"], ["color", "and", "size"], ["size", "or", "colour"], ["colour", "or", "size"]]
        let tails = [
            ["as", "a", "separate", "product"], ["as", "its", "own", "product"], ["as", "its", "product"], ["as", "a", "product", "of", "its", "own"], ["separately"],
            ["as", "separate", "products"], ["as", "a", "different", "product"], ["as", "one", "product"], ["as", "a", "product"],
        ]
        // "counting each size and colour as a separate product", and as a sentence of its own, "each size and colour
        // counts as its own product".
        guard let e = q.words.indices.first(where: { e in ["each", "every"].contains(q[e]) && pairs.contains([q[e + 1], q[e + 2], q[e + 3]]) }) else { return }
        let i = ["counting", "count", "treat", "treating", "with"].contains(q[e - 1]) ? e - 1 : e
        var k = e + 4
        if i == e {
            guard ["counts", "is", "are", "count", "counted", "treated"].contains(q[k]) else { return }
            k += 1
            if ["counted", "treated"].contains(q[k]) { k += 1 }
        }
        guard let tail = tails.first(where: { t in t.indices.allSatisfy { q[k + $0] == t[$0] } }) else { return }
        let end = k + tail.count
        // (A grouping by model, colour or size elsewhere is a different product than this one.)
        let variantWords: Set<String> = ["model", "models", "colour", "colours", "color", "colors", "size", "sizes"]
        guard !q.words.indices.contains(where: { ($0 < i || $0 >= end) && variantWords.contains(q[$0]) }) else { return }
        q.replace(i..<end, with: [])
    }

    /// "do we have more male or female customers in australia", "who spends more per order, married or single customers",
    /// "did we sell more in 2012 than in 2011", "is it true saturdays are busier than sundays": a comparison asked as a
    /// yes/no question is answered with both figures, as "A vs B" is (the reader compares). Only two values of one
    /// column, or two years; a number after "than" stays a threshold.
    private func rewriteComparativeQuestion(_ q: inout QuestionWords) {
        let comparatives: Set<String> = ["more", "less", "fewer", "bigger", "higher", "lower", "busier", "quieter", "better", "worse", "larger", "smaller", "greater"]
        guard q.words.contains(where: comparatives.contains) else { return }
        // ("which countries had more orders in 2013 than in 2012", "how many bikes sold fewer units in 2013 than in 2012":
        // the things whose two figures compare. Only a yes/no question, or "who ... A or B", is read so.)
        let asksWhich = q.words.contains { ["which", "what", "list"].contains($0) }
        let yesNo = ["do", "does", "did", "is", "are", "was", "were", "have", "has", "who"].contains(q[0])
        guard yesNo else { return }
        func value(_ k: Int) -> (dimension: String, length: Int)? {
            if let y = Lexicon.year(q[k]), y > 1990 { return ("\u{0}year", 1) }
            if let (v, n) = valueSpan(q, k) { return (v.dimension, n) }
            if Lexicon.dayNames.contains(q[k]) || (q[k].hasSuffix("s") && Lexicon.dayNames.contains(String(q[k].dropLast()))) { return ("\u{0}weekday", 1) }
            return nil
        }
        for i in 0..<q.count where comparatives.contains(q[i]) {
            // ("more than 3 orders", "more than 5,000": a threshold.)
            if q[i + 1] == "than", Double(q[i + 2]) != nil || Lexicon.numberWords[q[i + 2]] != nil { continue }
            // "A ... more ... than B": B right after "than", A before the comparative or between it and "than".
            if let t = q.span(i + 1, upTo: i + 6).first(where: { q[$0] == "than" }) {
                guard !asksWhich, !q.words.contains("who") else { continue }
                var b = t + 1
                while ["the", "our", "in", "on", "for", "those", "ones"].contains(q[b]) { b += 1 }
                guard let (dimension, _) = value(b) else { continue }
                let before = (max(0, i - 6)..<i).contains { value($0)?.dimension == dimension }
                let between = ((i + 1)..<t).contains { value($0)?.dimension == dimension }
                guard before || between else { continue }
                // ("sell for more on average than": the words of the comparison go with it.)
                var start = i
                while ["for", "a", "lot", "much", "far"].contains(q[start - 1]) && start > 0 { start -= 1 }
                var end = i + 1
                while end < t, ["on", "average", "often", "frequently", "per"].contains(q[end]), !(q[end] == "per" && q[end + 1] != "") { end += 1 }
                if end == t {
                    q.replace(t..<(t + 1), with: ["vs"])
                    q.replace(start..<end, with: [])
                } else {
                    q.replace(t..<(t + 1), with: ["vs"])
                    q.replace(start..<(i + 1), with: [])
                }
                dropComparisonFrame(&q)
                return
            }
            // "more male or female customers", "who spends more per order, married or single customers".
            for a in (i + 1)..<min(q.count, i + 9) where !asksWhich {
                guard let (dimension, length) = value(a), q[a + length] == "or" else { continue }
                var b = a + length + 1
                // ("more men or more women": the comparative said again.)
                let saidAgain = q[b] == q[i]
                if saidAgain { b += 1 }
                // ("more customers in the UK or in France".)
                if ["in", "from"].contains(q[b]), q[a - 1] == q[b] || (q[a - 1] == "the" && q[a - 2] == q[b]) { b += 1 }
                if q[b] == "the" { b += 1 }
                guard value(b)?.dimension == dimension else { continue }
                if saidAgain { q.replace((a + length + 1)..<(a + length + 2), with: []) }
                q.replace((a + length)..<(a + length + 1), with: ["vs"])
                q.replace(i..<(i + 1), with: [])
                dropComparisonFrame(&q)
                return
            }
            // "do married or single customers spend more per order": the two values named before the comparative.
            for a in max(1, i - 8)..<max(1, i) where !asksWhich {
                guard let (dimension, length) = value(a), q[a + length] == "or" else { continue }
                var b = a + length + 1
                if q[b] == "the" { b += 1 }
                guard let (other, n) = value(b), other == dimension, b + n <= i else { continue }
                q.replace(i..<(i + 1), with: [])
                q.replace((a + length)..<(a + length + 1), with: ["vs"])
                dropComparisonFrame(&q)
                return
            }
        }
    }

    /// "for each calendar month, adding up 2011, 2012 and 2013", "2011, 2012 and 2013 combined": consecutive years summed
    /// together are one period from the first to the last, not years compared side by side.
    func rewriteYearsAddedUp(_ q: inout QuestionWords) {
        let before: [[String]] = [
            ["adding", "up"], ["adding", "together"], ["added", "up"], ["added", "together"], ["summing", "up"], ["summing"], ["summed", "over"],
            ["combining"], ["pooling"], ["lumping", "together"], ["totalled", "over"], ["totaled", "over"], ["totalling"], ["totaling"],
        ]
        let after: [[String]] = [["combined"], ["together"], ["put", "together"], ["added", "together"], ["added", "up"], ["summed"], ["pooled"], ["lumped", "together"], ["in", "total"]]
        // The years listed from `start`: "2011, 2012 and 2013", and where the list ends.
        func years(from start: Int) -> (first: Int, last: Int, end: Int)? {
            var k = start
            var found: [Int] = []
            while let y = Lexicon.year(q[k]), found.last.map({ y == $0 + 1 }) ?? true {
                found.append(y)
                k += 1
                if q[k] == "and" || q[k] == "," { k += 1 }
            }
            if q[k - 1] == "and" { k -= 1 }
            guard found.count >= 2, let first = found.first, let last = found.last else { return nil }
            return (first, last, k)
        }
        for phrase in before {
            guard let i = q.firstIndex(of: phrase) else { continue }
            var k = i + phrase.count
            while ["the", "years", "all", "of"].contains(q[k]) { k += 1 }
            guard let (first, last, end) = years(from: k) else { continue }
            q.replace(i..<end, with: ["from", String(first), "to", String(last)])
            return
        }
        for i in 0..<q.count where Lexicon.year(q[i]) != nil && Lexicon.year(q[i - 1]) == nil && q[i - 1] != "and" {
            guard let (first, last, end) = years(from: i), let phrase = after.first(where: { p in p.indices.allSatisfy { q[end + $0] == p[$0] } }) else { continue }
            q.replace(i..<(end + phrase.count), with: ["from", String(first), "to", String(last)])
            return
        }
    }

    /// "orders per quarter: 2013 next to 2012, one row per quarter": with years compared, one row for each part of the
    /// year puts the years side by side as columns.
    func rewriteOneRowPerPart(_ q: inout QuestionWords) {
        guard Set(q.words.compactMap(Lexicon.year)).count >= 2 else { return }
        for grain in ["quarter", "month", "week", "day"] {
            for phrase in [["one", "row", "per", grain], ["one", "row", "for", "each", grain], ["one", "row", "for", "every", grain], ["a", "row", "per", grain], ["a", "row", "for", "each", grain]] {
                guard let i = q.firstIndex(of: phrase), q.words.indices.contains(where: { ($0 < i || $0 >= i + phrase.count) && [grain, grain + "s"].contains(q[$0]) }) else { continue }
                q.replace(i..<(i + phrase.count), with: ["side", "by", "side"])
                return
            }
        }
    }

    /// "how many of the products we sold in 2012 were still selling in 2013", "2012 customers still buying in 2013": sold
    /// (bought) in the first year and again in the later one.
    func rewriteStillInLaterYear(_ q: inout QuestionWords) {
        guard let i = q.words.firstIndex(of: "still") else { return }
        var k = i + 1
        guard ["selling", "sold", "buying", "bought", "ordering", "ordered", "active", "purchasing", "shopping"].contains(q[k]) else { return }
        k += 1
        guard q[k] == "in", let later = Lexicon.year(q[k + 1]), let earlier = q.words[..<i].compactMap(Lexicon.year).last, earlier < later else { return }
        let start = ["were", "was", "are", "is"].contains(q[i - 1]) ? i - 1 : i
        q.replace(start..<(k + 1), with: ["and", "again", "in"])
    }

    /// "How many one-time buyers do we have in each country? By one-time buyer I mean a customer with exactly one order.":
    /// the definition the words have anyway.
    func dropOneTimeBuyerDefinition(_ q: inout QuestionWords) {
        for i in 0..<q.count where q[i] == "by" && q[i + 1] == "one" && ["time", "off"].contains(q[i + 2]) {
            var k = i + 3
            guard ["buyer", "buyers", "customer", "customers", "shopper", "shoppers"].contains(q[k]) else { continue }
            k += 1
            guard ["i", "we"].contains(q[k]), q[k + 1] == "mean" else { continue }
            k += 2
            while ["a", "any", "customer", "customers", "someone", "buyer", "buyers", "with", "who", "has", "have", "placed", "made", "only", "ever", "exactly", "just"].contains(q[k]) { k += 1 }
            guard ["one", "1", "a", "single"].contains(q[k]) || (q[k - 1] == "a" && q[k] == "single") else { continue }
            k += 1
            if q[k] == "single" { k += 1 }
            guard ["order", "purchase"].contains(q[k]), Self.endsHere(q, k + 1) else { continue }
            q.replace(i..<(k + 1), with: [])
            return
        }
        // "How many one-time buyers do we have, i.e. customers with exactly one order?", "... - customers with exactly one
        // order - by gender": said right after them (or as an aside).
        guard let once = q.firstIndex(of: ["ordered", "only", "once"]) else { return }
        for i in (once + 3)..<max(once + 3, q.count) {
            var marker = q[i] == "i" && q[i + 1] == "e" ? 2 : ["ie", "meaning"].contains(q[i]) ? 1 : q[i] == "that" && q[i + 1] == "is" ? 2 : 0
            let aside = q.asides.first { $0.lowerBound == i }
            if marker == 0, aside != nil { marker = -1 }
            // ("how many one-time buyers do we have - customers with exactly one order - by gender": the dashes are gone.)
            if marker == 0, ["customers", "buyers"].contains(q[i]), ((once + 3)..<i).allSatisfy({ ["do", "we", "have", "are", "there", "got"].contains(q[$0]) }) { marker = -1 }
            guard marker != 0 else { continue }
            var k = i + max(0, marker)
            while ["a", "any", "customer", "customers", "someone", "buyer", "buyers", "with", "who", "has", "have", "placed", "made", "only", "ever", "exactly", "just"].contains(q[k]) { k += 1 }
            guard ["one", "1", "single"].contains(q[k]) || (q[k - 1] == "a" && q[k] == "single") else { continue }
            k += 1
            if q[k] == "single" { k += 1 }
            guard ["order", "purchase"].contains(q[k]), Self.endsHere(q, k + 1) || aside?.upperBound == k + 1 || (marker == -1 && aside == nil) else { continue }
            q.replace(i..<(k + 1), with: [])
            return
        }
    }

    /// "When was the first order placed by a customer from each country?", "on what date did we make its first sale": the
    /// date of the first (last) order asked for, as "the date of the first order" is read (not new customers, not days).
    func rewriteWhenFirstOrder(_ q: inout QuestionWords) {
        guard q.words.contains(where: { ["first", "last", "earliest", "latest", "recent"].contains($0) }) else { return }
        for phrase in [["on", "what", "date", "did"], ["what", "date", "did"], ["on", "which", "date", "did"], ["which", "date", "did"], ["on", "what", "day", "did"], ["what", "day", "did"]] {
            guard let i = q.firstIndex(of: phrase) else { continue }
            q.replace(i..<(i + phrase.count), with: ["when", "did"])
            break
        }
        // "When did customer AW00011125 place their first order?": the date, not a count of new customers.
        if let w = q.firstIndex(of: ["when", "did"]) {
            for k in (w + 2)..<max(w + 2, min(q.count, w + 8)) where ["place", "make", "placed", "made"].contains(q[k]) {
                guard ["their", "his", "her", "its", "our", "the"].contains(q[k + 1]), ["first", "last", "latest"].contains(q[k + 2]) || (q[k + 2] == "most" && q[k + 3] == "recent")
                else { continue }
                let last = q[k + 2] != "first"
                var e = k + (q[k + 2] == "most" ? 4 : 3)
                if q[e] == "ever" { e += 1 }
                // (Said of several people, "their first order" is each one's: not one date.)
                guard ["order", "purchase"].contains(q[e]), !((w + 2)..<k).contains(where: { ["customers", "clients", "buyers", "shoppers", "people"].contains(q[$0]) }) else { continue }
                q.replace(k..<(e + 1), with: [last ? "last" : "first", "order", "date"])
                q.replace(w..<(w + 2), with: ["what", "was", "the"])
                return
            }
        }
        // "on what date was its first sale and on what date its most recent sale": the first and last order dates.
        func dateOf(_ k: Int) -> (last: Bool, end: Int)? {
            var j = k
            if q[j] == "on" { j += 1 }
            guard ["what", "which"].contains(q[j]), ["date", "day"].contains(q[j + 1]) else { return nil }
            j += 2
            if ["was", "is", "were"].contains(q[j]) { j += 1 }
            guard ["its", "the", "their", "our", "his", "her"].contains(q[j]) else { return nil }
            j += 1
            if q[j] == "very" { j += 1 }
            let last: Bool
            if ["first", "earliest"].contains(q[j]) { last = false; j += 1 } else if ["last", "latest"].contains(q[j]) { last = true; j += 1 } else if q[j] == "most", q[j + 1] == "recent" { last = true; j += 2 } else { return nil }
            guard ["sale", "order", "purchase"].contains(q[j]) else { return nil }
            return (last, j + 1)
        }
        for i in 0..<q.count {
            guard let first = dateOf(i) else { continue }
            if q[first.end] == "and", let second = dateOf(first.end + 1), second.last != first.last {
                q.replace(i..<second.end, with: ["what", "was", "the", "first", "and", "last", "order", "date"])
            } else {
                q.replace(i..<first.end, with: ["what", "was", "the", first.last ? "last" : "first", "order", "date"])
            }
            return
        }
        for start in [["when", "was", "the"], ["when", "was", "our"], ["when", "was", "their"], ["when", "was", "its"]] {
            // ("when was the first sale and when was the most recent one": both dates, read together as they are.)
            guard let i = q.firstIndex(of: start), !q.words.dropFirst(i + 1).contains("when") else { continue }
            var k = i + 3
            if q[k] == "very" { k += 1 }
            guard ["first", "last", "earliest", "latest"].contains(q[k]) || (q[k] == "most" && q[k + 1] == "recent") else { continue }
            let which = q[k] == "most" ? ["last"] : [["first", "earliest"].contains(q[k]) ? "first" : "last"]
            k += q[k] == "most" ? 2 : 1
            guard ["order", "sale", "purchase"].contains(q[k]) else { continue }
            var end = k + 1
            // ("... placed by a customer from each country": whoever placed it.)
            if ["placed", "made"].contains(q[end]) {
                end += 1
                if q[end] == "by", ["a", "any"].contains(q[end + 1]), Lexicon.peopleWords.contains(q[end + 2]) || q[end + 2] == "customer" { end += 3 }
            }
            q.replace(i..<end, with: ["what", "was", "the"] + which + ["order", "date"])
            return
        }
    }

    /// "the cost of the goods sold (units times the product's catalogue cost)": an aside right after a measure of the
    /// model that spells out its formula in the words such a definition uses; the model's measure is that formula.
    func restatesMeasureFormula(_ q: QuestionWords, _ a: Range<Int>) -> Bool {
        let words = a.map { q[$0] }
        let formula: Set<String> = [
            "units", "unit", "quantity", "quantities", "times", "multiplied", "by", "the", "a", "product", "products", "catalogue", "catalog", "cost", "costs",
            "revenue", "sales", "amount", "minus", "less", "divided", "over", "sum", "of", "each", "line", "lines", "i", "e", "ie", "its", "their", "sold",
        ]
        guard words.contains(where: { ["times", "multiplied", "minus", "less", "divided"].contains($0) }), words.allSatisfy(formula.contains) else { return false }
        return vocabulary.metrics.contains { m in
            m.phrases.contains { p in
                let n = p.split(separator: " ").count
                return a.lowerBound >= n && q.says(p, at: a.lowerBound - n)
            }
        }
    }

    /// "Revenue by month of shipment for everything shipped in 2011 (go by the ship date, not the order date)": with the
    /// ship date named by "shipped", the month of shipment is the month the breakdown reads, and the aside says so again.
    func rewriteShipmentMonth(_ q: inout QuestionWords) {
        // "how many orders did we ship each month": were shipped.
        for phrase in [["did", "we", "ship"], ["do", "we", "ship"], ["have", "we", "shipped"], ["we", "shipped"]] { q.replaceAll(phrase, with: ["were", "shipped"]) }
        guard q.words.contains("shipped") else { return }
        // "... going by the ship date": the date "shipped" names, said again.
        for lead in [["going", "by"], ["go", "by"], ["using"], ["based", "on"], ["by"]] {
            for date in [["ship", "date"], ["shipping", "date"], ["shipment", "date"], ["date", "shipped"]] {
                q.replaceAll(lead + ["the"] + date, with: [])
                q.replaceAll(lead + date, with: [])
            }
        }
        for phrase in [["everything", "shipped"], ["anything", "shipped"], ["all", "orders", "shipped"]] { q.replaceAll(phrase, with: ["shipped"]) }
        for grain in ["month", "quarter", "year", "week", "day"] {
            q.replaceAll([grain, "of", "shipment"], with: [grain])
            q.replaceAll([grain, "of", "shipping"], with: [grain])
            q.replaceAll(["shipment", grain], with: [grain])
            q.replaceAll(["ship", grain], with: [grain])
        }
        for a in q.asides.reversed() {
            let words = a.map { q[$0] }
            guard words.contains(where: { ["ship", "shipping", "shipment"].contains($0) }), words.contains("not"), words.contains("order"),
                words.allSatisfy({ ["go", "by", "use", "using", "the", "ship", "shipping", "shipment", "date", "not", "order", "dates", "based", "on"].contains($0) })
            else { continue }
            q.replace(a, with: [])
        }
    }

    /// "customers with 3 or more orders - what's their average total spend": each customer's total, averaged over them
    /// (as "average lifetime spend" is read).
    func rewriteAverageTotalSpend(_ q: inout QuestionWords) {
        guard q.words.contains(where: { Lexicon.peopleWords.contains($0) }) else { return }
        for i in 0..<q.count where ["average", "avg", "mean"].contains(q[i]) && q[i + 1] == "total" && ["spend", "spending", "spent"].contains(q[i + 2]) {
            guard !["per", "of", "by"].contains(q[i + 3]) || Lexicon.peopleWords.contains(q[i + 4]) || Lexicon.peopleWords.contains(q[i + 5]) else { continue }
            q.replace((i + 1)..<(i + 2), with: ["lifetime"])
            return
        }
    }

    /// "Summer sales (June, July and August) for each year": a season named with its months; the months say which (a
    /// season alone is not guessed: it differs between hemispheres).
    func dropSeasonOfNamedMonths(_ q: inout QuestionWords) {
        for i in 0..<q.count where ["summer", "winter", "spring", "autumn", "fall"].contains(q[i]) {
            var k = i + 1
            while ["sales", "revenue", "months", "season", "period", "i", "e", "ie", "meaning", "so"].contains(q[k]) { k += 1 }
            guard Lexicon.months[q[k]] != nil, Lexicon.months[q[k + 1]] != nil || ["and", "to", "through"].contains(q[k + 1]) else { continue }
            q.replace(i..<(i + 1), with: [])
            return
        }
    }

    /// "how many orders did we take per day on average": the same as "on average, how many orders ... per day", the
    /// average of each day's count, which is read when "on average" comes first.
    func rewriteCountPerPeriodOnAverage(_ q: inout QuestionWords) {
        let grains: Set<String> = ["day", "week", "month", "quarter", "year"]
        // ("how many orders a day did we average": the same, said with "average" as the verb.)
        if let h = q.firstIndex(of: ["how", "many"]), let v = q.firstIndex(of: ["did", "we", "average"]) ?? q.firstIndex(of: ["do", "we", "average"]), v > h,
            let a = (h..<v).first(where: { ["a", "per"].contains(q[$0]) && grains.contains(q[$0 + 1]) })
        {
            q.replace((v + 2)..<(v + 3), with: ["get"])
            q.replace(a..<(a + 1), with: ["per"])
            q.replace(h..<h, with: ["on", "average"])
            return
        }
        guard let h = q.firstIndex(of: ["how", "many"]), h < 4,
            let i = ((h + 2)..<max(h + 2, q.count)).first(where: { q[$0] == "per" && grains.contains(q[$0 + 1]) && q[$0 + 2] == "on" && q[$0 + 3] == "average" })
        else { return }
        q.replace((i + 2)..<(i + 4), with: [])
        q.replace(h..<h, with: ["on", "average"])
    }

    /// "is it true (that) ...", "... on each", "for both": the frame of a yes/no comparison, once it is "A vs B".
    private func dropComparisonFrame(_ q: inout QuestionWords) {
        if q[0] == "is", q[1] == "it", q[2] == "true" { q.replace(0..<(q[3] == "that" ? 4 : 3), with: []) }
        for phrase in [["on", "each"], ["for", "each"], ["for", "both"], ["of", "each"], ["in", "each"]] {
            guard let i = q.firstIndex(of: phrase), q.sentenceStarts.contains(i + 2) || Self.endsHere(q, i + 2) else { continue }
            q.replace(i..<(i + 2), with: [])
        }
    }

    /// The words a question proper starts with, after a sentence that defines a term.
    static let questionStarts: Set<String> = ["how", "what", "which", "list", "show", "give", "count", "who", "tell", "whats"]

    private func substituteDefinedTerm(_ q: inout QuestionWords) {
        substituteConditionalTerm(&q)
        guard let m = (1...4).first(where: { ["meaning", "means"].contains(q[$0]) }) else { return }
        let term = (0..<m).map { q[$0] }
        guard let d = q.span(m + 3, upTo: m + 16).first(where: { Self.questionStarts.contains(q[$0]) }) else { return }
        let definition = ((m + 1)..<d).map { q[$0] }
        // The term where the question uses it (a singular said as a plural counts: "big spender", "big spenders").
        func said(at t: Int) -> Bool {
            term.indices.allSatisfy { k in
                q[t + k] == term[k] || (k == term.count - 1 && (q[t + k] == term[k] + "s" || q[t + k] + "s" == term[k]))
            }
        }
        guard let t = (d..<q.count).first(where: said) else { return }
        let rest = (d..<t).map { q[$0] } + definition + ((t + term.count)..<q.count).map { q[$0] }
        q.replace(0..<q.count, with: rest)
    }

    /// "For each full calendar year we've got": every year the data covers from 1 January to 31 December, named as the
    /// span of them (the partial first and last years left out).
    private func rewriteFullYears(_ q: inout QuestionWords) {
        guard let i = (0..<q.count).first(where: { ["each", "every", "per"].contains(q[$0]) && ["full", "complete", "whole"].contains(q[$0 + 1]) }) else { return }
        var k = i + 2
        if q[k] == "calendar" { k += 1 }
        guard ["year", "years"].contains(q[k]), let first = Int(earliestDate.prefix(4)), let last = Int(latestDate.prefix(4)) else { return }
        let from = earliestDate.hasSuffix("-01-01") ? first : first + 1
        let to = latestDate.hasSuffix("-12-31") ? last : last - 1
        guard from <= to else { return }
        var end = k + 1
        // ("we've got", "we have", "in the data": the data's own years, said again.)
        for tail in [["we", "got"], ["we", "have"], ["in", "the", "data"], ["of", "data"]] where tail.indices.allSatisfy({ q[end + $0] == tail[$0] }) {
            end += tail.count
            break
        }
        q.replace(i..<end, with: ["each", "year", "from", String(from), "to", String(to)])
    }

    /// "Treat a customer as high-value if their lifetime revenue is 4,000 or more. How many high-value customers are there
    /// per gender?": the term, where the question uses it, is the people it defines ("customers whose lifetime revenue
    /// is 4,000 or more").
    private func substituteConditionalTerm(_ q: inout QuestionWords) {
        guard ["treat", "count", "call", "consider", "classify", "define"].contains(q[0]), ["a", "an"].contains(q[1]), q[3] == "as",
            let people = ["customer": "customers", "client": "clients", "buyer": "buyers", "shopper": "shoppers"][q[2]],
            let cond = (5..<min(q.count, 9)).first(where: { ["if", "when"].contains(q[$0]) }), ["their", "they"].contains(q[cond + 1])
        else { return }
        let term = (4..<cond).map { q[$0] }
        // (The question proper may start with its groups: "per gender, how many high-value customers".)
        guard let d = q.span(cond + 3, upTo: cond + 16).first(where: { Self.questionStarts.contains(q[$0]) || ["for", "per", "by", "in"].contains(q[$0]) }) else { return }
        // "if their lifetime revenue is ...": whose; "if they placed ...": who.
        let clause = [q[cond + 1] == "their" ? "whose" : "who"] + ((cond + 2)..<d).map { q[$0] }
        // The term said with or without the people after it ("high value customers", "high value ones", "high value").
        guard let t = (d..<q.count).first(where: { t in term.indices.allSatisfy { q[t + $0] == term[$0] } }) else { return }
        var end = t + term.count
        if [q[2], people, "ones", "one"].contains(q[end]) { end += 1 }
        let rest = (d..<t).map { q[$0] } + [people] + clause + (end..<q.count).map { q[$0] }
        q.replace(0..<q.count, with: rest)
    }

    /// "Christmas Day 2013" is 25 December 2013; the days are the same every year, so only they are named here.
    private func rewriteHolidays(_ q: inout QuestionWords) {
        let days: [([String], [String])] = [
            (["christmas", "day"], ["25", "december"]), (["christmas", "eve"], ["24", "december"]), (["boxing", "day"], ["26", "december"]),
            (["new", "years", "eve"], ["31", "december"]), (["new", "years", "day"], ["1", "january"]),
            (["new", "year", "eve"], ["31", "december"]), (["new", "year", "day"], ["1", "january"]),
        ]
        for (phrase, replacement) in days { q.replaceAll(phrase, with: replacement) }
        // "black friday 2013", "cyber monday 2012": the day after the fourth Thursday of November (and the Monday after),
        // in the year said with it.
        for (phrase, after) in [(["black", "friday"], 1), (["cyber", "monday"], 4)] {
            guard let i = q.firstIndex(of: phrase), let y = Int(q[i + 2]), (1900...2100).contains(y) else { continue }
            // Sakamoto's weekday of 1 November (0 = Sunday): the fourth Thursday is 21 days after the first.
            let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
            let weekday = (y + y / 4 - y / 100 + y / 400 + t[10] + 1) % 7
            let thursday = 1 + (4 - weekday + 7) % 7 + 21
            let date = thursday + after
            q.replace(i..<(i + 3), with: date > 30 ? [String(date - 30), "december", String(y)] : [String(date), "november", String(y)])
            // "(29 nov)": the same day said again without its year.
            let said = [String(date), "nov", "november"]
            if said.contains(q[i + 3]), said.contains(q[i + 4]), q[i + 3] != q[i + 4] { q.replace((i + 3)..<(i + 5), with: []) }
        }
        // "Black Friday weekend check: revenue from 29 Nov to 2 Dec 2013": the event names the dates the question gives
        // anyway. Its words are not a colour, a weekday and a day type; without dates of its own it stays unread.
        let datesGiven = (0..<q.count).contains { i in
            Self.dayNumber(q[i]) != nil && q[i].count <= 4 && (Lexicon.months[q[i + 1]] != nil || Lexicon.months[q[i - 1]] != nil)
        }
        // "What did we take in the run-up to Christmas 2013, from 27 November to 24 December": the season named, then its
        // dates; the season's year goes with dates said without one.
        let seasons: [[String]] = [
            ["run", "up", "to", "christmas"], ["lead", "up", "to", "christmas"], ["christmas", "season"], ["holiday", "season"], ["festive", "season"],
            ["christmas", "period"], ["pre", "christmas", "period"], ["pre", "christmas"],
        ]
        for phrase in seasons where datesGiven {
            guard let i = q.firstIndex(of: phrase) else { continue }
            var start = i
            if q[start - 1] == "the" { start -= 1 }
            if ["in", "during", "over", "for"].contains(q[start - 1]) { start -= 1 }
            var end = i + phrase.count
            let year = Lexicon.year(q[end])
            if year != nil { end += 1 }
            q.replace(start..<end, with: [])
            if let year, let m = (0..<q.count).last(where: { Lexicon.months[q[$0]] != nil }), Lexicon.year(q[m + 1]) == nil, !q.words.contains(where: { Lexicon.year($0) != nil }) {
                q.replace((m + 1)..<(m + 1), with: [String(year)])
            }
            break
        }
        for phrase in [["black", "friday"], ["cyber", "monday"]] where datesGiven {
            guard let i = q.firstIndex(of: phrase) else { continue }
            let end = ["weekend", "week"].contains(q[i + 2]) ? i + 3 : i + 2
            q.replace(i..<end, with: [])
        }
        // "over christmas and new year, 20 dec 2012 to 5 jan 2013": the season named beside the dates that say it.
        for phrase in [
            ["over", "christmas", "and", "new", "year"], ["over", "christmas", "and", "the", "new", "year"], ["christmas", "and", "new", "year"],
            ["over", "the", "holidays"], ["over", "the", "holiday", "season"], ["over", "christmas"], ["the", "holiday", "season"], ["holiday", "season"],
        ] where datesGiven {
            guard let i = q.firstIndex(of: phrase) else { continue }
            q.replace(i..<(i + phrase.count), with: [])
        }
    }

    /// "the first two weeks of December 2013": its first 14 days, said as two whole dates. "i.e. the 1st to the 14th"
    /// after it says the same days again and goes with it.
    private func rewriteWeeksOfMonth(_ q: inout QuestionWords) {
        for i in 0..<q.count where q[i] == "first" {
            let n = q[i + 1] == "week" ? 1 : (Int(q[i + 1]) ?? Lexicon.numberWords[q[i + 1]] ?? 0)
            let k = q[i + 1] == "week" ? i + 2 : i + 3
            // ("the first ten days of December 2013": days, counted one by one.)
            let unit = q[k - 1] == "days" ? 1 : 7
            guard unit == 1 ? (2...28).contains(n) : (1...4).contains(n), unit == 1 || q[k - 1] == (n == 1 ? "week" : "weeks"), q[k] == "of", Lexicon.months[q[k + 1]] != nil,
                Lexicon.year(q[k + 2]) != nil
            else { continue }
            let (month, year) = (q[k + 1], q[k + 2])
            var end = k + 3
            // "i.e. the 1st to the 14th", "(1st to 7th)": the same days said again.
            let marker = q[end] == "ie" ? 1 : (q[end] == "i" && q[end + 1] == "e" ? 2 : 0)
            // (", the 1st to the 7th": the same, after a comma only.)
            let bare = q[end] == "the" && Self.dayNumber(q[end + 1]) == 1
            if marker > 0 || bare || q.asides.contains(where: { $0.lowerBound == end }) {
                let restated = q.span(end + marker, upTo: end + marker + 6)
                let last = restated.last { Self.dayNumber(q[$0]) != nil }
                let days = restated.compactMap { Self.dayNumber(q[$0]) }
                if let last, days.first == 1, days.last == unit * n, restated.prefix(while: { $0 <= last }).allSatisfy({ Self.dayNumber(q[$0]) != nil || ["the", "to", "through", "until", "till", "and", "from"].contains(q[$0]) }) {
                    end = last + 1
                }
            }
            let start = q[i - 1] == "the" ? i - 1 : i
            if q[end] == "inclusive" || (q[end] == "both" && ["included", "inclusive"].contains(q[end + 1])) { end += q[end] == "both" ? 2 : 1 }
            q.replace(start..<end, with: ["from", "1", month, year, "to", String(unit * n), month, year])
            return
        }
    }

    /// Days of one month given as a span, "25-31 December 2013", "between 25 and 31 December 2013", "December
    /// 25-31, 2013": said as two whole dates, "from 25 December 2013 to 31 December 2013", which the day dates read.
    private func rewriteDayRanges(_ q: inout QuestionWords) {
        func day(_ w: String) -> Int? { w.count <= 4 ? Self.dayNumber(w) : nil }
        // "between the 1st and the 7th of December": the articles carry nothing.
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "the" && day(q[i + 1]) != nil && ["between", "from", "and", "to", "until", "till"].contains(q[i - 1]) {
            q.replace(i..<(i + 1), with: [])
        }
        func year(_ w: String) -> Bool { w.count == 4 && Int(w) != nil }
        // "the 2013 holiday season, 15 November to 31 December": a range of days with no year of its own is in the one year
        // the question names (which then names nothing else).
        let years = (0..<q.count).filter { year(q[$0]) && Lexicon.months[q[$0 - 1]] == nil && day(q[$0 - 1]) == nil }
        if years.count == 1, Set(q.words.filter(year)).count == 1,
            let i = (0..<q.count).first(where: { k in
                day(q[k]) != nil && Lexicon.months[q[k + 1]] != nil && ["to", "until", "till", "through", "thru"].contains(q[k + 2]) && day(q[k + 3]) != nil
                    && Lexicon.months[q[k + 4]] != nil && !year(q[k + 5])
            }), let p = years.first, p < i || p > i + 4
        {
            let y = q[p]
            q.replace(i..<(i + 5), with: [q[i], q[i + 1], y, "to", q[i + 3], q[i + 4], y])
            q.replace(p..<(p + 1), with: [])
        }
        // "up to and including 15 December", "up to and incl. 15 dec": the end day is in.
        for phrase in [["up", "to", "and", "including"], ["up", "to", "and", "incl"], ["up", "until", "and", "including"]] { q.replaceAll(phrase, with: ["to"]) }
        // "the first week of December 2013": its days 1 to 7 ("the last week": the month's last seven days).
        let weeks = ["first": 1, "1st": 1, "second": 8, "2nd": 8, "third": 15, "3rd": 15, "fourth": 22, "4th": 22]
        for i in 0..<q.count where q[i + 1] == "week" && q[i + 2] == "of" && Lexicon.months[q[i + 3]] != nil && year(q[i + 4]) {
            guard let m = Lexicon.months[q[i + 3]], let y = Int(q[i + 4]) else { continue }
            let length = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
            guard let first = q[i] == "last" ? length - 6 : weeks[q[i]] else { continue }
            let start = q[i - 1] == "the" ? i - 1 : i
            var end = i + 5
            // "..., i.e. from the 1st to the 7th inclusive", "(1st to 7th)": the same days, restated.
            var k = end
            if q[k] == "i", q[k + 1] == "e" { k += 2 } else if q[k] == "ie" || q[k] == "so" || q[k] == "meaning" { k += 1 } else if q[k] == "that", q[k + 1] == "is" { k += 2 }
            if q[k] == "from" || q[k] == "between" { k += 1 }
            if q[k] == "the" { k += 1 }
            if day(q[k]) == first, ["to", "and", "till", "until", "through", "thru"].contains(q[k + 1]) {
                var l = k + 2
                if q[l] == "the" { l += 1 }
                if day(q[l]) == first + 6 {
                    end = l + 1
                    if ["inclusive", "included"].contains(q[end]) { end += 1 }
                }
            }
            q.replace(start..<end, with: ["from", String(first), q[i + 3], q[i + 4], "to", String(first + 6), q[i + 3], q[i + 4]])
            break
        }
        var i = 0
        while i < q.count {
            defer { i += 1 }
            var first: Int?
            var last: Int?
            var month = ""
            var lastMonth: String?
            var end = i
            let parts = q[i].split(separator: "-")
            if parts.count == 2, let a = day(String(parts[0])), let b = day(String(parts[1])) {
                // "25-31 December 2013"
                first = a
                last = b
                var j = i + 1
                if q[j] == "of" { j += 1 }
                if Lexicon.months[q[j]] != nil, year(q[j + 1]) {
                    month = q[j]
                    end = j + 2
                }
            } else if let a = day(q[i]), ["to", "and", "till", "until", "through", "thru"].contains(q[i + 1]), let b = day(q[i + 2]) {
                // "between 25 and 31 December 2013", "from 1 to 28 January 2014"
                var j = i + 3
                if q[j] == "of" { j += 1 }
                if Lexicon.months[q[j]] != nil, year(q[j + 1]) {
                    first = a
                    last = b
                    month = q[j]
                    end = j + 2
                }
            } else if let a = day(q[i]), Lexicon.months[q[i + 1]] != nil, ["to", "till", "until", "through", "thru"].contains(q[i + 2]), let b = day(q[i + 3]),
                Lexicon.months[q[i + 4]] != nil, year(q[i + 5])
            {
                // "10 nov to 24 dec 2013": the year said once, at the end.
                first = a
                last = b
                month = q[i + 1]
                lastMonth = q[i + 4]
                end = i + 6
            } else if Lexicon.months[q[i]] != nil, let a = day(q[i + 1]), ["to", "till", "until", "through", "thru"].contains(q[i + 2]), Lexicon.months[q[i + 3]] != nil,
                let b = day(q[i + 4]), year(q[i + 5])
            {
                // "from dec 24 to dec 31 2013", "nov 15 through dec 31 2013"
                first = a
                last = b
                month = q[i]
                lastMonth = q[i + 3]
                end = i + 6
            } else if Lexicon.months[q[i]] != nil, q[i + 1].split(separator: "-").count == 2 {
                // "December 25-31 2013"
                let parts = q[i + 1].split(separator: "-")
                if let a = day(String(parts[0])), let b = day(String(parts[1])), year(q[i + 2]) {
                    first = a
                    last = b
                    month = q[i]
                    end = i + 3
                }
            }
            if first == nil, Int(q[i]) == nil, Int(q[i + 1]) == nil, let a = day(q[i]), let b = day(q[i + 1]), Lexicon.months[q[i + 2]] != nil, year(q[i + 3]) {
                // "10th-20th November 2013" (the hyphen between two ordinals is gone by now)
                first = a
                last = b
                month = q[i + 2]
                end = i + 4
            }
            let months = (Lexicon.months[month] ?? 0, lastMonth.flatMap { Lexicon.months[$0] } ?? Lexicon.months[month] ?? 0)
            guard let a = first, let b = last, !month.isEmpty, months.0 < months.1 || (months.0 == months.1 && a < b) else { continue }
            let yearWord = q[end - 1]
            let start = ["from", "between"].contains(q[i - 1]) ? i - 1 : i
            q.replace(start..<end, with: ["from", String(a), month, yearWord, "to", String(b), lastMonth ?? month, yearWord])
            i = start + 7
        }
        // "the first week of jan 2014, 1st to 7th": the days of a range just said, said again.
        for i in stride(from: q.count - 1, through: 8, by: -1) where q[i - 8] == "from" && q[i - 4] == "to" && year(q[i - 1]) && day(q[i]) != nil {
            guard day(q[i]) == day(q[i - 7]), ["to", "through", "till", "until"].contains(q[i + 1]), day(q[i + 2]) == day(q[i - 3]) else { continue }
            q.replace(i..<(i + 3), with: [])
        }
    }

    /// "How many one-off shoppers do we have, i.e. customers who only ever placed a single order?": once both halves are
    /// said in the same words, the second (after "i.e.", "that is", "meaning") says nothing new.
    /// "top 3 products ... - if there's a tie for 3rd keep all of them", "if there's a tie for 10th place include everyone
    /// tied": what every ranking does (ties at the cut-off are kept), said for the cut-off the question names.
    /// "If several share the top cost, show them all", "if two are tied, list both", "if people tie, show all of them":
    /// ties are always kept.
    private func dropSharedPlaceClause(_ q: inout QuestionWords) {
        guard
            let i = (0..<q.count).first(where: { i in
                q[i] == "if"
                    && ((["several", "many", "multiple", "more", "two", "some", "any"].contains(q[i + 1])
                        && (["share", "tie"].contains(q[i + 2]) || (q[i + 2] == "are" && q[i + 3] == "tied") || (["products", "customers", "of", "things"].contains(q[i + 2]) && ["share", "tie"].contains(q[i + 3]))))
                        // "if people tie, show all of them"
                        || ((Lexicon.peopleWords.contains(q[i + 1]) || Lexicon.productWords.contains(q[i + 1])) && q[i + 2] == "tie"))
            })
        else { return }
        let keep: [[String]] = [["them", "all"], ["all", "of", "them"], ["every", "one"], ["everyone"], ["both"], ["all"]]
        for j in (i + 3)..<max(i + 3, min(q.count, i + 14)) where ["show", "list", "include", "keep", "return", "give"].contains(q[j]) {
            if let phrase = keep.first(where: { p in p.indices.allSatisfy { q[j + 1 + $0] == p[$0] } }) {
                q.replace(i..<(j + 1 + phrase.count), with: [])
                return
            }
        }
    }

    private func dropTieClause(_ q: inout QuestionWords) {
        rewriteTiedAtPlace(&q)
        dropCountedOnce(&q)
        guard let i = (0..<q.count).first(where: { q[$0] == "if" && q[$0 + 1] == "there" }) else { return }
        var j = i + 2
        if ["is", "are", "s"].contains(q[j]) { j += 1 }
        if q[j] == "a" { j += 1 }
        guard ["tie", "ties"].contains(q[j]) else { return }
        j += 1
        if ["for", "at", "in"].contains(q[j]) {
            j += 1
            if q[j] == "the" { j += 1 }
            // The place named is the ranking's own cut-off.
            let place = String(q[j].prefix { $0.isNumber })
            guard let n = Int(place), q.words.contains(String(n)) || Lexicon.numberWords.contains(where: { $0.value == n && q.words.contains($0.key) })
            else { return }
            j += 1
            if q[j] == "place" { j += 1 }
        }
        let keep: [[String]] = [
            ["keep", "all", "of", "them"], ["keep", "them", "all"], ["keep", "all"], ["keep", "them"], ["include", "everyone", "tied"],
            ["include", "all", "of", "them"], ["include", "them", "all"], ["include", "them"], ["include", "all"], ["show", "all", "of", "them"],
            ["show", "them", "all"], ["show", "all"], ["list", "them", "all"], ["include", "every", "one"], ["include", "each", "of", "them"],
        ]
        guard let phrase = keep.first(where: { p in p.indices.allSatisfy { q[j + $0] == p[$0] } }) else { return }
        q.replace(i..<(j + phrase.count), with: [])
    }

    /// "Count each customer once per product", "counting each order once per quarter": what a count of distinct things per
    /// group does anyway.
    private func dropCountedOnce(_ q: inout QuestionWords) {
        for i in stride(from: q.count - 1, through: 0, by: -1) where ["count", "counting", "counted"].contains(q[i]) && ["each", "every"].contains(q[i + 1]) {
            guard Lexicon.peopleWords.contains(q[i + 2]) || Lexicon.productWords.contains(q[i + 2]) || ["buyer", "order", "orders"].contains(q[i + 2]), q[i + 3] == "once"
            else { continue }
            var end = i + 4
            if ["per", "in", "for", "within"].contains(q[end]) {
                var k = end + 1
                if ["each", "every", "a", "the"].contains(q[k]) { k += 1 }
                let things: Set<String> = ["product", "category", "subcategory", "quarter", "month", "year", "country", "group", "band", "day", "week", "line", "gender", "cohort", "segment"]
                guard things.contains(q[k]) || (q[k].hasSuffix("s") && things.contains(String(q[k].dropLast()))) else { continue }
                end = k + 1
                // ("... once per category they bought from": the rest of the clause says the same.)
                if q[end] == "they", ["bought", "ordered", "purchased"].contains(q[end + 1]) { end += q[end + 2] == "from" ? 3 : 2 }
            }
            q.replace(i..<end, with: [])
        }
    }

    /// "include every product tied at third place", "include any order tied at fifth place", "keeping all tied for 10th":
    /// ties at the cut-off, which every ranking keeps, said for the cut-off the question names ("include ties").
    private func rewriteTiedAtPlace(_ q: inout QuestionWords) {
        let places = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twentieth": 20]
        for t in 0..<q.count where ["tied", "tying", "ties"].contains(q[t]) && ["at", "for", "in"].contains(q[t + 1]) {
            var j = t + 2
            if q[j] == "the" { j += 1 }
            let digits = String(q[j].prefix { $0.isNumber })
            guard let n = places[q[j]] ?? (digits.isEmpty || digits.count == q[j].count ? nil : Int(digits)),
                q.words.contains(String(n)) || Lexicon.numberWords.contains(where: { $0.value == n && q.words.contains($0.key) })
            else { continue }
            j += 1
            if q[j] == "place" || q[j] == "position" { j += 1 }
            // Back to the verb: "include (every|any|all) (product|order|one|of those)".
            var i = t - 1
            while i > t - 4,
                ["every", "any", "all", "each", "one", "ones", "of", "those", "them", "everyone", "anyone", "the"].contains(q[i]) || Lexicon.productWords.contains(q[i])
                    || Lexicon.peopleWords.contains(q[i]) || ["order", "orders", "country", "countries", "month", "months"].contains(q[i])
            {
                i -= 1
            }
            let verb = ["include", "including", "keep", "keeping", "show", "showing", "with", "plus"].contains(q[i])
            guard verb || q[t] == "ties" else { continue }
            // ("ties at 4th place included": the verb after it.)
            let after = ["included", "kept", "shown"].contains(q[j]) ? j + 1 : j
            q.replace((verb ? i : t)..<after, with: ["include", "ties"])
            return
        }
    }

    /// "repeat buyers (meaning 2 or more orders)", "repeat customers, i.e. 2+ orders": what a repeat buyer is, said again.
    private func dropRepeatDefinition(_ q: inout QuestionWords) {
        guard let r = (0..<q.count).first(where: { q[$0] == "repeat" }) else { return }
        for i in (r + 1)..<max(r + 1, q.count) {
            var j = i
            for marker in [["meaning"], ["i", "e"], ["ie"], ["that", "is"], ["defined", "as"], ["with"], ["who", "placed"], ["who", "have", "placed"]]
            where marker.indices.allSatisfy({ q[j + $0] == marker[$0] }) {
                j += marker.count
                break
            }
            // ("i.e. customers with two or more orders": the people named again before what makes them repeat.)
            if j > i, Lexicon.peopleWords.contains(q[j]) {
                for marker in [["with"], ["who", "placed"], ["who", "have", "placed"], ["who", "made"], ["having"]] where marker.indices.allSatisfy({ q[j + 1 + $0] == marker[$0] }) {
                    j += 1 + marker.count
                    break
                }
            }
            // ("more than one order", "at least two orders": the same.)
            if q[j] == "more", q[j + 1] == "than", ["one", "1"].contains(q[j + 2]), ["order", "orders"].contains(q[j + 3]) {
                q.replace(i..<(j + 4), with: [])
                return
            }
            if q[j] == "at", q[j + 1] == "least" { j += 2 }
            guard ["2", "two"].contains(q[j]) else { continue }
            var k = j + 1
            if q[k] == "or", q[k + 1] == "more" { k += 2 } else if q[k] == "plus" { k += 1 } else if q[k] != "orders" { continue }
            guard q[k] == "orders" else { continue }
            q.replace(i..<(k + 1), with: [])
            return
        }
    }

    /// "which calendar month has the fewest orders if we lump all years together": the calendar month pools the years
    /// already, so the phrase restates it.
    private func dropPooledYearsOfCalendarMonths(_ q: inout QuestionWords) {
        guard q.has("calendar month") || q.has("calendar months") || q.has("month of the year") || q.has("months of the year") else { return }
        for phrase in Self.pooledYearsPhrases {
            let words = phrase.split(separator: " ").map(String.init)
            q.replaceAll(words, with: [])
        }
    }

    /// "the number of different customers placing orders": the customers who placed them, as the relative clause is read.
    private func rewritePeoplePlacingOrders(_ q: inout QuestionWords) {
        for i in 1..<max(1, q.count) where ["placing", "making"].contains(q[i]) && Lexicon.peopleWords.contains(q[i - 1]) {
            guard q[i + 1] == "orders" || (["an", "a"].contains(q[i + 1]) && q[i + 2] == "order") else { continue }
            q.replace(i..<(i + 1), with: ["who", "placed"])
            return
        }
    }

    /// "cumulative units sold in 2012, month by month (a year-to-date running total)": within one named year, a running
    /// total is that year's to date; the words restate it and are no period of their own.
    private func dropYearToDateOfRunningTotal(_ q: inout QuestionWords) {
        guard q.words.contains(where: { ["cumulative", "running"].contains($0) }), Set(q.words.compactMap(Lexicon.year)).count == 1 else { return }
        q.replaceAll(["a", "year", "to", "date", "running", "total"], with: ["running", "total"])
        q.replaceAll(["year", "to", "date", "running", "total"], with: ["running", "total"])
        // "2013 year-to-date units at the end of each quarter (running total)": 2013's own running total.
        for i in stride(from: q.count - 1, through: 0, by: -1) where Lexicon.year(q[i]) != nil {
            if q[i + 1] == "year", q[i + 2] == "to", q[i + 3] == "date" { q.replace((i + 1)..<(i + 4), with: []) } else if q[i + 1] == "ytd" { q.replace((i + 1)..<(i + 2), with: []) }
        }
    }

    /// "units per subcategory and where each subcategory ranks within its own category": the rank shown as a column.
    private func rewriteWhereEachRanks(_ q: inout QuestionWords) {
        for i in 3..<max(3, q.count) where q[i] == "ranks" && ["within", "in"].contains(q[i + 1]) && q[i - 3] == "where" && q[i - 2] == "each" {
            q.replace((i - 3)..<(i + 1), with: ["their", "rank"])
            return
        }
    }

    /// "list the repeat customers in Canada", "who are our repeat buyers": people listed are read through the threshold
    /// on each one's own orders ("customers with at least 2 orders"), which lists them; a repeat-buyer count does not.
    private func rewriteListedRepeatBuyers(_ q: inout QuestionWords) {
        guard Self.peopleListed(q), let r = (0..<q.count).first(where: { q[$0] == "repeat" && Lexicon.peopleWords.contains(q[$0 + 1]) }) else { return }
        q.replace(r..<(r + 2), with: ["customers", "with", "at", "least", "2", "orders"])
    }

    /// "running total month by month through 2013, starting in January": a year's own first month, said again.
    private func dropYearStart(_ q: inout QuestionWords) {
        let years = q.words.filter { $0.count == 4 && Int($0).map { (1900...2100).contains($0) } == true }
        guard Set(years).count == 1 else { return }
        for i in 0..<q.count where ["starting", "beginning", "begining"].contains(q[i]) {
            var j = i + 1
            if ["in", "from", "with", "at"].contains(q[j]) { j += 1 }
            guard ["january", "jan"].contains(q[j]), q[j + 1] != years[0], Int(q[j + 1]) == nil, !["to", "till", "until", "through", "and"].contains(q[j + 1]) else { continue }
            q.replace(i..<(j + 1), with: [])
            return
        }
    }

    /// "starting from July", "beginning in Q1 2013", "starting from zero in July", "from July 2013 onwards": where a series
    /// starts, said the one way the period reader knows ("starting July"). "month by month through 2013": the period the
    /// series runs over. "starting July 2013 ... up to January 2014": where the same range ends. Only in a question about a
    /// series over time, so that "products starting in 2013" (a launch year) is not read as a period of sales.
    private func rewriteSeriesStart(_ q: inout QuestionWords) {
        let seriesWords: Set<String> = ["running", "cumulative", "cumulatively", "month", "months", "monthly", "quarter", "quarters", "quarterly", "week", "weekly"]
        guard q.words.contains(where: seriesWords.contains) else { return }
        func isPeriodStart(_ k: Int) -> Bool {
            Lexicon.months[q[k]] != nil || Lexicon.quarter(q[k]) != nil || Lexicon.year(q[k]) != nil || (q[k] == "the" && Lexicon.months[q[k + 1]] == nil)
        }
        for i in stride(from: q.count - 1, through: 0, by: -1) where ["starting", "beginning", "begining", "commencing"].contains(q[i]) {
            guard !Lexicon.peopleWords.contains(q[i - 1]), !Lexicon.productWords.contains(q[i - 1]), !["that", "which", "who"].contains(q[i - 1]) else { continue }
            var j = i + 1
            // ("starting from zero in July": a running total starts at nothing anyway.)
            if ["from", "at"].contains(q[j]), ["zero", "0", "nothing"].contains(q[j + 1]) { j += 2 }
            if ["in", "from", "with", "at", "on"].contains(q[j]) { j += 1 }
            guard j > i + 1 || q[i] != "starting", isPeriodStart(j) else { continue }
            q.replace(i..<j, with: ["starting"])
        }
        // "the cumulative number for the year so far" (one year named): the year's running total, which it is anyway.
        if q.words.contains(where: { ["running", "cumulative", "cumulatively"].contains($0) }), Set(q.words.compactMap(Lexicon.year)).count == 1 {
            for phrase in [["for", "the", "year", "so", "far"], ["in", "the", "year", "so", "far"], ["for", "the", "year", "to", "date"]] { q.replaceAll(phrase, with: []) }
        }
        // "Start from zero at the beginning of 2013": where a running total starts, the period's own start.
        for phrase in [["start", "from", "zero"], ["starting", "from", "zero"], ["start", "at", "zero"], ["starting", "at", "zero"], ["from", "zero"]] {
            q.replaceAll(phrase, with: [])
        }
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "at" && q[i + 1] == "the" && ["beginning", "start"].contains(q[i + 2]) && q[i + 3] == "of" {
            if Lexicon.year(q[i + 4]) != nil { q.replace(i..<(i + 4), with: ["in"]) }
        }
        // "from July 2013 onwards", "from Q3 2013 onward": a start with no end.
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "from" {
            var k = i + 1
            if Lexicon.months[q[k]] != nil {
                k += 1
                if q[k] == "of" { k += 1 }
            } else if Lexicon.quarter(q[k]) != nil {
                k += 1
            } else {
                continue
            }
            guard Lexicon.year(q[k]) != nil, ["onwards", "onward"].contains(q[k + 1]) else { continue }
            q.replace((k + 1)..<(k + 2), with: [])
            q.replace(i..<(i + 1), with: ["starting"])
        }
        // "month by month through 2013", "quarter by quarter through the second half of 2013": the span of the series.
        // ("month by month over 2012": the year, never a threshold of 2012.)
        for i in 1..<max(1, q.count) where ["through", "throughout", "thru"].contains(q[i]) || (q[i] == "over" && Lexicon.year(q[i + 1]) != nil) {
            guard ["month", "months", "quarter", "quarters", "week", "weeks", "monthly", "quarterly", "weekly", "day", "days", "daily"].contains(q[i - 1]), isPeriodStart(i + 1),
                !q.words[..<i].contains(where: { ["from", "starting", "since", "between"].contains($0) })
            else { continue }
            q.replace(i..<(i + 1), with: ["in"])
        }
        // "starting July 2013 ... up to January 2014", "up to and including January 2014": the end of the range started.
        guard let start = q.words.firstIndex(of: "starting") else { return }
        for i in (start + 1)..<max(start + 1, q.count) where q[i] == "up" && q[i + 1] == "to" {
            let length = q[i + 2] == "and" && q[i + 3] == "including" ? 4 : 2
            guard isPeriodStart(i + length), q[i + length] != "the" else { continue }
            q.replace(i..<(i + length), with: ["to"])
            return
        }
    }

    /// "customers that have a most recent order date before July 2013", "with a last purchase date in 2012": the date of
    /// each one's last order, said as "had their last order" (which the recency pass reads). A restatement after "i.e."
    /// ("i.e. nothing ordered since the end of June 2013") says the same again and goes.
    private func rewriteLastOrderDate(_ q: inout QuestionWords) {
        for i in stride(from: q.count - 1, through: 0, by: -1) where ["have", "has", "had", "with", "whose"].contains(q[i]) {
            var k = i + 1
            if ["a", "their", "the", "his", "her"].contains(q[k]) { k += 1 }
            if q[k] == "most", q[k + 1] == "recent" { k += 2 } else if ["latest", "last"].contains(q[k]) { k += 1 } else { continue }
            guard ["order", "purchase"].contains(q[k]), q[k + 1] == "date" else { continue }
            var end = k + 2
            if q[i] == "whose", ["was", "is"].contains(q[end]) { end += 1 }
            let said: [String] = q[i] == "whose" ? ["whose", "last", "order", "was"] : q[i] == "with" ? ["who", "had", "their", "last", "order"] : ["had", "their", "last", "order"]
            q.replace(i..<end, with: said)
        }
        // "made their most recent purchase back in 2012": the same, said with a verb of buying.
        for i in stride(from: q.count - 1, through: 0, by: -1) where ["made", "placed", "had"].contains(q[i]) && ["their", "his", "her"].contains(q[i + 1]) {
            var k = i + 2
            if q[k] == "most", q[k + 1] == "recent" { k += 2 } else if ["latest", "last", "final"].contains(q[k]) { k += 1 } else { continue }
            guard ["order", "purchase"].contains(q[k]) else { continue }
            let end = q[k + 1] == "back" ? k + 2 : k + 1
            q.replace(i..<end, with: ["had", "their", "last", "order"])
            // "... and have not bought since": what a last order in a period means, said again.
            for tail in [
                ["and", "have", "not", "bought", "since"], ["and", "have", "not", "ordered", "since"], ["and", "have", "not", "bought", "anything", "since"],
                ["and", "have", "not", "ordered", "anything", "since"], ["and", "not", "since"], ["and", "nothing", "since"], ["and", "have", "not", "purchased", "since"],
            ] {
                guard let t = (0..<q.count).first(where: { j in tail.indices.allSatisfy { q[j + $0] == tail[$0] } }) else { continue }
                let after = q[t + tail.count] == "then" ? t + tail.count + 1 : t + tail.count
                if after >= q.count { q.replace(t..<after, with: []) }
            }
        }
        guard q.has("last order before") || q.has("last order was before"),
            let ie = (0..<q.count).first(where: { (q[$0] == "i" && q[$0 + 1] == "e") || q[$0] == "ie" || (q[$0] == "that" && q[$0 + 1] == "is") })
        else { return }
        let restated: Set<String> = ["nothing", "ordered", "bought", "purchased", "no", "orders", "order", "purchases", "since", "the", "end", "of", "anything", "not", "have", "has", "they", "placed", "any", "start"]
        let start = q[ie] == "ie" ? ie + 1 : ie + 2
        let rest = q.words[start...]
        guard rest.contains("since"), rest.allSatisfy({ restated.contains($0) || Lexicon.months[$0] != nil || Lexicon.year($0) != nil }) else { return }
        q.replace(ie..<q.count, with: [])
    }

    /// "Only consider bikes that actually sold that year", "only include products which have been sold": what a measure
    /// of sales ranks anyway, said in the one way that is read ("only things that have sold"). A year that is not the
    /// question's own is left alone.
    private func rewriteOnlyWhatSold(_ q: inout QuestionWords) {
        let years = Set(q.words.compactMap(Lexicon.year))
        for i in 0..<q.count where q[i] == "only" || (["consider", "count", "include"].contains(q[i]) && q[i + 1] == "only") {
            var k = i + 1
            if q[i] == "only", ["consider", "count", "include", "counting", "considering", "including"].contains(q[k]) { k += 1 } else if q[i] != "only" { k += 1 }
            if q[k] == "the" { k += 1 }
            let thing = k
            while k < thing + 3, !["that", "which", "who"].contains(q[k]), k < q.count { k += 1 }
            guard k > thing, ["that", "which"].contains(q[k]) else { continue }
            k += 1
            if ["have", "has"].contains(q[k]) { k += 1 }
            if q[k] == "actually" { k += 1 }
            if q[k] == "been" { k += 1 }
            guard q[k] == "sold" else { continue }
            k += 1
            if ["that year", "in that year", "that period", "in that period", "then", "in the period"].contains(where: { q.wordsMatched($0, at: k) != nil }) {
                k += ["that year", "in that year", "that period", "in that period", "then", "in the period"].compactMap { q.wordsMatched($0, at: k) }.max()!
            } else if q[k] == "in", let y = Lexicon.year(q[k + 1]), years == [y] {
                k += 2
            }
            // ("Only subcategories that have actually sold need to appear.")
            for tail in ["need to appear", "need appear", "should appear", "need to be shown", "should be shown", "need to be listed", "are needed"] {
                if let n = q.wordsMatched(tail, at: k) { k += n; break }
            }
            q.replace(i..<k, with: ["only", "things", "that", "have", "sold"])
            return
        }
    }

    /// "and how old were they on 31 January 2014": each one's age as of that date, shown beside them (the date is where
    /// ages are counted from, not a period of sales).
    private func rewriteAgeAsked(_ q: inout QuestionWords) {
        // "customers in Australia who are under 30": people said to be under (over) a number with nothing counted after it
        // are of that age.
        for i in 0..<q.count where ["who", "that"].contains(q[i]) && ["are", "is", "were", "was"].contains(q[i + 1]) && ["under", "over", "below", "above"].contains(q[i + 2]) {
            guard let n = Int(q[i + 3]), (1...120).contains(n), ["", "years", "yrs", "and", "or", "as", "age", "in", "on", "at", "with"].contains(q[i + 4]),
                (0..<i).contains(where: { Lexicon.peopleWords.contains(q[$0]) })
            else { continue }
            q.replace((i + 1)..<(i + 2), with: ["aged"])
        }
        for i in 0..<q.count where q[i] == "how" && q[i + 1] == "old" && ["were", "was", "are", "is"].contains(q[i + 2]) && ["they", "he", "she", "them"].contains(q[i + 3]) {
            let on = i + 4
            let length = q[on] == "as" && q[on + 1] == "of" ? 2 : ["on", "at"].contains(q[on]) ? 1 : 0
            guard length > 0 else { continue }
            q.replace(i..<(on + length), with: ["with", "their", "age", "as", "of"])
            return
        }
    }

    /// "the 2012 cohort", "our 2013 cohort (customers whose first ever order was in 2013)": the customers whose first
    /// order was in that year, said the way the cohort pass reads; an aside that defines it says the same again.
    private func rewriteCohortOfYear(_ q: inout QuestionWords) {
        guard let i = (1..<max(1, q.count)).first(where: { q[$0] == "cohort" && Lexicon.year(q[$0 - 1]) != nil }), let y = Lexicon.year(q[i - 1]) else { return }
        if let aside = q.asides.first(where: { $0.lowerBound == i + 1 }), aside.contains(where: { q[$0] == "first" }), aside.contains(where: { Lexicon.year(q[$0]) == y }),
            !aside.contains(where: { Lexicon.year(q[$0]) != nil && Lexicon.year(q[$0]) != y })
        {
            q.replace(aside, with: [])
        }
        let start = ["the", "our", "that"].contains(q[i - 2]) ? i - 2 : i - 1
        q.replace(start..<(i + 1), with: ["customers", "whose", "first", "order", "was", "in", String(y)])
    }

    /// "How many customers placed at least one order in each of October, November and December 2013?": customers with
    /// orders in every one of consecutive months named, that is in that many different months of their span.
    /// ("revenue in each of October, November and December 2013": a total for each month.)
    private func rewriteInEachOfMonths(_ q: inout QuestionWords) {
        let ofEach = q.words.contains(where: { Lexicon.peopleWords.contains($0) || Lexicon.productWords.contains($0) })
        for i in 0..<q.count where q[i] == "in" && ((q[i + 1] == "each" || q[i + 1] == "all") && q[i + 2] == "of" || q[i + 1] == "every" && q[i + 2] == "one" && q[i + 3] == "of") {
            var k = i + (q[i + 1] == "every" ? 4 : 3)
            var months: [Int] = []
            var words: [String] = []
            while let m = Lexicon.months[q[k]] {
                months.append(m)
                words.append(q[k])
                k += 1
                if q[k] == "and" || q[k] == "or" { k += 1 }
            }
            guard months.count >= 2, let year = Lexicon.year(q[k]), zip(months, months.dropFirst()).allSatisfy({ $1 == $0 + 1 }) else { continue }
            guard ofEach else {
                q.replace(i..<(k + 1), with: ["by", "month", "from", words.first!, "to", words.last!, String(year)])
                return
            }
            q.replace(i..<(k + 1), with: ["in", "at", "least", String(months.count), "different", "months", "from", words.first!, "to", words.last!, String(year)])
            if let o = q.firstIndex(of: ["at", "least", "one", "order"]), o < i { q.replace(o..<(o + 4), with: ["orders"]) }
            return
        }
    }

    /// "march, april and may 2012": consecutive months listed with the year said once are the span they make.
    private func rewriteMonthList(_ q: inout QuestionWords) {
        for i in 0..<q.count where Lexicon.months[q[i]] != nil && Lexicon.year(q[i + 1]) == nil {
            var months = [i]
            var k = i + 1
            while ["and", "or"].contains(q[k]) || Lexicon.months[q[k]] != nil {
                if Lexicon.months[q[k]] != nil { months.append(k) }
                k += 1
            }
            guard months.count >= 3, Lexicon.year(q[k]) != nil else { continue }
            let numbers = months.compactMap { Lexicon.months[q[$0]] }
            guard zip(numbers, numbers.dropFirst()).allSatisfy({ $1 == $0 + 1 }) else { continue }
            q.replace(i..<(k + 1), with: ["from", q[i], q[k], "to", q[months.last!], q[k]])
            break
        }
    }

    /// "cheapest first (same cost -> by name A-Z)", "if two are level, alphabetical by name": rows level on the sort go by
    /// name. Said as "then alphabetically", so that "by name" is not read as a breakdown by name.
    private func rewriteTieBreak(_ q: inout QuestionWords) {
        for i in 0..<q.count where ["same", "equal", "level", "tied", "ties", "tie"].contains(q[i]) {
            var j = i + 1
            // "same cost", "if two are level": at most two words before the name.
            while j < i + 3, !["by", "alphabetical", "alphabetically"].contains(q[j]) { j += 1 }
            var k = j
            if q[k] == "by", q[k + 1] == "name" {
                k += 2
            } else if ["alphabetical", "alphabetically"].contains(q[k]) {
                k += 1
                if q[k] == "by", q[k + 1] == "name" { k += 2 }
            } else {
                continue
            }
            if q[k] == "a", q[k + 1] == "z" { k += 2 } else if q[k] == "a", q[k + 1] == "to", q[k + 2] == "z" { k += 3 }
            var start = i
            if ["if", "when", "where"].contains(q[start - 1]) { start -= 1 } else if ["if", "when", "where"].contains(q[start - 3]), q[start - 1] == "are" { start -= 3 }
            q.replace(start..<k, with: ["then", "alphabetically"])
            return
        }
    }

    /// "sorted by revenue descending, then customer number ascending": the column that orders rows level on the measure,
    /// said without its own direction (ascending, the only one read), so that it is not a second sort.
    /// The column is said as one word of its own, so that it is never read as a breakdown ("by customer number").
    /// ("sorted by surname and then first name" is a sort of a list by its columns, read by the list.)
    private func rewriteTieBreakColumn(_ q: inout QuestionWords) {
        if (0..<q.count).contains(where: { ["sorted", "sort", "ordered", "order"].contains(q[$0]) && q[$0 + 1] == "by" && dimensionPhrase(q, $0 + 2) != nil }) { return }
        // "(by customer number where values are equal)": the column that orders rows level on the measure, said with the
        // condition instead of "then".
        // ("alphabetically by country where counts are equal" is read by `readAlphabeticalTieBreak`.)
        for i in 0..<q.count where q[i] == "by" && !["alphabetically", "alphabetical"].contains(q[i - 1]) {
            let k = ["the", "their"].contains(q[i + 1]) ? i + 2 : i + 1
            guard let (column, n) = dimensionPhrase(q, k), vocabulary.dimension(named: column)?.role != .name, ["where", "when", "if"].contains(q[k + n]),
                let e = q.span(k + n + 1, upTo: k + n + 6).first(where: { Self.levelWords.contains(q[$0]) }),
                ((k + n + 1)..<e).allSatisfy({ ["the", "values", "value", "counts", "figures", "totals", "amounts", "they", "are", "is", "two", "rows", "ones"].contains(q[$0]) })
            else { continue }
            q.replace(i..<(e + 1), with: ["then", Self.tieBreakMark + column])
            return
        }
        for i in 0..<q.count where q[i] == "then" {
            var k = i + 1
            if q[k] == "by" { k += 1 }
            if q[k] == "the" { k += 1 }
            guard let (column, n) = dimensionPhrase(q, k) else { continue }
            let end = k + n
            let after = ["ascending", "asc", "a z", "a to z", "in ascending order", "lowest first", "smallest first"].compactMap { q.wordsMatched($0, at: end) }.first ?? 0
            q.replace(i..<(end + after), with: ["then", Self.tieBreakMark + column])
            return
        }
    }

    /// "for 2011, 2012 and 2013 separately", "2012 and 2013 each": consecutive years taken one by one are a breakdown by
    /// year over their span ("each year from 2011 to 2013"), not periods compared.
    private func rewriteYearsOneByOne(_ q: inout QuestionWords) {
        func year(_ i: Int) -> Int? { Lexicon.year(q[i]) }
        for i in 0..<q.count {
            guard let first = year(i), year(i - 1) == nil, q[i - 1] != "and" else { continue }
            var years = [first]
            var j = i + 1
            while true {
                let k = q[j] == "and" ? j + 1 : j
                guard let y = year(k), y == years.last! + 1 else { break }
                years.append(y)
                j = k + 1
            }
            guard years.count >= 2, ["separately", "individually", "respectively", "each"].contains(q[j]) else { continue }
            var start = i
            if q[i - 1] == "for" || q[i - 1] == "in" { start -= 1 }
            q.replace(start..<(j + 1), with: ["for", "each", "year", "from", String(first), "to", String(years.last!)])
            return
        }
    }

    /// "Running year-to-date revenue at the end of each quarter of 2013": within one named year, a running total from
    /// its start, read at the end of each quarter (month). Over several years a year-to-date figure restarts each
    /// year, which a running total does not, so the words are left as they are there.
    private func rewriteRunningYearToDate(_ q: inout QuestionWords) {
        let cumulative = q.words.contains { ["running", "cumulative", "cumulatively"].contains($0) }
        let toDate = q.has(anyOf: ["year to date", "ytd"])
        guard cumulative || toDate else { return }
        let years = Set(q.words.filter { $0.count == 4 && Int($0).map { (1900...2100).contains($0) } == true })
        // "year-to-date revenue at the close of each quarter of 2013": the year's running total, read at each quarter's end.
        let atEachEnd = (0..<q.count).contains { ["end", "close"].contains(q[$0]) && q[$0 + 1] == "of" && ["each", "every"].contains(q[$0 + 2]) }
        if toDate, !cumulative, years.count == 1, atEachEnd {
            for phrase in [["year", "to", "date"], ["ytd"]] { q.replaceAll(phrase, with: ["running", "total"]) }
        }
        if toDate, cumulative, years.count == 1 {
            for phrase in [["running", "year", "to", "date"], ["cumulative", "year", "to", "date"], ["running", "ytd"], ["cumulative", "ytd"]] {
                q.replaceAll(phrase, with: ["running", "total"])
            }
            // "cumulative 2013 revenue by quarter (year-to-date totals)": an aside that says the running total again.
            for phrase in [["year", "to", "date", "totals"], ["year", "to", "date", "total"], ["year", "to", "date"], ["ytd"]] { q.replaceAll(phrase, with: []) }
        }
        // "at the end of each quarter", "as of each month end": the running total read at each period's end.
        guard q.words.contains(where: { ["running", "cumulative"].contains($0) }) else { return }
        for i in 0..<q.count where ["end", "close"].contains(q[i]) && q[i + 1] == "of" && ["each", "every"].contains(q[i + 2]) {
            let grain = q[i + 3]
            guard ["month", "quarter", "year", "week"].contains(grain) else { continue }
            var start = i
            if q[start - 1] == "the" { start -= 1 }
            if ["at", "by", "as"].contains(q[start - 1]) { start -= 1 }
            q.replace(start..<(i + 4), with: ["by", grain])
            return
        }
    }

    /// "by age band ... Put people with no birth date in their own group": a breakdown keeps the unknown as a group of
    /// its own anyway, so the request says nothing new. Only said of a breakdown (a band list or "by"), and only as a
    /// request of its own at the end, where no filter can be meant.
    private func dropUnknownOwnGroup(_ q: inout QuestionWords) {
        guard q.words.contains(where: { ["by", "per", "band", "bands", "bucket", "buckets", "decade", "group", "groups", "each", "every"].contains($0) }) else { return }
        dropUnknownKeptClause(&q)
        for i in 0..<q.count where ["put", "keep", "show", "leave", "place", "give"].contains(q[i]) {
            var j = i + 1
            guard ["people", "customers", "those", "anyone", "them", "ones", "products", "rows", "the"].contains(q[j]) else { continue }
            while ["people", "customers", "those", "anyone", "ones", "products", "rows", "the"].contains(q[j]) { j += 1 }
            guard ["with", "without", "that", "who"].contains(q[j]) else { continue }
            guard let own = q.span(j + 1, upTo: j + 9).first(where: { ["own", "separate"].contains(q[$0]) }),
                ["group", "band", "bucket", "row", "category", "line"].contains(q[own + 1]), own + 2 == q.count
            else { continue }
            q.replace(i..<q.count, with: [])
            return
        }
        // "..., including customers with no birth date on file": the same, said as an inclusion at the end.
        if let i = (0..<q.count).last(where: { q[$0] == "including" }), ["customers", "people", "those", "products", "anyone"].contains(q[i + 1]),
            ["with", "without"].contains(q[i + 2]), (i + 3..<q.count).contains(where: { ["no", "unknown", "missing", "without"].contains(q[$0]) || q[i + 2] == "without" }),
            q.count - i <= 9, !q.words[..<i].contains(where: { ["under", "over", "above", "below", "older", "younger", "less", "more", "between"].contains($0) })
        {
            q.replace(i..<q.count, with: [])
        }
    }

    /// "Keep the customers whose country is unknown as a row of their own.", "with unknown gender as its own row",
    /// "Products without a category should appear as their own group.", "customers with no birth date go into a separate
    /// unknown band", "Include the group of customers whose country is unknown.": a breakdown keeps its unknown group
    /// anyway, so the clause says nothing new. The clause runs from its sentence's start (or "with", "keep" ...) to the
    /// words that make the group its own; it must name the unknown and nothing else that could filter.
    private func dropUnknownKeptClause(_ q: inout QuestionWords) {
        let unknownWords: Set<String> = ["unknown", "no", "without", "missing", "n"]
        let starters: Set<String> = ["with", "keep", "put", "include", "including", "treat", "place", "and", "show", "leave"]
        func clauseStart(before end: Int) -> Int? {
            let sentence = q.sentenceStarts.last(where: { $0 < end }) ?? 0
            // An imperative that opens its sentence ("Treat products with no category as ...") takes the whole clause;
            // otherwise the clause starts at its last starter ("..., with unknown gender as its own row").
            let imperatives: Set<String> = ["keep", "put", "treat", "place", "include", "leave", "show"]
            let opening = (max(sentence, end - 12)..<end).first { k in imperatives.contains(q[k]) && (k == sentence || ["and", "please"].contains(q[k - 1])) }
            let starter = opening ?? (max(sentence, end - 12)..<end).last(where: { starters.contains(q[$0]) && !imperatives.contains(q[$0]) || ["keep", "put", "treat", "place"].contains(q[$0]) })
            var start = starter ?? sentence
            // ("with their share of the total, unknown status kept as its own line": the clause starts at the unknown
            // value when other words stand between it and the starter.)
            let gap: Set<String> = ["the", "a", "an", "any", "those", "customers", "people", "anyone", "everyone", "products", "rows", "ones", "them", "with", "of"]
            if let u = (start..<end).first(where: { unknownWords.contains(q[$0]) }), u > start + 1, ((start + 1)..<u).contains(where: { !gap.contains(q[$0]) }) {
                start = u
            }
            guard end - start <= 14, (start..<end).contains(where: { unknownWords.contains(q[$0]) }),
                !(start..<end).contains(where: { Double(q[$0]) != nil || ["under", "over", "above", "below", "older", "younger", "between", "than"].contains(q[$0]) })
            else { return nil }
            return start
        }
        var i = 0
        while i < q.count {
            defer { i += 1 }
            // "... as a row of their own", "as its own row", "in a separate (unknown) group", "into a separate band".
            guard ["as", "in", "into"].contains(q[i]) else { continue }
            var k = i + 1
            if ["a", "its", "their", "an"].contains(q[k]) { k += 1 }
            let ownBefore = ["own", "separate"].contains(q[k])
            if ownBefore { k += 1 }
            if q[k] == "unknown" { k += 1 }
            guard ["row", "group", "band", "bucket", "category", "line", "entry"].contains(q[k]) else { continue }
            k += 1
            var own = ownBefore
            if q[k] == "of", ["its", "their"].contains(q[k + 1]), q[k + 2] == "own" {
                own = true
                k += 3
            }
            guard own, var start = clauseStart(before: i) else { continue }
            // ("should appear as their own group", "go into a separate band": the verb goes with the clause.)
            if (start..<i).contains(where: { q.sentenceStarts.contains($0) }) { start = max(start, q.sentenceStarts.last(where: { $0 <= i }) ?? start) }
            q.replace(start..<k, with: [])
            i = start - 1
        }
        // "Include the group of customers whose country is unknown.", "For each gender, including unknown, ...".
        for i in stride(from: q.count - 1, through: 0, by: -1) where ["include", "including"].contains(q[i]) {
            if q[i + 1] == "unknown", q[i + 2] != "", anyDimensionPhrase(q, i + 2) == nil, dimensionSaid(q.words, i - 1) != nil || q[i - 1] == "unknown" || anyDimensionPhrase(q, i - 1) != nil {
                q.replace(i..<(i + 2), with: [])
                continue
            }
            guard q.sentenceStarts.contains(i) || i == 0, q[i + 1] == "the", ["group", "row"].contains(q[i + 2]), q[i + 3] == "of" else { continue }
            let end = q.sentenceStarts.first(where: { $0 > i }) ?? q.count
            guard (i..<end).contains(where: { unknownWords.contains(q[$0]) }), end - i <= 12 else { continue }
            q.replace(i..<end, with: [])
        }
    }

    /// "on the very last day of 2013 (31 December)", "the first day of March 2013": the day itself, written out; a
    /// restatement of the same day right after it ("31 December") is dropped.
    private func rewriteEdgeDays(_ q: inout QuestionWords) {
        for i in 0..<q.count where ["first", "last"].contains(q[i]) && q[i + 1] == "day" && q[i + 2] == "of" {
            var j = i + 3
            if q[j] == "the" { j += 1 }
            var month: Int?
            if let m = Lexicon.months[q[j]] {
                month = m
                j += 1
            }
            guard q[j].count == 4, let y = Int(q[j]), (1900...2100).contains(y) else { continue }
            let m = month ?? (q[i] == "first" ? 1 : 12)
            let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
            let d = q[i] == "first" ? 1 : [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
            guard let name = Lexicon.months.first(where: { $0.value == m && $0.key.count > 3 })?.key else { continue }
            var start = i
            if q[start - 1] == "very" { start -= 1 }
            if q[start - 1] == "the" { start -= 1 }
            var end = j + 1
            // "(31 December)", "(Dec 31)": the same day again.
            if Int(q[end]) == d, Lexicon.months[q[end + 1]] == m {
                end += 2
            } else if Lexicon.months[q[end]] == m, Int(q[end + 1]) == d {
                end += 2
            }
            q.replace(start..<end, with: [String(d), name, String(y)])
            return
        }
    }

    /// "1-28 January 2014 compared with the same days of January 2013", "... the same period a year earlier": the
    /// range of days said before, moved to the month and year named (or a year back), and said in full.
    private func rewriteSameDays(_ q: inout QuestionWords) {
        for i in 0..<q.count where q[i] == "same" && ["days", "period", "dates", "stretch"].contains(q[i + 1]) {
            // The range said before: "from 1 january 2014 to 28 january 2014" (as day ranges are rewritten), or "from
            // 15 nov to 31 dec 2013", the year said once at the end.
            var range: (a: Int, m1: String, b: Int, m2: String, y: Int)?
            for f in stride(from: i - 1, through: 0, by: -1) where q[f] == "from" {
                guard let a = Int(q[f + 1]), Lexicon.months[q[f + 2]] != nil else { continue }
                if let y = Int(q[f + 3]), q[f + 4] == "to", let b = Int(q[f + 5]), Lexicon.months[q[f + 6]] != nil, q[f + 7] == q[f + 3] {
                    range = (a, q[f + 2], b, q[f + 6], y)
                } else if q[f + 3] == "to", let b = Int(q[f + 4]), Lexicon.months[q[f + 5]] != nil, let y = Int(q[f + 6]), Lexicon.year(q[f + 6]) != nil {
                    range = (a, q[f + 2], b, q[f + 5], y)
                }
                break
            }
            guard let range else { continue }
            var month = range.m1
            var newYear: Int?
            var end = i + 2
            if ["of", "in"].contains(q[end]) {
                end += 1
                if Lexicon.months[q[end]] != nil {
                    month = q[end]
                    end += 1
                }
                if q[end].count == 4, let named = Int(q[end]) {
                    newYear = named
                    end += 1
                }
            } else {
                for phrase in ["a year earlier", "a year before", "the year before", "the previous year", "the prior year", "last year", "one year earlier", "a year ago"] {
                    if let n = q.wordsMatched(phrase, at: end) {
                        newYear = range.y - 1
                        end += n
                        break
                    }
                }
            }
            // (Another month is named only for a range within one month: "the same days of November".)
            let oneMonth = Lexicon.months[range.m1] == Lexicon.months[range.m2]
            guard let ny = newYear, ny != range.y || month != range.m1, month == range.m1 || oneMonth else { continue }
            let start = q[i - 1] == "the" ? i - 1 : i
            q.replace(start..<end, with: ["from", String(range.a), month, String(ny), "to", String(range.b), oneMonth ? month : range.m2, String(ny)])
            return
        }
    }

    /// "last year's revenue compared with the year before", "orders last year vs the previous year": the year before is the
    /// year before the one named, which is said as a year ("the previous year" on its own is last year, and would be read
    /// as the same year again). "The same quarter of the previous year" is left to the same-time comparison.
    private func rewriteYearBefore(_ q: inout QuestionWords) {
        // "the first half of last year", "q4 of last year": a part of the last full year, said as the year.
        if let y = Int(latestDate.prefix(4)) {
            for part in [["half", "of"], ["quarter", "of"], ["h1", "of"], ["h2", "of"], ["q1", "of"], ["q2", "of"], ["q3", "of"], ["q4", "of"]] {
                q.replaceAll(part + ["last", "year"], with: part + [String(y - 1)])
            }
        }
        for phrase in [
            ["last", "full", "calendar", "year"], ["last", "full", "year"], ["last", "complete", "year"], ["most", "recent", "full", "year"],
            ["most", "recent", "complete", "year"], ["latest", "full", "year"], ["latest", "complete", "year"], ["last", "calendar", "year"],
        ] {
            q.replaceAll(phrase, with: ["last", "year"])
        }
        let befores = [
            ["the", "year", "before"], ["the", "previous", "year"], ["the", "prior", "year"], ["the", "preceding", "year"], ["the", "year", "prior"],
            ["a", "year", "earlier"], ["one", "year", "earlier"], ["a", "year", "before"], ["previous", "year"], ["prior", "year"],
        ]
        let words = q
        guard
            let (b, n) = (0..<q.count).lazy.compactMap({ i in befores.first { p in p.indices.allSatisfy { words[i + $0] == p[$0] } }.map { (i, $0.count) } }).first,
            !((b - 3)..<b).contains(where: { ["same", "each", "every", "per", "by"].contains(q[$0]) })
        else { return }
        // "each year's revenue and its growth over the previous year", "yearly revenue with the change versus the prior
        // year": every year against the one before it, as "per year ... from the year before" is read.
        let everyYear =
            q.words.contains { ["yearly", "annual", "annually"].contains($0) }
            || (0..<q.count).contains { ["each", "every", "per", "by"].contains(q[$0]) && q[$0 + 1] == "year" }
        if everyYear, q.words.contains(where: { ["growth", "change", "grew", "changed", "increase", "decline", "difference"].contains($0) }) {
            q.replace(b..<(b + n), with: ["the", "year", "before"])
            return
        }
        let named = Set(q.words.compactMap { w -> Int? in w.count == 4 ? Int(w).flatMap { (1900...2100).contains($0) ? $0 : nil } : nil })
        let latest = Int(latestDate.prefix(4)) ?? 0
        let last = (0..<b).first { q[$0] == "last" && q[$0 + 1] == "year" }
        let this = (0..<b).first { q[$0] == "this" && q[$0 + 1] == "year" }
        let anchor: Int
        if named.count == 1, last == nil, this == nil {
            anchor = named.first!
        } else if named.isEmpty, (last == nil) != (this == nil) {
            anchor = last != nil ? latest - 1 : latest
        } else {
            return
        }
        // "how many orders did we get last year, and how many the year before that": two counts, one for each year.
        if zip(q.words, q.words.dropFirst()).filter({ $0 == ("how", "many") }).count == 2 {
            let end = b + n + (q[b + n] == "that" ? 1 : 0)
            q.replace(b..<end, with: [["in", "for", "during"].contains(q[b - 1]) ? "" : "in", String(anchor - 1)].filter { !$0.isEmpty })
            if let i = last ?? this { q.replace(i..<(i + 2), with: ["in", String(anchor)]) }
            return
        }
        // "revenue and number of orders last year vs the year before": several measures side by side for the two years;
        // with no word of change, each year is a row of its own, as "in 2013 vs 2012" is read.
        if measuresNamed(q).count >= 2, !q.words.contains(where: { ["growth", "change", "grew", "changed", "increase", "decline", "difference", "pct", "percent", "percentage"].contains($0) }) {
            q.replace(b..<(b + n), with: [String(anchor - 1)])
            if let i = last ?? this { q.replace(i..<(i + 2), with: [String(anchor)]) }
            return
        }
        // Said as the comparison with the year before is read ("2013 compared with the year before"): both years and the change.
        q.replace(b..<(b + n), with: ["the", "year", "before"])
        if ["with", "to"].contains(q[b - 1]), ["compare", "compares"].contains(q[b - 2]) { q.replace((b - 2)..<(b - 1), with: ["compared"]) }
        if let i = last ?? this { q.replace(i..<(i + 2), with: [String(anchor)]) }
    }

    /// "In which years were our oldest and our youngest customers born?", "what year was the oldest customer born in":
    /// the birth year of those named, asked as the number it is ("our oldest and our youngest customers' birth years").
    private func rewriteBirthYearAsked(_ q: inout QuestionWords) {
        guard let b = (0..<q.count).first(where: { q[$0] == "born" }) else { return }
        var start = 0
        if q[start] == "in" { start += 1 }
        guard ["which", "what"].contains(q[start]), ["year", "years"].contains(q[start + 1]), ["was", "were"].contains(q[start + 2]),
            start + 3 < b, q[b + 1].isEmpty || (q[b + 1] == "in" && q[b + 2].isEmpty)
        else { return }
        let named = Array(q.words[(start + 3)..<b])
        q.replace(0..<q.count, with: named + ["birth", q[start + 1]])
    }

    /// "Count the partial January 2014 like any other month": a partial period is counted as it stands anyway, so the
    /// remark says nothing new. (Leaving it out, "exclude the partial month", is not this and stays unread.)
    /// "which country's buyers place the most orders on average": an average over the people named, each one's own count,
    /// as "the most orders per customer" is. (With no people named the average would be of nothing said.)
    private func rewriteMostOnAverage(_ q: inout QuestionWords) {
        guard let a = q.firstIndex(of: ["on", "average"]), a >= 3, Self.endsHere(q, a + 2) else { return }
        guard ["orders", "units", "items", "purchases", "products"].contains(q[a - 1]), ["most", "fewest", "least"].contains(q[a - 2]) || ["most", "fewest", "least"].contains(q[a - 3]),
            let people = q.words[..<(a - 2)].lastIndex(where: { Lexicon.peopleWords.contains($0) || $0 == "buyer" })
        else { return }
        let person = q[people].hasSuffix("s") ? String(q[people].dropLast()) : q[people]
        q.replace(a..<(a + 2), with: ["per", person == "people" || person == "peopl" ? "customer" : person])
    }

    /// "the 3 clothing items that sold the most units", "the 2 countries with the fewest orders": a top (bottom) N, as
    /// "the top 3 clothing items" is.
    private func rewriteCountBeforeMost(_ q: inout QuestionWords) {
        for i in 0..<q.count where q[i] == "the" && q.isFree(i + 1) {
            guard let n = Int(q[i + 1]), (2...100).contains(n), !["top", "bottom"].contains(q[i - 1]) else { continue }
            guard let clause = ((i + 3)...(i + 6)).first(where: { ["who", "that", "which", "with"].contains(q[$0]) }) else { continue }
            guard let end = ((clause + 1)...(clause + 6)).first(where: { ["most", "fewest", "least", "highest", "lowest", "biggest", "smallest"].contains(q[$0]) }) else { continue }
            // (Not "the 3 customers who spent more than 5,000", nor "the 2 years that ...": a ranking word is needed.)
            guard !(clause..<end).contains(where: { ["than", "not", "never"].contains(q[$0]) }) else { continue }
            let low = ["fewest", "least", "lowest", "smallest"].contains(q[end])
            q.replace(i..<(i + 1), with: ["the", low ? "bottom" : "top"])
            return
        }
    }

    /// "in which month of 2013 did we sell the most touring bikes": the most units of them (the things sold are named, the
    /// measure is not). "Which bikes sold the most" names no things after it and is left as it is.
    private func rewriteSellTheMost(_ q: inout QuestionWords) {
        for i in 0..<q.count where ["sell", "sold", "sells"].contains(q[i]) && q[i + 1] == "the" && ["most", "fewest", "least"].contains(q[i + 2]) {
            let k = i + 3
            guard let (value, _) = valueSpan(q, k), vocabulary.dimension(named: value.dimension)?.table == productsTable else { continue }
            q.replace(k..<k, with: ["units", "of"])
            return
        }
    }

    /// "fewer units in the second half of 2013 than in the first half": the half set against the first takes its year.
    private func rewriteHalfWithoutItsYear(_ q: inout QuestionWords) {
        for i in 0..<q.count where q[i] == "than" {
            var k = i + 1
            if q[k] == "in" { k += 1 }
            if q[k] == "the" { k += 1 }
            guard ["first", "second"].contains(q[k]), q[k + 1] == "half", Lexicon.year(q[k + 2]) == nil,
                let year = (0..<i).compactMap({ j -> String? in ["h1", "h2"].contains(q[j]) && Lexicon.year(q[j + 1]) != nil ? q[j + 1] : nil }).last
            else { continue }
            q.replace((i + 1)..<(k + 2), with: ["in", q[k] == "first" ? "h1" : "h2", year])
            return
        }
    }

    /// "in which country do customers spend the most per order, on average": the highest spend per order, a measure of
    /// the model ("average order value"), ranked over the column named. The people of each country are its customers.
    private func rewriteSpendTheMost(_ q: inout QuestionWords) {
        var spentPer = false
        defer {
            // "Which 5 German customers spent the most in 2013? Give their 2013 spend and their AOV": the ranking is by
            // what they spent, whatever else is shown beside it.
            if !spentPer, let i = (0..<q.count).first(where: { ["spend", "spends", "spent"].contains(q[$0]) && q[$0 + 1] == "the" && ["most", "least"].contains(q[$0 + 2]) }),
                !["per", "on"].contains(q[i + 3]), !(max(0, i - 2)..<i).contains(where: { q[$0] == "who" }),
                (0..<i).contains(where: { Lexicon.peopleWords.contains(q[$0]) || dimensionNamed(q.words, $0) != nil })
            {
                q.replace(i..<(i + 3), with: ["had", "the", q[i + 2] == "most" ? "highest" : "lowest", "revenue"])
            }
        }
        for i in 0..<q.count where ["spend", "spends", "spent"].contains(q[i]) {
            var k = i + 1
            if q[k] == "the" { k += 1 }
            guard ["most", "least"].contains(q[k]) else { continue }
            var per = k + 1
            if q[per] == "on", q[per + 1] == "average" { per += 2 }
            guard q[per] == "per", ["order", "customer", "buyer", "head", "person"].contains(q[per + 1]) else { continue }
            q.replace(i..<per, with: ["have", "the", q[k] == "most" ? "highest" : "lowest", "spend"])
            spentPer = true
            // ("on average" said after "per order" is the same average.)
            if let a = q.firstIndex(of: ["on", "average"]), Self.endsHere(q, a + 2) { q.replace(a..<(a + 2), with: []) }
            if let w = (0..<i).first(where: { q[$0] == "which" }), let d = dimensionNamed(q.words, w + 1), vocabulary.dimension(named: d)?.table == customersTable,
                let p = ((w + 2)..<min(i, w + 5)).first(where: { Lexicon.peopleWords.contains(q[$0]) }), ["do", "did", "does"].contains(q[p - 1])
            {
                q.replace(p..<(p + 1), with: [])
            }
            return
        }
    }

    /// "... under 40, 40-59, 60 and over, plus a row for customers whose age we don't know": the unknown row, which age
    /// bands have anyway (said against each other, "A vs B", they would not). "for three groups: under 40, ...": the
    /// number of the bands listed.
    private func dropUnknownAgeRow(_ q: inout QuestionWords) {
        guard q.words.contains(where: { ["under", "over", "below", "above", "older", "younger"].contains($0) }) else { return }
        let unknown: [[String]] = [
            ["whose", "age", "we", "dont", "know"], ["whose", "age", "is", "unknown"], ["whose", "age", "we", "do", "not", "know"], ["with", "no", "birth", "date"],
            ["without", "a", "birth", "date"], ["with", "unknown", "age"], ["of", "unknown", "age"], ["with", "no", "known", "age"], ["whose", "birth", "date", "we", "dont", "have"],
        ]
        for phrase in unknown {
            guard let j = q.firstIndex(of: phrase) else { continue }
            let lead: Set<String> = ["customers", "people", "those", "anyone", "buyers", "for", "row", "a", "one", "group", "line", "separate", "own", "their", "plus", "and", "as", "with", "also"]
            var start = j
            while start > 0, lead.contains(q[start - 1]) { start -= 1 }
            // ("and customers whose age we don't know" right after the last band, or "plus a row for ...": not a filter.)
            guard start < j, ["plus", "and", "also", "with"].contains(q[start]) || q[start] == "a" else { return }
            q.replace(start..<(j + phrase.count), with: [])
            break
        }
        for i in 0..<q.count where ["two", "three", "four", "five", "2", "3", "4", "5"].contains(q[i]) && ["groups", "bands", "brackets", "buckets"].contains(q[i + 1]) {
            let start = q[i - 1] == "for" || q[i - 1] == "in" || q[i - 1] == "into" ? i - 1 : i
            q.replace(start..<(i + 2), with: [])
            break
        }
    }

    /// "with the most recent birth year at the top": the sort order. "Counting 2013 purchases only, who ...": the year.
    /// "both on the same row": side by side. "cost recorded as zero", "zero cost": a cost of 0.
    private func rewriteSmallPhrasesOfThisRound(_ q: inout QuestionWords) {
        let high: Set<String> = ["most", "latest", "newest", "highest", "biggest", "largest", "youngest"]
        let low: Set<String> = ["oldest", "earliest", "lowest", "smallest", "least"]
        for i in 0..<q.count where q[i] == "at" && q[i + 1] == "the" && ["top", "bottom"].contains(q[i + 2]) {
            guard let w = (max(0, i - 7)..<i).first(where: { q[$0] == "with" && q[$0 + 1] == "the" }), high.contains(q[w + 2]) || low.contains(q[w + 2]) else { continue }
            let highFirst = high.contains(q[w + 2]) == (q[i + 2] == "top")
            // ("the most recent birth year at the top": the rows' own time order, newest first.)
            let time = ((w + 2)..<i).contains { ["recent", "latest", "newest", "oldest", "earliest", "year", "month", "date", "quarter"].contains(q[$0]) }
            q.replace(w..<(i + 3), with: time ? [highFirst ? "newest" : "oldest", "first"] : [highFirst ? "highest" : "lowest", "first"])
            break
        }
        if q[0] == "counting" || (q[0] == "only" && q[1] == "counting") {
            var k = q[0] == "only" ? 2 : 1
            if q[k] == "only" { k += 1 }
            if Lexicon.year(q[k]) != nil, ["purchases", "sales", "orders", "revenue", "spend", "spending", "buying"].contains(q[k + 1]) {
                let year = q[k]
                var end = k + 2
                if q[end] == "only" { end += 1 }
                q.replace(0..<end, with: ["in", year])
            }
        }
        // "customers who have an average order value of more than 2,000": each one's own average order value over the
        // bound, as "customers with an AOV over 2,000" reads (not orders worth more than 2,000).
        if let i = q.firstIndex(of: ["average", "order", "value"]) {
            var k = i + 3
            if ["of", "is", "was"].contains(q[k]) { k += 1 }
            if ["more", "above", "over", "greater", "higher", "below", "under", "less", "lower", "exceeding", "at"].contains(q[k]), q.words[..<i].contains(where: { Lexicon.peopleWords.contains($0) }) {
                q.replace(i..<(i + 3), with: ["aov"])
            }
        }
        // "placed a single order with us": with us is who they ordered from.
        for i in stride(from: q.count - 2, through: 1, by: -1) where q[i] == "with" && q[i + 1] == "us" {
            if ["once", "order", "orders", "purchase", "purchases", "shopped", "ordered", "bought", "twice", "times", "before"].contains(q[i - 1]) { q.replace(i..<(i + 2), with: []) }
        }
        // "what % of all our orders include ...": of the orders.
        if let i = q.firstIndex(of: ["of", "all", "our", "orders"]) { q.replace((i + 1)..<(i + 3), with: []) }
        // "the average value of an order that has a helmet in it": the average order value of such orders.
        for phrase in [["average", "value", "of", "an", "order"], ["average", "value", "of", "orders"], ["average", "value", "of", "a", "order"]] {
            guard let i = q.firstIndex(of: phrase), ["that", "which", "with", "containing", "including"].contains(q[i + phrase.count]) else { continue }
            q.replace(i..<(i + phrase.count), with: ["average", "order", "value", "of", "orders"])
            if let h = q.firstIndex(of: ["that", "has"]) ?? q.firstIndex(of: ["which", "has"]) { q.replace(h..<(h + 2), with: ["that", "include"]) }
            if q.count >= 2, q[q.count - 2] == "in", q[q.count - 1] == "it" { q.replace((q.count - 2)..<q.count, with: []) }
            break
        }
        // "products with at least one sale", "products that had a sale": the products sold.
        for phrase in [["with", "at", "least", "one", "sale"], ["with", "at", "least", "1", "sale"], ["with", "any", "sales"], ["with", "a", "sale"]] {
            guard let i = q.firstIndex(of: phrase), Lexicon.productWords.contains(q[i - 1]) else { continue }
            q.replace(i..<(i + phrase.count), with: ["sold"])
            break
        }
        // "our 10 most frequently ordered products - the ones that show up in the most orders": ranked by their number of
        // orders.
        for i in 0..<q.count where q[i] == "most" && ["frequently", "frequency", "often"].contains(q[i + 1]) && ["ordered", "bought", "purchased"].contains(q[i + 2]) {
            var end = i + 3
            guard Lexicon.productWords.contains(q[end]) || valueSpan(q, end) != nil else { continue }
            while end < q.count, Lexicon.productWords.contains(q[end]) || valueSpan(q, end) != nil { end += 1 }
            let things = Array(q.words[(i + 3)..<end])
            let top = q[i - 1] == "top" || Int(q[i - 1]) != nil && q[i - 2] == "top"
            q.replace(i..<end, with: things + ["by", "number", "of", "orders"])
            if !top, let n = Int(q[i - 1]) { q.replace((i - 1)..<i, with: ["top", String(n)]) }
            for tail in [["the", "ones", "that", "show", "up", "in", "the", "most", "orders"], ["that", "show", "up", "in", "the", "most", "orders"], ["the", "ones", "in", "the", "most", "orders"]] {
                if let t = q.firstIndex(of: tail) { q.replace(t..<(t + tail.count), with: []) }
            }
            break
        }
        // "in every one of the four quarters of 2013": in each and every one of them, all of them.
        for i in 0..<q.count where q[i] == "every" && q[i + 1] == "one" && q[i + 2] == "of" && q[i + 3] == "the" {
            var k = i + 4
            if Double(q[k]) != nil || Lexicon.numberWords[q[k]] != nil { k += 1 }
            guard ["quarters", "months", "years", "weeks", "days"].contains(q[k]) else { continue }
            q.replace(i..<(k + 1), with: ["each", "and", "every", String(q[k].dropLast())])
            break
        }
        // "our number one customer": the top one.
        for i in 0..<q.count where q[i] == "number" && ["one", "1"].contains(q[i + 1]) && (Lexicon.peopleWords.contains(q[i + 2]) || ["customer", "product", "seller", "country", "bike", "buyer"].contains(q[i + 2])) {
            q.replace(i..<(i + 2), with: ["top"])
            break
        }
        // "which customer has the most recent date of birth", "which customer is the youngest": the youngest customer.
        for (phrase, cue) in [
            (["the", "most", "recent", "date", "of", "birth"], "youngest"), (["the", "most", "recent", "birth", "date"], "youngest"), (["the", "latest", "birth", "date"], "youngest"),
            (["the", "latest", "date", "of", "birth"], "youngest"), (["the", "earliest", "birth", "date"], "oldest"), (["the", "earliest", "date", "of", "birth"], "oldest"),
            (["the", "youngest"], "youngest"), (["the", "oldest"], "oldest"),
        ] {
            guard let i = q.firstIndex(of: phrase), i >= 3, ["is", "was", "has", "had"].contains(q[i - 1]), ["customer", "customers", "person", "buyer", "shopper"].contains(q[i - 2]),
                ["which", "what"].contains(q[i - 3]), Self.endsHere(q, i + phrase.count) || ["show", "and", "with", "give"].contains(q[i + phrase.count])
            else { continue }
            let who = q[i - 2]
            q.replace((i - 3)..<(i + phrase.count), with: ["who", "is", "the", cue, who])
            break
        }
        // ("the youngest customer ... show their birth date as well": the birth date is what ranks them, shown anyway.)
        if q.words.contains(where: { ["oldest", "youngest"].contains($0) }) {
            for phrase in [["show", "their", "birth", "date"], ["with", "their", "birth", "date"], ["and", "their", "birth", "date"], ["show", "their", "date", "of", "birth"], ["with", "their", "date", "of", "birth"]] {
                guard let i = q.firstIndex(of: phrase) else { continue }
                q.replace(i..<(i + phrase.count), with: [])
                break
            }
        }
        // "our oldest customer (earliest birth date)": the aside says what oldest is.
        for a in q.asides.reversed() where q.words.contains(where: { ["oldest", "youngest"].contains($0) }) {
            let words = a.map { q[$0] }
            if words.allSatisfy({ ["earliest", "latest", "oldest", "youngest", "most", "recent", "birth", "date", "of", "dob", "the", "i", "e", "ie", "by", "first", "lowest", "highest", "age"].contains($0) }) {
                q.replace(a, with: [])
            }
        }
        // "placed another order in Q4 2013": ordered again.
        for phrase in [["placed", "another", "order"], ["made", "another", "order"], ["place", "another", "order"], ["make", "another", "order"]] {
            // (Not "never placed another order after 2011", read as it stands.)
            guard let i = q.firstIndex(of: phrase), !(max(0, i - 2)..<i).contains(where: { ["never", "not", "didnt", "havent", "hasnt"].contains(q[$0]) }) else { continue }
            q.replace(i..<(i + 3), with: [phrase[0].hasPrefix("place") || phrase[0] == "made" ? "ordered" : "order", "again"])
            break
        }
        // "what percentage of the customer base does each country represent": account for. "... and what % of the full
        // year that month represents": the month of each row, that is each month; the year's total is the whole.
        if let i = q.words.firstIndex(where: { ["represent", "represents"].contains($0) }) {
            if q[i - 2] == "that", ["month", "quarter", "week", "day", "year"].contains(q[i - 1]) { q.replace((i - 2)..<(i - 1), with: ["each"]) }
            if (max(0, i - 4)..<i).contains(where: { q[$0] == "each" }) {
                q.replace(i..<(i + 1), with: ["account", "for"])
                for n in [4, 3] {
                    guard let k = (0..<i).first(where: { q[$0] == "of" && q[$0 + 1] == "the" && (n == 3 || ["full", "whole", "entire"].contains(q[$0 + 2])) && q[$0 + n - 1] == "year" }),
                        ["percent", "%", "share", "percentage", "proportion"].contains(q[k - 1])
                    else { continue }
                    q.replace((k + 1)..<(k + n), with: ["the", "total"])
                    break
                }
            }
        }
        // "Leaving bikes aside, which products ...", "setting aside helmets": excluding them.
        for i in 0..<q.count where ["leaving", "setting", "putting"].contains(q[i]) {
            if q[i + 1] == "aside" {
                q.replace(i..<(i + 2), with: ["excluding"])
                break
            }
            if let (_, n) = valueSpan(q, i + 1), q[i + 1 + n] == "aside" {
                q.replace((i + 1 + n)..<(i + 2 + n), with: [])
                q.replace(i..<(i + 1), with: ["excluding"])
                break
            }
        }
        // "Units sold per quarter from Q3 2012 up to the end of the data", "to the latest month in the data": since then.
        for tail in [
            ["up", "to", "the", "end", "of", "the", "data"], ["to", "the", "end", "of", "the", "data"], ["through", "the", "end", "of", "the", "data"], ["until", "the", "end", "of", "the", "data"],
            ["to", "the", "latest", "month", "in", "the", "data"], ["to", "the", "latest", "month"], ["to", "the", "end", "of", "our", "data"],
        ] {
            guard let t = q.firstIndex(of: tail), let f = (max(0, t - 4)..<t).last(where: { q[$0] == "from" }) else { continue }
            q.replace(t..<(t + tail.count), with: [])
            q.replace(f..<(f + 1), with: ["since"])
            break
        }
        // "top 3 customer countries": the customers' countries.
        for i in 0..<q.count where q[i] == "customer" && ["countries", "country"].contains(q[i + 1]) && !["per", "each", "by"].contains(q[i - 1]) {
            q.replace(i..<(i + 1), with: [])
            break
        }
        // "A product with no Q3 sales counts as zero for Q3.", "If someone bought nothing in one of the years, count that
        // year as 0.": what a comparison of two periods per entity does anyway, said in a sentence of its own.
        for i in 0..<q.count where ["zero", "0"].contains(q[i]) && q[i - 1] == "as" && !q.asides.contains(where: { $0.contains(i) }) {
            guard let start = q.sentenceStarts.last(where: { $0 <= i }), start > 0, ["a", "an", "any", "if", "treat", "count", "counting", "where", "when", "products", "customers"].contains(q[start])
            else { break }
            let end = q.sentenceStarts.first(where: { $0 > i }) ?? q.count
            let words = Array(q.words[start..<end])
            let remark = words.contains(where: { ["counts", "count", "counted", "treat", "treated"].contains($0) }) && words.contains(where: { ["no", "nothing", "none", "without", "not", "never"].contains($0) })
            guard remark, !words.contains(where: { ["what", "which", "how", "show", "list", "give", "me"].contains($0) }) else { break }
            q.replace(start..<end, with: [])
            break
        }
        // "products that bring in more than 20% of their own subcategory's revenue? Show the subcategory and the share in
        // %.": the group and the share are what such a threshold shows anyway.
        if q.firstIndex(of: ["percent", "of", "their"]) != nil, let sh = q.firstIndex(of: ["and", "the", "share", "in", "percent"]), sh >= 3, q[sh - 3] == "show", q[sh - 2] == "the",
            dimensionNamed(q.words, sh - 1) != nil, Self.endsHere(q, sh + 5)
        {
            q.replace((sh - 3)..<(sh + 5), with: [])
        }
        // "Within Tires and Tubes, what % of the subcategory's revenue does each product account for": the subcategory is the
        // one named, already a filter; not a breakdown by subcategory.
        for i in 0..<q.count where q[i] == "of" && q[i + 1] == "the" {
            guard let (name, n) = dimensionPhrase(q, i + 2) else { continue }
            let named = q.words.indices.contains { k in (k < i || k > i + 1 + n) && valueSpan(q, k).map { $0.value.dimension == name } == true }
            guard named, q.words.contains("each") else { continue }
            q.replace((i + 1)..<(i + 2 + n), with: [])
            break
        }
        // "Which bikes sold fewer units in Q4 than in Q3? Give me the Q3 and Q4 units next to each one": both periods'
        // figures beside each row, as "show both periods' figures" is read.
        if q.words.contains("than") {
            func periodWord(_ w: String) -> Bool { ["q1", "q2", "q3", "q4", "h1", "h2"].contains(w) || Lexicon.year(w) != nil || Lexicon.months[w] != nil }
            for i in 0..<q.count where ["give", "show"].contains(q[i]) {
                var j = i + 1
                if q[j] == "me" { j += 1 }
                if q[j] == "the" { j += 1 }
                guard periodWord(q[j]), let and = (j..<(j + 3)).first(where: { q[$0] == "and" }), periodWord(q[and + 1]) else { continue }
                var k = and + 2
                if Lexicon.year(q[k]) != nil { k += 1 }
                guard vocabulary.metrics.contains(where: { $0.phrases.contains(q[k]) }) else { continue }
                var end = k + 1
                for tail in [["next", "to", "each", "one"], ["next", "to", "each"], ["beside", "each", "one"], ["beside", "each"], ["for", "each", "one"], ["for", "each"]] {
                    if tail.indices.allSatisfy({ q[end + $0] == tail[$0] }) { end += tail.count; break }
                }
                q.replace(i..<end, with: ["show", "both", "periods", "figures"])
                break
            }
        }
        // "a lifetime spend higher than the average customer's": above the average.
        for i in 0..<q.count where ["higher", "greater", "bigger", "larger", "lower", "smaller"].contains(q[i]) && q[i + 1] == "than" && (q[i + 2] == "average" || (q[i + 2] == "the" && q[i + 3] == "average")) {
            q.replace(i..<(i + 2), with: [["lower", "smaller"].contains(q[i]) ? "below" : "above"])
            break
        }
        // "number of 2013 orders containing a helmet", "each country's 2013 orders": the orders of that year.
        for i in 0..<q.count where Lexicon.year(q[i]) != nil && q[i + 1] == "orders" && ["containing", "that", "with", "which", "had", "including", "included"].contains(q[i + 2]) {
            let year = q[i]
            q.replace(i..<(i + 2), with: ["orders", "in", year])
            break
        }
        // "buyers and revenue per buyer, by year": the number of buyers and that measure.
        // (Only before a measure "per" someone, which the bare word would otherwise be read as: "buyers and revenue by
        // gender" is read as it stands.)
        if ["buyers", "customers"].contains(q[0]), q[1] == "and", q.span(2, upTo: 6).contains(where: { q[$0] == "per" }) { q.replace(0..<1, with: ["number", "of", q[0]]) }
        // "Include the partial quarters at the start and end of the data": partial periods count like any other.
        for phrase in [
            ["include", "the", "partial", "quarters", "at", "the", "start", "and", "end", "of", "the", "data"], ["include", "the", "partial", "months", "at", "the", "start", "and", "end", "of", "the", "data"],
            ["including", "the", "partial", "quarters", "at", "the", "start", "and", "end", "of", "the", "data"], ["partial", "quarters", "included"], ["partial", "months", "included"],
            ["partial", "ones", "included"], ["partial", "years", "count", "as", "they", "are"], ["partial", "months", "count", "as", "they", "are"],
            ["partial", "quarters", "count", "as", "they", "are"], ["partial", "periods", "count", "as", "they", "are"], ["partial", "years", "count", "as", "is"],
        ] {
            guard let i = q.firstIndex(of: phrase) else { continue }
            q.replace(i..<(i + phrase.count), with: [])
            break
        }
        // "the average revenue per sales line", "avg units per order line": a total over a count of lines is an average
        // already, said the way "revenue per sales line" is read.
        // (A bare "line" is a product line: "average revenue per line" is not read so.)
        for i in 0..<q.count where ["average", "avg", "mean"].contains(q[i]) {
            let said = q[i + 1] == "number" && q[i + 2] == "of" ? 3 : 1
            guard ["revenue", "sales", "units", "quantity", "spend"].contains(q[i + said]), q[i + said + 1] == "per" else { continue }
            let lines = [["sales", "line"], ["order", "line"], ["line", "item"]]
            guard lines.contains(where: { l in l.indices.allSatisfy { q[i + said + 2 + $0] == l[$0] } }) else { continue }
            q.replace(i..<(i + said), with: [])
            break
        }
        // "For each gender, what percentage of their 2013 orders included a bike": each group's own orders, which a share
        // within each group is of anyway.
        if ["for", "in"].contains(q[0]), ["each", "every"].contains(q[1]),
            let i = (2..<max(2, q.count)).first(where: { ["percent", "percentage", "share", "proportion"].contains(q[$0]) && q[$0 + 1] == "of" && ["their", "its"].contains(q[$0 + 2]) }),
            ["orders", "order"].contains(q[i + 3]) || (Lexicon.year(q[i + 3]) != nil && q[i + 4] == "orders")
        {
            q.replace((i + 2)..<(i + 3), with: [])
        }
        // "customers with no gender filled in": no gender.
        for i in 2..<max(2, q.count) where q[i] == "filled" && q[i + 1] == "in" && q[i - 2] == "no" {
            q.replace(i..<(i + 2), with: [])
            break
        }
        // "revenue for the week 23 to 29 December 2013": the days named are the week.
        for i in 1..<max(1, q.count) where q[i] == "week" && q[i - 1] == "the" && Int(q[i + 1]) != nil && ["to", "through", "until"].contains(q[i + 2]) {
            q.replace((i - 1)..<(i + 1), with: [])
            break
        }
        // "the average revenue per order": the average order value.
        for phrase in [["average", "revenue", "per", "order"], ["avg", "revenue", "per", "order"], ["average", "spend", "per", "order"]] {
            guard let i = q.firstIndex(of: phrase), !["line", "lines", "item", "items"].contains(q[i + 4]) else { continue }
            q.replace(i..<(i + 4), with: ["average", "order", "value"])
            break
        }
        // "On average, how many orders did we take per day in Q4 2013?": the average number per day. "Average over the days
        // that had orders", "counting only days with orders": the days an average per day is over anyway.
        if q[0] == "on", q[1] == "average", q[2] == "how", q[3] == "many", let per = (4..<min(q.count, 10)).first(where: { q[$0] == "per" && q[$0 + 1] == "day" }) {
            let thing = q[4]
            if ["orders", "units", "customers", "buyers"].contains(thing) {
                q.replace(per..<(per + 2), with: [])
                q.replace(0..<5, with: ["average", "number", "of", thing, "per", "day"])
            }
        }
        for tail in [
            ["average", "over", "the", "days", "that", "had", "orders"], ["averaged", "over", "the", "days", "that", "had", "orders"], ["average", "over", "days", "with", "orders"],
            ["counting", "only", "days", "with", "orders"], ["only", "days", "with", "orders"], ["only", "counting", "days", "with", "orders"], ["average", "over", "the", "days", "with", "orders"],
            ["only", "count", "days", "that", "had", "orders"], ["only", "count", "days", "with", "orders"],
        ] {
            guard let t = q.firstIndex(of: tail), q.words.contains("day") || q.words.contains("daily") else { continue }
            q.replace(t..<(t + tail.count), with: [])
            break
        }
        // "measured in money rather than in %": the change as an amount.
        for phrase in [
            ["measured", "in", "money", "rather", "than", "in", "percent"], ["measured", "in", "money", "rather", "than", "percent"], ["in", "money", "rather", "than", "in", "percent"], ["in", "money", "terms"],
            ["in", "money", "rather", "than", "percent"],
        ] {
            guard let i = q.firstIndex(of: phrase) else { continue }
            q.replace(i..<(i + phrase.count), with: ["absolute"])
            break
        }
        // "Which 5 accessories sold the fewest units in 2013? Leave out accessories with no 2013 sales.": what a ranking of
        // what was sold has anyway (only after a measure of sales).
        for i in 0..<q.count where ["excluding", "exclude", "ignoring", "ignore", "skip"].contains(q[i]) || (["leave", "leaving"].contains(q[i]) && q[i + 1] == "out") {
            guard let w = ((i + 1)..<min(q.count, i + 6)).first(where: { q[$0] == "with" && q[$0 + 1] == "no" }) else { continue }
            var k = w + 2
            if Lexicon.year(q[k]) != nil { k += 1 }
            guard ["sales", "orders"].contains(q[k]), Self.endsHere(q, k + 1),
                q.words[..<i].contains(where: { ["units", "revenue", "sold", "sales", "orders"].contains($0) })
            else { continue }
            q.replace(i..<(k + 1), with: [])
            break
        }
        // "each individual clothing item", "every single product": each one.
        // (Not "in every single quarter of 2013": each and every one of them, read as such.)
        let grains: Set<String> = ["order", "one", "day", "week", "month", "quarter", "year", "half"]
        for i in 0..<q.count where ["each", "every"].contains(q[i]) && ["individual", "single", "separate"].contains(q[i + 1]) && !grains.contains(q[i + 2]) {
            q.replace((i + 1)..<(i + 2), with: [])
            break
        }
        for phrase in [["both", "on", "the", "same", "row"], ["on", "the", "same", "row"], ["in", "one", "row"], ["in", "a", "single", "row"], ["on", "one", "row"]] {
            guard let i = q.firstIndex(of: phrase) else { continue }
            q.replace(i..<(i + phrase.count), with: ["side", "by", "side"])
            break
        }
        for (phrase, with) in [
            (["cost", "recorded", "as", "zero"], ["a", "cost", "of", "0"]), (["cost", "recorded", "as", "0"], ["a", "cost", "of", "0"]),
            (["cost", "of", "zero"], ["cost", "of", "0"]), (["zero", "cost"], ["a", "cost", "of", "0"]), (["cost", "set", "to", "zero"], ["a", "cost", "of", "0"]),
        ] {
            guard let i = q.firstIndex(of: phrase) else { continue }
            let start = ["their", "a", "the"].contains(q[i - 1]) ? i - 1 : i
            q.replace(start..<(i + phrase.count), with: with)
            break
        }
    }

    /// "didn't place a single order in 2013", "did not make any orders": did not order, as the negated buying verbs read.
    private func rewriteNegatedPlacing(_ q: inout QuestionWords) {
        if let b = q.firstIndex(of: ["but", "then"]) { q.replace((b + 1)..<(b + 2), with: []) }
        // ("then placed nothing at all in Q4 2013": did not order.)
        // (Not "someone who bought nothing in 2013 counts as zero": a remark read with the comparison it is about.)
        let zeroRemark = q.words.contains { ["zero", "0", "counts", "count"].contains($0) }
        for i in 0..<q.count where !zeroRemark && ["placed", "ordered", "bought", "purchased"].contains(q[i]) && q[i + 1] == "nothing" {
            let end = q[i + 2] == "at" && q[i + 3] == "all" ? i + 4 : i + 2
            q.replace(i..<end, with: ["did", "not", "order"])
            return
        }
        for i in 0..<q.count where ["didnt", "not", "never", "havent", "hasnt"].contains(q[i]) {
            var k = i + 1
            guard ["place", "placed", "make", "made", "put"].contains(q[k]) else { continue }
            k += 1
            if q[k] == "in" { k += 1 }  // "put in an order"
            guard ["a", "an", "any", "one"].contains(q[k]) else { continue }
            k += 1
            if q[k] == "single" { k += 1 }
            guard ["order", "orders", "purchase", "purchases"].contains(q[k]) else { continue }
            let verb = ["placed", "made"].contains(q[i + 1]) ? "ordered" : "order"
            q.replace((i + 1)..<(k + 1), with: [verb])
            return
        }
    }

    /// Whether every value and number said before `split` is said again after it: the words before add nothing the
    /// question needs (a hunch, a context sentence).
    private func namesNothingNew(_ q: QuestionWords, before split: Int) -> Bool {
        func named(_ k: Int) -> String? {
            if let (v, _) = valueSpan(q, k) { return v.value }
            return Double(q[k]) != nil ? q[k] : nil
        }
        let again = Set((split..<q.count).compactMap(named))
        return (0..<split).compactMap(named).allSatisfy(again.contains)
    }

    /// "Finance wants to see how back-loaded 2013 was. By the end of each month ...", "We ran a Black Friday push last year -
    /// what was total revenue from ...", "For the segmentation deck I need ...": why the question is asked, before it.
    /// Dropped only when everything it names (values, numbers) is named again, and the question does not point back to it.
    private func dropContextOpener(_ q: inout QuestionWords) {
        guard q.count >= 6 else { return }
        // "for the segmentation deck", "for our board pack": the document the answer goes into.
        let documents: Set<String> = ["deck", "report", "meeting", "presentation", "review", "slides", "slide", "dashboard", "newsletter", "email", "call", "update", "pack", "memo", "test", "board"]
        if q[0] == "for", ["the", "our", "a", "an", "my", "this", "next"].contains(q[1]), let d = (2...4).first(where: { documents.contains(q[$0]) }),
            (2..<d).allSatisfy({ valueSpan(q, $0) == nil && Double(q[$0]) == nil && dimensionNamed(q.words, $0) == nil })
        {
            q.replace(0..<(d + 1), with: [])
            return
        }
        let openers: [[String]] = [
            ["we", "ran"], ["we", "are", "running"], ["we", "re", "running"], ["we", "are", "planning"], ["we", "re", "planning"], ["we", "are", "preparing"],
            ["we", "re", "preparing"], ["i", "m", "preparing"], ["im", "preparing"], ["i", "am", "preparing"], ["i", "m", "putting", "together"],
            ["quick", "one"], ["quick", "question"],
        ]
        let asker = (1...2).contains { k in ["wants", "needs", "asked", "asks"].contains(q[k]) } && !["i", "we", "you", "which", "who", "what", "how"].contains(q[0])
        guard asker || openers.contains(where: { o in Array(q.words.prefix(o.count)) == o }) else { return }
        let questionWords: Set<String> = ["what", "whats", "which", "how", "who", "give", "show", "list", "can", "could", "tell", "please"]
        guard let split = q.sentenceStarts.first(where: { $0 > 2 && $0 < q.count - 3 }) ?? (3..<q.count).first(where: { questionWords.contains(q[$0]) }) else { return }
        let rest = Array(q.words[split...])
        guard rest.count >= 4,
            !rest.contains(where: { ["them", "those", "they", "these", "it", "this", "that", "such", "then"].contains($0) })
        else { return }
        guard namesNothingNew(q, before: split) else { return }
        q.replace(0..<split, with: [])
    }

    /// "one-time shoppers, people who have only ever placed one order": an ending of three words said before, after
    /// words that only say who it is about. (Run last: the restated words are often reworded into the same ones.)
    private func dropWhoRestatement(_ q: inout QuestionWords) {
        let who: Set<String> = ["people", "customers", "buyers", "shoppers", "those", "ones", "folks", "who", "that", "have", "has", "had", "i", "e", "ie"]
        for length in stride(from: min(6, q.count / 2), through: 3, by: -1) {
            let rest = Array(q.words[(q.count - length)...])
            var start = q.count - length
            while start > 0, who.contains(q[start - 1]) { start -= 1 }
            while ["have", "has", "had"].contains(q[start]) { start += 1 }
            guard start < q.count - length - 1, q.span(start, upTo: q.count - length).contains(where: { ["who", "that"].contains(q[$0]) }) else { continue }
            let said = (0...max(0, start - length)).contains { s in rest.indices.allSatisfy { q[s + $0] == rest[$0] } }
            if said {
                q.replace(start..<q.count, with: [])
                return
            }
        }
    }

    /// "nr of distinct buyers", "no. of orders": the number of. "busiest quarter first", "worst month first": the sort
    /// order said with the rows' own noun. "(running total, Jan first)": time order, which a series has anyway.
    private func rewriteSmallAbbreviations(_ q: inout QuestionWords) {
        for i in 0..<q.count where ["nr", "nbr", "num"].contains(q[i]) && q[i + 1] == "of" { q.replace(i..<(i + 1), with: ["number"]) }
        let high: Set<String> = ["busiest", "best", "biggest", "largest", "strongest", "top"]
        let low: Set<String> = ["quietest", "worst", "smallest", "weakest", "slowest"]
        for i in 0..<q.count where (high.contains(q[i]) || low.contains(q[i])) && q[i + 2] == "first" && Self.endsHere(q, i + 3) {
            guard ["month", "quarter", "year", "day", "week", "country", "product", "category", "subcategory", "customer", "one", "line", "seller"].contains(q[i + 1]) else { continue }
            q.replace(i..<(i + 3), with: [high.contains(q[i]) ? "highest" : "lowest", "first"])
            break
        }
        if let i = q.firstIndex(of: ["do", "we", "list"]) { q.replace(i..<(i + 3), with: ["do", "we", "have"]) }
        // "which country placed the most orders that included a helmet": the highest number of such orders (the contents
        // clause takes the word "orders" with it).
        for i in 0..<q.count where ["most", "fewest"].contains(q[i]) && q[i + 1] == "orders" && ["that", "which", "containing", "including"].contains(q[i + 2]) && !q.words.contains(where: { ["line", "lines", "items", "units"].contains($0) }) {
            q.replace(i..<(i + 1), with: [q[i] == "most" ? "highest" : "lowest", "number", "of"])
            break
        }
        // "by first-order year", "each first-order-year cohort": the year of the first order.
        for first in [["first", "order", "year"], ["first", "purchase", "year"], ["first", "ever", "order", "year"]] {
            guard let i = q.firstIndex(of: first) else { continue }
            let end = q[i + first.count] == "cohort" || q[i + first.count] == "cohorts" ? i + first.count + 1 : i + first.count
            q.replace(i..<end, with: ["year", "of", "first", "order"])
            break
        }
        if let j = q.words.firstIndex(where: { ["jan", "january"].contains($0) }), q[j + 1] == "first", Self.endsHere(q, j + 2),
            q.words.contains(where: { ["month", "monthly", "months", "cumulative", "running"].contains($0) })
        {
            q.replace(j..<(j + 2), with: [])
        }
    }

    /// "bought anything from July 2013 onwards": since then.
    private func rewriteOnwards(_ q: inout QuestionWords) {
        guard let k = q.words.firstIndex(where: { ["onwards", "onward"].contains($0) }), let f = (max(0, k - 4)..<k).last(where: { q[$0] == "from" }), f + 1 < k else { return }
        q.replace(k..<(k + 1), with: [])
        q.replace(f..<(f + 1), with: ["since"])
    }

    /// "products that have sold more than 3,000 units to date": all of the data, as a question without a period is.
    /// ("year to date", "month to date" are periods, read elsewhere.)
    private func dropToDate(_ q: inout QuestionWords) {
        guard let i = q.firstIndex(of: ["to", "date"]), i > 0, !["year", "month", "quarter", "week", "ytd", "from", "and"].contains(q[i - 1]), Self.endsHere(q, i + 2) else { return }
        q.replace(i..<(i + 2), with: [])
    }

    private func dropPartialPeriodRemark(_ q: inout QuestionWords) {
        guard let p = (0..<q.count).first(where: { q[$0] == "partial" }) else { return }
        var start = p
        if q[start - 1] == "the" { start -= 1 }
        guard ["count", "counting", "include", "including", "treat", "treating", "keep", "keeping"].contains(q[start - 1]) else { return }
        start -= 1
        let grains: Set<String> = ["month", "months", "year", "years", "quarter", "quarters", "week", "weeks", "day", "days", "period", "periods"]
        // "counting the partial final month": the partial period counts, as any other does.
        var k = p + 1
        if ["final", "last", "latest", "current", "most", "recent", "closing"].contains(q[k]) { k += 1 }
        if q[k] == "recent" { k += 1 }
        if grains.contains(q[k]), !["like", "as"].contains(q[k + 1]) {
            q.replace(start..<(k + 1), with: [])
            return
        }
        // "count partial months like Dec 2010 and Jan 2014 too": examples of the partial periods, to the end.
        if grains.contains(q[k]), q[k + 1] == "like" {
            var e = k + 2
            while Lexicon.months[q[e]] != nil || Lexicon.year(q[e]) != nil || ["and", "or", ","].contains(q[e]) { e += 1 }
            if ["too", "included"].contains(q[e]) { e += 1 } else if q[e] == "as", q[e + 1] == "well" { e += 2 }
            if e > k + 2, e == q.count {
                q.replace(start..<e, with: [])
                return
            }
        }
        guard let end = ((p + 2)...(p + 7)).first(where: { grains.contains(q[$0]) && ["other", "full", "complete", "normal"].contains(q[$0 - 1]) }),
            ["like", "as"].contains(q[end - 3]) || ["like", "as"].contains(q[end - 2])
        else { return }
        q.replace(start..<(end + 1), with: [])
    }

    /// "(0 if none)", "treat no sales in 2012 as 0", "count a half with no sales as zero": what a sum over periods set
    /// side by side does anyway (a period without sales adds nothing). "(July vs June)" beside a month-over-month
    /// change: the first month against the one before it, which is what the change is.
    private func dropZeroWhenNone(_ q: inout QuestionWords) {
        let zero: Set<String> = ["0", "zero", "nil"]
        for a in q.asides.reversed() {
            let words = a.map { q[$0] }
            let small: Set<String> = [
                "0", "zero", "if", "when", "none", "no", "sales", "there", "are", "is", "were", "nothing", "sold", "for", "with", "where", "show", "as", "use", "put",
                "a", "an", "any", "quarter", "month", "year", "period", "half", "week", "day", "counts", "count", "counted", "product", "customer", "treat", "treated",
            ]
            if words.contains(where: zero.contains), words.contains(where: { ["none", "no", "nothing"].contains($0) }), words.allSatisfy(small.contains) {
                q.replace(a, with: [])
                continue
            }
            // "(July vs June)": a month against the month before it.
            if words.count >= 3, let m1 = Lexicon.months[words[0]], ["vs", "versus", "against", "compared"].contains(words[1]),
                let m2 = Lexicon.months[words[words[1] == "compared" ? 3 : 2]], m2 == (m1 + 10) % 12 + 1,
                q.words.contains(where: { ["mom", "month"].contains($0) })
            {
                q.replace(a, with: [])
            }
        }
        // "show zero where they've all sold": a group whose things all sold has none never sold, which a count shows anyway.
        for i in stride(from: q.count - 1, through: 0, by: -1) where ["show", "showing", "put", "use", "with", "give"].contains(q[i]) {
            var k = i + 1
            if q[k] == "a" { k += 1 }
            guard zero.contains(q[k]), ["where", "when", "if", "for"].contains(q[k + 1]) else { continue }
            guard let end = ((k + 2)..<(k + 10)).first(where: { Self.endsHere(q, $0) }),
                ((k + 2)..<end).contains(where: { ["sold", "sales", "selling"].contains(q[$0]) }),
                ((k + 2)..<end).contains(where: { ["all", "every", "none", "no", "everything", "everyone"].contains(q[$0]) })
            else { continue }
            q.replace(i..<end, with: [])
        }
        // "How many customers spent less in 2013 than in 2012? Count a customer who bought nothing in 2013 as spending zero
        // that year.", "A subcategory with no 2012 sales counts as 0 for 2012.": a sentence of its own saying what a
        // comparison of two periods does anyway (no sales in one is zero there). Only beside two periods named before it.
        let said: Set<String> = [
            "count", "counts", "counted", "counting", "treat", "treats", "treated", "treating", "as", "a", "an", "the", "customer", "customers", "someone", "anyone",
            "who", "that", "which", "bought", "buys", "buy", "sold", "sell", "nothing", "no", "none", "without", "with", "having", "had", "has", "have", "spent",
            "spending", "spend", "their", "its", "his", "her", "sales", "purchases", "orders", "units", "revenue", "in", "for", "year", "half", "period", "quarter", "month",
            "if", "zero", "0", "product", "products", "subcategory", "subcategories", "category", "bike", "bikes", "item", "one", "of", "them", "it", "is", "was", "any",
            "then", "h1", "h2", "first", "second", "there", "were", "are", "be", "at", "all", "made", "make",
        ]
        let starts = [0] + q.sentenceStarts
        for (n, start) in starts.enumerated().reversed() where start > 0 {
            let end = n + 1 < starts.count ? starts[n + 1] : q.count
            let span = start..<end
            let periodsBefore = (0..<start).filter { Lexicon.year(q[$0]) != nil || ["h1", "h2", "half", "halves"].contains(q[$0]) }.count
            guard periodsBefore >= 2, span.contains(where: { zero.contains(q[$0]) }), span.contains(where: { ["no", "none", "nothing", "without"].contains(q[$0]) }),
                span.allSatisfy({ said.contains(q[$0]) || Lexicon.year(q[$0]) != nil })
            else { continue }
            q.replace(span, with: [])
        }
        for i in stride(from: q.count - 1, through: 0, by: -1) where ["treat", "treating", "count", "counting"].contains(q[i]) {
            guard let end = ((i + 2)..<(i + 12)).first(where: { q[$0] == "as" && zero.contains(q[$0 + 1]) }),
                ((i + 1)..<end).contains(where: { ["no", "none", "without", "nothing"].contains(q[$0]) })
            else { continue }
            q.replace(i..<(end + 2), with: [])
        }
    }

    /// "yoy revenue growth for 2012 and for 2013, each vs the year before": a growth per year is each year against the
    /// one before, not the years named against each other.
    private func dropEachAgainstYearBefore(_ q: inout QuestionWords) {
        let against = ["vs", "versus", "compared with", "compared to", "against", "over", "relative to"]
        let before = ["the year before", "the previous year", "the prior year", "the preceding year", "its previous year", "the year prior"]
        func matched(_ phrases: [String], at i: Int) -> Int? { phrases.compactMap { q.wordsMatched($0, at: i) }.first }
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "each" {
            guard let a = matched(against, at: i + 1), let b = matched(before, at: i + 1 + a) else { continue }
            let growth = q.words.contains { ["growth", "yoy", "change", "increase", "grew", "grow"].contains($0) }
            q.replace(i..<(i + 1 + a + b), with: growth ? [] : ["growth"])
        }
        // "the % change in units compared with the year before, for 2012 and for 2013": with several years named, the
        // same (each against its own year before).
        guard Set(q.words.compactMap(Lexicon.year)).count >= 2, q.words.contains(where: { ["growth", "yoy", "change", "increase"].contains($0) }) else { return }
        for i in stride(from: q.count - 1, through: 0, by: -1) {
            guard let a = matched(against, at: i), let b = matched(before, at: i + a) else { continue }
            q.replace(i..<(i + a + b), with: [])
        }
    }

    /// "Q4 2013 (1 October to 31 December)", "H1 2013 (January-June)", "for 2013, January to December": the months of
    /// the period just named, said again. Dropped only when they are exactly its months, from its first day to its last;
    /// any other months are left for the period readers (and refused there if they cannot be combined).
    private func dropPeriodRestatement(_ q: inout QuestionWords) {
        // The months of the period that ends right before `i`: "q4 2013", "2013 q4", "h1 2013", "first half of 2013", "2013".
        func named(before i: Int) -> ClosedRange<Int>? {
            func part(_ k: Int) -> ClosedRange<Int>? {
                if let n = Lexicon.quarter(q[k]) { return (3 * n - 2)...(3 * n) }
                if let n = ["h1": 1, "h2": 2][q[k]] { return (6 * n - 5)...(6 * n) }
                if q[k] == "quarter", let n = Lexicon.ordinals[q[k - 1]], q[k - 1] != "last" { return (3 * n - 2)...(3 * n) }
                if q[k] == "half", let n = ["first": 1, "second": 2][q[k - 1]] { return (6 * n - 5)...(6 * n) }
                return nil
            }
            if Lexicon.year(q[i - 1]) != nil {
                return part(q[i - 2] == "of" ? i - 3 : i - 2) ?? 1...12
            }
            return Lexicon.year(q[i - 2]) != nil ? part(i - 1) : nil
        }
        // "1 October to 31 December", "January-June", "Oct 1 through Dec 31": the months said, with the first and last days.
        func said(_ words: [String]) -> ClosedRange<Int>? {
            func word(_ k: Int) -> String { k < words.count ? words[k] : "" }
            var k = 0
            while ["i", "e", "ie", "that", "is", "from", "so", "namely"].contains(word(k)) { k += 1 }
            func month() -> (month: Int, day: Int?)? {
                var day: Int? = nil
                if let d = Int(word(k)) { day = d; k += 1 }
                guard let m = Lexicon.months[word(k)] else { return nil }
                k += 1
                if day == nil, let d = Int(word(k)), d <= 31 { day = d; k += 1 }
                return (m, day)
            }
            guard let first = month() else { return nil }
            if ["to", "through", "thru", "until", "till", "and"].contains(word(k)) { k += 1 }
            guard let last = month(), k == words.count, first.month <= last.month else { return nil }
            let lastDay = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][last.month - 1]
            guard first.day ?? 1 == 1, last.day.map({ $0 == lastDay || (last.month == 2 && $0 == 28) }) ?? true else { return nil }
            return first.month...last.month
        }
        for a in q.asides.reversed() where named(before: a.lowerBound).map({ said(a.map { q[$0] }) == $0 }) == true {
            q.replace(a, with: [])
        }
        // "the running total of 2013 revenue by month, January to December": with one year named, its whole span.
        let years = Set(q.words.compactMap(Lexicon.year))
        if years.count == 1, !q.words.contains(where: { ["q1", "q2", "q3", "q4", "h1", "h2", "quarter", "half", "quarters", "halves"].contains($0) }) {
            for i in stride(from: q.count - 1, through: 0, by: -1) where Lexicon.months[q[i]] == 1 || (Int(q[i]) == 1 && Lexicon.months[q[i + 1]] == 1) {
                for end in stride(from: min(q.count, i + 7), through: i + 2, by: -1) where Int(q[end]) == nil && said((i..<end).map { q[$0] }) == 1...12 {
                    q.replace(i..<end, with: [])
                    break
                }
            }
        }
        // "3 month rolling average of revenue for each month of 2013 (that month plus the 2 before, so jan uses nov and dec
        // 2012)": how a moving average reaches back, which it always does, across the year's start too.
        if q.words.contains(where: { ["moving", "rolling", "trailing"].contains($0) }) {
            let allowed: Set<String> = [
                "that", "this", "the", "month", "months", "plus", "two", "2", "three", "3", "before", "prior", "previous", "preceding", "so", "uses", "use", "using",
                "count", "counts", "counted", "for", "and", "it", "its", "with", "including", "include", "current", "one", "each", "of", "i", "e", "ie", "is", "are",
                "from", "in", "into", "reaching", "reaches", "back", "go", "goes", "last", "year", "averaging", "average", "avg", "itself", "own",
            ]
            for a in q.asides.reversed() where a.allSatisfy({ allowed.contains(q[$0]) || Lexicon.months[q[$0]] != nil || Lexicon.year(q[$0]) != nil }) {
                q.replace(a, with: [])
            }
            // "..., averaging the month with the two months before it": the same, said as a clause at the end.
            if let i = (0..<q.count).first(where: { ["averaging", "meaning", "ie"].contains(q[$0]) }) {
                var j = i + 1
                while j < q.count, allowed.contains(q[j]) { j += 1 }
                if j == q.count, j > i + 3 { q.replace(i..<j, with: []) }
            }
            // "three-month moving average": the window's length in digits.
            for i in 0..<q.count where ["month", "months", "day", "days", "week", "weeks"].contains(q[i + 1]) && ["moving", "rolling", "trailing"].contains(q[i + 2]) {
                if let n = Lexicon.numberWords[q[i]] { q.replace(i..<(i + 1), with: [String(n)]) }
            }
        }
        // Without brackets: the months right after the period, up to the first word that is no part of them.
        for i in stride(from: q.count - 1, through: 1, by: -1) {
            guard let months = named(before: i), Lexicon.months[q[i]] != nil || (Int(q[i]) != nil && Lexicon.months[q[i + 1]] != nil) else { continue }
            // ("2013, January to December 2014" is a range of its own: a year or number right after ends no restatement.)
            for end in stride(from: min(q.count, i + 7), through: i + 2, by: -1) where Int(q[end]) == nil && said((i..<end).map { q[$0] }) == months {
                q.replace(i..<end, with: [])
                break
            }
        }
    }

    /// "one-time buyers (exactly one order)": the definition of the words before it, said again.
    private func restatesOneOrder(_ q: QuestionWords, _ aside: Range<Int>) -> Bool {
        let before = (max(0, aside.lowerBound - 4)..<aside.lowerBound).map { q[$0] }.joined(separator: " ")
        return isAside(
            q, aside,
            onlyOf: [
                "exactly", "only", "just", "one", "1", "a", "single", "order", "orders", "ever", "placed", "with", "i", "e", "ie", "who", "ordered", "once", "in",
                "total", "people", "customers", "buyers", "clients", "those",
            ], naming: ["one", "1", "once", "single"])
            && (before.contains("one time") || before.contains("once") || before.contains("single order"))
    }

    /// "buyers who spent more than 2k in 2013 (their total for the year)": each one's own total over the question's period,
    /// which is what a threshold on people compares anyway. Not when it names another span ("their lifetime total").
    private func restatesOwnTotal(_ q: QuestionWords, _ aside: Range<Int>) -> Bool {
        let threshold = (0..<aside.lowerBound).contains { ["more", "over", "above", "less", "under", "below", "least", "exceeding"].contains(q[$0]) }
        let period = (0..<aside.lowerBound).contains { Lexicon.year(q[$0]) != nil }
        return threshold && period
            && isAside(
                q, aside,
                onlyOf: ["their", "his", "her", "its", "each", "ones", "own", "total", "totals", "spend", "spending", "for", "in", "the", "that", "this", "year", "yr", "period", "combined", "summed", "added", "up", "sum", "of"],
                naming: ["total", "totals", "sum", "combined", "summed"])
            && (aside.contains { ["their", "his", "her", "its", "each", "ones", "own"].contains(q[$0]) })
    }

    /// "their average lifetime spend (everything they have ever bought)": what lifetime means.
    private func restatesLifetime(_ q: QuestionWords, _ aside: Range<Int>) -> Bool {
        (max(0, aside.lowerBound - 4)..<aside.lowerBound).contains { ["lifetime", "ltv", "clv"].contains(q[$0]) }
            && isAside(
                q, aside,
                onlyOf: ["everything", "all", "they", "have", "ever", "bought", "spent", "purchased", "ordered", "their", "purchases", "orders", "sales", "time", "of", "with", "us", "the", "i", "e", "ie", "whole", "history", "over"],
                naming: ["everything", "ever", "all", "history"])
    }

    /// "which individual product (exact size and colour)": a product is one size and colour already.
    private func restatesVariant(_ q: QuestionWords, _ aside: Range<Int>) -> Bool {
        // "a Road-650 (any colour or size)": a model is every size and colour of it already.
        let afterModel = (max(0, aside.lowerBound - 3)..<aside.lowerBound).contains { k in modelCode(q, at: k).map { k + $0.length == aside.lowerBound } ?? false }
        if afterModel, isAside(q, aside, onlyOf: ["any", "all", "every", "colour", "color", "colours", "colors", "size", "sizes", "or", "and", "in"], naming: ["any", "all", "every"]) {
            return true
        }
        return isAside(
            q, aside, onlyOf: ["exact", "specific", "each", "every", "size", "sizes", "and", "colour", "color", "colours", "colors", "i", "e", "ie", "down", "to", "the", "level", "variant", "individual", "of", "by", "with", "its", "own"],
            naming: ["size", "sizes"])
            && ["product", "products", "item", "items", "variant", "variants"].contains(q[aside.lowerBound - 1])
    }

    /// An aside made only of the given words, with at least one of those it must name.
    /// "(by order date)", "(using the order date)": the date that orders time, which every period and time bucket uses
    /// anyway.
    private func namesDefaultTime(_ q: QuestionWords, _ aside: Range<Int>) -> Bool {
        guard aside.count <= 6, let time = vocabulary.dimensions.first(where: { $0.role == .defaultTime }) else { return false }
        var k = aside.lowerBound
        while k < aside.upperBound, ["by", "the", "based", "on", "using", "use", "according", "to", "i", "e", "ie", "per", "its", "their"].contains(q[k]) { k += 1 }
        let rest = (k..<aside.upperBound).map { q[$0] }.joined(separator: " ")
        return rest.contains(" ") && (time.phrases.contains(rest) || rest == time.name.replacingOccurrences(of: "_", with: " "))
    }

    /// "(yyyy-mm)": the format a period is shown in; "(n/a)" after "no gender recorded": the unknown value named again.
    /// "month-over-month change for each month of 2013 (compare January with December 2012)": the first month against the
    /// one before it, which a month-over-month series does anyway.
    private func restatesFirstMonthsBaseline(_ q: QuestionWords, _ aside: Range<Int>) -> Bool {
        let words = aside.map { q[$0] }
        let monthBefore = q.has(anyOf: ["month before", "previous month", "prior month", "preceding month", "month earlier"])
        guard q.has("month over month") || q.words.contains("mom") || monthBefore, words.contains(where: { Lexicon.months[$0] == 1 }), words.contains(where: { Lexicon.months[$0] == 12 })
        else { return false }
        let filler: Set<String> = [
            "compare", "compared", "comparing", "with", "to", "against", "vs", "versus", "the", "previous", "prior", "of", "is", "so", "i", "e", "ie",
            "counts", "counted", "measured", "goes",
        ]
        return words.allSatisfy { filler.contains($0) || Lexicon.months[$0] != nil || Lexicon.year($0) != nil }
    }

    private func restatesFormat(_ q: QuestionWords, _ aside: Range<Int>) -> Bool {
        let words = aside.map { q[$0] }
        if !words.isEmpty, words.allSatisfy({ ["yyyy", "yy", "mm", "dd", "format", "as", "in"].contains($0) }), words.contains(where: { ["yyyy", "mm"].contains($0) }) { return true }
        guard words == ["n", "a"] || words == ["na"] || words == ["unknown"] || words == ["null"] else { return false }
        // Only beside words that already say the value is missing: "(n/a)" alone may be the value asked about.
        let outside = (0..<q.count).filter { !aside.contains($0) }.map { q[$0] }
        return outside.contains { ["no", "without", "missing", "unknown", "unrecorded", "blank"].contains($0) }
            || zip(outside, outside.dropFirst()).contains { $0 == "not" && ["recorded", "known", "given"].contains($1) }
    }

    private func isAside(_ q: QuestionWords, _ aside: Range<Int>, onlyOf allowed: Set<String>, naming key: Set<String>) -> Bool {
        let words = aside.map { q[$0] }
        return words.allSatisfy(allowed.contains) && words.contains(where: key.contains)
    }

    /// "(the unknown 'n/a' country included)", "(products without a category as their own row)": a group of the unknown
    /// is a row of its own anyway.
    /// "by maintenance flag (yes / no)", "per gender (male, female)": the values of the column just named, listed again.
    private func restatesValues(_ q: QuestionWords, _ aside: Range<Int>) -> Bool {
        guard aside.count >= 2,
            let d = (max(0, aside.lowerBound - 3)..<aside.lowerBound).lazy.compactMap({ self.dimensionNamed(q.words, $0) }).first
        else { return false }
        let values = Set(vocabulary.values.filter { $0.dimension == d }.map { $0.value.lowercased() })
        var k = aside.lowerBound
        while k < aside.upperBound {
            // ("each marital status group (married, single and unknown)": the unknown row too.)
            if ["or", "and", "vs", "versus", "unknown"].contains(q[k]) || values.contains(q[k]) {
                k += 1
                continue
            }
            guard let (value, length) = valueSpan(q, k), value.dimension == d else { return false }
            k += length
        }
        return true
    }

    private func keepsUnknownGroup(_ q: QuestionWords, _ aside: Range<Int>) -> Bool {
        let words = aside.map { q[$0] }
        guard words.count <= 10, q.words.contains(where: { ["by", "per", "each", "every", "for"].contains($0) }) else { return false }
        let unknown = words.contains { ["unknown", "without", "no", "missing", "blank", "null", "empty", "na"].contains($0) } || zip(words, words.dropFirst()).contains { $0 == ("n", "a") }
        let kept = words.contains { ["included", "including", "include", "row", "rows", "own", "separate", "separately"].contains($0) }
        return unknown && kept
    }

    /// "the last 6 months, counting the latest month even if it is not finished": the latest month is one of them anyway.
    private func dropLatestPeriodIncluded(_ q: inout QuestionWords) {
        guard q.words.contains(where: { ["last", "latest", "past", "recent"].contains($0) }),
            let e = (0..<q.count).first(where: { q[$0] == "even" && q[$0 + 1] == "if" }),
            let end = q.span(e + 2, upTo: e + 8).first(where: { ["partial", "incomplete", "finished", "complete", "over", "full", "ended", "done", "partly"].contains(q[$0]) })
        else { return }
        var start = e
        let grains: Set<String> = ["month", "quarter", "year", "week", "day", "period"]
        // "counting the latest month", "the latest month included": said of the period that is part of the range anyway.
        if let g = ((max(0, e - 4))..<e).last(where: { grains.contains(q[$0]) }), ["latest", "last", "current", "final", "recent"].contains(q[g - 1]) {
            var s = q[g - 2] == "most" ? g - 2 : g - 1
            if q[s - 1] == "the" { s -= 1 }
            if ["counting", "including", "include", "count", "incl"].contains(q[s - 1]), g + 1 == e {
                start = s - 1
            } else if ["included", "counted", "too"].contains(q[g + 1]), g + 2 == e {
                start = s
            }
        }
        q.replace(start..<(end + 1), with: [])
    }

    private func dropRestatement(_ q: inout QuestionWords) {
        for marker in [["ie"], ["i", "e"], ["that", "is"], ["meaning"], ["in", "other", "words"]] {
            guard let m = (0..<q.count).first(where: { i in marker.indices.allSatisfy { q[i + $0] == marker[$0] } }) else { continue }
            let rest = Array(q.words[(m + marker.count)...])
            guard !rest.isEmpty, rest.count <= m else { continue }
            let said = (0...(m - rest.count)).contains { start in rest.indices.allSatisfy { q[start + $0] == rest[$0] } }
            if said { q.replace(m..<q.count, with: []) }
            return
        }
        // Without a marker ("one-time buyers - customers who only ever placed a single order"): the longest ending of four
        // words or more that was said before in the same words.
        for length in stride(from: q.count / 2, through: 4, by: -1) {
            let rest = Array(q.words[(q.count - length)...])
            let said = (0...(q.count - 2 * length)).contains { start in rest.indices.allSatisfy { q[start + $0] == rest[$0] } }
            if said {
                q.replace((q.count - length)..<q.count, with: [])
                return
            }
        }
    }

    /// Phrases that say again what a rule does anyway, or say a thing in other words: "(both ends included)" after a
    /// range (ranges include both ends), "in month order" (time breakdowns are in time order), "just the two totals"
    /// (two periods compared show both), "did better than the average" (above it).
    /// "units and revenue for each helmet", "every mountain bike's revenue": each product of that kind, one row per
    /// product (a value of the catalogue said after "each" is not one total).
    /// "Which bike colour sells the most units to female buyers, and which to male buyers?": the ranking asked again for
    /// another value of the same column is one ranking within each of the values named.
    private func rewriteRankingAskedAgain(_ q: inout QuestionWords) {
        // ("top 3 clothing products within each clothing subcategory": the value said again before the column it is a
        // parent of; each subcategory of it.)
        for i in stride(from: q.count - 1, through: 0, by: -1) where ["each", "every", "per"].contains(q[i]) {
            guard let (v, n) = valueSpan(q, i + 1), let d = dimensionNamed(q.words, i + 1 + n), vocabulary.determines.contains("\(d)>\(v.dimension)"),
                (0..<i).contains(where: { k in valueSpan(q, k).map { $0.0.dimension == v.dimension && $0.0.value == v.value } ?? false })
            else { continue }
            q.replace((i + 1)..<(i + 1 + n), with: [])
        }
        for i in 0..<q.count where q[i] == "and" && q[i + 1] == "which" {
            var k = i + 2
            if q[k] == "one" { k += 1 }
            guard ["to", "for", "among", "in", "with", "from"].contains(q[k]), let (second, n) = valueSpan(q, k + 1),
                let d = vocabulary.dimension(named: second.dimension), let word = d.phrases.first
            else { continue }
            // The same preposition and a value of the same column said before, after a ranking word.
            guard let j = (0..<i).last(where: { q[$0] == q[k] && valueSpan(q, $0 + 1).map { $0.0.dimension == second.dimension && $0.0.value != second.value } ?? false }),
                (0..<j).contains(where: { ["most", "best", "top", "highest", "biggest"].contains(q[$0]) }), let (_, m) = valueSpan(q, j + 1)
            else { continue }
            var end = k + 1 + n
            if Lexicon.peopleWords.contains(q[end]) || Lexicon.productWords.contains(q[end]) { end += 1 }
            let secondWords = Array(q.words[(k + 1)..<(k + 1 + n)])
            q.replace(i..<end, with: ["for", "each", word])
            q.replace((j + 1 + m)..<(j + 1 + m), with: ["and"] + secondWords)
            return
        }
    }

    private func rewriteEachOfAKind(_ q: inout QuestionWords) {
        for i in stride(from: q.count - 1, through: 0, by: -1) where ["each", "every"].contains(q[i]) {
            guard let (value, length) = valueSpan(q, i + 1), vocabulary.dimension(named: value.dimension)?.table == productsTable else { continue }
            let next = q[i + 1 + length]
            // ("each bike category", "each helmet product", "each mountain bike model": what is named next is the row.)
            // ("each Road-650 variant": a model's code follows, which names the rows itself.)
            // ("each bike buyer": the people who bought it are the rows.)
            guard dimensionNamed(q.words, i + 1 + length) == nil, !Lexicon.productWords.contains(next), next.first?.isNumber != true,
                !Lexicon.peopleWords.contains(next), !["buyer", "purchaser", "purchasers", "shopper", "client"].contains(next),
                !["model", "models", "type", "types", "kind", "kinds", "range", "family", "group", "and", "or", "vs", "versus"].contains(next)
            else { continue }
            q.replace((i + 1 + length)..<(i + 1 + length), with: ["product"])
        }
    }

    /// "revenue from new buyers (whose first order was in 2013) and from returning buyers (who had ordered before 2013)":
    /// what new and returning mean, said again in parentheses. The aside goes, so that it is not read as a filter of
    /// its own; only when every number in it is said outside it too (the period the split is made at).
    private func dropStatusDefinitions(_ q: inout QuestionWords) {
        let people = Lexicon.peopleWords.union(["buyer", "shopper", "purchasers", "purchaser"])
        // "customers we've acquired, year by year (count each customer in the year of their first order)", "how many new
        // customers (customers whose first ever order fell in that month)": what a new customer is, said again.
        let acquisition: Set<String> = ["new", "acquired", "acquire", "acquisition", "won", "gained", "win", "gain"]
        // (Said as a clause of its own: "... by quarter for 2012 - count each customer in the quarter of their first ever order.")
        if q.words.contains(where: acquisition.contains) {
            for i in stride(from: q.count - 1, through: 0, by: -1) where ["count", "counting"].contains(q[i]) && ["each", "every", "a"].contains(q[i + 1]) {
                var k = i + 2
                guard ["customer", "buyer", "client"].contains(q[k]) else { continue }
                k += 1
                if q[k] == "as", q[k + 1] == "new" { k += 2 }
                guard q[k] == "in", q[k + 1] == "the", ["year", "quarter", "month", "week"].contains(q[k + 2]), q[k + 3] == "of", ["their", "his", "her"].contains(q[k + 4]) else { continue }
                k += 5
                if q[k] == "very" { k += 1 }
                guard q[k] == "first" else { continue }
                k += 1
                if q[k] == "ever" { k += 1 }
                guard ["order", "purchase"].contains(q[k]) else { continue }
                q.replace(i..<(k + 1), with: [])
            }
        }
        // "... from new customers, i.e. customers whose first-ever order was placed in 2013": the same, after "i.e." to the end
        // of its sentence.
        var clauses = q.asides
        // (Not inside an aside, which is read whole: "(new = first ever order ...)".)
        for i in 0..<q.count where ((q[i] == "i" && q[i + 1] == "e") || q[i] == "ie" || q[i] == "meaning") && !q.asides.contains(where: { $0.contains(i) }) {
            let start = q[i] == "i" ? i + 2 : i + 1
            let end = q.sentenceStarts.first(where: { $0 > start }) ?? q.count
            // ("what share of its customers did we win in 2013, i.e. ...": a share of people, whose base the clause may
            // say; left to be read, or refused.)
            // ("what percentage of the people who bought from us in 2013 were new, i.e. ...": the period's buyers are the
            // base, said outright; the clause only defines new.)
            let shareOfPeople = (0..<i).contains { k in
                guard QuestionParser.percentWords.contains(q[k]), q[k + 1] == "of" else { return false }
                let p = Lexicon.peopleWords.contains(q[k + 2]) ? k + 2 : Lexicon.peopleWords.contains(q[k + 3]) ? k + 3 : nil
                guard let p else { return false }
                return !(["who", "that"].contains(q[p + 1]) && Lexicon.purchaseVerbs.contains(q[p + 2]))
            }
            if start < end, !shareOfPeople, (max(0, i - 8)..<i).contains(where: { acquisition.contains(q[$0]) }) { clauses.append(i..<end) }
        }
        for a in clauses.reversed() where a.count <= 20 && (0..<a.lowerBound).contains(where: { acquisition.contains(q[$0]) }) {
            let words = a.map { q[$0] }.filter { !["i", "e", "ie", "meaning"].contains($0) }
            // ("count each customer by the date of their first ever order, 1 Jul - 31 Dec 2013": the dates of a period the
            // question names outside the aside too.)
            let outsideYears = Set((0..<q.count).filter { !a.contains($0) }.compactMap { Lexicon.year(q[$0]) })
            let definition: Set<String> = [
                "count", "counting", "each", "every", "customer", "customers", "buyer", "buyers", "in", "the", "of", "their", "his", "her", "very", "first", "ever",
                "order", "purchase", "whose", "fell", "falls", "fall", "was", "is", "that", "year", "month", "quarter", "week", "placed", "by", "date", "to",
            ]
            guard words.contains("first"), words.contains(where: { ["order", "purchase"].contains($0) }),
                words.allSatisfy({ w in
                    definition.contains(w) || Lexicon.months[w] != nil || Self.dayNumber(w) != nil || Lexicon.year(w).map { outsideYears.contains($0) } == true
                })
            else { continue }
            q.replace(a, with: [])
        }
        for a in q.asides.reversed() where a.count <= 14 {
            let before = (max(0, a.lowerBound - 3)..<a.lowerBound).map { q[$0] }
            // "(new = first ever order falls in that quarter)": the aside names the status it defines, said outside it too.
            let status: Set<String> = ["new", "returning", "existing", "repeat"]
            let named = status.contains(q[a.lowerBound]) && (0..<a.lowerBound).contains(where: { q[$0] == q[a.lowerBound] })
            // ("how many were brand new (their first ever order fell in Q4 2013)": the status right before it.)
            guard named || (before.contains(where: status.contains) && before.contains(where: people.contains)) || before.last.map(status.contains) == true,
                a.contains(where: { ["first", "before", "already", "earlier", "previously", "prior"].contains(q[$0]) })
            else { continue }
            let outside = Set(q.words.indices.filter { !a.contains($0) }.map { q[$0] })
            guard a.allSatisfy({ q[$0].first?.isNumber != true || outside.contains(q[$0]) }) else { continue }
            q.replace(a, with: [])
        }
    }

    /// "units by bike in 2013", "revenue by helmet": one row for each product of the kind named in the singular, as
    /// "for each bike" is (not the kind's one total). Only a category or subcategory; "by bike subcategory" names a column.
    private func rewriteByKind(_ q: inout QuestionWords) {
        for i in 0..<q.count where q[i] == "by" && q.isFree(i) {
            guard let (value, length) = valueSpan(q, i + 1), ["category", "subcategory"].contains(value.dimension),
                vocabulary.dimension(named: value.dimension)?.table == productsTable, !q[i + length].hasSuffix("s")
            else { continue }
            let next = q[i + 1 + length]
            guard dimensionNamed(q.words, i + 1 + length) == nil, !Lexicon.productWords.contains(next), vocabulary.metrics.allSatisfy({ !$0.phrases.contains(next) }),
                ["", "in", "for", "during", "over", "and", "sold", "from", "since", "between", "across", "please", "only"].contains(next)
            else { continue }
            q.replace(i..<(i + 1), with: ["for", "each"])
            return
        }
    }

    /// "revenue per mountain bike (sold)": the revenue of one unit of that kind, its average selling price. Another measure
    /// "per" a kind of product ("units per helmet") has no reading of its own: the words are kept together so that
    /// the question is refused naming them, never answered as the kind's total. ("pays the most on average per bike"
    /// is left to the definitions.)
    private func rewritePerKind(_ q: inout QuestionWords) {
        for i in stride(from: q.count - 1, through: 1, by: -1) where q[i] == "per" {
            guard let (value, length) = valueSpan(q, i + 1), vocabulary.dimension(named: value.dimension)?.table == productsTable else { continue }
            var end = i + 1 + length
            let next = q[end]
            // "road revenue per Road-line buyer": the people who bought what the question names already are the buyers of
            // its sales; the value said again is dropped.
            // ("per Road-line buyer": the column's word after the value.)
            let kindWord = dimensionNamed(q.words, end) == value.dimension && ["line", "category", "subcategory"].contains(next) ? 1 : 0
            if ["buyer", "buyers", "customer", "customers", "purchaser", "purchasers"].contains(q[end + kindWord]),
                (0..<q.count).contains(where: { k in (k < i || k > end) && valueSpan(q, k).map { $0.0.dimension == value.dimension && $0.0.value == value.value } ?? false })
            {
                q.replace((i + 1)..<(end + kindWord), with: [])
                continue
            }
            // ("per bike category", "per mountain bike buyer", "per helmet order": what is named next is the row.)
            guard dimensionNamed(q.words, end) == nil, !Lexicon.productWords.contains(next), !Lexicon.peopleWords.contains(next),
                !["model", "models", "type", "types", "kind", "kinds", "range", "family", "order", "orders", "buyer", "buyers", "purchaser", "purchasers", "line", "lines"]
                    .contains(next)
            else { continue }
            if ["sold", "bought", "purchased"].contains(next) { end += 1 }
            let kind = Array(q.words[(i + 1)..<(i + 1 + length)])
            if ["revenue", "sales", "turnover", "takings", "income"].contains(q[i - 1]) {
                q.replace(i..<end, with: ["per", "unit", "for"] + kind)
            } else if ["units", "quantity", "orders", "profit", "margin", "customers", "buyers", "lines", "cost"].contains(q[i - 1]) {
                q.replace(i..<end, with: [(["per"] + kind).joined(separator: " ")])
            }
        }
    }

    private func rewriteSmallPhrases(_ q: inout QuestionWords) {
        // "top 3 earners within each bike subcategory": sellers (products, unless the rows are named).
        q.replaceAll(["earners"], with: ["sellers"])
        q.replaceAll(["earner"], with: ["seller"])
        // "the subcategories under Components": in that category.
        for i in 0..<q.count where q[i] == "under" && Double(q[i + 1]) == nil {
            guard let (value, _) = valueSpan(q, i + 1) ?? valueSpan(q, i + 2).flatMap({ q[i + 1] == "the" ? $0 : nil }),
                vocabulary.dimension(named: value.dimension)?.table == productsTable
            else { continue }
            q.replace(i..<(i + 1), with: ["in"])
        }
        // "our oldest customer ... go by the earliest birth date": what oldest means, said again.
        if q.words.contains(where: { ["oldest", "youngest"].contains($0) }), q.words.contains(where: { ["birth", "birthdate", "dob"].contains($0) }) {
            for lead in [["go", "by"], ["going", "by"], ["based", "on"], ["using"], ["i", "e"], ["ie"], ["meaning"]] {
                for edge in ["earliest", "latest", "oldest", "newest", "first", "last"] {
                    for date in [["birth", "date"], ["date", "of", "birth"], ["birthdate"], ["dob"]] {
                        q.replaceAll(lead + ["the", edge] + date, with: [])
                        q.replaceAll(lead + [edge] + date, with: [])
                    }
                }
            }
        }
        // "the third and fourth quarters of 2013": Q3 2013 and Q4 2013.
        let quarterOrdinals = ["first": 1, "second": 2, "third": 3, "fourth": 4]
        for i in 0..<q.count where q[i] == "the" && q[i + 2] == "and" && q[i + 4] == "quarters" && q[i + 5] == "of" {
            guard let a = quarterOrdinals[q[i + 1]], let b = quarterOrdinals[q[i + 3]], Lexicon.year(q[i + 6]) != nil else { continue }
            let year = q[i + 6]
            q.replace(i..<(i + 7), with: ["q\(a)", year, "and", "q\(b)", year])
            break
        }
        // "booked in the fourth quarter": Q4 ("the first quarter" only where it cannot start "the first quarter in which ...").
        for (i, word) in q.words.enumerated() where q[i - 1] == "the" && q[i + 1] == "quarter" {
            guard let n = ["first": 1, "second": 2, "third": 3, "fourth": 4][word] else { continue }
            guard n > 1 || ["", "of", "and", "vs", "versus", "compared", "than", "with"].contains(q[i + 2]) || Lexicon.year(q[i + 2]) != nil else { continue }
            q.replace((i - 1)..<(i + 2), with: ["q\(n)"])
            break
        }
        // "for each gender, unknown included": the unknown group is a row of its own anyway.
        if q.words.contains(where: { ["each", "per", "every"].contains($0) }) {
            for phrase in [["unknown", "included"], ["unknowns", "included"], ["n", "a", "included"], ["unknown", "too"], ["unknown", "as", "well"]] { q.replaceAll(phrase, with: []) }
        }
        // "Year by year, ... Leave out any lines that have no order date.": a time breakdown leaves them out anyway.
        // (Checked on two words first: the phrases are many, and most questions say neither.)
        if q.words.contains("date"), q.words.contains(where: { ["lines", "rows"].contains($0) }),
            q.words.contains(where: { ["year", "month", "quarter", "monthly", "yearly", "quarterly", "week", "day"].contains($0) })
        {
            for lead in [["leave", "out"], ["excluding"], ["exclude"], ["ignore"], ["ignoring"], ["skip"], ["drop"]] {
                for what in [["any", "lines"], ["lines"], ["any", "sales", "lines"], ["sales", "lines"], ["the", "lines"], ["any", "rows"], ["rows"]] {
                    for tail in [["that", "have", "no", "order", "date"], ["with", "no", "order", "date"], ["without", "an", "order", "date"], ["without", "order", "date"], ["that", "have", "no", "date"], ["with", "no", "date"]] {
                        q.replaceAll(lead + what + tail, with: [])
                    }
                }
            }
        }
        // "between January and March 2013": from the one month to the other (both included).
        for i in 0..<q.count where q[i] == "between" && Lexicon.months[q[i + 1]] != nil && q[i + 2] == "and" && Lexicon.months[q[i + 3]] != nil {
            q.replace(i..<(i + 4), with: ["from", q[i + 1], "to", q[i + 3]])
        }
        // "in at least three of the four quarters of 2013": in 3 different quarters.
        for i in 0..<q.count where q[i] == "of" && q[i + 1] == "the" && ["four", "4", "twelve", "12", "two", "2", "seven", "7"].contains(q[i + 2]) {
            guard ["quarters", "months", "halves", "days", "weekdays"].contains(q[i + 3]), (Int(q[i - 1]) ?? Lexicon.numberWords[q[i - 1]]) != nil else { continue }
            q.replace(i..<(i + 3), with: ["different"])
            break
        }
        // "percentages pls" after a share asked in percent: said again.
        if q.words.contains("percent") {
            for phrase in [["as", "percentages"], ["in", "percentages"], ["percentages", "please"], ["percentages", "pls"], ["percentages"]] { q.replaceAll(phrase, with: []) }
        }
        // "the 3 most expensive accessories in terms of cost": ranked by cost. Without "cost" said, "expensive" could be the
        // price paid or the cost, and stays unread.
        if q.words.contains("cost") {
            for (phrase, said) in [(["most", "expensive"], ["highest", "cost"]), (["least", "expensive"], ["lowest", "cost"]), (["cheapest"], ["lowest", "cost"])] {
                // ("cheapest first", "most expensive to cheapest": a sort order, read as one.)
                guard let i = q.firstIndex(of: phrase),
                    !["first", "last", "to", "down"].contains(q[i + phrase.count])
                else { continue }
                q.replace(i..<(i + phrase.count), with: said)
            }
            // ("cheapest and most expensive product cost": both ends of the cost said once.)
            for tail in [["product", "cost"], ["cost"], ["unit", "cost"]] {
                q.replaceAll(["lowest", "cost", "and", "highest", "cost"] + tail, with: ["lowest", "and", "highest"] + tail)
                q.replaceAll(["highest", "cost", "and", "lowest", "cost"] + tail, with: ["highest", "and", "lowest"] + tail)
            }
            if q.has(anyOf: ["highest cost", "lowest cost"]) {
                for phrase in [["in", "terms", "of", "cost"], ["by", "cost"], ["based", "on", "cost"], ["going", "by", "cost"]] where q.words.count > phrase.count {
                    q.replaceAll(phrase, with: [])
                }
            }
        }
        // "what's the top seller by units in each clothing subcategory": a seller is a product (the warehouse has no sales
        // people), unless the rows ranked are named before it ("which subcategory was the best seller").
        let sellers: [([String], [String])] = [
            (["top", "seller"], ["top", "selling", "product"]), (["best", "seller"], ["best", "selling", "product"]), (["bestseller"], ["best", "selling", "product"]),
            (["top", "sellers"], ["top", "selling", "products"]), (["best", "sellers"], ["best", "selling", "products"]), (["bestsellers"], ["best", "selling", "products"]),
        ]
        // ("the top 2 sellers in each bike subcategory": the count said between.)
        // ("the bottom 5 sellers of 2013": the worst, and a year after "of".)
        for i in 0..<q.count where ["top", "best", "bottom", "worst"].contains(q[i]) && (Int(q[i + 1]) ?? Lexicon.numberWords[q[i + 1]]) != nil && ["seller", "sellers"].contains(q[i + 2]) {
            guard dimensionNamed(q.words, i + 3) == nil, !Lexicon.productWords.contains(q[i + 3]), !Lexicon.peopleWords.contains(q[i + 3]),
                !["of", "among"].contains(q[i + 3]) || Lexicon.year(q[i + 4]) != nil
            else { continue }
            q.replace((i + 2)..<(i + 3), with: ["selling", q[i + 2] == "seller" ? "product" : "products"])
        }
        for (phrase, said) in sellers {
            guard let i = q.firstIndex(of: phrase) else { continue }
            let next = i + phrase.count
            let rowsNamed = (0..<q.count).contains { (k: Int) -> Bool in
                let names = dimensionNamed(q.words, k) != nil || Lexicon.productWords.contains(q[k]) || Lexicon.peopleWords.contains(q[k])
                let asked = k < i && ["which", "what"].contains(q[k - 1])
                let after = k == next || (k == next + 1 && ["of", "among"].contains(q[next]))
                return names && (asked || after)
            }
            if !rowsNamed { q.replace(i..<next, with: said) }
        }
        // "what's the gender mix of our customers": the mix asked for, not "what gender".
        for i in 0..<q.count where q[i] == "what" {
            let k = q[i + 1] == "is" ? i + 2 : i + 1
            guard q[k] == "the", ["mix", "split", "breakdown", "makeup", "distribution"].contains(q[k + 2]) || ["mix", "split", "breakdown", "makeup", "distribution"].contains(q[k + 3]) else { continue }
            q.replace(i..<k, with: [])
            break
        }
        // "how many orders did the average buyer place": orders per buyer.
        // (These phrase loops build many word lists: tried only when the question has their words.)
        let averageAsked = q.words.contains("average") && q.words.contains("how")
        for what in ["orders", "units", "items"] where averageAsked {
            for who in ["buyer", "customer", "client", "shopper"] {
                for verb in ["place", "make", "buy", "purchase", "order"] {
                    q.replaceAll(["how", "many", what, "did", "the", "average", who, verb], with: [what == "items" ? "units" : what, "per", "buyer"])
                    q.replaceAll(["how", "many", what, "does", "the", "average", who, verb], with: [what == "items" ? "units" : what, "per", "buyer"])
                }
            }
        }
        // "how much did each of them spend in that half": the period already said.
        for grain in ["half", "period"] where q.words.contains("that") {
            for preposition in ["in", "during", "over"] { q.replaceAll([preposition, "that", grain], with: []) }
        }
        // "one row per country with the two years in separate columns", "each year as its own column": the years named
        // side by side.
        if q.words.filter({ Lexicon.year($0) != nil }).count >= 2 {
            let layout: Set<String> = ["with", "the", "two", "three", "both", "years", "year", "periods", "in", "as", "separate", "its", "own", "each", "a", "of", "their", "laid", "out", "and"]
            for i in stride(from: q.count - 1, through: 0, by: -1) where ["columns", "column"].contains(q[i]) {
                var k = i
                while k > 0, layout.contains(q[k - 1]), i - k < 8 { k -= 1 }
                guard (k..<i).contains(where: { ["years", "year", "periods"].contains(q[$0]) }) else { continue }
                q.replace(k..<(i + 1), with: ["side", "by", "side"])
                break
            }
            q.replaceAll(["laid", "out", "as"], with: [])
        }
        // "Two columns side by side please": the layout two periods compared have anyway.
        // ("For each country, bike revenue on weekends versus weekdays, as two columns": with rows of their own, the
        // columns are asked for, and the pivot reads them.)
        let rowsOfTheirOwn = q.words.contains(where: { ["each", "per", "by", "every"].contains($0) }) && !q.has("side by side")
        if q.words.contains(where: { ["vs", "versus", "compared"].contains($0) }), !rowsOfTheirOwn {
            for phrase in [["in", "two", "columns"], ["two", "columns"], ["as", "two", "columns"]] { q.replaceAll(phrase, with: []) }
        }
        // "in each month of the final quarter of 2013": Q4 of that year.
        for i in 0..<q.count where ["final", "last", "closing"].contains(q[i]) && q[i + 1] == "quarter" && q[i + 2] == "of" && Lexicon.year(q[i + 3]) != nil {
            q.replace((q[i - 1] == "the" ? i - 1 : i)..<(i + 3), with: ["q4"])
            break
        }
        // "on how many different days did we make at least one sale": days with sales.
        if q.words.contains("days") {
            for verb in ["make", "have", "get", "record", "see"] {
                for thing in ["sale", "order"] {
                    q.replaceAll(["did", "we", verb, "at", "least", "one", thing], with: ["with", "sales"])
                }
            }
        }
        // "bought a bike in 2013, what percentage also bought clothing in 2013": the same year said again.
        // (Only a second purchase said with "also", at the end: elsewhere a year said again may define a term.)
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "in" && Lexicon.year(q[i + 1]) != nil && i + 2 == q.count {
            guard let first = (0..<i).first(where: { q[$0] == "in" && q[$0 + 1] == q[i + 1] }), ((first + 2)..<i).contains(where: { q[$0] == "also" }) else { continue }
            q.replace(i..<(i + 2), with: [])
        }
        // "the biggest jump in order count over the previous month": compared with it (not a threshold).
        for grain in ["month", "quarter", "year", "week", "day"] where q.words.contains("over") {
            q.replaceAll(["over", "the", "previous", grain], with: ["compared", "with", "the", "previous", grain])
            q.replaceAll(["over", "the", "prior", grain], with: ["compared", "with", "the", "previous", grain])
        }
        rewriteSaidOtherwise(&q)
        // "how many such products does each have": the ones just described.
        q.replaceAll(["many", "such"], with: ["many"])
        // "running count of orders": a running total of the count.
        q.replaceAll(["running", "count"], with: ["running", "total"])
        // "across our customer base": the customers.
        q.replaceAll(["customer", "base"], with: ["customers"])
        // "how much did the average buyer spend": revenue per customer.
        for who in ["buyer", "customer", "client", "shopper"] where averageAsked {
            for verb in ["spend", "spent"] {
                q.replaceAll(["how", "much", "did", "the", "average", who, verb], with: ["revenue", "per", "customer"])
                q.replaceAll(["how", "much", "does", "the", "average", who, verb], with: ["revenue", "per", "customer"])
            }
        }
        // "rank the product lines by how much our single customers have spent on them": by revenue (not by a change).
        for i in 0..<q.count where q[i] == "by" && q[i + 1] == "how" && q[i + 2] == "much" {
            guard let verb = q.span(i + 3, upTo: i + 15).first(where: { ["spent", "spend", "paid", "bought"].contains(q[$0]) }) else { continue }
            let end = q[verb + 1] == "on" && ["them", "it", "each"].contains(q[verb + 2]) ? verb + 3 : verb + 1
            q.replace(verb..<end, with: [])
            q.replace(i..<(i + 3), with: ["by", "revenue"])
            break
        }
        // "Q4 2013 next to Q4 2012": the two periods side by side.
        for i in 0..<q.count where q[i] == "next" && q[i + 1] == "to" && (Lexicon.year(q[i - 1]) != nil || Lexicon.year(q[i + 3]) != nil || Lexicon.year(q[i + 2]) != nil) {
            // ("orders each month, 2012 next to 2013": two years beside each other, read where years are.)
            if Lexicon.year(q[i - 1]) != nil, Lexicon.year(q[i + 2]) != nil { break }
            q.replace(i..<(i + 2), with: ["vs"])
            break
        }
        rewriteComparativeQuestion(&q)
        rewriteAtLeastOneInEach(&q)
        rewriteMostProfitable(&q)
        rewriteMoreThanTheAveragePeriod(&q)
        // "the first six months of 2012": its first half; "the last three months of 2013": its fourth quarter.
        // (Looked for only where "months" is said: this runs on every question.)
        for (said, meant) in q.words.contains("months") ? Self.monthsOfAYear : [] {
            if let i = q.firstIndex(of: said), Lexicon.year(q[i + said.count]) != nil { q.replace(i..<(i + said.count), with: meant) }
        }
        // "how many orders has each of our Australian customers placed": each customer.
        if let i = q.firstIndex(of: ["each", "of", "our"]), valueSpan(q, i + 3) != nil || Lexicon.peopleWords.contains(q[i + 3]) { q.replace((i + 1)..<(i + 3), with: []) }
        rewriteVerbOfAnotherMeasure(&q)
        // "GM% by customer country, 2013 orders only": the period, not a second measure.
        for i in 1..<max(1, q.count) where Lexicon.year(q[i]) != nil && ["orders", "sales", "lines", "purchases"].contains(q[i + 1]) && q[i + 2] == "only" && q[i - 1] != "in" {
            q.replace(i..<(i + 3), with: ["in", q[i]])
            break
        }
        // "how many married vs how many single": the two groups set against each other, as "married vs single".
        for i in 0..<q.count where ["vs", "versus"].contains(q[i]) && q[i + 1] == "how" && q[i + 2] == "many" && valueSpan(q, i + 3) != nil {
            q.replace((i + 1)..<(i + 3), with: [])
            break
        }
        // "do married customers spend more than single ones": the two groups compared, "married vs single" (a number
        // after "more than" is a threshold, never this).
        // ("order more often than single ones": the same.)
        for i in 0..<q.count where ["more", "less", "fewer", "better", "worse"].contains(q[i]) && (q[i + 1] == "than" || (q[i + 1] == "often" && q[i + 2] == "than")) {
            let than = q[i + 1] == "than" ? i + 1 : i + 2
            let k = ["the", "our"].contains(q[than + 1]) ? than + 2 : than + 1
            guard let (after, _) = valueSpan(q, k),
                q.span(max(0, i - 4), upTo: i).contains(where: { valueSpan(q, $0).map { $0.value.dimension == after.dimension && $0.value.value != after.value } ?? false })
            else { continue }
            // ("in which months did German customers spend more than French ones": the rows where one beats the other,
            // which the two side by side are not; left unread, so refused.)
            if q.span(0, upTo: min(3, i)).contains(where: { q[$0] == "which" }) { break }
            q.replace(i..<(than + 1), with: ["vs"])
            break
        }
        // "by the end of each quarter of 2013, what % of the year's revenue had we booked": to date at each quarter's end,
        // a cumulative figure (said once when the question says so already).
        let cumulativeSaid = q.words.contains { ["cumulative", "cumulatively", "running", "ytd"].contains($0) }
        q.replaceAll(["by", "the", "end", "of", "each"], with: cumulativeSaid ? ["by"] : ["cumulative", "by"])
        // "age profile of the people who bought in 2013 - how many fall into under 30, 30-44 ...": the bands say the profile.
        if q.has("how many"), let i = (0..<q.count).first(where: { q[$0] == "age" && q[$0 + 1] == "profile" && q[$0 + 2] == "of" }) {
            q.replace(i..<(i + 3), with: [])
        }
        // "for calendar year 2013": the year.
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "calendar" && q[i + 1] == "year" && Lexicon.year(q[i + 2]) != nil {
            q.replace(i..<(i + 2), with: [])
        }
        // "more than one order line": lines of orders.
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "order" && ["line", "lines"].contains(q[i + 1]) && (Double(q[i - 1]) != nil || Lexicon.numberWords[q[i - 1]] != nil) {
            q.replace(i..<(i + 1), with: [])
        }
        // "new customers per year - count someone as new in the year of their very first order": what new means, said again.
        if let a = (0..<q.count).first(where: { q[$0] == "as" && q[$0 + 1] == "new" }),
            let start = (max(0, a - 3)..<a).first(where: { ["count", "counting", "counts", "treat", "treating", "counted"].contains(q[$0]) }),
            let end = q.span(a + 2, upTo: a + 12).first(where: { ["order", "purchase"].contains(q[$0]) && (q[$0 - 1] == "first" || q[$0 - 2] == "first") })
        {
            q.replace(start..<(end + 1), with: [])
        }
        // "how many orders was it part of": was on.
        if q[q.count - 2] == "part", q[q.count - 1] == "of" { q.replace((q.count - 2)..<q.count, with: ["on"]) }
        // "what share of the year's revenue fell in each quarter": came in it (the share is no fall).
        if q.words.contains(where: { ["share", "percentage", "percent", "%", "proportion", "pct"].contains($0) }) {
            for verb in ["fell", "fall", "falls"] {
                for prep in ["in", "into", "on"] { q.replaceAll([verb, prep], with: ["came", prep]) }
            }
        }
        // "made at least one purchase in 2013": bought then (a purchase is at least one anyway). Not beside "every" or
        // "each", where it is said of each period.
        let eachPeriod = (0..<q.count).contains { ["each", "all"].contains(q[$0]) && ["year", "years", "month", "months", "quarter", "quarters", "of"].contains(q[$0 + 1]) }
        if !q.words.contains("every") && !eachPeriod {
            // ("made a purchase above 2,000" is one order's value.)
            let amounts: Set<String> = ["above", "over", "worth", "of", "more", "greater", "larger", "bigger", "exceeding", "totalling", "totaling", "valued", "under", "below", "less"]
            for phrase in [["made", "at", "least", "one", "purchase"], ["made", "a", "purchase"]] {
                while let i = q.firstIndex(of: phrase), !amounts.contains(q[i + phrase.count]) {
                    q.replace(i..<(i + phrase.count), with: ["bought"])
                }
            }
        }
        for (from, to) in Self.smallPhraseReplacements {
            while let i = (0..<q.count).first(where: { i in from.indices.allSatisfy { q[i + $0] == from[$0] } }) { q.replace(i..<(i + from.count), with: to) }
        }
        // "the 5 customers with the earliest birth dates": the oldest customers (the latest birth dates: the youngest).
        for i in 0..<q.count where q[i] == "with" && q[i + 1] == "the" && ["earliest", "latest", "oldest", "most"].contains(q[i + 2]) && Lexicon.peopleWords.contains(q[i - 1]) {
            let k = q[i + 2] == "most" && q[i + 3] == "recent" ? i + 4 : i + 3
            guard k == i + 3 || q[i + 2] == "most" else { continue }
            let birth = [["birth", "dates"], ["birth", "date"], ["dates", "of", "birth"], ["date", "of", "birth"], ["dobs"], ["dob"], ["birthdays"]]
            guard let said = birth.first(where: { b in b.indices.allSatisfy { q[k + $0] == b[$0] } }) else { continue }
            let people = q[i - 1]
            q.replace((i - 1)..<(k + said.count), with: [["earliest", "oldest"].contains(q[i + 2]) ? "oldest" : "youngest", people])
            break
        }
        // "which months did better than the 2013 average": above it (said of an average only).
        for verb in [
            ["did", "better", "than"], ["performed", "better", "than"], ["better", "than"], ["did", "worse", "than"], ["performed", "worse", "than"], ["worse", "than"],
            ["beat"], ["beats"], ["outperformed"], ["topped"],
        ] {
            guard let i = (0..<q.count).first(where: { i in verb.indices.allSatisfy { q[i + $0] == verb[$0] } }),
                ((i + verb.count)..<(i + verb.count + 4)).contains(where: { ["average", "avg", "mean"].contains(q[$0]) })
            else { continue }
            q.replace(i..<(i + verb.count), with: [verb.contains("worse") ? "below" : "above"])
        }
    }

    /// Wordings that say a part of the model another way: who sales came from, kinds of a category, values listed with
    /// commas, lists asked as "which of our", cumulative shares, prices on the sales lines, layouts, hunches. Kept out of
    /// `rewriteSmallPhrases`, whose size had made the optimizer of release builds run for half an hour.
    private func rewriteSaidOtherwise(_ q: inout QuestionWords) {
        // "with the running % of total accessories revenue next to each", "a running cumulative percent": the cumulative
        // share down the rows, said with the words of a running total.
        if let i = q.words.firstIndex(where: { ["running", "cumulative", "cumulated"].contains($0) }) {
            var k = i + 1
            while ["cumulative", "running", "total"].contains(q[k]), k < i + 3 { k += 1 }
            if ["percent", "percentage", "share", "pct", "proportion"].contains(q[k]) {
                q.replace(i..<(k + 1), with: ["cumulative", "share"])
                // ("of total revenue", "of the total": the base of every share; "so far", "next to each": where it stands.)
                let after = i + 2
                for phrase in [["of", "total"], ["of", "the", "total"], ["of", "our", "total"], ["of", "the", "overall"]] where q.words.count > after + phrase.count {
                    if Array(q.words[after..<(after + phrase.count)]) == phrase { q.replace(after..<(after + phrase.count), with: ["of"]) }
                }
                for phrase in [["next", "to", "each"], ["next", "to", "each", "one"], ["so", "far"], ["reached", "at", "that", "row"], ["at", "each", "row"], ["alongside"], ["beside", "each"]] {
                    q.replaceAll(phrase, with: [])
                }
            }
        }
        // "AOV for Saturday/Sunday orders and for Monday-Friday orders": the weekend and the weekdays.
        for (phrase, said) in [
            (["saturday", "sunday"], ["weekend"]), (["saturday", "and", "sunday"], ["weekend"]), (["sat", "sun"], ["weekend"]), (["saturdays", "sundays"], ["weekend"]),
            (["monday", "friday"], ["weekday"]), (["monday", "to", "friday"], ["weekday"]), (["monday", "through", "friday"], ["weekday"]), (["mon", "fri"], ["weekday"]),
            (["mondays", "fridays"], ["weekday"]), (["monday", "thru", "friday"], ["weekday"]),
        ] where q.words.contains(phrase[0]) {
            q.replaceAll(phrase, with: said)
        }
        // "which products never sold but cost over 500? show the cost": a later sentence naming a column of the rows is
        // that column shown with them.
        for i in q.sentenceStarts.reversed() where i > 0 && ["show", "give", "include"].contains(q[i]) && ["the", "their", "its", "each"].contains(q[i + 1]) {
            guard dimensionNamed(q.words, i + 2) != nil, Self.endsHere(q, i + 3) || q[i + 3] == "too" || q[i + 3] == "as" else { continue }
            q.replace(i..<(i + 2), with: ["with", "their"])
        }
        // "AOV for weekend orders and for weekday orders": the orders an average order value is of, not a count beside it.
        if q.words.contains("aov") || q.has("order value") || q.has("per order") {
            for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "orders" && (q[i - 2] == "for" || (q[i - 3] == "for" && valueSpan(q, i - 2) != nil)) {
                guard valueSpan(q, i - 1) != nil || ["weekend", "weekday"].contains(q[i - 1]) || valueSpan(q, i - 2)?.1 == 2 else { continue }
                q.replace(i..<(i + 1), with: [])
            }
        }
        // "sort from the biggest spender down", "from the smallest up": an order, biggest (smallest) first.
        for i in 0..<q.count where q[i] == "from" && q[i + 1] == "the" {
            let top = ["biggest", "largest", "highest", "top", "best"].contains(q[i + 2])
            guard top || ["smallest", "lowest", "bottom", "worst"].contains(q[i + 2]) else { continue }
            let end = q[i + 3] == (top ? "down" : "up") ? i + 4 : (q[i + 4] == (top ? "down" : "up") ? i + 5 : nil)
            guard let end else { continue }
            let start = ["sort", "sorted", "order", "ordered", "rank", "ranked"].contains(q[i - 1]) ? i - 1 : i
            q.replace(start..<end, with: ["sorted", top ? "highest" : "lowest", "first"])
            break
        }
        // "one row per country, a column for each quarter", "one column per year": the periods named side by side.
        if Set(q.words.filter { Lexicon.year($0) != nil || Lexicon.quarter($0) != nil || ["h1", "h2"].contains($0) }).count >= 2, !q.has("side by side") {
            for i in stride(from: q.count - 1, through: 0, by: -1) where ["column", "columns"].contains(q[i]) {
                var k = i + 1
                if ["per", "for"].contains(q[k]) { k += 1 }
                if ["each", "every"].contains(q[k]) { k += 1 }
                guard k > i + 1, ["year", "quarter", "period", "half", "month"].contains(q[k]) else { continue }
                let start = ["one", "a", "and"].contains(q[i - 1]) ? i - 1 : i
                q.replace(start..<(k + 1), with: ["side", "by", "side"])
            }
            // ("one row per country": a slice of the rows; a grain is left for the layout readers.)
            for phrase in [["one", "row", "per"], ["a", "row", "per"], ["one", "row", "for", "each"], ["a", "row", "for", "each"]] {
                guard let i = q.firstIndex(of: phrase), dimensionNamed(q.words, i + phrase.count) != nil, q.has("side by side") else { continue }
                q.replace(i..<(i + phrase.count), with: ["per"])
            }
        }
        // "more than one unit on a single sales line", "in a single order": one of them, never the single customers.
        // ("never placed a single order": never, said again; read where it is.)
        for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "single" && ["a", "any", "one"].contains(q[i - 1]) {
            guard ["line", "sales", "order", "day", "month", "transaction", "purchase", "sale", "receipt", "basket", "week"].contains(q[i + 1]),
                !q.span(max(0, i - 5), upTo: i).contains(where: { ["never", "not", "no", "without", "didnt", "havent", "hasnt", "dont"].contains(q[$0]) })
            else { continue }
            q.replace((i - 1)..<(i + 1), with: ["one"])
        }
        // "in which month of 2013 did the year's cumulative revenue first pass 5 million": the running total within it.
        for lead in ["cumulative", "running"] { q.replaceAll(["the", "year", lead], with: [lead]); q.replaceAll(["that", "year", lead], with: [lead]) }
        // "on our product list", "never sold, not even one": the catalogue, and never, said again.
        for phrase in [["on", "our", "product", "list"], ["in", "our", "product", "list"], ["on", "the", "product", "list"], ["not", "even", "one"], ["not", "even", "once"], ["not", "a", "single", "one"]] {
            q.replaceAll(phrase, with: [])
        }
        // "the 5 things people under 30 buy most": products (what is bought is a product).
        if q.words.contains(where: { ["buy", "bought", "buys", "sell", "sold", "sells", "purchase", "purchased"].contains($0) }) {
            for i in 0..<q.count where ["things", "items"].contains(q[i]) && (Int(q[i - 1]) ?? Lexicon.numberWords[q[i - 1]]) != nil { q.replace(i..<(i + 1), with: ["products"]) }
        }
        // "on average, how much do we actually get for a helmet": the average selling price of one.
        for lead in [
            ["on", "average", "how", "much", "do", "we", "get", "for"], ["on", "average", "how", "much", "do", "we", "actually", "get", "for"],
            ["how", "much", "do", "we", "get", "on", "average", "for"], ["how", "much", "do", "we", "actually", "get", "on", "average", "for"],
        ] {
            q.replaceAll(lead, with: ["average", "selling", "price", "of"])
        }
        // "the highest unit price we charged on a sale": on the sales lines, where every price is.
        if q.words.contains(where: { ["price", "prices"].contains($0) }) {
            // ("items with a unit price of 2,000 or more": the price, never a count of units; "average unit price" is the
            // model's average selling price.)
            // ("bought at least one item with a price of ...": bought something at that price.)
            for what in ["item", "product", "thing", "article"] { q.replaceAll(["at", "least", "one", what, "with"], with: ["something", "with"]) }
            // ("sold at more than one unit price": a count of different prices, never a price above 1; left unread.)
            for one in ["one", "1"] {
                for price in [["price"], ["unit", "price"], ["prices"]] { q.replaceAll(["more", "than", one] + price, with: ["several", "different", "prices"]) }
            }
            for i in stride(from: q.count - 1, through: 0, by: -1) where q[i] == "unit" && ["price", "prices"].contains(q[i + 1]) {
                if !["average", "avg", "mean", "typical"].contains(q[i - 1]) { q.replace(i..<(i + 1), with: []) }
            }
            for phrase in [["on", "a", "sale"], ["on", "any", "sale"], ["on", "a", "sales", "line"], ["on", "any", "sales", "line"], ["on", "the", "sales", "lines"]] { q.replaceAll(phrase, with: []) }
        }
        // "gross profit per buying customer": per customer (every customer counted with the sales is one who bought).
        for adjective in ["buying", "purchasing", "paying", "ordering", "active"] where q.words.contains(adjective) {
            for person in ["customer", "customers", "client", "clients", "shopper", "shoppers"] {
                q.replaceAll(["per", adjective, person], with: ["per", "customer"])
            }
        }
        // "order count growth: 2012 over 2011 and 2013 over 2012": each year's change on the year before, said for several
        // years; the years the rows are for are the later ones. (One pair alone is a comparison of two periods.)
        let overPairs = (0..<q.count).filter { i in
            q[i + 1] == "over" && Lexicon.year(q[i]).map { y in Lexicon.year(q[i + 2]) == y - 1 } ?? false
        }
        if overPairs.count >= 2, q.words.contains(where: { ["growth", "change", "yoy", "increase", "grew", "grow"].contains($0) }) {
            for i in overPairs.reversed() { q.replace((i + 1)..<(i + 3), with: []) }
        }
        // "which of our clothing items have never sold": which clothing items (a list), as "which of the" before a noun.
        // (Not "which of the two years", "which of them": a count or a pronoun follows.)
        for i in 0..<q.count where ["which", "what"].contains(q[i]) && q[i + 1] == "of" && ["our", "the", "all", "my"].contains(q[i + 2]) {
            guard Lexicon.numberWords[q[i + 3]] == nil, Int(q[i + 3]) == nil, !["them", "these", "those", "two", "three", "both"].contains(q[i + 3]),
                valueSpan(q, i + 3) != nil || Lexicon.productWords.contains(q[i + 3]) || Lexicon.peopleWords.contains(q[i + 3])
            else { continue }
            q.replace((i + 1)..<(i + 3), with: [])
            break
        }
        // "for each kind of bike (mountain, road, touring)", "which kinds of accessories": the subcategories of that
        // category (the model's "type" is the subcategory); an aside right after that only lists them says nothing more.
        for i in 0..<q.count where ["kind", "kinds", "type", "types", "sort", "sorts"].contains(q[i]) && q[i + 1] == "of" {
            guard let (value, length) = valueSpan(q, i + 2), vocabulary.dimension(named: value.dimension)?.name == "category" else { continue }
            var end = i + 2 + length
            if let aside = q.asides.first(where: { $0.lowerBound == end }),
                aside.allSatisfy({ k in ["and", "or", "mountain", "road", "touring", "etc"].contains(q[k]) || valueSpan(q, k) != nil })
            {
                end = aside.upperBound
            }
            q.replace(i..<end, with: Array(q.words[(i + 2)..<(i + 2 + length)]) + [q[i].hasSuffix("s") ? "subcategories" : "subcategory"])
            break
        }
        // "what % of 2013 revenue was generated by customers based in the US", "orders placed by women": the people the
        // sales came from, not a breakdown by each of them ("by each customer" still is one).
        for i in 1..<max(1, q.count) where q[i] == "by" {
            guard
                ["generated", "produced", "earned", "made", "contributed", "placed", "bought", "purchased", "spent", "brought", "driven"].contains(q[i - 1])
                    || (q[i - 1] == "in" && q[i - 2] == "brought")
            else { continue }
            var k = i + 1
            while k < q.count, k < i + 4, !Lexicon.peopleWords.contains(q[k]), !["each", "every", "per", "month", "year", "quarter", "country"].contains(q[k]) { k += 1 }
            guard Lexicon.peopleWords.contains(q[k]) else { continue }
            q.replace(i..<(i + 1), with: ["from"])
        }
    }

    /// Phrases `reword` replaces, in this order: a table built once, not for every question.
    private static let rewordPhrases: [([String], [String])] = [
        // "when customers reorder, how many days ... between one order and their next one": said again.
        (["when", "customers", "reorder"], []), (["when", "a", "customer", "reorders"], []), (["when", "customers", "order", "again"], []),
        // "avg age of men vs women, with age as of 31 Jan 2014": the age's reference date, not a column to show.
        (["with", "age", "as", "of"], ["age", "as", "of"]), (["with", "ages", "as", "of"], ["age", "as", "of"]), (["with", "age", "taken", "as", "of"], ["age", "as", "of"]),
        // "products that had at least one sale in every month": sold at least once in each.
        (["had", "at", "least", "one", "sale", "in"], ["sold", "at", "least", "once", "in"]), (["sold", "at", "least", "one", "unit"], ["sold", "at", "least", "once"]),
        (["have", "at", "least", "one", "sale", "in"], ["sold", "at", "least", "once", "in"]),
        // "how many size/colour variants does each bike model have": its products (each is one size and colour).
        (["size", "colour", "variants"], ["products"]), (["size", "color", "variants"], ["products"]), (["colour", "size", "variants"], ["products"]),
        (["size", "and", "colour", "variants"], ["products"]), (["colour", "and", "size", "variants"], ["products"]), (["size", "colour", "versions"], ["products"]),
        // "which year had the most orders? partial years count like any other": as they do anyway.
        (["partial", "years", "count", "like", "any", "other", "year"], []), (["partial", "years", "count", "like", "any", "other"], []),
        (["count", "partial", "years", "like", "any", "other"], []), (["partial", "years", "count", "too"], []), (["partial", "years", "included"], []),
        (["incomplete", "years", "count", "like", "any", "other"], []), (["partial", "months", "count", "like", "any", "other"], []),
        (["partial", "quarters", "count", "like", "any", "other", "quarter"], []), (["partial", "months", "count", "like", "any", "other", "month"], []),
        (["partial", "quarters", "count", "like", "any", "other"], []), (["partial", "quarters", "count", "too"], []), (["partial", "months", "count", "too"], []),
        // "which month of the year tends to get the most orders": gets.
        (["tends", "to", "get"], ["gets"]), (["tend", "to", "get"], ["get"]), (["tends", "to", "have"], ["has"]), (["tend", "to", "have"], ["have"]),
        (["tends", "to", "be"], ["is"]), (["tend", "to", "be"], ["are"]), (["in", "two", "colums"], ["in", "two", "columns"]), (["colums"], ["columns"]),
        // "only count products that have sold at least one": that have sold.
        (["that", "have", "sold", "at", "least", "one"], ["that", "have", "sold"]), (["that", "sold", "at", "least", "one"], ["that", "sold"]),
        // "average quantity per sales line": units per line.
        (["average", "quantity", "per", "sales", "line"], ["average", "units", "per", "line"]), (["average", "quantity", "per", "order", "line"], ["average", "units", "per", "line"]),
        // "list everyone who spent more than 6,500": the customers.
        (["everyone", "who"], ["customers", "who"]), (["everybody", "who"], ["customers", "who"]), (["anyone", "who"], ["customers", "who"]),
        // "items that fall under Components": in that category ("under" alone is a threshold).
        (["fall", "under"], ["in"]), (["falls", "under"], ["in"]), (["come", "under"], ["in"]), (["sit", "under"], ["in"]),
        // "the people on our customer list": the customers.
        (["on", "our", "customer", "list"], []), (["on", "the", "customer", "list"], []), (["customer", "list"], ["customers"]),
        // "each quarter of 2013 next to the same quarter of 2012": compared with it.
        (["next", "to", "the", "same"], ["compared", "with", "the", "same"]), (["alongside", "the", "same"], ["compared", "with", "the", "same"]),
        (["beside", "the", "same"], ["compared", "with", "the", "same"]),
        // "first-time buyers": new customers, counted in the period of their first order.
        (["first", "time", "buyers"], ["new", "customers"]), (["first", "time", "customers"], ["new", "customers"]),
        (["first", "time", "shoppers"], ["new", "customers"]), (["first", "time", "clients"], ["new", "customers"]),
        (["buying", "from", "us", "for", "the", "first", "time"], ["new", "customers"]), (["buying", "for", "the", "first", "time"], ["new", "customers"]),
        (["ordering", "from", "us", "for", "the", "first", "time"], ["new", "customers"]), (["ordering", "for", "the", "first", "time"], ["new", "customers"]),
        (["shopping", "with", "us", "for", "the", "first", "time"], ["new", "customers"]), (["shopping", "for", "the", "first", "time"], ["new", "customers"]),
        // "whose cost is recorded as zero": is zero.
        (["is", "recorded", "as"], ["is"]), (["are", "recorded", "as"], ["are"]),
        (["brand", "new"], ["new"]), (["headcounts"], ["count"]), (["headcount"], ["count"]),
        (["active", "customers"], ["buyers"]), (["active", "customer"], ["buyer"]), (["active", "buyers"], ["buyers"]), (["active", "buyer"], ["buyer"]),
        // "customer numbers by country and gender": how many customers, not their numbers.
        (["customer", "numbers", "by"], ["number", "of", "customers", "by"]), (["customer", "numbers", "per"], ["number", "of", "customers", "per"]),
        (["customer", "numbers", "for", "each"], ["number", "of", "customers", "for", "each"]), (["customer", "numbers", "in", "each"], ["number", "of", "customers", "in", "each"]),
        (["at", "some", "point"], []), (["on", "the", "books"], []), (["on", "our", "books"], []), (["we", "have", "on", "file"], ["we", "have"]),
        (["what", "did", "we", "take"], ["how", "much", "did", "we", "take"]), (["in", "terms", "of"], ["by"]),
        (["best", "seller", "by"], ["best", "selling", "product", "by"]), (["best", "sellers", "by"], ["best", "selling", "products", "by"]),
        // "which quarter - in any year - sold the most": one ranking over every year's quarters, not one per year.
        // "grew the fastest", "the fastest-growing subcategory": grew the most (in percent when the question says so).
        // "within their own category": their category.
        (["their", "own"], ["their"]), (["its", "own"], ["its"]),
        (["lumped", "together"], ["combined"]), (["all", "lumped", "together"], ["combined"]),
        // "how much it went up or down versus the year before": the change.
        (["went", "up", "or", "down"], ["changed"]), (["go", "up", "or", "down"], ["change"]), (["goes", "up", "or", "down"], ["changes"]),
        (["went", "up", "or", "down", "by"], ["changed"]), (["up", "or", "down"], ["change"]),
        // "cumulative units, month after month": by month.
        (["month", "after", "month"], ["by", "month"]), (["year", "after", "year"], ["by", "year"]), (["quarter", "after", "quarter"], ["by", "quarter"]),
        (["call", "out"], ["show"]),
        (["cheapest", "and", "most", "expensive"], ["lowest", "and", "highest"]), (["most", "expensive", "and", "cheapest"], ["highest", "and", "lowest"]),
        (["cheapest", "and", "priciest"], ["lowest", "and", "highest"]), (["at", "any", "point"], []), (["at", "any", "time"], []), (["on", "file"], []), (["on", "record"], []), (["on", "records"], []),
        // "most expensive first": one word, so that "most" is not read as a ranking of its own.
        (["most", "expensive", "first"], ["priciest", "first"]), (["least", "expensive", "first"], ["cheapest", "first"]),
        // "repeat purchase rate": the share of buyers who ordered more than once.
        (["repeat", "purchase", "rate"], ["share", "of", "repeat", "customers"]), (["repeat", "buyer", "rate"], ["share", "of", "repeat", "customers"]),
        (["repeat", "customer", "rate"], ["share", "of", "repeat", "customers"]), (["repeat", "rate"], ["share", "of", "repeat", "customers"]),
        (["in", "our", "records"], []), (["in", "the", "records"], []),
        (["went", "out", "the", "door"], ["shipped"]), (["go", "out", "the", "door"], ["ship"]), (["sold", "or", "not"], []), (["whether", "sold", "or", "not"], []),
        (["sold", "or", "unsold"], []),
        (["new", "customer", "count"], ["new", "customers"]), (["new", "client", "count"], ["new", "clients"]), (["new", "buyer", "count"], ["new", "buyers"]), (["to", "call", "out"], ["to", "show"]),
        (["grew", "the", "fastest"], ["grew", "the", "most"]), (["grew", "fastest"], ["grew", "the", "most"]),
        (["fastest", "growing"], ["growing", "the", "most"]), (["growing", "fastest"], ["growing", "the", "most"]),
        (["in", "any", "year"], []), (["of", "any", "year"], []), (["in", "any", "one", "year"], []), (["in", "any", "single", "year"], []),
        (["first", "and", "the", "last"], ["first", "and", "last"]),
        // "the highest average selling price minus its cost": what each unit makes over its cost, on average.
        (["average", "selling", "price", "minus", "its", "cost"], ["gross", "profit", "per", "unit"]),
        (["average", "selling", "price", "minus", "the", "cost"], ["gross", "profit", "per", "unit"]),
        (["average", "selling", "price", "minus", "cost"], ["gross", "profit", "per", "unit"]),
        (["average", "selling", "price", "minus", "the", "product", "cost"], ["gross", "profit", "per", "unit"]),
        (["average", "selling", "price", "minus", "unit", "cost"], ["gross", "profit", "per", "unit"]),
        (["average", "selling", "price", "less", "its", "cost"], ["gross", "profit", "per", "unit"]),
        (["profit", "per", "unit", "sold"], ["gross", "profit", "per", "unit"]), (["margin", "per", "unit", "sold"], ["gross", "profit", "per", "unit"]),
        // "average order size in units": units per order (said in units, not its value).
        (["average", "order", "size", "in", "units"], ["units", "per", "order"]), (["avg", "order", "size", "in", "units"], ["units", "per", "order"]),
        (["order", "size", "in", "units"], ["units", "per", "order"]),
        // "a call list of Canadian customers who ...": a list of them.
        (["call", "list", "of"], ["list", "of"]), (["mailing", "list", "of"], ["list", "of"]), (["contact", "list", "of"], ["list", "of"]),
        (["target", "list", "of"], ["list", "of"]),
        // "one number is fine", "a single figure will do": a total, which the answer is anyway.
        (["one", "number", "is", "fine"], []), (["a", "single", "number", "is", "fine"], []), (["one", "figure", "is", "fine"], []),
        (["a", "single", "figure", "is", "fine"], []), (["one", "number", "will", "do"], []), (["a", "single", "number", "will", "do"], []),
        (["one", "total", "is", "fine"], []), (["just", "one", "number"], []), (["just", "a", "single", "number"], []), (["just", "one", "total"], []),
        // "both days incl.": included.
        (["both", "days", "incl"], ["both", "days", "included"]), (["both", "dates", "incl"], ["both", "dates", "included"]), (["both", "incl"], ["both", "included"]),
        (["both", "ends", "incl"], ["both", "ends", "included"]), (["incl"], ["including"]),
        // "the average value of a sales line": the measure of a line, said as one.
        (["average", "value", "of", "a", "sales", "line"], ["average", "line", "value"]), (["average", "value", "of", "an", "order", "line"], ["average", "line", "value"]),
        (["average", "value", "of", "a", "line"], ["average", "line", "value"]), (["average", "value", "of", "a", "line", "item"], ["average", "line", "value"]),
        // "spent less with us in 2013": with the business, which every sale is.
        (["spent", "less", "with", "us"], ["spent", "less"]), (["spent", "more", "with", "us"], ["spent", "more"]), (["spend", "with", "us"], ["spend"]),
        (["spent", "with", "us"], ["spent"]), (["ordered", "with", "us"], ["ordered"]), (["shopped", "with", "us"], ["shopped"]),
        // "over the whole history", "across all sales": all of it, which a question without a period covers anyway.
        (["across", "all", "sales"], []), (["over", "all", "sales"], []),
        (["over", "the", "whole", "history"], []), (["over", "the", "full", "history"], []), (["over", "the", "entire", "history"], []),
        (["across", "the", "whole", "history"], []), (["in", "the", "whole", "history"], []), (["over", "all", "of", "history"], []),
        // "in which order years": the years of the order date, which time buckets use anyway.
        (["order", "years"], ["years"]), (["order", "year"], ["year"]), (["order", "months"], ["months"]), (["order", "quarters"], ["quarters"]),
        // "Group our customers by the year they placed their first order. For each of those years, how many ...": the
        // years just named.
        (["by", "the", "year", "they", "placed", "their", "first", "order", "for", "each", "of", "those", "years"], ["by", "the", "year", "of", "their", "first", "order"]),
        (["by", "the", "year", "they", "first", "ordered", "for", "each", "of", "those", "years"], ["by", "the", "year", "of", "their", "first", "order"]),
        (["by", "the", "year", "of", "their", "first", "order", "for", "each", "of", "those", "years"], ["by", "the", "year", "of", "their", "first", "order"]),
        // "by acquisition year, i.e. by the year of their first order", "by cohort year": the year of each one's first order.
        (["by", "acquisition", "year", "i", "e", "by", "the", "year", "of", "their", "first", "order"], ["by", "the", "year", "of", "their", "first", "order"]),
        (["by", "acquisition", "year"], ["by", "year", "of", "first", "order"]), (["by", "cohort", "year"], ["by", "year", "of", "first", "order"]),
        (["per", "acquisition", "year"], ["by", "year", "of", "first", "order"]), (["per", "cohort", "year"], ["by", "year", "of", "first", "order"]),
        // "Group customers into cohorts by the year of their first order. For each cohort, how many ...": the years.
        (["by", "the", "year", "of", "their", "first", "order", "for", "each", "cohort"], ["by", "the", "year", "of", "their", "first", "order"]),
        (["into", "cohorts", "by", "the", "year", "of", "their", "first", "order"], ["by", "the", "year", "of", "their", "first", "order"]),
        (["for", "each", "acquisition", "year"], ["by", "year", "of", "first", "order"]), (["in", "each", "acquisition", "year"], ["by", "year", "of", "first", "order"]),
        // "... and how many were there in each of those years": per year.
        (["in", "each", "of", "those", "years"], ["per", "year"]), (["in", "each", "of", "those", "months"], ["per", "month"]),
        (["in", "each", "of", "those", "quarters"], ["per", "quarter"]),
        // "which surnames appear on more than 330 customer records": have more than 330 customers.
        (["customer", "records"], ["customers"]), (["appear", "on", "more", "than"], ["have", "more", "than"]), (["appear", "on", "fewer", "than"], ["have", "fewer", "than"]),
        (["appear", "in", "more", "than"], ["have", "more", "than"]), (["appear", "on", "at", "least"], ["have", "at", "least"]),
        // "did the most orders ship", "orders that fall due": the orders shipped, the orders due ("days before the due date
        // that orders ship" keeps its verb).
        (["most", "orders", "ship"], ["most", "orders", "shipped"]), (["fewest", "orders", "ship"], ["fewest", "orders", "shipped"]), (["fall", "due"], ["due"]), (["falls", "due"], ["due"]), (["fell", "due"], ["due"]),
        // "each quarter of 2011, 2012 and 2013? Show the year and the quarter.": the columns a quarter of several years has.
        (["show", "the", "year", "and", "the", "quarter"], []), (["show", "the", "year", "and", "quarter"], []), (["show", "year", "and", "quarter"], []),
        (["show", "the", "year", "and", "the", "month"], []), (["show", "the", "year", "and", "month"], []), (["show", "year", "and", "month"], []),
        // "in which country do buyers place the most orders on average": has the most orders per buyer.
        (["do", "buyers", "place", "the", "most", "orders", "per", "buyer"], ["has", "the", "most", "orders", "per", "buyer"]),
        (["do", "customers", "place", "the", "most", "orders", "per", "buyer"], ["has", "the", "most", "orders", "per", "buyer"]),
        (["did", "buyers", "place", "the", "most", "orders", "per", "buyer"], ["had", "the", "most", "orders", "per", "buyer"]),
        (["did", "customers", "place", "the", "most", "orders", "per", "buyer"], ["had", "the", "most", "orders", "per", "buyer"]),
        // "which clothing subcategories have at least one product that has never sold": have products that.
        (["have", "at", "least", "one", "product", "that"], ["have", "products", "that"]), (["has", "at", "least", "one", "product", "that"], ["has", "products", "that"]),
        (["give", "the", "year", "and", "the", "quarter"], []), (["give", "year", "and", "quarter"], []), (["give", "the", "year", "and", "quarter"], []),
        (["give", "the", "year", "and", "the", "month"], []), (["give", "year", "and", "month"], []), (["give", "the", "year", "and", "month"], []),
        // "single vs married? just the 2 counts": the figures asked for, said again.
        (["just", "the", "2", "counts"], []), (["just", "the", "2", "numbers"], []), (["just", "the", "2", "figures"], []), (["just", "the", "2", "totals"], []),
        (["the", "2", "counts"], []), (["both", "counts"], []), (["just", "the", "counts"], []), (["just", "the", "numbers"], []),
        // "on at least 3 different dates": days with orders.
        (["different", "dates"], ["different", "days"]), (["distinct", "dates"], ["distinct", "days"]), (["separate", "dates"], ["separate", "days"]),
        // "top 10 products by the number of orders they appear on": the orders with the product on them.
        (["the", "number", "of", "orders", "they", "appear", "on"], ["order", "count"]), (["the", "number", "of", "orders", "they", "appear", "in"], ["order", "count"]),
        (["number", "of", "orders", "they", "appear", "on"], ["order", "count"]), (["number", "of", "orders", "they", "appear", "in"], ["order", "count"]),
        (["number", "of", "orders", "it", "appears", "on"], ["order", "count"]), (["number", "of", "orders", "it", "appears", "in"], ["order", "count"]), (["earliest", "and", "the", "latest"], ["earliest", "and", "latest"]),
        (["first", "ever", "sale"], ["first", "sale"]), (["last", "ever", "sale"], ["last", "sale"]),
        (["most", "recent", "sale"], ["last", "sale"]), (["our", "most", "recent", "sale"], ["our", "last", "sale"]),
        (["trading", "days"], ["days"]), (["sales", "days"], ["days"]), (["selling", "days"], ["days"]), (["inside", "each"], ["within", "each"]), (["inside", "their"], ["within", "their"]), (["inside", "its"], ["within", "its"]),
        (["trading", "day"], ["day"]), (["full", "name"], ["name"]), (["full", "names"], ["names"]), (["per", "head"], ["per", "customer"]), (["order", "line", "items"], ["order", "lines"]), (["order", "line", "item"], ["order", "line"]),
        (["sales", "line", "items"], ["order", "lines"]), (["sales", "line", "item"], ["order", "line"]),
        // "born in the sixties": the decade, as "the 60s".
        (["twenties"], ["20s"]), (["thirties"], ["30s"]), (["forties"], ["40s"]), (["fifties"], ["50s"]), (["sixties"], ["60s"]),
        (["seventies"], ["70s"]), (["eighties"], ["80s"]), (["nineties"], ["90s"]),
    ]

    /// Phrases `rewriteSmallPhrases` replaces, in this order (built once).
    private static let smallPhraseReplacements: [([String], [String])] = [
        // "single-line orders", "multi-line orders": a number of lines on each order ("single" is not the marital status
        // and "line" not the product line here).
        (["single", "line", "orders"], ["orders", "with", "exactly", "1", "line"]), (["single", "line", "order"], ["order", "with", "exactly", "1", "line"]),
        (["one", "line", "orders"], ["orders", "with", "exactly", "1", "line"]), (["one", "line", "order"], ["order", "with", "exactly", "1", "line"]),
        (["multi", "line", "orders"], ["orders", "with", "more", "than", "1", "line"]), (["multiline", "orders"], ["orders", "with", "more", "than", "1", "line"]),
        (["multiple", "line", "orders"], ["orders", "with", "more", "than", "1", "line"]), (["multi", "line", "order"], ["order", "with", "more", "than", "1", "line"]),
        // "use their age on 2014-01-31", "using age as of ...": the date ages are taken on.
        (["use", "their", "age"], ["age"]), (["using", "their", "age"], ["age"]), (["use", "age"], ["age"]), (["using", "age"], ["age"]),
        (["use", "their", "ages"], ["age"]), (["using", "their", "ages"], ["age"]),
        // "(uncategorised products included)": a breakdown by category keeps its unknown row anyway.
        (["uncategorised", "products", "included"], []), (["uncategorized", "products", "included"], []), (["uncategorised", "included"], []),
        (["uncategorized", "included"], []), (["including", "uncategorised", "products"], []), (["including", "uncategorized", "products"], []),
        // "(per year, per buyer) Only count people who bought in that year": the buyers of each year, as said.
        (["only", "count", "people", "who", "bought", "in", "that", "year"], []), (["only", "count", "customers", "who", "bought", "in", "that", "year"], []),
        (["only", "count", "buyers", "from", "that", "year"], []), (["only", "counting", "people", "who", "bought", "in", "that", "year"], []),
        (["only", "count", "people", "who", "bought", "that", "year"], []), (["only", "count", "customers", "who", "bought", "that", "year"], []),
        // "Give me both revenue figures", "show me both head counts": the two figures a comparison shows anyway.
        (["give", "me", "both", "revenue", "figures"], []), (["show", "me", "both", "revenue", "figures"], []), (["show", "me", "both", "head", "counts"], []),
        (["give", "me", "both", "head", "counts"], []), (["give", "me", "both", "figures"], []), (["show", "me", "both", "figures"], []), (["show", "both", "figures"], []),
        (["give", "me", "both", "numbers"], []), (["show", "me", "both", "numbers"], []), (["show", "both", "numbers"], []), (["give", "both", "figures"], []),
        (["show", "me", "both", "counts"], []), (["give", "me", "both", "counts"], []), (["with", "both", "figures"], []),
        // "Keep ties": a ranking keeps them anyway.
        // ("keep ties at third place": the place is read with the ties, `rewriteTiedAtPlace`.)
        (["keep", "ties", "at"], ["ties", "at"]), (["keep", "ties", "for"], ["ties", "for"]),
        (["keep", "the", "ties"], []), (["keep", "ties"], []), (["ties", "kept"], []), (["keep", "any", "ties"], []),
        // "expressed as a percentage", "the greatest number of": said plainly.
        (["expressed", "as"], ["as"]), (["expressed", "in"], ["in"]), (["greatest"], ["highest"]),
        (["both", "dates", "inclusive"], []), (["both", "dates", "included"], []), (["inclusive", "of", "both", "dates"], []), (["both", "days", "inclusive"], []),
        // "every quarter counts, even partial ones", "show every line, even if the answer is 0": what a breakdown does anyway.
        (["even", "if", "the", "answer", "is", "0"], []), (["even", "if", "the", "answer", "is", "zero"], []), (["even", "if", "it", "is", "0"], []),
        (["even", "if", "zero"], []), (["even", "the", "partial", "ones"], []), (["even", "partial", "ones"], []), (["even", "partial", "quarters"], []),
        (["even", "partial", "months"], []), (["even", "partial", "years"], []),
        (["anyone", "who", "placed", "at", "least", "1", "order", "that", "month"], []), (["anyone", "who", "placed", "at", "least", "one", "order", "that", "month"], []),
        (["anyone", "who", "placed", "an", "order", "that", "month"], []), (["anyone", "who", "ordered", "that", "month"], []),
        (["anyone", "who", "placed", "at", "least", "1", "order", "that", "year"], []), (["anyone", "who", "placed", "at", "least", "one", "order", "that", "year"], []),
        (["anyone", "who", "placed", "an", "order", "that", "year"], []), (["anyone", "who", "ordered", "that", "year"], []),
        (["more", "then"], ["more", "than"]), (["less", "then"], ["less", "than"]), (["fewer", "then"], ["fewer", "than"]), (["greater", "then"], ["greater", "than"]),
        (["higher", "then"], ["higher", "than"]), (["lower", "then"], ["lower", "than"]), (["bigger", "then"], ["bigger", "than"]), (["rather", "then"], ["rather", "than"]),
        (["final"], ["last"]), (["did", "we", "process"], []), (["we", "processed"], []),
        (["the", "same", "dates", "last", "year"], ["the", "same", "period", "last", "year"]), (["same", "dates", "last", "year"], ["same", "period", "last", "year"]),
        (["in", "calendar", "month", "order"], []), (["in", "calendar", "order"], []), (["listed", "in", "month", "order"], []),
        // "units per person", "spend per head": per buyer.
        (["per", "person"], ["per", "buyer"]), (["per", "head"], ["per", "buyer"]),
        (["both", "ends", "included"], []), (["both", "ends", "inclusive"], []), (["inclusive", "of", "both", "ends"], []), (["both", "included"], []),
        (["in", "month", "order"], []), (["in", "quarter", "order"], []), (["in", "year", "order"], []), (["in", "day", "order"], []), (["in", "chronological", "order"], []), (["in", "date", "order"], []), (["in", "time", "order"], []),
        (["just", "the", "two", "amounts"], []), (["the", "two", "amounts"], []), (["just", "the", "two", "totals"], []), (["the", "two", "totals"], []), (["both", "totals"], []), (["change", "between", "them"], ["change"]),
        (["change", "between", "the", "two"], ["change"]),
        (["difference", "between", "them"], ["difference"]), (["just", "the", "two", "figures"], []),
        (["reached", "by", "the", "end", "of", "each"], ["by"]),
        // "when did we sell our very first bike": the date of the first sale (the answer is a date anyway).
        (["when", "did", "we", "sell", "our", "very", "first"], ["first", "sale", "of"]), (["when", "did", "we", "sell", "our", "first"], ["first", "sale", "of"]),
        (["when", "did", "we", "first", "sell"], ["first", "sale", "of"]), (["when", "did", "we", "last", "sell"], ["last", "sale", "of"]),
        (["when", "did", "we", "sell", "our", "last"], ["last", "sale", "of"]), (["when", "did", "we", "sell", "our", "very", "last"], ["last", "sale", "of"]),
        (["just", "the", "date"], []), (["only", "the", "date"], []),
        // "which clothing items have we never sold a single one of": never sold.
        (["sold", "a", "single", "one", "of"], ["sold"]), (["sold", "a", "single", "unit", "of"], ["sold"]), (["sold", "a", "single", "one"], ["sold"]),
        // "revenue this year so far": the latest year to date ("this year" is read as that year on its own).
        (["so", "far", "this", "year"], ["ytd", "this", "year"]), (["this", "year", "so", "far"], ["ytd", "this", "year"]),
        (["this", "year", "to", "date"], ["ytd", "this", "year"]), (["so", "far", "in", "this", "year"], ["ytd", "this", "year"]),
        // "since the start of 2013": since 2013 (on or after its first day).
        (["since", "the", "start", "of"], ["since"]), (["since", "the", "beginning", "of"], ["since"]), (["since", "the", "begining", "of"], ["since"]),
        // "what country are they in", "which country is it from": the column shown with the rows.
        (["and", "what", "country", "are", "they", "in"], ["with", "their", "country"]), (["and", "which", "country", "are", "they", "in"], ["with", "their", "country"]),
        (["and", "what", "country", "is", "it", "from"], ["with", "their", "country"]), (["and", "which", "country", "are", "they", "from"], ["with", "their", "country"]),
        (["and", "what", "country", "are", "they", "from"], ["with", "their", "country"]), (["and", "where", "are", "they", "from"], ["with", "their", "country"]),
        // "I'd like three numbers:", "two figures please": the measures are named next.
        (["three", "numbers"], []), (["two", "numbers"], []), (["four", "numbers"], []), (["three", "figures"], []), (["two", "figures"], []),
        (["three", "things"], []), (["two", "things"], []), (["three", "metrics"], []), (["two", "metrics"], []),
        // "customers who ordered exactly twice": two times.
        // "how many days before the due date do orders ship": the days from shipping to the due date.
        (["days", "before", "the", "due", "date", "do", "our", "orders", "ship"], ["days", "from", "shipping", "to", "the", "due", "date"]),
        (["days", "before", "the", "due", "date", "do", "orders", "ship"], ["days", "from", "shipping", "to", "the", "due", "date"]),
        (["days", "before", "the", "due", "date", "are", "orders", "shipped"], ["days", "from", "shipping", "to", "the", "due", "date"]),
        (["days", "before", "the", "due", "date", "does", "an", "order", "ship"], ["days", "from", "shipping", "to", "the", "due", "date"]),
        (["their", "spending"], ["their", "spend"]), (["its", "spending"], ["its", "spend"]),
        // "average sales value per order line": the value of a line (the model's phrase).
        (["sales", "value", "per", "order", "line"], ["value", "per", "line"]), (["value", "per", "order", "line"], ["value", "per", "line"]),
        // "% of the full year's revenue ... by the end of that month": the year's, by each month.
        (["the", "full", "year"], ["the", "year"]), (["the", "whole", "year"], ["the", "year"]), (["by", "the", "end", "of", "that", "month"], ["cumulative"]),
        (["by", "the", "end", "of", "the", "month"], ["cumulative"]), (["by", "the", "end", "of", "that", "quarter"], ["cumulative"]),
        // "average all-time spend per person": lifetime spend (no period is all of time) per customer.
        (["all", "time", "spend"], ["spend"]), (["all", "time", "revenue"], ["revenue"]), (["all", "time", "sales"], ["sales"]),
        (["spend", "per", "person"], ["spend", "per", "customer"]), (["customers", "spending"], ["customers", "spend"]), (["buyers", "spending"], ["buyers", "spend"]),
        // "revenue per registered customer": every customer on the books has bought, so the model's per-customer measure.
        (["per", "registered", "customer"], ["per", "customer"]), (["per", "registered", "customers"], ["per", "customer"]),
        (["clients", "spending"], ["clients", "spend"]), (["shoppers", "spending"], ["shoppers", "spend"]), (["revenue", "per", "person"], ["revenue", "per", "customer"]),
        // "for each category - the uncategorised products too -": every category, the unknown one included, is a row anyway.
        (["the", "uncategorised", "products", "too"], []), (["the", "uncategorized", "products", "too"], []),
        (["include", "uncategorised", "products"], []), (["include", "uncategorized", "products"], []),
        (["including", "uncategorised", "products"], []), (["including", "uncategorized", "products"], []),
        (["include", "both", "ends"], []), (["including", "both", "ends"], []), (["with", "both", "ends", "included"], []),
        // "which subcategories had sales in 2013 but none at all in 2012": sold in one year and not in the other.
        (["had", "sales", "in"], ["sold", "in"]), (["but", "none", "at", "all", "in"], ["but", "not", "in"]), (["but", "none", "in"], ["but", "not", "in"]),
        (["but", "no", "sales", "in"], ["but", "not", "in"]),
        // "who spent the most in germany": the customer who did.
        (["who", "spent", "the", "most"], ["which", "customer", "spent", "the", "most"]), (["who", "has", "spent", "the", "most"], ["which", "customer", "spent", "the", "most"]),
        (["who", "spends", "the", "most"], ["which", "customer", "spent", "the", "most"]), (["who", "bought", "the", "most"], ["which", "customer", "bought", "the", "most"]),
        (["who", "has", "bought", "the", "most"], ["which", "customer", "bought", "the", "most"]), (["who", "has", "ordered", "the", "most"], ["which", "customer", "ordered", "the", "most"]),
        (["who", "ordered", "the", "most"], ["which", "customer", "ordered", "the", "most"]), (["who", "purchased", "the", "most"], ["which", "customer", "bought", "the", "most"]),
        (["who", "has", "purchased", "the", "most"], ["which", "customer", "bought", "the", "most"]),
        // "ordered the most often": placed the most orders.
        (["ordered", "the", "most", "often"], ["placed", "the", "most", "orders"]), (["bought", "the", "most", "often"], ["placed", "the", "most", "orders"]),
        (["shopped", "the", "most", "often"], ["placed", "the", "most", "orders"]), (["order", "the", "most", "often"], ["place", "the", "most", "orders"]),
        (["counting", "units"], ["by", "units"]),
        (["exactly", "twice"], ["exactly", "2", "times"]), (["exactly", "once"], ["exactly", "1", "times"]),
        (["split", "between"], ["split"]), (["divided", "between"], ["split"]),
        // "which product appeared on the most orders": was on them.
        (["appeared", "on"], ["was", "on"]), (["appeared", "in"], ["was", "in"]), (["appears", "on"], ["is", "on"]), (["appears", "in"], ["is", "in"]),
        (["showed", "up", "in"], ["was", "in"]), (["showed", "up", "on"], ["was", "on"]), (["turned", "up", "in"], ["was", "in"]), (["turns", "up", "in"], ["is", "in"]),
        // "which subcategory reached the most customers": had the most buyers.
        (["reached", "the", "most", "customers"], ["the", "most", "buyers"]), (["reached", "the", "most", "buyers"], ["the", "most", "buyers"]),
        (["reached", "the", "most", "people"], ["the", "most", "buyers"]), (["reached", "the", "most", "clients"], ["the", "most", "buyers"]),
        // "how many units did each subcategory move": sell.
        (["move"], ["sell"]), (["moved"], ["sold"]),
        // "what % of the category's revenue was paid by women": came from them.
        (["was", "paid", "by"], ["came", "from"]), (["paid", "by"], ["from"]),
        (["the", "preceding"], ["the", "previous"]), (["the", "prior"], ["the", "previous"]),
        (["running", "total", "for", "the", "year"], ["running", "total"]), (["running", "total", "within", "the", "year"], ["running", "total"]),
        (["most", "valuable"], ["biggest"]), (["measured", "on"], ["by"]), (["measured", "by"], ["by"]),
        // "orders dated in 2013", "across all dated sales": an order's date is its date.
        (["dated", "in"], ["in"]), (["dated", "on"], ["on"]), (["dated", "before"], ["before"]), (["dated", "after"], ["after"]),
        (["dated", "from"], ["from"]), (["dated", "between"], ["between"]), (["dated", "up"], ["up"]), (["dated", "until"], ["until"]),
        (["dated", "since"], ["since"]), (["dated", "prior"], ["prior"]), (["all", "dated"], ["all"]), (["dated", "orders"], ["orders"]), (["dated", "sales"], ["sales"]),
        (["sale", "of", "piece", "of"], ["sale", "of"]), (["sale", "of", "item", "of"], ["sale", "of"]),
        (["the", "full", "list", "of"], ["a", "list", "of"]), (["a", "full", "list", "of"], ["a", "list", "of"]), (["the", "complete", "list", "of"], ["a", "list", "of"]),
        (["a", "complete", "list", "of"], ["a", "list", "of"]), (["first", "ever"], ["first"]), (["very", "first"], ["first"]),
        // "dec 2013 compared to dec 2012": two periods set against each other, not a range "to" a second one.
        (["compared", "to"], ["compared", "with"]),
        (["his", "or", "her"], ["their"]), (["her", "or", "his"], ["their"]), (["him", "or", "her"], ["them"]), (["he", "or", "she"], ["they"]),
        (["one", "total", "for", "the", "whole", "period"], []), (["a", "single", "total", "for", "the", "whole", "period"], []),
        (["one", "number", "for", "the", "whole", "period"], []), (["as", "one", "total"], []), (["in", "one", "total"], []),
        (["orders", "one", "buyer"], ["orders", "a", "buyer"]), (["orders", "one", "customer"], ["orders", "a", "customer"]),
        (["in", "the", "system"], []), (["in", "our", "system"], []), (["in", "average"], ["on", "average"]),
        // "for each combination of product line and subcategory": by both.
        (["each", "combination", "of"], ["each"]), (["every", "combination", "of"], ["every"]), (["per", "combination", "of"], ["per"]),
        (["by", "combination", "of"], ["by"]),
        // "clothing products that nobody ever bought": never sold.
        (["nobody", "has", "ever", "bought"], ["never", "sold"]), (["nobody", "ever", "bought"], ["never", "sold"]), (["nobody", "bought"], ["never", "sold"]),
        (["no", "one", "has", "ever", "bought"], ["never", "sold"]), (["no", "one", "ever", "bought"], ["never", "sold"]), (["no", "one", "bought"], ["never", "sold"]),
        (["nobody", "ever", "ordered"], ["never", "sold"]), (["nobody", "ordered"], ["never", "sold"]), (["nobody", "purchased"], ["never", "sold"]),
        // "that years average" (no apostrophe): the year's.
        (["that", "years", "average"], ["that", "year", "average"]), (["that", "years", "avg"], ["that", "year", "avg"]),
        (["that", "years", "total"], ["that", "year", "total"]), (["that", "years", "monthly"], ["that", "year", "monthly"]),
        // "the growth rate in percent", "the year-over-year growth rate": a growth is a rate already.
        (["growth", "rates"], ["growth"]), (["growth", "rate"], ["growth"]), (["rate", "of", "growth"], ["growth"]),
        (["calendar", "day"], ["day"]), (["calendar", "days"], ["days"]), (["by", "calendar", "year"], ["by", "year"]), (["per", "calendar", "year"], ["per", "year"]), (["calendar", "quarter"], ["quarter"]),
        // "by year of order date": the order date is the date of sales.
        (["year", "of", "order", "date"], ["year"]), (["month", "of", "order", "date"], ["month"]), (["quarter", "of", "order", "date"], ["quarter"]),
        (["weekday", "name"], ["weekday"]), (["weekday", "names"], ["weekday"]),
        // "give both counts and the growth": the two values of periods set against each other, shown anyway.
        // "for each subcategory, the best month; ties both count": ties are kept.
        (["ties", "both", "count"], ["include", "ties"]), (["ties", "all", "count"], ["include", "ties"]), (["give", "both", "counts", "and"], []), (["give", "both", "amounts", "and"], []),
        // "what percentage of that cohort do they represent": are.
        (["do", "they", "represent"], []), (["does", "that", "represent"], []), (["does", "this", "represent"], []), (["they", "represent"], []),
        // "how much of the year's total had we banked by each month": the cumulative share, said again.
        (["how", "much", "of", "the", "year", "total", "had", "we", "banked"], []), (["how", "much", "of", "the", "year", "had", "we", "banked"], []),
        (["how", "much", "of", "the", "total", "had", "we", "banked"], []),
        // "what % of sales came from married vs single customers": sales are revenue, the whole shared out (not the
        // customers with sales).
        (["percent", "of", "sales"], ["percent", "of", "revenue"]), (["percent", "of", "our", "sales"], ["percent", "of", "revenue"]),
        (["percent", "of", "our", "total", "sales"], ["percent", "of", "revenue"]), (["percent", "of", "total", "sales"], ["percent", "of", "revenue"]),
        (["percentage", "of", "sales"], ["percentage", "of", "revenue"]), (["percentage", "of", "our", "sales"], ["percentage", "of", "revenue"]),
        (["percentage", "of", "our", "total", "sales"], ["percentage", "of", "revenue"]), (["percentage", "of", "total", "sales"], ["percentage", "of", "revenue"]),
        (["share", "of", "sales"], ["share", "of", "revenue"]), (["share", "of", "our", "sales"], ["share", "of", "revenue"]),
        (["share", "of", "our", "total", "sales"], ["share", "of", "revenue"]), (["share", "of", "total", "sales"], ["share", "of", "revenue"]),
        // "how many did we sell, and what did they bring in": the revenue they brought in.
        (["what", "did", "they", "bring", "in"], ["how", "much", "revenue", "did", "they", "bring", "in"]),
        (["how", "much", "did", "they", "bring", "in"], ["how", "much", "revenue", "did", "they", "bring", "in"]),
        (["what", "did", "it", "bring", "in"], ["how", "much", "revenue", "did", "it", "bring", "in"]),
        (["how", "much", "did", "it", "bring", "in"], ["how", "much", "revenue", "did", "it", "bring", "in"]),
        // "customers with at least one single order totalling more than 3,000": an order worth more.
        (["have", "at", "least", "one", "single", "order"], ["have", "placed", "an", "order"]), (["at", "least", "one", "single", "order"], ["an", "order"]), (["one", "single", "order"], ["an", "order"]),
        (["order", "totalling"], ["order", "worth"]), (["order", "totaling"], ["order", "worth"]),
        // "the 5 customers with the earliest birth dates, and what those dates are": the dates are shown anyway.
        (["and", "what", "those", "dates", "are"], []), (["and", "what", "their", "birth", "dates", "are"], []), (["and", "what", "those", "birth", "dates", "are"], []),
        // "which subcategories have an average cost above 100? Give me the average too.": the compared value is shown anyway.
        (["give", "me", "the", "average", "too"], []), (["show", "me", "the", "average", "too"], []), (["show", "the", "average", "too"], []),
        (["and", "the", "average", "too"], []), (["give", "the", "average", "too"], []),
        // "the highest share of its revenue coming from bikes": from them.
        (["coming", "from"], ["from"]),
        // "when did we make our first and our most recent sale of anything in Accessories": its first and last order dates.
        (["when", "did", "we", "make", "our", "first", "and", "our", "most", "recent", "sale"], ["first", "and", "last", "order", "date"]),
        (["when", "did", "we", "make", "our", "first", "and", "most", "recent", "sale"], ["first", "and", "last", "order", "date"]),
        (["when", "did", "we", "make", "our", "first", "and", "our", "last", "sale"], ["first", "and", "last", "order", "date"]),
        (["when", "did", "we", "make", "our", "first", "and", "last", "sale"], ["first", "and", "last", "order", "date"]),
        (["first", "and", "most", "recent", "sale"], ["first", "and", "last", "order", "date"]), (["first", "and", "last", "sale"], ["first", "and", "last", "order", "date"]),
        (["of", "anything", "in"], ["in"]),
        // "side by side - one row per quarter, a column for each year": the pivot's layout, said again.
        (["a", "column", "for", "each", "year"], []), (["one", "column", "per", "year"], []), (["a", "column", "per", "year"], []), (["one", "column", "for", "each", "year"], []),
        (["both", "inclusive"], []),
        // "avg no of orders per customer": the average number ("no" is not a missing value here).
        (["average", "no", "of"], ["average", "number", "of"]), (["the", "no", "of"], ["the", "number", "of"]), (["total", "no", "of"], ["total", "number", "of"]),
        // "age as at 31 jan 2014": as of.
        (["as", "at"], ["as", "of"]),
        // "in the first quarter of each year": Q1 of every year.
        (["the", "first", "quarter", "of", "each", "year"], ["q1", "of", "each", "year"]), (["the", "second", "quarter", "of", "each", "year"], ["q2", "of", "each", "year"]),
        (["the", "third", "quarter", "of", "each", "year"], ["q3", "of", "each", "year"]), (["the", "fourth", "quarter", "of", "each", "year"], ["q4", "of", "each", "year"]),
        // "when was the first sale and when was the most recent one": the first and last order dates.
        (["first", "sale", "and", "when", "was", "the", "most", "recent", "one"], ["first", "and", "last", "order", "date"]),
        (["first", "sale", "and", "when", "was", "the", "last", "one"], ["first", "and", "last", "order", "date"]),
        (["first", "sale", "and", "when", "was", "the", "latest", "one"], ["first", "and", "last", "order", "date"]),
        (["first", "sale", "and", "the", "most", "recent", "one"], ["first", "and", "last", "order", "date"]),
        (["first", "sale", "and", "the", "last", "one"], ["first", "and", "last", "order", "date"]), (["first", "sale", "and", "the", "latest", "one"], ["first", "and", "last", "order", "date"]),
        (["contained", "more", "than"], ["had", "more", "than"]), (["contain", "more", "than"], ["have", "more", "than"]),
        // "first half vs second half of 2013 - revenue for each half as two numbers": the halves named are the rows.
        (["for", "each", "half"], []), (["as", "two", "numbers"], []),
        // "one row per month": a breakdown by month.
        (["one", "row", "per"], ["per"]), (["one", "row", "for", "each"], ["for", "each"]), (["a", "row", "per"], ["per"]), (["a", "row", "for", "each"], ["for", "each"]),
        // ("the first half of 2012 against the second: one row per half"): the halves named are the rows.
        (["per", "half"], []),
        // "give me the two averages side by side in a single row", "the number in the same month of 2012 alongside it":
        // how the figures asked for are laid out, which says nothing new.
        (["not", "even", "once"], []),
        // "% change in order count": the measure, not "in order" (a sort).
        (["in", "order", "count"], ["in", "the", "order", "count"]), (["in", "order", "value"], ["in", "the", "order", "value"]),
        (["in", "order", "volume"], ["in", "the", "order", "count"]), (["monday", "first", "sunday", "last"], []), (["monday", "first"], []),
        (["in", "order", "numbers"], ["in", "the", "number", "of", "orders"]),
        // "what % of our products have ever been sold": sold at least once (not "never been sold").
        (["have", "ever", "been", "sold"], ["have", "sold", "at", "least", "once"]), (["has", "ever", "been", "sold"], ["has", "sold", "at", "least", "once"]),
        (["have", "ever", "sold"], ["have", "sold", "at", "least", "once"]), (["in", "our", "catalogue"], []), (["in", "our", "catalog"], []), (["in", "the", "catalogue"], []),
        // "with a birth year somewhere in the 1960s": born in that decade.
        (["with", "a", "birth", "year", "somewhere", "in"], ["born", "in"]), (["with", "a", "birth", "year", "in"], ["born", "in"]), (["whose", "birth", "year", "is", "in"], ["born", "in"]),
        // "Include the ones we've never sold": a count of the catalogue includes them anyway.
        (["include", "the", "ones", "weve", "never", "sold"], []), (["include", "the", "ones", "we", "have", "never", "sold"], []), (["including", "the", "ones", "weve", "never", "sold"], []),
        (["include", "those", "never", "sold"], []), (["include", "the", "ones", "we", "never", "sold"], []), (["including", "the", "ones", "we", "never", "sold"], []), (["all", "frame", "sizes"], ["all", "sizes"]),
        (["new", "customer", "acquisition"], ["new", "customers"]), (["customer", "acquisition"], ["new", "customers"]), (["counting", "age", "as", "of"], ["age", "as", "of"]),
        (["taking", "age", "as", "of"], ["age", "as", "of"]), (["take", "their", "age", "as", "of"], ["age", "as", "of"]), (["take", "age", "as", "of"], ["age", "as", "of"]),
        (["taking", "their", "age", "as", "of"], ["age", "as", "of"]), (["use", "their", "age", "as", "of"], ["age", "as", "of"]), (["use", "age", "as", "of"], ["age", "as", "of"]),
        (["using", "their", "age", "as", "of"], ["age", "as", "of"]), (["using", "age", "as", "of"], ["age", "as", "of"]), (["counting", "their", "age", "as", "of"], ["age", "as", "of"]),
        (["client", "headcount"], ["customer", "count"]), (["customer", "headcount"], ["customer", "count"]), (["lumped", "together"], ["combined"]),
        (["just", "list", "them"], []), (["please", "list", "them"], []), (["list", "them", "please"], []), (["spends", "per"], ["spend", "per"]), (["spend", "more", "per"], ["spend", "per"]),
        // "split revenue between new and returning customers. One row per year with both amounts": the layout of a split
        // by two kinds, which it has anyway.
        // "how many sales lines did we record per year": the verb said of the lines ("record" is read as "records").
        (["did", "we", "records"], ["did", "we", "have"]), (["did", "we", "record"], ["did", "we", "have"]),
        // "on average how many units are on a sales line": the average units per line.
        (["on", "average", "how", "many", "units", "are", "on", "a", "sales", "line"], ["average", "units", "per", "sales", "line"]),
        (["on", "average", "how", "many", "units", "are", "on", "an", "order", "line"], ["average", "units", "per", "order", "line"]),
        (["on", "average", "how", "many", "units", "are", "in", "a", "sales", "line"], ["average", "units", "per", "sales", "line"]),
        // "how many pairs of socks": the units of socks.
        (["pairs", "of", "socks"], ["socks"]), (["pairs", "of", "gloves"], ["gloves"]), (["pairs", "of", "shorts"], ["shorts"]),
        // "whose gender isn't recorded": unknown.
        (["isnt", "recorded"], ["is", "unknown"]), (["is", "not", "recorded"], ["is", "unknown"]), (["wasnt", "recorded"], ["is", "unknown"]),
        (["isnt", "filled", "in"], ["is", "unknown"]), (["is", "not", "filled", "in"], ["is", "unknown"]),
        // "the customers we first sold to in 2012": whose first order was then.
        // ("... what percentage also ordered in 2013": ordered again then.)
        (["also", "ordered", "in"], ["ordered", "again", "in"]), (["also", "bought", "in"], ["bought", "again", "in"]), (["also", "purchased", "in"], ["bought", "again", "in"]),
        // "products that came into the catalogue on 1 July 2013": launched then (not sold then).
        (["came", "into", "the", "catalogue", "on"], ["launched", "on"]), (["came", "into", "the", "catalogue", "in"], ["launched", "in"]),
        (["were", "added", "to", "the", "catalogue", "on"], ["launched", "on"]), (["were", "added", "to", "the", "catalogue", "in"], ["launched", "in"]),
        (["we", "first", "sold", "to", "in"], ["whose", "first", "order", "was", "in"]), (["we", "first", "sold", "to", "during"], ["whose", "first", "order", "was", "in"]),
        (["with", "both", "amounts"], []), (["with", "both", "figures"], []), (["with", "both", "numbers"], []), (["one", "row", "per"], ["per"]),
        (["one", "row", "for", "each"], ["for", "each"]), (["in", "our", "whole", "history"], []), (["in", "our", "entire", "history"], []),
        // "the last three calendar months we have data for": the last months of the data.
        (["last", "three", "calendar", "months"], ["last", "3", "months"]), (["last", "3", "calendar", "months"], ["last", "3", "months"]),
        (["last", "two", "calendar", "months"], ["last", "2", "months"]), (["last", "six", "calendar", "months"], ["last", "6", "months"]),
        (["last", "three", "months"], ["last", "3", "months"]), (["last", "six", "months"], ["last", "6", "months"]), (["last", "two", "months"], ["last", "2", "months"]), (["with", "a", "rank", "column"], ["with", "their", "rank"]),
        (["with", "a", "ranking", "column"], ["with", "their", "rank"]),
        (["side", "by", "side", "in", "a", "single", "row"], []), (["side", "by", "side", "in", "one", "row"], []),
        (["in", "a", "single", "row"], []), (["in", "one", "single", "row"], []), (["as", "a", "single", "row"], []), (["alongside", "it"], []), (["alongside", "them"], []),
        (["alongside", "each"], []), (["the", "two", "averages"], []), (["the", "two", "counts"], []), (["the", "two", "percentages"], []),
        // "One row per month, January first": months in calendar order, as they are shown anyway.
        (["month", "january", "first"], ["month"]), (["months", "january", "first"], ["months"]), (["month", "jan", "first"], ["month"]),
    ]
}
