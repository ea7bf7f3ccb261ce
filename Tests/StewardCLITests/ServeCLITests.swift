import Foundation
import Testing

@Suite("steward serve, token and schedule from the command line")
struct ServeCLITests {
    @Test func tokensAreTheOwnersAndPrivate() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        var st = stat()
        #expect(stat(s.ws + "/.steward/tokens.json", &st) == 0 && st.st_mode & 0o777 == 0o600)
        let first = try await s.ok("token").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(first.hasPrefix("stw_") && first.count == 68)
        #expect(try await s.ok("token").trimmingCharacters(in: .whitespacesAndNewlines) == first)
        let rotated = try await s.ok("token", "--rotate").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(rotated != first && rotated.hasPrefix("stw_"))
        let agent = try await s.ok("token", "--agent", "ci-bot").trimmingCharacters(in: .whitespacesAndNewlines)
        let list = try await s.ok("token", "--list")
        #expect(list.contains("owner") && list.contains("agent  ci-bot") && !list.contains(agent) && !list.contains(rotated))
    }

    @Test func servingBeyondLoopbackNeedsConsent() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let r = try await s.steward("serve", "--host", "0.0.0.0")
        #expect(r.status == 2 && r.stderr.contains("only loopback addresses") && r.stderr.contains("--allow-remote"))
        // Other spellings of every interface: decided on the address, not the text.
        for host in ["0", "0x0", "::"] {
            let r = try await s.steward("serve", "--host", host)
            #expect(r.status == 2 && r.stderr.contains("refusing to serve on ") && r.stderr.contains("--allow-remote"), "\(host): \(r.stderr)")
        }
    }

    /// A name that begins with `127.` but resolves to 0.0.0.0 (here through a hosts file of its
    /// own, bind-mounted over /etc/hosts by bubblewrap) is refused, naming the address.
    @Test func aLoopbackLookingNameIsJudgedByItsAddress() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let hosts = s.dir + "/hosts"
        try "127.0.0.1 localhost\n0.0.0.0 127.evil.test\n".write(toFile: hosts, atomically: true, encoding: .utf8)
        // `timeout`: before the fix the server started (on every interface) and never ended.
        let r = try await run(
            "/usr/bin/timeout",
            [
                "20", "/usr/bin/bwrap", "--dev-bind", "/", "/", "--bind", hosts, "/etc/hosts",
                stewardBinary, "serve", "--host", "127.evil.test", "--port", "0", "--workspace", s.ws,
            ], stdin: nil, env: [:])
        #expect(r.status == 2, "\(r.status): \(r.stderr)")
        #expect(
            r.stderr.contains("refusing to serve on 0.0.0.0 (127.evil.test resolves to 0.0.0.0), which listens on every interface"), "\(r.stderr)")
        #expect(r.stderr.contains("--allow-remote"))
    }

    @Test func tasksHaveOneLimitEverywhere() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let long = String(repeating: "x", count: 20_000)
        let schedule = try await s.steward("schedule", "add", "@daily", long)
        #expect(schedule.status == 2 && schedule.stderr.contains("the task is 20,000 characters; the limit is 10,000"), "\(schedule.stderr)")
        #expect(try await s.ok("schedule", "list").contains("No schedules"))
        let run = try await s.steward("run", long)
        #expect(run.status == 2 && run.stderr.contains("the task is 20,000 characters; the limit is 10,000"), "\(run.stderr)")
        let cron = try await s.steward("schedule", "add", String(repeating: "*", count: 201), "x")
        #expect(cron.status == 2 && cron.stderr.contains("the cron expression is 201 characters; the limit is 200"), "\(cron.stderr)")
        let n = try await s.propose("A note", #"[{"op":"write","path":"memory/n.md","content":"n\n"}]"#)
        let reject = try await s.steward("reject", "\(n)", "--reason", String(repeating: "r", count: 2_001))
        #expect(reject.status == 2 && reject.stderr.contains("the reason is 2,001 characters; the limit is 2,000"), "\(reject.stderr)")
        #expect(try await s.ok("token", "--agent", String(repeating: "l", count: 100)).hasPrefix("stw_"))
        #expect(try await s.steward("token", "--agent", String(repeating: "l", count: 101)).status == 2)
    }

    @Test func serveAnswersOnlyWithTheToken() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let token = try await s.ok("token").trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try Served(s)
        defer { server.stop() }
        let port = try #require(server.port)
        let anonymous = try await run(
            "/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "http://127.0.0.1:\(port)/api/v1/proposals"], stdin: nil, env: [:])
        #expect(anonymous.stdout == "401")
        let owner = try await run(
            "/usr/bin/curl", ["-s", "-H", "Authorization: Bearer \(token)", "http://127.0.0.1:\(port)/api/v1/proposals"], stdin: nil, env: [:])
        let list = try JSONSerialization.jsonObject(with: Data(owner.stdout.utf8)) as? [Any]
        #expect(list?.isEmpty == true, "a new workspace has no proposals: \(owner.stdout)")
    }

    /// `steward token --rotate` in another process ends the running server's dashboard sessions.
    @Test func rotatingFromTheCommandLineEndsTheServersSessions() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let token = try await s.ok("token").trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try Served(s)
        defer { server.stop() }
        let port = try #require(server.port)
        let base = "http://127.0.0.1:\(port)"
        let login = try await run(
            "/usr/bin/curl", ["-s", "-o", "/dev/null", "-D", "-", "-d", "token=\(token)", base + "/login"], stdin: nil, env: [:])
        let cookie = try #require(
            login.stdout.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie: ") }.map {
                String($0.dropFirst(12).prefix { $0 != ";" })
            })
        func page() async throws -> String {
            try await run(
                "/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code} %{redirect_url}", "-H", "Cookie: \(cookie)", base + "/proposals"],
                stdin: nil, env: [:]
            ).stdout
        }
        #expect(try await page() == "200 ")
        try await s.ok("token", "--rotate")
        #expect(try await page() == "303 \(base)/login", "the session outlived the rotation")
    }

    @Test func schedulesAreCheckedAndListed() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let bad = try await s.steward("schedule", "add", "61 * * * *", "Summarise")
        #expect(bad.status == 2 && bad.stderr.contains("minute"))
        let zone = try await s.steward("schedule", "add", "@daily", "Summarise", "--tz", "Mars/Olympus")
        #expect(zone.status == 2 && zone.stderr.contains("unknown time zone"))
        let added = try await s.ok("schedule", "add", "0 8 * * 1-5", "Summarise new notes", "--tz", "Europe/Paris", "--agent", "research")
        #expect(added.contains("Added schedule 1: 0 8 * * 1-5 (Europe/Paris), next "))
        let list = try await s.ok("schedule", "list")
        #expect(list.contains("0 8 * * 1-5") && list.contains("Europe/Paris") && list.contains("Summarise new notes"))
        try await s.ok("schedule", "remove", "1")
        #expect(try await s.ok("schedule", "list").contains("No schedules"))
        #expect(try await s.steward("schedule", "remove", "1").status == 1)
        // run-now finds the schedule in the store it opened before it reads the configuration:
        // an unknown id is said as such, even when steward.toml's router sections are broken.
        try await personCommits(s, ["steward.toml": "[models.x]\nprovider = \"nope\"\n"])
        let unknown = try await s.steward("schedule", "run-now", "99")
        #expect(unknown.status == 1 && unknown.stderr.contains("there is no schedule 99"), "\(unknown.stderr)")
    }
}

/// A real `steward serve --port 0` on the sandbox's workspace; `port` is read from the first
/// line it prints on stderr (nil if it did not start within 30 s).
final class Served {
    let process = Process()
    private(set) var port: Int?

    init(_ s: Sandbox) throws {
        process.executableURL = URL(fileURLWithPath: try stewardBinary)
        process.arguments = ["serve", "--port", "0", "--workspace", s.ws]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("/ (API") && Date() < deadline {
            text += String(decoding: err.fileHandleForReading.availableData, as: UTF8.self)
        }
        port = text.range(of: "http://127.0.0.1:").flatMap { Int(text[$0.upperBound...].prefix { $0.isNumber }) }
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
