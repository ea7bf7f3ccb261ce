import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The cloud budget across machines (spec 23.7): three machines of one workspace share a
/// PostgreSQL database and call a cloud-priced model at once; together they stay under the cap.
@Suite("The cloud budget holds across machines", .serialized)
struct BudgetClusterTests {
    /// A scripted cloud model on 127.0.0.1 that spends every token it is allowed: each reply
    /// reports as many completion tokens as the request's `max_tokens`, and arrives slowly, so
    /// calls from several machines are in flight together.
    static func greedyModel() async throws -> TestHTTPServer {
        try await TestHTTPServer.start { req in
            guard req.path == "/v1/chat/completions" else { return .full(status: 404, body: #"{"error":{"message":"no such path"}}"#) }
            let allowed = (req.json?["max_tokens"] as? Int) ?? 4_096
            func chunk(_ delta: String, finish: String?) -> String {
                #"data: {"id":"c1","object":"chat.completion.chunk","model":"gpt","choices":[{"index":0,"delta":\#(delta),"finish_reason":\#(finish.map { "\"\($0)\"" } ?? "null")}]}"#
                    + "\n\n"
            }
            return .stream(
                contentType: "text/event-stream",
                pieces: [
                    chunk(#"{"role":"assistant","content":"Hello."}"#, finish: nil), chunk("{}", finish: "stop"),
                    #"data: {"id":"c1","object":"chat.completion.chunk","model":"gpt","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":\#(allowed)}}"#
                        + "\n\n",
                    "data: [DONE]\n\n",
                ], delay: 0.75)
        }
    }

    /// `steward.toml` with one cloud model at $10 per million tokens each way, 600 reply tokens
    /// a call (at most ~$0.006), allowed, and a daily cap of $0.01.
    static func config(_ url: String) -> String {
        cloudModelConfig(url, maxTokens: 600, dailyUSD: 0.01, monthlyUSD: 100, routes: ["ask"])
    }

    /// The household with the model on `main` of every machine.
    static func household(_ server: TestHTTPServer) async throws -> Household {
        let h = try await Household(machines: 3)
        // The same file on each machine's main (as an approval synced everywhere would leave it).
        for m in h.machines { try await personCommits(m, ["steward.toml": config(server.url)]) }
        // Opening the database migrates it.
        let listed = try await h.steward(0, ["tasks"])
        guard listed.status == 0 else { throw GitFailed(args: ["steward", "tasks"], stderr: listed.stderr) }
        return h
    }

    @Test func threeMachinesCallingAtOnceStayUnderTheCap() async throws {
        let server = try await Self.greedyModel()
        defer { Task { await server.stop() } }
        let h = try await Self.household(server)
        // All three at once: each would be allowed the whole $0.01 by a spend read alone.
        let runs = try await runTogether(h, (0..<3).map { _ in ["ask", "--model", "cloudy", "Say hello"] })
        let answered = runs.filter { $0.status == 0 }
        #expect(!answered.isEmpty, "no call was made: \(runs.map(\.stderr))")
        #expect(runs.contains { $0.status != 0 && $0.stderr.contains("budget") }, "every call went through: \(runs.map(\.stderr))")
        let spent = try #require(Double(try h.psql("SELECT coalesce(sum(cost_usd), 0) FROM model_call WHERE cloud")))
        #expect(spent > 0 && spent <= 0.01, "the household spent $\(spent) against a $0.01 cap")
        // Every reservation was settled with its call.
        #expect(try h.psql("SELECT count(*) FROM budget_reservation WHERE settled IS NULL") == "0")
        #expect(try h.psql("SELECT count(*) FROM budget_reservation") == "\(answered.count)")
    }

    /// A reservation nobody settled (a worker that died mid-call) counts in full.
    @Test func anOpenReservationCountsInFull() async throws {
        let server = try await Self.greedyModel()
        defer { Task { await server.stop() } }
        let h = try await Self.household(server)
        _ = try h.psql("INSERT INTO budget_reservation (task, fence, model_name, max_usd) VALUES (NULL, NULL, 'cloudy', 0.009)")
        let refused = try await h.steward(1, ["ask", "--model", "cloudy", "Say hello"])
        #expect(refused.status == 3, "\(refused.stderr)")
        #expect(refused.stderr.contains("cloud budget") && refused.stderr.contains("left"), "\(refused.stderr)")
        #expect(server.requests.isEmpty, "the model was called")
        _ = try h.psql("UPDATE budget_reservation SET settled = clock_timestamp()")
        let answered = try await h.steward(1, ["ask", "--model", "cloudy", "Say hello"])
        #expect(answered.status == 0, "\(answered.stderr)")
    }
}

extension BudgetClusterTests {
    /// `queueModel`'s replies (write the file the task names, then finish), slow, each billed
    /// at every reply token the request allows (`max_tokens`) and one prompt token.
    static func greedyQueueModel() async throws -> TestHTTPServer {
        let replies = queueModel()
        return try await TestHTTPServer.start { req in
            let allowed = (req.json?["max_tokens"] as? Int) ?? 4_096
            guard case .stream(let status, let type, let pieces, _) = replies(req) else { return replies(req) }
            let billed = pieces.map {
                $0.replacingOccurrences(
                    of: #""prompt_tokens":100,"completion_tokens":20"#, with: #""prompt_tokens":1,"completion_tokens":\#(allowed)"#)
            }
            return .stream(status: status, contentType: type, pieces: billed, delay: 0.3)
        }
    }

    /// Three `steward worker`s on three machines take six queued tasks (two replies each) routed
    /// to a cloud model ($0.10 per million prompt tokens, $10 per million reply tokens, 100
    /// reply tokens a call: about $0.001) against $0.01 left today: what they spend together
    /// stays at or under the cap, some tasks are done, and each of the others ended failed,
    /// saying the budget refused its call.
    @Test func threeWorkersAgainstTheLastCentStayUnderTheCap() async throws {
        let model = try await Self.greedyQueueModel()
        defer { Task { await model.stop() } }
        let config = cloudModelConfig(model.url, priceIn: 0.1, maxTokens: 100, dailyUSD: 0.01, monthlyUSD: 100)
        let h = try await Household.withModel(model.url, machines: 3, leaseSeconds: 3, config: config)
        let workers = try (0..<3).map { try BackgroundSteward.worker(h, $0) }
        // All three ready to claim before any task is queued, so they race for the budget.
        try await eventually("three workers serving cloudy") { workers.allSatisfy { $0.log.contains("serving cloudy") } }
        for i in 1...6 { _ = try await h.enqueue(i % 3, "Write outputs/note-\(i).md") }
        try await eventually("all six tasks ended") {
            try h.psql("SELECT count(*) FROM task WHERE status IN ('queued', 'running')") == "0"
        }
        for w in workers { w.signal(SIGTERM) }
        for w in workers { _ = await w.waitExit() }
        let logs = workers.map(\.log).joined(separator: "\n---\n")
        let spent = try #require(Double(try h.psql("SELECT coalesce(sum(cost_usd), 0) FROM model_call WHERE cloud")))
        #expect(spent > 0 && spent <= 0.01, "the three workers spent $\(spent) against a $0.01 cap: \(logs)")
        // Twelve replies would cost about $0.012: not every task can be done; seven or more fit.
        let done = Int(try h.psql("SELECT count(*) FROM task WHERE status = 'done'")) ?? -1
        #expect((1...5).contains(done), "\(done) of 6 done: \(logs)")
        #expect(Int(try h.psql("SELECT count(DISTINCT split_part(worker, '/', 1)) FROM task_claim")) ?? 0 >= 2, "the workers did not race: \(logs)")
        // Every task that did not finish was refused by the budget, and says so.
        let refused = try h.psql("SELECT status || ' ' || coalesce(error, '') FROM task WHERE status <> 'done'").split(separator: "\n")
        #expect(refused.count == 6 - done)
        for r in refused { #expect(r.hasPrefix("failed ") && r.contains("cloud budget") && r.contains("daily_usd"), "\(r)") }
        // Every call made reserved first, and every reservation was settled with its call.
        #expect(try h.psql("SELECT count(*) FROM budget_reservation WHERE settled IS NULL") == "0")
        #expect(
            try h.psql("SELECT count(*) FROM budget_reservation")
                == (try h.psql("SELECT count(*) FROM model_call WHERE cloud AND outcome <> 'skipped'")))
    }
}

extension BudgetClusterTests {
    /// What open reservations hold (a call in flight on another machine, or a dead worker's)
    /// shows as reserved beside the spend, in `steward models` and the API's `GET spend`.
    @Test func openReservationsShowAsReservedInModelsAndSpend() async throws {
        let server = try await Self.greedyModel()
        defer { Task { await server.stop() } }
        let h = try await Self.household(server)
        _ = try h.psql("INSERT INTO budget_reservation (task, fence, model_name, max_usd) VALUES (NULL, NULL, 'cloudy', 0.004)")
        let listed = try await h.steward(1, ["models", "--json"])
        let models = try #require(try json(listed.stdout) as? [String: Any], "\(listed.stderr)")
        #expect(models["reservedTodayUSD"] as? Double == 0.004 && models["reservedThisMonthUSD"] as? Double == 0.004, "\(models)")
        #expect(models["spentTodayUSD"] as? Double == 0)
        let text = try await h.steward(2, ["models"])
        #expect(text.stdout.contains("Cloud spend: today $0.0000 + $0.0040 reserved of $0.01"), "\(text.stdout)")

        let a = try #require(await ClusterServe.startTogether(h, [0], arguments: ["--workers", "0"]).first)
        defer { a.stop() }
        let port = try #require(a.port, "\(a.log)")
        let token = try await h.steward(0, ["token"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let spend = try await curl(port, token, "GET", "/api/v1/spend")
        let body = try #require(try json(spend.body) as? [String: Any], "\(spend.body)")
        #expect(body["reservedTodayUSD"] as? Double == 0.004 && body["reservedMonthUSD"] as? Double == 0.004, "\(body)")
        #expect(body["todayUSD"] as? Double == 0)
        // Settled, it holds nothing more.
        _ = try h.psql("UPDATE budget_reservation SET settled = clock_timestamp()")
        let after = try #require(try json(try await h.steward(1, ["models", "--json"]).stdout) as? [String: Any])
        #expect(after["reservedTodayUSD"] as? Double == 0)
        #expect(!(try await h.steward(1, ["models"])).stdout.contains("reserved"))
    }
}

/// Runs `steward ARGS` on machine i for each i at the same time; the results in order.
func runTogether(_ h: Household, _ args: [[String]]) async throws -> [Run] {
    // At the same time is the point: these do not wait for `childSlots`.
    try await ChildSlots.$unlimited.withValue(true) {
        try await withThrowingTaskGroup(of: (Int, Run).self) { group in
            for (i, a) in args.enumerated() { group.addTask { (i, try await h.steward(i, a)) } }
            var runs = [Run?](repeating: nil, count: args.count)
            for try await (i, r) in group { runs[i] = r }
            return runs.map { $0! }
        }
    }
}

/// Results written from several threads.
final class LockedRuns: @unchecked Sendable {
    // @unchecked: `items` is only touched while holding `lock`.
    private let lock = NSLock()
    private var items: [Result<Run, any Error>?]
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<Run, any Error>) {
        lock.lock()
        items[i] = r
        lock.unlock()
    }
    func all() throws -> [Run] {
        lock.lock()
        defer { lock.unlock() }
        return try items.map { try #require($0).get() }
    }
}
