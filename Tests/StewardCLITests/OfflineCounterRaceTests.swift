import Foundation
import StewardTestSupport
import Testing

/// Spec 22.4, "Offline": many `steward propose` at once on ONE clone while the remote does not
/// answer each get their own J, and a J is never handed out again, also after `steward sync`
/// numbered and removed the offline refs (then only `.steward/offline-counter` remembers it).
@Suite("Offline proposals: J under concurrent proposes on one clone")
struct OfflineCounterRaceTests {
    static let rounds = 12
    static let width = 8

    @Test("12 rounds of 8 proposes at once with origin not answering, each followed by sync: o1 … o96, each J once, each provisional once in the log")
    func concurrentProposesNeverShareAJ() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await SyncCLITests.machineA(remote: remote.url)
        try await a.ok("sync")
        let closed = "git://127.0.0.1:\(try freeLoopbackPort())/nothing.git"
        var handedOut: [Int] = []
        for round in 0..<Self.rounds {
            _ = try await a.git("remote", "set-url", "origin", closed)
            let jobs: [@Sendable () async throws -> Run] = (0..<Self.width).map { i in
                {
                    try await a.steward(
                        ["propose", "--title", "R\(round) P\(i)", "--agent", "test", "--json"], stdin: writeOp("memory/r\(round)-\(i).md", "x\n"))
                }
            }
            var js: [Int] = []
            for result in await SyncConcurrencyTests.concurrently(jobs, width: Self.width) {
                let r = try result.get()
                #expect(r.status == 0, "\(r.stderr)")
                let made = try SyncCLITests.object(r.stdout)
                #expect(made["number"] as? Int == 0)
                if let o = made["offline"] as? String, o.hasPrefix("o"), let j = Int(o.dropFirst()) { js.append(j) }
            }
            // Each J of this round once, and none handed out in an earlier round.
            let first = round * Self.width + 1
            #expect(js.sorted() == Array(first..<(first + Self.width)), "round \(round): \(js.sorted()); earlier rounds: 1…\(first - 1)")
            handedOut += js
            // origin answers again: sync numbers them and removes their offline refs.
            _ = try await a.git("remote", "set-url", "origin", remote.url)
            let synced = try await a.steward("sync")
            #expect(synced.status == 0, "\(synced.stderr)")
            #expect(try await a.git("for-each-ref", "refs/steward/offline").isEmpty)
        }
        #expect(handedOut.count == Self.rounds * Self.width && Set(handedOut).count == handedOut.count, "\(handedOut.sorted())")
        // On the remote: every proposal numbered once, each `provisional` oJ on one event.
        let proposed = try SyncConcurrencyTests.chains(remote.path).values.flatMap { $0 }.filter { $0["kind"] as? String == "proposed" }
        let provisional = proposed.compactMap { $0["provisional"] as? String }
        #expect(provisional.count == Self.rounds * Self.width)
        #expect(Set(provisional).count == provisional.count, "a provisional oJ on two events: \(provisional.sorted())")
        _ = try gitCLI(["fsck", "--strict", "--no-progress"], in: remote.path)
    }
}
