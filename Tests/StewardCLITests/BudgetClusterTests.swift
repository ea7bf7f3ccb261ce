import Foundation
import StewardTestSupport
import Testing

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
        """
        [models.cloudy]
        provider = "openai"
        url = "\(url)"
        model = "gpt"
        cloud = true
        price_in = 10
        price_out = 10
        max_tokens = 600

        [routes]
        ask = ["cloudy"]

        [privacy]
        cloud = "allow"

        [budget]
        daily_usd = 0.01
        monthly_usd = 100
        """
    }

    /// The household with the model on `main` of every machine.
    static func household(_ server: TestHTTPServer) throws -> Household {
        let h = try Household(machines: 3)
        // The same file on each machine's main (as an approval synced everywhere would leave it).
        for m in h.machines { try personCommits(m, ["steward.toml": config(server.url)]) }
        // Opening the database migrates it.
        let listed = try h.steward(0, ["tasks"])
        guard listed.status == 0 else { throw GitFailed(args: ["steward", "tasks"], stderr: listed.stderr) }
        return h
    }

    @Test func threeMachinesCallingAtOnceStayUnderTheCap() async throws {
        let server = try await Self.greedyModel()
        defer { Task { await server.stop() } }
        let h = try Self.household(server)
        // All three at once: each would be allowed the whole $0.01 by a spend read alone.
        let runs = try runTogether(h, (0..<3).map { _ in ["ask", "--model", "cloudy", "Say hello"] })
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
        let h = try Self.household(server)
        _ = try h.psql("INSERT INTO budget_reservation (task, fence, model_name, max_usd) VALUES (NULL, NULL, 'cloudy', 0.009)")
        let refused = try h.steward(1, ["ask", "--model", "cloudy", "Say hello"])
        #expect(refused.status == 3, "\(refused.stderr)")
        #expect(refused.stderr.contains("cloud budget") && refused.stderr.contains("left"), "\(refused.stderr)")
        #expect(server.requests.isEmpty, "the model was called")
        _ = try h.psql("UPDATE budget_reservation SET settled = clock_timestamp()")
        let answered = try h.steward(1, ["ask", "--model", "cloudy", "Say hello"])
        #expect(answered.status == 0, "\(answered.stderr)")
    }
}

/// Runs `steward ARGS` on machine i for each i at the same time; the results in order.
func runTogether(_ h: Household, _ args: [[String]]) throws -> [Run] {
    let results = LockedRuns(count: args.count)
    let group = DispatchGroup()
    for (i, a) in args.enumerated() {
        group.enter()
        DispatchQueue.global().async {
            results.set(i, Result { try h.steward(i, a) })
            group.leave()
        }
    }
    group.wait()
    return try results.all()
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
