import Foundation
import Testing

@Suite("Parallel processes and a lost store")
struct ConcurrencyTests {
    @Test func eightProcessesProposeAndApproveAtOnce() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let workers = 8
        let perWorker = 3
        // Eight at once is the point: these do not wait for `childSlots`.
        let failures = await ChildSlots.$unlimited.withValue(true) {
            await withTaskGroup(of: String.self) { group in
                for w in 0..<workers {
                    group.addTask {
                        var failed = ""
                        for i in 0..<perWorker {
                            do {
                                let n = try await s.propose("w\(w) i\(i)", writeOp("outputs/w\(w)/f\(i).txt", "\(w)-\(i)\n"), agent: "w\(w)")
                                let r = try await s.steward(["approve", "\(n)", "--yes", "--by", "w\(w)"])
                                if r.status != 0 { failed += r.stderr }
                            } catch {
                                failed += "\(error)"
                            }
                        }
                        return failed
                    }
                }
                return await group.reduce(into: "") { $0 += $1 }
            }
        }
        #expect(failures == "")
        let total = workers * perWorker
        let claims = try await s.git("for-each-ref", "--format=%(refname)", "refs/steward/proposals").split(separator: "\n")
        #expect(Set(claims).count == total && claims.count == total, "every number handed out once")
        let numbers = Set(claims.compactMap { Int($0.split(separator: "/").last!) })
        #expect(numbers == Set(1...total))
        let files = try await s.git("ls-tree", "-r", "--name-only", "main", "outputs").split(separator: "\n").filter { $0.hasSuffix(".txt") }
        #expect(files.count == total, "no approved commit was lost")
        let merges = try await s.git("log", "--merges", "--format=%H", "main").split(separator: "\n")
        #expect(merges.count == total)
        #expect(try await s.git("status", "--porcelain") == "")
        let log = try json(try await s.ok("log", "--json")) as! [[String: Any]]
        #expect(log.count == 2 * total)
        #expect(log.map { $0["sequence"] as! Int } == Array(1...(2 * total)))
        _ = try await s.git("fsck", "--strict")
    }

    @Test func deletedStoreIsRebuiltWithTheSameLog() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await s.ok("propose", "--title", "a", stdin: writeOp("memory/a.md", "a"))
        try await s.ok("propose", "--title", "b", stdin: writeOp("memory/b.md", "b"))
        try await s.ok("approve", "1", "--yes")
        try await s.ok("reject", "2", "--reason", "dup")
        try await s.ok("rollback", "1")
        let before = try await s.ok("log", "--json")
        try FileManager.default.removeItem(atPath: s.ws + "/.steward/steward.db")
        try? FileManager.default.removeItem(atPath: s.ws + "/.steward/steward.db-wal")
        try? FileManager.default.removeItem(atPath: s.ws + "/.steward/steward.db-shm")
        #expect(try await s.ok("log", "--json") == before)
        let doctor = try json(try await s.ok("doctor", "--rebuild", "--json")) as! [[String: Any]]
        #expect(doctor.contains { ($0["message"] as! String).contains("rebuilt") && $0["kind"] as? String == "fixed" })
        #expect(try await s.ok("log", "--json") == before)
        #expect(try await s.ok("doctor").contains("All good"))
    }
}
