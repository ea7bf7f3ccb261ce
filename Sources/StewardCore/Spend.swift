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
