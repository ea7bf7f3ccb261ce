import Foundation
import StewardCore

/// `delete_file`: deletes a file in the proposal (nothing is lost until the person approves);
/// a path whose file name has a `*` (`temp/*.bak`) deletes every file of that folder it
/// matches, in one change: "delete the .bak files in temp/" is one call, not a listing and a
/// call per file that a small model stops after the first of.
public enum DeleteFile: Tool {
    public static let name = "delete_file"
    public struct Arguments: Decodable, Sendable { public var path: String }

    public static let definition = ToolDefinition(
        name: name, description: "Delete a file, or every file a pattern like temp/*.log matches.",
        parameters: ToolSchema.object(
            [("path", "string", "the file, or folder/*.ext")], required: ["path"]))
    public static let mcpDefinition = ToolDefinition(
        name: name,
        description:
            "Delete a file, or every file of one folder that a pattern like temp/*.log matches (* in the file name only). Goes to your proposal; nothing is lost until the person approves, and an approval can be rolled back.",
        parameters: ToolSchema.object(
            [("path", "string", "the file, or folder/*.ext")], required: ["path"]))
    public static let hints = ToolHints(destructive: true)

    public static func plannedChanges(_ a: Arguments) -> [PlannedChange] { [.delete(path: a.path)] }

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        guard isPattern(a.path) else {
            return try await context.changed(
                [.delete(path: a.path)], tool: name, "deleted \(Escape.inline(a.path))")
        }
        let (folder, _) = split(a.path)
        guard !folder.contains("*") else {
            return ToolOutcome(
                ok: false,
                text:
                    "error: \(name): a pattern matches file names in one folder (like temp/*.log), not folders"
            )
        }
        let files = try await context.workspace.listFiles(
            under: folder, in: await context.readingProposal()
        ).map(\.path)
        let matched = files.filter { matches(a.path, $0) }
        guard !matched.isEmpty else {
            let here = files.filter { split($0).folder == folder }.prefix(20)
            let listing = here.isEmpty ? "it has no files" : "its files: " + here.joined(separator: ", ")
            return ToolOutcome(
                ok: false,
                text:
                    "error: no file in \(folder.isEmpty ? "the workspace" : folder + "/") matches \(a.path); \(listing)"
            )
        }
        return try await context.changed(
            matched.map { .delete(path: $0) }, tool: name,
            "deleted \(matched.count) file(s) matching \(Escape.inline(a.path)): "
                + matched.map(Escape.inline).joined(separator: ", "))
    }

    /// Whether `path` is a pattern: its file name has a `*`.
    public static func isPattern(_ path: String) -> Bool { path.contains("*") }

    /// Whether `file` is in the pattern's folder (not below it) and its name fits the pattern's
    /// (`*` any run of characters, case as written).
    public static func matches(_ pattern: String, _ file: String) -> Bool {
        let (pf, pn) = split(pattern)
        let (ff, fn) = split(file)
        guard pf == ff else { return false }
        let parts = pn.components(separatedBy: "*")
        guard fn.hasPrefix(parts[0]), fn.count >= parts.reduce(0, { $0 + $1.count }) else {
            return false
        }
        var rest = Substring(fn.dropFirst(parts[0].count))
        for (i, part) in parts.enumerated().dropFirst() {
            if i == parts.count - 1 { return rest.hasSuffix(part) }
            guard let r = rest.range(of: part) else { return false }
            rest = rest[r.upperBound...]
        }
        return rest.isEmpty
    }

    /// A path's folder (without its `/`) and its file name.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }
}
