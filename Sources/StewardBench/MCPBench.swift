import Foundation
import StewardCore
import StewardSandbox

// steward-bench mcp [--sizes 262144,1048576,4194304,12582912] [--runs 5] [--steward-mcp PATH]
//
// `steward mcp`'s stdio framing as a process: a real `steward-mcp` on a fresh workspace gets
// one `ping` per run whose line is exactly SIZE bytes (the padding in `params._meta`, which
// the server reads and ignores), and the time is from the first byte written to the reply
// read. Time per MB that stays flat as the size grows is linear framing; it grew with the
// size (O(n²)) with the SDK's StdioTransport.
enum MCPBench {
    static func run(_ args: [String]) async throws {
        var sizes = [256 << 10, 1 << 20, 4 << 20, 12 << 20]
        var runs = 5
        var server = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("steward-mcp").path
        readOptions(
            args, usage: "usage: steward-bench mcp [--sizes B,B,...] [--runs N] [--steward-mcp PATH]\n",
            [
                "--sizes": { v in sizes = v.split(separator: ",").compactMap { Int($0) }.filter { $0 >= 100 } },
                "--runs": { v in runs = max(1, Int(v) ?? runs) },
                "--steward-mcp": { v in server = v },
            ])
        guard FileManager.default.isExecutableFile(atPath: server) else {
            throw StewardError.failure("\(server) not found: build the steward-mcp product too")
        }
        let root = FileManager.default.temporaryDirectory.path + "/steward-mcp-bench-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try await Workspace.create(at: root + "/ws", seed: Seed.files, by: "bench")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: server)
        // The flag only when the default limit (16 MiB) is too small, so a build from before
        // it existed can be measured too.
        let largest = sizes.max() ?? 0
        process.arguments = ["--workspace", root + "/ws"] + (largest > 16 << 20 ? ["--max-message-bytes", String(largest)] : [])
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        var pending = Data()
        func reply() throws -> String {
            while true {
                if let nl = pending.firstIndex(of: 0x0A) {
                    let line = String(decoding: pending[pending.startIndex..<nl], as: UTF8.self)
                    pending = Data(pending[(nl + 1)...])
                    return line
                }
                let chunk = output.fileHandleForReading.availableData
                guard !chunk.isEmpty else { throw StewardError.failure("steward-mcp closed its stdout") }
                pending.append(chunk)
            }
        }
        func send(_ line: Data) throws { try input.fileHandleForWriting.write(contentsOf: line + Data([0x0A])) }
        try send(
            Data(
                #"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}"#
                    .utf8))
        _ = try reply()
        try send(Data(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#.utf8))

        print("steward-bench mcp: \(server), a ping of each size \(runs) times")
        print("| message | p50 | min | ms per MiB (p50) |")
        print("|---:|---:|---:|---:|")
        var id = 1
        var perMiB: [Double] = []
        for size in sizes {
            var times: [Double] = []
            for _ in 0..<runs {
                let head = Data(#"{"jsonrpc":"2.0","id":\#(id),"method":"ping","params":{"_meta":{"pad":""#.utf8)
                let tail = Data(#""}}}"#.utf8)
                let line = head + Data(repeating: UInt8(ascii: "x"), count: size - head.count - tail.count) + tail
                let start = DispatchTime.now().uptimeNanoseconds
                try send(line)
                let answer = try reply()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                guard answer.contains(#""id":\#(id)"#), answer.contains(#""result""#) else {
                    throw StewardError.failure("ping \(id) of \(size) bytes: \(answer.prefix(300))")
                }
                id += 1
            }
            times.sort()
            let p50 = times[times.count / 2]
            perMiB.append(p50 / (Double(size) / Double(1 << 20)))
            print(String(format: "| %@ | %.1f ms | %.1f ms | %.2f |", label(size), p50, times[0], perMiB.last!))
        }
        if let first = perMiB.first, let last = perMiB.last, sizes.count > 1 {
            print(
                String(
                    format: "size ×%.0f, time per MiB ×%.2f (1.00 is linear; quadratic framing would be ×%.0f)",
                    Double(sizes.last!) / Double(sizes.first!), last / first, Double(sizes.last!) / Double(sizes.first!)))
        }
    }

    static func label(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : bytes % 1024 == 0 ? "\(bytes >> 10) KiB" : "\(bytes) B"
    }
}
