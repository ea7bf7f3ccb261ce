import Foundation
import StewardTestSupport
import Testing

@Suite("Issue 17: steward store import, this machine's SQLite history into the shared database once")
struct StoreImportTests {
    /// Machine A works alone (SQLite) on a task, a question and a schedule; then it gets
    /// `[database]` and imports: B lists the task and the schedule, and counts A's spend. A second
    /// import copies nothing.
    @Test func importCopiesTasksStepsCallsAndSchedulesOnce() async throws {
        let script = Script([.text("Tuesdays.")] + writesOneFile)
        let server = try await TestHTTPServer.start(script.respond)
        defer { Task { await server.stop() } }
        let home = try await Household(machines: 2)
        let a = home.machines[0]
        try await personCommitsShared(a, ["steward.toml": cloudModelConfig(server.url)])
        let config = a.ws + "/.steward/config.toml"
        let withDatabase = try String(contentsOfFile: config, encoding: .utf8)
        let alone = String(withDatabase[..<withDatabase.range(of: "\n[database]")!.lowerBound])
        try alone.write(toFile: config, atomically: true, encoding: .utf8)

        let refused = try await home.steward(0, ["store", "import"])
        #expect(refused.status == 2 && refused.stderr.contains("there is none; add [database] url"), "\(refused.stderr)")
        #expect(try await home.steward(0, ["ask", "When do I water the plants?"]).status == 0)
        let ran = try await home.steward(0, ["run", "--agent", "fileops", "Write down when to water the plants", "--json"])
        #expect(ran.status == 0, "\(ran.stderr)")
        let id = try #require((try json(ran.stdout) as? [String: Any])?["task"] as? String)
        #expect(try await home.steward(0, ["schedule", "add", "0 8 * * *", "Water the plants", "--tz", "UTC"]).status == 0)
        let localSpend = try #require(
            (try json(try await home.steward(0, ["models", "--json"]).stdout) as? [String: Any])?["spentTodayUSD"] as? Double)
        #expect(localSpend >= 0.0036 - 1e-9)  // three calls at least, $0.0012 each
        // Nothing of it is shared yet.
        #expect(try await home.steward(1, ["tasks"]).stdout.contains("No tasks yet"))
        #expect((try json(try await home.steward(1, ["models", "--json"]).stdout) as? [String: Any])?["spentTodayUSD"] as? Double == 0)

        try withDatabase.write(toFile: config, atomically: true, encoding: .utf8)
        let imported = try await home.steward(0, ["store", "import", "--json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let counts = try #require((try json(imported.stdout) as? [String: Any])?["counts"] as? [String: Any])
        func copied(_ key: String) -> Int? { (counts[key] as? [String: Any])?["copied"] as? Int }
        let calls = Int(try home.psql("SELECT count(*) FROM model_call")) ?? 0
        #expect(copied("tasks") == 1 && copied("modelCalls") == calls && calls >= 3 && copied("schedules") == 1, "\(counts)")
        let steps = Int(try home.psql("SELECT count(*) FROM task_step WHERE task = '\(id)'")) ?? 0
        #expect(copied("steps") == steps && steps >= 3)
        #expect(abs((counts["cloudUSDCopied"] as? Double ?? 0) - localSpend) < 1e-9)

        // B sees A's history: the task and its story, the spend, the schedule.
        let tasks = try #require(try json(try await home.steward(1, ["tasks", "--json"]).stdout) as? [[String: Any]])
        #expect(tasks.map { $0["id"] as? String } == [id] && tasks.first?["status"] as? String == "done")
        #expect(try await home.steward(1, ["task", id]).stdout.contains("Summary: Wrote outputs/plants.md"))
        let spentOnB = try #require(
            (try json(try await home.steward(1, ["models", "--json"]).stdout) as? [String: Any])?["spentTodayUSD"] as? Double)
        #expect(abs(spentOnB - localSpend) < 1e-9)
        #expect(try await home.steward(1, ["schedule", "list"]).stdout.contains("Water the plants"))

        // Again: nothing copied, nothing doubled.
        let again = try await home.steward(0, ["store", "import"])
        #expect(again.status == 0 && again.stdout.hasPrefix("Nothing to import into"), "\(again.stdout) \(again.stderr)")
        #expect(again.stdout.contains("0 tasks (1 there already)") && again.stdout.contains("0 model calls (\(calls) there already)"))
        let rows = try home.psql("SELECT (SELECT count(*) FROM task), (SELECT count(*) FROM model_call), (SELECT count(*) FROM schedule)")
        #expect(rows == "1|\(calls)|1")
        #expect(try home.psql("SELECT count(*) FROM task_step") == "\(steps)")
    }
}
