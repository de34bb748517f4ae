import ArgumentParser
import Pipeline

struct LakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lake",
        abstract: "List what the data lake holds: every distinct export ever loaded, with its history.")

    @Option(help: "The data lake folder.")
    var lake: String = Defaults.lake

    @Flag(help: "Show every ingest instead of one line per stored object.")
    var all = false

    func run() throws {
        let manifest = try Lake(directory: lake).manifest()
        guard !manifest.isEmpty else {
            print("the lake at \(lake) is empty: run `cyclingpro build` first")
            return
        }
        if all {
            print(
                Table(
                    headers: ["ingested at", "file", "rows", "bytes", "sha256", "stored"],
                    rows: manifest.map {
                        [$0.ingestedAt, $0.file, String($0.rows), String($0.bytes), String($0.sha256.prefix(12)), $0.newObject ? "new" : "same as before"]
                    }
                ).render())
            return
        }
        var seen: [String: (object: LakeObject, count: Int, last: String)] = [:]
        var order: [String] = []
        for object in manifest {
            if let entry = seen[object.path] {
                seen[object.path] = (entry.object, entry.count + 1, object.ingestedAt)
            } else {
                seen[object.path] = (object, 1, object.ingestedAt)
                order.append(object.path)
            }
        }
        print(
            Table(
                headers: ["file", "rows", "bytes", "sha256", "first ingested", "last ingested", "ingests"],
                rows: order.map { path in
                    let e = seen[path]!
                    return [
                        e.object.file, String(e.object.rows), String(e.object.bytes), String(e.object.sha256.prefix(12)),
                        e.object.ingestedAt, e.last, String(e.count),
                    ]
                }
            ).render())
        print("\(order.count) stored objects, \(manifest.count) ingests, in \(lake)")
    }
}
