import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// The pending proposal task `id` opened, found by the `Steward-Task` trailer of its record
    /// commit (`refs/steward/proposals/N`) among the proposals whose branch `steward/N` is here
    /// (pending). A worker taking a task over (spec 23.4) asks this when the task's row names no
    /// proposal: its earlier holder may have died after its proposal's push and before the
    /// number was recorded, and the proposal, caught up from the remote, is here. The newest
    /// one when there are several; nil when there is none.
    public func pendingProposal(ofTask id: String) throws -> Int? {
        let r = try repo
        let pending = try r.references(matching: Refs.branchGlob).compactMap { Refs.number(in: $0.name) }.sorted(by: >)
        for n in pending {
            guard let record = try r.reference(Refs.claim(n)) else { continue }
            if try r.commitInfo(record).trailers[Trailer.task] == id { return n }
        }
        return nil
    }

    /// The task proposal `n` was made for: the `Steward-Task` trailer of its record commit
    /// (`refs/steward/proposals/N`); nil when it names none or there is no such proposal here.
    public func task(ofProposal n: Int) throws -> String? {
        let r = try repo
        guard let record = try r.reference(Refs.claim(n)) else { return nil }
        return try r.commitInfo(record).trailers[Trailer.task]
    }
}
