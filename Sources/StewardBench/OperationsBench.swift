import Foundation
import StewardCore
import StewardSandbox
import StewardStore

// steward-bench operations [--counts 500,1000,2000,4000] [--layout flat|folders] [--dir DIR]
// steward-bench doctor [--events 3000] [--dir DIR] [--remote]
//
// `operations`: one proposal of N writes through the library (as `steward propose --ops`
// does, without the process start), for each N; then one more operation appended to that
// proposal (as the agents' and MCP file tools do). `flat` writes every file into one folder
// (each commit's tree of that folder grows with N); `folders` spreads them over folders of
// 100. Prints ms in all, µs per operation, and the growth of the per-operation cost.
//
// `doctor`: a workspace with E audit events, then `syncIndex` (store current), `doctor`
// comparing every event with git (and, apart, its two parts: reading git's audit trail and
// comparing the store with it), and `doctor` finding one edited event and rebuilding.
// `--remote`: the workspace then syncs once with a bare repository on a path (`origin`), so
// `doctor` catches up first and judges work by machine (spec 22.8), as on a synced machine.
enum OperationsBench {
    static func run(_ args: [String]) async throws {
        var counts = [500, 1_000, 2_000, 4_000]
        var layout = "flat"
        var dir = FileManager.default.temporaryDirectory.path
        var i = 0
        while i + 1 < args.count {
            switch args[i] {
            case "--counts": counts = args[i + 1].split(separator: ",").compactMap { Int($0) }
            case "--layout": layout = args[i + 1]
            case "--dir": dir = args[i + 1]
            default: throw StewardError.usage("unknown option \(args[i]); use --counts N,N --layout flat|folders --dir DIR")
            }
            i += 2
        }
        var roots: [String] = []
        defer { for r in roots { try? FileManager.default.removeItem(atPath: r) } }
        print("| operations | propose (ms) | per operation (µs) | append one more (ms) |")
        print("|---:|---:|---:|---:|")
        var perOp: [Double] = []
        for n in counts {
            let root = dir + "/steward-bench-ops-\(UUID().uuidString)"
            roots.append(root)
            let seed = Seed.files.map { f in
                f.path == "steward.toml"
                    ? SeedFile(
                        path: f.path, content: f.content.replacingOccurrences(of: "[sandbox]\n", with: "[sandbox]\nmax_operations = \(n + 1)\n"),
                        executable: false) : f
            }
            let (ws, _) = try await Workspace.create(at: root, seed: seed, by: "bench")
            let policy = try PathPolicy.outsideTools()
            let ops = (0..<n).map { k -> FileOperation in
                let path = layout == "flat" ? "memory/many/\(k).md" : String(format: "memory/d%03d/%06d.md", k / 100, k)
                return .write(path: path, content: Data("note \(k)\n".utf8), executable: false)
            }
            var number = 0
            let total = try await msAsync { number = try await ws.propose(title: "bench", agent: "bench", operations: ops, policy: policy).number }
            let append = try await msAsync {
                _ = try await ws.append(
                    to: number, operations: [.write(path: "memory/extra.md", content: Data("x\n".utf8), executable: false)],
                    policy: policy, agent: "bench", tool: "bench")
            }
            perOp.append(total * 1000 / Double(n))
            print(String(format: "| %d | %.0f | %.0f | %.1f |", n, total, total * 1000 / Double(n), append))
        }
        if let first = perOp.first, let last = perOp.last, counts.count > 1 {
            print(
                String(
                    format: "\nper-operation cost from %d to %d operations (%@): %.2f× (1.0× = linear)", counts.first!, counts.last!, layout,
                    last / first))
        }
    }

    static func doctor(_ args: [String]) async throws {
        var events = 3_000
        var dir = FileManager.default.temporaryDirectory.path
        var withRemote = false
        var rest = args[...]
        while let option = rest.popFirst() {
            switch option {
            case "--events" where !rest.isEmpty: events = Int(rest.removeFirst()) ?? events
            case "--dir" where !rest.isEmpty: dir = rest.removeFirst()
            case "--remote": withRemote = true
            default: throw StewardError.usage("unknown option \(option); use --events N --dir DIR [--remote]")
            }
        }
        let root = dir + "/steward-bench-doctor-\(UUID().uuidString)"
        defer {
            try? FileManager.default.removeItem(atPath: root)
            try? FileManager.default.removeItem(atPath: root + "-remote.git")
        }
        let store = try Store(path: root + "/.steward/steward.db")
        let (ws, _) = try await Workspace.create(at: root, seed: Seed.files, index: store, by: "bench")
        let policy = try PathPolicy.outsideTools()
        progress("making \(events) events…")
        for k in 0..<events {
            _ = try await ws.propose(
                title: "note \(k)", agent: "bench", operations: [.write(path: "memory/\(k).md", content: Data("\(k)\n".utf8), executable: false)],
                policy: policy)
        }
        if withRemote {
            progress("syncing with a bare repository on a path…")
            try git(["init", "--quiet", "--bare", "--initial-branch=main", root + "-remote.git"], in: dir)
            try git(["remote", "add", "origin", root + "-remote.git"], in: root)
            // The first push of every ref at once: git says nothing for a while before its
            // progress (3,000 events: more than the default 10 s).
            try "[remote]\nconnect_timeout_seconds = 300\n".write(toFile: root + "/.steward/config.toml", atomically: true, encoding: .utf8)
            let pushed = try await msAsync { _ = try await ws.sync() }
            progress(String(format: "first sync (every ref pushed): %.0f ms", pushed))
        }
        let fill = try await msAsync { try await ws.syncIndex() }
        let sync = try await msAsync { try await ws.syncIndex() }
        var clean: [DoctorFinding] = []
        let verify = try await msAsync { clean = try await ws.doctor(rebuild: false) }
        var chain: [AuditRecord] = []
        let read = try await msAsync { chain = try await ws.auditTrail() }
        var same = true
        let compare = try ms { same = try store.difference(from: chain) == nil }
        var forged = chain
        forged[events / 2].event.actor = "mallory"
        try store.reset()
        try store.ingest(forged)
        var found: [DoctorFinding] = []
        let repair = try await msAsync { found = try await ws.doctor(rebuild: false) }
        print("| \(events) events | ms |")
        print("|---|---:|")
        print(String(format: "| syncIndex, empty store (index all) | %.1f |", fill))
        print(String(format: "| syncIndex, store current (one GROUP BY for the chains' last events, each chain's ref read) | %.2f |", sync))
        print(String(format: "| doctor, store matches git (%d findings) | %.1f |", clean.count, verify))
        print(String(format: "| of which: read git's audit trail (auditTrail) | %.1f |", read))
        print(String(format: "| of which: compare the store with it (Store.difference, %@) | %.1f |", same ? "equal" : "differs", compare))
        print(String(format: "| doctor, one event edited: found and rebuilt | %.1f |", repair))
        progress(found.map(\.message).joined(separator: "\n"))
    }

    /// Runs `git ARGS` in `dir`; fails with what it said.
    static func git(_ args: [String], in dir: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        p.arguments = ["-C", dir] + args
        let err = Pipe()
        (p.standardInput, p.standardOutput, p.standardError) = (FileHandle.nullDevice, FileHandle.nullDevice, err)
        try p.run()
        let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw StewardError.failure("git \(args.joined(separator: " ")): \(said)") }
    }
}
