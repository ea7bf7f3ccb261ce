import StewardCore
import TOMLKit

/// The one place `steward.toml` text becomes TOML, and TOML numbers become checked settings
/// (`Setting` in StewardCore holds the check; this file only adapts TOMLKit's values to it).
/// `WorkspaceConfig`, `ModelsConfig` and `AgentsConfig` all read through here.
public enum ConfigTOML {
    /// Parses `steward.toml` text.
    /// - Throws: `StewardError.failure` naming `source` and the line, for a syntax error or a
    ///   NUL character (TOMLKit's parser would stop there and drop the rest of the file).
    public static func table(_ text: String, source: String) throws -> TOMLTable {
        if text.utf8.contains(0) {
            let line = text.utf8.prefix { $0 != 0 }.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw StewardError.failure(
                "\(source): line \(line) holds a NUL character, which a configuration file cannot hold; remove it and commit the file to main")
        }
        do {
            return try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw StewardError.failure("\(source): \(e.description) at line \(e.source.begin.line); fix the file and commit it to main")
        }
    }

    /// A TOML value as `Setting.check` takes it.
    public static func value(_ v: TOMLValueConvertible) -> Setting.Value {
        if let i = v.int { return .int(i) }
        if let d = v.double { return .double(d) }
        if let s = v.string { return .other("\"\(s)\"") }
        return .other("a \(v.type)")
    }
}

extension TOMLTable {
    /// The number at `name` (nil when absent), checked against `range`; `key` is its full
    /// name for messages (`skills.timeout_seconds`).
    /// - Throws: `StewardError.failure` naming the key, the value and the range.
    public func number(_ name: String, key: String, range: SettingRange, source: String) throws -> Double? {
        guard let v = self[name] else { return nil }
        return try Setting.check(ConfigTOML.value(v), key: key, range: range, source: source)
    }

    /// The whole number at `name` (nil when absent), checked against `range`.
    /// - Throws: `StewardError.failure` naming the key, the value and the range.
    public func whole(_ name: String, key: String, range: ClosedRange<Int>, unit: String = "", source: String) throws -> Int? {
        guard let v = self[name] else { return nil }
        return try Setting.whole(ConfigTOML.value(v), key: key, range: range, unit: unit, source: source)
    }
}
