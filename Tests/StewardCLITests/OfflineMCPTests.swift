import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `steward mcp` while the remote does not answer (spec 19, 22.4 "Offline"): the session's
/// first change makes offline proposal o1 and its later changes are added to o1 (as an agent
/// run adds to its oJ); once a `steward sync` (another process) numbered o1, the session's
/// next change goes to the number. A real `git daemon` remote made unreachable, the built
/// `steward mcp` spoken to through pipes, every other `steward` a child process.
@Suite("An MCP session whose changes go offline")
struct OfflineMCPTests {
    /// `steward mcp` on a workspace, one JSON-RPC message per line through pipes.
    final class Session {
        let process = Process()
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        var pending = Data()
        var nextID = 1

        init(_ s: Sandbox) throws {
            process.executableURL = URL(fileURLWithPath: try stewardBinary)
            process.arguments = ["mcp", "--workspace", s.ws]
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = stderr
            try process.run()
            try send(
                #"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"pipes","version":"1"}}}"#
            )
            _ = try reply()
            try send(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#)
        }

        deinit {
            try? stdin.fileHandleForWriting.close()
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }

        func send(_ line: String) throws { try stdin.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8)) }

        /// The next message the server writes (at most 120 s, then fails).
        func reply() throws -> [String: Any] {
            let fd = stdout.fileHandleForReading.fileDescriptor
            while true {
                if let nl = pending.firstIndex(of: 0x0A) {
                    let line = pending[pending.startIndex..<nl]
                    pending = Data(pending[(nl + 1)...])
                    return try SyncCLITests.object(String(decoding: line, as: UTF8.self))
                }
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&p, 1, 120_000) == 1 else { throw GitFailed(args: ["steward mcp"], stderr: "no answer within 120 s") }
                var buffer = [UInt8](repeating: 0, count: 65536)
                let n = read(fd, &buffer, buffer.count)
                guard n > 0 else { throw GitFailed(args: ["steward mcp"], stderr: "closed stdout") }
                pending.append(contentsOf: buffer[0..<n])
            }
        }

        /// Calls tool `name` with `arguments` (JSON): its text, and whether it is an error.
        func call(_ name: String, _ arguments: String) throws -> (text: String, isError: Bool) {
            nextID += 1
            try send(#"{"jsonrpc":"2.0","id":\#(nextID),"method":"tools/call","params":{"name":"\#(name)","arguments":\#(arguments)}}"#)
            let r = try reply()
            let result = r["result"] as? [String: Any] ?? [:]
            let text = (result["content"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }.joined()
            return (text, result["isError"] as? Bool ?? true)
        }
    }

    @Test("three changes while origin does not answer: one o1 with all three; sync numbers it #1; the next change goes to #1 and is pushed")
    func continuesItsOfflineProposal() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await SyncCLITests.machineA(remote: remote.url)
        try await a.ok("sync")
        _ = try await a.git("remote", "set-url", "origin", "git://127.0.0.1:\(try freeLoopbackPort())/nothing.git")
        let sharedBefore = try SyncCLITests.sharedRefs(a.ws)
        let session = try Session(a)

        let first = try session.call("write_file", #"{"path":"memory/a.md","content":"alpha\n"}"#)
        #expect(!first.isError && first.text.contains("in offline proposal o1"), "\(first.text)")
        let second = try session.call("write_file", #"{"path":"memory/b.md","content":"beta\n"}"#)
        #expect(!second.isError && second.text.contains("in offline proposal o1"), "\(second.text)")
        let third = try session.call("append_to_file", #"{"path":"memory/a.md","text":"more"}"#)
        #expect(!third.isError && third.text.contains("in offline proposal o1"), "\(third.text)")
        // Reads see o1's tree; proposal_status names o1.
        let read = try session.call("read_file", #"{"path":"memory/a.md"}"#)
        #expect(read.text.contains("alpha") && read.text.contains("more"), "\(read.text)")
        #expect(try session.call("proposal_status", "{}").text.contains("Proposal o1"))
        // One offline proposal holding the three changes; nothing shared moved.
        #expect(try await a.git("for-each-ref", "--format=%(refname)", "refs/steward/offline") == "refs/steward/offline/1\n")
        #expect(try await a.git("show", "refs/steward/offline/1:memory/a.md") == "alpha\nmore\n")
        #expect(try await a.git("show", "refs/steward/offline/1:memory/b.md") == "beta\n")
        #expect(try await a.git("rev-list", "--count", "main..refs/steward/offline/1") == "4\n")  // the record and three changes
        #expect(try SyncCLITests.sharedRefs(a.ws).filter { !$0.key.hasPrefix("refs/steward/offline/") } == sharedBefore)

        // origin answers again; a sync (another process) numbers o1 while the session stays open.
        _ = try await a.git("remote", "set-url", "origin", remote.url)
        let synced = try await a.steward("sync")
        #expect(synced.status == 0 && synced.stdout.contains("o1 is now #1"), "\(synced.stdout)\(synced.stderr)")
        let fourth = try session.call("write_file", #"{"path":"memory/c.md","content":"gamma\n"}"#)
        #expect(!fourth.isError && fourth.text.contains("in proposal #1"), "\(fourth.text)")
        #expect(try session.call("proposal_status", "{}").text.contains("Proposal #1"))
        // The remote has #1 with all four changes; no second proposal, nothing offline left.
        #expect(try gitCLI(["show", "steward/1:memory/a.md"], in: remote.path) == "alpha\nmore\n")
        #expect(try gitCLI(["show", "steward/1:memory/c.md"], in: remote.path) == "gamma\n")
        #expect(try gitCLI(["rev-list", "--count", "main..steward/1"], in: remote.path) == "5\n")
        #expect(try gitCLI(["for-each-ref", "--format=%(refname)", "refs/steward/proposals"], in: remote.path) == "refs/steward/proposals/1\n")
        #expect(try await a.git("for-each-ref", "refs/steward/offline").isEmpty)
        for dir in [a.ws, remote.path] { _ = try gitCLI(["fsck", "--strict", "--no-progress"], in: dir) }
    }
}
