import Foundation
import StewardCore
import StewardGit
import StewardSandbox

// steward-bench sandbox [--sizes 1000,10000,100000] [--runs N] [--dir DIR]
//
// Measures, in one run, Steward's sandbox library calls (how its agents use it) and whole
// `steward` processes against the git CLI doing the same work without a checkout
// (hash-object, a temporary index, commit-tree, update-ref, merge-tree --write-tree), for
// workspaces of several sizes. Prints a table of medians and ratios.

struct Options {
    var sizes = [1_000, 10_000, 100_000]
    var runs = 15
    var processRuns = 7
    var steward: String?
    var dir = FileManager.default.temporaryDirectory.path
}

func parseOptions() -> Options {
    var o = Options()
    var args = Array(CommandLine.arguments.dropFirst())
    guard args.first == "sandbox" else {
        FileHandle.standardError.write(
            Data(
                "usage: steward-bench sandbox [--sizes 1000,10000,100000] [--runs N] [--steward PATH] [--dir DIR]\n       steward-bench router [--requests N] [--litellm PYTHON] [--steward PATH]\n       steward-bench skills [--runs N]\n       steward-bench memory [--notes N] [--queries N] [--dir DIR]\n       steward-bench serve [--proposals N] [--requests N] [--steward PATH]\n       steward-bench disk [--proposals 1000,10000] [--files N] [--dir DIR]\n       steward-bench sync [--runs N] [--rounds N] [--steward PATH] [--dir DIR] [--path-remote yes]\n"
                    .utf8))
        exit(2)
    }
    args.removeFirst()
    if let unknown = unknownOption(
        in: args,
        [
            "--sizes": { v in o.sizes = v.split(separator: ",").compactMap { Int($0) } },
            "--runs": { v in o.runs = max(3, Int(v) ?? o.runs) },
            "--steward": { v in o.steward = v },
            "--dir": { v in o.dir = v },
        ])
    {
        FileHandle.standardError.write(Data("unknown option \(unknown)\n".utf8))
        exit(2)
    }
    return o
}

func ms(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func msAsync(_ body: () async throws -> Void) async rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func progress(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

/// Runs one git command in the workspace with posix_spawn; returns trimmed stdout.
@discardableResult
func git(_ ws: String, _ args: [String], env: [String: String] = [:], stdin: Data = Data()) throws -> String {
    var environment = [
        "PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "bench",
        "GIT_AUTHOR_EMAIL": "b@localhost", "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "b@localhost",
    ]
    for (k, v) in env { environment[k] = v }
    let r = try ProcessRunner.run("/usr/bin/git", arguments: args, stdin: stdin, environment: environment, directory: ws, timeout: 600)
    guard r.status == 0 else {
        throw StewardError.failure("git \(args.joined(separator: " ")) failed: \(String(decoding: r.stderr, as: UTF8.self))")
    }
    return String(decoding: r.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

/// A workspace of `files` files (`populate`) in a new folder `DIR/NAME-UUID`, added to
/// `roots` for the caller to remove at the end, and opened.
func populatedWorkspace(_ name: String, in dir: String, files: Int, roots: inout [String]) async throws -> (
    root: String, path: String, workspace: Workspace
) {
    let root = dir + "/\(name)-\(UUID().uuidString)"
    roots.append(root)
    let ws = root + "/ws"
    _ = try await Workspace.create(at: ws, seed: Seed.files, by: "bench")
    try populate(ws, count: files)
    return (root, ws, try await Workspace.open(at: ws))
}

/// Fills main with `count` files in folders of 100, made in the object database, removes
/// the default hooks (the CLI peer runs none), and points HEAD away from main, so that
/// neither side maintains a checkout.
func populate(_ ws: String, count: Int) throws {
    let r = try GitRepository.open(at: ws)
    let tip = try r.reference("refs/heads/main")!
    var tree = try r.commitInfo(tip).tree
    var updates: [GitRepository.TreeUpdate] = [.init(path: "hooks/pre-merge-size-limit", entry: nil)]
    for i in 0..<count {
        let blob = try r.writeBlob(Data("file \(i)\nline two\n".utf8))
        updates.append(.init(path: String(format: "outputs/d%04d/f%06d.txt", i / 100, i), entry: TreeEntry(id: blob, mode: .blob)))
    }
    tree = try r.updateTree(tree, updates)
    let c = try r.commit(
        tree: tree, parents: [tip], message: "bench: \(count) files\n", author: Signature(name: "bench", email: "b@localhost", time: 1_700_000_000))
    try r.updateReference("refs/heads/main", to: c, expected: tip, message: "bench")
    try git(ws, ["symbolic-ref", "HEAD", "refs/heads/no-checkout"])
}

struct Row {
    var size: Int
    var op: String
    var steward: Double
    var peer: Double
}

extension Bench {
    static func run(_ o: Options) async throws {
        let stewardBin =
            o.steward ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("steward").path
        let haveBinary = FileManager.default.isExecutableFile(atPath: stewardBin)
        if !haveBinary { progress("note: \(stewardBin) not found; whole-process rows are skipped (build the steward product too)") }
        var rows: [Row] = []
        // Workspaces are removed only at the end: deleting 100k files makes ext4 slow to
        // allocate inodes for a while, which would skew the next size's figures.
        var roots: [String] = []
        defer { for r in roots { try? FileManager.default.removeItem(atPath: r) } }
        for size in o.sizes {
            progress("[\(size) files] creating the workspace…")
            let (root, ws, w) = try await populatedWorkspace("steward-bench", in: o.dir, files: size, roots: &roots)
            let policy = try PathPolicy.outsideTools()
            // Two untimed warm-up runs of every operation first (caches, page faults).
            let warmup = 2
            let runs = o.runs + warmup
            func median(_ xs: [Double]) -> Double { Bench.median(Array(xs.dropFirst(warmup))) }
            func op(_ tag: String, _ i: Int) -> [FileOperation] {
                [.write(path: "memory/bench/\(tag)-\(i).md", content: Data("note \(tag) \(i)\n".utf8), executable: false)]
            }

            // Each operation `runs` times on both sides, one after the other, as a row.
            func compare(_ name: String, steward: (Int) async throws -> Void, peer: (Int) throws -> Void) async throws {
                var lib: [Double] = []
                var cli: [Double] = []
                for i in 0..<runs {
                    lib.append(try await msAsync { try await steward(i) })
                    cli.append(try ms { try peer(i) })
                }
                rows.append(Row(size: size, op: name, steward: median(lib), peer: median(cli)))
            }
            // `runs` one-file proposals on both sides to decide: Steward's numbers; the CLI's
            // are the branches cli/TAG0, cli/TAG1, …
            func proposeBoth(_ tag: String) async throws -> [Int] {
                var numbers: [Int] = []
                for i in 0..<runs {
                    numbers.append(try await w.propose(title: "\(tag)\(i)", agent: "bench", operations: op(tag, i), policy: policy).number)
                }
                for i in 0..<runs { try cliWrite(ws, branch: "cli/\(tag)\(i)", path: "memory/bench/c\(tag)-\(i).md", content: "\(tag) \(i)\n") }
                return numbers
            }

            progress("[\(size) files] write: steward library vs git CLI…")
            try await compare(
                "write (one-file proposal)",
                steward: { i in _ = try await w.propose(title: "w\(i)", agent: "bench", operations: op("w", i), policy: policy) },
                peer: { i in try cliWrite(ws, branch: "cli/w\(i)", path: "memory/bench/cw-\(i).md", content: "note \(i)\n") })

            progress("[\(size) files] approve…")
            let toApprove = try await proposeBoth("a")
            var cliMerges: [String] = []
            try await compare(
                "approve (merge into main)", steward: { i in _ = try await w.approve(toApprove[i], by: "bench") },
                peer: { i in cliMerges.append(try cliApprove(ws, branch: "cli/a\(i)")) })

            progress("[\(size) files] reject…")
            let toReject = try await proposeBoth("r")
            try await compare(
                "reject (archive + delete)", steward: { i in _ = try await w.reject(toReject[i], by: "bench", reason: "bench") },
                peer: { i in try cliReject(ws, branch: "cli/r\(i)", archive: "refs/cli-archive/\(i)") })

            progress("[\(size) files] rollback…")
            try await compare(
                "rollback (revert on main)", steward: { i in _ = try await w.rollback(toApprove[i], by: "bench", reason: nil) },
                peer: { i in try cliRollback(ws, merge: cliMerges[i]) })

            if haveBinary {
                func median(_ xs: [Double]) -> Double { Bench.median(Array(xs.dropFirst(1))) }
                progress("[\(size) files] whole processes: steward propose/approve vs git CLI scripts…")
                var procLib: [Double] = []
                var procCli: [Double] = []
                var numbers: [Int] = []
                for i in 0...o.processRuns {
                    let ops = "[{\"op\":\"write\",\"path\":\"memory/bench/p-\(i).md\",\"content\":\"p \(i)\\n\"}]"
                    var out = Data()
                    procLib.append(
                        try ms {
                            let r = try ProcessRunner.run(
                                stewardBin, arguments: ["propose", "--workspace", ws, "--title", "p\(i)", "--json"], stdin: Data(ops.utf8),
                                environment: ["PATH": "/usr/bin:/bin", "HOME": root], directory: root, timeout: 600)
                            guard r.status == 0 else { throw StewardError.failure("steward propose: \(String(decoding: r.stderr, as: UTF8.self))") }
                            out = r.stdout
                        })
                    let obj = try JSONSerialization.jsonObject(with: out) as! [String: Any]
                    numbers.append(obj["number"] as! Int)
                    procCli.append(try ms { try cliWrite(ws, branch: "cli/p\(i)", path: "memory/bench/cp-\(i).md", content: "p \(i)\n") })
                }
                rows.append(Row(size: size, op: "`steward propose` process", steward: median(procLib), peer: median(procCli)))
                procLib = []
                procCli = []
                for i in 0...o.processRuns {
                    procLib.append(
                        try ms {
                            let r = try ProcessRunner.run(
                                stewardBin, arguments: ["approve", "\(numbers[i])", "--yes", "--workspace", ws, "--by", "bench"], stdin: Data(),
                                environment: ["PATH": "/usr/bin:/bin", "HOME": root], directory: root, timeout: 600)
                            guard r.status == 0 else { throw StewardError.failure("steward approve: \(String(decoding: r.stderr, as: UTF8.self))") }
                        })
                    procCli.append(try ms { _ = try cliApprove(ws, branch: "cli/p\(i)") })
                }
                rows.append(Row(size: size, op: "`steward approve` process", steward: median(procLib), peer: median(procCli)))
            }
            progress("[\(size) files] checking the repository with git fsck…")
            try git(ws, ["fsck", "--connectivity-only", "--no-dangling"])
        }
        report(rows, o)
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? .nan : s[s.count / 2]
    }

    static func report(_ rows: [Row], _ o: Options) {
        print(
            "Sandbox benchmark — release build, median of \(o.runs) runs (\(o.processRuns) for whole processes), milliseconds; workspaces in \(o.dir)"
        )
        print("")
        print("| files | operation | Steward | git CLI | CLI ÷ Steward |")
        print("|---:|---|---:|---:|---:|")
        for r in rows {
            print(String(format: "| %d | %@ | %.2f | %.2f | %.1f× |", r.size, r.op, r.steward, r.peer, r.peer / r.steward))
        }
        let sizes = o.sizes
        guard let small = sizes.min(), let large = sizes.max(), small != large else { return }
        print("")
        print("Growth from \(small) to \(large) files (1.0× = flat):")
        print("")
        print("| operation | Steward | git CLI |")
        print("|---|---:|---:|")
        var names: [String] = []
        for r in rows where !names.contains(r.op) { names.append(r.op) }
        for opName in names {
            guard let a = rows.first(where: { $0.op == opName && $0.size == small }),
                let b = rows.first(where: { $0.op == opName && $0.size == large })
            else { continue }
            print(String(format: "| %@ | %.2f× | %.2f× |", opName, b.steward / a.steward, b.peer / a.peer))
        }
    }
}
