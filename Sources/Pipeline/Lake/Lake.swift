import Crypto
import Foundation

/// The data lake: an append-only, content-addressed copy of every export ever loaded.
///
/// Each file is stored once per distinct content at `<source file>/<sha256>.csv`, made read-only,
/// and every ingest appends a line to `manifest.jsonl`, so the history of what was loaded when is
/// kept even when the content did not change. Nothing in the lake is ever modified or deleted.
public struct Lake: Sendable {
    public let directory: String
    /// What may be ingested: regular files under a size cap.
    public var sourceFile: SourceFile
    var manifestPath: String { directory + "/manifest.jsonl" }

    public init(directory: String, sourceFile: SourceFile = SourceFile()) {
        self.directory = directory
        self.sourceFile = sourceFile
    }

    static let incomingPrefix = ".incoming-"

    /// Removes the half-copied files of ingests whose process is gone (killed mid-copy). Each
    /// names its process, so a concurrent ingest's file is left alone.
    public func sweepIncoming() {
        let fm = FileManager.default
        for folder in (try? fm.subpathsOfDirectory(atPath: directory)) ?? [] {
            let name = (folder as NSString).lastPathComponent
            guard name.hasPrefix(Self.incomingPrefix) else { continue }
            let pid = name.dropFirst(Self.incomingPrefix.count).split(separator: "-").first.flatMap { Int32($0) }
            if let pid, pid != getpid(), kill(pid, 0) == 0 || errno == EPERM { continue }
            try? fm.removeItem(atPath: directory + "/" + folder)
        }
    }

    /// Copies `sourcePath` into the lake (hashing and counting rows on the way) and records it.
    public func ingest(sourcePath: String, as file: String, at time: Date = Date()) throws -> LakeObject {
        let fm = FileManager.default
        let objectDirectory = directory + "/" + file
        do {
            try fm.createDirectory(atPath: objectDirectory, withIntermediateDirectories: true)
        } catch {
            throw PipelineError(step: "lake", file: objectDirectory, message: "cannot create the lake folder: \(error.localizedDescription)")
        }
        let input = try sourceFile.open(sourcePath, name: file)
        defer { try? input.close() }
        let incoming = objectDirectory + "/\(Self.incomingPrefix)\(getpid())-\(UUID().uuidString)"
        guard fm.createFile(atPath: incoming, contents: nil), let output = FileHandle(forWritingAtPath: incoming) else {
            throw PipelineError(
                step: "lake", file: incoming, message: "cannot write into the lake",
                hint: "check permissions and free space of \(directory)")
        }
        var hasher = SHA256()
        var bytes = 0
        var records = 0
        var inQuotes = false
        var lineHasContent = false
        do {
            defer { try? output.close() }
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
                bytes += chunk.count
                // The file may grow while it is copied: the cap holds for what is read.
                if Int64(bytes) > sourceFile.maxBytes {
                    throw PipelineError(
                        step: "sources", file: file, message: "grew past the limit of \(sourceFile.maxBytes >> 20) MB while it was copied",
                        hint: "check the export; raise the limit with --max-source-mb if it is right")
                }
                chunk.withUnsafeBytes { raw in
                    // Records as the CSV reader sees them: CR, LF or CRLF ends one outside quotes
                    // (quote parity is enough), and blank lines are not records.
                    for b in raw {
                        if b == UInt8(ascii: "\"") {
                            inQuotes.toggle()
                            lineHasContent = true
                        } else if (b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r")) && !inQuotes {
                            if lineHasContent { records += 1 }
                            lineHasContent = false
                        } else {
                            lineHasContent = true
                        }
                    }
                }
                try output.write(contentsOf: chunk)
            }
            try output.synchronize()
        } catch let error as PipelineError {
            try? fm.removeItem(atPath: incoming)
            throw error
        } catch {
            try? fm.removeItem(atPath: incoming)
            throw PipelineError(
                step: "lake", file: file, message: "copy into the lake failed: \(error.localizedDescription)",
                hint: "check free space of \(directory)")
        }
        if lineHasContent { records += 1 }
        let sha = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        let relative = file + "/" + sha + ".csv"
        let final = directory + "/" + relative
        var isNew = false
        if fm.fileExists(atPath: final) {
            try? fm.removeItem(atPath: incoming)
        } else {
            guard rename(incoming, final) == 0 else {
                try? fm.removeItem(atPath: incoming)
                throw PipelineError(step: "lake", file: final, message: "cannot store the lake object (errno \(errno))")
            }
            chmod(final, 0o444)
            isNew = true
        }
        let object = LakeObject(
            file: file, path: relative, bytes: bytes, rows: max(records - 1, 0), sha256: sha,
            ingestedAt: Timestamp.iso8601(time), newObject: isNew)
        try appendToManifest(object)
        return object
    }

    /// Every ingest, oldest first.
    public func manifest() throws -> [LakeObject] {
        guard let text = try? String(contentsOfFile: manifestPath, encoding: .utf8) else { return [] }
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").enumerated().map { index, line in
            do {
                return try decoder.decode(LakeObject.self, from: Data(line.utf8))
            } catch {
                throw PipelineError(
                    step: "lake", file: manifestPath, line: index + 1,
                    message: "the manifest line is not a lake record: \(error)")
            }
        }
    }

    public func absolutePath(of object: LakeObject) -> String { directory + "/" + object.path }

    private func appendToManifest(_ object: LakeObject) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var line = try encoder.encode(object)
        line.append(UInt8(ascii: "\n"))
        // O_APPEND writes of one short line are atomic, so concurrent ingests never interleave.
        let fd = open(manifestPath, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else {
            throw PipelineError(step: "lake", file: manifestPath, message: "cannot open the manifest (errno \(errno))")
        }
        defer { close(fd) }
        let written = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == line.count, fsync(fd) == 0 else {
            throw PipelineError(
                step: "lake", file: manifestPath, message: "cannot append to the manifest (errno \(errno))",
                hint: "check free space of \(directory)")
        }
    }
}
