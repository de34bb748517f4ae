/// Errors of the question-answering service, in words a person can act on.
public enum QueryServiceError: Error, CustomStringConvertible, Sendable {
    case log(String)
    case notFound(String)
    case setup(String)

    public var description: String {
        switch self {
        case .log(let m), .notFound(let m), .setup(let m): return m
        }
    }
}
