import Foundation
import StewardCore
import StewardGit

// Adding to an offline proposal (spec 22.4, "Offline"): an agent run whose first change went
// offline, and `steward revise oJ`, keep adding to oJ; `steward sync` numbers it with all of
// its commits, in order (`Workspace+offlineSync.swift`).

extension Workspace {
    /// Adds `operations` to proposal `ref`: numbered, as `append(to:)` (which needs the remote,
    /// when there is one); offline, as `append(toOffline:)` (local only).
    /// - Throws: as those.
    public func append(
        to ref: ProposalRef, operations: [FileOperation], policy: PathPolicy, agent: String, tool: String, provenance: Provenance = .none
    ) throws -> ProposalResult {
        switch ref {
        case .number(let n): try append(to: n, operations: operations, policy: policy, agent: agent, tool: tool, provenance: provenance)
        case .offline(let j): try append(toOffline: j, operations: operations, policy: policy, agent: agent, tool: tool, provenance: provenance)
        }
    }

    /// Adds operations to offline proposal oJ: one commit each on `refs/steward/offline/J`,
    /// labelled `Steward-Provisional: J`, with the checks of `append(to:)` (all validated first;
    /// a refusal adds nothing; the operation cap counts what oJ holds). Nothing is pushed and no
    /// event is written: the `proposed` event is made when `steward sync` numbers oJ, with every
    /// commit. Compare-and-swap on the ref, re-planned when another writer moved it meanwhile;
    /// under the proposals lock (shared), as `proposeOffline`. A sync that began numbering oJ
    /// (its note in `.steward/offline-numbering/J`) is never raced: the change is refused, or
    /// taken back when the note appeared while it was made.
    /// - Throws: `StewardError` `.notFound` when oJ is no longer here (numbered since:
    ///   `proposal(offlineByTask:)` finds its number), `.conflict` while a sync numbers it,
    ///   `.refused` and `.usage` as `propose`.
    public func append(
        toOffline j: Int, operations: [FileOperation], policy: PathPolicy, agent: String, tool: String, provenance: Provenance = .none
    ) throws -> ProposalResult {
        let agent = try Self.checkName(agent, what: "agent")
        let r = try repo
        return try withProposalsLock {
            try retryingContention {
                guard let head = try r.reference(Refs.offline(j)) else { throw Self.noOffline(j) }
                if beingNumbered(j) { throw Self.beingNumbered(j) }
                let chain = try offlineChain(j, head: head)
                let base = chain[0].parents.first ?? chain[0].id
                let headInfo = chain[chain.count - 1]
                let planned = try plan(
                    operations, onto: headInfo.tree, policy: policy, agent: agent, tool: tool, provenance: provenance,
                    existing: (.offline(j), try operationCount(of: headInfo)))
                let (newHead, commits) = try commitPlanned(planned, label: .provisional(j), onto: head, agent: agent)
                try r.updateReference(Refs.offline(j), to: newHead, expected: head, message: "steward: o\(j) \(tool)")
                // The sync notes before it reads oJ again, this checks after it moved oJ: one of
                // the two sees the other, so a change is never left out of the numbered proposal.
                if beingNumbered(j) {
                    try? r.updateReference(Refs.offline(j), to: head, expected: newHead, message: "steward: o\(j) \(tool) taken back")
                    throw Self.beingNumbered(j)
                }
                return ProposalResult(
                    number: 0, branch: Refs.offline(j), base: base.hex, head: newHead.hex, commits: commits, offline: "o\(j)")
            }
        }
    }

    /// Offline proposal oJ's head, or nil when it is not here (numbered since, or never made).
    public func offlineHead(_ j: Int) throws -> String? { try repo.reference(Refs.offline(j))?.hex }

    /// A `steward sync` began numbering oJ (or was stopped while it did).
    nonisolated func beingNumbered(_ j: Int) -> Bool { FileManager.default.fileExists(atPath: offlineNumberingPath(j)) }

    static func beingNumbered(_ j: Int) -> StewardError {
        .conflict(
            "o\(j) is being numbered by 'steward sync' (or a sync stopped while it did), so nothing is added to it now; run 'steward sync', then add to the number it gives o\(j)"
        )
    }

    static func addedToWhileNumbering(_ j: Int) -> StewardError {
        .conflict("o\(j) was added to while this sync numbered it, so it was not numbered (nothing of it was pushed); run 'steward sync' again")
    }

    /// The proposal task `id` made or added to while the remote did not answer: `oJ` while it
    /// is here (one of its commits names the task in `Steward-Task`), or its number once
    /// `steward sync` numbered it (a `proposed` event of this machine's chain made from an
    /// offline proposal, one of whose commits names the task). Nil when there is neither (no
    /// change was made, or oJ was deleted by hand).
    public func proposal(offlineByTask id: String) throws -> ProposalRef? {
        let r = try repo
        for (j, head) in try offlineRefs() {
            guard let chain = try? offlineChain(j, head: head) else { continue }
            if chain.contains(where: { $0.trailers[Trailer.task] == id }) { return .offline(j) }
        }
        for record in try auditChain(try auditRef()).reversed() where record.event.kind == .proposed && record.event.provisional != nil {
            let n = record.event.proposal
            guard let claim = try r.reference(Refs.claim(n)), var cursor = record.event.commit.flatMap(ObjectID.init(hex:)) else { continue }
            // From the head it was numbered with back to its record commit.
            for _ in 0...(record.event.operations?.count ?? 0) {
                let c = try r.commitInfo(cursor)
                if c.trailers[Trailer.task] == id { return .number(n) }
                guard cursor != claim, let parent = c.parents.first else { break }
                cursor = parent
            }
        }
        return nil
    }

    /// The number `steward sync` gave this machine's offline proposal oJ: its `proposed` event
    /// on this machine's chain says `provisional` `oJ` (a J is never handed out twice here);
    /// nil while oJ has none.
    public func number(ofOffline j: Int) throws -> Int? {
        try auditChain(try auditRef()).last { $0.event.kind == .proposed && $0.event.provisional == "o\(j)" }?.event.proposal
    }

    /// `task` with the proposal it left as it is now: one whose record says 0 (made offline,
    /// spec 22.4) gets `offline` `oJ` while oJ waits here, or its number once `steward sync`
    /// numbered it (`proposal(offlineByTask:)`); any other record is returned as it is.
    public func withProposalNow(_ task: TaskRecord) -> TaskRecord {
        var t = task
        // A revision of oJ that followed it to its number (a sync during the run).
        if let n = t.proposal, n > 0, t.revisionOf == 0 { t.revisionOf = n }
        guard task.proposal == 0, let now = try? proposal(offlineByTask: task.id) else { return t }
        switch now {
        case .offline(let j):
            t.offline = "o\(j)"
        case .number(let n):
            t.proposal = n
            t.offline = nil
            if t.revisionOf == 0 { t.revisionOf = n }
        }
        return t
    }
}

extension TaskLedger {
    /// `tasks` with the proposal each left as it is now in `ws` (`Workspace.withProposalNow`):
    /// `oJ` for one made offline, its number once `steward sync` gave it one. A finished
    /// task's new number is kept in the ledger (so `revise N` finds the task); a running or
    /// queued one is not saved here (its runner saves it, and a save from a reader could undo
    /// one made meanwhile), and a save that fails (a task another worker holds under a lease)
    /// is left: what is returned is right either way.
    public func withProposalsNow(_ tasks: [TaskRecord], in ws: Workspace) async -> [TaskRecord] {
        var out: [TaskRecord] = []
        for t in tasks {
            let now = await ws.withProposalNow(t)
            let finished = t.status != .running && t.status != .queued
            if finished, now.proposal != t.proposal || now.revisionOf != t.revisionOf { try? await saveTask(now) }
            out.append(now)
        }
        return out
    }
}

/// What `revise` needs of the proposal it continues (spec 17.4).
public struct RevisionStart: Sendable {
    public var info: ProposalInfo
    /// The files it changes now.
    public var files: [String]
    /// Its open comments and parts already approved, for the agent (`reviseNotes(for:)`).
    public var notes: String
    public var openComments: Int
}

extension Workspace {
    /// Pending proposal `ref` as `revise` starts from it: numbered N (refused unless pending),
    /// or offline oJ, which is always pending (its open comments are those `comment oJ` made).
    /// - Throws: `StewardError` `.conflict` when N is not pending, `.notFound` when it is not here.
    public func revisionStart(_ ref: ProposalRef) throws -> RevisionStart {
        switch ref {
        case .number(let n):
            let info = try proposal(n)
            guard info.status == .pending else {
                throw StewardError.conflict("proposal #\(n) is \(info.status.rawValue), not pending; only a pending proposal can be revised")
            }
            let (notes, open) = try reviseNotes(for: n)
            return RevisionStart(info: info, files: try diff(n).files.map(\.path), notes: notes, openComments: open)
        case .offline(let j):
            let open = try comments(onOffline: j).filter { $0.state == .open }
            let notes =
                open.isEmpty ? "" : (["The reviewer's open comments (do what each asks):"] + open.map { "- " + $0.forAgent }).joined(separator: "\n")
            return RevisionStart(info: try offlineProposal(j), files: try diff(offline: j).files.map(\.path), notes: notes, openComments: open.count)
        }
    }
}
