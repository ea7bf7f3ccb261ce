import Foundation
import StewardTestSupport
import Testing

@Suite("steward improve: learn, propose, approve, roll back")
struct ImproveCLITests {
    func config(bad: String, good: String) -> String {
        """
        [models.bad]
        provider = "openai"
        url = "\(bad)"
        model = "qwen"

        [models.good]
        provider = "openai"
        url = "\(good)"
        model = "qwen"

        [routes]
        classify = ["good"]
        fileops = ["bad", "good"]
        research = ["good"]
        code = ["good"]

        [router]
        cooldown_seconds = 0
        """
    }

    /// Improve → approve → behaviour changes; rollback → behaviour restored. The "bad"
    /// model fails every call; improve reorders the route; after approval the next task
    /// never asks it; after rollback it is asked first again.
    @Test func aRouteReorderChangesBehaviourAndRollbackRestoresIt() async throws {
        let bad = try await TestHTTPServer.start { _ in .full(status: 503, body: #"{"error":{"message":"overloaded"}}"#) }
        let good = try await TestHTTPServer.start(
            Script([
                .call("write_file", #"{"path":"outputs/a.md","content":"a\n"}"#), .call("finish", #"{"summary":"done"}"#),
            ]).respond)
        defer {
            Task {
                await bad.stop()
                await good.stop()
            }
        }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": config(bad: bad.url, good: good.url)])

        #expect(try await s.ok("improve").contains("Nothing to improve"))
        for i in 1...2 {
            let r = try await s.steward("run", "--agent", "fileops", "Write outputs/a.md, round \(i)")
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(bad.requests.count >= 2)

        let dry = try await s.ok("improve", "--dry-run")
        #expect(dry.contains("Would propose [config]: Improve: reorder the fileops route"))
        #expect(!(try await s.ok("review").contains("config")), "a dry run proposes nothing")
        let out = try json(try await s.ok("improve", "--json")) as! [[String: Any]]
        let imp = try #require(out.first { $0["kind"] as? String == "config" })
        let n = try #require(imp["proposal"] as? Int)
        let rationale = imp["rationale"] as? String ?? ""
        #expect(rationale.contains("bad failed") && rationale.contains("Learned from tasks: t"))
        let taskIDs = (try json(try await s.ok("tasks", "--json")) as! [[String: Any]]).compactMap { $0["id"] as? String }
        #expect((imp["tasks"] as? [String] ?? []).allSatisfy { taskIDs.contains($0) } && !(imp["tasks"] as? [String] ?? []).isEmpty)
        #expect(try await s.ok("review").contains("\(n)  config  Improve: reorder the fileops route"))
        #expect(
            try await s.git("log", "-1", "--format=%B", "refs/steward/proposals/\(n)").contains("Learned from tasks"),
            "the rationale is in the proposal's history")
        #expect(try await s.ok("diff", "\(n)").contains("+fileops = [\"good\", \"bad\"]"))
        // Proposing again does not duplicate a pending improvement.
        #expect(try await s.ok("improve").contains("Skipped (already pending"))

        try await s.ok("approve", "\(n)", "--yes")
        let before = bad.requests.count
        #expect(try await s.steward("run", "--agent", "fileops", "Write outputs/a.md, after approval").status == 0)
        #expect(bad.requests.count == before, "the approved route asks good first")

        let rb = try await s.steward("rollback", "\(n)")
        #expect(rb.status == 0, "\(rb.stderr)")
        #expect(try await s.git("show", "main:steward.toml").contains(#"fileops = ["bad", "good"]"#))
        #expect(try await s.steward("run", "--agent", "fileops", "Write outputs/a.md, after rollback").status == 0)
        #expect(bad.requests.count > before, "after rollback bad is asked first again")
        _ = try await s.git("fsck", "--strict")
    }
}
