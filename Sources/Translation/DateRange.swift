import Foundation

extension QuestionParser {
    /// "what's the date range of our sales data - first and last order date": the range restates the measures named
    /// beside it, and "sales data" is then the data, not revenue. Without first/last dates named it is not read.
    func readDateRange(_ q: inout QuestionWords) {
        guard let i = q.find("date range") ?? q.find("range of dates") ?? q.find("range of order dates"),
            ["first", "last", "earliest", "latest"].contains(where: q.words.contains)
        else { return }
        // The words go, not only their marks: "date" left behind would be a breakdown by day.
        q.replace(i..<(i + (q[i] == "date" ? 2 : q[i + 2] == "dates" ? 3 : 4)), with: [])
        _ = q.take(["of our sales data", "of the sales data", "of our sales", "sales data", "of our data", "of the data", "in the data", "covered", "cover", "does", "do"])
    }
}
