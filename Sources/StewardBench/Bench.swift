import Foundation

// steward-bench [MODE] [OPTIONS]: the sandbox benchmark (SandboxBench.swift) without a mode,
// else the benchmark the mode names.

@main
struct Bench {
    static func main() async {
        // Each benchmark by its mode, given the arguments after the mode.
        let modes: [String: ([String]) async throws -> Void] = [
            "operations": OperationsBench.run, "doctor": OperationsBench.doctor, "router": RouterBench.run, "serve": ServeBench.run,
            "memory": MemoryBench.run, "mcp": MCPBench.run, "disk": DiskBench.run, "skills": SkillBench.run, "sync": SyncBench.run,
            "cluster": ClusterBench.run,
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
/// ""), giving each value to the setter of its name. Returns the first name without a setter,
/// or nil when every name had one.
func unknownOption(in args: [String], _ setters: [String: (String) -> Void]) -> String? {
    var i = 0
    while i < args.count {
        guard let set = setters[args[i]] else { return args[i] }
        set(i + 1 < args.count ? args[i + 1] : "")
        i += 2
    }
    return nil
}

/// The same, printing `usage` and exiting 2 at a name without a setter.
func readOptions(_ args: [String], usage: String, _ setters: [String: (String) -> Void]) {
    if unknownOption(in: args, setters) != nil {
        FileHandle.standardError.write(Data(usage.utf8))
        exit(2)
    }
}
