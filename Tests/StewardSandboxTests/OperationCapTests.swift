import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import Testing

/// The git CLI's standard output in `dir` (what Steward wrote, read by a git nobody here wrote).
private func capTestGit(_ args: [String], in dir: String) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    p.arguments = ["-C", dir] + args
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

/// `[sandbox] max_operations`: how many operations (commits) one proposal may hold in all,
/// whether they come at once (`propose`) or one at a time (`append`, the agents' and MCP tools).
@Suite("Operations per proposal are capped")
struct OperationCapTests {
    func write(_ path: String) -> FileOperation { .write(path: path, content: Data(path.utf8), executable: false) }

    /// A workspace whose `steward.toml` on main sets `max_operations`.
    func workspace(_ dir: String, cap: Int) async throws -> Workspace {
        let seed = Seed.files.map { f in
            f.path == "steward.toml"
                ? SeedFile(
                    path: f.path, content: f.content.replacingOccurrences(of: "[sandbox]\n", with: "[sandbox]\nmax_operations = \(cap)\n"),
                    executable: false) : f
        }
        return try await Workspace.create(at: dir + "/ws", seed: seed, by: "tester").0
    }

    @Test func theKeyIsReadAndCheckedForItsRange() throws {
        #expect(try WorkspaceConfig.parse("").maxOperations == 1_000)
        #expect(try WorkspaceConfig.parse("[sandbox]\nmax_operations = 2000\n").maxOperations == 2_000)
        for (value, shown) in [("0", "0"), ("100001", "100001"), ("1e308", "1e+308"), ("inf", "inf"), ("2.5", "2.5"), ("\"10\"", "\"10\"")] {
            #expect {
                _ = try WorkspaceConfig.parse("[sandbox]\nmax_operations = \(value)\n", source: "steward.toml on main")
            } throws: { error in
                (error as? StewardError)?.message
                    == "steward.toml on main: 'sandbox.max_operations' is \(shown), but must be a whole number of operations from 1 to 100000; fix it and commit to main"
            }
        }
    }

    @Test func proposeRefusesOneOperationTooManyAndClaimsNothing() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await workspace(dir, cap: 3)
            let policy = try PathPolicy.outsideTools()
            let refsBefore = try capTestGit(["for-each-ref"], in: dir + "/ws")
            let error = try await #require(throws: StewardError.self) {
                try await ws.propose(title: "many", agent: "cli", operations: (1...4).map { write("memory/\($0).md") }, policy: policy)
            }
            #expect(error.code == .refused)
            #expect(
                error.message
                    == "refused: 4 operations in one proposal; the limit is 3 ([sandbox] max_operations in steward.toml); nothing was proposed — split the work into proposals of at most 3 operations"
            )
            #expect(try capTestGit(["for-each-ref"], in: dir + "/ws") == refsBefore, "no number, no branch, no event")
            let ok = try await ws.propose(title: "three", agent: "cli", operations: (1...3).map { write("memory/\($0).md") }, policy: policy)
            #expect(ok.number == 1, "the refused proposal consumed no number")
        }
    }

    @Test func appendingCountsWhatTheProposalAlreadyHolds() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await workspace(dir, cap: 3)
            let policy = try PathPolicy.outsideTools()
            let p = try await ws.propose(title: "two", agent: "cli", operations: [write("memory/1.md"), write("memory/2.md")], policy: policy)
            let third = try await ws.append(to: p.number, operations: [write("memory/3.md")], policy: policy, agent: "cli", tool: "write_file")
            // Each operation commit says its place in the proposal, so the count is read from the head.
            let numbers = try capTestGit(
                ["log", "--format=%(trailers:key=Steward-Op-Number,valueonly)", "main..steward/\(p.number)"], in: dir + "/ws")
            #expect(numbers.split(separator: "\n").map(String.init) == ["3", "2", "1"])
            let error = try await #require(throws: StewardError.self) {
                try await ws.append(to: p.number, operations: [write("memory/4.md")], policy: policy, agent: "cli", tool: "write_file")
            }
            #expect(error.code == .refused)
            #expect(
                error.message
                    == "refused: #1 holds 3 operations and 1 more would make 4; the limit is 3 per proposal ([sandbox] max_operations in steward.toml); nothing was added — finish #1 and put the rest in a new proposal"
            )
            #expect(
                try capTestGit(["rev-parse", "steward/\(p.number)"], in: dir + "/ws").trimmingCharacters(in: .whitespacesAndNewlines) == third.head)
        }
    }
}
