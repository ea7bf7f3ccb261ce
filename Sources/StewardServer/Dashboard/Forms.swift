import StewardAgents
import StewardCore
import StewardSandbox

/// The dashboard's forms, field by field (every field optional: a missing one is handled where
/// it is used, as a missing CSRF token is a 403).
protocol CSRFForm: Decodable {
    var csrf: String? { get }
}

struct LoginForm: Decodable {
    var token: String?
    /// The page to return to (checked by `Dashboard.returnPath`).
    var next: String?
}

struct LogoutForm: CSRFForm {
    var csrf: String?
}

/// Approve (`head`, `acceptRisks`, and the file boxes: `files`, how many the page listed, and
/// `take-K` for each one ticked, K counting from 1 in its file list; `rejectRest`, the reason
/// to reject the files left unticked), reject and roll back (`reason`). Field names, not
/// repeated fields (which the decoder refuses), carry the files.
struct ProposalForm: CSRFForm {
    var csrf: String?
    var head: String?
    var acceptRisks: String?
    var reason: String?
    var rejectRest: String?
    var files: String?
    var taken: Set<Int> = []

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        for key in c.allKeys {
            // Every field is one string: a bracketed or nested one fails here, as before.
            let value = try c.decode(String.self, forKey: key)
            switch key.stringValue {
            case "csrf": csrf = value
            case "head": head = value
            case "acceptRisks": acceptRisks = value
            case "reason": reason = value
            case "rejectRest": rejectRest = value
            case "files": files = value
            case let k where k.hasPrefix("take-"): if let i = Int(k.dropFirst("take-".count)) { taken.insert(i) }
            default: break
            }
        }
    }

    /// The files ticked, as `approve` takes them: all when every box is ticked or the form has
    /// none, else only the ticked files of `files` (the proposal's, in the page's order; the
    /// reviewed head, checked by `approve`, makes them the page's); checked by
    /// `FileChoice.from`, as the CLI's and the API's are.
    /// - Throws: `StewardError.usage` when no box is ticked; `APIError` 400 when a reason to
    ///   reject the rest (`rest`, nil for none) comes with every file ticked, or is too long.
    func fileChoice(_ n: Int, files: [ChangedFile], rest: String?) throws -> FileChoice {
        let listed = files.isEmpty ? nil : self.files.flatMap({ Int($0) }).flatMap { $0 > 0 ? $0 : nil }
        let ticked = taken.filter { $0 >= 1 && $0 <= files.count }.sorted()
        let only = listed == nil || ticked.count == files.count ? nil : ticked.map { files[$0 - 1].path }
        if only?.isEmpty == true { throw StewardError.usage("no file of #\(n) was ticked: tick the files to approve, or reject it") }
        do {
            return try FileChoice.from(only: only, except: nil, rejectRest: rest)
        } catch is StewardError {
            // Only a reason with nothing left out fails here (there is no `except`).
            throw APIError(
                .badRequest,
                "a reason to reject the files left unticked was given, but every file of #\(n) is ticked: untick the files to reject, or clear the reason"
            )
        }
    }

    /// The reason to reject the files left unticked: nil when the field is empty (they stay
    /// pending).
    /// - Throws: `APIError` 400 when it is longer than a reason may be.
    func restReason() throws -> String? {
        do {
            return try InputLimit.reason.check(rejectRest?.nonEmpty)
        } catch let e as StewardError { throw APIError(e) }
    }
}

/// A comment on the proposal (no `path`), a file (`path`) or a line (`path`, `side`, `line`),
/// made on the page that showed `head`; resolving one needs only `csrf`. `view` keeps the
/// page's view (`split`) for the way back.
struct CommentForm: CSRFForm {
    var csrf: String?
    var head: String?
    var path: String?
    var side: String?
    var line: String?
    var text: String?
    var view: String?

    /// The page to go back to.
    func page(_ n: Int) -> String { "/proposals/\(n)" + (view == "split" ? "?view=split" : "") }
}

struct TaskForm: CSRFForm {
    var csrf: String?
    var task: String?
    var agent: String?
    /// A `[models]` name, or empty for the agent's route (`steward run --model`).
    var model: String?
}

enum AgentKindName {
    static func kind(_ s: String) -> AgentKind? { s.isEmpty ? nil : AgentKind(rawValue: s) }
}
