import Foundation
import Testing

/// Issue 13, item 11: a proposal of many operations keeps one commit per operation, and the
/// cap (`[sandbox] max_operations`) refuses one more with a message naming it.
@Suite("Many operations in one proposal")
struct ManyOperationsTests {
    func ops(_ n: Int) -> String {
        let list = (1...n).map { ["op": "write", "path": "memory/many/\($0).md", "content": "note \($0)\n"] }
        return String(decoding: try! JSONSerialization.data(withJSONObject: list), as: UTF8.self)
    }

    @Test func twoThousandOperationsAreTwoThousandCommitsAndOneMoreIsRefused() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": "[sandbox]\nmax_operations = 2000\n"])
        let refs = try await s.git("for-each-ref")
        let refused = try await s.steward(["propose", "--title", "too many"], stdin: ops(2001))
        #expect(refused.status == 3)
        #expect(
            refused.stderr.contains(
                "refused: 2001 operations in one proposal; the limit is 2000 ([sandbox] max_operations in steward.toml); nothing was proposed"),
            "\(refused.stderr)")
        #expect(try await s.git("for-each-ref") == refs, "a refused proposal leaves no ref and no event")

        let n = try await s.propose("many", ops(2000))
        #expect(n == 1, "the refused proposal consumed no number")
        // One commit per operation on the record commit, each changing its one file.
        #expect(try await s.git("rev-list", "--count", "main..steward/1").trimmingCharacters(in: .whitespacesAndNewlines) == "2001")
        let changed = try await s.git("log", "--format=%x00%s", "--name-only", "main..steward/1").split(separator: "\0").map {
            $0.split(separator: "\n").map(String.init)
        }
        let opCommits = changed.filter { $0.first?.hasPrefix("write ") == true }
        #expect(opCommits.count == 2000)
        #expect(opCommits.allSatisfy { $0.count == 2 && $0[0] == "write " + $0[1] }, "each commit changes exactly the file its subject names")
        #expect(try await s.git("show", "steward/1:memory/many/1.md") == "note 1\n")
        #expect(try await s.git("show", "steward/1:memory/many/2000.md") == "note 2000\n")
        #expect(try await s.git("show", "steward/1~1000:memory/many/1000.md") == "note 1000\n")
        #expect((try? await s.git("show", "steward/1~1000:memory/many/1001.md")) == nil, "commit 1000 does not hold operation 1001's file yet")
        #expect(try await s.git("ls-tree", "--name-only", "steward/1:memory/many/").split(separator: "\n").count == 2000)
        _ = try await s.git("fsck", "--strict")
    }
}
