/// Why the service cannot start, in words a person can act on.
public enum ServerError: Error, CustomStringConvertible, Sendable {
    case setup(String)

    public var description: String {
        switch self {
        case .setup(let message): return message
        }
    }
}
