import Foundation

// steward-bench [MODE] [OPTIONS]: the sandbox benchmark (SandboxBench.swift) without a mode,
// else the benchmark the mode names.

@main
struct Bench {
    static func main() async {
        // Each benchmark by its mode, given the arguments after the mode.
        let modes: [String: ([String]) async throws -> Void] = [
            "operations": OperationsBench.run, "doctor": OperationsBench.doctor, "router": RouterBench.run, "serve": ServeBench.run,
            "memory": MemoryBench.run, "mcp": MCPBench.run, "disk": DiskBench.run, "skills": SkillBench.run,
        ]
        do {
            if let mode = CommandLine.arguments.dropFirst().first, let bench = modes[mode] {
                try await bench(Array(CommandLine.arguments.dropFirst(2)))
                exit(0)
            }
            try await run(parseOptions())
        } catch {
            progress("steward-bench: \(error)")
            exit(1)
        }
    }
}

/// Reads a benchmark's `--name value` pairs in order (a name last, without its value, gets
/// ""): `take` sets what it knows and returns false for a name it does not know.
/// Returns that name, or nil when every name was known.
func unknownOption(in args: [String], _ take: (_ name: String, _ value: String) -> Bool) -> String? {
    var i = 0
    while i < args.count {
        if !take(args[i], i + 1 < args.count ? args[i + 1] : "") { return args[i] }
        i += 2
    }
    return nil
}
