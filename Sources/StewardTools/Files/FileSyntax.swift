import Foundation
import StewardCore
import StewardJSON
import TOMLKit
import Yams

/// The syntax a file's name promises (`.json`, `.yaml`/`.yml`, `.toml`), checked on every
/// change a tool makes (`ToolContext.changed`): a change that would leave such a file
/// unreadable by its own format is refused and nothing is written (issue 19, fresh28 2910:
/// "6B, 6B+, 6C" appended after the closing `]` of a JSON logbook broke it for every program
/// that reads it). A file that was already broken may still be changed (a fix goes through).
public enum FileSyntax {
    /// The format `path` must keep ("JSON", "YAML", "TOML"), by its extension; nil for others.
    public static func format(of path: String) -> String? {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "json": "JSON"
        case "yaml", "yml": "YAML"
        case "toml": "TOML"
        default: nil
        }
    }

    /// Why `text` is not valid in the format `path` must keep, in a few words; nil when it is,
    /// or `path` promises no format.
    public static func problem(_ path: String, _ text: String) -> String? {
        do {
            switch format(of: path) {
            case "JSON": _ = try JSONValue.parse(text)
            case "YAML": _ = try Yams.compose(yaml: text)
            case "TOML": _ = try TOMLTable(string: text)
            default: return nil
            }
            return nil
        } catch {
            let said = "\(error)".replacingOccurrences(of: "\n", with: " ")
            return String(said.prefix(160))
        }
    }
}

extension ToolContext {
    /// The refusal of `operations` when one writes a file that would no longer be valid in the
    /// format its name promises, and was (or was not there); nil when every write keeps it.
    func brokenSyntax(_ operations: [FileOperation]) async -> ToolOutcome? {
        for case .write(let path, let content, _) in operations {
            // A path no writer may use is refused by the path policy for its own reason first
            // (`change`): "steward.toml is written only by the person", not its syntax.
            guard (try? PathPolicy.outsideTools().check(path)) != nil, let format = FileSyntax.format(of: path),
                let new = String(data: content, encoding: .utf8),
                let problem = FileSyntax.problem(path, new)
            else { continue }
            let old = try? await workspace.readFile(path, in: await readingProposal())
            if let old, FileSyntax.problem(path, String(decoding: old, as: UTF8.self)) != nil { continue }
            return ToolOutcome(
                ok: false,
                text:
                    "error: that would leave \(Escape.inline(path)) not valid \(format) (\(problem)), so nothing was changed; "
                    + (old == nil
                        ? "a file named .\(path.split(separator: ".").last ?? "") must hold \(format): write it as \(format)"
                        : "it must stay \(format): read it and write it whole with the change made, as \(format)")
            )
        }
        return nil
    }
}
