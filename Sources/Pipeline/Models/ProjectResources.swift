import Foundation

/// Where the SQL models, the schema and the data tests live: the bundled resources by default,
/// or a project folder laid out the same way (`models/{raw,staging,marts}`, `tests/`).
public struct ProjectResources: Sendable {
    public var modelsDirectory: String
    public var testsDirectory: String

    public init(modelsDirectory: String, testsDirectory: String) {
        self.modelsDirectory = modelsDirectory
        self.testsDirectory = testsDirectory
    }

    public static var bundled: ProjectResources {
        let base = Bundle.module.resourceURL ?? Bundle.module.bundleURL
        return ProjectResources(
            modelsDirectory: base.appendingPathComponent("models").path,
            testsDirectory: base.appendingPathComponent("tests").path)
    }

    func sqlFiles(in directory: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        return names.filter { $0.hasSuffix(".sql") }.sorted().map { directory + "/" + $0 }
    }
}
