import Foundation

/// Runs the `git` CLI in `dir` and returns its standard output: tests check what Steward
/// wrote with a git nobody here wrote.
/// - Throws: `GitCLIError` with git's standard error when it exits non-zero.
public func gitCLI(_ args: [String], in dir: String) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    p.arguments = ["-C", dir] + args
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let message = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { throw GitCLIError(args: args, stderr: String(decoding: message, as: UTF8.self)) }
    return String(decoding: data, as: UTF8.self)
}

public struct GitCLIError: Error, CustomStringConvertible {
    public let args: [String]
    public let stderr: String
    public var description: String { "git \(args.joined(separator: " ")) failed: \(stderr)" }
}
