import Foundation
import HTTPTypes
import Hummingbird
import StewardCore
import StewardSandbox

/// The dashboard's and the API's lists catch up with the remote first, as `review` does (spec
/// 22.6), through `Workspace.catchUpForListing()`: at most one catch-up in flight per server (a
/// request that comes while one runs waits for it and shows its result), and none when the
/// last one ended less than `interval` seconds ago (its result is shown again), so a page
/// reloaded, or a list polled every second, does not fetch each time.
actor ListingCatchUps {
    /// How long a catch-up's result stands for the requests after it.
    let interval: TimeInterval
    private var running: Task<ListingCatchUp, Never>?
    private var last: (ended: Date, result: ListingCatchUp)?
    /// How many requests wait for the catch-up in flight.
    private(set) var waiting = 0

    init(interval: TimeInterval = 5) {
        self.interval = interval
    }

    /// The result of the catch-up in flight, of one that ended within `interval`, or of a new
    /// one made by `work` (the workspace's `catchUpForListing`; tests count calls).
    func result(now: @escaping @Sendable () -> Date = Date.init, _ work: @escaping @Sendable () async -> ListingCatchUp) async
        -> ListingCatchUp
    {
        if let running {
            waiting += 1
            defer { waiting -= 1 }
            return await running.value
        }
        if let last, now().timeIntervalSince(last.ended) < interval { return last.result }
        let task = Task { await work() }
        running = task
        let result = await task.value
        running = nil
        last = (now(), result)
        return result
    }

    /// The workspace's listing catch-up, through the rule above.
    func result(for workspace: Workspace) async -> ListingCatchUp {
        await result { await workspace.catchUpForListing() }
    }
}

extension ListingCatchUp {
    /// For a dashboard page's `synced` partial: `notSynced` (how old the list is) and
    /// `syncNotes`; escaped by `Display.prepare` and the template.
    var pageValues: [String: Any] {
        ["notSynced": stale.map { $0 as Any } ?? false, "syncNotes": notes]
    }
}

extension HTTPField.Name {
    /// On the API's lists when the remote did not answer: how old the list is.
    static let stewardNotSynced = Self("Steward-Not-Synced")!
}

extension Response {
    /// The API's list with how old it is (`Steward-Not-Synced`, the sentence `review` prints
    /// on stderr) when the catch-up did not reach the remote; the body is the list as always.
    func said(_ synced: ListingCatchUp) -> Response {
        guard let stale = synced.stale else { return self }
        var r = self
        r.headers[.stewardNotSynced] = Escape.inline(stale)
        return r
    }
}
