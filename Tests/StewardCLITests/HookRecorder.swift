import Foundation
import Testing

/// A `post-task` hook that keeps each run's payload (its stdin) in a file of its own, in a
/// folder of the temporary directory: written under a temporary name, then renamed, so a run
/// is read whole or not at all. Two processes' runs at once (a worker's follow-up beside a
/// `schedule run-now`'s own end) never mix, as appends to one shared file did.
struct HookRecorder {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("steward-hook-runs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// The workspace files that install it (for `Household.withModel`'s `files:`).
    var files: [String: String] {
        ["hooks/post-task": "#!/bin/sh\nt=$(mktemp '\(folder)/.run.XXXXXX') || exit 1\ncat > \"$t\"\nmv \"$t\" \"$t.json\"\n"]
    }

    /// Each finished run's payload, oldest first.
    func runs() throws -> [[String: Any]] {
        let fm = FileManager.default
        let names = try fm.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }
        let dated = try names.map { name -> (Date, String) in
            let path = folder + "/" + name
            return ((try fm.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast, path)
        }
        return try dated.sorted { $0.0 < $1.0 }.map {
            try #require(try json(try String(contentsOfFile: $0.1, encoding: .utf8)) as? [String: Any], "\($0.1)")
        }
    }

    /// The runs of task `id` (none while the folder cannot be read).
    func runs(of id: String) -> [[String: Any]] {
        ((try? runs()) ?? []).filter { $0["task"] as? String == id }
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}
