import Foundation
import StewardCore
import StewardPostgres
import StewardStore
import StewardTestSupport

#if canImport(Glibc)
    import Glibc
#endif

// What a household gets (issue 17): tasks through real `steward worker` processes, each on a
// clone of its own, against the same tasks run by `steward run` one after another on one machine
// on SQLite. Every task is a whole agent run with an instant model: the worker claims it, fetches
// `main`, the fileops agent asks the model, writes the file the task names (the proposal opened
// and pushed), asks again and finishes; the worker waits until the proposal is on the remote,
// then ends the task. See ClusterBench.swift for the options and what is printed.
extension ClusterBench {
    struct ProcessOptions {
        var tasks = 60
        var trickle = 20
        var workerCounts = [1, 2, 4]
        var pollSeconds = 1.0
        var modelSeconds = 0.0
        var steward = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("steward").path
    }

    /// One task's times, seconds since 1970: the database's (queued, claimed, finished) and the
    /// model server's (its two requests), for the SQLite run the bench's clock around `steward run`.
    struct TaskTimes {
        var holder = ""
        var queued = 0.0
        var claimed = 0.0
        var finished = 0.0
        var firstAsk = 0.0
        var secondAsk = 0.0
        /// The router's time for each of the two model calls (the task's `model` steps), seconds.
        var models: [Double] = []
        var model: Double { models.reduce(0, +) }
    }

    /// A run's figures.
    struct ProcessRun {
        let label: String
        let workers: Int
        let tasks: [TaskTimes]
        /// Seconds from the first claim (SQLite: the first `steward run`'s start) to the last end.
        let span: Double
        /// Each worker slot's claims after its first: from the moment a task waited and the slot
        /// was free (its previous task finished) to the claim.
        let claimGaps: [Double]
        /// Tasks queued one at a time while every worker was idle: queued → claimed.
        let idleClaims: [Double]
        /// The git commands its `steward`s ran while the tasks ran.
        var git = GitCalls()
        /// The most connections the workers held to the database at once (sampled every second).
        var connections = 0
        /// The proposal numbers on the remote: how many, and the highest (numbers the database
        /// gave and nobody claimed are gaps, spec 22.4 "Numbers").
        var numbers = (count: 0, highest: 0)
        var perMinute: Double { Double(tasks.count) / span * 60 }
    }

    static func processRuns(server: PostgresServer, _ o: ProcessOptions, root: String, trace: Bool) async throws -> [ProcessRun] {
        guard FileManager.default.isExecutableFile(atPath: o.steward) else {
            throw StewardError.failure("\(o.steward) not found; build the steward product too, or give --steward PATH")
        }
        let model = InstantModel(replySeconds: o.modelSeconds)
        let http = try await TestHTTPServer.start { model.respond($0) }
        defer { Task { await http.stop() } }
        try FileManager.default.createDirectory(atPath: root + "/home", withIntermediateDirectories: true)
        try GitCalls.installWrapper(in: root + "/bin")
        func env(_ name: String) -> [String: String] {
            [
                "PATH": root + "/bin:/usr/bin:/bin", "HOME": root + "/home", "PGPASSWORD": server.password,
                GitCalls.logVariable: root + "/\(name).git.log",
            ]
        }
        var runs: [ProcessRun] = []
        progress("SQLite: \(o.tasks) tasks by `steward run`, one after another, on one machine…")
        let alone = try ClusterHousehold(
            "sqlite", machines: 1, in: root, steward: o.steward, env: env("sqlite"), modelURL: http.url, databaseURL: nil)
        runs.append(try await sqliteProcessRun(alone, tasks: o.tasks, model: model))
        for k in o.workerCounts {
            progress("PostgreSQL: \(o.tasks) queued tasks, \(k) `steward worker` process\(k == 1 ? "" : "es") on \(k) clone\(k == 1 ? "" : "s")…")
            let database = try server.makeDatabase("workers\(k)")
            let h = try ClusterHousehold(
                "w\(k)", machines: k, in: root, steward: o.steward, env: env("w\(k)"), modelURL: http.url, databaseURL: database.url)
            runs.append(try await workerRun(h, server: server, database: database, workers: k, o, model: model))
            if trace { try printTrace(server: server, database: database, model: model) }
            try server.psql("DROP DATABASE \(database.name)")
        }
        return runs
    }

    /// `steward run` of each task in turn on one machine, SQLite, pushing each proposal.
    static func sqliteProcessRun(_ h: ClusterHousehold, tasks: Int, model: InstantModel) async throws -> ProcessRun {
        var times: [TaskTimes] = []
        for n in 0..<tasks {
            var t = TaskTimes(holder: "one machine")
            t.queued = Date().timeIntervalSince1970
            t.claimed = t.queued
            try h.run(["run", "--agent", "fileops", "Write outputs/s-\(n).md"], in: h.machines[0])
            t.finished = Date().timeIntervalSince1970
            times.append(t)
        }
        let store = try Store(path: h.machines[0] + "/.steward/steward.db")
        let records = try await store.tasks(limit: tasks + 10)
        let proposals = try h.remoteRefs("refs/steward/proposals/").count
        guard records.count == tasks, records.allSatisfy({ $0.status == .done }), proposals == tasks else {
            throw StewardError.failure(
                "SQLite: \(records.filter { $0.status == .done }.count) of \(tasks) tasks done (\(records.count) recorded), \(proposals) proposals on the remote"
            )
        }
        let calls = model.calls.filter { $0.file.hasPrefix("outputs/s-") }
        for i in times.indices {
            try fillAsks(&times[i], file: "outputs/s-\(i).md", calls)
            guard let record = records.first(where: { $0.prompt == "Write outputs/s-\(i).md" }) else { continue }
            times[i].models = try await store.steps(of: record.id).filter { $0.kind == .model }.map { $0.ms / 1000 }
        }
        let (from, to) = (times.first?.claimed ?? 0, times.last?.finished ?? 0)
        var run = ProcessRun(
            label: "SQLite, one machine, `steward run` one after another", workers: 0, tasks: times, span: to - from, claimGaps: [], idleClaims: [])
        run.git = try GitCalls.read(h.env[GitCalls.logVariable] ?? "", from: from, to: to)
        return run
    }

    /// The two model requests of `file`'s task; each asked exactly once, else the task ran twice.
    static func fillAsks(_ t: inout TaskTimes, file: String, _ calls: [InstantModel.Call]) throws {
        let mine = calls.filter { $0.file == file }
        let first = mine.filter { !$0.afterTool }
        let second = mine.filter { $0.afterTool }
        guard first.count == 1, second.count == 1 else {
            throw StewardError.failure(
                "\(file): the model was asked \(first.count) time(s) to write it and \(second.count) time(s) after; once each was expected")
        }
        t.firstAsk = first[0].at
        t.secondAsk = second[0].at
    }

    /// `workers` worker processes drain `o.tasks` queued tasks; then `o.trickle` tasks queued one
    /// at a time, each once the last is done and every worker idle.
    static func workerRun(
        _ h: ClusterHousehold, server: PostgresServer, database: PostgresServer.Database, workers k: Int, _ o: ProcessOptions, model: InstantModel
    ) async throws -> ProcessRun {
        let db = try await PostgresDatabase.open(
            try DatabaseURL.parse(database.url, place: "the bench's URL"), rootCommit: try h.rootCommit(), maximumConnections: 2,
            environment: ["PGPASSWORD": server.password], home: "/nonexistent")
        let main = try git(h.machines[0], ["rev-parse", "main"])
        func enqueue(_ file: String) async throws -> String {
            let id = TaskRecord.newID()
            try await db.enqueue(
                id: id, prompt: "Write \(file)", agent: "fileops", mainCommit: main,
                queuedJSON: #"{"agent":"fileops","noCloud":false,"private":false}"#)
            return id
        }
        var files: [String: String] = [:]  // task id → file
        for n in 0..<o.tasks {
            let file = "outputs/w\(k)-\(n).md"
            files[try await enqueue(file)] = file
        }
        let processes = try (0..<k).map { try WorkerProcess(h, machine: $0, pollSeconds: o.pollSeconds) }
        var stopped = false
        defer { if !stopped { for p in processes { kill(p.process.processIdentifier, SIGKILL) } } }
        func logs() -> String { processes.enumerated().map { "worker \($0.offset):\n\($0.element.log.suffix(3000))" }.joined(separator: "\n") }
        // The bench's own connections, counted before any worker runs, are not the workers'.
        let countSQL = "SELECT count(*) FROM pg_stat_activity WHERE datname = '\(database.name)' AND pid <> pg_backend_pid()"
        func connections() -> Int { Int((try? server.psql(countSQL))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0 }
        let own = connections()
        var most = 0
        try await waitDone(db, count: o.tasks, seconds: 120 + 10 * Double(o.tasks), logs: logs) { most = max(most, connections() - own) }
        // Idle workers: one task at a time, each after a pause of 0.1 to 1.1 s (a fixed sequence).
        var idle: [String] = []
        var seed: UInt64 = 17
        for n in 0..<o.trickle {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            try await Task.sleep(for: .milliseconds(100 + Int(seed >> 33) % 1000))
            let file = "outputs/w\(k)-t\(n).md"
            let id = try await enqueue(file)
            files[id] = file
            idle.append(id)
            try await waitDone(db, count: o.tasks + n + 1, seconds: 120, logs: logs) { most = max(most, connections() - own) }
        }
        stopped = true
        for (i, p) in processes.enumerated() {
            let status = await p.stop()
            guard status == 0 else {
                throw StewardError.failure(
                    "worker \(i) did not stop cleanly on SIGTERM (\(status.map { "exit \($0)" } ?? "still running")):\n\(p.log.suffix(3000))")
            }
        }
        await db.close()
        try checkOnce(h, server: server, database: database, total: o.tasks + o.trickle)

        // The database's times of every task, and the router's model time.
        let rows = try server.psql(
            """
            SELECT t.id, c.worker, extract(epoch FROM t.queued), extract(epoch FROM c.claimed), extract(epoch FROM t.finished),
                   array_to_string(ARRAY(SELECT ms / 1000 FROM task_step s WHERE s.task = t.id AND s.kind = 'model' ORDER BY idx), ',')
            FROM task t JOIN task_claim c ON c.task = t.id ORDER BY c.claimed
            """, database: database.name)
        let calls = model.calls
        var byID: [String: TaskTimes] = [:]
        for line in rows.split(separator: "\n") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 6, let file = files[cells[0]] else { throw StewardError.failure("unexpected row: \(line)") }
            var t = TaskTimes(
                holder: cells[1], queued: Double(cells[2]) ?? .nan, claimed: Double(cells[3]) ?? .nan, finished: Double(cells[4]) ?? .nan,
                models: cells[5].split(separator: ",").map { Double($0) ?? .nan })
            try fillAsks(&t, file: file, calls)
            byID[cells[0]] = t
        }
        let idleSet = Set(idle)
        let backlog = byID.filter { !idleSet.contains($0.key) }.map(\.value).sorted { $0.claimed < $1.claimed }
        // A slot's claim after its first: the task waited since it was queued, the slot since its
        // last task finished.
        var gaps: [Double] = []
        var lastEnd: [String: Double] = [:]
        for t in backlog {
            if let end = lastEnd[t.holder] { gaps.append(t.claimed - max(t.queued, end)) }
            lastEnd[t.holder] = t.finished
        }
        let (from, to) = (backlog.map(\.claimed).min() ?? 0, backlog.map(\.finished).max() ?? 0)
        var run = ProcessRun(
            label: "PostgreSQL, \(k) `steward worker`\(k == 1 ? "" : "s")", workers: k, tasks: backlog, span: to - from, claimGaps: gaps,
            idleClaims: idle.compactMap { byID[$0] }.map { $0.claimed - $0.queued })
        run.git = try GitCalls.read(h.env[GitCalls.logVariable] ?? "", from: from, to: to)
        run.connections = most
        let claimed = try h.remoteRefs("refs/steward/proposals/").compactMap { $0.split(separator: "/").last.flatMap { Int($0) } }
        run.numbers = (claimed.count, claimed.max() ?? 0)
        return run
    }

    /// Waits until `count` tasks are done; throws at once on a failed or interrupted task, and
    /// after `seconds` with the workers' logs.
    static func waitDone(
        _ db: PostgresDatabase, count: Int, seconds: Double, logs: () -> String, everySecond sample: () -> Void = {}
    ) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        var sampled = Date.distantPast
        while true {
            if Date().timeIntervalSince(sampled) >= 1 {
                sample()
                sampled = Date()
            }
            let tasks = try await db.tasks(limit: count + 100)
            let bad = tasks.filter { $0.status == .failed || $0.status == .interrupted }
            guard bad.isEmpty else {
                throw StewardError.failure("task \(bad[0].id) ended \(bad[0].status.rawValue): \(bad[0].error ?? "")\n\(logs())")
            }
            let done = tasks.filter { $0.status == .done }.count
            if done >= count { return }
            guard Date() < deadline else { throw StewardError.failure("\(done) of \(count) tasks done after \(Int(seconds)) s\n\(logs())") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Every task done, each claimed once (fence 1, no hand-over), each with a proposal of its
    /// own, all of them on the remote. A bench is not a test, but a task not done, or done twice,
    /// makes its figures wrong: it stops the bench.
    static func checkOnce(_ h: ClusterHousehold, server: PostgresServer, database: PostgresServer.Database, total: Int) throws {
        let sql = """
            SELECT (SELECT count(*) FROM task WHERE status = 'done'), (SELECT count(*) FROM task),
                   (SELECT count(*) FROM task_claim), (SELECT count(DISTINCT task) FROM task_claim), (SELECT max(fence) FROM task_claim),
                   (SELECT count(DISTINCT proposal) FROM task WHERE proposal > 0)
            """
        let got = try server.psql(sql, database: database.name).trimmingCharacters(in: .whitespacesAndNewlines)
        let proposals = try h.remoteRefs("refs/steward/proposals/").count
        guard got == "\(total)|\(total)|\(total)|\(total)|1|\(total)", proposals == total else {
            throw StewardError.failure(
                "not every task done exactly once: done|tasks|claims|tasks claimed|highest fence|proposals = \(got), \(proposals) proposals on the remote; expected \(total) of each, fence 1"
            )
        }
    }
}
