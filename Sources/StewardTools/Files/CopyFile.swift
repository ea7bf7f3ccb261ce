import Foundation
import StewardCore

/// `copy_file`: a read and a write; the copy is a new file in the proposal like any other.
public enum CopyFile: Tool {
    public static let name = "copy_file"
    public struct Arguments: Decodable, Sendable {
        public var from: String
        public var to: String
    }

    public static let definition = ToolDefinition(
        name: name, description: "Copy a file to a new path.",
        parameters: ToolSchema.object([("from", "string", "the file to copy"), ("to", "string", "the new file")], required: ["from", "to"]))

    public static func plannedChanges(_ a: Arguments) -> [PlannedChange] { [.write(path: a.to)] }

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        let proposal = await context.readingProposal()
        let data = try await context.workspace.readFile(a.from, proposal: proposal)
        if (try? await context.workspace.readFile(a.to, proposal: proposal)) != nil {
            return ToolOutcome(ok: false, text: "error: \(a.to) already exists; pick another path, or \(WriteFile.name) to replace it")
        }
        return try await context.changed(
            [.write(path: a.to, content: data, executable: false)], tool: name,
            "copied \(Escape.inline(a.from)) to \(Escape.inline(a.to)) (\(data.count) bytes)")
    }
}
