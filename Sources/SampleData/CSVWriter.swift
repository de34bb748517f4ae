import Foundation

/// Writes CSV rows through a 1 MiB buffer, quoting only the values that need it.
final class CSVWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    let lineEnding: String

    init(path: String, header: [String], lineEnding: String = "\n") throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw SampleDataError(message: "cannot create \(path)")
        }
        self.handle = handle
        self.lineEnding = lineEnding
        buffer.reserveCapacity(1 << 20)
        try row(header)
    }

    func row(_ fields: [String]) throws {
        for (i, field) in fields.enumerated() {
            if i > 0 { buffer.append(UInt8(ascii: ",")) }
            if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                buffer.append(UInt8(ascii: "\""))
                buffer.append(contentsOf: field.replacingOccurrences(of: "\"", with: "\"\"").utf8)
                buffer.append(UInt8(ascii: "\""))
            } else {
                buffer.append(contentsOf: field.utf8)
            }
        }
        buffer.append(contentsOf: lineEnding.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        try handle.close()
    }
}
