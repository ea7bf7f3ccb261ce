import Foundation
import StewardCore
import StewardTestSupport
import Testing

@testable import StewardAgents

@Suite struct URLFetcherTests {
    @Test(arguments: [
        ("8.8.8.8", true), ("93.184.216.34", true), ("127.0.0.1", false), ("10.1.2.3", false), ("172.16.0.1", false), ("172.32.0.1", true),
        ("192.168.1.1", false), ("169.254.169.254", false), ("100.64.0.1", false), ("0.0.0.0", false), ("224.0.0.1", false), ("::1", false),
        ("fe80::1", false), ("fd00::1", false), ("::ffff:127.0.0.1", false), ("2606:4700::1111", true), ("::", false),
    ])
    func publicAddresses(_ address: String, _ expected: Bool) {
        #expect(URLFetcher.isPublic(address) == expected)
    }

    @Test func allowlistAndAddressRules() {
        let f = URLFetcher(allowed: ["en.wikipedia.org", "*.0.0.1", "localhost"], maxBytes: 100, timeout: 1)
        #expect(f.refusal(URL(string: "https://en.wikipedia.org/wiki/Git")!) == nil)
        #expect(f.refusal(URL(string: "https://EN.Wikipedia.org/x")!) == nil)
        #expect(f.refusal(URL(string: "https://de.wikipedia.org/x")!)?.contains("not on the allowlist") == true)
        #expect(f.refusal(URL(string: "ftp://en.wikipedia.org/x")!)?.contains("only http") == true)
        #expect(f.refusal(URL(string: "https://user:pw@en.wikipedia.org/x")!)?.contains("user name or password") == true)
        // Named exactly: allowed even on this machine. Through a wildcard: never loopback.
        #expect(f.refusal(URL(string: "http://localhost:8080/")!) == nil)
        #expect(f.refusal(URL(string: "http://127.0.0.1:8080/")!)?.contains("loopback or private address") == true)
        #expect(URLFetcher(allowed: [], maxBytes: 1, timeout: 1).refusal(URL(string: "https://a.org/")!)?.contains("fetch_url is off") == true)
    }

    @Test func htmlBecomesText() {
        let html =
            "<html><head><style>p{}</style></head><body><h1>Title</h1><p>One &amp; two</p><script>x()</script><ul><li>a</li><li>b</li></ul></body></html>"
        #expect(URLFetcher.htmlToText(html) == "Title\nOne & two\na\nb")
    }

    /// Entities are decoded once, in one pass: `&amp;lt;` is the text `&lt;`, not `<`.
    @Test(arguments: [
        ("<p>&amp;lt;b&amp;gt;</p>", "&lt;b&gt;"),
        ("a &lt;b&gt; &quot;c&quot; &apos;d&apos; &#39;e&#39;", "a <b> \"c\" 'd' 'e'"),
        ("x&nbsp;y", "x y"),
        ("1&#8212;2 &#x2014; &#X2014;", "1\u{2014}2 \u{2014} \u{2014}"),
        ("&copy; &hellip; &mdash; &ndash; &euro; &rsquo;", "\u{A9} \u{2026} \u{2014} \u{2013} \u{20AC} \u{2019}"),
        ("&#128512;", "\u{1F600}"),
        ("&#150;", "\u{2013}"),  // 0x80-0x9F are Windows-1252, as browsers read them
        // Invalid or out of range: the replacement character, never a NUL or a control.
        ("a&#0;b&#xD800;c&#x110000;d&#99999999999999999999;e", "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e"),
        ("&#27;[31mred&#x1b;[0m &#7; &#x7F; &#x81;", "\u{FFFD}[31mred\u{FFFD}[0m \u{FFFD} \u{FFFD} \u{FFFD}"),
        // Not entities: left as they are.
        ("AT&T &unknown; &amp &#; &#x; &#12a; a & b", "AT&T &unknown; &amp &#; &#x; &#12a; a & b"),
    ])
    func entitiesDecodeOnce(_ c: (String, String)) {
        #expect(URLFetcher.htmlToText(c.0) == c.1)
    }

    /// Raw control characters in a page become U+FFFD too; CRLF and CR line ends are lines.
    @Test func controlsAndLineEnds() {
        #expect(URLFetcher.htmlToText("one\r\ntwo\rthree\u{1B}[2J\u{0}") == "one\ntwo\nthree\u{FFFD}[2J\u{FFFD}")
    }

    @Test(arguments: ["en.wikipedia.org", "*.python.org", "127.0.0.1", "localhost"])
    func hostPatterns(_ h: String) { #expect(URLFetcher.isHostPattern(h)) }

    @Test(arguments: ["https://a.org", "a.org/x", "a.org:80", "*", "*.", ".a.org", "a b", ""])
    func notHostPatterns(_ h: String) { #expect(!URLFetcher.isHostPattern(h)) }
}

/// A wildcard-matched host is connected to at exactly the address that was checked.
@Suite struct URLFetcherPinningTests {
    @Test func theCheckedAddressIsTheOneConnectedTo() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 200, contentType: "text/plain", body: "pinned page") }
        defer { Task { await server.stop() } }
        let lookups = Counter()
        // `.test` names never resolve (RFC 6761): a fetch that looked the name up again, as
        // a rebinding attack needs, could not connect at all.
        let f = URLFetcher(
            allowed: ["*.steward-rebind.test"], maxBytes: 1000, timeout: 5,
            resolver: { _ in
                lookups.add()
                return ["127.0.0.1"]
            }, reachable: { $0 == "127.0.0.1" })
        #expect(URLFetcher.resolve("a.steward-rebind.test").isEmpty, "the system resolver does not know the name")
        let url = "http://a.steward-rebind.test:\(server.port)/page"
        #expect(f.route(URL(string: url)!) == .pinned(host: "a.steward-rebind.test", address: "127.0.0.1"))
        let text = try await f.fetch(url)
        #expect(text == "pinned page")
        #expect(server.requests.first?.headers["host"] == "a.steward-rebind.test:\(server.port)", "the request still names the host")
        #expect(lookups.value == 2, "one lookup for route(), one for fetch(): never a second lookup per request")
    }

    @Test func aNameThatResolvesNowhereOrPartlyPrivateIsRefused() async throws {
        let none = URLFetcher(allowed: ["*.example.org"], maxBytes: 10, timeout: 1, resolver: { _ in [] }, reachable: URLFetcher.isPublic)
        #expect(none.refusal(URL(string: "https://a.example.org/")!)?.contains("does not resolve") == true)
        let mixed = URLFetcher(
            allowed: ["*.example.org"], maxBytes: 10, timeout: 1, resolver: { _ in ["93.184.216.34", "10.0.0.5"] }, reachable: URLFetcher.isPublic)
        #expect(mixed.refusal(URL(string: "https://a.example.org/")!)?.contains("resolves to 10.0.0.5") == true)
        await #expect(throws: StewardError.self) { try await mixed.fetch("https://a.example.org/") }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func add() { lock.withLock { n += 1 } }
        var value: Int { lock.withLock { n } }
    }
}
