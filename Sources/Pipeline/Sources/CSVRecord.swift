/// One parsed CSV record, valid only inside the callback that receives it (it points into the
/// reader's reusable buffer, so a million-row file costs no per-row allocation).
public struct CSVRecord {
    /// Physical line where the record starts (1-based; the header is line 1).
    public let line: Int
    let bytes: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<Int>

    public var count: Int { ends.count }

    /// The raw bytes of field `index`.
    public func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])
    }

    public func string(_ index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }
}
