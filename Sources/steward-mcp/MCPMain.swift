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
        abstract: "Serve the workspace to an MCP client over stdio; everything it writes becomes a proposal for you to review.")

    @Option(help: "The workspace folder.") var workspace: String
    @Option(help: "Who the commits are by (default: mcp:CLIENT, from the client's name).") var agent: String?
    @Option(help: ArgumentHelp("Narrow the folders the client may write, e.g. memory,outputs.", valueName: "list")) var folders: String?

    func run() async throws {
        do {
            let policy = try PathPolicy.outsideTools(folders: folders.map { $0.split(separator: ",").map(String.init) })
            let ws = try await Workspace.open(at: workspace) { stateDir in try Store(path: stateDir + "/steward.db") }
            guard let store = await ws.auditIndex as? Store else { throw StewardError.failure("the store did not open") }
            let config = String(decoding: (try? await ws.readFile("steward.toml")) ?? Data(), as: UTF8.self)
            let models = try ModelsConfig.parse(config, source: "steward.toml on main")
            let router = models.route("embed").isEmpty ? nil : ModelRouter(config: models, ledger: store)
            let session = MCPSession(workspace: ws, policy: policy, agent: agent, memory: MemoryIndex(workspace: ws, store: store, router: router))
            if isatty(0) == 1 {
                Self.note("steward mcp speaks the Model Context Protocol on stdin/stdout; start it from an MCP client (see the README). Ctrl-D ends it.")
            }
            Self.note("steward mcp: serving \(ws.root); writes to \(policy.allowedFolders.map { $0 + "/" }.joined(separator: " ")) become proposals")
            try await StewardMCPServer.serveStdio(session)
        } catch let e as StewardError {
            Self.note("steward: error: " + Escape.inline(e.message))
            throw ExitCode(e.code.exitStatus)
        }
    }

    /// Everything for the person goes to stderr: stdout carries protocol messages only.
    static func note(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }
}
