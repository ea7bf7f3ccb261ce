import Foundation
import StewardCore
import Testing

extension StoreContractTests {
    @Test("A model call keeps the task it was made for and the machine that made it", arguments: StoreBackend.all)
    func callsNameTheirTaskAndMachine(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            var first = call("local", at: 0, cloud: false)
            (first.task, first.machine) = ("t1", "1a2b3c4d5e6f7a8b")
            var other = call("cloud", at: 5, cost: 0.25)
            (other.task, other.machine) = ("t2", "9f8e7d6c5b4a3928")
            // The same task taken over on another machine.
            var second = call("cloud", at: 10, outcome: "failed", cost: 0.5)
            (second.task, second.machine) = ("t1", "9f8e7d6c5b4a3928")
            // `steward ask`: no task.
            var asked = call("local", at: 20, cloud: false)
            asked.machine = "1a2b3c4d5e6f7a8b"
            for c in [first, other, second, asked] { try await store.record(c) }
            #expect(try await store.modelCalls(limit: 10) == [first, other, second, asked])
            #expect(try await store.modelCalls(ofTask: "t1") == [first, second])
            #expect(try await store.modelCalls(ofTask: "t2") == [other])
            #expect(try await store.modelCalls(ofTask: "t3").isEmpty)
            let read = try await store.modelCalls(limit: 10)
            let tasks: [String?] = ["t1", "t2", "t1", nil]
            let machines: [String?] = ["1a2b3c4d5e6f7a8b", "9f8e7d6c5b4a3928", "9f8e7d6c5b4a3928", "1a2b3c4d5e6f7a8b"]
            #expect(read.map(\.task) == tasks)
            #expect(read.map(\.machine) == machines)
        }
    }
}
