import Foundation

/// A cron schedule: five fields (minute hour day-of-month month day-of-week, with `*`, lists,
/// ranges and steps, names for months and days) or `@hourly`, `@daily`, `@weekly`,
/// `@monthly`, `@yearly`, in an IANA time zone. The two day fields combine as in Vixie cron:
/// when either starts with `*` (`*`, `*/2`), a day must match both; otherwise a day matching
/// either fires (`0 0 13 * 5`: the 13th and every Friday; `0 0 */2 * 1`: Mondays that are
/// odd days of the month).
public struct CronSchedule: Sendable, Hashable, CustomStringConvertible {
    public let expression: String
    public let timeZone: TimeZone
    let minutes: Set<Int>, hours: Set<Int>, days: Set<Int>, months: Set<Int>, weekdays: Set<Int>
    /// Whether either day field starts with `*`: then a day must match both fields, else either.
    let dayStar: Bool

    public var description: String { "\(expression) (\(timeZone.identifier))" }

    static let macros = [
        "@hourly": "0 * * * *", "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@weekly": "0 0 * * 0",
        "@monthly": "0 0 1 * *", "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *",
    ]
    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let dayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    /// - Throws: `StewardError.usage` naming the field and what it accepts.
    public init(_ expression: String, timeZone: String = TimeZone.current.identifier) throws {
        let trimmed = expression.trimmingCharacters(in: .whitespaces)
        guard let tz = TimeZone(identifier: timeZone) else {
            throw StewardError.usage("unknown time zone '\(Escape.inline(timeZone))'; give an IANA name such as Europe/Paris or America/New_York")
        }
        self.expression = trimmed
        self.timeZone = tz
        let text = Self.macros[trimmed.lowercased()] ?? trimmed
        if trimmed.hasPrefix("@") && Self.macros[trimmed.lowercased()] == nil {
            throw StewardError.usage("unknown schedule '\(Escape.inline(trimmed))'; use five fields or @hourly, @daily, @weekly, @monthly, @yearly")
        }
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard fields.count == 5 else {
            throw StewardError.usage(
                "a schedule has five fields (minute hour day month weekday), e.g. \"0 8 * * 1-5\" for weekdays at 8:00; '\(Escape.inline(trimmed))' has \(fields.count)"
            )
        }
        minutes = try Self.field(fields[0], "minute", 0...59, names: [])
        hours = try Self.field(fields[1], "hour", 0...23, names: [])
        days = try Self.field(fields[2], "day of month", 1...31, names: [])
        months = try Self.field(fields[3], "month", 1...12, names: Self.monthNames, nameBase: 1)
        var wd = try Self.field(fields[4], "day of week", 0...7, names: Self.dayNames)
        if wd.contains(7) {
            wd.remove(7)
            wd.insert(0)
        }  // 7 is Sunday too
        weekdays = wd
        // Vixie cron looks at the first character only: `*/2` is a star too.
        dayStar = fields[2].hasPrefix("*") || fields[4].hasPrefix("*")
    }

    static func field(_ text: String, _ name: String, _ range: ClosedRange<Int>, names: [String], nameBase: Int = 0) throws -> Set<Int> {
        func value(_ s: String) throws -> Int {
            if let i = names.firstIndex(of: s.lowercased()) { return i + nameBase }
            guard let v = Int(s), range.contains(v) else {
                throw StewardError.usage(
                    "the \(name) field '\(Escape.inline(text))': '\(Escape.inline(s))' is not a number from \(range.lowerBound) to \(range.upperBound)"
                )
            }
            return v
        }
        var out = Set<Int>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            guard !part.isEmpty else { throw StewardError.usage("the \(name) field '\(Escape.inline(text))' has an empty item") }
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard pieces.count <= 2 else { throw StewardError.usage("the \(name) field '\(Escape.inline(text))' has more than one '/'") }
            var step = 1
            if pieces.count == 2 {
                guard let s = Int(pieces[1]), s > 0 else {
                    throw StewardError.usage("the \(name) field '\(Escape.inline(text))': the step must be a positive number")
                }
                step = s
            }
            var lo: Int
            var hi: Int
            if pieces[0] == "*" {
                (lo, hi) = (range.lowerBound, range.upperBound)
            } else if let dash = pieces[0].firstIndex(of: "-") {
                lo = try value(String(pieces[0][..<dash]))
                hi = try value(String(pieces[0][pieces[0].index(after: dash)...]))
                guard lo <= hi else { throw StewardError.usage("the \(name) field '\(Escape.inline(text))': the range \(lo)-\(hi) runs backwards") }
            } else {
                lo = try value(pieces[0])
                hi = pieces.count == 2 ? range.upperBound : lo
            }
            out.formUnion(stride(from: lo, through: hi, by: step))
        }
        return out
    }

    /// The first time strictly after `date` the schedule fires, or nil if it never does
    /// (e.g. 31 February). Wall-clock times that a daylight-saving change skips are skipped;
    /// a time that occurs twice fires once (the first).
    public func next(after date: Date) -> Date? {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = timeZone
        // Start at the next whole minute: the start of `date`'s minute, plus one. (Setting the
        // seconds of `date` + 60 s to 0 rounds up, so the minute right after `date` was skipped
        // whenever `date` was not on a whole minute: a schedule's first time after its creation.)
        var t = (cal.dateInterval(of: .minute, for: date)?.start ?? date).addingTimeInterval(60)
        if t <= date { t = t.addingTimeInterval(60) }
        let limit = date.addingTimeInterval(5 * 366 * 86_400)
        while t < limit {
            let c = cal.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: t)
            guard let month = c.month, let day = c.day, let hour = c.hour, let minute = c.minute, let weekday = c.weekday else { return nil }
            if !months.contains(month) {
                // To the first minute of the next month.
                t = cal.date(from: DateComponents(year: c.year, month: month + 1, day: 1, hour: 0, minute: 0)) ?? t.addingTimeInterval(86_400)
                continue
            }
            let dayOK =
                dayStar
                ? days.contains(day) && weekdays.contains(weekday - 1)
                : days.contains(day) || weekdays.contains(weekday - 1)
            if !dayOK {
                t = cal.date(byAdding: .day, value: 1, to: cal.startOfDay(for: t)) ?? t.addingTimeInterval(86_400)
                continue
            }
            if !hours.contains(hour) {
                let nextHour =
                    cal.date(bySettingHour: hour, minute: 0, second: 0, of: t).map { $0.addingTimeInterval(3600) } ?? t.addingTimeInterval(3600)
                t = nextHour > t ? nextHour : t.addingTimeInterval(60)
                continue
            }
            if !minutes.contains(minute) {
                t = t.addingTimeInterval(60)
                continue
            }
            // The second time a wall-clock time occurs (the hour repeated when clocks go back):
            // it already fired an hour ago.
            let hourEarlier = cal.dateComponents([.day, .hour, .minute], from: t.addingTimeInterval(-3600))
            if hourEarlier.day == day && hourEarlier.hour == hour && hourEarlier.minute == minute {
                t = t.addingTimeInterval(60)
                continue
            }
            return t
        }
        return nil
    }
}
