import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import StewardCore
import StewardSandbox
import StewardServer
import StewardStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

extension LiveServer {
    /// Logs in to the dashboard; the cookie and the CSRF token of proposal `n`'s page.
    func logIn(page n: Int) async throws -> (cookie: String, csrf: String) {
        let login = try await send(.POST, "/login", body: "token=\(owner)", contentType: "application/x-www-form-urlencoded")
        let setCookie = try #require(login.headers["Set-Cookie"].first)
        let cookie = String(setCookie.prefix { $0 != ";" })
        let page = try await send(.GET, "/proposals/\(n)", cookie: cookie)
        let csrf = try #require(page.body.range(of: #"name="csrf" value=""#).map { String(page.body[$0.upperBound...].prefix(64)) })
        return (cookie, csrf)
    }

    /// A form POST with extra headers (what a browser adds).
    func post(_ path: String, form: String, cookie: String?, headers: [(String, String)]) async throws -> Reply {
        var req = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        req.method = .POST
        if let cookie { req.headers.add(name: "Cookie", value: cookie) }
        for (k, v) in headers { req.headers.add(name: k, value: v) }
        req.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        req.body = .bytes(ByteBuffer(string: form))
        let r = try await http.execute(req, timeout: .seconds(30))
        let buf = try await r.body.collect(upTo: 10 << 20)
        return Reply(status: Int(r.status.code), headers: r.headers, body: String(buffer: buf))
    }
}

/// A plain TCP connection to the server, to send what no HTTP client would (half a header).
final class RawConnection {
    let fd: Int32

    init(port: Int, receiveTimeout seconds: Int = 20) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var tv = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else { throw StewardError.failure("connect: \(String(cString: strerror(errno)))") }
    }

    deinit { close(fd) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    enum Read: Equatable {
        case data(String)
        /// The server closed the connection (or reset it).
        case closed
        /// Nothing within the receive time-out: the server kept the connection open.
        case stillOpen
    }

    /// Reads until the server closes, or a whole response header (and `Content-Length` body) arrived.
    func read() -> Read {
        var got = [UInt8]()
        var buf = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = recv(fd, &buf, buf.count, 0)
            if n > 0 {
                got += buf[0..<n]
                let text = String(decoding: got, as: UTF8.self)
                if let end = text.range(of: "\r\n\r\n") {
                    let length = text.lowercased().range(of: "content-length: ").map { Int(text[$0.upperBound...].prefix { $0.isNumber }) ?? 0 } ?? 0
                    if text[end.upperBound...].utf8.count >= length { return .data(text) }
                }
                continue
            }
            if n == 0 || errno == ECONNRESET { return got.isEmpty ? .closed : .data(String(decoding: got, as: UTF8.self)) }
            return got.isEmpty ? .stillOpen : .data(String(decoding: got, as: UTF8.self))
        }
    }

    /// Whether the server has closed the connection (without waiting).
    func closedNow() -> Bool {
        var b: UInt8 = 0
        let n = recv(fd, &b, 1, Int32(MSG_DONTWAIT))
        return n == 0 || (n < 0 && errno == ECONNRESET) || (n < 0 && errno == EPIPE)
    }

    /// After a response: whether the server then closed the connection.
    func closedAfterwards() -> Bool {
        var b: UInt8 = 0
        let n = recv(fd, &b, 1, 0)
        return n == 0 || (n < 0 && errno == ECONNRESET)
    }
}

@Suite(.serialized) struct ServeHardeningTests {
    // Item 3: a banner comes only from the server.
    @Test func theDashboardShowsOnlyMessagesTheServerSet() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let n = try await s.propose("memory/f.md", "flash\n")
        let (cookie, csrf) = try await s.logIn(page: n)
        let crafted = "Approved by the security team: log in again at evil.example"
        let forged = try await s.send(
            .GET, "/proposals/\(n)?message=" + crafted.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, cookie: cookie)
        #expect(forged.status == 200)
        #expect(!forged.body.contains("security team") && !forged.body.contains(#"id="message""#), "a message from the URL is shown")
        let approved = try await s.send(
            .POST, "/proposals/\(n)/approve", body: "csrf=\(csrf)", contentType: "application/x-www-form-urlencoded", cookie: cookie)
        #expect(approved.status == 303)
        let location = try #require(approved.headers["Location"].first)
        #expect(location == "/proposals/\(n)", "no message in the URL: \(location)")
        let shown = try await s.send(.GET, location, cookie: cookie)
        #expect(shown.body.contains(#"id="message">Approved #\#(n): merged into main"#), "the server's own message, once")
        let again = try await s.send(.GET, location, cookie: cookie)
        #expect(!again.body.contains(#"id="message""#), "a flash is shown once")
        // A message is for the page it was set for: another page view drops it.
        let p2 = try await s.propose("memory/g.md", "flash 2\n")
        let page2 = try await s.send(.GET, "/proposals/\(p2)", cookie: cookie)
        let csrf2 = try #require(page2.body.range(of: #"name="csrf" value=""#).map { String(page2.body[$0.upperBound...].prefix(64)) })
        #expect(csrf2 == csrf)
        #expect(
            try await s.send(.POST, "/proposals/\(p2)/reject", body: "csrf=\(csrf)", contentType: "application/x-www-form-urlencoded", cookie: cookie)
                .status == 303)
        _ = try await s.send(.GET, "/tasks", cookie: cookie)
        #expect(!(try await s.send(.GET, "/proposals/\(p2)", cookie: cookie)).body.contains(#"id="message""#))
    }

    // Item 5: rotating the owner's token (here through another TokenStore, as `steward token
    // --rotate` in another process) ends the dashboard's sessions; a revoked token stops at once.
    @Test func rotatingTheTokenEndsEverySessionMadeWithIt() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let n = try await s.propose("memory/r.md", "rotate\n")
        let (cookie, csrf) = try await s.logIn(page: n)
        #expect(try await s.send(.GET, "/api/v1/proposals", cookie: cookie).status == 200)
        let other = TokenStore(stateDir: s.dir + "/ws/.steward")
        let rotated = try other.rotateOwner()
        let rejected = try await s.send(
            .POST, "/proposals/\(n)/reject", body: "csrf=\(csrf)", contentType: "application/x-www-form-urlencoded", cookie: cookie)
        #expect(rejected.status == 401, "a session from before the rotation acted: \(rejected.status)")
        #expect(rejected.body.contains("session has ended"))
        #expect(try await s.state.workspace.proposal(n).status == .pending)
        let page = try await s.send(.GET, "/proposals", cookie: cookie)
        #expect(page.status == 303 && page.headers["Location"].first == "/login")
        #expect(try await s.send(.GET, "/api/v1/proposals", cookie: cookie).status == 401)
        #expect(try await s.send(.GET, "/api/v1/proposals", token: s.owner).status == 401, "the old token")
        #expect(try await s.send(.GET, "/api/v1/proposals", token: rotated.secret).status == 200, "the new token")
        // Logging in again with the new token works.
        let login = try await s.send(.POST, "/login", body: "token=\(rotated.secret)", contentType: "application/x-www-form-urlencoded")
        #expect(login.status == 303)
        // An agent token revoked from elsewhere stops at its next request.
        #expect(try await s.send(.GET, "/api/v1/tasks", token: s.agentToken).status == 200)
        let id = try #require(try other.load().first { $0.scope == .agent }?.id)
        #expect(try other.revoke(id: id))
        #expect(try await s.send(.GET, "/api/v1/tasks", token: s.agentToken).status == 401)
    }

    // Item 6: a form posted from another site is refused even with the cookie and the CSRF token.
    @Test func formsFromAnotherOriginAreRefused() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let n = try await s.propose("memory/o.md", "origin\n")
        let (cookie, csrf) = try await s.logIn(page: n)
        let me = "http://127.0.0.1:\(s.port)"
        // Under `no-referrer` a browser sends `Origin: null` with the dashboard's own forms.
        let page = try await s.send(.GET, "/proposals/\(n)", cookie: cookie)
        #expect(page.headers["Referrer-Policy"].first == "same-origin")
        for headers in [
            [("Origin", "http://evil.example")], [("Origin", "null")], [("Origin", "http://127.0.0.1:\(s.port + 1)")],
            [("Sec-Fetch-Site", "cross-site")], [("Sec-Fetch-Site", "same-site"), ("Origin", me)],
        ] {
            let r = try await s.post("/proposals/\(n)/approve", form: "csrf=\(csrf)", cookie: cookie, headers: headers)
            #expect(r.status == 403, "\(headers): \(r.status)")
            #expect(r.body.contains("refused: this form was sent from"), "\(r.body)")
        }
        #expect(try await s.state.workspace.proposal(n).status == .pending)
        let login = try await s.post(
            "/login", form: "token=\(s.owner)", cookie: nil, headers: [("Origin", "http://evil.example"), ("Sec-Fetch-Site", "cross-site")])
        #expect(login.status == 403 && login.headers["Set-Cookie"].isEmpty)
        // What a real browser sends from the dashboard itself passes.
        let ok = try await s.post(
            "/proposals/\(n)/approve", form: "csrf=\(csrf)", cookie: cookie, headers: [("Origin", me), ("Sec-Fetch-Site", "same-origin")])
        #expect(ok.status == 303)
        #expect(try await s.state.workspace.proposal(n).status == .approved)
    }

    // Item 7: half a header, then nothing: the server closes the connection.
    @Test func aStalledHeaderIsClosed() async throws {
        let s = try await LiveServer.start(limits: ConnectionLimits(maxConnections: 8, idleTimeout: .seconds(1), bodyTimeout: .seconds(60)))
        defer { Task { await s.stop() } }
        let header = try RawConnection(port: s.port)
        header.send("GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow")
        #expect(header.read() == .closed, "half a header kept the connection open")
        let idle = try RawConnection(port: s.port)
        #expect(idle.read() == .closed, "a connection that sends nothing stays open")
        // A complete request is answered as ever.
        let fine = try RawConnection(port: s.port)
        fine.send("GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        guard case .data(let text) = fine.read() else {
            Issue.record("no answer")
            return
        }
        #expect(text.hasPrefix("HTTP/1.1 200"))
    }

    // A body sent a byte at a time, each well within the idle time-out, is cut at the body time-out.
    @Test func aDribbledBodyIsClosed() async throws {
        let s = try await LiveServer.start(limits: ConnectionLimits(maxConnections: 8, idleTimeout: .seconds(5), bodyTimeout: .seconds(1)))
        defer { Task { await s.stop() } }
        let c = try RawConnection(port: s.port)
        c.send("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n")
        var closed = false
        for _ in 0..<40 where !closed {
            c.send("a")
            try await Task.sleep(nanoseconds: 300_000_000)
            closed = c.closedNow()
        }
        #expect(closed, "a body dribbled for 12 s was still being read")
    }

    @Test func connectionsBeyondTheLimitAreRefused() async throws {
        let s = try await LiveServer.start(limits: ConnectionLimits(maxConnections: 2, idleTimeout: .seconds(60), bodyTimeout: .seconds(60)))
        defer { Task { await s.stop() } }
        var open: [RawConnection] = []
        for _ in 0..<2 {
            let c = try RawConnection(port: s.port)
            c.send("GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            guard case .data(let text) = c.read() else {
                Issue.record("no answer")
                return
            }
            #expect(text.hasPrefix("HTTP/1.1 200"))
            open.append(c)
        }
        let third = try RawConnection(port: s.port)
        third.send("GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        guard case .data(let refused) = third.read() else {
            Issue.record("the third connection got no answer")
            return
        }
        #expect(refused.hasPrefix("HTTP/1.1 503"), "\(refused)")
        #expect(refused.contains("2 connections open, its limit"))
        #expect(third.closedAfterwards())
        // The two kept connections still work; once one closes, a new one is served.
        open[0].send("GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        guard case .data(let again) = open[0].read() else {
            Issue.record("a kept connection stopped")
            return
        }
        #expect(again.hasPrefix("HTTP/1.1 200"))
        open.removeFirst()
        var served = false
        for _ in 0..<100 where !served {
            let c = try RawConnection(port: s.port)
            c.send("GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            if case .data(let t) = c.read(), t.hasPrefix("HTTP/1.1 200") { served = true } else { try await Task.sleep(nanoseconds: 50_000_000) }
        }
        #expect(served, "a place that was freed is not given again")
    }

    // Item 17: one cap for tasks everywhere, and a limit on every other free text.
    @Test func longInputsAreRefusedWithTheirLimit() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let huge = String(repeating: "a", count: 500_000)
        let schedule = try await s.send(.POST, "/api/v1/schedules", token: s.owner, body: #"{"cron": "@daily", "task": "\#(huge)"}"#)
        #expect(schedule.status == 400)
        #expect(schedule.body.contains("the task is 500,000 characters; the limit is 10,000"), "\(schedule.body.prefix(300))")
        #expect(try await s.state.store.schedules().isEmpty)
        await #expect(throws: StewardError.self) {
            try await s.state.store.addSchedule(cron: "@daily", timeZone: "UTC", task: huge, agent: nil, catchUp: true)
        }
        let cron = try await s.send(
            .POST, "/api/v1/schedules", token: s.owner, body: #"{"cron": "\#(String(repeating: "1,", count: 150))1 * * * *", "task": "x"}"#)
        #expect(cron.status == 400 && cron.body.contains("the cron expression is 309 characters; the limit is 200"), "\(cron.body)")
        let zone = try await s.send(
            .POST, "/api/v1/schedules", token: s.owner, body: #"{"cron": "@daily", "task": "x", "timeZone": "\#(String(repeating: "Z", count: 65))"}"#
        )
        #expect(zone.status == 400 && zone.body.contains("the time zone is 65 characters; the limit is 64"))
        // Combining marks are one grapheme but count one by one.
        let marks = "a" + String(repeating: "\u{301}", count: 10_000)
        let task = try await s.send(.POST, "/api/v1/tasks", token: s.owner, body: #"{"task": "\#(marks)"}"#)
        #expect(task.status == 400 && task.body.contains("the task is 10,001 characters"), "\(task.body.prefix(300))")
        let n = try await s.propose("memory/l.md", "long\n")
        let reject = try await s.send(
            .POST, "/api/v1/proposals/\(n)/reject", token: s.owner, body: #"{"reason": "\#(String(repeating: "r", count: 2_001))"}"#)
        #expect(reject.status == 400 && reject.body.contains("the reason is 2,001 characters; the limit is 2,000"))
        let head = try await s.send(
            .POST, "/api/v1/proposals/\(n)/approve", token: s.owner, body: #"{"expectedHead": "\#(String(repeating: "f", count: 65))"}"#)
        #expect(head.status == 400)
        #expect(try await s.state.workspace.proposal(n).status == .pending)
        // The dashboard's forms: the same limits, said on the page.
        let (cookie, csrf) = try await s.logIn(page: n)
        let form = try await s.send(
            .POST, "/proposals/\(n)/reject", body: "csrf=\(csrf)&reason=" + String(repeating: "r", count: 2_001),
            contentType: "application/x-www-form-urlencoded", cookie: cookie)
        #expect(form.status == 303)
        #expect(try await s.send(.GET, "/proposals/\(n)", cookie: cookie).body.contains("Not done: the reason is 2,001 characters"))
        #expect(try await s.state.workspace.proposal(n).status == .pending)
        let taskForm = try await s.send(
            .POST, "/tasks", body: "csrf=\(csrf)&task=" + String(repeating: "t", count: 10_001), contentType: "application/x-www-form-urlencoded",
            cookie: cookie)
        #expect(taskForm.status == 400 && taskForm.body.contains("the task is 10,001 characters; the limit is 10,000"))
    }
}

// Item 4: the address decided on is the one resolved, not the name's spelling.
@Suite struct ServeAddressTests {
    @Test func everyUnspecifiedSpellingIsRefused() throws {
        for host in ["0", "0x0", "00.0.0.0", "0.0.0.0", "::", "[::]", "::ffff:0.0.0.0", "10.1.2.3"] {
            let resolved = (try? ServeAddress.resolve(host)) ?? []
            #expect(!StewardServer.isLoopback(host), "\(host) → \(resolved)")
            do {
                _ = try ServeAddress.choose(host, allowRemote: false)
                Issue.record("\(host) was accepted")
            } catch let e as StewardError {
                #expect(
                    e.message.contains("only loopback addresses (127.0.0.0/8, ::1) unless you pass --allow-remote, and then put TLS in front"),
                    "\(e.message)")
            }
        }
        #expect(try ServeAddress.resolve("0x0") == ["0.0.0.0"])
        #expect(try ServeAddress.choose("0", allowRemote: true) == "0.0.0.0")
        #expect(throws: StewardError.self) { try ServeAddress.choose("0", allowRemote: false) }
    }

    @Test func loopbackSpellingsAreAccepted() throws {
        for (host, address) in [
            ("127.0.0.1", "127.0.0.1"), ("127.1", "127.0.0.1"), ("2130706433", "127.0.0.1"), ("127.9.8.7", "127.9.8.7"),
            ("::1", "::1"), ("[::1]", "::1"), ("::ffff:127.0.0.1", "::ffff:127.0.0.1"),
        ] {
            #expect(try ServeAddress.choose(host, allowRemote: false) == address, "\(host)")
        }
        let localhost = try ServeAddress.resolve("localhost")
        #expect(!localhost.isEmpty && localhost.allSatisfy { ServeAddress.isLoopback(address: $0) }, "\(localhost)")
        for a in ["0.0.0.0", "::", "::ffff:0.0.0.0", "128.0.0.1", "::2", "fe80::1", "localhost", "127.0.0.1.evil"] {
            #expect(!ServeAddress.isLoopback(address: a), "\(a)")
        }
    }

    @Test func serveRefusesBeforeBinding() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-addr-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try await Workspace.create(at: dir, seed: Seed.files, by: "tester")
        let ws = try await Workspace.open(at: dir) { try Store(path: $0 + "/steward.db") }
        let state = ServerState(workspace: ws, store: await ws.auditIndex as! Store)
        await #expect(throws: StewardError.self) { try await StewardServer.run(state, host: "00.0.0.0", port: 0) }
    }
}
