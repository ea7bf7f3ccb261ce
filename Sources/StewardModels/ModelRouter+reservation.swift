import Foundation
import StewardCore

// The cloud budget across machines (spec 23.7): with a ledger that is a `BudgetReserver` (the
// database several machines share), a cloud call reserves its maximum cost before it is sent
// and settles with what it cost after; one machine's SQLite store reads the spend instead.

extension ModelRouter {
    /// What happened to the budget before a call.
    enum Reservation: Sendable, Hashable {
        /// Nothing to reserve: a local model, or a ledger that is not a `BudgetReserver`.
        case none
        /// Reserved under this id; the call's record settles it.
        case held(Int64)
        /// The caps would be passed (calls reserved meanwhile took what was left): the reason.
        case refused(String)
    }

    /// The caps the budget holds now: the day's and the month's, from local midnight and the
    /// first of the month.
    func budgetCaps() -> [BudgetCap] {
        let calendar = Calendar(identifier: .gregorian)
        let day = calendar.startOfDay(for: now())
        let month = calendar.date(from: calendar.dateComponents([.year, .month], from: now())) ?? day
        return [BudgetCap(since: day, usd: config.dailyUSD), BudgetCap(since: month, usd: config.monthlyUSD)]
    }

    /// The most `request` can cost on `spec`: its prompt counted high (`promptTokens`) and its
    /// whole reply limit at `price_out` (the limit `refusal` lowered to what the budget buys).
    static func maximumCost(_ spec: ModelSpec, _ request: ChatRequest) -> Double {
        spec.cost(Usage(inputTokens: promptTokens(request), outputTokens: request.maxTokens ?? spec.maxTokens ?? spec.defaultMaxTokens))
    }

    /// Reserves the call's maximum cost when `spec` is a cloud model and the ledger holds the
    /// budget for several machines. A reservation the database refuses is a skip, like 16.7's.
    /// - Throws: when the database fails (the call is not made: an unknown spend is no spend).
    func reserve(_ spec: ModelSpec, _ request: ChatRequest) async throws -> Reservation {
        guard spec.cloud, let reserver = ledger as? BudgetReserver else { return .none }
        let maxUSD = Self.maximumCost(spec, request)
        let owner = BudgetOwner.current
        guard let id = try await reserver.reserve(modelName: spec.name, maxUSD: maxUSD, caps: budgetCaps(), task: owner?.task, fence: owner?.fence)
        else {
            return .refused(
                String(
                    format:
                        "the cloud budget's caps ($%.2f a day, $%.2f a month; [budget] daily_usd, monthly_usd) would be passed by this call's ~$%.4f with what calls on this workspace's machines spent and hold now",
                    config.dailyUSD, config.monthlyUSD, maxUSD))
        }
        return .held(id)
    }

    /// The cloud spend of calls in flight on every machine (reserved, not yet settled) since
    /// `date`; 0 when the ledger is not a `BudgetReserver`.
    func heldSpend(since date: Date) async throws -> Double {
        guard let reserver = ledger as? BudgetReserver else { return 0 }
        return try await reserver.openReservations(since: date)
    }

    /// Records `call`: through the reservation it settles when there is one (recorded and
    /// closed at once), else as any call. A ledger that cannot write must not stop the answer;
    /// a reservation left open keeps counting in full, which errs on the side of the cap.
    func record(_ call: ModelCallRecord, settling reservation: Reservation) async {
        if case .held(let id) = reservation, let reserver = ledger as? BudgetReserver {
            try? await reserver.settle(id, with: call)
        } else {
            try? await ledger?.record(call)
        }
    }
}
