import Foundation
import StewardCore
import StewardJSON

/// `append_to_file`: adds text at the end of a file (or, with `"at": "start"`, before its first
/// line), keeping what is there (a new file when there is none). What people ask for ("add X
/// to my list", "put a heading above the items") in one call, where `write_file` needs a small
/// model to copy the whole file back without losing a line.
public enum AppendToFile: Tool {
    public static let name = "append_to_file"
    public struct Arguments: Decodable, Sendable {
        public var path: String
        public var text: String
        /// "start" adds before the first line; "end" (the default) after the last.
        public var at: String?
    }

    public static let definition = ToolDefinition(
        name: name, description: "Add text at the end of a file (or its start), keeping what is there.",
        parameters: parameters(at: "end (default) or start"))
    public static let mcpDefinition = ToolDefinition(
        name: name,
        description:
            "Add text at the end of a file, or with \"at\": \"start\" before its first line, keeping what is there (a new file if there is none); a line break is added before and after as needed. Goes to your proposal.",
        parameters: definition.parameters)

    /// `path`, `text`, and `at` (one of "end", "start"; optional).
    static func parameters(at description: String) -> JSONValue {
        .object([
            "type": "object",
            "properties": .object([
                "path": .object(["type": "string", "description": "the file"]),
                "text": .object(["type": "string", "description": "the line(s) to add"]),
                "at": .object([
                    "type": "string", "enum": .array(["end", "start"]), "description": .string(description),
                ]),
            ]),
            "required": .array(["path", "text"]), "additionalProperties": .bool(false),
        ])
    }

    public static func plannedChanges(_ a: Arguments) -> [PlannedChange] { [.write(path: a.path)] }

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        let added = a.text.trimmingCharacters(in: .newlines)
        guard !added.trimmingCharacters(in: .whitespaces).isEmpty else {
            return ToolOutcome(ok: false, text: "error: \(name) needs the text to add in \"text\"")
        }
        let old: String
        do {
            let data = try await context.workspace.readFile(a.path, in: await context.readingProposal())
            guard let text = String(data: data, encoding: .utf8) else {
                return ToolOutcome(ok: false, text: "error: \(a.path) is not text")
            }
            old = text
        } catch let e as StewardError where e.code == .notFound {
            old = ""
        }
        if a.at == "start" {
            let updated = prepended(added, to: old)
            return try await context.changed(
                [.write(path: a.path, content: Data(updated.utf8), executable: false)], tool: name,
                "added \(added.split(separator: "\n").count) line(s) at the start of \(Escape.inline(a.path)); it now begins:\n"
                    + updated.split(separator: "\n").prefix(4).joined(separator: "\n"))
        }
        let updated = appended(added, to: old)
        return try await context.changed(
            [.write(path: a.path, content: Data(updated.utf8), executable: false)], tool: name,
            "added \(added.split(separator: "\n").count) line(s) at the end of \(Escape.inline(a.path)); it now ends:\n"
                + updated.split(separator: "\n").suffix(4).joined(separator: "\n"))
    }

    /// `text` on its own line(s) before `old`: a single bare line put above a bulleted list
    /// gets the list's bullet, as `appended` gives one (measured: "book the MOT before 14
    /// January" went above "- replace the wiper blades" without one); a heading, a line with
    /// its own marker or several lines stay as they are.
    public static func prepended(_ text: String, to old: String) -> String {
        let first = old.split(separator: "\n").first.map(String.init) ?? ""
        if !text.contains("\n"), !text.hasPrefix("#"), ListMarker.of(text) == nil, case .bullet(let b) = ListMarker.of(first) {
            return b + text + "\n" + old
        }
        return text + "\n" + old
    }

    /// `text` added on its own line(s) after `old`, ending with a line break. A single line
    /// added to a list (the last line starts with `- `, `* `, `+ ` or `N. `) gets the list's
    /// marker, numbered on.
    public static func appended(_ text: String, to old: String) -> String {
        var line = text
        let last =
            old.split(separator: "\n").last.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
        if !text.contains("\n"), ListMarker.of(text) == nil, let marker = ListMarker.of(last) {
            line = marker.next + text
        }
        let sep = old.isEmpty || old.hasSuffix("\n") ? "" : "\n"
        return old + sep + line + "\n"
    }
}

extension AppendToFile {
    /// `line` without its list marker (`- `, `* `, `+ `, `N. `): what an added item says,
    /// however the file marks it (the tool gives a bare line the list's marker).
    public static func item(_ line: String) -> String {
        switch ListMarker.of(line) {
        case .bullet(let b): String(line.dropFirst(b.count))
        case .number(let n): String(line.dropFirst("\(n). ".count))
        case nil: line
        }
    }
}

/// The marker of a Markdown list item: `- `, `* `, `+ ` or `N. ` (and the one after it).
enum ListMarker {
    case bullet(String)
    case number(Int)

    static func of(_ line: String) -> ListMarker? {
        for b in ["- ", "* ", "+ "] where line.hasPrefix(b) { return .bullet(b) }
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". "), let n = Int(digits) else {
            return nil
        }
        return .number(n)
    }

    /// The marker for the next item.
    var next: String {
        switch self {
        case .bullet(let b): b
        case .number(let n): "\(n + 1). "
        }
    }
}
