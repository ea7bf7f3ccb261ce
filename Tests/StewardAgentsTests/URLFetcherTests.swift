import Foundation
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
        let html = "<html><head><style>p{}</style></head><body><h1>Title</h1><p>One &amp; two</p><script>x()</script><ul><li>a</li><li>b</li></ul></body></html>"
        #expect(URLFetcher.htmlToText(html) == "Title\nOne & two\na\nb")
    }

    @Test(arguments: ["en.wikipedia.org", "*.python.org", "127.0.0.1", "localhost"])
    func hostPatterns(_ h: String) { #expect(URLFetcher.isHostPattern(h)) }

    @Test(arguments: ["https://a.org", "a.org/x", "a.org:80", "*", "*.", ".a.org", "a b", ""])
    func notHostPatterns(_ h: String) { #expect(!URLFetcher.isHostPattern(h)) }
}
