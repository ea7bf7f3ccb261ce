import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A model for hand-over tests, asked by two workers in turn. A first holder writes the file its
/// task names (`outputs/NAME.md`), then its second reply never comes (it is mid-task when it is
/// killed or stopped); every later conversation of that kind finishes after writing. A worker
/// that continues the earlier holder's proposal (told so in its task) first reads that file,
/// then writes `outputs/handover.md`, then finishes.
final class HandOverModel: @unchecked Sendable {
    // @unchecked: `hung` is read and written under `lock`.
    private let lock = NSLock()
    private var hung = false

    /// Whether this is the first holder's second reply (the one that never comes).
    private func firstToHang() -> Bool {
        lock.withLock {
            defer { hung = true }
            return !hung
        }
    }

    var respond: @Sendable (TestRequest) -> TestResponse {
        { [self] req in
            guard req.path == "/v1/chat/completions", let messages = req.json?["messages"] as? [[String: Any]] else {
                return .full(status: 404, body: #"{"error":{"message":"no such path"}}"#)
            }
            let user = messages.first { $0["role"] as? String == "user" }?["content"] as? String ?? ""
            let named = user.range(of: #"outputs/[a-z0-9-]+\.md"#, options: .regularExpression).map { String(user[$0]) } ?? "outputs/none.md"
            let results = messages.filter { $0["role"] as? String == "tool" }.count
            let reply: Scripted
            if user.contains("Another worker began this task") {
                reply =
                    results == 0
                    ? .call("read_file", #"{"path":"\#(named)"}"#)
                    : results == 1
                        ? .call("write_file", #"{"path":"outputs/handover.md","content":"written for outputs/handover.md\n"}"#)
                        : .call("finish", #"{"summary":"went on from the earlier holder"}"#)
            } else if results == 0 {
                reply = .call("write_file", #"{"path":"\#(named)","content":"written for \#(named)\n"}"#)
            } else if firstToHang() {
                return .hang
            } else {
                reply = .call("finish", #"{"summary":"wrote it"}"#)
            }
            return .stream(contentType: "text/event-stream", pieces: reply.sse)
        }
    }

    /// The tool results a continuing worker was sent (what its reads returned).
    static func continuingToolResults(_ requests: [TestRequest]) -> [String] {
        requests.compactMap { $0.json?["messages"] as? [[String: Any]] }
            .filter { ms in ms.contains { ($0["content"] as? String)?.contains("Another worker began this task") == true } }
            .flatMap { ms in ms.filter { $0["role"] as? String == "tool" }.compactMap { $0["content"] as? String } }
    }
}

/// Handing a task over (issue 17, spec 23.4): a worker killed between its proposal's push and
/// the task's record of it, and one whose proposal was made offline on its own machine. Real
/// `steward worker` processes, a real PostgreSQL and a git daemon remote.
@Suite("steward worker: hand-over after a kill")
struct WorkerHandOverTests {
    /// Keeps the task row's proposal as it was, whatever a worker writes: the first holder's
    /// record of its proposal never lands, as when it is killed between its push and that write.
    static let keepProposal = """
        CREATE FUNCTION keep_proposal() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN NEW.proposal := OLD.proposal; RETURN NEW; END $$;
        CREATE TRIGGER keep_proposal BEFORE UPDATE ON task FOR EACH ROW EXECUTE FUNCTION keep_proposal();
        """

    /// kill -9 after the proposal's push, before the task recorded its number: the next worker
    /// finds the proposal on the remote by its `Steward-Task` trailer, records it, reads what
    /// the dead worker wrote there and goes on with it: one proposal, the hand-over recorded.
    @Test func aWorkerKilledBetweenThePushAndTheRecordIsContinuedOnTheSameProposal() async throws {
        let model = HandOverModel()
        let server = try await TestHTTPServer.start(model.respond)
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 2)
        let id = try await h.enqueue(0, "Write outputs/k1.md")
        _ = try h.psql(Self.keepProposal)
        let a = try BackgroundSteward.worker(h, 0)
        try await eventually("the first worker waits on its second reply") { server.requests.filter(hasToolResult).count == 1 }
        // Its proposal is on the remote, and the task does not know it.
        #expect(try await h.remoteRefs("refs/steward/proposals/") == ["refs/steward/proposals/1"])
        #expect(try h.psql("SELECT status, coalesce(proposal, -1) FROM task") == "running|-1")
        a.signal(SIGKILL)
        _ = await a.waitExit()
        _ = try h.psql("DROP TRIGGER keep_proposal ON task")

        let b = try BackgroundSteward.worker(h, 1)
        try await eventually("the task done on the second machine") { try h.psql("SELECT status FROM task") == "done" }
        b.signal(SIGTERM)
        #expect(await b.waitExit() == 0, "\(b.log)")
        #expect(try await h.remoteRefs("refs/steward/proposals/") == ["refs/steward/proposals/1"], "\(b.log)")
        #expect(try h.psql("SELECT status, fence, proposal FROM task") == "done|2|1")
        #expect(try h.psql("SELECT fence, previous_worker IS NOT NULL FROM task_claim ORDER BY fence") == "1|f\n2|t")
        let handOver = try h.psql("SELECT json FROM task_event WHERE task = '\(id)' AND kind = 'handover'")
        #expect(handOver.contains(#""proposal":"1""#) && handOver.contains("was not recorded on the task"), "\(handOver)")
        #expect(b.log.contains("task \(id): its proposal #1 is on the remote"), "\(b.log)")
        // The new holder read the dead one's file from the proposal, and added its own there.
        #expect(HandOverModel.continuingToolResults(server.requests).contains { $0.contains("written for outputs/k1.md") })
        #expect(try await h.remoteFile("refs/heads/steward/1", "outputs/k1.md") == "written for outputs/k1.md\n")
        #expect(try await h.remoteFile("refs/heads/steward/1", "outputs/handover.md") == "written for outputs/handover.md\n")
    }

    /// The first holder's remote did not answer, so its proposal is `o1` on its own machine, and
    /// it is killed: the next worker cannot continue it, starts the task again on a fresh
    /// proposal and says why in a `handover` event. When the dead machine syncs, its `o1` gets a
    /// number of its own, and the sync says which proposal the task went on with (spec 23.4).
    @Test func aTaskWhoseProposalIsOfflineOnTheDeadMachineStartsAgainAndSaysWhy() async throws {
        let model = HandOverModel()
        let server = try await TestHTTPServer.start(model.respond)
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 2)
        let origin = try await h.machines[0].git("remote", "get-url", "origin").trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try await h.machines[0].git("remote", "set-url", "origin", "git://127.0.0.1:\(try freeLoopbackPort())/nothing.git")
        let id = try await h.enqueue(0, "Write outputs/o1.md")
        let a = try BackgroundSteward.worker(h, 0)
        try await eventually("the first worker waits on its second reply") { server.requests.filter(hasToolResult).count == 1 }
        #expect(try await h.machines[0].git("for-each-ref", "--format=%(refname)", "refs/steward/offline") == "refs/steward/offline/1\n")
        #expect(try await h.remoteRefs("refs/steward/proposals/").isEmpty)
        #expect(try h.psql("SELECT status, proposal FROM task") == "running|0")
        a.signal(SIGKILL)
        _ = await a.waitExit()

        let b = try BackgroundSteward.worker(h, 1)
        try await eventually("the task done on the second machine") { try h.psql("SELECT status FROM task") == "done" }
        b.signal(SIGTERM)
        #expect(await b.waitExit() == 0, "\(b.log)")
        // The numbers are read, not assumed: with the shared database the offline attempt may
        // have taken a number it never pushed (a gap, spec 22.4 "Numbers").
        let row = try h.psql("SELECT status, fence, proposal FROM task").split(separator: "|").map(String.init)
        #expect(row.count == 3 && row[0] == "done" && row[1] == "2", "\(row)")
        let went = row.count == 3 ? Int(row[2]) ?? 0 : 0
        #expect(went > 0)
        let handOver = try h.psql("SELECT json FROM task_event WHERE task = '\(id)' AND kind = 'handover'")
        #expect(handOver.contains(#""restarted":"true""#) && handOver.contains("made its proposal offline"), "\(handOver)")
        #expect(b.log.contains("the task starts again on a fresh proposal"), "\(b.log)")
        #expect(try await h.remoteFile("refs/heads/steward/\(went)", "outputs/o1.md") == "written for outputs/o1.md\n")
        // The dead machine, back: its sync numbers o1 as any offline proposal, for the person to reject.
        _ = try await h.machines[0].git("remote", "set-url", "origin", origin)
        let synced = try await h.steward(0, ["sync"])
        let late = synced.stdout.firstMatch(of: /o1 is now #(\d+)/).flatMap { Int($0.1) } ?? 0
        #expect(synced.status == 0 && late > 0 && late != went, "\(synced.stdout) \(synced.stderr)")
        #expect(
            synced.stdout.contains(
                "#\(late) (made offline as o1) holds what task \(id) did on this machine before another worker took it over; the task went on as #\(went), done: keep one ('steward reject \(late)' drops this one)"
            ), "\(synced.stdout)")
    }
}
