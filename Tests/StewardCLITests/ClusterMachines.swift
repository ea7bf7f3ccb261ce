import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Set-up shared by the tests of machines that share a `git daemon` remote and a PostgreSQL
/// (`Household`): DatabaseNumberTests, DatabaseNumberRollbackSyncTests, LateOfflineReviewTests,
/// WorkerHandOverTests. A helper that checks something records a failure at its caller's line.
extension Household {
    /// `machines` machines (leases of `leaseSeconds`) on a `queueModel()` server, and a `PushLog`
    /// for the `git` of the `steward`s given its `env`. The caller stops the server.
    static func numbering(machines: Int, leaseSeconds: Double) async throws -> (server: TestHTTPServer, h: Household, git: PushLog) {
        let server = try await TestHTTPServer.start(queueModel())
        do {
            return (server, try await Household.withModel(server.url, machines: machines, leaseSeconds: leaseSeconds), try PushLog())
        } catch {
            await server.stop()
            throw error
        }
    }

    /// Two machines (leases of 2 s) on a `HandOverModel` server: a task's first holder waits
    /// forever on its second reply. The caller stops the server.
    static func handingOver() async throws -> (server: TestHTTPServer, h: Household) {
        let server = try await TestHTTPServer.start(HandOverModel().respond)
        do {
            return (server, try await Household.withModel(server.url, machines: 2, leaseSeconds: 2))
        } catch {
            await server.stop()
            throw error
        }
    }

    /// `steward run --agent fileops "Write outputs/NAME.md"` on machine `i`, which must make
    /// proposal `proposal` (`#3`, or `o1` when the remote does not answer).
    @discardableResult
    func write(
        _ i: Int, _ name: String, as proposal: String, env extra: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Run {
        let r = try await steward(i, ["run", "--agent", "fileops", "Write outputs/\(name).md"], env: extra)
        #expect(r.status == 0 && r.stdout.contains("Proposal \(proposal)"), "\(r.stdout)\(r.stderr)", sourceLocation: sourceLocation)
        return r
    }

    /// Machine `i`'s remote stops answering (a closed port on 127.0.0.1).
    func takeOffline(_ i: Int) async throws {
        _ = try await machines[i].git("remote", "set-url", "origin", "git://127.0.0.1:\(try freeLoopbackPort())/nothing.git")
    }

    /// Machine `i`'s remote answers again.
    func bringOnline(_ i: Int) async throws {
        _ = try await machines[i].git("remote", "set-url", "origin", remote.url)
    }

    /// `steward worker` on machines 0 to `count - 1`, their `git` given `env`.
    func workers(_ count: Int, env: [String: String]) throws -> [BackgroundSteward] {
        try (0..<count).map { try BackgroundSteward.worker(self, $0, env: env) }
    }

    /// Waits until `count` tasks are done, none failed or interrupted at any look (the
    /// workers' logs said then), then stops `workers` with SIGTERM: each must exit 0.
    func drain(_ count: Int, by workers: [BackgroundSteward], sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await eventually("\(count) tasks done", sourceLocation: sourceLocation) {
            #expect(
                try psql("SELECT count(*) FROM task WHERE status IN ('failed', 'interrupted')") == "0", "\(workers.map(\.log))",
                sourceLocation: sourceLocation)
            return try psql("SELECT count(*) FROM task WHERE status = 'done'") == "\(count)"
        }
        for w in workers { w.signal(SIGTERM) }
        for w in workers { #expect(await w.waitExit() == 0, "\(w.log)", sourceLocation: sourceLocation) }
    }

    /// The one queued task handed over after a kill (spec 23.4), on a `handingOver()` household:
    /// `steward worker` on machine 0 until it waits on its second reply, then `whileStuck` (the
    /// test's checks of that moment), kill -9, `afterKill`; then a worker on machine 1 until the
    /// task is done, stopped with SIGTERM (it must exit 0). The second worker, for its log.
    @discardableResult
    func handOver(
        _ server: TestHTTPServer, whileStuck: () async throws -> Void = {}, afterKill: () async throws -> Void = {},
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> BackgroundSteward {
        let a = try BackgroundSteward.worker(self, 0)
        try await eventually("the first worker waits on its second reply", sourceLocation: sourceLocation) {
            server.requests.filter(hasToolResult).count == 1
        }
        try await whileStuck()
        a.signal(SIGKILL)
        _ = await a.waitExit()
        try await afterKill()
        let b = try BackgroundSteward.worker(self, 1)
        try await eventually("the task done on the second machine", sourceLocation: sourceLocation) { try psql("SELECT status FROM task") == "done" }
        b.signal(SIGTERM)
        #expect(await b.waitExit() == 0, "\(b.log)", sourceLocation: sourceLocation)
        return b
    }

    /// Machine `i`, its remote answering again, syncs: the sync must succeed and number its `o1`
    /// anew, not as `went` (the proposal the task went on with). The sync, and o1's number (0: none).
    func syncLate(_ i: Int, went: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws -> (synced: Run, late: Int) {
        try await bringOnline(i)
        let synced = try await steward(i, ["sync"])
        let late = synced.stdout.firstMatch(of: /o1 is now #(\d+)/).flatMap { Int($0.1) } ?? 0
        #expect(synced.status == 0 && late > 0 && late != went, "\(synced.stdout) \(synced.stderr)", sourceLocation: sourceLocation)
        return (synced, late)
    }
}

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
