import Foundation
import StewardCore

/// `search_memory`: long-term memory (approved notes in `memory/` and `outputs/`) by words
/// and meaning. Agents get eight hits, cut to fit; MCP clients choose how many and see scores.
public enum SearchMemory: Tool {
    public static let name = "search_memory"
    public struct Arguments: Decodable, Sendable {
        public var query: String
        public var limit: Int?
    }

    public static let definition = ToolDefinition(
        name: name, description: "Search long-term memory (approved notes in memory/ and outputs/) by words and meaning.",
        parameters: ToolSchema.object([("query", "string", "what to look for")], required: ["query"]))
    public static let mcpDefinition = ToolDefinition(
        name: name,
        description: "Search long-term memory (approved notes in memory/ and outputs/) by words, and by meaning when an embedding model runs.",
        parameters: ToolSchema.object(
            [("query", "string", "what to look for"), ("limit", "integer", "how many results (default 10)")], required: ["query"]))
    public static let hints = ToolHints.readOnly

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        guard let memory = context.memory else { return ToolOutcome(ok: false, text: "error: \(name) is not available") }
        switch context.audience {
        case .agent:
            let result = try await memory.search(a.query, limit: 8)
            if result.hits.isEmpty { return ToolOutcome(ok: true, text: "nothing in memory matches \"\(a.query)\"") }
            let lines = result.hits.map {
                "\($0.path)\($0.heading.isEmpty ? "" : " (\($0.heading))")\($0.matchedBy == ["meaning"] ? " [by meaning only]" : ""): \($0.snippet.replacingOccurrences(of: "\n", with: " "))"
            }
            return ToolOutcome(ok: true, text: ToolOutcome.cut(lines.joined(separator: "\n") + "\n(\(ReadFile.name) a path for the whole note)"))
        case .mcp:
            let limit = a.limit.map { min(max($0, 1), 100) } ?? 10
            let result = try await memory.search(a.query, limit: limit)
            if result.hits.isEmpty { return ToolOutcome(ok: true, text: "Nothing in memory matches \"\(Escape.inline(a.query))\".") }
            let lines = result.hits.map {
                "\(Escape.inline($0.path))\($0.heading.isEmpty ? "" : " (\(Escape.inline($0.heading)))") [\(String(format: "%.3f", $0.score)), \($0.matchedBy.joined(separator: "+"))]: \(Escape.inline($0.snippet.replacingOccurrences(of: "\n", with: " ")))"
            }
            return ToolOutcome(ok: true, text: lines.joined(separator: "\n") + (result.note.map { "\n(\($0))" } ?? ""))
        }
    }
}
