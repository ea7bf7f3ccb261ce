import Foundation
import StewardCore
import StewardSandbox
import Testing

/// Comments on proposals, files and lines (spec 3.6): kept on `refs/steward/comments/N`, checked
/// before anything is written, and placed on newer versions only where the line still reads
/// the same.
@Suite("Comments on proposals")
struct CommentTests {
    static let note = "# Capitals\n\nParis is the capital of Italy.\nRome is the capital of France.\n"

    /// A workspace with pending #1 adding memory/a.md (four lines) and deleting nothing.
    func workspace(_ dir: String) async throws -> Workspace {
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        _ = try await ws.propose(
            title: "Capitals", agent: "cli", operations: [.write(path: "memory/a.md", content: Data(Self.note.utf8), executable: false)],
            policy: try PathPolicy.outsideTools())
        return ws
    }

    func git(_ dir: String, _ args: String...) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        p.arguments = ["-C", dir + "/ws"] + args
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func aProposalAFileAndALineCommentAreKeptInGitAndListed() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await workspace(dir)
            let whole = try await ws.comment(on: 1, text: "Good idea overall", by: "alice")
            let file = try await ws.comment(on: 1, path: "memory/a.md", text: "Add a source", by: "bob")
            let line = try await ws.comment(on: 1, path: "memory/a.md", line: 3, text: "Wrong country", by: "alice")
            #expect(whole.id == 1 && file.id == 2 && line.id == 3)
            #expect(line.lineText == "Paris is the capital of Italy." && line.side == .new && line.currentLine == 3 && !line.outdated)
            #expect(line.place == "memory/a.md:3 (new)" && file.place == "memory/a.md" && whole.place == "the proposal")
            let head = try #require(try await ws.proposal(1).head)
            #expect(line.commit == head && line.state == .open && line.changedSince == nil)
            let listed = try await ws.comments(on: 1)
            #expect(listed.map(\.text) == ["Good idea overall", "Add a source", "Wrong country"])
            #expect(listed.map(\.author) == ["alice", "bob", "alice"])
            // In git: one commit per comment, author the person, the empty tree, the JSON body.
            let log = try git(dir, "log", "--format=%an|%s|%T", "refs/steward/comments/1")
            #expect(
                log == """
                    alice|comment 3: commented #1|4b825dc642cb6eb9a060e54bf8d69288fbee4904
                    bob|comment 2: commented #1|4b825dc642cb6eb9a060e54bf8d69288fbee4904
                    alice|comment 1: commented #1|4b825dc642cb6eb9a060e54bf8d69288fbee4904

                    """)
            let body = try git(dir, "log", "-1", "--format=%b", "refs/steward/comments/1")
            #expect(
                body.contains(
                    #""line":3,"lineText":"Paris is the capital of Italy.","path":"memory/a.md","proposal":1,"sequence":3,"side":"new","text":"Wrong country""#
                ), "\(body)")
            #expect(try git(dir, "fsck", "--strict").isEmpty)
        }
    }

    @Test func refusedCommentsWriteNothing() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await workspace(dir)
            func refused(_ code: StewardError.Code, _ message: String, _ body: () async throws -> Void) async {
                do {
                    try await body()
                    Issue.record("accepted, expected: \(message)")
                } catch let e as StewardError {
                    #expect(e.code == code && e.message.contains(message), "\(e.message)")
                } catch { Issue.record("\(error)") }
            }
            await refused(.refused, "..") { try await ws.comment(on: 1, path: "../etc/passwd", line: 1, text: "x", by: "alice") }
            await refused(.refused, ".git") { try await ws.comment(on: 1, path: ".git/config", text: "x", by: "alice") }
            await refused(.usage, "the comment is 10,001 characters; the limit is 10,000") {
                try await ws.comment(on: 1, text: String(repeating: "a", count: 10_001), by: "alice")
            }
            await refused(.usage, "the comment is empty") { try await ws.comment(on: 1, text: " \n", by: "alice") }
            await refused(.usage, "#1 does not change memory/b.md; its files are: memory/a.md") {
                try await ws.comment(on: 1, path: "memory/b.md", text: "x", by: "alice")
            }
            await refused(.usage, "memory/a.md has 4 lines in #1's new version; there is no line 5") {
                try await ws.comment(on: 1, path: "memory/a.md", line: 5, text: "x", by: "alice")
            }
            await refused(.usage, "memory/a.md is new in #1, so it has no old version") {
                try await ws.comment(on: 1, path: "memory/a.md", line: 1, side: .old, text: "x", by: "alice")
            }
            await refused(.usage, "lines count from 1") { try await ws.comment(on: 1, path: "memory/a.md", line: 0, text: "x", by: "alice") }
            await refused(.usage, "the person name") { try await ws.comment(on: 1, text: "x", by: "eve\u{1b}[2J") }
            await refused(.conflict, "#1 changed since you looked at 0123456789") {
                try await ws.comment(on: 1, path: "memory/a.md", line: 1, text: "x", by: "alice", expectedHead: "0123456789abcdef")
            }
            await refused(.notFound, "there is no proposal #7") { try await ws.comment(on: 7, text: "x", by: "alice") }
            #expect(try git(dir, "for-each-ref", "refs/steward/comments").isEmpty, "nothing written")
            // A decided proposal takes no comments; the ones it had are closed.
            try await ws.comment(on: 1, text: "fine", by: "alice")
            _ = try await ws.reject(1, by: "alice", reason: "no")
            await refused(.conflict, "#1 was rejected; nothing to comment on") { try await ws.comment(on: 1, text: "x", by: "alice") }
            await refused(.conflict, "#1 was rejected") { try await ws.resolveComment(1, on: 1, by: "alice") }
            #expect(try await ws.comments(on: 1).map(\.state) == [.closed])
        }
    }

    /// Four handles on one repository comment at once: the chain moves by compare-and-swap, so
    /// every comment lands once with a number of its own and none is lost.
    @Test func commentsMadeAtOnceEachGetTheirOwnNumber() async throws {
        try await withTemporaryDirectory { dir in
            _ = try await workspace(dir)
            try await withThrowingTaskGroup(of: Void.self) { g in
                for w in 0..<4 {
                    g.addTask {
                        let ws = try await Workspace.open(at: dir + "/ws")
                        for i in 0..<5 { try await ws.comment(on: 1, text: "w\(w) c\(i)", by: "person\(w)") }
                    }
                }
                try await g.waitForAll()
            }
            let all = try await Workspace.open(at: dir + "/ws").comments(on: 1)
            #expect(all.map(\.id) == Array(1...20))
            #expect(Set(all.map(\.text)).count == 20)
            #expect(try git(dir, "rev-list", "--count", "refs/steward/comments/1") == "20\n")
        }
    }

    @Test func aNewVersionMovesOrOutdatesLineComments() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await workspace(dir)
            let first = try await ws.proposal(1).head!
            try await ws.comment(on: 1, path: "memory/a.md", line: 3, text: "Wrong country", by: "alice")
            try await ws.comment(on: 1, path: "memory/a.md", line: 4, text: "Also wrong", by: "alice")
            // The agent inserts a line above and rewrites line 4: comment 1 moves to line 4,
            // comment 2's line is gone.
            let v2 = "# Capitals\n\nSources: an atlas.\nParis is the capital of Italy.\nRome is the capital of Italy.\n"
            _ = try await ws.append(
                to: 1, operations: [.write(path: "memory/a.md", content: Data(v2.utf8), executable: false)],
                policy: try PathPolicy.outsideTools(), agent: "cli", tool: "propose")
            let now = try await ws.comments(on: 1)
            #expect(now[0].currentLine == 4 && !now[0].outdated && now[0].place == "memory/a.md:4 (new; line 3 when commented)")
            #expect(now[1].currentLine == nil && now[1].outdated)
            #expect(now[1].place == "memory/a.md:4 (new) of an earlier version (commit \(first.prefix(10)))")
            #expect(now.allSatisfy { $0.changedSince == ["memory/a.md"] && $0.commit == first })
            // Resolving: once, by the person; the state says so.
            let resolved = try await ws.resolveComment(2, on: 1, by: "bob")
            #expect(resolved.state == .resolved && resolved.resolvedBy == "bob")
            await #expect(throws: StewardError.self) { try await ws.resolveComment(2, on: 1, by: "bob") }
            await #expect(throws: StewardError.self) { try await ws.resolveComment(9, on: 1, by: "bob") }
            #expect(try await ws.comments(on: 1).map(\.state) == [.open, .resolved])
            #expect(try git(dir, "log", "-1", "--format=%an %s", "refs/steward/comments/1") == "bob comment 3: resolved #1\n")
        }
    }
}
