import Foundation
import Testing

@Suite("Parallel processes and a lost store")
struct ConcurrencyTests {
    @Test func eightProcessesProposeAndApproveAtOnce() throws {
        let s = try Sandbox()
        try s.ok("init")
        let workers = 8
        let perWorker = 3
        let group = DispatchGroup()
        let failures = LockedData()
        for w in 0..<workers {
            group.enter()
            Thread {
                defer { group.leave() }
                for i in 0..<perWorker {
                    do {
                        let n = try s.propose("w\(w) i\(i)", writeOp("outputs/w\(w)/f\(i).txt", "\(w)-\(i)\n"), agent: "w\(w)")
                        let r = try s.steward(["approve", "\(n)", "--yes", "--by", "w\(w)"])
                        if r.status != 0 { failures.set(Data(r.stderr.utf8)) }
                    } catch {
                        failures.set(Data("\(error)".utf8))
                    }
                }
            }.start()
        }
        group.wait()
        #expect(String(decoding: failures.value, as: UTF8.self) == "")
        let total = workers * perWorker
        let claims = try s.git("for-each-ref", "--format=%(refname)", "refs/steward/proposals").split(separator: "\n")
        #expect(Set(claims).count == total && claims.count == total, "every number handed out once")
        let numbers = Set(claims.compactMap { Int($0.split(separator: "/").last!) })
        #expect(numbers == Set(1...total))
        let files = try s.git("ls-tree", "-r", "--name-only", "main", "outputs").split(separator: "\n").filter { $0.hasSuffix(".txt") }
        #expect(files.count == total, "no approved commit was lost")
        let merges = try s.git("log", "--merges", "--format=%H", "main").split(separator: "\n")
        #expect(merges.count == total)
        #expect(try s.git("status", "--porcelain") == "")
        let log = try json(try s.ok("log", "--json")) as! [[String: Any]]
        #expect(log.count == 2 * total)
        #expect(log.map { $0["sequence"] as! Int } == Array(1...(2 * total)))
        _ = try s.git("fsck", "--strict")
    }

    @Test func deletedStoreIsRebuiltWithTheSameLog() throws {
        let s = try Sandbox()
        try s.ok("init")
        try s.ok("propose", "--title", "a", stdin: writeOp("memory/a.md", "a"))
        try s.ok("propose", "--title", "b", stdin: writeOp("memory/b.md", "b"))
        try s.ok("approve", "1", "--yes")
        try s.ok("reject", "2", "--reason", "dup")
        try s.ok("rollback", "1")
        let before = try s.ok("log", "--json")
        try FileManager.default.removeItem(atPath: s.ws + "/.steward/steward.db")
        try? FileManager.default.removeItem(atPath: s.ws + "/.steward/steward.db-wal")
        try? FileManager.default.removeItem(atPath: s.ws + "/.steward/steward.db-shm")
        #expect(try s.ok("log", "--json") == before)
        let doctor = try json(try s.ok("doctor", "--rebuild", "--json")) as! [[String: Any]]
        #expect(doctor.contains { ($0["message"] as! String).contains("rebuilt") && $0["kind"] as? String == "fixed" })
        #expect(try s.ok("log", "--json") == before)
        #expect(try s.ok("doctor").contains("All good"))
    }
}
