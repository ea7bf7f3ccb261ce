import Foundation
import StewardTestSupport
import Testing

/// The built `steward` binary: `$STEWARD_BIN` as given, else beside the test bundle, else the
/// package's `.build/debug` — refused when it or the `steward-mcp` beside it is older than a
/// file under `Sources/` (every test that runs it then fails with what to do). Checked once.
let stewardProgram = BuiltProgram.locate(
    "steward", alsoChecking: ["steward-mcp"],
    packageRoot: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())

/// The path of the built `steward`.
/// - Throws: `BuiltProgram.Refused` when it is missing or older than the sources.
var stewardBinary: String {
    get throws { try stewardProgram.get() }
}

struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
    /// From the process's start to its end, without the wait for a slot: what a test that
    /// bounds how long a command took compares.
    let seconds: Double
}

/// A throw-away workspace folder, removed when the test ends.
final class Sandbox: @unchecked Sendable {
    // @unchecked Sendable: its only state, `dir`, is immutable.
    let dir: String
    var ws: String { dir + "/ws" }

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: dir) }

    /// Runs `steward ARGS` against this workspace (`--workspace` appended unless given).
    @discardableResult
    func steward(_ args: [String], stdin: String? = nil, env: [String: String] = [:], workspace: Bool = true) async throws -> Run {
        try await run(stewardBinary, args + (workspace ? ["--workspace", ws] : []), stdin: stdin, env: env)
    }

    func steward(_ args: String..., stdin: String? = nil) async throws -> Run { try await steward(args, stdin: stdin) }

    /// Runs `steward` and requires success.
    @discardableResult
    func ok(_ args: String..., stdin: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let r = try await steward(args, stdin: stdin)
        #expect(r.status == 0, "steward \(args.joined(separator: " ")) failed: \(r.stderr)", sourceLocation: sourceLocation)
        return r.stdout
    }

    func git(_ args: String...) async throws -> String {
        let r = try await run("/usr/bin/git", ["-C", ws] + args, stdin: nil, env: [:])
        guard r.status == 0 else { throw GitFailed(args: args, stderr: r.stderr) }
        return r.stdout
    }

    func propose(_ title: String, _ ops: String, agent: String = "test") async throws -> Int {
        let r = try await steward(["propose", "--title", title, "--agent", agent, "--json"], stdin: ops)
        guard r.status == 0 else { throw GitFailed(args: ["propose"], stderr: r.stderr) }
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        return obj["number"] as! Int
    }

    func write(_ path: String, _ content: String) throws {
        let full = ws + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try content.write(toFile: full, atomically: true, encoding: .utf8)
    }

    func read(_ path: String) -> String? { try? String(contentsOfFile: ws + "/" + path, encoding: .utf8) }
}

struct GitFailed: Error, CustomStringConvertible {
    let args: [String]
    let stderr: String
    var description: String { "\(args.joined(separator: " ")): \(stderr)" }
}

/// How many `steward` processes `run` (so every `steward(...)` of these tests) runs at once:
/// `$STEWARD_TEST_CHILD_SLOTS`, else 3. Each one is awaited without holding a thread, so this,
/// no longer the two blocked threads of the cooperative pool, bounds them. On the 2-core machine
/// (whole `StewardCLITests`, beside other engineers' builds) 2 took 465 s and 3 took 425 s.
/// Other programs (git, curl: a curl may wait 90 s on a stream) do not take a slot.
let childSlots = AsyncSlots(Int(ProcessInfo.processInfo.environment["STEWARD_TEST_CHILD_SLOTS"] ?? "") ?? 3)

/// Whether `run` skips `childSlots`: set (`ChildSlots.$unlimited.withValue(true) { … }`) by the
/// tests whose point is processes running at the same time; tasks started inside inherit it.
enum ChildSlots {
    @TaskLocal static var unlimited = false
}

/// Runs `exe ARGS` to its end with `stdin` (closed after it) and returns what it wrote, awaiting
/// it without holding a thread of the cooperative pool (`ChildOutput`); a `steward` waits for
/// one of `childSlots` first unless `ChildSlots.unlimited`. `STEWARD_APPROVER` is `tester` unless
/// set; `STEWARD_WORKSPACE` is removed; `env` is added. `interruptAfter`: Ctrl-C after that many
/// seconds, as a person would press it (such a run starts at once: its test times it).
func run(_ exe: String, _ args: [String], stdin: String?, env: [String: String], interruptAfter: Double? = nil) async throws -> Run {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    var environment = ProcessInfo.processInfo.environment
    environment["STEWARD_APPROVER"] = environment["STEWARD_APPROVER"] ?? "tester"
    environment.removeValue(forKey: "STEWARD_WORKSPACE")
    for (k, v) in env { environment[k] = v }
    p.environment = environment
    let input = stdin.map { Data($0.utf8) }
    let limited = !ChildSlots.unlimited && interruptAfter == nil && exe == (try? stewardBinary)
    let timed = { () async throws -> (ChildOutput, Double) in
        let started = Date()
        let output = try await p.runToEnd(stdin: input, interruptAfter: interruptAfter)
        return (output, Date().timeIntervalSince(started))
    }
    let (output, seconds) = limited ? try await childSlots.withSlot(timed) : try await timed()
    return Run(
        status: output.status, stdout: String(decoding: output.stdout, as: UTF8.self), stderr: String(decoding: output.stderr, as: UTF8.self),
        seconds: seconds)
}

func json(_ s: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(s.utf8)) }

func writeOp(_ path: String, _ content: String) -> String {
    let obj: [String: Any] = ["op": "write", "path": path, "content": content]
    return String(decoding: try! JSONSerialization.data(withJSONObject: [obj]), as: UTF8.self)
}
