import Foundation
import Testing

/// What a person is shown of a proposal approved in parts (spec 5.5a): the parts in
/// `review --json`, the API and `steward diff`, read from git; a rejected rest said as such;
/// a rest that main already has said to be nothing left to decide.
@Suite("Showing a proposal approved in parts")
struct PartDisplayTests {
    func get(_ port: Int, _ token: String, _ path: String) async throws -> Any {
        let r = try await run(
            "/usr/bin/curl", ["-s", "-f", "-H", "Authorization: Bearer \(token)", "http://127.0.0.1:\(port)/api/v1/\(path)"], stdin: nil, env: [:])
        #expect(r.status == 0, "GET \(path): \(r.stdout) \(r.stderr)")
        return try json(r.stdout)
    }

    /// The parts of the one pending proposal `review --json` lists.
    func reviewedParts(_ s: Sandbox) async throws -> [[String: Any]]? {
        let list = try json(try await s.ok("review", "--json")) as? [[String: Any]]
        return list?.first?["parts"] as? [[String: Any]]
    }

    func rev(_ s: Sandbox, _ ref: String) async throws -> String { try await s.git("rev-parse", ref).trimmingCharacters(in: .whitespacesAndNewlines) }

    @Test func partsAreListedInReviewAndTheAPIFromGitAndARolledBackPartIsSaidToBe() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let token = try await s.ok("token").trimmingCharacters(in: .whitespacesAndNewlines)
        let n = try await s.propose("Three notes", PartApprovalTests.threeFiles)
        // Before any part: no parts field (the shape every existing client reads is unchanged).
        #expect((try json(try await s.ok("review", "--json")) as? [[String: Any]])?.first?.keys.contains("parts") == false)
        try await s.ok("approve", "\(n)", "--only", "memory/a.md", "--only", "memory/b.md", "--yes", "--by", "bob")
        let merge = try await rev(s, "refs/steward/applied/\(n)-1")
        let parts = try #require(try await reviewedParts(s))
        #expect(parts.count == 1)
        let p = try #require(parts.first)
        #expect(p["part"] as? Int == 1 && p["commit"] as? String == merge && p["files"] as? [String] == ["memory/a.md", "memory/b.md"], "\(p)")
        #expect(
            p["approvedBy"] as? String == "bob" && p["rolledBack"] as? Bool == false && p["undoneBy"] == nil
                && (p["date"] as? String)?.hasSuffix("Z") == true, "\(p)")
        // The row counts the rest, and says so.
        let row = try #require((try json(try await s.ok("review", "--json")) as? [[String: Any]])?.first)
        #expect(row["files"] as? Int == 1 && row["status"] as? String == "pending")
        let table = try await s.ok("review")
        #expect(table.contains("approved in part (1 part), rest pending: FILES and +/- count the rest (steward diff \(n))"), "\(table)")
        // steward diff's header lists what already reached main; the diff is the rest.
        let diff = try await s.ok("diff", "\(n)")
        #expect(diff.contains("Status: approved in part (1 part), rest pending; below is what is left to decide"), "\(diff)")
        #expect(diff.contains("part 1 approved by bob on ") && diff.contains("merge \(merge.prefix(10)): memory/a.md, memory/b.md"), "\(diff)")
        #expect(!diff.contains("+++ b/memory/a.md") && diff.contains("+++ b/memory/c.md"))

        // Derived from git, not the store: the same after deleting it (the review cache too).
        for f in try FileManager.default.contentsOfDirectory(atPath: s.ws + "/.steward") where f.hasPrefix("steward.db") {
            try FileManager.default.removeItem(atPath: s.ws + "/.steward/" + f)
        }
        let afterDelete = try #require(try await reviewedParts(s))
        #expect(
            afterDelete.count == 1 && afterDelete.first?["commit"] as? String == merge
                && afterDelete.first?["files"] as? [String] == ["memory/a.md", "memory/b.md"])

        // The API: the list and the proposal carry the same parts.
        let server = try Served(s)
        defer { server.stop() }
        let port = try #require(server.port)
        let listed = try #require((try await get(port, token, "proposals") as? [[String: Any]])?.first?["parts"] as? [[String: Any]])
        #expect(listed.first?["commit"] as? String == merge && listed.first?["approvedBy"] as? String == "bob", "\(listed)")
        let one = try #require(try await get(port, token, "proposals/\(n)") as? [String: Any])
        #expect((one["parts"] as? [[String: Any]])?.first?["files"] as? [String] == ["memory/a.md", "memory/b.md"], "\(one)")

        // Rolled back: shown as such, with the rollback's number; restored when that is undone.
        try await s.ok("rollback", "\(n)", "--part", "1")
        let m = n + 1
        let back = try #require(try await reviewedParts(s)?.first)
        #expect(back["rolledBack"] as? Bool == true && back["undoneBy"] as? Int == m, "\(back)")
        let apiBack = try #require(((try await get(port, token, "proposals/\(n)") as? [String: Any])?["parts"] as? [[String: Any]])?.first)
        #expect(apiBack["rolledBack"] as? Bool == true && apiBack["undoneBy"] as? Int == m, "\(apiBack)")
        let diffBack = try await s.ok("diff", "\(n)")
        #expect(
            diffBack.contains("Status: approved in part (1 part, 1 rolled back), rest pending") && diffBack.contains("(rolled back by #\(m))"),
            "\(diffBack)")
        try await s.ok("rollback", "\(m)")
        let restored = try #require(try await reviewedParts(s)?.first)
        #expect(restored["rolledBack"] as? Bool == false && restored["undoneBy"] as? Int == m, "\(restored)")
        #expect(try await s.ok("diff", "\(n)").contains("(rolled back by #\(m), restored since)"))
    }

    @Test func aRestRejectedAfterAPartReadsAsApprovedInPart() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("Three notes", PartApprovalTests.threeFiles)
        try await s.ok("approve", "\(n)", "--except", "memory/c.md", "--reject-rest", "c is wrong", "--yes", "--by", "bob")
        let log = try await s.ok("log", "--proposal", "\(n)")
        #expect(log.contains("the rest (approved in part: 1 part) by bob: c is wrong"), "\(log)")
        #expect(log.contains("part 1 by bob"), "\(log)")
        let diff = try await s.ok("diff", "\(n)")
        #expect(diff.contains("Status: approved in part (1 part), rest rejected\n"), "\(diff)")
        #expect(diff.contains("part 1 approved by bob on ") && diff.contains(": memory/a.md, memory/b.md"), "\(diff)")
        // A plain reject of a rest: said to be the rest. The status stays what spec 3.3
        // derives (the rest's); the parts are beside it.
        let twoNotes = #"[{"op":"write","path":"memory/d.md","content":"d\n"},{"op":"write","path":"memory/e.md","content":"e\n"}]"#
        let m = try await s.propose("Two notes", twoNotes)
        try await s.ok("approve", "\(m)", "--only", "memory/d.md", "--yes")
        let rejected = try await s.ok("reject", "\(m)", "--reason", "not e")
        #expect(rejected.contains("Rejected the rest of #\(m): Two notes. #\(m) is now approved in part (1 part), rest rejected."), "\(rejected)")
        #expect(try await s.ok("log", "--proposal", "\(m)").contains("the rest (approved in part: 1 part) by tester: not e"))
        let k = try await s.propose("Two more", twoNotes.replacingOccurrences(of: "memory/", with: "outputs/"))
        try await s.ok("approve", "\(k)", "--only", "outputs/d.md", "--yes")
        let info = try #require(try json(try await s.ok("reject", "\(k)", "--json")) as? [String: Any])
        #expect(
            info["status"] as? String == "rejected" && (info["parts"] as? [[String: Any]])?.first?["files"] as? [String] == ["outputs/d.md"],
            "\(info)")
        // A proposal never approved in part reads as before.
        let o = try await s.propose("Other", writeOp("memory/f.md", "f\n"))
        #expect(try await s.ok("reject", "\(o)").contains("Rejected #\(o): Other. Its commits stay under refs/steward/archive/\(o)."))
        #expect(!(try await s.ok("log", "--proposal", "\(o)")).contains("the rest"))
    }

    /// The question `approve N` asks on a terminal names the parts already approved.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func theApprovalQuestionSaysThePartsToo() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("Three notes", PartApprovalTests.threeFiles)
        try await s.ok("approve", "\(n)", "--only", "memory/a.md", "--yes")
        let line = try [stewardBinary, "approve", "\(n)", "--workspace", s.ws].map { "'" + $0 + "'" }.joined(separator: " ")
        let r = try await run("/usr/bin/script", ["-qec", line, "/dev/null"], stdin: nil, env: [:])
        #expect(
            r.stdout.contains("#\(n) Three notes — by test, 2 files, +2 -0, head ")
                && r.stdout.contains("status approved in part (1 part), rest pending"), "\(r.stdout)")
        #expect(r.stdout.contains("Not approved; nothing changed."), "\(r.stdout)")
    }

    @Test func aRestThatMainAlreadyHasIsNothingLeftToDecide() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose(
            "Two notes", #"[{"op":"write","path":"memory/a.md","content":"a\n"},{"op":"write","path":"memory/b.md","content":"b\n"}]"#)
        // The person writes b on main themselves, as the agent did.
        try await personCommits(s, ["memory/b.md": "b\n"])
        let out = try await s.ok("approve", "\(n)", "--only", "memory/a.md", "--yes")
        #expect(
            out.contains(
                "Nothing left to decide: the rest of #\(n) (memory/b.md) already matches main; reject it to close it ('steward reject \(n)')."),
            "\(out)")
        #expect(!out.contains("Still pending"), "\(out)")
        // It stays pending (spec 5.5a says why); diff and review say there is nothing to decide.
        let row = try #require((try json(try await s.ok("review", "--json")) as? [[String: Any]])?.first)
        #expect(row["status"] as? String == "pending" && row["files"] as? Int == 0)
        let note = "nothing left to decide: the rest of #\(n) already matches main; reject it to close it ('steward reject \(n)')"
        #expect(try await s.ok("review").contains(note))
        #expect(try await s.ok("diff", "\(n)").contains("N" + note.dropFirst() + "."))
        #expect(try await s.ok("diff", "\(n)", "--stat").contains("N" + note.dropFirst() + "."))
        // Rejecting closes it; main keeps part 1.
        try await s.ok("reject", "\(n)", "--reason", "already on main")
        #expect(try await s.ok("review").contains("No pending proposals."))
        #expect(try await s.git("show", "main:memory/a.md") == "a\n")
    }

    @Test func aRefreshThatLeavesNothingSaysSo() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("One note", writeOp("memory/a.md", "a\n"))
        try await personCommits(s, ["memory/a.md": "a\n"])
        let out = try await s.ok("refresh", "\(n)")
        #expect(
            out.contains("nothing left to decide: #\(n) changes nothing: main already has it; reject it to close it ('steward reject \(n)')"),
            "\(out)")
        #expect(try await s.ok("review").contains("nothing left to decide: #\(n) changes nothing"))
        // An ordinary pending proposal has no such note.
        let o = try await s.propose("Other", writeOp("memory/b.md", "b\n"))
        #expect(!(try await s.ok("diff", "\(o)")).contains("Nothing left"))
        #expect(!(try await s.ok("refresh", "\(o)")).contains("nothing left"))
    }
}
