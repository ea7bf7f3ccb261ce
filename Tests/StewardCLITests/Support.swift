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
    func steward(_ args: [String], stdin: String? = nil, env: [String: String] = [:], workspace: Bool = true) throws -> Run {
        try run(stewardBinary, args + (workspace ? ["--workspace", ws] : []), stdin: stdin, env: env)
    }

    func steward(_ args: String..., stdin: String? = nil) throws -> Run { try steward(args, stdin: stdin) }

    /// Runs `steward` and requires success.
    @discardableResult
    func ok(_ args: String..., stdin: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let r = try steward(args, stdin: stdin)
        #expect(r.status == 0, "steward \(args.joined(separator: " ")) failed: \(r.stderr)", sourceLocation: sourceLocation)
        return r.stdout
    }

    func git(_ args: String...) throws -> String {
        let r = try run("/usr/bin/git", ["-C", ws] + args, stdin: nil, env: [:])
        guard r.status == 0 else { throw GitFailed(args: args, stderr: r.stderr) }
        return r.stdout
    }

    func propose(_ title: String, _ ops: String, agent: String = "test") throws -> Int {
        let r = try steward(["propose", "--title", title, "--agent", agent, "--json"], stdin: ops)
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

func run(_ exe: String, _ args: [String], stdin: String?, env: [String: String], interruptAfter: Double? = nil) throws -> Run {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    var environment = ProcessInfo.processInfo.environment
    environment["STEWARD_APPROVER"] = environment["STEWARD_APPROVER"] ?? "tester"
    environment.removeValue(forKey: "STEWARD_WORKSPACE")
    for (k, v) in env { environment[k] = v }
    p.environment = environment
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = input
    try p.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    if let interruptAfter {
        // Ctrl-C, as a person would press it.
        DispatchQueue.global().asyncAfter(deadline: .now() + interruptAfter) { if p.isRunning { p.interrupt() } }
    }
    // Read both pipes concurrently so a full pipe cannot block the child.
    let errData = LockedData()
    let t = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
    t.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    while !errData.done { usleep(1000) }
    return Run(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData.value, as: UTF8.self))
}

final class LockedData: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var data = Data()
    private var finished = false
    func set(_ d: Data) {
        lock.lock()
        data = d
        finished = true
        lock.unlock()
    }
    var done: Bool {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }
    var value: Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}

func json(_ s: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(s.utf8)) }

func writeOp(_ path: String, _ content: String) -> String {
    let obj: [String: Any] = ["op": "write", "path": path, "content": content]
    return String(decoding: try! JSONSerialization.data(withJSONObject: [obj]), as: UTF8.self)
}
