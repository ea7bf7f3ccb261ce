import AsyncHTTPClient
import Foundation
import NIOCore
import StewardCore
import StewardJSON
import StewardSandbox
import StewardStore

// steward-bench serve [--proposals 1000] [--requests 300] [--steward PATH]
//
// `steward serve` as a process: its memory when idle (VmRSS after start-up and after the
// requests), and the latency of listing pending proposals through the API at 1,000 pending
// proposals, against the same list from `steward review --json` as a process (the peer: the
// CLI a script would otherwise run).
enum ServeBench {
    static func rss(_ pid: Int32) -> Int {
        guard let s = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }

    static func run(_ args: [String]) async throws {
        var proposals = 1_000
        var requests = 300
        var steward = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("steward").path
        readOptions(
            args, usage: "usage: steward-bench serve [--proposals N] [--requests N] [--steward PATH]\n",
            [
                "--proposals": { v in proposals = max(1, Int(v) ?? proposals) },
                "--requests": { v in requests = max(20, Int(v) ?? requests) },
                "--steward": { v in steward = v },
            ])
        let root = FileManager.default.temporaryDirectory.path + "/steward-serve-bench-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let wsPath = root + "/ws"
        let (ws, _) = try await Workspace.create(at: wsPath, seed: Seed.files, by: "bench")
        progress("making \(proposals) pending proposals…")
        let policy = try PathPolicy.outsideTools()
        for i in 0..<proposals {
            _ = try await ws.propose(
                title: "note \(i)", agent: "bench",
                operations: [.write(path: "memory/n\(i).md", content: Data("note \(i)\n".utf8), executable: false)], policy: policy)
        }
        func runSteward(_ a: [String]) throws -> String {
            let r = try ProcessRunner.run(
                steward, arguments: a + ["--workspace", wsPath], stdin: Data(), environment: ["PATH": "/usr/bin:/bin", "HOME": root], directory: root,
                timeout: 120)
            guard r.status == 0 else {
                throw StewardError.failure("steward \(a.joined(separator: " ")): \(String(decoding: r.stderr, as: UTF8.self))")
            }
            return String(decoding: r.stdout, as: UTF8.self)
        }
        let token = try runSteward(["token"]).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try runSteward(["review", "--json"])  // fills the review cache, as any first look does

        progress("starting steward serve…")
        let server = Process()
        server.executableURL = URL(fileURLWithPath: steward)
        server.arguments = ["serve", "--port", "0", "--workspace", wsPath]
        let err = Pipe()
        server.standardError = err
        server.standardOutput = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        var text = ""
        while !text.contains("/ (API") { text += String(decoding: err.fileHandleForReading.availableData, as: UTF8.self) }
        guard let r = text.range(of: "http://127.0.0.1:"), let port = Int(text[r.upperBound...].prefix { $0.isNumber }) else {
            throw StewardError.failure("no port in: \(text)")
        }
        try await Task.sleep(nanoseconds: 1_000_000_000)
        let idle = rss(server.processIdentifier)

        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        var api: [Double] = []
        var count = 0
        for i in 0..<(requests + 10) {
            var req = HTTPClientRequest(url: "http://127.0.0.1:\(port)/api/v1/proposals")
            req.headers.add(name: "Authorization", value: "Bearer \(token)")
            let t = try await msAsync {
                let resp = try await http.execute(req, timeout: .seconds(30))
                let body = try await resp.body.collect(upTo: 64 << 20)
                if i == 0 { count = (try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [Any])?.count ?? -1 }
            }
            if i >= 10 { api.append(t) }
        }
        try await http.shutdown()
        let afterRSS = rss(server.processIdentifier)
        guard count == proposals else { throw StewardError.failure("the API listed \(count) proposals, not \(proposals)") }
        progress("the peer: steward review --json as a process…")
        var cli: [Double] = []
        for _ in 0..<30 { cli.append(try ms { _ = try runSteward(["review", "--json"]) }) }

        // Where the API's time goes, in this process: the listing and the JSON.
        let store = try Store(path: wsPath + "/.steward/steward.db")
        let opened = try await Workspace.open(at: wsPath)
        var listing: [Double] = []
        var encoding: [Double] = []
        var list: [ProposalInfo] = []
        for _ in 0..<50 {
            listing.append(try await msAsync { list = try await opened.pending(cache: store) })
            encoding.append(try ms { _ = try PrettyJSON.encode(list) })
        }

        func p(_ xs: [Double], _ q: Double) -> Double {
            let s = xs.sorted()
            return s[min(s.count - 1, Int(Double(s.count) * q))]
        }
        print("steward-bench serve: \(proposals) pending proposals, \(requests) requests")
        print("| what | p50 ms | p99 ms | target |")
        print("|---|---:|---:|---|")
        print(
            String(
                format: "| GET /api/v1/proposals (owner token, %d proposals as JSON) | %.2f | %.2f | p50 ≤ 2 |", proposals, p(api, 0.5), p(api, 0.99))
        )
        print(String(format: "| `steward review --json` as a process (peer) | %.2f | %.2f | |", p(cli, 0.5), p(cli, 0.99)))
        print(String(format: "| ratio, process / API at p50 | %.1f× | | |", p(cli, 0.5) / p(api, 0.5)))
        print(String(format: "| in-process: `Workspace.pending` with the review cache | %.2f | %.2f | |", p(listing, 0.5), p(listing, 0.99)))
        print(String(format: "| in-process: the list as JSON (PrettyJSON) | %.2f | %.2f | |", p(encoding, 0.5), p(encoding, 0.99)))
        print(
            String(
                format: "| `steward serve` RSS idle after start / after the requests | %.1f MB / %.1f MB | | idle ≤ 40 MB |", Double(idle) / 1024,
                Double(afterRSS) / 1024))
    }
}
