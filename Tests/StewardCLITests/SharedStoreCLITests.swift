import Foundation
import StewardTestSupport
import Testing

/// `steward.toml` with one cloud-priced model on a scripted server (127.0.0.1, marked cloud;
/// `Household.cloudModel`), cloud calls allowed, `routes` sent to it and the cloud budget's caps.
/// By default every route, and 100 tokens in and 20 out at $10 per million each cost $0.0012 a
/// call against $5 a day.
func cloudModelConfig(
    _ url: String, priceIn: Double = 10, maxTokens: Int = 200, dailyUSD: Double = 5, monthlyUSD: Double = 50,
    routes: [String] = ["classify", "code", "research", "fileops", "ask"]
) -> String {
    Household.cloudModel(url, priceIn: priceIn, maxTokens: maxTokens)
        + """
        [privacy]
        cloud = "allow"

        [budget]
        daily_usd = \(dailyUSD)
        monthly_usd = \(monthlyUSD)

        [routes]

        """
        + routes.map { "\($0) = [\"cloudy\"]\n" }.joined()
}

/// A task that writes one file and finishes.
let writesOneFile: [Scripted] = [
    .call("write_file", #"{"path":"outputs/plants.md","content":"water them\n"}"#),
    .call("finish", #"{"summary":"Wrote outputs/plants.md"}"#),
]

/// Commits `files` on machine `a`'s main as the person, and pushes main to the household's remote.
func personCommitsShared(_ a: Sandbox, _ files: [String: String]) async throws {
    try await personCommits(a, files)
    _ = try await a.git("push", "-q", "origin", "main")
}

@Suite("Issue 17: every command on the shared store ([database]), across machines")
struct SharedStoreCLITests {
    @Test func aTaskRunOnOneMachineIsListedAndShownOnAnother() async throws {
        let script = Script(writesOneFile)
        let server = try await TestHTTPServer.start(script.respond)
        defer { Task { await server.stop() } }
        let home = try await Household(machines: 2)
        try await personCommitsShared(home.machines[0], ["steward.toml": modelConfig(server.url)])

        let r = try await home.steward(0, ["run", "--agent", "fileops", "Write down when to water the plants", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let id = try #require((try json(r.stdout) as? [String: Any])?["task"] as? String)

        // B never ran it: its own SQLite has no task, the database has it, and B lists it.
        #expect(try home.psql("SELECT count(*) FROM task WHERE id = '\(id)'") == "1")
        let listed = try await home.steward(1, ["tasks", "--json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let tasks = try #require(try json(listed.stdout) as? [[String: Any]])
        #expect(tasks.map { $0["id"] as? String } == [id])
        #expect(tasks.first?["status"] as? String == "done" && tasks.first?["proposal"] as? Int == 1)

        let shown = try await home.steward(1, ["task", String(id.prefix(8))])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Task \(id) — done") && shown.stdout.contains("Write down when to water the plants"))
        #expect(shown.stdout.contains("tool write_file") && shown.stdout.contains("Summary: Wrote outputs/plants.md"))
        // Its steps are the database's: as many as A recorded.
        let steps = try home.psql("SELECT count(*) FROM task_step WHERE task = '\(id)'")
        let detail = try #require(try json(try await home.steward(1, ["task", id, "--json"]).stdout) as? [String: Any])
        #expect("\((detail["steps"] as? [Any])?.count ?? -1)" == steps && Int(steps) ?? 0 >= 3)
    }

    @Test func cloudSpendOnOneMachineCountsOnAnother() async throws {
        let script = Script([.text("Tuesdays.")])
        let server = try await TestHTTPServer.start(script.respond)
        defer { Task { await server.stop() } }
        let home = try await Household(machines: 2)
        try await personCommitsShared(home.machines[0], ["steward.toml": cloudModelConfig(server.url)])
        let before = try #require(try json(try await home.steward(1, ["models", "--json"]).stdout) as? [String: Any])
        #expect(before["spentTodayUSD"] as? Double == 0)

        let asked = try await home.steward(0, ["ask", "When do I water the plants?"])
        #expect(asked.status == 0 && asked.stdout.contains("Tuesdays."), "\(asked.stderr)")

        let onA = try #require(try json(try await home.steward(0, ["models", "--json"]).stdout) as? [String: Any])
        let onB = try #require(try json(try await home.steward(1, ["models", "--json"]).stdout) as? [String: Any])
        let spent = try #require(onB["spentTodayUSD"] as? Double)
        #expect(abs(spent - 0.0012) < 1e-9, "B sees A's call: \(onB)")
        #expect(onA["spentTodayUSD"] as? Double == spent && onB["spentThisMonthUSD"] as? Double == spent)
        #expect(try home.psql("SELECT count(*) FROM model_call WHERE cloud AND model_name = 'cloudy'") == "1")
    }

    /// `review`'s note about a proposal whose task did not finish reads the shared store: the
    /// task ran on A, the note shows on B, whose own SQLite never saw it.
    @Test func reviewOnAnotherMachineNotesATaskLeftUnfinished() async throws {
        let script = Script([
            .call("write_file", #"{"path":"outputs/plants.md","content":"water them\n"}"#),
            .call("write_file", #"{"path":"outputs/more.md","content":"and more\n"}"#),
        ])
        let server = try await TestHTTPServer.start(script.respond)
        defer { Task { await server.stop() } }
        let home = try await Household.withModel(server.url, machines: 2, leaseSeconds: 3)
        // One model reply allowed: the task stops after its first write, its proposal unfinished.
        let r = try await home.steward(0, ["run", "--agent", "fileops", "--max-steps", "1", "Write down when to water the plants", "--json"])
        let task = try #require(try json(r.stdout) as? [String: Any], "\(r.stderr)")
        let status = try #require(task["status"] as? String)
        #expect(status != "done" && task["proposal"] as? Int == 1, "\(task)")
        #expect(try await home.steward(0, ["sync"]).status == 0)
        #expect(try await home.steward(1, ["sync"]).status == 0)
        let review = try await home.steward(1, ["review"])
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.contains("incomplete: its task \(status)"), "\(review.stdout)")
    }

    @Test func aScheduleAddedOnOneMachineIsListedAndRemovedOnAnother() async throws {
        let home = try await Household(machines: 2)
        let added = try await home.steward(0, ["schedule", "add", "0 8 * * 1-5", "Water the plants", "--tz", "UTC", "--json"])
        #expect(added.status == 0, "\(added.stderr)")
        let id = try #require((try json(added.stdout) as? [String: Any])?["id"] as? Int)

        let listed = try await home.steward(1, ["schedule", "list", "--json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let list = try #require(try json(listed.stdout) as? [[String: Any]])
        #expect(list.map { $0["id"] as? Int } == [id] && list.first?["task"] as? String == "Water the plants")

        #expect(try await home.steward(1, ["schedule", "remove", "\(id)"]).status == 0)
        #expect(try await home.steward(0, ["schedule", "list"]).stdout.contains("No schedules."))
        #expect(try home.psql("SELECT count(*) FROM schedule") == "0")
    }

    @Test func twoWorkspacesMadeAtOnceHaveRootsOfTheirOwn() async throws {
        let (a, b) = (try Sandbox(), try Sandbox())
        // At once is the point: these do not wait for `childSlots`.
        await ChildSlots.$unlimited.withValue(true) {
            async let first = try? await a.ok("init")
            async let second = try? await b.ok("init")
            _ = await (first, second)
        }
        let roots = [try await a.git("rev-list", "--max-parents=0", "main"), try await b.git("rev-list", "--max-parents=0", "main")]
        #expect(!roots[0].isEmpty && !roots[1].isEmpty)
        #expect(roots[0] != roots[1], "two inits at once share a first commit, so a shared database could not tell them apart")
        #expect(
            try await a.git("log", "-1", "--format=%(trailers:key=Steward-Workspace,valueonly)", "main").trimmingCharacters(
                in: .whitespacesAndNewlines
            )
            .count == 36)
    }

    @Test func theDatabaseOfAnotherWorkspaceIsRefusedInOneLine() async throws {
        let home = try await Household(machines: 1)
        #expect(try await home.steward(0, ["tasks"]).status == 0)  // records this workspace's root commit
        // Made in the same second by the same person from the same seed: only the first
        // commit's Steward-Workspace id tells the two apart (spec 23.1).
        let stranger = try Sandbox()
        try await stranger.ok("init")
        #expect(try await stranger.git("rev-parse", "main") != (try await home.machines[0].git("rev-list", "--max-parents=0", "main")))
        try Household.setDatabase(stranger, url: home.database.url, leaseSeconds: 3)
        for args in [["tasks"], ["task", "t1"], ["schedule", "list"], ["models"], ["store", "import"], ["run", "do something"]] {
            let r = try await stranger.steward(args, env: home.env)
            #expect(r.status == 3, "\(args): \(r.stderr)")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1 && r.stderr.contains("belongs to another workspace"), "\(args): \(r.stderr)")
            #expect(r.stderr.contains("point [database] url in .steward/config.toml at this workspace's database"))
        }
        #expect(try home.psql("SELECT count(*) FROM task") == "0")
    }

    @Test func anUnreachableDatabaseIsOneLineAndExit3() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        try Household.setDatabase(s, url: "postgres://steward@127.0.0.1:1/steward?sslmode=disable", leaseSeconds: 3)
        for args in [
            ["tasks"], ["tasks", "--follow"], ["task", "t1"], ["schedule", "add", "0 8 * * *", "x"], ["models"], ["run", "do something"],
        ] {
            let r = try await s.steward(args, env: ["PGPASSWORD": "secret-pw"])
            #expect(r.status == 3, "\(args): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("postgres://steward@127.0.0.1:1/steward") && r.stderr.contains("could not be reached"))
            #expect(r.stderr.contains("remove [database] from .steward/config.toml") && !r.stderr.contains("secret-pw"))
        }
    }

    /// The database records the first commit of main's first-parent history (spec 23.1), not
    /// main's tip nor the root of a history merged in later.
    @Test func theRootCommitIsMainsFirstCommitAfterManyCommitsAndAMergedHistory() async throws {
        let home = try await Household(machines: 2)
        let a = home.machines[0]
        let first = try await a.git("rev-list", "--first-parent", "main").split(separator: "\n").last.map(String.init)
        for i in 1...12 { try await personCommits(a, ["notes/\(i).md": "note \(i)\n"]) }
        // A history of its own, with its own root, merged into main.
        _ = try await a.git("checkout", "-q", "--orphan", "other")
        try await personCommits(a, ["other.md": "other\n"])
        let otherRoot = try await a.git("rev-parse", "other").trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try await a.git("checkout", "-q", "main")
        _ = try await a.git("-c", "user.name=person", "-c", "user.email=p@x", "merge", "-q", "--allow-unrelated-histories", "-m", "merge", "other")
        _ = try await a.git("push", "-q", "origin", "main")
        let roots = try await a.git("rev-list", "--max-parents=0", "main").split(separator: "\n").map(String.init)
        #expect(roots.count == 2 && roots.contains(otherRoot))

        #expect(try await home.steward(0, ["tasks"]).status == 0)
        #expect(try home.psql("SELECT root_commit FROM workspace") == first)
        // B, cloned before those commits, has the same first commit: it is let in.
        let onB = try await home.steward(1, ["tasks"])
        #expect(onB.status == 0, "\(onB.stderr)")
    }
}
