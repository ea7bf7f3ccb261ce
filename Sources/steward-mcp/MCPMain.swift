import ArgumentParser
import Foundation
import StewardCore
import StewardMCP
import StewardMemory
import StewardModels
import StewardSandbox
import StewardStore

/// The MCP server `steward mcp` runs (a program of its own: see Package.swift).
@main
struct StewardMCPMain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "steward mcp",
        abstract: "Serve the workspace to an MCP client over stdio; everything it writes becomes a proposal for you to review.",
        version: StewardVersion.current)

    @Option(help: "The workspace folder.") var workspace: String
    @Option(help: "Who the commits are by (default: mcp:CLIENT, from the client's name).") var agent: String?
    @Option(help: ArgumentHelp("Narrow the folders the client may write, e.g. memory,outputs.", valueName: "list")) var folders: String?
    @Option(
        help: ArgumentHelp(
            "The largest message accepted, in bytes (1024 to 1073741824); a longer one is answered with a JSON-RPC error and skipped.",
            valueName: "bytes"))
    var maxMessageBytes = LineTransport.defaultMaxMessageBytes

    func validate() throws {
        guard (1024...(1 << 30)).contains(maxMessageBytes) else {
            throw ValidationError(
                "--max-message-bytes \(maxMessageBytes) is out of range: it must be 1024 to 1073741824 bytes (the default is 16 MiB, 16777216)")
        }
    }

    func run() async throws {
        do {
            let policy = try PathPolicy.outsideTools(folders: folders.map { $0.split(separator: ",").map(String.init) })
            let (ws, store) = try await WorkspaceServices.openWorkspace(at: workspace, syncAudit: false)
            // Embedding calls are recorded with every machine's (spec 23.2) when [database] is set.
            let shared = try await WorkspaceServices.openShared(ws, store: store) { Self.note("note: " + Escape.inline($0)) }
            let services = try await WorkspaceServices.load(ws, store: store, shared: shared)
            let session = MCPSession(workspace: ws, policy: policy, agent: agent, memory: services.memoryIndex())
            if isatty(0) == 1 {
                Self.note(
                    "steward mcp speaks the Model Context Protocol on stdin/stdout; start it from an MCP client (see the README). Ctrl-D ends it.")
            }
            Self.note("steward mcp: serving \(ws.root); writes to \(policy.allowedFolders.map { $0 + "/" }.joined(separator: " ")) become proposals")
            try await StewardMCPServer.serveStdio(session, maxMessageBytes: maxMessageBytes)
        } catch let e as StewardError {
            Self.note("steward: error: " + Escape.inline(e.message))
            throw ExitCode(e.code.exitStatus)
        }
    }

    /// Everything for the person goes to stderr: stdout carries protocol messages only.
    static func note(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }
}
