import Foundation
import StewardCore
import StewardMCP
import StewardSandbox
import StewardTestSupport
import Testing

/// The built `steward-mcp` program: beside `$STEWARD_BIN` as given, else beside the test
/// bundle, else the package's `.build/debug` — refused when older than a file under `Sources/`.
let stewardMCPProgram = BuiltProgram.locate(
    "steward-mcp", packageRoot: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())

/// The path of the built `steward-mcp`.
/// - Throws: `BuiltProgram.Refused` when it is missing or older than the sources.
var stewardMCPBinary: String {
    get throws { try stewardMCPProgram.get() }
}

/// A real `steward-mcp` process on a fresh workspace, spoken to through pipes byte for byte,
/// as an MCP client would.
final class MCPProcess {
    let dir: String
    let process = Process()
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    var pending = Data()

    init(_ arguments: [String] = []) async throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-mcp-stdio-\(UUID().uuidString)").path
        _ = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        process.executableURL = URL(fileURLWithPath: try stewardMCPBinary)
        process.arguments = ["--workspace", dir + "/ws"] + arguments
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
    }

    deinit {
        try? stdin.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: dir)
    }

    /// Writes `line` and a newline to the server's stdin.
    func send(_ line: Data) throws { try stdin.fileHandleForWriting.write(contentsOf: line + Data([0x0A])) }
    func send(_ line: String) throws { try send(Data(line.utf8)) }

    /// The next line the server writes, as a JSON object (waits at most 120 s, then fails).
    func reply() throws -> [String: Any] {
        let fd = stdout.fileHandleForReading.fileDescriptor
        while true {
            if let nl = pending.firstIndex(of: 0x0A) {
                let line = pending[pending.startIndex..<nl]
                pending = Data(pending[(nl + 1)...])
                guard let object = try JSONSerialization.jsonObject(with: line) as? [String: Any] else {
                    throw StewardError.failure("not an object: \(String(decoding: line, as: UTF8.self))")
                }
                return object
            }
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 120_000) == 1 else { throw StewardError.failure("steward-mcp did not answer within 120 s") }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let n = read(fd, &buffer, buffer.count)
            guard n > 0 else {
                throw StewardError.failure("steward-mcp closed stdout: \(String(decoding: stderr.fileHandleForReading.availableData, as: UTF8.self))")
            }
            pending.append(contentsOf: buffer[0..<n])
        }
    }

    func initialize() throws {
        try send(
            #"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"pipes","version":"1"}}}"#
        )
        #expect((try reply()["result"] as? [String: Any])?["serverInfo"] != nil)
        try send(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#)
    }

    /// A ping whose line is exactly `bytes` long, padded in `params._meta`.
    static func ping(id: Int, bytes: Int) -> Data {
        let head = Data(#"{"jsonrpc":"2.0","id":\#(id),"method":"ping","params":{"_meta":{"pad":""#.utf8)
        let tail = Data(#""}}}"#.utf8)
        return head + Data(repeating: UInt8(ascii: "x"), count: bytes - head.count - tail.count) + tail
    }
}

func errorOf(_ reply: [String: Any]) -> (code: Int, message: String)? {
    guard let e = reply["error"] as? [String: Any], let code = e["code"] as? Int, let message = e["message"] as? String else { return nil }
    return (code, message)
}

/// A reply's id as JSON text: `null`, `7`, `"a"`; `absent` when there is none.
func idText(_ id: Any?) -> String {
    switch id {
    case nil: "absent"
    case is NSNull: "null"
    case let s as String: "\"\(s)\""
    case let n as Int: String(n)
    default: "\(id!)"
    }
}

/// `steward mcp`'s stdio framing, against the real program.
@Suite struct MCPStdioTests {
    @Test func malformedLinesAreAnsweredWithIdNullOrTheirIdAndTheServerGoesOn() async throws {
        let server = try await MCPProcess()
        try server.initialize()
        let cases: [(String, Int, String, String)] = [
            ("not json", -32700, "null", "not valid JSON"),
            (#"{"jsonrpc":"2.0","id":1,"method":"ping""#, -32700, "null", "not valid JSON"),
            (#"{"foo":1}"#, -32600, "null", #""jsonrpc" must be "2.0""#),
            (#"{"jsonrpc":"2.0"}"#, -32600, "null", #"needs a "method""#),
            (#"{"jsonrpc":"2.0","id":7,"method":5}"#, -32600, "7", #""method" must be a string"#),
            (#"{"jsonrpc":"1.0","id":"a","method":"ping"}"#, -32600, #""a""#, #""jsonrpc" must be "2.0""#),
            (#"{"jsonrpc":"2.0","id":"a","method":"ping","extra":["#, -32700, "null", "not valid JSON"),
            (#"{"jsonrpc":"2.0","id":1.5,"method":"ping"}"#, -32600, "null", #""id" must be a string or an integer"#),
            ("[]", -32600, "null", "the batch is empty"),
            ("[1]", -32600, "null", "item 1 of the batch"),
            ("42", -32600, "null", "must be an object"),
        ]
        for (line, code, id, message) in cases {
            try server.send(line)
            let r = try server.reply()
            #expect(errorOf(r)?.code == code, "\(line): \(r)")
            #expect(errorOf(r)?.message.contains(message) == true, "\(line): \(r)")
            #expect(idText(r["id"]) == id, "\(line): \(r)")
        }
        try server.send(Data([0xFF, 0xFE, 0x0D]))
        #expect(errorOf(try server.reply())?.code == -32700, "bytes that are not UTF-8")
        try server.send("\r\n   ")  // blank lines are skipped, not answered
        try server.send(#"{"jsonrpc":"2.0","id":8,"method":"ping"}"#)
        let pong = try server.reply()
        #expect(pong["id"] as? Int == 8 && pong["result"] != nil, "\(pong)")
    }

    @Test func aMessageOverTheLimitIsRefusedUnreadAndOneAtTheLimitServed() async throws {
        let limit = LineTransport.defaultMaxMessageBytes
        #expect(limit == 16 << 20)
        let server = try await MCPProcess()
        try server.initialize()
        try server.send(MCPProcess.ping(id: 1, bytes: limit + 1))
        let refused = try server.reply()
        #expect(errorOf(refused)?.code == -32600, "\(refused)")
        #expect(errorOf(refused)?.message.contains("limit of 16 MiB (16777216 bytes)") == true, "\(refused)")
        #expect(refused["id"] is NSNull)
        try server.send(#"{"jsonrpc":"2.0","id":2,"method":"ping"}"#)
        #expect(try server.reply()["id"] as? Int == 2, "the next message is served")
        try server.send(MCPProcess.ping(id: 3, bytes: limit))
        let served = try server.reply()
        #expect(served["id"] as? Int == 3 && served["result"] != nil, "a message of exactly the limit is served: \(errorOf(served)?.message ?? "")")
    }

    @Test func theLimitCanBeSetAndIsChecked() async throws {
        let server = try await MCPProcess(["--max-message-bytes", "2048"])
        try server.initialize()
        try server.send(MCPProcess.ping(id: 1, bytes: 4096))
        #expect(errorOf(try server.reply())?.message.contains("limit of 2048 bytes") == true)
        try server.send(MCPProcess.ping(id: 2, bytes: 2048))
        #expect(try server.reply()["id"] as? Int == 2)

        let bad = Process()
        bad.executableURL = URL(fileURLWithPath: try stewardMCPBinary)
        bad.arguments = ["--workspace", server.dir + "/ws", "--max-message-bytes", "10"]
        let err = Pipe()
        bad.standardError = err
        bad.standardOutput = FileHandle.nullDevice
        try bad.run()
        bad.waitUntilExit()
        #expect(bad.terminationStatus != 0)
        #expect(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("1024 to 1073741824"))
    }

    /// The framing itself, fed in every chunking: lines are found wherever chunks end, and
    /// an over-size line is reported once and its bytes dropped.
    @Test func framerFindsLinesAcrossChunksAndDropsOverSizeOnes() {
        let input = Data("{\"a\":1}\n\nxxxxxxxxxxxxxxxxxxxx\n{\"b\":2}\r\n  \nlast".utf8)
        for chunk in [1, 2, 3, 7, 64] {
            var framer = LineFramer(limit: 10)
            var events: [LineFramer.Event] = []
            var start = 0
            while start < input.count {
                let piece = input[start..<min(start + chunk, input.count)]
                piece.withUnsafeBytes { framer.feed($0) { events.append($0) } }
                start += chunk
            }
            if let last = framer.finish() { events.append(last) }
            #expect(
                events == [.line(Data("{\"a\":1}".utf8)), .tooLong, .line(Data("{\"b\":2}\r".utf8)), .line(Data("last".utf8))], "chunks of \(chunk)")
        }
    }
}
