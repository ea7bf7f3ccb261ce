import Foundation
import StewardCore
import Testing

@Suite struct CronTests {
    static func utc(_ s: String) -> Date { ISO8601DateFormatter().date(from: s)! }

    /// expression, zone, after (UTC), the next fire (UTC) or nil for never.
    static let table: [(String, String, String, String?)] = [
        ("*/15 * * * *", "UTC", "2026-11-30T10:07:30Z", "2026-11-30T10:15:00Z"),
        // The minute right after a time that is not on a whole minute (a schedule's creation).
        ("* * * * *", "UTC", "2026-11-30T10:07:30Z", "2026-11-30T10:08:00Z"),
        ("0 9 * * *", "UTC", "2026-11-30T08:59:30Z", "2026-11-30T09:00:00Z"),
        ("* * * * *", "UTC", "2026-11-30T10:08:00Z", "2026-11-30T10:09:00Z"),
        ("0 8 * * 1-5", "UTC", "2026-11-28T09:00:00Z", "2026-11-30T08:00:00Z"),  // Saturday → Monday
        ("0 8 * * 1-5", "America/New_York", "2026-11-30T12:00:00Z", "2026-11-30T13:00:00Z"),  // 8:00 EST
        ("0 9 * * mon,wed,fri", "UTC", "2026-12-01T09:00:00Z", "2026-12-02T09:00:00Z"),
        ("@hourly", "UTC", "2026-11-30T10:00:00Z", "2026-11-30T11:00:00Z"),
        ("@daily", "Europe/Paris", "2026-11-30T10:00:00Z", "2026-11-30T23:00:00Z"),
        ("@weekly", "UTC", "2026-11-30T10:00:00Z", "2026-12-06T00:00:00Z"),  // next Sunday
        ("0 0 1 * *", "UTC", "2026-11-30T10:00:00Z", "2026-12-01T00:00:00Z"),
        ("0 0 29 2 *", "UTC", "2026-03-01T00:00:00Z", "2028-02-29T00:00:00Z"),
        ("0 12 31 4 *", "UTC", "2026-01-01T00:00:00Z", nil),
        ("0 0 1 1 *", "UTC", "2026-06-01T00:00:00Z", "2027-01-01T00:00:00Z"),
        ("5 4 * * 7", "UTC", "2026-11-30T00:00:00Z", "2026-12-06T04:05:00Z"),  // 7 is Sunday
        ("0 0 13 * 5", "UTC", "2026-11-01T00:00:00Z", "2026-11-06T00:00:00Z"),  // day 13 or any Friday
        // A day field starting with `*` (`*/2` too) makes the two day fields an AND (Vixie cron).
        ("0 0 */2 * 1", "UTC", "2026-12-02T00:00:00Z", "2026-12-07T00:00:00Z"),  // Monday the 7th (odd); not Thursday the 3rd
        ("0 0 */2 * 1", "UTC", "2026-12-08T00:00:00Z", "2026-12-21T00:00:00Z"),  // Monday the 14th is even: the 21st
        // The 1st on Sun/Tue/Thu/Sat: Tuesday 1 December, not Tuesday 3 November.
        ("0 0 1 * */2", "UTC", "2026-11-02T00:00:00Z", "2026-12-01T00:00:00Z"),
        ("0 0 1 * */2", "UTC", "2026-12-01T00:00:00Z", "2027-04-01T00:00:00Z"),  // 1 Jan Fri, 1 Feb Mon, 1 Mar Mon: Thursday 1 April
        ("0 0 13 * */1", "UTC", "2026-11-01T00:00:00Z", "2026-11-13T00:00:00Z"),  // every weekday by step, still only the 13th
        ("0 0 1-31 * 1", "UTC", "2026-12-01T10:00:00Z", "2026-12-02T00:00:00Z"),  // 1-31 is no star: any day of month, or Monday
        // Daylight saving, Europe/Paris: 02:30 does not exist on 29 March 2026 (skipped)...
        ("30 2 * * *", "Europe/Paris", "2026-03-28T11:00:00Z", "2026-03-30T00:30:00Z"),
        // ... and happens twice on 25 October 2026: it fires once, at the first.
        ("30 2 * * *", "Europe/Paris", "2026-10-24T11:00:00Z", "2026-10-25T00:30:00Z"),
        ("30 2 * * *", "Europe/Paris", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"),
        ("0 * * * *", "America/New_York", "2026-11-01T04:30:00Z", "2026-11-01T05:00:00Z"),  // 1:00 EDT
        ("0 * * * *", "America/New_York", "2026-11-01T05:00:00Z", "2026-11-01T07:00:00Z"),  // 1:00 EST repeats 1:00: skipped, then 2:00 EST
    ]

    @Test(arguments: table.indices)
    func nextFire(_ i: Int) throws {
        let (expr, zone, after, expected) = Self.table[i]
        let s = try CronSchedule(expr, timeZone: zone)
        #expect(s.next(after: Self.utc(after)) == expected.map(Self.utc), "\(expr) in \(zone) after \(after)")
    }

    @Test(arguments: [
        ("61 * * * *", "minute"), ("* * *", "five fields"), ("@every 5m", "unknown schedule"), ("5-1 * * * *", "runs backwards"),
        ("*/0 * * * *", "positive"), ("* * 0 * *", "day of month"), ("* * * 13 *", "month"), ("* * * * 8", "day of week"),
        ("1,,2 * * * *", "empty item"),
    ])
    func refused(_ c: (String, String)) {
        #expect {
            _ = try CronSchedule(c.0, timeZone: "UTC")
        } throws: { e in
            (e as? StewardError)?.code == .usage && (e as? StewardError)?.message.contains(c.1) == true
        }
    }

    @Test func unknownZone() {
        #expect(throws: StewardError.self) { _ = try CronSchedule("@daily", timeZone: "Mars/Olympus") }
    }
}
