import Foundation

// steward-bench [MODE] [OPTIONS]: the sandbox benchmark (SandboxBench.swift) without a mode,
// else the benchmark the mode names.

@main
struct Bench {
    static func main() async {
        do {
            if let mode = CommandLine.arguments.dropFirst().first, mode == "operations" || mode == "doctor" {
                let rest = Array(CommandLine.arguments.dropFirst(2))
                try await mode == "operations" ? OperationsBench.run(rest) : OperationsBench.doctor(rest)
                exit(0)
            }
            if CommandLine.arguments.dropFirst().first == "router" {
                try await RouterBench.run(Array(CommandLine.arguments.dropFirst(2)))
                exit(0)
            }
            if CommandLine.arguments.dropFirst().first == "serve" {
                try await ServeBench.run(Array(CommandLine.arguments.dropFirst(2)))
                exit(0)
            }
            if CommandLine.arguments.dropFirst().first == "memory" {
                try await MemoryBench.run(Array(CommandLine.arguments.dropFirst(2)))
                exit(0)
            }
            if CommandLine.arguments.dropFirst().first == "mcp" {
                try await MCPBench.run(Array(CommandLine.arguments.dropFirst(2)))
                exit(0)
            }
            if CommandLine.arguments.dropFirst().first == "disk" {
                try await DiskBench.run(Array(CommandLine.arguments.dropFirst(2)))
                exit(0)
            }
            if CommandLine.arguments.dropFirst().first == "skills" {
                try await SkillBench.run(Array(CommandLine.arguments.dropFirst(2)))
                exit(0)
            }
            try await run(parseOptions())
        } catch {
            progress("steward-bench: \(error)")
            exit(1)
        }
    }
}
