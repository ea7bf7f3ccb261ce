import Foundation
import StewardTestSupport
import Testing

/// One audit chain per machine, through the CLI (spec 22.5): once `.steward/machine-id` exists,
/// events go to `refs/steward/trail/ID`; `log` shows the union of every chain.
@Suite("Audit chains through the CLI")
struct AuditChainCLITests {
    @Test func logShowsEveryChainAndTheAuditRefStaysOnceTheMachineHasAnID() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        _ = try await s.propose("before", writeOp("memory/a.md", "a"))
        let frozen = try gitCLI(["rev-parse", "refs/steward/audit"], in: s.ws)
        try Data("00000000000000aa\n".utf8).write(to: URL(fileURLWithPath: s.ws + "/.steward/machine-id"))
        let n = try await s.propose("after", writeOp("memory/b.md", "b"))
        try await s.ok("reject", "\(n)", "--reason", "no")
        #expect(try gitCLI(["rev-parse", "refs/steward/audit"], in: s.ws) == frozen)
        let subjects = try gitCLI(["log", "--format=%s", "refs/steward/trail/00000000000000aa"], in: s.ws)
        #expect(subjects.split(separator: "\n") == ["audit 2: rejected #\(n)", "audit 1: proposed #\(n)"])
        let log = try json(try await s.ok("log", "--json")) as! [[String: Any]]
        #expect(log.map { $0["title"] as? String } == ["before", "after", "after"])
        #expect(log.map { $0["sequence"] as? Int } == [1, 1, 2])
        #expect(try await s.ok("log", "--limit", "1").contains("rejected"))
    }
}
