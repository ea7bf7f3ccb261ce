import AsyncHTTPClient
import Foundation
import StewardCore
import StewardServer
import Testing

/// The dashboard's forms go through Hummingbird's `URLEncodedFormDecoder` and its session
/// cookie through Hummingbird's `Cookie` (issue 18).
@Suite(.serialized) struct DashboardFormTests {
    static let form = "application/x-www-form-urlencoded"

    // `+` is a space, `%2B` a plus sign, `%E2%9C%93` one UTF-8 character: the reason is kept exactly.
    @Test func aPercentEncodedFieldDecodesExactly() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let n = try await s.propose("memory/f.md", "form\n")
        let (cookie, csrf) = try await s.logIn(page: n)
        let reason = "1%2B1+%3D+2+%E2%9C%93+%C3%A9t%C3%A9+a%26b"
        let r = try await s.send(.POST, "/proposals/\(n)/reject", body: "csrf=\(csrf)&reason=\(reason)", contentType: Self.form, cookie: cookie)
        #expect(r.status == 303)
        try await s.state.workspace.syncIndex()
        let rejected = try s.state.store.events(proposal: n).first { $0.kind == .rejected }
        #expect(rejected?.reason == "1+1 = 2 ✓ été a&b")
        // An empty field (what a browser sends for a blank input) is no reason.
        let m = try await s.propose("memory/g.md", "form\n")
        #expect(try await s.send(.POST, "/proposals/\(m)/reject", body: "reason=&csrf=\(csrf)", contentType: Self.form, cookie: cookie).status == 303)
        try await s.state.workspace.syncIndex()
        #expect(try s.state.store.events(proposal: m).first { $0.kind == .rejected }?.reason == nil)
    }

    // A body that is not a valid form is the sender's mistake: a 400 that says what is wrong,
    // never a 500 and never a silently emptied field.
    @Test func aMalformedFormIsA400() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let n = try await s.propose("memory/f.md", "form\n")
        let (cookie, csrf) = try await s.logIn(page: n)
        for body in ["csrf=\(csrf)&reason=%ZZ", "csrf=\(csrf)&reason=a&reason=b", "csrf=\(csrf)&csrf=\(csrf)"] {
            let r = try await s.send(.POST, "/proposals/\(n)/reject", body: body, contentType: Self.form, cookie: cookie)
            #expect(r.status == 400, "\(body): \(r.status) \(r.body)")
            #expect(r.body.contains("the form could not be read: "), "\(body): \(r.body)")
            #expect(r.body.contains(body.contains("%ZZ") ? "bad percent-encoding" : "is given twice"), "\(body): \(r.body)")
        }
        let bracketed = try await s.send(.POST, "/proposals/\(n)/reject", body: "csrf=\(csrf)&reason[]=a", contentType: Self.form, cookie: cookie)
        #expect(bracketed.status == 400 && bracketed.body.contains("not the plain name=value pairs"), "\(bracketed.status) \(bracketed.body)")
        let login = try await s.send(.POST, "/login", body: "token=%ZZ", contentType: Self.form)
        #expect(login.status == 400 && login.headers["Set-Cookie"].isEmpty, "\(login.status) \(login.body)")
        // Nothing was done: the proposal is still pending.
        #expect(try await s.state.workspace.proposal(n).status == .pending)
        // A form without its CSRF token is refused as before.
        let noToken = try await s.send(.POST, "/proposals/\(n)/reject", body: "reason=x", contentType: Self.form, cookie: cookie)
        #expect(noToken.status == 403 && noToken.body.contains("CSRF token is missing or wrong"))
    }

    @Test func theSessionCookieIsSetAndCleared() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let login = try await s.send(.POST, "/login", body: "token=\(s.owner)", contentType: Self.form)
        #expect(login.status == 303)
        let set = try #require(login.headers["Set-Cookie"].first)
        let parts = Set(set.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) })
        let cookie = try #require(parts.first { $0.hasPrefix("\(Sessions.cookie)=") })
        #expect(cookie.count > Sessions.cookie.count + 20, "a session id: \(set)")
        #expect(parts.isSuperset(of: ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=43200"]), "\(set)")
        #expect(!parts.contains("Secure"), "plain-HTTP loopback: a Secure cookie would never be sent back")
        let page = try await s.send(.GET, "/tasks", cookie: cookie)
        let csrf = try #require(page.body.range(of: #"name="csrf" value=""#).map { String(page.body[$0.upperBound...].prefix(64)) })
        let logout = try await s.send(.POST, "/logout", body: "csrf=\(csrf)", contentType: Self.form, cookie: cookie)
        #expect(logout.status == 303 && logout.headers["Location"].first == "/login")
        let cleared = try #require(logout.headers["Set-Cookie"].first)
        let clearedParts = Set(cleared.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) })
        #expect(clearedParts.isSuperset(of: ["\(Sessions.cookie)=", "Max-Age=0", "Path=/", "HttpOnly", "SameSite=Strict"]), "\(cleared)")
        // The old cookie no longer opens a page.
        #expect(try await s.send(.GET, "/tasks", cookie: cookie).headers["Location"].first == "/login?next=%2Ftasks")
    }
}
