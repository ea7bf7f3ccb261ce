import Foundation
import StewardTestSupport
import Testing

/// `steward serve` on machines sharing a PostgreSQL database (spec 23.4–23.6): tasks started
/// through the API are queued for any machine, a schedule fires once however many serves run,
/// and a task running elsewhere streams live on this machine's API.
@Suite("steward serve across machines", .serialized)
struct ServeClusterTests {
    /// Three serves start at once on a schedule that has been due every minute for the last five
    /// (created five minutes ago, while no machine ran): one run, one queued task, all three up.
    @Test func threeServesRunADueScheduleOnceAndMissedRunsOnce() async throws {
        let h = try await Household(machines: 3)
        let added = try await h.steward(0, ["schedule", "add", "* * * * *", "Summarise the notes", "--json"])
        #expect(added.status == 0, "\(added.stderr)")
        _ = try h.psql("UPDATE schedule SET created = clock_timestamp() - interval '5 minutes'")
        // No worker in these serves: the run stays queued, so nothing but the claim decides.
        let serves = await ClusterServe.startTogether(h, [0, 1, 2], arguments: ["--workers", "0"])
        defer { for s in serves { s.stop() } }
        for s in serves { #expect(s.port != nil, "a serve did not start: \(s.log)") }
        // Each serve says it is serving only after its first check of the schedules.
        #expect(try h.psql("SELECT count(*) FROM schedule_run") == "1")
        #expect(try h.psql("SELECT count(*) || ' ' || min(status) FROM task") == "1 queued")
        #expect(try h.psql("SELECT count(*) FROM task t JOIN schedule s ON s.last_task = t.id") == "1")
        // The claim names the newest due minute, not the oldest missed one.
        let lag = try #require(Double(try h.psql("SELECT extract(epoch FROM clock_timestamp() - due) FROM schedule_run")))
        #expect(lag < 120, "the run claimed is \(lag) s old")
    }

    /// A schedule added while three serves run falls due: one of the three claims it, one task
    /// is queued, and no second run starts while that task is queued; once it has ended
    /// (cancelled), the next due minute is one more run. Counted per due minute, never by the
    /// clock. The serves check every second, and a minute passes by moving the schedule's stored
    /// times (its creation, last run and runs) one minute back, in one transaction: the scheduler
    /// compares those with its clock at each check, so this is a minute boundary passing, without
    /// waiting for one.
    @Test func aScheduleFallingDueWhileThreeServesRunRunsOncePerDueMinute() async throws {
        let h = try await Household(machines: 3)
        // No worker in these serves: a run's task stays queued until it is cancelled.
        let serves = await ClusterServe.startTogether(h, [0, 1, 2], arguments: ["--workers", "0", "--schedule-check-seconds", "1"])
        defer { for s in serves { s.stop() } }
        for s in serves { #expect(s.port != nil, "a serve did not start: \(s.log)") }
        let added = try await h.steward(1, ["schedule", "add", "* * * * *", "Summarise the notes", "--json"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try h.psql("SELECT count(*) FROM schedule_run") == "0")
        let aMinutePasses = """
            UPDATE schedule SET created = created - interval '1 minute', last_run = last_run - interval '1 minute';
            UPDATE schedule_run SET due = due - interval '1 minute'
            """
        _ = try h.psql(aMinutePasses)
        try await eventually("the schedule's first run", seconds: 60) { try h.psql("SELECT count(*) FROM schedule_run") != "0" }
        let first = try h.psql("SELECT task FROM schedule_run")
        // Another minute while its task is queued: five checks of each serve start no second run.
        _ = try h.psql(aMinutePasses)
        try await Task.sleep(for: .seconds(5))
        #expect(try h.psql("SELECT count(*) FROM schedule_run") == "1", "a run started while the last one's task was queued")
        // The person cancels it; the minute that has come is one more run.
        let cancelled = try await h.steward(2, ["cancel", first])
        #expect(cancelled.status == 0, "\(cancelled.stdout)\(cancelled.stderr)")
        try await eventually("the schedule's second run", seconds: 60) { try h.psql("SELECT count(*) FROM schedule_run") != "1" }
        // Two due minutes, one run and one task each, whichever of the three serves claimed them.
        #expect(try h.psql("SELECT count(*) FROM schedule_run") == "2")
        #expect(try h.psql("SELECT count(DISTINCT due) FROM schedule_run WHERE extract(second FROM due) = 0") == "2")
        #expect(try h.psql("SELECT count(*) FROM task") == "2", "a run queued more than one task: \(serves.map(\.log))")
        #expect(try h.psql("SELECT count(*) FROM task t JOIN schedule_run r ON r.task = t.id") == "2")
        #expect(try h.psql("SELECT string_agg(t.status, ' ' ORDER BY r.due) FROM schedule_run r JOIN task t ON t.id = r.task") == "cancelled queued")
        // Both fell due after the schedule was made, a minute apart (or more, if a real minute
        // boundary passed meanwhile: never two runs for one minute, never a run for none).
        #expect(try h.psql("SELECT count(*) FROM schedule_run r JOIN schedule s ON s.id = r.schedule WHERE r.due > s.created") == "2")
        let apart = try #require(Double(try h.psql("SELECT extract(epoch FROM max(due) - min(due)) FROM schedule_run")))
        #expect(apart >= 60 && apart.truncatingRemainder(dividingBy: 60) == 0, "the runs are \(apart) s apart")
    }

    /// `--schedule-check-seconds` outside 1 to 60 is refused before anything starts (exit 2),
    /// saying why. `timeout`: a serve that accepted it would run until stopped.
    @Test func aScheduleCheckIntervalOutsideOneToSixtySecondsIsRefused() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        for value in ["0", "0.5", "61", "nan"] {
            let r = try await run(
                "/usr/bin/timeout", ["20", stewardBinary, "serve", "--port", "0", "--workspace", s.ws, "--schedule-check-seconds", value],
                stdin: nil, env: [:])
            #expect(r.status == 2, "\(value): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("--schedule-check-seconds must be from 1 to 60 (got "), "\(value): \(r.stderr)")
        }
    }

    /// A task started through machine A's API is queued (listed as queued on A and on B), and
    /// cancelled from A before any worker took it.
    @Test func aTaskStartedThroughTheAPIIsQueuedForAnyMachine() async throws {
        let h = try await Household(machines: 2)
        let a = try #require(await ClusterServe.startTogether(h, [0], arguments: ["--workers", "0"]).first)
        defer { a.stop() }
        let port = try #require(a.port, "\(a.log)")
        let token = try await h.steward(0, ["token"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let started = try await curl(port, token, "POST", "/api/v1/tasks", body: #"{"task":"Sort the notes"}"#)
        #expect(started.status == 202, "\(started.body)")
        let id = try #require((try json(started.body) as? [String: Any])?["id"] as? String)
        let detail = try await curl(port, token, "GET", "/api/v1/tasks/\(id)")
        #expect(((try json(detail.body) as? [String: Any])?["task"] as? [String: Any])?["status"] as? String == "queued", "\(detail.body)")
        #expect(try h.psql("SELECT status || ' ' || coalesce(main_commit, 'none') FROM task WHERE id = '\(id)'").hasPrefix("queued "))
        #expect(
            try h.psql("SELECT main_commit FROM task WHERE id = '\(id)'")
                == (try await h.machines[0].git("rev-parse", "main")).trimmingCharacters(in: .whitespacesAndNewlines))
        let listedOnB = try await h.steward(1, ["tasks"])
        #expect(listedOnB.stdout.contains(id) && listedOnB.stdout.contains("queued"), "\(listedOnB.stdout)\(listedOnB.stderr)")
        let cancelled = try await curl(port, token, "POST", "/api/v1/tasks/\(id)/cancel")
        #expect(cancelled.status == 202, "\(cancelled.body)")
        #expect(try h.psql("SELECT status FROM task WHERE id = '\(id)'") == "cancelled")
        let again = try await curl(port, token, "POST", "/api/v1/tasks/\(id)/cancel")
        #expect(again.status == 409 && again.body.contains("is not queued or running"), "\(again.body)")
    }

    /// A task run on machine B (`steward run`) streams live from machine A's API: its events as
    /// B commits them, then `end`, though A never ran it.
    @Test func theEventsOfATaskRunOnAnotherMachineStreamFromThisOne() async throws {
        let script = Script([
            .call("write_file", ##"{"path":"outputs/hello.md","content":"# Hello\n"}"##),
            .text("Wrote outputs/hello.md."),
        ])
        // Slow replies: B's task is still running when A's stream opens.
        let model = try await TestHTTPServer.start { req in
            let answer = script.respond(req)
            if case .stream(let status, let type, let pieces, _) = answer {
                return .stream(status: status, contentType: type, pieces: pieces, delay: 0.4)
            }
            return answer
        }
        defer { Task { await model.stop() } }
        // B takes A's steward.toml with the person's word (spec 22.9), as withModel does.
        let h = try await Household.withModel(model.url, machines: 2, leaseSeconds: 3)
        let a = try #require(await ClusterServe.startTogether(h, [0], arguments: ["--workers", "0"]).first)
        defer { a.stop() }
        let port = try #require(a.port, "\(a.log)")
        let token = try await h.steward(0, ["token"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let onB = BackgroundRun { try await h.steward(1, ["run", "Write a hello note"]) }
        // B's task, as soon as B has recorded it.
        var id: String?
        let deadline = Date().addingTimeInterval(60)
        while id == nil, Date() < deadline {
            id = try h.psql("SELECT id FROM task ORDER BY queued LIMIT 1").nilIfEmpty
            if id == nil { try await Task.sleep(for: .milliseconds(50)) }
        }
        let task = try #require(id, "machine B recorded no task")
        let stream = try await curl(port, token, "GET", "/api/v1/tasks/\(task)/events", timeout: 90)
        let b = try await onB.wait()
        #expect(b.status == 0, "\(b.stderr)")
        #expect(stream.status == 200, "\(stream.body)")
        let kinds = stream.body.split(separator: "\n").filter { $0.hasPrefix("event: ") }.map { String($0.dropFirst(7)) }
        #expect(kinds.contains("tool") && kinds.contains("result"), "\(kinds)")
        #expect(kinds.last == "end", "\(kinds)")
        #expect(stream.body.contains(#""status":"done""#), "\(stream.body)")
        #expect(stream.body.contains("write_file"), "\(stream.body)")
    }
}

extension ServeClusterTests {
    /// A task queued through machine A's API (A runs no worker) is claimed by the worker inside
    /// machine B's serve, and A's event stream shows it live: queued, claimed by B, B's steps,
    /// then `end` done; its proposal is on the remote.
    @Test func aTaskQueuedOnOneMachineRunsInAnothersServeAndStreamsOnTheFirst() async throws {
        let model = try await TestHTTPServer.start(queueModel())
        defer { Task { await model.stop() } }
        let h = try await Household.withModel(model.url, machines: 2, leaseSeconds: 3)
        let a = try #require(await ClusterServe.startTogether(h, [0], arguments: ["--workers", "0"]).first)
        defer { a.stop() }
        let b = try #require(await ClusterServe.startTogether(h, [1], arguments: []).first)
        defer { b.stop() }
        let port = try #require(a.port, "\(a.log)")
        #expect(b.port != nil, "\(b.log)")
        let token = try await h.steward(0, ["token"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let started = try await curl(port, token, "POST", "/api/v1/tasks", body: #"{"task":"Write outputs/q1.md","agent":"fileops"}"#)
        #expect(started.status == 202, "\(started.body)")
        let id = try #require((try json(started.body) as? [String: Any])?["id"] as? String)
        let stream = try await curl(port, token, "GET", "/api/v1/tasks/\(id)/events", timeout: 90)
        let kinds = stream.body.split(separator: "\n").filter { $0.hasPrefix("event: ") }.map { String($0.dropFirst(7)) }
        #expect(kinds.first == "queued" && kinds.contains("claimed") && kinds.contains("tool"), "\(kinds) \(b.log)")
        #expect(kinds.last == "end" && stream.body.contains(#""status":"done""#), "\(stream.body) \(b.log)")
        let machineB = try #require(h.machines[1].read(".steward/machine-id")).prefix(12)
        #expect(stream.body.contains(#""worker":"\#(machineB)/"#), "\(stream.body)")
        #expect(try h.psql("SELECT worker FROM task_claim WHERE task = '\(id)'").hasPrefix(String(machineB)))
        let proposal = try h.psql("SELECT proposal FROM task WHERE id = '\(id)'")
        #expect(try await h.remoteFile("refs/heads/steward/\(proposal)", "outputs/q1.md") != nil, "proposal \(proposal)")
    }
}

/// A real `steward serve --port 0` of a household machine, with the household's environment;
/// its stderr is read all along (a full pipe would stop it) and kept in `log`.
final class ClusterServe: @unchecked Sendable {
    // @unchecked: `text` is only touched under `lock`; `process` and `port` are set in init.
    let process = Process()
    private let lock = NSLock()
    private var text = ""
    private(set) var port: Int?

    var log: String {
        lock.lock()
        defer { lock.unlock() }
        return text
    }

    private init(_ h: Household, _ i: Int, arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: try stewardBinary)
        process.arguments = ["serve", "--port", "0", "--workspace", h.machines[i].ws] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "STEWARD_WORKSPACE")
        for (k, v) in h.env { environment[k] = v }
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let reader = err.fileHandleForReading
        Thread { [self] in
            while true {
                let data = reader.availableData
                if data.isEmpty { return }
                lock.lock()
                text += String(decoding: data, as: UTF8.self)
                lock.unlock()
            }
        }.start()
    }

    /// Waits (at most 60 s, sleeping without holding a thread) for the start line, which names
    /// the port.
    private func waitForStart() async {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            let said = log
            if let r = said.range(of: "http://127.0.0.1:"), said.contains("/ (API") {
                port = Int(said[r.upperBound...].prefix { $0.isNumber })
                return
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Starts a serve on each machine in `machines` at once, then waits for each to serve.
    static func startTogether(_ h: Household, _ machines: [Int], arguments: [String]) async -> [ClusterServe] {
        let serves = machines.compactMap { try? ClusterServe(h, $0, arguments: arguments) }
        for s in serves { await s.waitForStart() }
        return serves
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}

/// `curl` against a serve on 127.0.0.1 with the owner's token: the status and the body.
func curl(_ port: Int, _ token: String, _ method: String, _ path: String, body: String? = nil, timeout: Int = 30) async throws -> (
    status: Int, body: String
) {
    var args = ["-s", "-N", "-m", "\(timeout)", "-X", method, "-H", "Authorization: Bearer \(token)", "-w", "\n%{http_code}"]
    if let body { args += ["-H", "Content-Type: application/json", "--data-binary", body] }
    let r = try await run("/usr/bin/curl", args + ["http://127.0.0.1:\(port)\(path)"], stdin: nil, env: [:])
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    return (Int(lines.last ?? "") ?? 0, lines.dropLast().joined(separator: "\n"))
}

/// A command run in a task of its own while the test goes on; its `steward`s do not wait for
/// `childSlots` (running beside the test's own is the point).
final class BackgroundRun: Sendable {
    private let task: Task<Run, any Error>

    init(_ body: @escaping @Sendable () async throws -> Run) {
        task = Task { try await ChildSlots.$unlimited.withValue(true) { try await body() } }
    }

    func wait() async throws -> Run { try await task.value }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
