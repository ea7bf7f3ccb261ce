import Foundation
import StewardCore
import StewardSandbox
import Testing

/// Proposal numbers (spec 3.2): a process lists every claim ref only for its first claim, then
/// looks up the numbers after the last one it claimed; the create-only claim ref still keeps
/// each number unique when other writers claim meanwhile.
@Suite("Claiming proposal numbers")
struct ClaimNumberTests {
    func propose(_ ws: Workspace, _ name: String) async throws -> Int {
        try await ws.propose(
            title: name, agent: "cli", operations: [.write(path: "memory/\(name).md", content: Data(name.utf8), executable: false)],
            policy: try PathPolicy.outsideTools()
        ).number
    }

    @Test func numbersStayInOrderAndUniqueAcrossWritersOfOneRepository() async throws {
        try await withTemporaryDirectory { dir in
            let (a, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            let b = try await Workspace.open(at: dir + "/ws")
            #expect(try await propose(a, "a1") == 1)
            // B claims 2 and 3 while A's last claim is 1: A must skip them, not retry on them.
            #expect(try await propose(b, "b1") == 2)
            #expect(try await propose(b, "b2") == 3)
            #expect(try await propose(a, "a2") == 4)
            #expect(try await propose(b, "b3") == 5)
            // Both at once, each a separate actor: every number handed out once, none skipped.
            async let fromA = (0..<8).asyncMap { try await propose(a, "ca\($0)") }
            async let fromB = (0..<8).asyncMap { try await propose(b, "cb\($0)") }
            let numbers = try await fromA + fromB
            #expect(Set(numbers) == Set(6...21) && numbers.count == 16)
            // Each proposal's branch and record carry the number it claimed.
            var titles: Set<String> = []
            for n in 1...21 {
                let info = try await a.proposal(n, withStats: false)
                #expect(info.status == .pending && info.head != nil)
                titles.insert(info.title)
            }
            #expect(titles.count == 21)
        }
    }
}

extension Sequence {
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}
