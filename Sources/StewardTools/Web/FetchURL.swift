import StewardCore

/// `fetch_url`: the text of a web page, only from hosts the person allowed (the context's
/// fetcher checks them).
public enum FetchURL: Tool {
    public static let name = "fetch_url"
    public struct Arguments: Decodable, Sendable { public var url: String }

    public static let definition = ToolDefinition(
        name: name, description: "Get the text of a web page (only hosts the person allowed).",
        parameters: ToolSchema.object([("url", "string", "a full http(s) address")], required: ["url"]))
    public static let hints = ToolHints.readOnly

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        guard let fetcher = context.pageFetcher else { return ToolOutcome(ok: false, text: "error: \(name) is not available") }
        let text = try await fetcher.fetch(a.url)
        return ToolOutcome(ok: true, text: ToolOutcome.cut(text.isEmpty ? "(the page has no text)" : text))
    }
}
