import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Proposal numbers from the shared database (spec 22.4, "Numbers"; issue 17): machines with
/// `[database]` take each number from PostgreSQL first and claim it on the `git daemon` remote,
/// which still decides. Every `git` the `steward`s run goes through `PushLog`'s wrapper, which
/// counts the pushes git refused.
@Suite("Proposal numbers from the shared database", .serialized)
struct DatabaseNumberTests {
    /// Three workers on three clones drain 24 queued tasks: numbers 1 to 24, one a task, and no
    /// push refused (before: a worker that had not fetched the others' claims pushed a number
    /// already taken, about once a task).
    @Test func threeWorkersTakeDistinctNumbersAndNoPushIsRefused() async throws {
        let server = try await TestHTTPServer.start(queueModel())
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 3, leaseSeconds: 3)
        let git = try PushLog()
        for n in 1...24 { _ = try await h.enqueue(n % 3, "Write outputs/n\(n).md") }
        let workers = try (0..<3).map { try BackgroundSteward.worker(h, $0, env: git.env) }
        try await eventually("24 tasks done") {
            #expect(try h.psql("SELECT count(*) FROM task WHERE status IN ('failed', 'interrupted')") == "0", "\(workers.map(\.log))")
            return try h.psql("SELECT count(*) FROM task WHERE status = 'done'") == "24"
        }
        for w in workers { w.signal(SIGTERM) }
        for w in workers { #expect(await w.waitExit() == 0, "\(w.log)") }

        let numbers = try h.psql("SELECT proposal FROM task ORDER BY proposal").split(separator: "\n").compactMap { Int($0) }
        #expect(numbers == Array(1...24))
        #expect(try h.psql("SELECT last FROM proposal_number") == "24")
        #expect(try await h.remoteRefs("refs/steward/proposals/").count == 24)
        #expect(try await h.remoteRefs("refs/heads/steward/").count == 24)
        let pushes = git.pushes()
        #expect(pushes.count >= 24, "every proposal is pushed through the wrapper: \(pushes)")
        #expect(pushes.filter { $0 != 0 }.count == 0, "refused pushes: \(pushes)")
    }

    /// A machine without `[database]` takes #2 on the remote while the database's counter is at
    /// 1: the next proposal through the database is given 2, refused on the remote, and takes 3
    /// (the counter moved past the remote's claims); the one after it is 4 with no refusal.
    /// Nothing is lost: each number is one proposal holding its own file.
    @Test func aMachineWithoutTheDatabaseTakesANumberMeanwhileAndTheDatabaseMovesOn() async throws {
        let server = try await TestHTTPServer.start(queueModel())
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 3)
        try Self.dropDatabase(h.machines[1])
        let git = try PushLog()

        let first = try await h.steward(0, ["run", "--agent", "fileops", "Write outputs/a1.md"], env: git.env)
        #expect(first.status == 0 && first.stdout.contains("Proposal #1"), "\(first.stdout)\(first.stderr)")
        #expect(try await h.steward(1, ["sync"]).status == 0)
        let alone = try await h.steward(1, ["run", "--agent", "fileops", "Write outputs/b2.md"])
        #expect(alone.status == 0 && alone.stdout.contains("Proposal #2"), "\(alone.stdout)\(alone.stderr)")
        #expect(try h.psql("SELECT last FROM proposal_number") == "1")

        let moved = try await h.steward(0, ["run", "--agent", "fileops", "Write outputs/a3.md"], env: git.env)
        #expect(moved.status == 0 && moved.stdout.contains("Proposal #3"), "\(moved.stdout)\(moved.stderr)")
        #expect(try h.psql("SELECT last FROM proposal_number") == "3")
        #expect(git.pushes().filter { $0 != 0 }.count == 1, "one refused push (#2 taken): \(git.pushes())")

        let next = try await h.steward(0, ["run", "--agent", "fileops", "Write outputs/a4.md"], env: git.env)
        #expect(next.status == 0 && next.stdout.contains("Proposal #4"), "\(next.stdout)\(next.stderr)")
        #expect(git.pushes().filter { $0 != 0 }.count == 1, "no refusal for #4: \(git.pushes())")

        #expect(try await h.remoteRefs("refs/steward/proposals/").sorted() == (1...4).map { "refs/steward/proposals/\($0)" })
        for (n, file) in [(1, "a1"), (2, "b2"), (3, "a3"), (4, "a4")] {
            #expect(try await h.remoteFile("refs/heads/steward/\(n)", "outputs/\(file).md") == "written for outputs/\(file).md\n")
        }
        #expect(try await h.remoteFile("refs/heads/steward/3", "outputs/b2.md") == nil)
    }

    /// `steward run` killed after taking #1 from the database and before its push (its `git
    /// push` held, then the process and the push killed): #1 is a gap, never given again; the
    /// next proposals are #2 (this machine) and #3 (another), and no claim of #1 exists.
    @Test func aProcessKilledBeforeItsPushLeavesAGapNeverADuplicate() async throws {
        let server = try await TestHTTPServer.start(queueModel())
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 3)
        let git = try PushLog()
        try git.holdPushes()
        let killed = try BackgroundSteward(h, 0, ["run", "--agent", "fileops", "Write outputs/k1.md"], env: git.env)
        try await eventually("the run's push is held") { git.heldPush() != nil }
        #expect(try h.psql("SELECT last FROM proposal_number") == "1")
        killed.signal(SIGKILL)
        // The held push too (Foundation sees the run end only once its descriptors close).
        if let push = git.heldPush() { kill(push, SIGKILL) }
        #expect(await killed.waitExit() == SIGKILL)
        try git.releasePushes()

        let again = try await h.steward(0, ["run", "--agent", "fileops", "Write outputs/k2.md"], env: git.env)
        #expect(again.status == 0 && again.stdout.contains("Proposal #2"), "\(again.stdout)\(again.stderr)")
        let other = try await h.steward(1, ["run", "--agent", "fileops", "Write outputs/k3.md"], env: git.env)
        #expect(other.status == 0 && other.stdout.contains("Proposal #3"), "\(other.stdout)\(other.stderr)")
        #expect(try h.psql("SELECT last FROM proposal_number") == "3")
        #expect(try await h.remoteRefs("refs/steward/proposals/").sorted() == ["refs/steward/proposals/2", "refs/steward/proposals/3"])
        let here = try await h.machines[0].git("for-each-ref", "--format=%(refname)", "refs/steward/proposals/").split(separator: "\n")
        #expect(here.sorted() == ["refs/steward/proposals/2"])
        #expect(git.pushes().filter { $0 != 0 }.count == 0, "\(git.pushes())")
    }

    /// Removes `[database]` (and what follows it, which `Household` appended) from a machine's
    /// `.steward/config.toml`: it works on SQLite alone, numbering on the remote as before.
    static func dropDatabase(_ machine: Sandbox) throws {
        let path = machine.ws + "/.steward/config.toml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let kept = text.range(of: "\n[database]\n").map { String(text[..<$0.lowerBound]) + "\n" } ?? text
        #expect(kept != text)
        try kept.write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// A `git` first on the `PATH` of the `steward`s given `env`: it runs `/usr/bin/git` and notes
/// each push's exit status (non-zero: git refused it, a number or lease another machine took
/// first). While `holdPushes()` is in force a push waits instead of running, its pid noted: a
/// process stopped between taking its number and pushing it.
final class PushLog: @unchecked Sendable {
    // @unchecked: only files, written by the wrapper and read here.
    let dir: String

    init() throws {
        dir = FileManager.default.temporaryDirectory.path + "/steward-push-log-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let script = """
            #!/bin/bash
            for a in "$@"; do
              if [ "$a" = push ]; then
                if [ -e '\(dir)/hold' ]; then echo $$ > '\(dir)/held.tmp' && mv '\(dir)/held.tmp' '\(dir)/held'; exec sleep 600; fi
                /usr/bin/git "$@" 2> >(tee '\(dir)/err.'$$ >&2)
                rc=$?
                wait $!
                echo $rc >> '\(dir)/pushes'
                if [ $rc != 0 ]; then { echo "in $PWD (by $(tr '\\0' ' ' < /proc/$PPID/cmdline)): git $*"; cat '\(dir)/err.'$$; } >> '\(dir)/refusals'; fi
                rm -f '\(dir)/err.'$$
                exit $rc
              fi
            done
            exec /usr/bin/git "$@"

            """
        try script.write(toFile: dir + "/git", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir + "/git")
    }

    deinit { try? FileManager.default.removeItem(atPath: dir) }

    var env: [String: String] { ["PATH": dir + ":/usr/bin:/bin"] }

    /// Each push's exit status, in the order they ended.
    func pushes() -> [Int] {
        ((try? String(contentsOfFile: dir + "/pushes", encoding: .utf8)) ?? "").split(separator: "\n").compactMap { Int($0) }
    }

    /// Where each refused push ran (the folder, and the `steward` command that ran git), its
    /// arguments and what git said.
    func refusals() -> String { (try? String(contentsOfFile: dir + "/refusals", encoding: .utf8)) ?? "" }

    func holdPushes() throws { try Data().write(to: URL(fileURLWithPath: dir + "/hold")) }
    func releasePushes() throws { try FileManager.default.removeItem(atPath: dir + "/hold") }

    /// The pid of the push being held, once one is.
    func heldPush() -> pid_t? {
        ((try? String(contentsOfFile: dir + "/held", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)).flatMap { pid_t($0) }
    }
}
