import Foundation
import StewardCore
import StewardSandbox
import Testing

/// `[database] query_timeout_seconds` (spec 23.1, 23.8): how long a query may go unanswered
/// before its connection is closed and it counts as lost; absurd values are refused, naming the
/// key, the value and the range.
@Suite("PostgreSQL store: [database] query_timeout_seconds")
struct DatabaseQueryTimeoutTests {
    let source = ".steward/config.toml"

    func database(_ extra: String) throws -> MachineConfig.Database? {
        try MachineConfig.parse("[database]\nurl = \"postgres://u@h/d\"\n" + extra, source: source).database
    }

    @Test func theTimeOutIsReadAndIs60SecondsUnlessSet() throws {
        #expect(try database("")?.queryTimeoutSeconds == 60)
        #expect(try database("query_timeout_seconds = 5\n")?.queryTimeoutSeconds == 5)
        #expect(try database("query_timeout_seconds = 0.5\n")?.queryTimeoutSeconds == 0.5)
        #expect(try database("query_timeout_seconds = 86400\n")?.queryTimeoutSeconds == 86_400)
    }

    /// Each refused value as written in the file, and as the refusal shows it.
    static let absurd: [(String, String)] = [
        ("0", "0"), ("-5", "-5"), ("86401", "86401"), ("1e9", "1000000000"), ("\"sixty\"", "\"sixty\""), ("nan", "nan"), ("inf", "inf"),
        ("true", "a bool"),
    ]

    @Test(arguments: absurd)
    func anAbsurdValueIsRefusedNamingTheKeyTheValueAndTheRange(_ value: String, _ shown: String) {
        var message = "(no error)"
        do {
            _ = try database("query_timeout_seconds = \(value)\n")
        } catch {
            message = "\(error)"
        }
        #expect(
            message.hasPrefix(
                ".steward/config.toml: 'database.query_timeout_seconds' is \(shown), but must be a number of seconds more than 0 and at most 86400"),
            "\(message)")
    }
}
