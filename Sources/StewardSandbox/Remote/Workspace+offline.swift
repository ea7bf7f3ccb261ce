import Foundation
import StewardCore
import StewardGit

// Offline proposals (spec 22.4, "Offline"): made while the remote does not answer, kept under
// the local-only `refs/steward/offline/J` with `Steward-Provisional: J` in their commits, no
// event yet; `steward sync` numbers them (`Workspace+offlineSync.swift`).

/// How a proposal is named in its commits: by its number, or, made offline, by J until
/// `steward sync` numbers it (the commands' and tools' `ProposalRef`).
typealias ProposalLabel = ProposalRef

extension ProposalRef {
    /// Offline proposal J, as commits name it (`Steward-Provisional: J`).
    static func provisional(_ j: Int) -> ProposalRef { .offline(j) }

    /// The trailer that names it: `Steward-Proposal: N` or `Steward-Provisional: J`.
    var trailer: (String, String) {
        switch self {
        case .number(let n): (Trailer.proposal, "\(n)")
        case .offline(let j): (Trailer.provisional, "\(j)")
        }
    }
}

extension Trailer {
    /// On every commit of a proposal made offline, instead of `Steward-Proposal` (spec 22.4).
    static let provisional = "Steward-Provisional"
}

extension Refs {
    /// The head of offline proposal J: local only, never pushed, never fetched (spec 22.3).
    static func offline(_ j: Int) -> String { "refs/steward/offline/\(j)" }
    static let offlineGlob = "refs/steward/offline/*"
}

/// The remote did not answer a proposal's push: the proposal is made offline instead.
struct Offline: Error {
    var message: String

    /// Runs `body`; a remote that did not answer (connect time-out, refused, DNS; never a lost
    /// lease or a refusal) becomes `Offline`, which `remoteRounds` lets through.
    static func when<T>(unreachable body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch RemoteFailure.unreachable(let message) {
            throw Offline(message: message)
        }
    }
}

extension Workspace {
    nonisolated var offlineCounterPath: String { stateDir + "/offline-counter" }

    /// Makes offline proposal J (spec 22.4): the record commit and one commit per operation,
    /// as `claim` makes them but labelled `Steward-Provisional: J`, under `refs/steward/offline/J`
    /// (create-only: a J already there means J + 1). No claim, no branch, no event. J is taken
    /// under the offline counter's lock, the counter raised before the ref is made (before, each
    /// process wrote its own J after its ref: a lower J written last set the counter back, and
    /// once `sync` had removed the refs that J was handed out again).
    func proposeOffline(
        _ title: String, agent: String, planned: [PlannedCommit], base: ObjectID, baseTree: ObjectID, policy: PathPolicy,
        provenance: Provenance, rationale: String?, because: String
    ) throws -> ProposalResult {
        let r = try repo
        return try withProposalsLock {
            try withOfflineCounterLock {
                var j = try lastOfflineNumber() + 1
                while true {
                    try writeOfflineCounter(j)
                    let record = try r.commit(
                        tree: baseTree, parents: [base],
                        message: proposalMessage(
                            .provisional(j), title: title, agent: agent, policy: policy, provenance: provenance, rationale: rationale),
                        author: signature(agent))
                    let (head, commits) = try commitPlanned(planned, label: .provisional(j), onto: record, agent: agent)
                    if try retryingContention({ try r.createReference(Refs.offline(j), to: head, message: "steward: offline proposal o\(j)") }) {
                        return ProposalResult(
                            number: 0, branch: Refs.offline(j), base: base.hex, head: head.hex, commits: commits, offline: "o\(j)",
                            offlineBecause: because)
                    }
                    j += 1
                }
            }
        }
    }

    /// The last J handed out here: `.steward/offline-counter`, or the highest offline ref if
    /// that is higher (the file lost), so a J is never reused. Read under the counter's lock.
    func lastOfflineNumber() throws -> Int {
        let stored = FileManager.default.contents(atPath: offlineCounterPath).flatMap {
            Int(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return max(stored ?? 0, try offlineRefs().last?.j ?? 0)
    }

    nonisolated func writeOfflineCounter(_ j: Int) throws {
        try FileManager.default.createDirectory(atPath: stateDir, withIntermediateDirectories: true)
        try Data("\(j)\n".utf8).write(to: URL(fileURLWithPath: offlineCounterPath), options: .atomic)
    }

    /// The offline proposals here, by J (oldest first).
    func offlineRefs() throws -> [(j: Int, head: ObjectID)] {
        try repo.references(matching: Refs.offlineGlob).compactMap { ref in Refs.number(in: ref.name).map { ($0, ref.id) } }.sorted { $0.j < $1.j }
    }

    /// Offline proposal J's commits, its record commit first, read back from its head along
    /// first parents while they carry `Steward-Provisional: J`.
    /// - Throws: `StewardError.failure` when the ref holds anything else.
    func offlineChain(_ j: Int, head: ObjectID) throws -> [CommitInfo] {
        let r = try repo
        var chain: [CommitInfo] = []
        var cursor = head
        while chain.count <= 100_000 {
            let c = try r.commitInfo(cursor)
            guard c.trailers[Trailer.provisional] == "\(j)" else { break }
            chain.append(c)
            if c.trailers[Trailer.kind] != nil { return chain.reversed() }
            guard let parent = c.parents.first else { break }
            cursor = parent
        }
        throw StewardError.failure(
            "\(Refs.offline(j)) does not hold a proposal Steward made offline (commit \(cursor.short) is not one of o\(j)'s); if you do not need it, delete it with 'git update-ref -d \(Refs.offline(j))'"
        )
    }

    /// The proposals made offline here and waiting for a number (spec 22.4), oldest first:
    /// pending, `number` 0, `offline` `oJ`, with their files and lines as `pending()` counts them.
    public func offlineProposals() throws -> [ProposalInfo] {
        try offlineRefs().map { try offlineProposal($0.j, head: $0.head) }
    }

    /// Offline proposal J, as `offlineProposals` lists it.
    /// - Throws: `StewardError.notFound` when there is no offline proposal J here.
    public func offlineProposal(_ j: Int) throws -> ProposalInfo {
        guard let head = try repo.reference(Refs.offline(j)) else { throw Self.noOffline(j) }
        return try offlineProposal(j, head: head)
    }

    func offlineProposal(_ j: Int, head: ObjectID) throws -> ProposalInfo {
        let chain = try offlineChain(j, head: head)
        let record = chain[0]
        let base = record.parents.first ?? record.id
        let p = try patch(base: base, head: head, withText: false)
        var info = ProposalInfo(
            number: 0, title: Self.title(of: record), agent: record.trailers[Trailer.agent] ?? record.authorName, kind: .change, status: .pending,
            created: Date(timeIntervalSince1970: Double(record.time)), base: base.hex, head: head.hex, files: p.files.count,
            additions: p.additions, deletions: p.deletions, rollbackOf: nil, undoneBy: nil,
            contents: ProposalInfo.contentKinds(of: p.files.flatMap { [$0.path] + ($0.oldPath.map { [$0] } ?? []) }))
        info.offline = "o\(j)"
        return info
    }

    /// Offline proposal J's changes as a unified diff against its base (`steward diff oJ`).
    /// - Throws: `StewardError.notFound` when there is no offline proposal J here.
    public func diff(offline j: Int) throws -> ProposalDiff {
        guard let head = try repo.reference(Refs.offline(j)) else { throw Self.noOffline(j) }
        let record = try offlineChain(j, head: head)[0]
        let base = record.parents.first ?? record.id
        let p = try patch(base: base, head: head, withText: true)
        return ProposalDiff(
            number: 0, title: Self.title(of: record), base: base.hex, head: head.hex, files: p.files.map(ChangedFile.init), text: p.text,
            lines: p.lines.map(PatchLine.init))
    }

    /// A record commit's title: its subject after `Proposal #N: ` or `Proposal oJ: `.
    static func title(of record: CommitInfo) -> String {
        let subject = record.subject
        return subject.range(of: ": ").map { String(subject[$0.upperBound...]) } ?? subject
    }

    static func noOffline(_ j: Int) -> StewardError {
        .notFound("there is no offline proposal o\(j) here (numbered by 'steward sync' since, or never made); 'steward review' lists them")
    }
}
