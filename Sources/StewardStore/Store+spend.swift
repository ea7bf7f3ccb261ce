import Foundation
import StewardCore

extension Store {
    /// What the store records as spent in the cloud today, this month and on each of the last
    /// `days` days, with the caps (`[budget] daily_usd`, `monthly_usd`).
    /// - Throws: the store's error when it cannot be read.
    public func spend(dailyCapUSD: Double, monthlyCapUSD: Double, days: Int = 30, now: Date = Date()) throws -> Spend {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone.current
        let today = cal.startOfDay(for: now)
        let month = cal.date(from: cal.dateComponents([.year, .month], from: now)) ?? today
        let f = DateFormatter()
        f.calendar = cal
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd"
        var perDay: [Spend.Day] = []
        for i in (0..<days).reversed() {
            let start = cal.date(byAdding: .day, value: -i, to: today)!
            let end = cal.date(byAdding: .day, value: 1, to: start)!
            perDay.append(Spend.Day(date: f.string(from: start), usd: try cloudSpend(since: start) - cloudSpend(since: end)))
        }
        return Spend(
            todayUSD: try cloudSpend(since: today), monthUSD: try cloudSpend(since: month),
            dailyCapUSD: dailyCapUSD, monthlyCapUSD: monthlyCapUSD, perDay: perDay)
    }
}
