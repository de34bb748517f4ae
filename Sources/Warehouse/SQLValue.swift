import Foundation

/// A value read from the warehouse, typed as SQLite stored it: numbers stay numbers.
public enum SQLValue: Sendable, Equatable, Codable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .integer(let v): try container.encode(v)
        case .real(let v): v.isFinite ? try container.encode(v) : try container.encodeNil()
        case .text(let v): try container.encode(v)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null } else if let v = try? container.decode(Int64.self) { self = .integer(v) } else if let v = try? container.decode(Double.self) { self = .real(v) } else { self = .text(try container.decode(String.self)) }
    }

    /// Roughly what the value holds in memory, for the result's byte budget.
    var byteCount: Int {
        switch self {
        case .null: return 1
        case .integer, .real: return 8
        case .text(let s): return s.utf8.count + 16
        }
    }

    /// For people: integers plainly, reals with up to 2 decimals, NULL as empty.
    public var description: String {
        switch self {
        case .null: return ""
        case .integer(let v): return String(v)
        case .real(let v):
            if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
            return String(format: "%.2f", v)
        case .text(let v): return v
        }
    }

    public var doubleValue: Double? {
        switch self {
        case .integer(let v): return Double(v)
        case .real(let v): return v
        default: return nil
        }
    }
}
