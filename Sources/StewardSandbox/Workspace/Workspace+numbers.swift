import Foundation
import StewardCore

/// The number of a proposal or rollback the shared database gave was taken meanwhile (a claim
/// here, or one fetched from the remote: a machine without the database, or one whose database
/// did not answer): nothing was pushed, and the database is asked again past it.
struct NumberTaken: Error {
    var number: Int
}

extension Workspace {
    /// Makes every new number (`propose`'s, `rollback`'s, and those `sync` gives offline
    /// proposals) come from `source` first, each through `numbered` (spec 22.4, "Numbers";
    /// `[database]` sets the shared database's counter): `source(atLeast)` returns a number no
    /// other caller got, at least `atLeast` (the highest claim known here + 1). The remote still
    /// decides: the number is claimed there create-only, as without it. Only with a remote (one
    /// machine's claims never race on a push); nil: the next free number, as before.
    public func takeNumbers(from source: (@Sendable (_ atLeast: Int) async throws -> Int)?) {
        numberSource = source
    }

    /// Runs `step` (one whole proposal or rollback, its lost leases and all) with the number
    /// `numberSource` gives, or with nil (no source, no remote, or the database did not answer:
    /// `step` takes the next free number as without one). A number taken meanwhile
    /// (`NumberTaken`) is followed by the next from the database, at most 200 times. A number
    /// given and never claimed (the process was killed, the push failed, the proposal went
    /// offline, the rollback was refused) is a gap, never given again: numbers stay unique, not
    /// gapless.
    func numbered<T>(_ step: (_ reserved: Int?) throws -> T) async throws -> T {
        var taken = 0
        while true {
            let reserved = try await reservedNumber()
            do {
                return try step(reserved)
            } catch let lost as NumberTaken {
                taken += 1
                if taken >= 200 {
                    throw StewardError.conflict(
                        "could not claim a number on the remote (200 tries, the last #\(lost.number); other machines kept taking the database's numbers first); nothing was proposed; try again"
                    )
                }
            }
        }
    }

    /// The shared database's next number, at least past every claim known here; nil without a
    /// source or a remote, or when the database fails (the remote alone decides then, as it
    /// always does in the end).
    func reservedNumber() async throws -> Int? {
        guard let source = numberSource, try publishTarget() != nil else { return nil }
        let atLeast = try nextNumberGuess()
        return try? await source(atLeast)
    }
}
