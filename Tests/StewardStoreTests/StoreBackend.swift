import Foundation
import StewardCore
import StewardStore
import Testing

/// A store under test: a fresh, empty `SharedStore`, and how to close and remove it.
struct StoreUnderTest: Sendable {
    let store: any SharedStore
    let close: @Sendable () async throws -> Void
}

/// One backend of the store contract. `StoreContractTests` runs every test against each of
/// `all`; a backend is added by a factory that opens an empty store (spec 14).
struct StoreBackend: Sendable, CustomTestStringConvertible {
    let name: String
    let open: @Sendable () async throws -> StoreUnderTest

    var testDescription: String { name }

    /// Every backend the contract suite runs against.
    static let all: [StoreBackend] = [.sqlite, .postgres]

    /// The SQLite store, a real file in a temp folder (removed on close).
    static let sqlite = StoreBackend(name: "SQLite") {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-store-\(UUID().uuidString)").path
        let store = try Store(path: dir + "/steward.db")
        return StoreUnderTest(store: store, close: { try? FileManager.default.removeItem(atPath: dir) })
    }

    /// Runs `body` with a fresh store of this backend, closed even when `body` throws.
    func with(_ body: (any SharedStore) async throws -> Void) async throws {
        let opened = try await open()
        do {
            try await body(opened.store)
        } catch {
            try await opened.close()
            throw error
        }
        try await opened.close()
    }
}

/// Whole seconds, so every backend stores them exactly.
let t0 = Date(timeIntervalSince1970: 1_767_000_000)

func at(_ seconds: Int) -> Date { t0.addingTimeInterval(Double(seconds)) }

func task(_ id: String, started: Int = 0, proposal: Int? = nil, status: TaskRecord.Status = .running) -> TaskRecord {
    TaskRecord(id: id, prompt: "do \(id)", agent: "fileops", agentReason: "test", status: status, proposal: proposal, started: at(started))
}

func step(_ task: String, _ index: Int, output: String = "") -> TaskStepRecord {
    TaskStepRecord(task: task, index: index, date: at(index), kind: .tool, name: "read_file", input: "{}", output: output)
}

func call(_ model: String, at seconds: Int, outcome: String = "ok", cloud: Bool = true, cost: Double = 0) -> ModelCallRecord {
    ModelCallRecord(
        date: at(seconds), purpose: "ask", modelName: model, provider: cloud ? "anthropic" : "ollama", model: model + "-served", cloud: cloud,
        outcome: outcome, costUSD: cost)
}

/// The store contract (`SharedStore`: `TaskLedger`, `ModelCallLedger`, `ScheduleStore`), every
/// test run against every backend of `StoreBackend.all`.
@Suite("The store contract, on every backend")
struct StoreContractTests {}
