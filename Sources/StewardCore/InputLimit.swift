import Foundation

/// The longest text each kind of free input may be, wherever it comes in (the command line, the
/// API, the dashboard's forms, the store): one limit per kind, checked by one helper, so a task
/// that `steward run` refuses is refused by a schedule too. Lengths count Unicode scalars (what a
/// person would call characters; a grapheme cluster of a thousand combining marks counts as a
/// thousand), the unit of JSON Schema's `maxLength` in docs/openapi.json.
public struct InputLimit: Sendable, Hashable {
    /// What the input is, as a person would name it ("the task", "the reason").
    public let what: String
    public let maxCharacters: Int

    public init(_ what: String, maxCharacters: Int) {
        self.what = what
        self.maxCharacters = maxCharacters
    }

    /// A task for an agent: `steward run`, `revise`'s feedback, `POST /api/v1/tasks`, the
    /// dashboard's task form, and a schedule's task (`steward schedule add`, `POST schedules`).
    public static let task = InputLimit("the task", maxCharacters: 10_000)
    /// Why a proposal was rejected or rolled back (the API and the dashboard's forms).
    public static let reason = InputLimit("the reason", maxCharacters: 2_000)
    /// A schedule's cron expression (five fields or `@daily`; the longest sensible one is far shorter).
    public static let cron = InputLimit("the cron expression", maxCharacters: 200)
    /// An IANA time zone name (the longest is about 30 characters).
    public static let timeZone = InputLimit("the time zone", maxCharacters: 64)
    /// The head a person reviewed (`expectedHead`): a commit id is 40 hex digits (64 for SHA-256).
    public static let commitID = InputLimit("the expected head", maxCharacters: 64)
    /// A person's comment on a proposal, a file or a line (`steward comment`, `POST
    /// proposals/{n}/comments`): it becomes part of the agent's task at `revise`, hence the task's size.
    public static let comment = InputLimit("the comment", maxCharacters: 10_000)
    /// An agent token's label (`steward token --agent LABEL`).
    public static let tokenLabel = InputLimit("the token's label", maxCharacters: 100)

    /// `text`, unchanged, when it is within the limit.
    /// - Throws: `StewardError.usage` naming the input, its length and the limit.
    @discardableResult
    public func check(_ text: String) throws -> String {
        let n = text.unicodeScalars.count
        guard n <= maxCharacters else {
            throw StewardError.usage("\(what) is \(Self.grouped(n)) characters; the limit is \(Self.grouped(maxCharacters)): shorten it")
        }
        return text
    }

    /// `text` checked, or nil for nil.
    /// - Throws: as `check(_:)`.
    @discardableResult
    public func check(_ text: String?) throws -> String? {
        guard let text else { return nil }
        return try check(text)
    }

    /// 500000 as "500,000".
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
