import Foundation
import StewardCore
import StewardSandbox
import StewardStore
import StewardTestSupport

// steward-bench sync --first 1000,3000 [--steward PATH] [--compare PATH] [--dir DIR] [--path-remote yes]
//
// The first `steward sync` of a workspace made by `init` that already holds N proposals
// (spec 22.6: it pushes every ref of 22.3 that exists only here), as a person runs it: a whole
// `steward` process with the default time-outs, to a new bare repository on the bench's own
// `git daemon` on 127.0.0.1 (or a path). For each N, one workspace is made through the
// library (N one-file proposals, every third rejected), then copied for each binary
// (`--steward`, and `--compare` for another build, e.g. the one before a change), so each
// pushes the same refs to a remote of its own. A sync that fails with the default time-outs is
// shown with its error and timed again on a fresh copy with `connect_timeout_seconds = 300`.
// The peer: one `git push --atomic --porcelain` of the same refs with a
// `--force-with-lease=REF:` each, from the workspace (what `sync` ran before it pushed in
// batches). Every pushed remote is checked: the same refs as the workspace, `git fsck --strict`.
extension SyncBench {
    static func first(_ args: [String]) async throws {
        var counts = [1_000, 3_000]
        var dir = FileManager.default.temporaryDirectory.path
        var steward = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("steward").path
        var compare: String?
        var pathRemote = false
        readOptions(
            args, usage: "usage: steward-bench sync --first N,N [--steward PATH] [--compare PATH] [--dir DIR] [--path-remote yes]\n",
            [
                "--first": { v in counts = v.split(separator: ",").compactMap { Int($0) } }, "--steward": { v in steward = v },
                "--compare": { v in compare = v }, "--dir": { v in dir = v }, "--path-remote": { _ in pathRemote = true },
            ])
        let binaries = [("--steward", steward)] + (compare.map { [("--compare", $0)] } ?? [])
        for (_, path) in binaries where !FileManager.default.isExecutableFile(atPath: path) {
            throw StewardError.failure("\(path) not found; build the steward product too, or give --steward PATH")
        }
        let root = dir + "/steward-bench-first-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/home", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let daemon = pathRemote ? nil : try? GitDaemon.shared()
        let kind = daemon.map { "a `git daemon` on 127.0.0.1:\($0.port) (git://), started by the bench" } ?? "a bare path remote"
        /// A new empty remote: its URL and its folder.
        func remote(_ name: String) throws -> (url: String, path: String) {
            if let daemon {
                let r = try daemon.makeRepository(name)
                return (r.url, r.path)
            }
            try git(root, ["init", "--quiet", "--bare", "--initial-branch=main", name + ".git"])
            return (root + "/" + name + ".git", root + "/" + name + ".git")
        }
        let environment = ["PATH": "/usr/bin:/bin", "HOME": root + "/home", "STEWARD_APPROVER": "bench"]
        var rows: [String] = []
        for n in counts {
            let made = root + "/made-\(n)"
            progress("making a workspace with \(n) proposals (every third rejected)…")
            let making = try await msAsync { try await makeWorkspace(at: made, proposals: n) }
            let refs = try sharedRefs(made)
            progress(String(format: "made in %.0f s: %d refs to push", making / 1000, refs.count))
            for (label, binary) in binaries {
                var cells: [String] = []
                for connect in [nil, 300] as [Int?] {
                    let ws = root + "/\(label.dropFirst(2))-\(n)-\(connect ?? 0)"
                    _ = try ProcessRunner.run(
                        "/bin/cp", arguments: ["-a", made, ws], stdin: Data(), environment: environment, directory: root, timeout: 600)
                    let target = try remote("first-\(label.dropFirst(2))-\(n)-\(connect ?? 0)")
                    try git(ws, ["remote", "add", "origin", target.url])
                    if let connect {
                        try "[remote]\nconnect_timeout_seconds = \(connect)\nidle_timeout_seconds = 3600\n".write(
                            toFile: ws + "/.steward/config.toml", atomically: true, encoding: .utf8)
                    }
                    progress("\(label) \(binary): first sync of \(n) proposals\(connect.map { ", connect_timeout_seconds = \($0)" } ?? "")…")
                    var result: ProcessRunner.Result?
                    let took = try ms {
                        result = try ProcessRunner.run(
                            binary, arguments: ["sync", "--workspace", ws], stdin: Data(), environment: environment, directory: root, timeout: 1800)
                    }
                    guard let result else { continue }
                    let err = String(decoding: result.stderr, as: UTF8.self)
                    let lines = err.split(separator: "\n").count
                    if result.status == 0 {
                        guard try sharedRefs(target.path) == (try sharedRefs(ws)) else {
                            throw StewardError.failure("\(binary): the remote does not hold this workspace's refs after its first sync")
                        }
                        try git(target.path, ["fsck", "--strict", "--no-dangling"])
                        cells.append(String(format: "%.1f s (%d lines on stderr)", took / 1000, lines))
                        try? FileManager.default.removeItem(atPath: ws)
                        break
                    }
                    let said = err.split(separator: "\n").last.map { String($0.prefix(150)) } ?? ""
                    cells.append(String(format: "failed after %.1f s: `%@`", took / 1000, said))
                    try? FileManager.default.removeItem(atPath: ws)
                }
                rows.append(
                    "| \(n) | \(refs.count) | `\(label) \(binary)` | \(cells.joined(separator: "; then with connect_timeout_seconds = 300: ")) |")
            }
            // The peer: what sync ran before, one atomic push with a lease on every ref.
            let target = try remote("first-peer-\(n)")
            let leases = refs.keys.sorted().map { "--force-with-lease=\($0):" }
            let specs = refs.keys.sorted().map { "\($0):\($0)" }
            let peer = try ms { try git(made, ["push", "--atomic", "--porcelain", "--no-verify"] + leases + [target.url] + specs) }
            guard try sharedRefs(target.path) == refs else { throw StewardError.failure("the peer's push left other refs") }
            rows.append(String(format: "| %d | %d | plain `git push --atomic`, a lease per ref, one push | %.1f s |", n, refs.count, peer / 1000))
            try? FileManager.default.removeItem(atPath: made)
        }
        print("steward-bench sync --first — the first sync of a workspace made by init, to \(kind); wall time of each")
        print("load average (/proc/loadavg) at the end: \(loadAverage())")
        print("")
        print("| proposals | refs | what | first `steward sync` (default time-outs) |")
        print("|---:|---:|---|---|")
        for row in rows { print(row) }
    }

    /// A workspace made by `init` (no remote) holding `n` one-file proposals, every third
    /// rejected (its branch archived), as a machine used alone for a long time.
    static func makeWorkspace(at path: String, proposals n: Int) async throws {
        let store = try Store(path: path + "/.steward/steward.db")
        let (ws, _) = try await Workspace.create(at: path, seed: Seed.files, index: store, by: "bench")
        let policy = try PathPolicy.outsideTools()
        for k in 1...n {
            let number = try await ws.propose(
                title: "note \(k)", agent: "bench", operations: [.write(path: "memory/\(k).md", content: Data("\(k)\n".utf8), executable: false)],
                policy: policy
            ).number
            if k % 3 == 0 { _ = try await ws.reject(number, by: "bench", reason: nil) }
            if k % 500 == 0 { progress("  \(k) proposals") }
        }
    }
}
