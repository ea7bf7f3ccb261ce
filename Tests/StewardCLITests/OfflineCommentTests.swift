import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Spec 22.4, "Offline": a comment on a numbered proposal made while the remote does not answer
/// is kept on this machine (`refs/steward/unsynced-comments/N`), listed as not synced yet,
/// counted by `status`, and published by the next `steward sync` in order, on top of what other
/// machines commented meanwhile; never lost, never twice (a second sync; a sync killed after
/// its push landed). A real `git daemon` remote, every `steward` a child process.
@Suite("Offline comments on a numbered proposal", .serialized)
struct OfflineCommentTests {
    /// A on a remote with #1 (two lines in memory/a.md) synced, B a clone of it, and A's origin
    /// then on a closed port.
    static func setUp() async throws -> (remote: GitDaemon.Repository, a: Sandbox, b: Sandbox) {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await SyncCLITests.machineA(remote: remote.url)
        #expect(try await a.propose("First", writeOp("memory/a.md", "one\ntwo\n")) == 1)
        try await a.ok("sync")
        let b = try Sandbox()
        #expect(try await b.steward(["clone", remote.url, b.ws], workspace: false).status == 0)
        _ = try await a.git("remote", "set-url", "origin", "git://127.0.0.1:\(try freeLoopbackPort())/nothing.git")
        return (remote, a, b)
    }

    /// `comments 1 --json` of `s`: each comment's id, text and whether it is not synced yet.
    static func comments(_ s: Sandbox) async throws -> [(id: Int, text: String, unsynced: Bool)] {
        let list: [[String: Any]] = try SyncCLITests.shaped(try await s.ok("comments", "1", "--json"))
        return list.map { ($0["id"] as? Int ?? -1, $0["text"] as? String ?? "", $0["unsynced"] as? Bool ?? false) }
    }

    /// The texts of the comment records on the remote's `comments/1`, oldest first.
    static func remoteTexts(_ remote: GitDaemon.Repository) throws -> [String] {
        let exists = try gitCLI(["for-each-ref", "refs/steward/comments/1"], in: remote.path)
        guard !exists.isEmpty else { return [] }
        let log = try gitCLI(["log", "--reverse", "--format=%x1e%b", "refs/steward/comments/1"], in: remote.path)
        return try log.split(separator: "\u{1e}").compactMap { body in
            guard let line = body.split(separator: "\n").first(where: { $0.hasPrefix("{") }) else { return nil }
            return (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
        }
    }

    @Test("comment 1 with origin not answering: kept, listed and counted as not synced; sync publishes both after B's comment; a second sync nothing")
    func keptThenPublishedInOrder() async throws {
        let (remote, a, b) = try await Self.setUp()
        let made = try await a.steward("comment", "1", "memory/a.md:2", "offline one")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("kept on this machine, not synced yet") && made.stdout.contains("'steward sync' publishes it"), "\(made.stdout)")
        let second = try SyncCLITests.object(try await a.ok("comment", "1", "offline two", "--json"))
        #expect(second["id"] as? Int == 0 && second["unsynced"] as? Bool == true && second["text"] as? String == "offline two")
        // Nothing shared changed here; both are listed as not synced yet.
        #expect(try await a.git("for-each-ref", "refs/steward/comments").isEmpty)
        #expect(try await Self.comments(a).map(\.text) == ["offline one", "offline two"])
        #expect(try await Self.comments(a).allSatisfy { $0.unsynced && $0.id == 0 })
        let listed = try await a.ok("comments", "1")
        #expect(listed.contains("2 not synced yet") && listed.contains("# comment (not synced yet"), "\(listed)")
        #expect(try await a.ok("review").contains("2 comments not synced yet"))
        #expect(try await a.ok("diff", "1").contains("offline one"))
        #expect(try await a.ok("status").contains("Comments made offline, not synced yet: 2"))
        #expect(try SyncCLITests.object(try await a.ok("status", "--json"))["unsyncedComments"] as? Int == 2)
        // B, online, comments meanwhile: A's go on top of it.
        #expect(try await b.ok("comment", "1", "from b").contains("Comment 1 on #1"))
        _ = try await a.git("remote", "set-url", "origin", remote.url)
        let synced = try await a.steward("sync")
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("is now comment 2") && synced.stdout.contains("is now comment 3"), "\(synced.stdout)")
        #expect(try Self.remoteTexts(remote) == ["from b", "offline one", "offline two"])
        #expect(try await a.git("for-each-ref", "refs/steward/unsynced-comments").isEmpty)
        #expect(try await a.ok("sync").contains("Already in step"))
        #expect(try Self.remoteTexts(remote) == ["from b", "offline one", "offline two"])
        #expect(try SyncCLITests.object(try await a.ok("status", "--json"))["unsyncedComments"] as? Int == 0)
        // Both machines list the three, numbered, on the line it was made on.
        try await b.ok("sync")
        for s in [a, b] {
            let seen = try await Self.comments(s)
            #expect(seen.map(\.id) == [1, 2, 3] && seen.map(\.text) == ["from b", "offline one", "offline two"] && !seen.contains { $0.unsynced })
        }
        let onLine: [[String: Any]] = try SyncCLITests.shaped(try await b.ok("comments", "1", "--json"))
        try #require(onLine.count == 3, "\(onLine)")
        #expect(onLine[1]["line"] as? Int == 2 && onLine[1]["lineText"] as? String == "two" && onLine[1]["author"] as? String == "tester")
        for dir in [a.ws, b.ws, remote.path] { _ = try gitCLI(["fsck", "--strict", "--no-progress"], in: dir) }
    }

    @Test("a sync killed right after its push of the first comment landed: the next sync publishes only the second; each once on the remote")
    func aKilledSyncDoesNotPublishTwice() async throws {
        let (remote, a, _) = try await Self.setUp()
        try await a.ok("comment", "1", "offline one")
        try await a.ok("comment", "1", "offline two")
        try await syncKilledOnceCommentsOfOneLand(a, remote)
        #expect(try Self.remoteTexts(remote) == ["offline one"])
        // The next sync finds the first there and publishes only the second; then nothing.
        let synced = try await a.steward("sync")
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("is now comment 2") && !synced.stdout.contains("is now comment 1"), "\(synced.stdout)")
        #expect(try Self.remoteTexts(remote) == ["offline one", "offline two"])
        #expect(try await a.ok("sync").contains("Already in step"))
        #expect(try Self.remoteTexts(remote) == ["offline one", "offline two"])
        #expect(try await Self.comments(a).map(\.id) == [1, 2])
        #expect(try await a.git("for-each-ref", "refs/steward/unsynced-comments").isEmpty)
    }
}

/// Runs `steward sync` on `a` against `remote` (set as origin), which kills it (SIGKILL, by the
/// pid the test leaves for it) once a push of `refs/steward/comments/1` has landed, before the
/// sync can note anything here; the hook is removed after.
func syncKilledOnceCommentsOfOneLand(_ a: Sandbox, _ remote: GitDaemon.Repository, sourceLocation: SourceLocation = #_sourceLocation) async throws {
    _ = try await a.git("remote", "set-url", "origin", remote.url)
    let pidFile = a.dir + "/sync.pid"
    let hook = remote.path + "/hooks/post-receive"
    try """
    #!/bin/sh
    if grep -q refs/steward/comments/1 && [ -f '\(pidFile)' ]; then kill -9 "$(cat '\(pidFile)')"; rm -f '\(pidFile)'; fi
    exit 0
    """.write(toFile: hook, atomically: true, encoding: .utf8)
    _ = chmod(hook, 0o755)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: try stewardBinary)
    p.arguments = ["sync", "--workspace", a.ws]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    let exit = try p.start()
    try "\(p.processIdentifier)".write(toFile: pidFile, atomically: true, encoding: .utf8)
    _ = await exit.status
    #expect(p.terminationReason == .uncaughtSignal, "the sync was not killed: it ended with \(p.terminationStatus)", sourceLocation: sourceLocation)
    try FileManager.default.removeItem(atPath: hook)
}
