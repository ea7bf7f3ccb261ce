import Foundation
import StewardCore
import StewardSandbox

// steward-bench disk [--proposals 1000,10000] [--files 10000] [--dir DIR]
//
// The disk a workspace takes: a workspace of F files in main (10,000 by default, made as the
// sandbox bench makes them), then N one-file proposals through the library, every other one
// approved and the rest rejected (archived); the repository's size then, and after
// `steward gc` (`Workspace.gc`): file sizes as `ls -l` gives them (`Workspace.size()`) and
// what `du -sk` says (whole blocks: a loose object takes a 4 KiB block however small it is).
// Then the rejected half expired (`gc --expire-archives`, the default grace period of two
// weeks: their objects are young, so kept: in git's cruft pack, or loose without git 2.37) and
// pruned (`gc --prune now`).
// One fresh workspace per N. Prints two tables.
enum DiskBench {
    /// Milliseconds spent over a window of proposals, for the progress lines.
    struct Window {
        var propose = 0.0
        var decide = ["approve": 0.0, "reject": 0.0]
        subscript(_ kind: String) -> Double {
            get { decide[kind, default: 0] }
            set { decide[kind] = newValue }
        }
    }

    /// What `du -sk` says a folder takes (whole blocks), in bytes.
    static func du(_ path: String) throws -> Int64 {
        let r = try ProcessRunner.run(
            "/usr/bin/du", arguments: ["-sk", path], stdin: Data(), environment: ["PATH": "/usr/bin:/bin"], directory: "/", timeout: 600)
        guard r.status == 0, let kib = Int64(String(decoding: r.stdout, as: UTF8.self).split(separator: "\t").first ?? "") else {
            throw StewardError.failure("du -sk \(path) failed: \(String(decoding: r.stderr, as: UTF8.self))")
        }
        return kib * 1024
    }

    static func run(_ args: [String]) async throws {
        var counts = [1_000]
        var files = 10_000
        var dir = FileManager.default.temporaryDirectory.path
        if let unknown = unknownOption(
            in: args,
            [
                "--proposals": { value in counts = value.split(separator: ",").compactMap { Int($0) } },
                "--files": { value in files = Int(value) ?? files },
                "--dir": { value in dir = value },
            ])
        {
            throw StewardError.usage("unknown option \(unknown); use --proposals N,N --files N --dir DIR")
        }
        var roots: [String] = []
        defer { for r in roots { try? FileManager.default.removeItem(atPath: r) } }
        func git(_ s: WorkspaceSize) -> String {
            "\(WorkspaceSize.show(s.repository.bytes)) (\(WorkspaceSize.count(s.looseObjects.count)) loose, \(WorkspaceSize.show(s.looseObjects.bytes)); "
                + "\(s.packs.count) pack\(s.packs.count == 1 ? "" : "s"), \(WorkspaceSize.show(s.packs.bytes)))"
        }
        var lines: [String] = []
        var pruneLines: [String] = []
        for n in counts {
            progress("[\(n) proposals] creating a workspace of \(files) files…")
            let (_, ws, w) = try await populatedWorkspace("steward-bench-disk", in: dir, files: files, roots: &roots)
            let policy = try PathPolicy.outsideTools()
            let start = await w.size()
            let startDu = try du(ws + "/.git")
            progress("[\(n) proposals] proposing, approving every other one and rejecting the rest…")
            var window = Window()
            let decideMs = try await msAsync {
                for k in 0..<n {
                    let ops: [FileOperation] = [
                        .write(
                            path: String(format: "memory/bench/d%03d/n%06d.md", k / 100, k), content: Data("note \(k)\nline two\n".utf8),
                            executable: false)
                    ]
                    var number = 0
                    window.propose += try await msAsync {
                        number = try await w.propose(title: "p\(k)", agent: "bench", operations: ops, policy: policy).number
                    }
                    window[k % 2 == 0 ? "approve" : "reject"] += try await msAsync {
                        if k % 2 == 0 {
                            _ = try await w.approve(number, by: "bench")
                        } else {
                            _ = try await w.reject(number, by: "bench", reason: "bench")
                        }
                    }
                    if (k + 1) % 250 == 0 {
                        // ms per proposal, per approval and per rejection over the last 250.
                        progress(
                            "  \(k + 1): propose " + String(format: "%.1f", window.propose / 250) + " ms, approve "
                                + String(format: "%.1f", window["approve"] / 125) + " ms, reject " + String(format: "%.1f", window["reject"] / 125)
                                + " ms")
                        window = Window()
                    }
                }
            }
            let before = await w.size()
            let beforeDu = try du(ws + "/.git")
            progress("[\(n) proposals] gc…")
            var result: GcResult?
            let gcMs = try await msAsync { result = try await w.gc() }
            let after = await w.size()
            let afterDu = try du(ws + "/.git")
            let growth = before.repository.bytes - start.repository.bytes
            lines.append(
                "| \(WorkspaceSize.count(n)) | \(git(start)) | \(git(before)) | \(WorkspaceSize.show(growth / Int64(max(n, 1)))) | \(git(after)) | "
                    + "\(WorkspaceSize.show(startDu)) → \(WorkspaceSize.show(beforeDu)) → \(WorkspaceSize.show(afterDu)) | "
                    + String(format: "%.1f", gcMs / 1000) + " | " + String(format: "%.0f", decideMs / Double(max(n, 1))) + " |")
            progress("  gc: \(result.map { "\($0.packedObjects) packed, \($0.removedLoose) loose removed, \($0.keptLoose) kept" } ?? "")")

            progress("[\(n) proposals] gc --expire-archives (every rejection; grace period 2.weeks.ago), then gc --prune now…")
            var expired: GcResult?
            let later = Date().addingTimeInterval(2 * 86_400)
            let expireMs = try await msAsync { expired = try await w.gc(expireDays: 1, prune: .standard, by: "bench", now: later) }
            let afterExpiry = await w.size()
            let afterExpiryDu = try du(ws + "/.git")
            var pruned: GcResult?
            let pruneMs = try await msAsync { pruned = try await w.gc(prune: .now, by: "bench") }
            let afterPrune = await w.size()
            let afterPruneDu = try du(ws + "/.git")
            pruneLines.append(
                "| \(WorkspaceSize.count(n)) | \(git(after)) | \(WorkspaceSize.count(expired?.expired.count ?? 0)) | \(git(afterExpiry)) | "
                    + "\(git(afterPrune)) | \(WorkspaceSize.count(pruned?.pruned ?? 0)) | "
                    + "\(WorkspaceSize.show(afterDu)) → \(WorkspaceSize.show(afterExpiryDu)) → \(WorkspaceSize.show(afterPruneDu)) | "
                    + String(format: "%.1f", expireMs / 1000) + " + " + String(format: "%.1f", pruneMs / 1000) + " | "
                    + String(format: "%.1f", expireMs / Double(max(expired?.expired.count ?? 0, 1))) + " |")
        }
        print("Workspace of \(WorkspaceSize.count(files)) files; N one-file proposals, half approved, half rejected; .git as `ls -l` counts it")
        print()
        print(
            "| proposals | .git at start | .git after N | growth per proposal | .git after gc | du -sk .git: start → after N → after gc | gc (s) | ms per proposal + decision |"
        )
        print("|---:|---|---|---:|---|---|---:|---:|")
        for l in lines { print(l) }
        print()
        print("Then every rejected proposal's archive expired (grace period 2.weeks.ago: kept), and pruned with --prune now")
        print("(the expiry's time is its whole gc: the expiry, the pack, the cruft pack)")
        print()
        print(
            "| proposals | .git after gc | archives expired | .git after expiry | .git after --prune now | objects pruned | du -sk .git: after gc → after expiry → after prune | expiry + prune (s) | expiry per archive (ms) |"
        )
        print("|---:|---|---:|---|---|---:|---|---:|---:|")
        for l in pruneLines { print(l) }
    }
}
