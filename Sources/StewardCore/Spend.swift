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
    /// The last days, oldest first, today last.
    public var perDay: [Day]

    public init(todayUSD: Double, monthUSD: Double, dailyCapUSD: Double, monthlyCapUSD: Double, perDay: [Day]) {
        self.todayUSD = todayUSD
        self.monthUSD = monthUSD
        self.dailyCapUSD = dailyCapUSD
        self.monthlyCapUSD = monthlyCapUSD
        self.perDay = perDay
    }
}

extension ModelCallLedger {
    /// What the ledger records as spent in the cloud today, this month and on each of the last
    /// `days` days, with the caps (`[budget] daily_usd`, `monthly_usd`): from `cloudSpend(since:)`,
    /// so every backend gives the same figures.
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
        return Spend(
            todayUSD: try await cloudSpend(since: today), monthUSD: try await cloudSpend(since: month),
            dailyCapUSD: dailyCapUSD, monthlyCapUSD: monthlyCapUSD, perDay: perDay)
    }
}
