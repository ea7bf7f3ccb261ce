import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// Spec 22.6: while `main` here cannot take the remote's (uncommitted edits in the way, rules
/// waiting for `--accept-rules`, the two diverged), approve, reject and rollback refuse, naming
/// why and the fix, and nothing changes. A fake remote stands in for git; what it holds is
/// written under `refs/steward-sync/origin/` as a fetch would.
@Suite("Decisions while main cannot take the remote's")
struct MainBlockedTests: FakeRemoteSteps {
    func refs(_ root: String) throws -> String {
        try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/steward"], in: root)
    }

    /// #1 and #2 proposed, #2 approved, all of it on the remote; then bob's commit on the
    /// remote's main, changing `files`.
    func setUp(_ dir: String, _ remote: FakeRemote, bob files: [String: String]) async throws -> (Workspace, CatchUpRepo, ObjectID) {
        let ws = try await workspace(dir, remote)
        let o = CatchUpRepo(root: ws.root)
        _ = try await propose(ws, "a")
        _ = try await propose(ws, "b")
        _ = try await ws.approve(2, by: "alice")
        try o.mirror()
        let theirs = try o.commit(on: try #require(try o.ref("refs/heads/main")), files, author: "bob")
        try o.track("refs/heads/main", theirs)
        return (ws, o, theirs)
    }

    /// Approve #1, reject #1 and roll back #2 each refuse with `why` (the catch-up's sentence);
    /// no ref changes, nothing is pushed.
    func allRefuse(_ ws: Workspace, _ remote: FakeRemote, because why: (String) -> Bool) async throws {
        let before = try refs(ws.root)
        let pushes = remote.pushes.count
        for (what, step) in [
            ("approving #1", { _ = try await ws.approve(1, by: "alice") }),
            ("rejecting #1", { _ = try await ws.reject(1, by: "alice", reason: "no") }),
            ("rolling back #2", { _ = try await ws.rollback(2, by: "alice", reason: nil) }),
        ] as [(String, () async throws -> Void)] {
            let error = await #expect(throws: StewardError.self, "\(what)") { try await step() }
            let message = error?.message ?? ""
            #expect(error?.code == .conflict, "\(what): \(message)")
            #expect(message.hasPrefix("\(what) needs main here to take origin's first (a decision is made on the newest main): "), "\(message)")
            #expect(why(message) && message.hasSuffix("; nothing changed"), "\(message)")
            #expect(try refs(ws.root) == before, "\(what)")
        }
        #expect(remote.pushes.count == pushes)
    }

    @Test func uncommittedEditsInTheWayRefuseDecisionsUntilTheyAreGone() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let (ws, o, theirs) = try await setUp(dir, remote, bob: ["memory/b.md": "bob's\n"])
            try Data("mine\n".utf8).write(to: URL(fileURLWithPath: ws.root + "/memory/b.md"))
            try await allRefuse(ws, remote) {
                $0.contains(
                    "main on origin moved to \(theirs.short); your uncommitted edits to memory/b.md are in the way; commit or move them, then run 'steward sync'"
                )
            }
            // The edit put back: the approval takes the remote's main first and is made on it.
            try Data("b".utf8).write(to: URL(fileURLWithPath: ws.root + "/memory/b.md"))
            _ = try await ws.approve(1, by: "alice")
            let merge = try #require(try o.ref("refs/heads/main"))
            #expect(try gitCLI(["rev-parse", merge.hex + "^1"], in: ws.root).hasPrefix(theirs.hex))
            #expect(try #require(remote.pushes.last).contains(RefPush(ref: "refs/heads/main", new: merge, expected: theirs)))
            #expect(try String(contentsOfFile: ws.root + "/memory/b.md", encoding: .utf8) == "bob's\n")
        }
    }

    @Test func rulesWaitingAndADivergedMainRefuseDecisionsNamingTheFix() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let (ws, _, theirs) = try await setUp(dir, remote, bob: ["hooks/pre-merge-bob": "#!/bin/sh\nexit 0\n"])
            try await allRefuse(ws, remote) {
                $0.contains("that change hooks/, prompts/ or steward.toml") && $0.contains("run 'steward sync --accept-rules \(theirs.short)'")
            }
        }
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let (ws, _, _) = try await setUp(dir, remote, bob: ["memory/c.md": "c\n"])
            try Data("mine\n".utf8).write(to: URL(fileURLWithPath: ws.root + "/notes.md"))
            _ = try gitCLI(["add", "notes.md"], in: ws.root)
            _ = try gitCLI(["-c", "user.name=p", "-c", "user.email=p@x", "commit", "-q", "-m", "mine"], in: ws.root)
            try await allRefuse(ws, remote) {
                $0.contains("main here and on origin both moved (here 1 commit, on origin 1); merge or rebase them yourself, then run 'steward sync'")
            }
        }
    }
}
