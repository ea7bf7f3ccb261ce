import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A task whose proposal the person decided while the task was between holders (issue 17,
/// spec 23.4, "Hand-over"): its first worker is killed mid-task, the person approves or rejects
/// what it had proposed, and the next worker cannot add to a decided proposal. It starts the
/// task again on a fresh proposal, and a `handover` event says why.
@Suite("steward worker: hand-over after the proposal was decided")
struct WorkerDecidedHandOverTests {
    @Test(arguments: ["approve", "reject"])
    func aTaskWhoseProposalWasDecidedStartsAgainAndSaysWhy(_ decision: String) async throws {
        let model = HandOverModel()
        let server = try await TestHTTPServer.start(model.respond)
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 2)
        let id = try await h.enqueue(0, "Write outputs/d1.md")
        let a = try BackgroundSteward.worker(h, 0)
        try await eventually("the first worker waits on its second reply, its proposal recorded") {
            try server.requests.filter(hasToolResult).count == 1 && h.psql("SELECT proposal FROM task") == "1"
        }
        a.signal(SIGKILL)
        _ = await a.waitExit()
        // The person decides #1 on the other machine while nobody holds the task.
        #expect(try await h.steward(1, ["sync"]).status == 0)
        let decided = try await h.steward(1, decision == "approve" ? ["approve", "1", "--yes"] : ["reject", "1", "--reason", "not this"])
        #expect(decided.status == 0, "\(decided.stderr)")

        let b = try BackgroundSteward.worker(h, 1)
        try await eventually("the task done on the second machine") { try h.psql("SELECT status FROM task") == "done" }
        b.signal(SIGTERM)
        #expect(await b.waitExit() == 0, "\(b.log)")
        // Started again on a fresh proposal, not added to the decided one.
        if decision == "reject" {
            #expect(try h.psql("SELECT status, fence, proposal FROM task") == "done|2|2", "\(b.log)")
            #expect(try await h.remoteFile("refs/heads/steward/2", "outputs/d1.md") == "written for outputs/d1.md\n")
        } else {
            // main holds #1's file: writing it again changes nothing, so no second proposal.
            #expect(try h.psql("SELECT status, fence, proposal FROM task") == "done|2|1", "\(b.log)")
            #expect(try await h.remoteRefs("refs/heads/steward/").isEmpty)
        }
        #expect(HandOverModel.continuingToolResults(server.requests).isEmpty, "the second worker was told to go on from #1")
        let handOver = try h.psql("SELECT json FROM task_event WHERE task = '\(id)' AND kind = 'handover'")
        let said = decision == "approve" ? "its proposal #1 was approved (main holds what it changed)" : "its proposal #1 was rejected"
        #expect(handOver.contains(#""restarted":"true""#), "\(handOver)")
        #expect(handOver.contains(#""proposal":"1""#), "\(handOver)")
        #expect(handOver.contains(said), "\(handOver)")
        #expect(handOver.contains("the task starts again on a fresh proposal from main"), "\(handOver)")
        #expect(b.log.contains("task \(id): \(said)"), "\(b.log)")
    }
}
