import Foundation
import StewardSandbox
import Testing

@testable import StewardServer

/// The rule for the lists' catch-up in `serve` (spec 22.6, `ListingCatchUps`): one in flight per
/// server, shared by the requests that come meanwhile, and none again within `interval`.
@Suite("serve's lists: one catch-up at a time, not again within seconds")
struct ListingCatchUpsTests {
    /// Counts the catch-ups made and holds each one until it is let go.
    actor Remote {
        var made = 0
        var held: [CheckedContinuation<Void, Never>] = []
        func catchUp() async -> ListingCatchUp {
            made += 1
            await withCheckedContinuation { held.append($0) }
            return ListingCatchUp(stale: "(not synced with origin for 1 min: it did not answer)")
        }
        /// Lets every catch-up held go; false when none was.
        func letGo() -> Bool {
            guard !held.isEmpty else { return false }
            for c in held { c.resume() }
            held = []
            return true
        }
    }

    /// Yields until `condition` holds; false when it never did (a gate that does not share
    /// would leave the requests waiting for nothing: the test fails instead of hanging).
    static func eventually(_ condition: () async -> Bool) async -> Bool {
        for _ in 0..<100_000 {
            if await condition() { return true }
            await Task.yield()
        }
        return false
    }

    /// A clock the test moves.
    final class Clock: @unchecked Sendable {
        // @unchecked: set by the test only while no catch-up runs.
        var now = Date(timeIntervalSince1970: 1_000_000)
    }

    @Test("five requests at once make one catch-up and all show its result")
    func concurrentRequestsShareOne() async throws {
        let gate = ListingCatchUps(interval: 0)
        let remote = Remote()
        let clock = Clock()
        let requests = (0..<5).map { _ in Task { await gate.result(now: { clock.now }) { await remote.catchUp() } } }
        // Held until every request waits on the one in flight.
        #expect(await Self.eventually { await gate.waiting == 4 })
        #expect(await Self.eventually { await remote.letGo() })
        for r in requests { #expect(await r.value.stale == "(not synced with origin for 1 min: it did not answer)") }
        #expect(await remote.made == 1)
        // With nothing in flight and an interval of 0, the next request makes its own.
        let next = Task { await gate.result(now: { clock.now }) { await remote.catchUp() } }
        #expect(await Self.eventually { await remote.letGo() })
        _ = await next.value
        #expect(await remote.made == 2)
    }

    @Test("a request within the interval after a catch-up shows its result; one after it catches up again")
    func notAgainWithinTheInterval() async throws {
        let gate = ListingCatchUps(interval: 5)
        let remote = Remote()
        let clock = Clock()
        /// A request; a catch-up it makes is let go (none is made while the last one stands).
        func request() async -> ListingCatchUp {
            let t = Task { await gate.result(now: { clock.now }) { await remote.catchUp() } }
            _ = await Self.eventually { await remote.letGo() }
            return await t.value
        }
        _ = await request()
        #expect(await remote.made == 1)
        clock.now += 4.9
        #expect(await request().stale == "(not synced with origin for 1 min: it did not answer)")
        #expect(await remote.made == 1)
        clock.now += 0.2
        _ = await request()
        #expect(await remote.made == 2)
    }

    @Test("the sentence is escaped on the page: markup as text, hidden characters shown")
    func theSentenceIsEscaped() {
        let said = ListingCatchUp(notes: ["<b>#3</b>"], stale: "(not synced with <i>o\u{202E}x</i>: it did not answer)")
        // What `Dashboard.page` renders.
        let values = said.pageValues.merging(["proposals": [Any](), "none": true, "pageTitle": "Pending proposals"]) { $1 }
        let html = Dashboard.library.render(Display.prepare(values), withTemplate: "proposals") ?? ""
        #expect(html.contains("id=\"not-synced\">(not synced with &lt;i&gt;o\\u{202E}x&lt;/i&gt;: it did not answer)</p>"), "\(html)")
        #expect(html.contains("note: &lt;b&gt;#3&lt;/b&gt;"), "\(html)")
        #expect(!html.contains("\u{202E}") && !html.contains("<i>"))
    }
}
