import Foundation
import Testing

@Suite("steward serve, token and schedule from the command line")
struct ServeCLITests {
    @Test func tokensAreTheOwnersAndPrivate() throws {
        let s = try Sandbox()
        try s.ok("init")
        var st = stat()
        #expect(stat(s.ws + "/.steward/tokens.json", &st) == 0 && st.st_mode & 0o777 == 0o600)
        let first = try s.ok("token").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(first.hasPrefix("stw_") && first.count == 68)
        #expect(try s.ok("token").trimmingCharacters(in: .whitespacesAndNewlines) == first)
        let rotated = try s.ok("token", "--rotate").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(rotated != first && rotated.hasPrefix("stw_"))
        let agent = try s.ok("token", "--agent", "ci-bot").trimmingCharacters(in: .whitespacesAndNewlines)
        let list = try s.ok("token", "--list")
        #expect(list.contains("owner") && list.contains("agent  ci-bot") && !list.contains(agent) && !list.contains(rotated))
    }

    @Test func servingBeyondLoopbackNeedsConsent() throws {
        let s = try Sandbox()
        try s.ok("init")
        let r = try s.steward("serve", "--host", "0.0.0.0")
        #expect(r.status == 2 && r.stderr.contains("only loopback addresses") && r.stderr.contains("--allow-remote"))
    }

    @Test func serveAnswersOnlyWithTheToken() throws {
        let s = try Sandbox()
        try s.ok("init")
        let token = try s.ok("token").trimmingCharacters(in: .whitespacesAndNewlines)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: stewardBinary)
        p.arguments = ["serve", "--port", "0", "--workspace", s.ws]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        defer { p.terminate(); p.waitUntilExit() }
        // The port is in the first line on stderr.
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("/ (API") && Date() < deadline {
            text += String(decoding: err.fileHandleForReading.availableData, as: UTF8.self)
        }
        let port = try #require(text.range(of: "http://127.0.0.1:").map { Int(text[$0.upperBound...].prefix { $0.isNumber }) } ?? nil)
        let anonymous = try run("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "http://127.0.0.1:\(port)/api/v1/proposals"], stdin: nil, env: [:])
        #expect(anonymous.stdout == "401")
        let owner = try run("/usr/bin/curl", ["-s", "-H", "Authorization: Bearer \(token)", "http://127.0.0.1:\(port)/api/v1/proposals"], stdin: nil, env: [:])
        #expect(owner.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" || owner.stdout.contains("["), "\(owner.stdout)")
    }

    @Test func schedulesAreCheckedAndListed() throws {
        let s = try Sandbox()
        try s.ok("init")
        let bad = try s.steward("schedule", "add", "61 * * * *", "Summarise")
        #expect(bad.status == 2 && bad.stderr.contains("minute"))
        let zone = try s.steward("schedule", "add", "@daily", "Summarise", "--tz", "Mars/Olympus")
        #expect(zone.status == 2 && zone.stderr.contains("unknown time zone"))
        let added = try s.ok("schedule", "add", "0 8 * * 1-5", "Summarise new notes", "--tz", "Europe/Paris", "--agent", "research")
        #expect(added.contains("Added schedule 1: 0 8 * * 1-5 (Europe/Paris), next "))
        let list = try s.ok("schedule", "list")
        #expect(list.contains("0 8 * * 1-5") && list.contains("Europe/Paris") && list.contains("Summarise new notes"))
        try s.ok("schedule", "remove", "1")
        #expect(try s.ok("schedule", "list").contains("No schedules"))
        #expect(try s.steward("schedule", "remove", "1").status == 1)
    }
}
