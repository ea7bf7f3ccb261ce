import Foundation

/// One model call (or a model skipped by policy), as recorded in the store.
public struct ModelCallRecord: Sendable, Hashable, Codable {
    public var date: Date
    public var purpose: String
    /// The configured name (`[models.NAME]`), the provider, and the model as served.
    public var modelName: String
    public var provider: String
    public var model: String
    public var cloud: Bool
    /// "ok", "failed" (transport failure; the router tried the next model), "error" (a reply
    /// that was refused or unreadable; not retried elsewhere) or "skipped" (policy, budget,
    /// cool-down).
    public var outcome: String
    /// Why it failed or was skipped.
    public var reason: String?
    public var inputTokens: Int
    public var outputTokens: Int
    public var costUSD: Double
    public var latencyMs: Double
    public var firstTokenMs: Double?
    /// The task it was made for (`BudgetOwner.current` when it was made); nil: none (`ask`,
    /// `memory`, a model's probe).
    public var task: String?
    /// The machine that made it (`.steward/machine-id`); nil: one that has no id yet (never synced).
    public var machine: String?

    public init(
        date: Date, purpose: String, modelName: String, provider: String, model: String, cloud: Bool, outcome: String, reason: String? = nil,
        inputTokens: Int = 0, outputTokens: Int = 0, costUSD: Double = 0, latencyMs: Double = 0, firstTokenMs: Double? = nil,
        task: String? = nil, machine: String? = nil
    ) {
        self.date = date
        self.purpose = purpose
        self.modelName = modelName
        self.provider = provider
        self.model = model
        self.cloud = cloud
        self.outcome = outcome
        self.reason = reason
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
        self.latencyMs = latencyMs
        self.firstTokenMs = firstTokenMs
        self.task = task
        self.machine = machine
    }
}

/// Where model calls are recorded and cloud spend is read back: data a workspace's machines
/// share (spec 14; PostgreSQL for several, spec 23), so the budget caps hold for all of them.
public protocol ModelCallLedger: Sendable {
    func record(_ call: ModelCallRecord) async throws
    /// USD spent on cloud models since `date` (calls at `date` included).
    func cloudSpend(since date: Date) async throws -> Double
    /// When this model last failed at the transport level (for a cool-down that outlives
    /// one process), or nil; a later success ends it (nil).
    func lastFailure(of modelName: String) async throws -> Date?
    /// The last `limit` recorded calls, newest last.
    func modelCalls(limit: Int) async throws -> [ModelCallRecord]
    /// The calls made for task `id` (the whole id), in the order recorded.
    func modelCalls(ofTask id: String) async throws -> [ModelCallRecord]
}

extension ModelCallLedger {
    /// The calls made for task `id`, read from every call recorded: for a ledger with no
    /// faster way (the stores have their own).
    public func modelCalls(ofTask id: String) async throws -> [ModelCallRecord] {
        try await modelCalls(limit: Int.max).filter { $0.task == id }
    }
}
