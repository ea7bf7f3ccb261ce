import Foundation

/// Cloud spend today, this month and per day, against the caps: the API's `GET spend`, and the
/// figures of `steward models` (`spentTodayUSD`, `spentThisMonthUSD`). Days and months are the
/// machine's local calendar.
public struct Spend: Codable, Sendable, Hashable {
    public struct Day: Codable, Sendable, Hashable {
        /// `yyyy-MM-dd`.
        public var date: String
        public var usd: Double

        public init(date: String, usd: Double) {
            self.date = date
            self.usd = usd
        }
    }
    public var todayUSD: Double
    public var monthUSD: Double
    public var dailyCapUSD: Double
    public var monthlyCapUSD: Double
    /// What cloud calls in flight hold today and this month (budget reservations not yet
    /// settled, on any machine, spec 23.7), besides what was spent: the caps count both. 0 on
    /// one machine's SQLite store, which reserves nothing.
    public var reservedTodayUSD: Double
    public var reservedMonthUSD: Double
    /// The last days, oldest first, today last.
    public var perDay: [Day]

    public init(
        todayUSD: Double, monthUSD: Double, dailyCapUSD: Double, monthlyCapUSD: Double, reservedTodayUSD: Double = 0, reservedMonthUSD: Double = 0,
        perDay: [Day]
    ) {
        self.todayUSD = todayUSD
        self.monthUSD = monthUSD
        self.dailyCapUSD = dailyCapUSD
        self.monthlyCapUSD = monthlyCapUSD
        self.reservedTodayUSD = reservedTodayUSD
        self.reservedMonthUSD = reservedMonthUSD
        self.perDay = perDay
    }
}

extension ModelCallLedger {
    /// What the ledger records as spent in the cloud today, this month and on each of the last
    /// `days` days, with the caps (`[budget] daily_usd`, `monthly_usd`): from `cloudSpend(since:)`,
    /// so every backend gives the same figures; and what open reservations hold, when the
    /// ledger is a `BudgetReserver` (the shared database).
    /// - Throws: the ledger's error when it cannot be read.
    public func spend(dailyCapUSD: Double, monthlyCapUSD: Double, days: Int = 30, now: Date = Date()) async throws -> Spend {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone.current
        let today = cal.startOfDay(for: now)
        let month = cal.date(from: cal.dateComponents([.year, .month], from: now)) ?? today
        let f = DateFormatter()
        f.calendar = cal
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd"
        var perDay: [Spend.Day] = []
        for i in (0..<max(0, days)).reversed() {
            let start = cal.date(byAdding: .day, value: -i, to: today)!
            let end = cal.date(byAdding: .day, value: 1, to: start)!
            perDay.append(Spend.Day(date: f.string(from: start), usd: try await cloudSpend(since: start) - cloudSpend(since: end)))
        }
        let reserver = self as? any BudgetReserver
        return Spend(
            todayUSD: try await cloudSpend(since: today), monthUSD: try await cloudSpend(since: month),
            dailyCapUSD: dailyCapUSD, monthlyCapUSD: monthlyCapUSD,
            reservedTodayUSD: try await reserver?.openReservations(since: today) ?? 0,
            reservedMonthUSD: try await reserver?.openReservations(since: month) ?? 0, perDay: perDay)
    }
}
