/// A caller of the HTTP API: a name for the log and a role. The token itself is never logged.
public struct APIKey: Sendable, Equatable {
    public enum Role: String, Sendable, Comparable {
        /// ask, sql, suggestions, feedback, own logs.
        case reader
        /// Also verify, rebuild and every user's logs.
        case admin

        public static func < (a: Role, b: Role) -> Bool { a == .reader && b == .admin }
    }

    public var name: String
    public var role: Role
    let token: String

    public init(name: String, role: Role, token: String) {
        self.name = name
        self.role = role
        self.token = token
    }
}
