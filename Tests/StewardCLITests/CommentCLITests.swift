import Foundation
import StewardTestSupport
import Testing

/// `steward comment`, `comments`, comments in `diff`, in `revise`'s request to the model and
/// through the API (spec 3.6, 5.4a): kept in git, so a deleted store loses none.
@Suite("Comments on proposals, files and lines")
struct CommentCLITests {
    static let note = "# Capitals\n\nParis is the capital of Italy.\nRome is the capital of France.\n"

    @Test func commentsShowInDiffAndSurviveADeletedStore() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("Capitals", writeOp("memory/a.md", Self.note))
        #expect(
            try await s.ok("comment", "\(n)", "Good idea overall", "--by", "alice")
                == "Comment 1 on #1 by alice, on the proposal: Good idea overall\nIt goes to the agent with 'steward revise 1'.\n")
        try await s.ok("comment", "\(n)", "memory/a.md", "Cite a source", "--by", "bob")
        try await s.ok("comment", "\(n)", "memory/a.md:3", "Wrong country\u{1b}[31m", "--by", "alice")
        let listed = try json(try await s.ok("comments", "1", "--json")) as! [[String: Any]]
        #expect(listed.map { $0["id"] as? Int } == [1, 2, 3])
        #expect(
            listed[2]["line"] as? Int == 3 && listed[2]["lineText"] as? String == "Paris is the capital of Italy."
                && listed[2]["side"] as? String == "new")
        #expect(listed[2]["text"] as? String == "Wrong country\u{1b}[31m" && listed.allSatisfy { $0["state"] as? String == "open" })
        // In the diff: the line comment right after its line, escaped; the proposal's own under the header.
        let diff = try await s.ok("diff", "1").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = try #require(diff.firstIndex(of: "+Paris is the capital of Italy."))
        #expect(diff[at + 1].hasPrefix("# comment 3 by alice, ") && diff[at + 1].hasSuffix(", open, on memory/a.md:3 (new):"), "\(diff)")
        #expect(diff[at + 2] == "#   Wrong country\\x1b[31m")
        #expect(diff.contains { $0.hasPrefix("# comment 1 by alice") && $0.hasSuffix("on the proposal:") })
        #expect(diff.contains { $0.hasPrefix("# comment 2 by bob") && $0.hasSuffix("on memory/a.md:") })
        #expect(try await s.ok("diff", "1", "--stat").contains("3 open comments ('steward comments 1')"))
        #expect(try await s.ok("review").contains("3 open comments (steward comments 1)"))
        // Refused: nothing written, each with its reason.
        let chain = try await s.git("rev-parse", "refs/steward/comments/1")
        let hostile = try await s.steward("comment", "1", "../../etc/passwd:1", "x")
        #expect(hostile.status == 3 && hostile.stderr.contains("../../etc/passwd"), "\(hostile.stderr)")
        let long = try await s.steward("comment", "1", "memory/a.md:3", String(repeating: "x", count: 10_001))
        #expect(long.status == 2 && long.stderr.contains("the comment is 10,001 characters; the limit is 10,000: shorten it"), "\(long.stderr)")
        let elsewhere = try await s.steward("comment", "1", "memory/b.md", "x")
        #expect(elsewhere.status == 2 && elsewhere.stderr.contains("#1 does not change memory/b.md; its files are: memory/a.md"))
        let past = try await s.steward("comment", "1", "memory/a.md:9", "x")
        #expect(past.status == 2 && past.stderr.contains("memory/a.md has 4 lines in #1's new version"))
        #expect(try await s.git("rev-parse", "refs/steward/comments/1") == chain)
        // The store deleted: every comment is still there, read from git.
        let before = try await s.ok("comments", "1", "--json")
        for f in try FileManager.default.contentsOfDirectory(atPath: s.ws + "/.steward") where f.hasPrefix("steward.db") {
            try FileManager.default.removeItem(atPath: s.ws + "/.steward/" + f)
        }
        #expect(try await s.ok("comments", "1", "--json") == before)
        try await s.ok("log")  // the store is rebuilt from the audit trail
        #expect(try await s.ok("comments", "1", "--json") == before)
        #expect(
            try await s.git("log", "--format=%an %s", "refs/steward/comments/1")
                == "alice comment 3: commented #1\nbob comment 2: commented #1\nalice comment 1: commented #1\n")
        // Resolving, and a decided proposal's comments are closed.
        #expect(try await s.ok("comment", "1", "--resolve", "2", "--by", "carol").hasPrefix("Resolved comment 2 on #1 by carol"))
        #expect(try await s.ok("review").contains("2 open comments (steward comments 1)"))
        try await s.ok("reject", "1", "--reason", "no")
        let states = (try json(try await s.ok("comments", "1", "--json")) as! [[String: Any]]).map { $0["state"] as? String }
        #expect(states == ["closed", "resolved", "closed"])
        #expect(try await s.steward("comment", "1", "late").status == 4)
    }

    /// A new workspace whose models are `server`, with proposal #1 made by `steward run TASK`.
    func ranTask(_ task: String, model server: TestHTTPServer) async throws -> Sandbox {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(server.url)])
        let first = try await s.steward("run", "--agent", "research", task)
        #expect(first.status == 0, "\(first.stderr)")
        return s
    }

    @Test func reviseSendsTheOpenCommentsToTheModel() async throws {
        let server = try await TestHTTPServer.start(
            Script([
                .call("write_file", #"{"path":"outputs/a.md","content":"v1\nsecond\n"}"#), .call("finish", #"{"summary":"wrote v1"}"#),
                .call("replace_in_file", #"{"path":"outputs/a.md","find":"v1","replace":"v2"}"#), .call("finish", #"{"summary":"now v2"}"#),
            ]).respond)
        defer { Task { await server.stop() } }
        let s = try await ranTask("Write a note", model: server)
        let v1 = try await s.git("rev-parse", "steward/1").trimmingCharacters(in: .whitespacesAndNewlines)
        try await s.ok("comment", "1", "outputs/a.md:1", "Say v2 instead", "--by", "alice")
        try await s.ok("comment", "1", "outputs/a.md", "Already handled elsewhere", "--by", "alice")
        try await s.ok("comment", "1", "--resolve", "2")
        let r = try await s.steward("revise", "1")  // no feedback: the comments are the request
        #expect(r.status == 0, "\(r.stderr)")
        let request = try #require(server.requests.filter { $0.path == "/v1/chat/completions" }[2].json)
        let user = ((request["messages"] as! [[String: Any]])[1]["content"] as? String) ?? ""
        #expect(user.contains(#"- on outputs/a.md line 1 ("v1"): Say v2 instead"#), "\(user)")
        #expect(!user.contains("Already handled elsewhere"), "a resolved comment is not sent")
        // The next version: the line changed, so the comment is on an earlier version, and says what changed since.
        let after = (try json(try await s.ok("comments", "1", "--json")) as! [[String: Any]])[0]
        #expect(after["outdated"] as? Bool == true && after["changedSince"] as? [String] == ["outputs/a.md"] && after["commit"] as? String == v1)
        #expect(try await s.ok("comments", "1").contains("on outputs/a.md:1 (new) of an earlier version (commit \(v1.prefix(10))):"))
        // Nothing open and no feedback: nothing to revise.
        try await s.ok("comment", "1", "--resolve", "1")
        let none = try await s.steward("revise", "1")
        #expect(none.status == 2 && none.stderr.contains("nothing to revise: give feedback or comment first"), "\(none.stderr)")
    }

    /// After a part approval, revise tells the agent what is on main already and which files
    /// were left out, with the reviewer's comment saying why.
    @Test func reviseNamesTheFilesApprovedAndTheOnesDeclined() async throws {
        let server = try await TestHTTPServer.start(
            Script([
                .call("write_file", #"{"path":"outputs/a.md","content":"a\n"}"#),
                .call("write_file", #"{"path":"outputs/b.md","content":"b is long\n"}"#),
                .call("finish", #"{"summary":"two notes"}"#),
                .call("write_file", #"{"path":"outputs/b.md","content":"b\n"}"#), .call("finish", #"{"summary":"shorter"}"#),
            ]).respond)
        defer { Task { await server.stop() } }
        let s = try await ranTask("Write two notes", model: server)
        try await s.ok("approve", "1", "--only", "outputs/a.md", "--yes")
        try await s.ok("comment", "1", "outputs/b.md", "Too long: one word is enough")
        let r = try await s.steward("revise", "1")
        #expect(r.status == 0, "\(r.stderr)")
        let request = try #require(server.requests.filter { $0.path == "/v1/chat/completions" }[3].json)
        let user = ((request["messages"] as! [[String: Any]])[1]["content"] as? String) ?? ""
        #expect(user.contains("- on outputs/b.md: Too long: one word is enough"), "\(user)")
        #expect(
            user.contains("Already approved and on main, leave them: outputs/a.md")
                && user.contains("Not approved (still in this proposal): outputs/b.md"), "\(user)")
        #expect(try await s.git("show", "steward/1:outputs/b.md") == "b\n")
    }

    @Test func theAPIAddsListsAndResolvesComments() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        _ = try await s.propose("Capitals", writeOp("memory/a.md", Self.note))
        let owner = try await s.ok("token").trimmingCharacters(in: .whitespacesAndNewlines)
        let agent = try await s.ok("token", "--agent", "bot").trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try Served(s)
        defer { server.stop() }
        let url = "http://127.0.0.1:\(try #require(server.port))/api/v1/proposals/1/comments"
        func call(_ token: String, _ body: String? = nil) async throws -> (status: String, body: String) {
            var args = ["-s", "-w", "\n%{http_code}", "-H", "Authorization: Bearer \(token)"]
            if let body { args += ["-H", "Content-Type: application/json", "-d", body] }
            let out = try await run("/usr/bin/curl", args + [url], stdin: nil, env: [:]).stdout
            let cut = try #require(out.lastIndex(of: "\n"))
            return (String(out[out.index(after: cut)...]), String(out[..<cut]))
        }
        let head = try await s.git("rev-parse", "steward/1").trimmingCharacters(in: .whitespacesAndNewlines)
        let made = try await call(owner, #"{"text":"Wrong country","path":"memory/a.md","line":3,"expectedHead":"\#(head)"}"#)
        #expect(made.status == "201", "\(made.body)")
        let c = try json(made.body) as! [String: Any]
        #expect(c["id"] as? Int == 1 && c["author"] as? String == "api:owner" && c["lineText"] as? String == "Paris is the capital of Italy.")
        #expect(try await call(agent, #"{"text":"x"}"#).status == "403")
        #expect(try await call(owner, #"{"text":"x","path":"../x"}"#).status == "403")
        #expect(try await call(owner, #"{"text":"\#(String(repeating: "x", count: 10_001))"}"#).status == "400")
        #expect(try await call(owner, #"{"text":"x","path":"memory/a.md","line":1,"side":"sideways"}"#).status == "400")
        #expect(try await call(owner, #"{"text":"x","path":"memory/a.md","line":1,"expectedHead":"0123456789"}"#).status == "409")
        let listed = try await call(agent)
        let texts = (try json(listed.body) as! [[String: Any]]).map { $0["text"] as? String }
        #expect(listed.status == "200" && texts == ["Wrong country"])
        #expect(try await call(owner, #"{"resolve":1}"#).status == "200")
        #expect(try await call(owner, #"{"resolve":1}"#).status == "409")
        // The API's comments are the CLI's: the same git chain.
        #expect(try await s.ok("comments", "1").contains("resolved by api:owner"))
    }
}
