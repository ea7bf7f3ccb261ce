import Foundation
import StewardCore
import Testing

@Suite("Settings: one range check for every numeric key")
struct SettingTests {
    static let seconds = SettingRange.seconds()

    /// Values no time-out may take, each refused with the key, the value and the range.
    static let badSeconds: [(Setting.Value, String)] = [
        (.double(.infinity), "inf"), (.double(-.infinity), "-inf"), (.double(.nan), "nan"), (.double(1e308), "1e+308"),
        (.int(99_999_999_999_999), "99999999999999"), (.int(-1), "-1"), (.int(0), "0"), (.double(-0.5), "-0.5"),
        (.int(Int.max), "\(Int.max)"), (.other("\"10\""), "\"10\""),
    ]

    @Test("a time-out out of range names the key, the value and the range", arguments: badSeconds)
    func badTimeout(_ value: Setting.Value, _ shown: String) {
        do {
            let v = try Setting.check(value, key: "skills.timeout_seconds", range: Self.seconds, source: "steward.toml on main")
            Issue.record("accepted \(v)")
        } catch let e as StewardError {
            #expect(e.code == .failure)
            #expect(
                e.message.contains("'skills.timeout_seconds' is \(shown), but must be a number of seconds more than 0 and at most 86400"),
                "\(e.message)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func wholeNumbersAndTheirBounds() throws {
        #expect(try Setting.whole(.int(16), key: "k", range: 16...1_048_576, source: "s") == 16)
        #expect(try Setting.whole(.double(512), key: "k", range: 16...1_048_576, source: "s") == 512)
        for bad: Setting.Value in [
            .int(15), .int(1_048_577), .double(16.5), .double(.infinity), .double(1e308), .int(99_999_999_999_999), .int(Int.min),
        ] {
            #expect(throws: StewardError.self, "\(bad)") {
                try Setting.whole(bad, key: "skills.memory_mb", range: 16...1_048_576, unit: "MiB", source: "s")
            }
        }
        let e = try #require(throws: StewardError.self) {
            try Setting.whole(.int(99_999_999_999_999), key: "skills.memory_mb", range: 16...1_048_576, unit: "MiB", source: "s")
        }
        #expect(
            e.message == "s: 'skills.memory_mb' is 99999999999999, but must be a whole number of MiB from 16 to 1048576; fix it and commit to main")
        #expect(try Setting.check(.int(0), key: "k", range: .number(0...1e9, "USD"), source: "s") == 0)
    }

    @Test func conversionsAtThePointOfUseNeverTrap() {
        #expect(Setting.int(.infinity, clampedTo: 1...100) == 100)
        #expect(Setting.int(-.infinity, clampedTo: 1...100) == 1)
        #expect(Setting.int(.nan, clampedTo: 1...100) == 1)
        #expect(Setting.int(1e308, clampedTo: 0...Int.max) == Int.max)
        #expect(Setting.int(42.9, clampedTo: 0...100) == 42)
        #expect(Setting.product(99_999_999_999_999, 1 << 20, clampedTo: 1...Int.max) == Int.max)
        #expect(Setting.product(512, 1 << 20, clampedTo: 1...Int.max) == 512 << 20)
    }

    @Test func configBytesRefuseNULAndInvalidUTF8NamingTheLine() throws {
        #expect(try ConfigText.decode(Data("[skills]\nmemory_mb = 64\n".utf8), source: "s") == "[skills]\nmemory_mb = 64\n")
        let nul = try #require(throws: StewardError.self) {
            try ConfigText.decode(Data("[skills]\nmemory_mb = 64\0\n[privacy]\ncloud = \"allow\"\n".utf8), source: "steward.toml on main")
        }
        #expect(nul.code == .failure && nul.message.contains("steward.toml on main: line 2 holds a NUL byte"), "\(nul.message)")
        var bytes = Array("[hooks]\n\ntimeout_seconds = 5 # caf".utf8)
        bytes += [0xE9, 0x0A]  // Latin-1 é
        let utf = try #require(throws: StewardError.self) { try ConfigText.decode(Data(bytes), source: "steward.toml on main") }
        #expect(utf.message.contains("line 3 is not valid UTF-8 (byte 0xE9"), "\(utf.message)")
    }
}
