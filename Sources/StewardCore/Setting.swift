import Foundation

/// The range a numeric setting of `steward.toml` may take: finite, between two bounds (the
/// lower one included or not), a whole number or any number, in a unit people read.
public struct SettingRange: Sendable, Hashable, CustomStringConvertible {
    public let lower: Double
    /// Whether `lower` itself is allowed (a time-out of 0 s is not; a price of 0 is).
    public let lowerIncluded: Bool
    public let upper: Double
    public let wholeNumber: Bool
    /// What the number counts ("seconds", "MiB"), or "".
    public let unit: String

    public init(lower: Double, lowerIncluded: Bool = true, upper: Double, wholeNumber: Bool, unit: String = "") {
        self.lower = lower
        self.lowerIncluded = lowerIncluded
        self.upper = upper
        self.wholeNumber = wholeNumber
        self.unit = unit
    }

    /// A whole number from `range.lowerBound` to `range.upperBound`.
    public static func whole(_ range: ClosedRange<Int>, _ unit: String = "") -> SettingRange {
        SettingRange(lower: Double(range.lowerBound), upper: Double(range.upperBound), wholeNumber: true, unit: unit)
    }

    /// A finite number from `range.lowerBound` to `range.upperBound`.
    public static func number(_ range: ClosedRange<Double>, _ unit: String = "") -> SettingRange {
        SettingRange(lower: range.lowerBound, upper: range.upperBound, wholeNumber: false, unit: unit)
    }

    /// A time limit: more than 0 seconds, at most `max` (a day unless said).
    public static func seconds(max: Double = 86_400) -> SettingRange {
        SettingRange(lower: 0, lowerIncluded: false, upper: max, wholeNumber: false, unit: "seconds")
    }

    public func contains(_ x: Double) -> Bool {
        x.isFinite && (lowerIncluded ? x >= lower : x > lower) && x <= upper && (!wholeNumber || x == x.rounded())
    }

    /// "a whole number of MiB from 16 to 1048576", "a number of seconds more than 0 and at most 86400".
    public var description: String {
        let what = (wholeNumber ? "a whole number" : "a number") + (unit.isEmpty ? "" : " of \(unit)")
        return lowerIncluded
            ? "\(what) from \(Setting.show(lower)) to \(Setting.show(upper))"
            : "\(what) more than \(Setting.show(lower)) and at most \(Setting.show(upper))"
    }
}

/// The one check every numeric setting goes through when the configuration is read, and
/// safe conversions for numbers at the point of use.
public enum Setting {
    /// A setting's value as the configuration file gave it.
    public enum Value: Sendable, Hashable {
        case int(Int)
        case double(Double)
        /// Anything else (a string, a table, …), as written, for the message.
        case other(String)
    }

    /// Checks `value` of `key` against `range`.
    /// - Returns: the value as a `Double` (exact for every whole number a range allows).
    /// - Throws: `StewardError.failure` naming the source, the key, the value and the range,
    ///   for a wrong type, `inf`, `nan` or a value out of range.
    public static func check(_ value: Value, key: String, range: SettingRange, source: String) throws -> Double {
        let x: Double
        switch value {
        case .int(let i): x = Double(i)
        case .double(let d): x = d
        case .other(let text):
            throw refusal(key: key, shown: text, range: range, source: source)
        }
        guard range.contains(x) else {
            let shown: String =
                switch value {
                case .int(let i): String(i)
                default: show(x)
                }
            throw refusal(key: key, shown: shown, range: range, source: source)
        }
        return x
    }

    /// `check` for a whole-number setting.
    /// - Throws: as `check`; also for a fraction.
    public static func whole(_ value: Value, key: String, range: ClosedRange<Int>, unit: String = "", source: String) throws -> Int {
        let x = try check(value, key: key, range: .whole(range, unit), source: source)
        if case .int(let i) = value { return i }
        return Int(x)  // finite, whole and within an Int range: checked above
    }

    static func refusal(key: String, shown: String, range: SettingRange, source: String) -> StewardError {
        .failure("\(source): '\(Escape.inline(key))' is \(Escape.inline(String(shown.prefix(80)))), but must be \(range); fix it and commit to main")
    }

    /// A number as a person writes it: whole numbers without ".0", `inf`, `nan`.
    public static func show(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return String(x)
    }

    /// `x` as an `Int` within `range`, never trapping: `nan` gives the lower bound, `inf` and
    /// anything past the bounds the nearest bound. For numbers that reach a conversion
    /// without having been checked (defence at the point of use).
    public static func int(_ x: Double, clampedTo range: ClosedRange<Int>) -> Int {
        if x.isNaN { return range.lowerBound }
        if x <= Double(range.lowerBound) { return range.lowerBound }
        if x >= Double(range.upperBound) { return range.upperBound }
        return Int(x)
    }

    /// `a * b` within `range`, never overflowing.
    public static func product(_ a: Int, _ b: Int, clampedTo range: ClosedRange<Int>) -> Int {
        let (p, overflow) = a.multipliedReportingOverflow(by: b)
        if overflow { return (a < 0) != (b < 0) ? range.lowerBound : range.upperBound }
        return min(max(p, range.lowerBound), range.upperBound)
    }
}

/// The bytes of a configuration file, checked before any parser sees them.
public enum ConfigText {
    /// `data` as text.
    /// - Throws: `StewardError.failure` naming `source` and the line, for a NUL byte (a TOML
    ///   parser would stop reading there and silently drop the rest) or bytes that are not UTF-8.
    public static func decode(_ data: Data, source: String) throws -> String {
        let bytes = [UInt8](data)
        if let nul = bytes.firstIndex(of: 0) {
            throw StewardError.failure(
                "\(source): line \(line(of: nul, in: bytes)) holds a NUL byte (0x00), which a configuration file cannot hold; remove it and commit the file to main"
            )
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8(bytes) ?? 0
            throw StewardError.failure(
                "\(source): line \(line(of: bad, in: bytes)) is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at offset \(bad)); save the file as UTF-8 and commit it to main"
            )
        }
        return text
    }

    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let len = (1...4).first { String(validating: bytes[i..<min(i + $0, bytes.count)], as: UTF8.self) != nil }
            guard let len else { return i }
            i += len
        }
        return nil
    }
}
