import Foundation
import StewardPostgres
import Testing

/// Proposal numbers from the shared database (spec 22.4, "Numbers"): every taker gets a number
/// of its own, and a number already taken on the remote moves the counter past it.
@Suite("PostgreSQL: proposal numbers")
struct PostgresProposalNumberTests {
    /// Six pools (six machines) taking 40 numbers each at once get 240 distinct numbers, 1 to
    /// 240: no number twice, none skipped while nobody asks past the counter.
    @Test func sixMachinesTakingAtOnceGetDistinctNumbers() async throws {
        let t = try TestDatabase()
        var pools: [PostgresDatabase] = []
        for _ in 0..<6 { pools.append(try await t.open(connections: 2)) }
        let numbers = try await withThrowingTaskGroup(of: [Int].self) { group in
            for db in pools {
                group.addTask {
                    var mine: [Int] = []
                    for _ in 0..<40 { mine.append(try await db.takeProposalNumber(atLeast: 1)) }
                    return mine
                }
            }
            return try await group.reduce(into: [Int]()) { $0 += $1 }
        }
        for db in pools { await db.close() }
        #expect(numbers.count == 240)
        #expect(numbers.sorted() == Array(1...240))
        #expect(try t.psql("SELECT last FROM proposal_number") == "240")
    }

    /// `atLeast` past the counter (claims the remote holds that the database never gave): the
    /// number is `atLeast`, and the counter goes on from there; below it, it is ignored.
    @Test func aNumberTakenElsewhereMovesTheCounterPastIt() async throws {
        let t = try TestDatabase()
        let got = try await using(try await t.open()) { db in
            var got: [Int] = []
            for atLeast in [1, 2, 7, 3, 1] { got.append(try await db.takeProposalNumber(atLeast: atLeast)) }
            return got
        }
        #expect(got == [1, 2, 7, 8, 9])
        #expect(try t.psql("SELECT last FROM proposal_number") == "9")
    }
}
