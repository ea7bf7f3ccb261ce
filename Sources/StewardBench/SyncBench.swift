import Foundation
import StewardCore
import StewardSandbox
import StewardTestSupport

// steward-bench sync [--runs 9] [--rounds 5] [--steward PATH] [--dir DIR] [--path-remote]
// steward-bench sync --first 1000,3000 [--steward PATH] [--compare PATH] (SyncBench+first.swift)
//
// Several machines through one git remote (issue 16, spec 22), each step a whole `steward`
// process as a person runs it, against plain git moving the same refs over the same transport
// in the same run:
// (a) `steward propose` on clone A (its one atomic push), then `steward sync` on clone B, against
//     `git push --atomic` from A of the refs the proposal made (a lease per ref, as GitTransport
//     pushes) to a second bare repository on the same server, and `git fetch` of them on B;
// (b) `steward approve` on A (the merge, the pre-merge hooks, one atomic push) against the same
//     `git push` of the refs it moved (main, applied/N, steward/N deleted, A's trail);
// (c) 1, 2 and 4 clones each approving a different proposal at once: wall time for all, per
//     decision, what one person waits, and how it grows (a lost lease is caught up and built
//     again, spec 22.4).
// The remote is a `git daemon` on 127.0.0.1 the bench starts itself, or a bare path when the
// daemon cannot start (or with --path-remote); the output says which.
enum SyncBench {
    struct Setup {
        let steward: String
        let root: String
        let url: String
        let peerURL: String
        let remotePath: String

        /// Runs `steward ARGS --workspace WS`; returns stdout, throws with stderr on a failure.
        @discardableResult
        func run(_ args: [String], in ws: String?, stdin: String = "") throws -> String {
            let r = try ProcessRunner.run(
                steward, arguments: args + (ws.map { ["--workspace", $0] } ?? []), stdin: Data(stdin.utf8),
                environment: ["PATH": "/usr/bin:/bin", "HOME": root + "/home", "STEWARD_APPROVER": "bench"], directory: root, timeout: 600)
            guard r.status == 0 else {
                throw StewardError.failure(
                    "steward \(args.joined(separator: " ")) in \(ws ?? root), exit \(r.status): \(String(decoding: r.stdout + r.stderr, as: UTF8.self))"
                )
            }
            return String(decoding: r.stdout, as: UTF8.self)
        }

        /// A one-file proposal on `ws`; returns its number.
        func propose(_ ws: String, _ tag: String) throws -> Int {
            let ops = "[{\"op\":\"write\",\"path\":\"memory/bench/\(tag).md\",\"content\":\"\(tag)\\n\"}]"
            let out = try run(["propose", "--title", tag, "--agent", "bench", "--json"], in: ws, stdin: ops)
            guard let obj = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any], let n = obj["number"] as? Int else {
                throw StewardError.failure("steward propose printed no number: \(out)")
            }
            return n
        }

        /// The peer: one `git push --atomic` from `ws` to the peer remote of exactly the refs that
        /// differ between `before` and `after`, each with a lease on its old value.
        func peerPush(_ ws: String, before: [String: String], after: [String: String]) throws {
            var leases: [String] = []
            var specs: [String] = []
            for ref in Set(before.keys).union(after.keys).sorted() where before[ref] != after[ref] {
                leases.append("--force-with-lease=\(ref):\(before[ref] ?? "")")
                specs.append(after[ref] == nil ? ":\(ref)" : "\(ref):\(ref)")
            }
            try git(ws, ["push", "--atomic", "--porcelain", "--no-verify"] + leases + [peerURL] + specs)
        }

        /// The peer of `sync`: one `git fetch` of every shared ref of the peer remote into `ws`.
        func peerFetch(_ ws: String) throws {
            try git(ws, ["fetch", "--quiet", "--prune", peerURL, "+refs/heads/*:refs/peer/heads/*", "+refs/steward/*:refs/peer/steward/*"])
        }
    }

    /// Every ref Steward shares (spec 22.3) in the repository at `dir`.
    static func sharedRefs(_ dir: String) throws -> [String: String] {
        let text = try git(dir, ["for-each-ref", "--format=%(refname) %(objectname)", "refs/heads/main", "refs/heads/steward", "refs/steward"])
        var refs: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2 { refs[String(parts[0])] = String(parts[1]) }
        }
        return refs
    }

    static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
    }

    static func run(_ args: [String]) async throws {
        if args.contains("--first") { return try await first(args) }
        var runs = 9
        var rounds = 5
        var dir = FileManager.default.temporaryDirectory.path
        var steward = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("steward").path
        var pathRemote = false
        readOptions(
            args, usage: "usage: steward-bench sync [--runs N] [--rounds N] [--steward PATH] [--dir DIR] [--path-remote yes]\n",
            [
                "--runs": { v in runs = max(3, Int(v) ?? runs) }, "--rounds": { v in rounds = max(2, Int(v) ?? rounds) },
                "--steward": { v in steward = v }, "--dir": { v in dir = v }, "--path-remote": { _ in pathRemote = true },
            ])
        guard FileManager.default.isExecutableFile(atPath: steward) else {
            throw StewardError.failure("\(steward) not found; build the steward product too, or give --steward PATH")
        }
        let root = dir + "/steward-bench-sync-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/home", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let loadBefore = loadAverage()

        // The remote and the peer's remote: two bare repositories on one server.
        var kind: String
        var urls: (String, String, String)
        do {
            guard !pathRemote else { throw StewardError.failure("--path-remote given") }
            let daemon = try GitDaemon.shared()
            let (r, p) = (try daemon.makeRepository("steward"), try daemon.makeRepository("peer"))
            urls = (r.url, p.url, r.path)
            kind = "a `git daemon` on 127.0.0.1:\(daemon.port) (git://), started by the bench"
        } catch {
            try git(root, ["init", "--quiet", "--bare", "steward.git"])
            try git(root, ["init", "--quiet", "--bare", "peer.git"])
            urls = (root + "/steward.git", root + "/peer.git", root + "/steward.git")
            kind = "a bare path remote (\(error))"
        }
        let s = Setup(steward: steward, root: root, url: urls.0, peerURL: urls.1, remotePath: urls.2)

        progress("machines: A by init and sync, B, C, D by clone…")
        let machines = (0..<4).map { root + "/" + ["a", "b", "c", "d"][$0] }
        try s.run(["init"], in: machines[0])
        try git(machines[0], ["remote", "add", "origin", s.url])
        try s.run(["sync", "--quiet"], in: machines[0])
        for m in machines.dropFirst() { try s.run(["clone", "--quiet", s.url, m], in: nil) }
        let (a, b) = (machines[0], machines[1])
        try git(a, ["push", "--quiet", s.peerURL, "refs/heads/main:refs/heads/main", "refs/steward/*:refs/steward/*"])
        try s.peerFetch(b)

        func median(_ xs: [Double]) -> Double { Bench.median(Array(xs.dropFirst())) }  // the first run warms up
        progress("(a) propose on A → visible on B, \(runs) runs…")
        var (propose, sync, push, fetch) = ([Double](), [Double](), [Double](), [Double]())
        var numbers: [Int] = []
        for i in 0...runs {
            let before = try sharedRefs(a)
            var n = 0
            propose.append(try ms { n = try s.propose(a, "a\(i)") })
            sync.append(try ms { try s.run(["sync", "--quiet"], in: b) })
            let after = try sharedRefs(a)
            guard try sharedRefs(b)["refs/heads/steward/\(n)"] == after["refs/heads/steward/\(n)"] else {
                throw StewardError.failure("#\(n) is not on B after its sync")
            }
            numbers.append(n)
            push.append(try ms { try s.peerPush(a, before: before, after: after) })
            fetch.append(try ms { try s.peerFetch(b) })
        }

        progress("(b) approve on A, \(runs) runs…")
        var (approve, approvePush) = ([Double](), [Double]())
        for n in numbers {
            let before = try sharedRefs(a)
            approve.append(try ms { try s.run(["approve", "\(n)", "--yes", "--by", "bench"], in: a) })
            let after = try sharedRefs(a)
            approvePush.append(try ms { try s.peerPush(a, before: before, after: after) })
        }

        progress("(c) 1, 2, 4 clones approving at once, \(rounds) rounds each…")
        var together: [(clones: Int, wall: Double, waits: Double, failures: Int)] = []
        for k in [1, 2, 4] {
            var walls: [Double] = []
            var waits: [Double] = []
            var failures = 0
            for round in 0...rounds {
                // Untimed: every clone level with the remote, then the round's proposals, taken by each.
                for m in machines { try s.run(["sync", "--quiet"], in: m) }
                let ns = try (0..<k).map { j in try s.propose(a, "c\(k)-\(round)-\(j)") }
                for m in machines.prefix(k) { try s.run(["sync", "--quiet"], in: m) }
                // Started together; each one's end seen by polling (1 ms), one thread, no locks.
                let processes = try (0..<k).map { j in
                    let p = Process()
                    p.executableURL = URL(fileURLWithPath: s.steward)
                    p.arguments = ["approve", "\(ns[j])", "--yes", "--by", "bench", "--workspace", machines[j]]
                    p.environment = ["PATH": "/usr/bin:/bin", "HOME": root + "/home"]
                    (p.standardInput, p.standardOutput, p.standardError) = (FileHandle.nullDevice, FileHandle.nullDevice, FileHandle.nullDevice)
                    return p
                }
                var ended = [Double?](repeating: nil, count: k)
                let wall = try ms {
                    let start = DispatchTime.now().uptimeNanoseconds
                    for p in processes { try p.run() }
                    while ended.contains(nil) {
                        for (j, p) in processes.enumerated() where ended[j] == nil && !p.isRunning {
                            ended[j] = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                        }
                        usleep(1_000)
                    }
                }
                let took = zip(ns, processes).enumerated().map { j, pair in
                    (proposal: pair.0, status: pair.1.terminationStatus, ms: ended[j] ?? wall)
                }
                let onRemote = try sharedRefs(s.remotePath)
                for done in took where done.status == 0 && onRemote["refs/steward/applied/\(done.proposal)"] == nil {
                    throw StewardError.failure("#\(done.proposal) was approved but is not on the remote")
                }
                guard round > 0 else { continue }
                walls.append(wall)
                waits.append(contentsOf: took.map(\.ms))
                failures += took.filter { $0.status != 0 }.count
            }
            together.append((k, Bench.median(walls), Bench.median(waits), failures))
        }
        try git(s.remotePath, ["fsck", "--strict", "--no-dangling"])

        print("steward-bench sync — \(s.steward), median of \(runs) runs ((c): \(rounds) rounds), milliseconds")
        print("remote: \(kind); the peer pushes to and fetches from a second bare repository served the same way")
        print("load average (/proc/loadavg) before: \(loadBefore), after: \(loadAverage()); `git fsck --strict` of the remote: clean")
        print("")
        print("| step | Steward | plain git, same refs | Steward ÷ git |")
        print("|---|---:|---:|---:|")
        func row(_ name: String, _ mine: Double, _ peer: Double) {
            print(String(format: "| %@ | %.1f | %.1f | %.1f× |", name, mine, peer, mine / peer))
        }
        row("(a) `steward propose` on A, incl. its push ∥ `git push --atomic` of its 3 refs", median(propose), median(push))
        row("(a) `steward sync` on B ∥ `git fetch`", median(sync), median(fetch))
        row("(a) propose → visible on B, in all", median(zip(propose, sync).map { $0 + $1 }), median(zip(push, fetch).map { $0 + $1 }))
        row("(b) `steward approve` on A, incl. its atomic push ∥ `git push --atomic` of its 4 refs", median(approve), median(approvePush))
        print("")
        print("| (c) clones approving at once | wall for all | per decision | one person waits | per decision ÷ 1 clone | refused |")
        print("|---:|---:|---:|---:|---:|---:|")
        for t in together {
            let one = together[0].wall
            print(
                String(
                    format: "| %d | %.1f | %.1f | %.1f | %.2f× | %d |", t.clones, t.wall, t.wall / Double(t.clones), t.waits,
                    t.wall / Double(t.clones) / one, t.failures))
        }
    }
}
