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
        let (server, h, git) = try await Household.numbering(machines: 3, leaseSeconds: 3)
        defer { Task { await server.stop() } }
        for n in 1...24 { _ = try await h.enqueue(n % 3, "Write outputs/n\(n).md") }
        try await h.drain(24, by: try h.workers(3, env: git.env))

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
        let (server, h, git) = try await Household.numbering(machines: 2, leaseSeconds: 3)
        defer { Task { await server.stop() } }
        try Self.dropDatabase(h.machines[1])

        try await h.write(0, "a1", as: "#1", env: git.env)
        #expect(try await h.steward(1, ["sync"]).status == 0)
        try await h.write(1, "b2", as: "#2")
        #expect(try h.psql("SELECT last FROM proposal_number") == "1")

        try await h.write(0, "a3", as: "#3", env: git.env)
        #expect(try h.psql("SELECT last FROM proposal_number") == "3")
        #expect(git.pushes().filter { $0 != 0 }.count == 1, "one refused push (#2 taken): \(git.pushes())")

        try await h.write(0, "a4", as: "#4", env: git.env)
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
        let (server, h, git) = try await Household.numbering(machines: 2, leaseSeconds: 3)
        defer { Task { await server.stop() } }
        try git.holdPushes()
        let killed = try BackgroundSteward(h, 0, ["run", "--agent", "fileops", "Write outputs/k1.md"], env: git.env)
        try await eventually("the run's push is held") { git.heldPush() != nil }
        #expect(try h.psql("SELECT last FROM proposal_number") == "1")
        killed.signal(SIGKILL)
        // The held push too (Foundation sees the run end only once its descriptors close).
        if let push = git.heldPush() { kill(push, SIGKILL) }
        #expect(await killed.waitExit() == SIGKILL)
        try git.releasePushes()

        try await h.write(0, "k2", as: "#2", env: git.env)
        try await h.write(1, "k3", as: "#3", env: git.env)
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
