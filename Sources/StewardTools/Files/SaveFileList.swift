import Foundation
import StewardCore
import StewardJSON

/// `save_file_list`: the names of a folder's files (only those with one ending, when given)
/// written one per line into a new file. What people ask ("save the list of CSV files in
/// data/ to index.md") in one call, where `list_files` then `write_file` needs a small model to
/// copy each name out of a listing with sizes.
public enum SaveFileList: Tool {
    public static let name = "save_file_list"
    public struct Arguments: Decodable, Sendable {
        public var folder: String
        /// ".csv" or "csv": only the files whose name ends so (every file when nil or empty).
        public var ending: String?
        public var to: String
    }

    public static let definition = ToolDefinition(
        name: name, description: "Write the names of the files in a folder (optionally only those with one ending) into a new file, one per line.",
        parameters: ToolSchema.object(
            [
                ("folder", "string", "the folder, e.g. memory/photos"), ("ending", "string", "e.g. .csv; empty for every file"),
                ("to", "string", "the new file"),
            ], required: ["folder", "to"]))

    public static func plannedChanges(_ a: Arguments) -> [PlannedChange] { [.write(path: a.to)] }

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        let folder = FileTools.folderArgument(a.folder)
        let ending = Self.ending(a.ending)
        let place = folder.isEmpty ? "the workspace" : folder + "/"
        let all = try await context.workspace.listFiles(under: folder, in: await context.readingProposal(), limit: 1_001)
            .map(\.path).filter { $0 != a.to }
        guard all.count <= 1_000 else {
            return ToolOutcome(ok: false, text: "error: \(place) has more than 1000 files; give a smaller folder")
        }
        let names = all.filter { ending.isEmpty || $0.lowercased().hasSuffix(ending) }.map {
            folder.isEmpty ? $0 : String($0.dropFirst(folder.count + 1))
        }
        guard !names.isEmpty else {
            let why =
                all.isEmpty
                ? "there are no files in \(place)" : "none of the \(all.count) file(s) in \(place) ends in \(ending) (\(Self.endings(all)))"
            return ToolOutcome(
                ok: false, text: "error: \(why); nothing was written. \(ListFiles.name) shows what is there; give another folder or ending")
        }
        let written = ExtractFromFile.formatted(names, for: a.to)
        let kind = ending.isEmpty ? "" : " \(ending)"
        return try await context.changed(
            [.write(path: a.to, content: Data(written.utf8), executable: false)], tool: name,
            "wrote the names of the \(names.count)\(kind) file(s) in \(Escape.inline(place)) to \(Escape.inline(a.to)):\n"
                + names.prefix(6).joined(separator: "\n"))
    }

    /// An ending as given (".CSV", "csv", "*.csv") as it is compared: ".csv"; "" for none.
    public static func ending(_ given: String?) -> String {
        var e = (given ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        if e.hasPrefix("*") { e.removeFirst() }
        if e.isEmpty || e == "." { return "" }
        return e.hasPrefix(".") ? e : "." + e
    }

    /// The endings `paths` have, as a short list for a refusal ("they end in .txt, .md").
    static func endings(_ paths: [String]) -> String {
        var seen: [String] = []
        for p in paths {
            let file = p.split(separator: "/").last.map(String.init) ?? p
            let e = file.contains(".") ? "." + (file.split(separator: ".").last.map { $0.lowercased() } ?? "") : "no ending"
            if !seen.contains(e) { seen.append(e) }
        }
        return "they end in " + seen.prefix(6).joined(separator: ", ")
    }
}
