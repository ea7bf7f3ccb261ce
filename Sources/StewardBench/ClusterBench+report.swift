import Foundation
import StewardCore
import StewardTestSupport

// The tables of `steward-bench cluster`'s runs through real processes (ClusterBench+workers).
extension ClusterBench {
    static func printProcessRuns(_ runs: [ProcessRun], trickle: Int) {
        guard let alone = runs.first(where: { $0.workers == 0 }) else { return }
        let one = runs.first { $0.workers > 0 }?.perMinute ?? .nan
        func p(_ xs: [Double], _ q: Double) -> String { ms(RouterBench.percentile(xs, q)) }
        print(
            "| run | tasks | seconds | tasks per minute | ÷ SQLite | ÷ 1 worker | busy worker's claim p50 | p99 | idle workers: queued → claimed p50 | p99 |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in runs {
            let claims =
                r.workers == 0
                ? "— | — | — | —" : "\(p(r.claimGaps, 0.5)) | \(p(r.claimGaps, 0.99)) | \(p(r.idleClaims, 0.5)) | \(p(r.idleClaims, 0.99))"
            print(
                "| \(r.label) | \(r.tasks.count) | \(String(format: "%.1f", r.span)) | \(count(r.perMinute)) | \(ratio(r.perMinute / alone.perMinute)) | \(r.workers == 0 ? "—" : ratio(r.perMinute / one)) | \(claims) |"
            )
        }
        let held = runs.filter { $0.workers > 0 }.map { "\($0.workers): \($0.connections)" }.joined(separator: ", ")
        print(
            "\nthe most connections the workers held to PostgreSQL at once (sampled every second), by workers: \(held)"
                + "\nbusy worker's claim: its last task finished → its next claimed (after a slot's first claim; the database's clock)"
                + (trickle > 0 ? "; idle workers: \(trickle) tasks queued one at a time, each 0.1–1.1 s after the last was done" : "")
        )
        print(
            "\nWhere a task's time goes, mean per task (ms; p99 in brackets); each worker runs one task at a time, so with more workers than cores each takes longer:\n"
        )
        print(
            "| run | claim (busy worker) | start: fetch `main`, load its config (claimed → model asked) | the model (2 calls, the router's time) | the write: its proposal committed and pushed (1st reply → 2nd request) | the end (2nd reply → done) | a task in all |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|")
        for r in runs {
            func cell(_ f: (TaskTimes) -> Double) -> String {
                let xs = r.tasks.map(f)
                return String(format: "%.0f (%.0f)", xs.reduce(0, +) / Double(max(1, xs.count)) * 1000, RouterBench.percentile(xs, 0.99) * 1000)
            }
            let claim = r.workers == 0 ? "—" : String(format: "%.0f", r.claimGaps.reduce(0, +) / Double(max(1, r.claimGaps.count)) * 1000)
            let first = { (t: TaskTimes) in t.models.first ?? 0 }
            let second = { (t: TaskTimes) in t.models.count > 1 ? t.models[1] : 0 }
            print(
                "| \(r.label) | \(claim) | \(cell { $0.firstAsk - $0.claimed }) | \(cell(\.model)) | \(cell { $0.secondAsk - $0.firstAsk - first($0) }) | \(cell { $0.finished - $0.secondAsk - second($0) }) | \(cell { $0.finished - $0.claimed }) |"
            )
        }
        print("\nThe git commands behind it (every `git` the `steward`s ran while the tasks ran, through a logging wrapper), per task:\n")
        print(
            "| run | pushes | of them refused (a number or lease another machine took first) | push time (ms) | fetches | fetch time (ms) | other git commands | their time (ms) |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for r in runs {
            let n = Double(max(1, r.tasks.count))
            let g = r.git
            print(
                String(
                    format: "| %@ | %.2f | %.2f | %.0f | %.2f | %.0f | %.2f | %.0f |", r.label, Double(g.pushes) / n, Double(g.refused) / n,
                    g.pushSeconds / n * 1000, Double(g.fetches) / n, g.fetchSeconds / n * 1000, Double(g.others) / n, g.otherSeconds / n * 1000))
        }
        let numbers = runs.filter { $0.workers > 0 }.map { "\($0.workers): \($0.numbers.count), highest #\($0.numbers.highest)" }
        print(
            "\nproposal numbers on the remote (each from the database; a gap is one given and never claimed), by workers: \(numbers.joined(separator: "; "))"
        )
        print(
            "\nSQLite: each `steward run` is a process of its own, so its start is the process's start, opening the workspace and its store (nothing is fetched); it pushes its proposal as a worker does. A worker's start is its `sync` of `main` and loading `main`'s config."
        )
    }

    /// The events of the first task of the run, with the model's requests, in time order
    /// (`--trace yes`): what each phase of the table above holds.
    static func printTrace(server: PostgresServer, database: PostgresServer.Database, model: InstantModel) throws {
        let first = try server.psql("SELECT id, prompt FROM task ORDER BY queued, id LIMIT 1", database: database.name)
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").map(String.init)
        guard first.count == 2 else { return }
        let rows = try server.psql(
            "SELECT extract(epoch FROM date), kind, left(json, 100) FROM task_event WHERE task = '\(first[0])' ORDER BY id", database: database.name)
        var lines: [(Double, String)] = rows.split(separator: "\n").compactMap { line in
            let c = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            return c.count == 3 ? (Double(c[0]) ?? 0, "event \(c[1]) \(c[2])") : nil
        }
        let steps = try server.psql(
            "SELECT extract(epoch FROM date), kind, coalesce(name, ''), ms, fence FROM task_step WHERE task = '\(first[0])' ORDER BY idx",
            database: database.name)
        for line in steps.split(separator: "\n") {
            let c = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if c.count == 5 { lines.append((Double(c[0]) ?? 0, "step \(c[1]) \(c[2]) \(c[3]) ms (fence \(c[4]))")) }
        }
        let calls = try server.psql(
            "SELECT extract(epoch FROM date), purpose, latency_ms, coalesce(task, '-') FROM model_call ORDER BY id LIMIT 4", database: database.name)
        for line in calls.split(separator: "\n") {
            let c = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if c.count == 4 { lines.append((Double(c[0]) ?? 0, "model_call \(c[1]) \(c[2]) ms task \(c[3])")) }
        }
        let file = first[1].replacingOccurrences(of: "Write ", with: "")
        lines += model.calls.filter { $0.file == file }.map { ($0.at, "model asked\($0.afterTool ? " after the tool ran" : "")") }
        lines.sort { $0.0 < $1.0 }
        let t0 = lines.first?.0 ?? 0
        print("\ntrace of task \(first[0]) (\(first[1])):")
        for (t, what) in lines { print(String(format: "  %8.1f ms  %@", (t - t0) * 1000, what)) }
    }
}
