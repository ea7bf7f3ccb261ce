import Foundation
import StewardCore
import StewardJSON

/// One tool an agent or an MCP client can call: its definition (name, description, JSON
/// Schema), its decoded arguments, the file changes a call would make, and its run against a
/// context. Each tool is one type in one file; ``ToolRegistry`` says who has which.
///
/// Arguments are checked against the schema before they are decoded (``ToolSchema/check(_:against:)``
/// for agents, the MCP server's own check for its clients), so decoding a checked call does
/// not fail. Failures a model can act on are outcomes with `ok == false`; a run throws only
/// `StewardError` and the like, which the caller turns into `error: …` for the model.
public protocol Tool: Sendable {
    associatedtype Arguments: Decodable & Sendable

    /// The name models and clients call it by: spelled here and nowhere else.
    static var name: String { get }
    /// What Steward's agents are offered: short descriptions (a 0.5B model reads every word).
    static var definition: ToolDefinition { get }
    /// What MCP clients are offered, where it says more than the agents' (default: the same).
    static var mcpDefinition: ToolDefinition { get }
    /// MCP's hints for clients (read-only, destructive).
    static var hints: ToolHints { get }

    /// The file changes a call with these arguments would make, for `pre-tool` hooks
    /// (none for a tool that only reads).
    static func plannedChanges(_ arguments: Arguments) -> [PlannedChange]

    /// Runs one call.
    /// - Throws: `StewardError` (a refused path, a missing file…), turned into `error: …`.
    static func run(_ arguments: Arguments, in context: any ToolContext) async throws -> ToolOutcome
}

/// MCP's tool annotations: nil says nothing.
public struct ToolHints: Sendable, Hashable {
    public var readOnly: Bool?
    public var destructive: Bool?
    public init(readOnly: Bool? = nil, destructive: Bool? = nil) {
        self.readOnly = readOnly
        self.destructive = destructive
    }
    public static let none = ToolHints()
    public static let readOnly = ToolHints(readOnly: true)
}

extension Tool {
    public static var mcpDefinition: ToolDefinition { definition }
    public static var hints: ToolHints { .none }
    public static func plannedChanges(_ arguments: Arguments) -> [PlannedChange] { [] }

    /// The arguments as this tool's type.
    /// - Throws: `DecodingError` when they do not fit (a call whose schema check was skipped).
    public static func decode(_ arguments: [String: JSONValue]) throws -> Arguments {
        try JSONDecoder().decode(Arguments.self, from: JSONEncoder().encode(JSONValue.object(arguments)))
    }

    /// ``run(_:in:)`` with arguments as they came (already checked against the schema).
    /// - Throws: what ``decode(_:)`` and ``run(_:in:)`` throw.
    public static func call(_ arguments: [String: JSONValue], in context: any ToolContext) async throws -> ToolOutcome {
        try await run(decode(arguments), in: context)
    }

    /// ``plannedChanges(_:)`` for arguments as they came; none when they do not decode.
    public static func plannedChanges(of arguments: [String: JSONValue]) -> [PlannedChange] {
        (try? decode(arguments)).map(plannedChanges) ?? []
    }
}

/// Arguments of a tool that takes none.
public struct NoArguments: Decodable, Sendable {}
