import Foundation
import StewardTestSupport
import Testing

/// Two clones with one machine id (spec 22.5): the one whose chain went another way refuses to
/// write events until `sync --new-machine-id`, which moves its events the remote lacks to a
/// chain of its own. A real `git daemon`; every `steward` a child process.
@Suite("A clone that writes another clone's trail")
struct MachineIdentityCLITests {
    @Test("B with A's id and an event A never saw refuses, then sync --new-machine-id moves that event to B's own chain")
    func aCopiedIdIsRefusedUntilANewOne() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await SyncCLITests.machineA(remote: remote.url)
        try await a.ok("sync")
        #expect(try await a.propose("First", writeOp("memory/a.md", "one\n")) == 1)
        let b = try Sandbox()
        #expect(try await b.steward(["clone", remote.url, b.ws], workspace: false).status == 0)
        // B is given A's id (a copied .steward/), and its copy of A's chain gets an event A never saw.
        let idA = try String(contentsOfFile: a.ws + "/.steward/machine-id", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        try Data((idA + "\n").utf8).write(to: URL(fileURLWithPath: b.ws + "/.steward/machine-id"))
        let trailA = "refs/steward/trail/" + idA
        #expect(try await a.propose("Second", writeOp("memory/b.md", "two\n")) == 2)
        let first = try await b.git("rev-parse", trailA).trimmingCharacters(in: .whitespacesAndNewlines)
        let second = try await a.git("log", "-1", "--format=%B", trailA).replacingOccurrences(of: "Second", with: "Only on B")
        let onlyB = try await b.git("-c", "user.name=b", "-c", "user.email=b@b", "commit-tree", first + "^{tree}", "-p", first, "-m", second)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try await b.git("update-ref", trailA, onlyB, first)

        let sync = try await b.steward("sync")
        #expect(sync.status == 4, "\(sync.stdout)\(sync.stderr)")
        #expect(sync.stdout.contains("problem: another clone writes this machine's trail (\(trailA))"), "\(sync.stdout)")
        let before = try SyncCLITests.allRefs(b.ws)
        let refused = try await b.steward(["propose", "--title", "Third", "--agent", "test"], stdin: writeOp("memory/c.md", "three\n"))
        #expect(refused.status == 4, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("another clone writes this machine's trail (\(trailA): here \(onlyB.prefix(10))"), "\(refused.stderr)")
        #expect(refused.stderr.contains("nothing changed; give this one a new id with 'steward sync --new-machine-id'"))
        #expect(try SyncCLITests.allRefs(b.ws) == before)

        let renewed = try await b.steward("sync", "--new-machine-id", "--json")
        #expect(renewed.status == 0, "\(renewed.stdout)\(renewed.stderr)")
        let report = try SyncCLITests.object(renewed.stdout)
        let idB = try #require(report["machineID"] as? String)
        #expect(idB != idA && idB.count == 16)
        #expect(report["previousMachineID"] as? String == idA && report["eventsMoved"] as? Int == 1)
        #expect(try String(contentsOfFile: b.ws + "/.steward/machine-id", encoding: .utf8) == idB + "\n")
        // A's chain is the remote's, untouched; B's event is once, on B's new chain, pushed.
        let there = try SyncCLITests.sharedRefs(remote.path)
        #expect(there[trailA] == (try SyncCLITests.sharedRefs(a.ws))[trailA])
        #expect(there == (try SyncCLITests.sharedRefs(b.ws)))
        #expect(try gitCLI(["log", "--format=%s", "refs/steward/trail/" + idB], in: remote.path) == "audit 1: proposed #2\n")
        let events = try await SyncCLITests.events(b)
        #expect(events.filter { $0["title"] as? String == "Only on B" }.count == 1)
        #expect(events.filter { $0["title"] as? String == "Second" }.count == 1)
        // B writes again, on its own chain; A syncs with nothing to complain about.
        #expect(try await b.propose("Third", writeOp("memory/c.md", "three\n")) == 3)
        #expect(try gitCLI(["rev-list", "--count", "refs/steward/trail/" + idB], in: remote.path) == "2\n")
        let onA = try await a.steward("sync")
        #expect(onA.status == 0, "\(onA.stdout)\(onA.stderr)")
        #expect(try await SyncCLITests.events(a).filter { $0["title"] as? String == "Only on B" }.count == 1)
        // A second renewal with nothing unpushed moves nothing.
        let again = try SyncCLITests.object(try await b.ok("sync", "--new-machine-id", "--json"))
        #expect(again["previousMachineID"] as? String == idB && again["eventsMoved"] as? Int == 0)
    }
}
