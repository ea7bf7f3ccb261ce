import Foundation
import StewardTestSupport
import Testing

@Suite("steward memory and the auto-approval policy")
struct MemoryCLITests {
    @Test func searchFromTheCommandLineSaysOnceItUsesWordsOnly() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        // The embed route on a port where nothing listens (the default config's local model
        // may be running on this machine).
        try await personCommits(
            s, ["steward.toml": "[models.e]\nprovider = \"openai\"\nurl = \"http://127.0.0.1:9\"\nmodel = \"x\"\n[routes]\nembed = [\"e\"]\n"])
        try await s.ok("approve", "\(try s.propose("notes", writeOp("memory/trip.md", "# Trip\n## Packing\nRail pass and adapters.\n")))", "--yes")
        let first = try await s.steward("memory", "search", "rail pass")
        #expect(first.status == 0)
        #expect(first.stdout.contains("memory/trip.md  Trip > Packing"))
        #expect(first.stdout.contains("FOUND BY") && first.stdout.contains(" words "), "\(first.stdout)")
        #expect(first.stderr.contains("searching by words only"), "\(first.stderr)")
        let second = try await s.steward("memory", "search", "adapters")
        #expect(second.stdout.contains("memory/trip.md") && !second.stderr.contains("searching by words only"), "said once")
        let out = try json(try await s.ok("memory", "search", "packing", "--json")) as! [String: Any]
        #expect(out["mode"] as? String == "bm25")
        #expect(((out["hits"] as? [[String: Any]])?.first?["heading"] as? String) == "Trip > Packing")
        #expect(try await s.ok("memory", "search", "zyxwvut").contains("Nothing in memory/ or outputs/ on main matches"))
        let reindexed = try await s.ok("memory", "reindex")
        #expect(reindexed.hasPrefix("Indexed ") && reindexed.contains("files in memory/ and outputs/"))
    }

    @Test func thePersonsPolicyApprovesMemoryNotesAndNothingElse() async throws {
        let server = try await TestHTTPServer.start(
            Script([
                .call("write_file", ##"{"path":"memory/finding.md","content":"# Finding\nThe kiln fires at 1220 degrees.\n"}"##),
                .call("finish", #"{"summary":"noted the kiln temperature"}"#),
                .call("write_file", ##"{"path":"outputs/report.md","content":"# Report\n"}"##),
                .call("finish", #"{"summary":"wrote a report"}"#),
            ]).respond)
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        let hookLog = s.dir + "/pre-merge.log"
        try await personCommits(
            s,
            [
                "steward.toml": modelConfig(server.url) + "\n[policy]\nauto_approve = [\"memory\"]\n",
                "hooks/pre-merge-log": "#!/bin/sh\necho \"$STEWARD_PROPOSAL\" >> \(hookLog)\n",
            ], executable: ["hooks/pre-merge-log"])
        let r = try await s.steward("run", "--agent", "research", "Note the kiln temperature")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Proposal #1 was approved by your policy ([policy] auto_approve in steward.toml)"), "\(r.stdout)")
        #expect(r.stdout.contains("steward rollback 1"))
        #expect(try await s.git("show", "main:memory/finding.md").contains("1220"))
        let merge = try await s.git("log", "-1", "--format=%B", "main")
        #expect(merge.contains("Steward-Approved-By: policy:memory"), "\(merge)")
        #expect(try await s.git("log", "-1", "--format=%P", "main").split(separator: " ").count == 2, "still a merge commit")
        #expect((try? String(contentsOfFile: hookLog, encoding: .utf8)) == "1\n", "the pre-merge hooks ran")
        #expect(try await s.ok("memory", "search", "kiln").contains("memory/finding.md"))

        // outputs/ is not in the policy: the next task's proposal waits for the person.
        let r2 = try await s.steward("run", "--agent", "research", "Write a report")
        #expect(r2.status == 0 && r2.stdout.contains("Proposal #2: 1 file(s) changed"), "\(r2.stdout)")
        #expect(try await s.ok("review").contains("2  files"))

        // Each policy approval can be rolled back, and the note leaves search with it.
        try await s.ok("rollback", "1")
        #expect(!(try await s.ok("memory", "search", "kiln").contains("memory/finding.md")))
        _ = try await s.git("fsck", "--strict")
    }

    @Test func onlyThePersonSetsThePolicy() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        // Through a proposal (any writer but the person): refused.
        let r = try await s.steward(["propose", "--title", "policy"], stdin: writeOp("steward.toml", "[policy]\nauto_approve = [\"memory\"]\n"))
        #expect(r.status == 3 && r.stderr.contains("written only by the person"))
        // A policy naming skills/ is a broken configuration, not a silent grant.
        try await personCommits(s, ["steward.toml": "[policy]\nauto_approve = [\"skills\"]\n"])
        let p = try await s.steward(["propose", "--title", "x"], stdin: writeOp("memory/x.md", "x"))
        #expect(p.status == 1 && p.stderr.contains("policy.auto_approve may name only memory, outputs, temp"), "\(p.stderr)")
    }
}
