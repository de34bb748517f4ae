import Foundation

/// One ingest of one source file into the lake: a manifest line.
public struct LakeObject: Codable, Sendable, Equatable {
    /// The source file, relative to the source folder (`source_crm/cust_info.csv`).
    public var file: String
    /// Where the immutable copy lives, relative to the lake folder.
    public var path: String
    public var bytes: Int
    /// Data rows (records after the header), counted while copying.
    public var rows: Int
    /// SHA-256 of the content, hex.
    public var sha256: String
    /// When it was ingested (ISO 8601, UTC).
    public var ingestedAt: String
    /// False when identical content was already in the lake and was not stored again.
    public var newObject: Bool
}
