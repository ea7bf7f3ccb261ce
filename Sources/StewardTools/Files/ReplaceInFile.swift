import Foundation
import StewardCore
import StewardJSON

/// `replace_in_file`: replaces every occurrence of a text in a file ("change Sam to Priya").
/// When the text is not there, the refusal shows the file's lines, so the next call can use
/// the exact text. A path whose file name has a `*` (`memory/projects/*.md`) replaces it in
/// every file of that folder it matches that holds it, in one change, with a count per file:
/// the program does the replace across files, not a call per file that a model stops after
/// the first of.
public enum ReplaceInFile: Tool {
    public static let name = "replace_in_file"
    public struct Arguments: Decodable, Sendable {
        public var path: String
        public var find: String
        public var replace: String
    }

    public static let definition = ToolDefinition(
        name: name, description: "Replace a text everywhere in a file.",
        parameters: ToolSchema.object(
            [("path", "string", "the file"), ("find", "string", "text now in the file"), ("replace", "string", "new text")],
            required: ["path", "find", "replace"]))
    public static let mcpDefinition = ToolDefinition(
        name: name,
        description:
            "Replace every occurrence of a text in a file, or in every file of one folder that a pattern like memory/projects/*.md matches (* in the file name only; files without the text are left as they are), case-sensitive; refused, with the file's lines, when the text is not there. Goes to your proposal.",
        parameters: ToolSchema.object(
            [("path", "string", "the file, or folder/*.ext"), ("find", "string", "text now in the file"), ("replace", "string", "new text")],
            required: ["path", "find", "replace"]))

    public static func plannedChanges(_ a: Arguments) -> [PlannedChange] { [.write(path: a.path)] }

    /// At most this many of the file's lines are shown when `find` is not in it.
    static let shownLines = 30

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        guard !a.find.isEmpty else { return ToolOutcome(ok: false, text: "error: \(name) needs the text to replace in \"find\"") }
        if DeleteFile.isPattern(a.path) { return try await runMatching(a, in: context) }
        let data = try await context.workspace.readFile(a.path, in: await context.readingProposal())
        guard let text = String(data: data, encoding: .utf8) else { return ToolOutcome(ok: false, text: "error: \(a.path) is not text") }
        let count = text.components(separatedBy: a.find).count - 1
        guard count > 0 else {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let shown = lines.prefix(shownLines).enumerated().map { "\($0.offset + 1): \($0.element)" }.joined(separator: "\n")
            let more = lines.count > shownLines ? "\n… (\(lines.count) lines in all)" : ""
            return ToolOutcome(
                ok: false,
                text: "error: \(ToolSchema.quoted(a.find)) is not in \(a.path); use the exact text of one of its lines:\n\(shown)\(more)")
        }
        if a.find == a.replace { return ToolOutcome(ok: false, text: "error: \"find\" and \"replace\" are the same text; nothing would change") }
        let updated = text.replacingOccurrences(of: a.find, with: a.replace)
        return try await context.changed(
            [.write(path: a.path, content: Data(updated.utf8), executable: false)], tool: name,
            "replaced \(count) occurrence(s) in \(Escape.inline(a.path))")
    }
}

extension ReplaceInFile {
    /// The replace in every file a pattern matches (`DeleteFile.matches`) that holds `find`, as
    /// one change; refused when the folder is a pattern, no file matches, or none holds it.
    static func runMatching(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        let (folder, _) = DeleteFile.split(a.path)
        guard !folder.contains("*") else {
            return ToolOutcome(
                ok: false, text: "error: \(name): a pattern matches file names in one folder (like memory/notes/*.md), not folders")
        }
        if a.find == a.replace { return ToolOutcome(ok: false, text: "error: \"find\" and \"replace\" are the same text; nothing would change") }
        let proposal = await context.readingProposal()
        let matched = try await context.workspace.listFiles(under: folder, in: proposal).map(\.path)
            .filter { DeleteFile.matches(a.path, $0) }
        guard !matched.isEmpty else {
            return ToolOutcome(
                ok: false,
                text: "error: no file in \(folder.isEmpty ? "the workspace" : folder + "/") matches \(a.path); list_files it to see its files")
        }
        var writes: [FileOperation] = []
        var counts: [String] = []
        for path in matched {
            guard let text = String(data: try await context.workspace.readFile(path, in: proposal), encoding: .utf8) else { continue }
            let count = text.components(separatedBy: a.find).count - 1
            guard count > 0 else { continue }
            writes.append(.write(path: path, content: Data(text.replacingOccurrences(of: a.find, with: a.replace).utf8), executable: false))
            counts.append("\(Escape.inline(path)) (\(count))")
        }
        guard !writes.isEmpty else {
            return ToolOutcome(
                ok: false,
                text:
                    "error: \(ToolSchema.quoted(a.find)) is in none of the \(matched.count) file(s) matching \(a.path) (\(matched.map(Escape.inline).joined(separator: ", "))); read_file one to see its exact text"
            )
        }
        return try await context.changed(
            writes, tool: name, "replaced \(ToolSchema.quoted(a.find)) in \(writes.count) file(s): " + counts.joined(separator: ", "))
    }
}
