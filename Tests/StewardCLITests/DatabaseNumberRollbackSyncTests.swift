import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Rollback's number and the numbers `sync` gives offline proposals come from the shared
/// database too (spec 22.4, "Numbers"; issue 17), as `propose`'s do: a machine that has not
/// fetched them is never given them again. Real parts: the built `steward`s, a `git daemon`
/// remote, the test process's PostgreSQL; `PushLog`'s `git` counts the pushes git refused.
@Suite("Rollback and sync take numbers from the shared database", .serialized)
struct DatabaseNumberRollbackSyncTests {
    /// Machine 1 rolls back #1: the rollback is #2, from the database. Machine 0, which has
    /// not fetched it, takes #3 with no push refused (before: the rollback took #2 on the
    /// remote alone, the database gave machine 0 #2 again, and its push was refused).
    @Test func aRollbackTakesItsNumberFromTheDatabase() async throws {
        let (server, h, git) = try await Household.numbering(machines: 2, leaseSeconds: 3)
        defer { Task { await server.stop() } }

        try await h.write(0, "a1", as: "#1", env: git.env)
        let approved = try await h.steward(0, ["approve", "1", "--yes"], env: git.env)
        #expect(approved.status == 0, "\(approved.stdout)\(approved.stderr)")
        #expect(try await h.steward(1, ["sync"]).status == 0)

        let rolled = try await h.steward(1, ["rollback", "1"], env: git.env)
        #expect(rolled.status == 0 && rolled.stdout.contains("as #2"), "\(rolled.stdout)\(rolled.stderr)")
        #expect(try h.psql("SELECT last FROM proposal_number") == "2")

        try await h.write(0, "a3", as: "#3", env: git.env)
        #expect(try h.psql("SELECT last FROM proposal_number") == "3")
        #expect(git.pushes().count >= 4, "run, approve, rollback and run each pushed: \(git.pushes())")
        #expect(git.pushes().filter { $0 != 0 }.count == 0, "refused pushes: \(git.pushes())")
        #expect(try await h.remoteRefs("refs/steward/proposals/").sorted() == (1...3).map { "refs/steward/proposals/\($0)" })
        #expect(try await h.remoteRefs("refs/steward/applied/").sorted() == ["refs/steward/applied/1", "refs/steward/applied/2"])
        #expect(try await h.remoteFile("refs/heads/main", "outputs/a1.md") == nil)
        #expect(try await h.remoteFile("refs/heads/steward/3", "outputs/a3.md") == "written for outputs/a3.md\n")
    }

    /// Two workers drain 16 queued tasks while a third machine approves four of their proposals
    /// as they land and rolls each back: the 20 numbers are 1 to 20, each once, and no push is
    /// refused (before: 9 refused pushes in a run; each rollback took 1 + the highest claim it
    /// had fetched, a number the database was about to give a worker).
    @Test func workersAndRollbacksElsewhereTakeDistinctNumbersWithNoPushRefused() async throws {
        let (server, h, git) = try await Household.numbering(machines: 3, leaseSeconds: 10)
        defer { Task { await server.stop() } }
        for n in 1...16 { _ = try await h.enqueue(n % 2, "Write outputs/n\(n).md") }
        let workers = try h.workers(2, env: git.env)
        var rolledBack: [Int: Int] = [:]
        while rolledBack.count < 4 {
            let done = try h.psql("SELECT proposal FROM task WHERE status = 'done' AND proposal > 0 ORDER BY proposal")
            guard let p = done.split(separator: "\n").compactMap({ Int($0) }).first(where: { rolledBack[$0] == nil }) else {
                try await Task.sleep(for: .milliseconds(100))
                continue
            }
            #expect(try await h.steward(2, ["sync"], env: git.env).status == 0)
            let approved = try await h.steward(2, ["approve", "\(p)", "--yes"], env: git.env)
            #expect(approved.status == 0, "\(approved.stdout)\(approved.stderr)")
            let rolled = try await h.steward(2, ["rollback", "\(p)"], env: git.env)
            let m = rolled.stdout.firstMatch(of: /as #(\d+)/).flatMap { Int($0.1) }
            #expect(rolled.status == 0 && m != nil, "\(rolled.stdout)\(rolled.stderr)")
            rolledBack[p] = m ?? 0
        }
        try await h.drain(16, by: workers)

        let tasks = try h.psql("SELECT proposal FROM task ORDER BY proposal").split(separator: "\n").compactMap { Int($0) }
        #expect((tasks + rolledBack.values).sorted() == Array(1...20), "tasks \(tasks), rollbacks \(rolledBack)")
        #expect(try h.psql("SELECT last FROM proposal_number") == "20")
        #expect(try await h.remoteRefs("refs/steward/proposals/").count == 20)
        #expect(try await h.remoteRefs("refs/steward/undone/").count == 4)
        // No push is refused: no number's claim, and no record of a merge made outside Steward
        // (before 2 runs in 12 had one: a worker's fetch saw an approval of machine 2 half
        // written, main with its merge and no applied/N yet, and pushed that record).
        #expect(git.pushes().filter { $0 != 0 }.isEmpty, "refused pushes: \(git.pushes())\n\(git.refusals())")
    }

    /// Machine 1 makes o1 while the remote does not answer (the database's number it took is a
    /// gap), machine 0 takes #3, then machine 1's sync numbers o1 #4 from the database. Machine
    /// 0, which has not fetched #4, takes #5 with no push refused (before: sync took #4 on the
    /// remote alone, the database gave machine 0 #4 again, and its push was refused).
    @Test func syncNumbersAnOfflineProposalFromTheDatabase() async throws {
        let (server, h, git) = try await Household.numbering(machines: 2, leaseSeconds: 3)
        defer { Task { await server.stop() } }

        try await h.write(0, "a1", as: "#1", env: git.env)
        #expect(try await h.steward(1, ["sync"]).status == 0)
        try await h.takeOffline(1)
        try await h.write(1, "o1", as: "o1")
        #expect(try h.psql("SELECT last FROM proposal_number") == "2")

        try await h.write(0, "a3", as: "#3", env: git.env)

        try await h.bringOnline(1)
        let synced = try await h.steward(1, ["sync"], env: git.env)
        #expect(synced.status == 0 && synced.stdout.contains("o1 is now #4"), "\(synced.stdout)\(synced.stderr)")
        #expect(try h.psql("SELECT last FROM proposal_number") == "4")

        try await h.write(0, "a5", as: "#5", env: git.env)
        #expect(try h.psql("SELECT last FROM proposal_number") == "5")
        #expect(git.pushes().filter { $0 != 0 }.count == 0, "refused pushes: \(git.pushes())")
        #expect(try await h.remoteRefs("refs/steward/proposals/").sorted() == [1, 3, 4, 5].map { "refs/steward/proposals/\($0)" })
        for (n, file) in [(1, "a1"), (3, "a3"), (4, "o1"), (5, "a5")] {
            #expect(try await h.remoteFile("refs/heads/steward/\(n)", "outputs/\(file).md") == "written for outputs/\(file).md\n")
        }
    }
}
