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
/// `take-K` for each one ticked, K counting from 1 in its file list), reject and roll back
/// (`reason`). Field names, not repeated fields (which the decoder refuses), carry the files.
struct ProposalForm: CSRFForm {
    var csrf: String?
    var head: String?
    var acceptRisks: String?
    var reason: String?
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
            case "files": files = value
            case let k where k.hasPrefix("take-"): if let i = Int(k.dropFirst("take-".count)) { taken.insert(i) }
            default: break
            }
        }
    }

    /// The files ticked, as `approve` takes them: all when every box is ticked or the form has
    /// none, else only the ticked files of `files` (the proposal's, in the page's order; the
    /// reviewed head, checked by `approve`, makes them the page's).
    /// - Throws: `StewardError.usage` when no box is ticked.
    func fileChoice(_ n: Int, files: [ChangedFile]) throws -> FileChoice {
        guard let listed = files.isEmpty ? nil : self.files.flatMap({ Int($0) }), listed > 0 else { return .all }
        let ticked = taken.filter { $0 >= 1 && $0 <= files.count }.sorted()
        if ticked.count == files.count { return .all }
        if ticked.isEmpty { throw StewardError.usage("no file of #\(n) was ticked: tick the files to approve, or reject it") }
        return .only(ticked.map { files[$0 - 1].path })
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
}

enum AgentKindName {
    static func kind(_ s: String) -> AgentKind? { s.isEmpty ? nil : AgentKind(rawValue: s) }
}
