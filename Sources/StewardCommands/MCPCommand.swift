import ArgumentParser
import Foundation
import StewardCore
import StewardTools

struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the workspace to an MCP client over stdio; everything it writes becomes a proposal for you to review.",
        discussion: """
            Tools: \(ToolRegistry.mcp(memory: false).map { $0.name }.joined(separator: ", ")); resources skill://NAME and steward://main/PATH. The client can never approve. \
            Stdout carries protocol messages only; messages for you go to stderr. Runs the steward-mcp program \
            installed beside steward.
            """)

    @OptionGroup var options: WorkspaceOptions
    @Option(help: "Who the commits are by (default: mcp:CLIENT, from the client's name).") var agent: String?
    @Option(help: ArgumentHelp("Narrow the folders the client may write, e.g. memory,outputs.", valueName: "list")) var folders: String?
    @Option(
        help: ArgumentHelp(
            "The largest message accepted, in bytes (default 16 MiB); a longer one is answered with a JSON-RPC error and skipped.", valueName: "bytes"
        ))
    var maxMessageBytes: Int?

    func run() async throws {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let server = (exe as NSString).deletingLastPathComponent + "/steward-mcp"
        guard FileManager.default.isExecutableFile(atPath: server) else {
            throw StewardError.failure(
                "steward mcp needs the steward-mcp program beside steward (\(server)); build it with 'swift build -c release' (it is one of the products) and copy it next to steward"
            )
        }
        var args = ["steward-mcp", "--workspace", options.path]
        if let agent { args += ["--agent", agent] }
        if let folders { args += ["--folders", folders] }
        if let maxMessageBytes { args += ["--max-message-bytes", String(maxMessageBytes)] }
        // Replace this process: the client's stdin and stdout go straight to the server.
        fflush(nil)
        let argv = args.map { strdup($0) } + [nil]
        execv(server, argv)
        throw StewardError.failure("could not start \(server): \(String(cString: strerror(errno)))")
    }
}
