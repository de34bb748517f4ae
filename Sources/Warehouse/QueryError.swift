/// Why a query did not return rows.
public enum QueryError: Error, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case timedOut(seconds: Double)
    case denied(String)
    case valueTooLarge(limit: Int32)
    case resultTooLarge(limit: Int, rows: Int)
    case outOfMemory(limit: Int64)
    case badLimits(String)
    case failed(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the warehouse \(path): \(reason). Run `cyclingpro build` first, or pass --warehouse."
        case .timedOut(let seconds):
            return "the query ran longer than \(seconds) s and was stopped; narrow it (add filters, aggregate) or raise the time limit"
        case .denied(let what):
            return "the warehouse refused the query: \(what)"
        case .valueTooLarge(let limit):
            return "the query produced a value larger than \(limit) bytes and was stopped"
        case .resultTooLarge(let limit, let rows):
            return "the result passed \(limit >> 20) MB after \(rows) rows and was stopped; select fewer columns or rows, or aggregate"
        case .outOfMemory(let limit):
            return "the query needed more than \(limit >> 20) MB of memory and was stopped; aggregate or filter before joining"
        case .badLimits(let problem):
            return "invalid query limits: \(problem)"
        case .failed(let message):
            return "the query failed: \(message)"
        }
    }
}
