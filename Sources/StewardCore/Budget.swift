import Foundation

/// A cap on cloud spend over a period: what was spent since `since` (calls made and
/// reservations still open) may not pass `usd` (spec 16.7, 23.7).
public struct BudgetCap: Sendable, Hashable {
    public let since: Date
    public let usd: Double
    public init(since: Date, usd: Double) {
        self.since = since
        self.usd = usd
    }
}

/// A store that holds the cloud budget for several machines at once (spec 23.7): a cloud call
/// reserves its maximum cost before it is sent and settles after, so calls racing from many
/// machines never pass a cap together. The router uses it when its ledger is one; the SQLite
/// store of one machine is not (one process's router reads the spend before each call).
public protocol BudgetReserver: Sendable {
    /// Reserves `maxUSD` for a call of `modelName`, counted against every cap with the calls
    /// recorded and the reservations still open.
    /// - Returns: the reservation, or nil when a cap would be passed (nothing reserved).
    /// - Throws: when the store fails.
    func reserve(modelName: String, maxUSD: Double, caps: [BudgetCap], task: String?, fence: Int64?) async throws -> Int64?
    /// Records `call` (what it really cost) and closes the reservation, at once.
    /// - Throws: when the store fails.
    func settle(_ reservation: Int64, with call: ModelCallRecord) async throws
    /// USD held by reservations made since `date` and not yet settled (calls in flight, and
    /// those a dead worker left open).
    /// - Throws: when the store fails.
    func openReservations(since date: Date) async throws -> Double
}

/// The task (and the fencing number of its lease, spec 23.4) on whose behalf model calls are
/// made: the worker sets it around a task's run, so a reservation names its task, and whoever
/// takes a dead worker's task over can settle what that worker left open.
public struct BudgetOwner: Sendable, Hashable {
    public let task: String
    public let fence: Int64?
    public init(task: String, fence: Int64?) {
        self.task = task
        self.fence = fence
    }

    /// The owner of the calls made in this task tree (nil: none named).
    @TaskLocal public static var current: BudgetOwner?
}
