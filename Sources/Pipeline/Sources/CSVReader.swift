import Foundation

/// A streaming RFC 4180 reader for the exports.
///
/// It tolerates what real export tools write (a UTF-8 byte-order mark, CRLF or LF line ends,
/// quoted fields holding commas, quotes or newlines, a missing final newline, blank lines) and
/// refuses what cannot be trusted (ragged rows, stray quotes, unterminated quotes, invalid UTF-8),
/// naming the file, line and column. It reads 1 MiB at a time, so memory does not grow with the file.
public final class CSVReader {
    public let path: String
    /// The name used in error messages (e.g. `source_crm/cust_info.csv`).
    public let displayName: String
    public private(set) var header: [String] = []

    private let handle: FileHandle
    private var chunk: [UInt8] = []
    private var position = 0
    private var atEOF = false
    private var physicalLine = 1
    private var firstChunk = true
    static let chunkSize = 1 << 20
    /// The longest value accepted. Names, keys, codes and dates are short; a value of megabytes
    /// is a broken export, and loaded it would break every answer that returns it.
    public static let maxFieldBytes = 64 << 10

    public init(path: String, displayName: String) throws {
        self.path = path
        self.displayName = displayName
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PipelineError(
                step: "raw", file: displayName, message: "cannot open the file",
                hint: "check that it exists and is readable")
        }
        self.handle = handle
        var header: [String] = []
        let found = try nextRecord { record in
            header = (0..<record.count).map { record.string($0) }
        }
        guard found else {
            throw PipelineError(
                step: "raw", file: displayName, line: 1, message: "the file is empty (no header row)",
                hint: "re-export the file; an empty export cannot be loaded")
        }
        self.header = header
    }

    deinit { try? handle.close() }

    /// Calls `body` for every data record after the header; returns the number of records.
    @discardableResult
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws -> Int {
        var count = 0
        while try nextRecord({ record in
            guard record.count == header.count else {
                throw PipelineError(
                    step: "raw", file: displayName, line: record.line,
                    message: "row has \(record.count) fields but the header has \(header.count)",
                    hint: "the row is ragged: a missing or extra comma, or an unquoted comma inside a value")
            }
            try body(record)
        }) {
            count += 1
        }
        return count
    }

    // MARK: - Parsing

    private var rowBytes: [UInt8] = []
    private var rowEnds: [Int] = []

    private func refill() throws -> Bool {
        if atEOF { return false }
        let data: Data?
        do {
            data = try handle.read(upToCount: Self.chunkSize)
        } catch {
            throw PipelineError(step: "raw", file: displayName, message: "read failed: \(error)")
        }
        guard let data, !data.isEmpty else {
            atEOF = true
            return false
        }
        chunk = [UInt8](data)
        position = 0
        if firstChunk {
            firstChunk = false
            if chunk.count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF { position = 3 }
        }
        return true
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    /// Parses one record into the reusable buffers and hands it to `body`. Returns false at end of file.
    private func nextRecord(_ body: (CSVRecord) throws -> Void) throws -> Bool {
        // The scan works on local copies: class properties touched per byte would pay Swift's
        // dynamic exclusivity checks, a fifth of the parse time.
        var rowBytes = self.rowBytes
        var rowEnds = self.rowEnds
        var physicalLine = self.physicalLine
        var pendingCR = self.pendingCR
        self.rowBytes = []
        self.rowEnds = []
        defer {
            self.rowBytes = rowBytes
            self.rowEnds = rowEnds
            self.physicalLine = physicalLine
            self.pendingCR = pendingCR
        }
        while true {
            rowBytes.removeAll(keepingCapacity: true)
            rowEnds.removeAll(keepingCapacity: true)
            var state = State.fieldStart
            let startLine = physicalLine
            var quoteLine = 0
            var highBit: UInt8 = 0
            var sawAnything = false
            var finished = false

            scan: while true {
                if position >= chunk.count {
                    if try !refill() { break scan }
                }
                let n = chunk.count
                var i = position
                try chunk.withUnsafeBufferPointer { buf in
                    while i < n {
                        let b = buf[i]
                        i += 1
                        switch state {
                        case .fieldStart, .unquoted:
                            if b == UInt8(ascii: ",") {
                                rowEnds.append(rowBytes.count)
                                state = .fieldStart
                                sawAnything = true
                            } else if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                                if b == UInt8(ascii: "\r") {
                                    // CRLF: the LF may sit in the next chunk; it is skipped there.
                                    pendingCR = true
                                } else {
                                    physicalLine += 1
                                }
                                finished = true
                                return
                            } else if b == UInt8(ascii: "\"") {
                                if state == .fieldStart {
                                    state = .quoted
                                    quoteLine = physicalLine
                                } else {
                                    throw PipelineError(
                                        step: "raw", file: displayName, line: physicalLine,
                                        column: columnName(rowEnds.count),
                                        message: "a quote appears inside an unquoted value",
                                        hint: "values containing quotes must be enclosed in quotes, with inner quotes doubled")
                                }
                                sawAnything = true
                            } else {
                                rowBytes.append(b)
                                highBit |= b
                                state = .unquoted
                                sawAnything = true
                            }
                        case .quoted:
                            if b == UInt8(ascii: "\"") {
                                state = .quoteInQuoted
                            } else {
                                if b == UInt8(ascii: "\n") { physicalLine += 1 }
                                rowBytes.append(b)
                                highBit |= b
                            }
                        case .quoteInQuoted:
                            if b == UInt8(ascii: "\"") {
                                rowBytes.append(b)
                                state = .quoted
                            } else if b == UInt8(ascii: ",") {
                                rowEnds.append(rowBytes.count)
                                state = .fieldStart
                            } else if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                                if b == UInt8(ascii: "\r") { pendingCR = true } else { physicalLine += 1 }
                                finished = true
                                return
                            } else {
                                throw PipelineError(
                                    step: "raw", file: displayName, line: physicalLine,
                                    column: columnName(rowEnds.count),
                                    message: "unexpected character after a closing quote",
                                    hint: "a quoted value must be followed by a comma or the end of the line")
                            }
                        }
                    }
                }
                position = i
                if finished { break scan }
                // A runaway value (an unclosed quote, a huge field) stops here, not at the end of the file.
                if rowBytes.count > Self.maxFieldBytes * max(header.count, 1) + Self.maxFieldBytes {
                    throw PipelineError(
                        step: "raw", file: displayName, line: startLine, column: columnName(rowEnds.count),
                        message: "the record is longer than any row of an export can be (over \(rowBytes.count >> 10) KB)",
                        hint: state == .quoted ? "a quote is probably never closed; re-export the file" : "check the export")
                }
            }

            if !finished && state == .quoted {
                throw PipelineError(
                    step: "raw", file: displayName, line: quoteLine, column: columnName(rowEnds.count),
                    message: "a quoted value is never closed (reached the end of the file)",
                    hint: "the file is probably truncated; re-export it")
            }
            if !finished && !sawAnything && rowBytes.isEmpty {
                return false  // end of file
            }
            rowEnds.append(rowBytes.count)
            // A bare line end after CR: skip the LF of a CRLF pair.
            if pendingCR {
                pendingCR = false
                if position >= chunk.count { _ = try refill() }
                if position < chunk.count, chunk[position] == UInt8(ascii: "\n") { position += 1 }
                physicalLine += 1
            }
            // Blank line: not a record.
            if rowEnds.count == 1 && rowBytes.isEmpty && !sawAnything { continue }
            if highBit & 0x80 != 0 { try validateUTF8(rowBytes, rowEnds, line: startLine) }
            try checkValues(rowBytes, rowEnds, line: startLine)
            try rowBytes.withUnsafeBufferPointer { bytes in
                try rowEnds.withUnsafeBufferPointer { ends in
                    try body(CSVRecord(line: startLine, bytes: bytes, ends: ends))
                }
            }
            return true
        }
    }

    private var pendingCR = false

    private func validateUTF8(_ rowBytes: [UInt8], _ rowEnds: [Int], line: Int) throws {
        var start = 0
        for (index, end) in rowEnds.enumerated() {
            let slice = rowBytes[start..<end]
            if String(validating: slice, as: UTF8.self) == nil {
                throw PipelineError(
                    step: "raw", file: displayName, line: line, column: columnName(index),
                    message: "the value is not valid UTF-8",
                    hint: "export the file as UTF-8 (it may be Latin-1 or Windows-1252)")
            }
            start = end
        }
    }

    /// NUL bytes would be stored inside text and cut it short in every tool that reads C
    /// strings; an oversized value would break answers. Both are refused with their place.
    private func checkValues(_ rowBytes: [UInt8], _ rowEnds: [Int], line: Int) throws {
        var start = 0
        for (index, end) in rowEnds.enumerated() {
            if end - start > Self.maxFieldBytes {
                throw PipelineError(
                    step: "raw", file: displayName, line: line, column: columnName(index),
                    message: "the value is \(end - start) bytes long; the limit is \(Self.maxFieldBytes)",
                    hint: "the export is probably broken at this row; re-export it")
            }
            start = end
        }
        if let nul = rowBytes.firstIndex(of: 0) {
            let index = rowEnds.firstIndex { $0 > nul } ?? 0
            throw PipelineError(
                step: "raw", file: displayName, line: line, column: columnName(index),
                message: "the value contains a NUL byte",
                hint: "the file is binary or corrupt at this row; re-export it as UTF-8 text")
        }
    }

    private func columnName(_ index: Int) -> String {
        index < header.count ? "\(index + 1) (\(RawLoader.shown(header[index])))" : "\(index + 1)"
    }
}
