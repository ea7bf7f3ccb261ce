import Foundation
import StewardTestSupport
import Testing

/// Many machines proposing at once through one real `git daemon` (spec 22.4, the row of 22.10):
/// clones stand for machines, every `steward` a child process; numbers are claimed on the
/// remote, each machine appends to its own audit chain.
@Suite("Sync: four machines proposing at once")
struct SyncConcurrencyTests {
    /// Runs `jobs`, `width` at a time, and returns their results in the jobs' order; the
    /// `steward`s they start do not wait for `childSlots` (running together is the point).
    static func concurrently<T: Sendable>(_ jobs: [@Sendable () async throws -> T], width: Int) async -> [Result<T, any Error>] {
        await ChildSlots.$unlimited.withValue(true) {
            await withTaskGroup(of: (Int, Result<T, any Error>).self) { group in
                func add(_ i: Int) {
                    group.addTask {
                        do { return (i, .success(try await jobs[i]())) } catch { return (i, .failure(error)) }
                    }
                }
                var results = [Result<T, any Error>?](repeating: nil, count: jobs.count)
                var next = min(width, jobs.count)
                for i in 0..<next { add(i) }
                while let (i, r) = await group.next() {
                    results[i] = r
                    if next < jobs.count {
                        add(next)
                        next += 1
                    }
                }
                return results.map { $0! }
            }
        }
    }

    /// Every audit event of `dir`'s chains (`refs/steward/audit`, `refs/steward/trail/*`), read
    /// with the git CLI: chain → the events' JSON, oldest first.
    static func chains(_ dir: String) throws -> [String: [[String: Any]]] {
        let refs = try SyncCLITests.sharedRefs(dir).keys.filter { $0 == "refs/steward/audit" || $0.hasPrefix("refs/steward/trail/") }
        var out: [String: [[String: Any]]] = [:]
        for ref in refs {
            // One record per commit: its body, whose first line starting with `{` is the event.
            let text = try gitCLI(["log", "--reverse", "--first-parent", "--format=%x1e%b", ref], in: dir)
            out[ref] = try text.split(separator: "\u{1e}").map { body in
                guard let line = body.split(separator: "\n").first(where: { $0.hasPrefix("{") }),
                    let event = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                else { throw GitFailed(args: ["log", ref], stderr: "an audit commit without an event: \(body)") }
                return event
            }
        }
        return out
    }

    /// What must hold in `dir` after `count` proposals made on `machines` machines and nothing
    /// else: returns what is wrong.
    static func judgeProposals(_ dir: String, count: Int, machines: Int) throws -> [String] {
        var wrong: [String] = []
        let refs = try SyncCLITests.sharedRefs(dir)
        let claims = Set(refs.keys.filter { $0.hasPrefix("refs/steward/proposals/") }.compactMap { Int($0.split(separator: "/").last!) })
        let branches = Set(refs.keys.filter { $0.hasPrefix("refs/heads/steward/") }.compactMap { Int($0.split(separator: "/").last!) })
        if claims != Set(1...count) { wrong.append("claims: \(claims.sorted())") }
        if branches != Set(1...count) { wrong.append("branches: \(branches.sorted())") }
        let chains = try Self.chains(dir)
        let proposed = chains.values.flatMap { $0 }.filter { $0["kind"] as? String == "proposed" }
        let numbers = proposed.compactMap { $0["proposal"] as? Int }
        if numbers.count != count || Set(numbers) != Set(1...count) { wrong.append("proposed events for \(numbers.sorted())") }
        let holding = chains.filter { $0.value.contains { $0["kind"] as? String == "proposed" } }
        if holding.count != machines { wrong.append("\(holding.count) chains hold proposed events: \(holding.keys.sorted())") }
        for (ref, events) in chains {
            let sequences = events.map { $0["sequence"] as? Int ?? 0 }
            if sequences != Array(1..<(events.count + 1)) { wrong.append("\(ref): sequences \(sequences)") }
        }
        // Each event's branch head is what the branch holds (nothing was decided).
        for event in proposed {
            guard let n = event["proposal"] as? Int, let commit = event["commit"] as? String else { continue }
            if refs["refs/heads/steward/\(n)"] != commit {
                wrong.append("#\(n): the event names \(commit), the branch is \(refs["refs/heads/steward/\(n)"] ?? "gone")")
            }
        }
        return wrong
    }

    @Test("4 clones × 25 concurrent propose: numbers 1…100, 100 branches, 100 proposed events on 4 chains without gaps; fsck clean")
    func fourMachinesProposeAtOnce() async throws {
        let remote = try GitDaemon.shared().makeRepository("many")
        let a = try await SyncCLITests.machineA(remote: remote.url)
        try await a.ok("sync")
        var machines = [a]
        for _ in 0..<3 {
            let s = try Sandbox()
            let r = try await s.steward(["clone", remote.url, s.ws, "--quiet"], workspace: false)
            #expect(r.status == 0, "\(r.stderr)")
            machines.append(s)
        }
        let perMachine = 25
        var jobs: [@Sendable () async throws -> Run] = []
        // Interleaved, so that the four machines run at the same time throughout.
        for i in 0..<perMachine {
            for (m, s) in machines.enumerated() {
                let ops = s.dir + "/ops-\(i).json"
                try writeOp("memory/m\(m)-\(i).md", "\(m) \(i)\n").write(toFile: ops, atomically: true, encoding: .utf8)
                jobs.append { try await s.steward(["propose", "--title", "M\(m) P\(i)", "--agent", "test", "--ops", ops, "--json"]) }
            }
        }
        // Two processes per machine at a time: eight `steward`s and their pushes on 2 cores.
        let results = await Self.concurrently(jobs, width: 2 * machines.count)
        var numbers: [Int] = []
        for (i, result) in results.enumerated() {
            switch result {
            case .success(let r):
                #expect(r.status == 0, "propose \(i): \(r.stderr)")
                if let n = (try? SyncCLITests.object(r.stdout))?["number"] as? Int { numbers.append(n) }
            case .failure(let e): Issue.record(e, "propose \(i)")
            }
        }
        #expect(numbers.sorted() == Array(1...100), "numbers given: \(numbers.sorted())")
        #expect(try Self.judgeProposals(remote.path, count: 100, machines: 4) == [])
        // After a sync every machine holds what the remote holds.
        let there = try SyncCLITests.sharedRefs(remote.path)
        for (m, s) in machines.enumerated() {
            let r = try await s.steward("sync", "--quiet")
            #expect(r.status == 0, "sync on machine \(m): \(r.stdout)\(r.stderr)")
            #expect(try SyncCLITests.sharedRefs(s.ws) == there, "machine \(m)")
            #expect(try Self.judgeProposals(s.ws, count: 100, machines: 4) == [], "machine \(m)")
            #expect(throws: Never.self, "fsck on machine \(m)") { try SyncKillTests.fsck(s.ws) }
        }
        #expect(try await SyncCLITests.pending(machines[3]).count == 100)
        #expect(throws: Never.self, "fsck of the remote") { try SyncKillTests.fsck(remote.path) }
    }

    /// A branch steward/N already here when N is claimed (one made by hand, spec 3.1's "no claimed
    /// number"; or another machine's N that a catch-up took meanwhile) takes N: the proposal gets
    /// the next number, the branch is left alone and not pushed. (It used to fail with "branch
    /// steward/2 already exists although the number was just claimed".)
    @Test("a branch steward/2 made by hand: the next proposal is #3, steward/2 stays as it was and only here")
    func aBranchMadeByHandTakesItsNumber() async throws {
        let remote = try GitDaemon.shared().makeRepository("stray")
        let a = try await SyncCLITests.machineA(remote: remote.url)
        try await a.ok("sync")
        #expect(try await a.propose("P1", writeOp("memory/p1.md", "1\n")) == 1)
        _ = try await a.git("branch", "steward/2", "main")
        let stray = try await a.git("rev-parse", "steward/2")
        #expect(try await a.propose("P3", writeOp("memory/p3.md", "3\n")) == 3)
        #expect(try await a.git("rev-parse", "steward/2") == stray)
        #expect(try await SyncCLITests.pending(a).map(\.number) == [1, 3])
        try await a.ok("sync")
        let there = try SyncCLITests.sharedRefs(remote.path)
        #expect(there["refs/heads/steward/3"] != nil && there["refs/heads/steward/2"] == nil && there["refs/steward/proposals/2"] == nil)
    }

    /// The clean-clone CI once saw a propose fail with "branch steward/60 already exists although
    /// the number was just claimed": another process of the same machine (a sync's catch-up)
    /// took the other machine's #60, claim then branch, between this propose's check of the
    /// claim and its branch. Proposes and syncs run at once on both machines, so catch-ups
    /// land while numbers are being claimed.
    @Test("2 clones × 30 concurrent propose with 20 syncs meanwhile: every step succeeds; numbers 1…60, each branch its event's head; fsck clean")
    func proposesWhileSyncing() async throws {
        let remote = try GitDaemon.shared().makeRepository("busy")
        let a = try await SyncCLITests.machineA(remote: remote.url)
        try await a.ok("sync")
        let b = try Sandbox()
        let cloned = try await b.steward(["clone", remote.url, b.ws, "--quiet"], workspace: false)
        #expect(cloned.status == 0, "\(cloned.stderr)")
        let machines = [a, b]
        var jobs: [@Sendable () async throws -> (String, Run)] = []
        for i in 0..<30 {
            for (m, s) in machines.enumerated() {
                let ops = s.dir + "/ops-\(i).json"
                try writeOp("memory/m\(m)-\(i).md", "\(m) \(i)\n").write(toFile: ops, atomically: true, encoding: .utf8)
                jobs.append {
                    (
                        "propose \(i) on machine \(m)",
                        try await s.steward(["propose", "--title", "M\(m) P\(i)", "--agent", "test", "--ops", ops, "--json"])
                    )
                }
                if i % 3 == 1 { jobs.append { ("sync \(i) on machine \(m)", try await s.steward("sync", "--quiet")) } }
            }
        }
        var numbers: [Int] = []
        for (i, result) in await Self.concurrently(jobs, width: 6).enumerated() {
            switch result {
            case .success(let (step, r)):
                #expect(r.status == 0, "\(step): \(r.stdout)\(r.stderr)")
                if step.hasPrefix("propose"), let n = (try? SyncCLITests.object(r.stdout))?["number"] as? Int { numbers.append(n) }
            case .failure(let e): Issue.record(e, "job \(i)")
            }
        }
        #expect(numbers.sorted() == Array(1...60), "numbers given: \(numbers.sorted())")
        #expect(try Self.judgeProposals(remote.path, count: 60, machines: 2) == [])
        let there = try SyncCLITests.sharedRefs(remote.path)
        for (m, s) in machines.enumerated() {
            let r = try await s.steward("sync", "--quiet")
            #expect(r.status == 0, "sync on machine \(m): \(r.stdout)\(r.stderr)")
            #expect(try SyncCLITests.sharedRefs(s.ws) == there, "machine \(m)")
            #expect(try Self.judgeProposals(s.ws, count: 60, machines: 2) == [], "machine \(m)")
            #expect(throws: Never.self, "fsck on machine \(m)") { try SyncKillTests.fsck(s.ws) }
        }
    }
}

/// A value shared by threads, every access under a lock.
final class Locked<Value>: @unchecked Sendable {
    // @unchecked: `value` is read and written only under `lock`.
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func update<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
