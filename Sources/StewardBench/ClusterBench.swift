import Foundation
import StewardCore
import StewardPostgres
import StewardStore
import StewardTestSupport

// steward-bench cluster [--tasks 60] [--trickle 20] [--workers 1,2,4] [--poll-seconds 1] [--model-seconds 0] [--steward PATH]
//                       [--durable yes] [--trace yes]
//                       [--queries yes] [--query-tasks 300] [--steps 4] [--rounds 3] [--held 0,100,1000]
//
// The shared queue (issue 17, spec 23.4) with an instant scripted model (or one taking
// `--model-seconds` to stream each of its replies), in one run on a
// PostgreSQL cluster the bench starts on 127.0.0.1 (initdb; fsync off as in the tests, or on with
// `--durable yes` as a real server runs) and a `git daemon` on 127.0.0.1.
//
// First what a household gets (ClusterBench+workers.swift): `--tasks` tasks queued, then drained
// by 1, 2 and 4 real `steward worker` processes (`--poll-seconds`), each on a clone of its own of
// one workspace, fetching `main` and pushing each task's proposal to the git daemon's remote;
// against the same tasks run by `steward run` one after another on one machine on SQLite (its
// proposals pushed to a remote the same way). Tasks a minute (from the first claim to the last
// finish, the database's clock), the claim as a busy worker sees it (its last task finished →
// the next claimed), then `--trickle` tasks queued one at a time while every worker is idle
// (queued → claimed: what a person waits before a worker starts), and where each task's time
// goes. Every run must end with every task done exactly once (claimed once, fence 1, one
// proposal each on the remote, the model asked once per reply), else the bench fails.
//
// Then, unless `--queries no`, the queue's queries alone, in this process (the figures of the
// first version of this bench): a task is what a worker writes for it: the claim (one
// transaction: pick with FOR UPDATE SKIP LOCKED, raise the fence, task_claim, a `claimed`
// event), `--steps` steps each with its event (the lease check runs on each insert), and the
// fenced finish. 1, 2 and 4 workers, each with a pool of its own, drain `--query-tasks` queued
// tasks from a fresh database; against the same tasks on the SQLite store in one process (the
// task saved running, the same steps, saved done; no queue). Rounds interleave the runs; each
// figure is the median of the rounds. Claim latency: every claim of every round, p50 and p99.
// Then the claim alone behind `--held` tasks running under live leases older than every queued
// one (what many busy workers leave in the queue's index): 200 claims, each finished at once.
enum ClusterBench {
    struct Figures {
        var perMinute: [Double] = []
        var claims: [Double] = []
    }

    static func run(_ args: [String]) async throws {
        var o = ProcessOptions()
        var tasks = 300
        var steps = 4
        var rounds = 3
        var durable = false
        var queries = true
        var trace = false
        var held = [0, 100, 1000]
        func counts(_ v: String) -> [Int] { v.split(separator: ",").compactMap { Int($0) } }
        readOptions(
            args,
            usage: """
                usage: steward-bench cluster [--tasks N] [--trickle N] [--workers 1,2,4] [--poll-seconds S] [--model-seconds S] [--steward PATH] [--durable yes]
                                             [--trace yes] [--queries no] [--query-tasks N] [--steps N] [--rounds N] [--held 0,100,1000]

                """,
            [
                "--tasks": { v in o.tasks = max(1, Int(v) ?? o.tasks) },
                "--trickle": { v in o.trickle = max(0, Int(v) ?? o.trickle) },
                "--workers": { v in o.workerCounts = counts(v).filter { $0 > 0 } },
                "--poll-seconds": { v in o.pollSeconds = min(60, max(0.1, Double(v) ?? o.pollSeconds)) },
                "--model-seconds": { v in o.modelSeconds = min(60, max(0, Double(v) ?? 0)) },
                "--steward": { v in o.steward = v },
                "--trace": { v in trace = v == "yes" },
                "--queries": { v in queries = v != "no" },
                "--query-tasks": { v in tasks = max(10, Int(v) ?? tasks) },
                "--steps": { v in steps = max(0, Int(v) ?? steps) },
                "--rounds": { v in rounds = max(1, Int(v) ?? rounds) },
                "--durable": { v in durable = v == "yes" },
                "--held": { v in held = counts(v).filter { $0 >= 0 } },
            ])
        let load = { (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init) ?? "?" }
        progress("starting a PostgreSQL cluster on 127.0.0.1…")
        let server = try PostgresServer.privateCluster(durable: durable)
        defer { server.remove() }
        let root = FileManager.default.temporaryDirectory.path + "/steward-cluster-bench-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let flushing = durable ? "every commit flushed (fsync on)" : "fsync, synchronous_commit and full_page_writes off"
        if !o.workerCounts.isEmpty {
            let loadBefore = load()
            let started = Date()
            let runs = try await processRuns(server: server, o, root: root + "/households", trace: trace)
            print(
                "\nWhat a household gets: \(o.tasks) tasks, each a whole agent run with \(o.modelSeconds == 0 ? "an instant model" : "a model taking \(Setting.show(o.modelSeconds)) s a reply") (2 replies), its proposal pushed to a `git daemon` on 127.0.0.1; PostgreSQL with \(flushing); workers poll every \(Setting.show(o.pollSeconds)) s when idle; \(Int(Date().timeIntervalSince(started))) s in all (load \(loadBefore) before, \(load()) after)\n"
            )
            printProcessRuns(runs, trickle: o.trickle)
        }
        guard queries else { return }
        let loadBefore = load()
        var sqlite = Figures()
        var postgres: [Int: Figures] = [:]
        let workerCounts = o.workerCounts.isEmpty ? [1, 2, 4] : o.workerCounts
        for round in 0...rounds {
            // Round 0 warms up (connections, plans, the file cache) and is not counted.
            progress("the queries alone: round \(round) of \(rounds)\(round == 0 ? " (warm-up)" : "")…")
            let s = try await sqliteRun(tasks: tasks, steps: steps, path: root + "/r\(round)/steward.db")
            if round > 0 { sqlite.perMinute.append(s) }
            for n in workerCounts {
                let (perMinute, claims) = try await postgresRun(server: server, workers: n, tasks: tasks, steps: steps)
                if round > 0 {
                    postgres[n, default: Figures()].perMinute.append(perMinute)
                    postgres[n, default: Figures()].claims += claims
                }
            }
        }
        let base = Bench.median(sqlite.perMinute)
        let one = postgres[workerCounts.first ?? 1].map { Bench.median($0.perMinute) } ?? .nan
        print(
            "\nThe queue's queries alone, in one process: \(tasks) tasks of \(steps) steps each, no model, no git; PostgreSQL with \(flushing); median of \(rounds) rounds (load \(loadBefore) before, \(load()) after)\n"
        )
        print("| run | tasks per minute | ÷ SQLite, one process | ÷ 1 worker | claim p50 | claim p99 |")
        print("|---|---:|---:|---:|---:|---:|")
        print("| SQLite store, one process (no queue) | \(count(base)) | 1.00× | — | — | — |")
        for n in workerCounts {
            guard let f = postgres[n] else { continue }
            let m = Bench.median(f.perMinute)
            print(
                "| PostgreSQL, \(n) worker\(n == 1 ? "" : "s") | \(count(m)) | \(ratio(m / base)) | \(ratio(m / one)) | \(ms(RouterBench.percentile(f.claims, 0.5))) | \(ms(RouterBench.percentile(f.claims, 0.99))) |"
            )
        }
        try await heldRuns(server: server, held: held)
    }

    /// Claim latency behind each count of `held` running tasks.
    static func heldRuns(server: PostgresServer, held: [Int]) async throws {
        guard !held.isEmpty else { return }
        print("\n| running tasks ahead in the queue (live leases) | claim p50 | claim p99 |")
        print("|---:|---:|---:|")
        for h in held {
            progress("claims behind \(h) running tasks…")
            let database = try server.makeDatabase("held")
            let db = try await PostgresDatabase.open(
                try DatabaseURL.parse(database.url, place: "the bench's URL"), rootCommit: String(repeating: "c3", count: 20), maximumConnections: 2,
                environment: ["PGPASSWORD": server.password], home: "/nonexistent")
            for i in 0..<(h + 220) { try await db.enqueue(id: String(format: "t%06d", i), prompt: "task \(i)") }
            for _ in 0..<h { _ = try await db.claim(worker: "busy", serving: [], leaseSeconds: 600) }
            var claims: [Double] = []
            for i in 0..<220 {
                let t = Date()
                guard let lease = try await db.claim(worker: "bench", serving: [], leaseSeconds: 60) else { break }
                if i >= 20 { claims.append(Date().timeIntervalSince(t)) }  // 20 warm-up claims
                try await db.finish(lease, status: .done)
            }
            await db.close()
            try server.psql("DROP DATABASE \(database.name)")
            print("| \(h) | \(ms(RouterBench.percentile(claims, 0.5))) | \(ms(RouterBench.percentile(claims, 0.99))) |")
        }
    }

    /// One process on the SQLite store: each task saved running, its steps, saved done.
    static func sqliteRun(tasks: Int, steps: Int, path: String) async throws -> Double {
        let store = try Store(path: path)
        let start = Date()
        for i in 0..<tasks {
            let id = String(format: "t%05d", i)
            var task = TaskRecord(id: id, prompt: "task \(i)", agent: "bench", agentReason: "", started: Date())
            try await store.saveTask(task)
            for s in 0..<steps { try await store.addStep(step(id, s)) }
            task.status = .done
            task.steps = steps
            task.finished = Date()
            try await store.saveTask(task)
        }
        return Double(tasks) / Date().timeIntervalSince(start) * 60
    }

    /// `workers` workers, each with a pool of its own, draining `tasks` queued tasks from a fresh
    /// database; tasks per minute and every claim's seconds.
    static func postgresRun(server: PostgresServer, workers: Int, tasks: Int, steps: Int) async throws -> (Double, [Double]) {
        let database = try server.makeDatabase("bench")
        let url = try DatabaseURL.parse(database.url, place: "the bench's URL")
        let environment = ["PGPASSWORD": server.password]
        let root = String(repeating: "c3", count: 20)
        let setup = try await PostgresDatabase.open(url, rootCommit: root, maximumConnections: 2, environment: environment, home: "/nonexistent")
        for i in 0..<tasks { try await setup.enqueue(id: String(format: "t%05d", i), prompt: "task \(i)") }
        await setup.close()
        var pools: [PostgresDatabase] = []
        for _ in 0..<workers {
            pools.append(
                try await PostgresDatabase.open(url, rootCommit: root, maximumConnections: 2, environment: environment, home: "/nonexistent"))
        }
        let start = Date()
        let claims = try await withThrowingTaskGroup(of: [Double].self) { group in
            for (w, db) in pools.enumerated() {
                group.addTask {
                    var claims: [Double] = []
                    while true {
                        let t = Date()
                        guard let lease = try await db.claim(worker: "bench/\(w)", serving: [], leaseSeconds: 60) else { break }
                        claims.append(Date().timeIntervalSince(t))
                        for s in 0..<steps {
                            try await db.addStep(step(lease.task, s), under: lease)
                            try await db.addEvent(kind: "step", json: "{\"index\":\(s)}", under: lease)
                        }
                        try await db.finish(lease, status: .done, summary: "done")
                    }
                    return claims
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        let seconds = Date().timeIntervalSince(start)
        for db in pools { await db.close() }
        let done = try server.psql("SELECT count(*) FROM task WHERE status = 'done'", database: database.name)
        guard Int(done.trimmingCharacters(in: .whitespacesAndNewlines)) == tasks, claims.count == tasks else {
            throw StewardError.failure("\(workers) workers finished \(done) of \(tasks) tasks with \(claims.count) claims")
        }
        try server.psql("DROP DATABASE \(database.name)")
        return (Double(tasks) / seconds * 60, claims)
    }

    static func step(_ task: String, _ index: Int) -> TaskStepRecord {
        TaskStepRecord(
            task: task, index: index, date: Date(), kind: .note, model: "scripted", name: nil, input: "step \(index) in", output: "step \(index) out",
            ok: true, inputTokens: 10, outputTokens: 10, costUSD: 0, ms: 0)
    }

    static func count(_ x: Double) -> String { x.isNaN ? "—" : x.formatted(.number.precision(.fractionLength(0))) }
    static func ratio(_ x: Double) -> String { x.isNaN ? "—" : String(format: "%.2f×", x) }
    static func ms(_ s: Double) -> String { s.isNaN ? "—" : String(format: "%.2f ms", s * 1000) }
}
