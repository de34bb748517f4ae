import Foundation

/// Scratch folders for tests, all inside one folder per test process that is removed when the
/// process exits. Fixtures build whole warehouses (tens of MB each); left behind in the system's
/// temporary directory, a few hundred test runs filled the disk and a CI run failed with
/// "No space left on device".
public enum ScratchDirectory {
    /// A new, empty folder named after `label`, inside this process's scratch folder.
    public static func make(_ label: String) throws -> URL {
        let url = path(label)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A fresh path inside this process's scratch folder, not yet created (for fixtures whose
    /// builder creates it).
    public static func path(_ label: String) -> URL {
        _ = removedAtExit
        return processFolder().appendingPathComponent("\(label)-\(UUID().uuidString)")
    }

    private static func processFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("cyclingpro-tests-\(getpid())")
    }

    /// Registered once, on first use. A crash skips it; the folder is named by process id so such
    /// leftovers are easy to find.
    private static let removedAtExit: Void = {
        atexit { try? FileManager.default.removeItem(at: ScratchDirectory.processFolder()) }
    }()
}
