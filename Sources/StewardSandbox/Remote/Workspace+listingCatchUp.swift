import Foundation
import StewardCore
import StewardGit

/// What a listing's quick catch-up (spec 22.6) has to say on stderr; its output is unchanged.
public struct ListingCatchUp: Sendable, Hashable {
    /// What the catch-up found: problems it kept local, proposals merged outside Steward.
    public var notes: [String] = []
    /// Set when what is listed may be old: `(not synced with origin for 3 h 12 min: it did
    /// not answer)`.
    public var stale: String?

    public init(notes: [String] = [], stale: String? = nil) {
        self.notes = notes
        self.stale = stale
    }
}

extension Workspace {
    /// Before a command lists (`review`, `log`; spec 22.6): with a remote and a machine id,
    /// fetch and catch up as `sync` does, without its push, waiting at most the remote's
    /// `quick_timeout_seconds` for a first byte and between progress lines. Never throws: what
    /// goes wrong is said in the result, so a listing's exit status and output stay its own.
    /// No remote: nothing is done and nothing said.
    public func catchUpForListing(now: Date = Date()) -> ListingCatchUp {
        let found: RemoteEndpoint?
        do {
            found = try remote()
        } catch {
            return ListingCatchUp(stale: "(not synced with a remote: \(Self.reason(error)))")
        }
        guard var remote = found else { return ListingCatchUp() }
        func stale(_ why: String) -> ListingCatchUp {
            guard let last = lastSync() else { return ListingCatchUp(stale: "(never synced with \(remote.name): \(why))") }
            return ListingCatchUp(stale: "(not synced with \(remote.name) for \(Self.age(now.timeIntervalSince(last.date))): \(why))")
        }
        do {
            guard try machineID() != nil else { return stale("this machine has no id yet; run 'steward sync'") }
            remote.connectTimeoutSeconds = remote.quickTimeoutSeconds
            remote.idleTimeoutSeconds = remote.quickTimeoutSeconds
            let caught = try fetchAndCatchUp(remote, acceptRules: nil) { _ in }
            try writeLastSync(LastSync(date: now, remote: remote.name, url: remote.shownURL, main: try mainTip().hex))
            var result = ListingCatchUp()
            result.notes += caught.mergedOutside.map {
                "#\($0.number) was merged on \(remote.name) outside Steward by \($0.actor) (\($0.commit.hex.prefix(10))): recorded as approved (and pushed)"
            }
            result.notes += caught.problems.map { "catching up with \(remote.name): \($0); 'steward sync' says what to do" }
            return result
        } catch RemoteFailure.unreachable {
            return stale("it did not answer")
        } catch {
            return stale(Self.reason(error))
        }
    }

    /// An error's sentence for a note.
    nonisolated static func reason(_ error: Error) -> String {
        switch error {
        case let e as StewardError: return e.message
        case RemoteFailure.failed(let message): return message
        default: return "\(error)"
        }
    }
}
