import Foundation
import StewardCore
import StewardGit
import StewardTestSupport
import Testing

@testable import StewardSandbox

#if canImport(Glibc)
    import Glibc
#endif

/// `gc --expire-archives` with a remote (spec 5.10a, 22.4): the archives expire in batches of
/// whole proposals, each batch one atomic push with a lease on every ref, through a real
/// `git daemon` on 127.0.0.1 whose `pre-receive` hook logs every push it receives.
@Suite("gc --expire-archives with a remote: batches, each one atomic push", .timeLimit(.minutes(3)))
struct GcExpiryRemoteTests {
    /// A `pre-receive` hook on `remote` that writes each push's refs as one line; the log's path.
    static func logPushes(_ remote: GitDaemon.Repository) throws -> String {
        let log = remote.path + "/test-pushes"
        let script = """
            #!/bin/sh
            echo "$(awk '{print $3}' | tr '\\n' ' ')" >> "\(log)"
            exit 0

            """
        try script.write(toFile: remote.path + "/hooks/pre-receive", atomically: true, encoding: .utf8)
        chmod(remote.path + "/hooks/pre-receive", 0o755)
        return log
    }

    /// The pushes the hook logged, each as its set of refs.
    static func pushes(_ log: String) -> [Set<String>] {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { Set($0.split(separator: " ").map(String.init)) }
    }

    /// Every ref of the repository at `path` with its value, as the git CLI lists them.
    static func refs(_ path: String) throws -> [String: String] {
        var refs: [String: String] = [:]
        for line in try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)"], in: path).split(separator: "\n") {
            let parts = line.split(separator: " ")
            refs[String(parts[0])] = String(parts[1])
        }
        return refs
    }

    static func propose(_ ws: Workspace, _ k: Int) async throws {
        let p = try await ws.propose(
            title: "note \(k)", agent: "cli", operations: [.write(path: "memory/\(k).md", content: Data("\(k)\n".utf8), executable: false)],
            policy: try PathPolicy.outsideTools())
        #expect(p.number == k)
    }

    /// Machine A with `origin` a new repository of the shared daemon: #1-#7, #4 approved, #5
    /// refreshed after that (so `superseded/5-1`), the rest rejected (at `oldClock` for #1-#3),
    /// all synced.
    static func machineA(_ dir: String, oldClock: Int64? = nil) async throws -> (Workspace, GitDaemon.Repository) {
        let remote = try GitDaemon.shared().makeRepository()
        let (ws, _) = try await Workspace.create(at: dir + "/a", seed: Seed.files, by: "tester")
        _ = try gitCLI(["remote", "add", "origin", remote.url], in: ws.root)
        _ = try await ws.sync()
        for k in 1...7 { try await propose(ws, k) }
        _ = try await ws.approve(4, by: "alice")
        _ = try await ws.refresh(5, by: "alice")
        await ws.setClock(oldClock)
        for k in [1, 2, 3] { _ = try await ws.reject(k, by: "alice", reason: "no \(k)") }
        await ws.setClock(nil)
        for k in [5, 6, 7] { _ = try await ws.reject(k, by: "alice", reason: "no \(k)") }
        _ = try await ws.sync()
        return (ws, remote)
    }

    @Test func archivesExpireInBatchesOfWholeProposalsEachOneAtomicPush() async throws {
        try await withTemporaryDirectory { dir in
            let (a, remote) = try await Self.machineA(dir)
            let trail = "refs/steward/trail/" + (try a.machineID() ?? "")
            let before = try Self.refs(remote.path)
            #expect(before["refs/steward/superseded/5-1"] != nil && before["refs/steward/applied/4"] != nil, "\(before.keys.sorted())")
            let log = try Self.logPushes(remote)

            // At most 6 refs a push: the trail, then whole proposals (2 refs each, #5 3).
            let result = try await Workspace.$batchRefsInThisTask.withValue(6) {
                try await a.gc(expireDays: 1, by: "alice", now: Date().addingTimeInterval(3 * 86_400))
            }
            #expect(result.expired.map(\.number) == [1, 2, 3, 5, 6, 7])
            /// The refs of one push: the trail, and each proposal's tombstone and deletions.
            func push(_ numbers: [Int]) -> Set<String> {
                var refs: Set<String> = [trail]
                for n in numbers {
                    refs.insert("refs/steward/expired/\(n)")
                    refs.insert("refs/steward/archive/\(n)")
                    if n == 5 { refs.insert("refs/steward/superseded/5-1") }
                }
                return refs
            }
            let pushes = Self.pushes(log)
            let expected: [Set<String>] = [push([1, 2]), push([3, 5]), push([6, 7])]
            #expect(pushes == expected, "\(pushes)")

            // The remote holds what A holds: every tombstone, no archive or superseded ref, the
            // rest untouched; and it is whole.
            let after = try Self.refs(remote.path)
            let here = try Self.refs(a.root)
            for n in [1, 2, 3, 5, 6, 7] {
                #expect(after["refs/steward/archive/\(n)"] == nil && after["refs/steward/expired/\(n)"] == here["refs/steward/expired/\(n)"])
                #expect(after["refs/steward/proposals/\(n)"] == before["refs/steward/proposals/\(n)"], "the claim stays")
            }
            #expect(after["refs/steward/superseded/5-1"] == nil && after[trail] == here[trail])
            #expect(after["refs/steward/applied/4"] == before["refs/steward/applied/4"] && after["refs/heads/main"] == before["refs/heads/main"])
            _ = try gitCLI(["fsck", "--strict", "--no-dangling"], in: remote.path)

            // A new machine knows each expiry from the remote alone.
            let (b, _) = try await Workspace.clone(url: remote.url, into: dir + "/b")
            for n in [1, 2, 3, 5, 6, 7] {
                let t = try #require(try await b.tombstone(n), "#\(n)")
                #expect(t.kind == .expired && t.actor == "alice" && t.reason == "no \(n)")
                #expect(try await b.proposal(n, withStats: false).status == .rejected)
            }
            #expect(try await b.proposal(4, withStats: false).status == .approved)
        }
    }

    /// Another machine expired #1-#3 first: A's first batch loses its lease, A takes those
    /// tombstones and expires only what is left; every archive expired exactly once.
    @Test func aBatchWhoseLeaseIsLostTakesTheOtherMachinesExpiriesAndGoesOn() async throws {
        try await withTemporaryDirectory { dir in
            let tenDaysAgo = Int64(Date().timeIntervalSince1970) - 10 * 86_400
            let (a, remote) = try await Self.machineA(dir, oldClock: tenDaysAgo)
            let (b, _) = try await Workspace.clone(url: remote.url, into: dir + "/b")
            let byB = try await b.gc(expireDays: 5, by: "bob")
            #expect(byB.expired.map(\.number) == [1, 2, 3])
            let log = try Self.logPushes(remote)

            let result = try await Workspace.$batchRefsInThisTask.withValue(6) {
                try await a.gc(expireDays: 1, by: "alice", now: Date().addingTimeInterval(3 * 86_400))
            }
            #expect(result.expired.map(\.number) == [5, 6, 7])
            #expect(Self.pushes(log).count == 2, "\(Self.pushes(log))")  // [5, 6] and [7]; the lost one never reached the hook
            for n in [1, 2, 3] {
                #expect(try await a.tombstone(n)?.actor == "bob", "#\(n) taken from B")
                #expect(try Self.refs(a.root)["refs/steward/archive/\(n)"] == nil)
            }
            _ = try await b.sync()
            let expiries = try await b.auditEvents().filter { $0.kind == .expired }
            #expect(expiries.map(\.proposal).sorted() == [1, 2, 3, 5, 6, 7], "each once: \(expiries.map(\.proposal))")
            let after = try Self.refs(remote.path)
            #expect(
                after.keys.filter { $0.hasPrefix("refs/steward/archive/") || $0.hasPrefix("refs/steward/superseded/") }.isEmpty,
                "\(after.keys.sorted())")
            _ = try gitCLI(["fsck", "--strict", "--no-dangling"], in: remote.path)
        }
    }
}
