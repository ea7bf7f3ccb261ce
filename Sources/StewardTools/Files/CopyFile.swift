import Foundation
import StewardCore

/// `copy_file`: a read and a write; the copy is a new file in the proposal like any other. A
/// destination ending in `/` is a folder to copy it into, keeping its name.
public enum CopyFile: Tool {
    public static let name = "copy_file"
    public struct Arguments: Decodable, Sendable {
        public var from: String
        public var to: String
    }

    public static let definition = ToolDefinition(
        name: name, description: "Copy a file to a new path.",
        parameters: ToolSchema.object(
            [("from", "string", "the file to copy"), ("to", "string", "the new file, or a folder/")], required: ["from", "to"]))

    public static func plannedChanges(_ a: Arguments) -> [PlannedChange] { [.write(path: FileTools.destination(a.from, a.to))] }

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        if let refusal = await FileTools.intoFolderRefusal(name, a.from, a.to, in: context) { return refusal }
        var a = a
        a.to = FileTools.destination(a.from, a.to)
        let proposal = await context.readingProposal()
        let data = try await context.workspace.readFile(a.from, in: proposal)
        if (try? await context.workspace.readFile(a.to, in: proposal)) != nil {
            return ToolOutcome(ok: false, text: "error: \(a.to) already exists; pick another path, or \(WriteFile.name) to replace it")
        }
        return try await context.changed(
            [.write(path: a.to, content: data, executable: false)], tool: name,
            "copied \(Escape.inline(a.from)) to \(Escape.inline(a.to)) (\(data.count) bytes)")
    }
}
