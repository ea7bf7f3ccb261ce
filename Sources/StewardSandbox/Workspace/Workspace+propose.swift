import Foundation
import StewardCore
import StewardGit

/// One operation checked and turned into a tree change, ready to commit.
struct PlannedCommit {
    let operation: FileOperation
    let tree: ObjectID
    let trailers: [(String, String)]
}

extension Workspace {
    /// Makes a proposal: every operation is checked against `policy`, the size limit and the
    /// tree before anything is written; one refused operation means no proposal, no ref and
    /// no reachable object. Then the number is claimed and each operation is one commit on
    /// `steward/N`, made in the object database without touching any checkout.
    /// - Throws: `StewardError` `.refused` (policy), `.usage` (malformed), `.failure`.
    /// `rationale`: why, in a few lines, kept in the proposal's first commit (`steward improve`
    /// cites the tasks it learned from there).
    public func propose(
        title: String, agent: String, operations: [FileOperation], policy: PathPolicy, tool: String = "propose",
        provenance: Provenance = .none, rationale: String? = nil
    ) async throws -> ProposalResult {
        let title = try Self.checkTitle(title)
        let agent = try Self.checkName(agent, what: "agent")
        let r = try repo
        let base = try mainTip()
        let baseTree = try r.commitInfo(base).tree
        let planned = try plan(operations, onto: baseTree, policy: policy, agent: agent, tool: tool, provenance: provenance)
        // From claiming the number to recording the event, hold the proposals lock shared, so
        // `doctor` (exclusive) never sees a claim whose event is still being written. Never
        // the main lock: a pre-merge hook may propose while its approval holds that. With a
        // remote, the claim, the branch and the event are one push (spec 22.4); a lost lease
        // is judged, and the claims fetched, outside the lock. A remote that does not answer
        // makes it an offline proposal, numbered at the next sync (spec 22.4, "Offline"). With
        // the shared database the number comes from it first (`numbered`), taken before any
        // ref is staged: the one wait on it is outside the step.
        let made: (Int, ObjectID, [ProposalResult.Commit])
        do {
            made = try await numbered { reserved in
                try remoteRounds(.proposal) {
                    try Offline.when(unreachable: {
                        try withProposalsLock {
                            try publishedStep { _ in
                                try claim(
                                    title, agent: agent, planned: planned, base: base, baseTree: baseTree, operations: operations, policy: policy,
                                    provenance: provenance, rationale: rationale, reserved: reserved)
                            }
                        }
                    })
                }
            }
        } catch let offline as Offline {
            return try proposeOffline(
                title, agent: agent, planned: planned, base: base, baseTree: baseTree, policy: policy, provenance: provenance,
                rationale: rationale, because: offline.message)
        }
        let (number, head, commits) = made
        // Every 100th proposal, pack the refs (each proposal leaves a few behind): listing
        // stays one file read however many there are. Best effort; nothing depends on it.
        if number % 100 == 0 { packRefsCheaply() }
        return ProposalResult(number: number, branch: "steward/\(number)", base: base.hex, head: head.hex, commits: commits)
    }

    /// Adds operations to pending proposal N, one commit each on `steward/N`, with the same
    /// checks as `propose` (all validated first; a refusal adds nothing). This is how an
    /// agent's or an outside tool's file tools change an open proposal. Compare-and-swap on
    /// the branch, re-planned when another writer moved it meanwhile.
    /// - Throws: `StewardError` `.refused`, `.conflict` (N is not pending), `.notFound`.
    public func append(
        to n: Int, operations: [FileOperation], policy: PathPolicy, agent: String, tool: String,
        provenance: Provenance = .none
    ) throws -> ProposalResult {
        let agent = try Self.checkName(agent, what: "agent")
        let r = try repo
        // Under the main lock, so an approval in progress cannot merge an older head and then
        // delete the branch with these commits on it. With a remote, the branch and the event
        // are one push (spec 22.4); a lost lease is judged outside the lock.
        var reviewed: ObjectID?
        return try remoteRounds(.change(n, verb: "adding to"), reviewed: reviewed) {
            try withMainLock {
                try retryingContention {
                    let info = try proposal(n, withStats: false)
                    guard info.status == .pending, let head = info.head.flatMap(ObjectID.init(hex:)) else {
                        throw Self.notPending(info, action: "add to")
                    }
                    reviewed = reviewed ?? head
                    let headInfo = try r.commitInfo(head)
                    let planned = try plan(
                        operations, onto: headInfo.tree, policy: policy, agent: agent, tool: tool, provenance: provenance,
                        existing: (.number(n), try operationCount(of: headInfo)))
                    let (newHead, commits) = try commitPlanned(planned, label: .number(n), onto: head, agent: agent)
                    try publishedStep { _ in
                        try r.updateReference(Refs.branch(n), to: newHead, expected: head, message: "steward: #\(n) \(tool)")
                        try appendAudit { seq in
                            AuditEvent(
                                sequence: seq, kind: .updated, proposal: n, title: info.title, actor: agent,
                                date: Date(timeIntervalSince1970: Double(now())),
                                commit: newHead.hex, paths: Self.paths(of: operations),
                                operations: commits.map { "\($0.commit.prefix(10)) \($0.summary)" })
                        }
                    }
                    return ProposalResult(number: n, branch: "steward/\(n)", base: info.base ?? "", head: newHead.hex, commits: commits)
                }
            }
        }
    }

    /// A file's text in `tree`, "" when absent.
    func text(at path: String, in tree: ObjectID) throws -> String {
        try file(at: path, in: tree, shownAs: Escape.inline(path), fix: Self.replaceOnMain).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    static func paths(of operations: [FileOperation]) -> [String] { sortedPaths(operations.flatMap(\.paths)) }

    /// Each path once, in byte order (how events list them).
    static func sortedPaths(_ paths: [String]) -> [String] {
        Array(Set(paths)).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// Checks every operation (path policy, size, executable bit) and then applies each to
    /// the tree the previous ones produced. Writes only unreachable objects. `existing`: the
    /// proposal operations are added to and how many it holds, so the cap counts them all.
    func plan(
        _ operations: [FileOperation], onto start: ObjectID, policy: PathPolicy, agent: String, tool: String,
        provenance: Provenance = .none, existing: (proposal: ProposalRef, count: Int)? = nil
    ) throws -> [PlannedCommit] {
        if operations.isEmpty { throw StewardError.usage("a proposal needs at least one operation") }
        let config = try config()
        let limit = config.maxFileBytes
        // First, before any object is written: the cap on operations per proposal.
        try Self.checkOperationCount(operations.count, existing: existing, cap: config.maxOperations)
        let first = (existing?.count ?? 0) + 1
        for (i, op) in operations.enumerated() {
            for p in op.paths { _ = try policy.check(p) }
            if policy.guardsConfig, op.paths.contains("steward.toml") {
                guard case .write(_, let content, _) = op else {
                    throw StewardError.refused(
                        "refused operation \(i + 1): \(policy.writer) may edit steward.toml, never move or delete it", paths: ["steward.toml"])
                }
                try SelfImprovement.checkConfigChange(old: try text(at: "steward.toml", in: start), new: String(decoding: content, as: UTF8.self))
            }
            if case .write(let p, let content, let executable) = op {
                if content.count > limit {
                    throw StewardError.refused(
                        "refused operation \(i + 1): \(Escape.inline(p)) is \(content.count) bytes; the limit is \(limit) ([sandbox] max_file_bytes in steward.toml)",
                        paths: [p])
                }
                if executable && !p.hasPrefix("skills/") {
                    throw StewardError.refused(
                        "refused operation \(i + 1): only files under skills/ may be executable (\(Escape.inline(p)))", paths: [p])
                }
            }
        }
        var tree = start
        var planned: [PlannedCommit] = []
        for (i, op) in operations.enumerated() {
            tree = try plan(op, index: i, onto: tree)
            var trailers: [(String, String)] = [(Trailer.agent, agent)] + provenance.trailers + [(Trailer.tool, tool), (Trailer.op, op.kind)]
            if case .move(_, _, true) = op { trailers.append((Trailer.overwrite, "true")) }
            trailers.append((Trailer.opNumber, "\(first + i)"))
            planned.append(PlannedCommit(operation: op, tree: tree, trailers: trailers))
        }
        return planned
    }

    /// Refuses more than `cap` operations in one proposal, counting those it already holds.
    static func checkOperationCount(_ count: Int, existing: (proposal: ProposalRef, count: Int)?, cap: Int) throws {
        let key = "[sandbox] max_operations in steward.toml"
        if let existing {
            if existing.count + count > cap {
                throw StewardError.refused(
                    "refused: \(existing.proposal) holds \(existing.count) operation\(existing.count == 1 ? "" : "s") and \(count) more would make \(existing.count + count); the limit is \(cap) per proposal (\(key)); nothing was added — finish \(existing.proposal) and put the rest in a new proposal"
                )
            }
        } else if count > cap {
            throw StewardError.refused(
                "refused: \(count) operations in one proposal; the limit is \(cap) (\(key)); nothing was proposed — split the work into proposals of at most \(cap) operations"
            )
        }
    }

    /// How many operations proposal commit `head` holds: its `Steward-Op-Number` trailer, read
    /// in O(1); for a head made before that trailer existed, its operation commits are counted
    /// back to the record commit.
    func operationCount(of head: CommitInfo) throws -> Int {
        if let k = head.trailers[Trailer.opNumber].flatMap({ Int($0) }), k > 0 { return k }
        var count = 0
        var c = head
        while c.trailers[Trailer.kind] == nil {
            if c.trailers[Trailer.op] != nil { count += 1 }
            guard let parent = c.parents.first else { break }
            c = try repo.commitInfo(parent)
        }
        return count
    }

    /// One commit per planned operation, chained onto `parent`; `label`: `Steward-Proposal: N`
    /// (or `Steward-Provisional: J` made offline, spec 22.4) comes first among the trailers.
    func commitPlanned(_ planned: [PlannedCommit], label: ProposalLabel, onto parent: ObjectID, agent: String) throws -> (
        ObjectID, [ProposalResult.Commit]
    ) {
        let r = try repo
        var head = parent
        var commits: [ProposalResult.Commit] = []
        for p in planned {
            let message =
                p.operation.summary.replacingOccurrences(of: "\n", with: " ") + "\n\n" + (try trailers([label.trailer] + p.trailers))
                + "\n"
            head = try r.commit(tree: p.tree, parents: [head], message: message, author: signature(agent))
            commits.append(.init(commit: head.hex, op: p.operation.kind, summary: p.operation.summary))
        }
        return (head, commits)
    }

    /// Applies one operation to `tree`, refusing what the tree makes impossible.
    func plan(_ op: FileOperation, index i: Int, onto tree: ObjectID) throws -> ObjectID {
        let r = try repo
        let at = "refused operation \(i + 1) (\(op.kind))"
        func show(_ p: String) -> String { Escape.inline(p) }
        func requireFolderPath(_ p: String) throws {
            // No leading part of the path may be a file.
            var prefix = ""
            for c in p.split(separator: "/").dropLast() {
                prefix += (prefix.isEmpty ? "" : "/") + c
                if let e = try r.entry(at: prefix, in: tree), e.mode != .tree {
                    throw StewardError.refused("\(at): \(show(prefix)) is a file, so \(show(p)) cannot be created inside it", paths: [p])
                }
            }
        }
        switch op {
        case .write(let p, let content, let executable):
            if let e = try r.entry(at: p, in: tree), e.mode == .tree {
                throw StewardError.refused("\(at): \(show(p)) is a folder; write files inside it", paths: [p])
            }
            try requireFolderPath(p)
            let blob = try r.writeBlob(content)
            return try r.updateTree(tree, [.init(path: p, entry: TreeEntry(id: blob, mode: executable ? .executable : .blob))])
        case .delete(let p):
            guard let e = try r.entry(at: p, in: tree) else {
                throw StewardError.refused("\(at): there is no file \(show(p)) to delete", paths: [p])
            }
            if e.mode == .tree { throw StewardError.refused("\(at): \(show(p)) is a folder; delete its files one by one", paths: [p]) }
            return try r.updateTree(tree, [.init(path: p, entry: nil)])
        case .move(let from, let to, let overwrite):
            if from == to { throw StewardError.refused("\(at): \(show(from)) would move onto itself", paths: [from]) }
            guard let e = try r.entry(at: from, in: tree) else {
                throw StewardError.refused("\(at): there is no file \(show(from)) to move", paths: [from])
            }
            if e.mode == .tree { throw StewardError.refused("\(at): \(show(from)) is a folder; move its files one by one", paths: [from]) }
            if e.mode == .link || e.mode == .commit {
                throw StewardError.refused(
                    "\(at): \(show(from)) is a symbolic link or submodule; proposals only move regular files (a link's meaning changes with its place)",
                    paths: [from])
            }
            if let existing = try r.entry(at: to, in: tree) {
                if existing.mode == .tree { throw StewardError.refused("\(at): \(show(to)) is a folder", paths: [to]) }
                if !overwrite {
                    throw StewardError.refused("\(at): \(show(to)) already exists; add \"overwrite\": true to replace it", paths: [to])
                }
            }
            try requireFolderPath(to)
            var mode = e.mode
            if mode == .executable && !to.hasPrefix("skills/") { mode = .blob }
            return try r.updateTree(tree, [.init(path: from, entry: nil), .init(path: to, entry: TreeEntry(id: e.id, mode: mode))])
        }
    }

    static func checkTitle(_ title: String) throws -> String {
        let t = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.isEmpty { throw StewardError.usage("the title is empty; say in a few words what the proposal does (--title)") }
        if t.utf8.count > 500 { throw StewardError.usage("the title is \(t.utf8.count) bytes; keep it under 500") }
        return t
    }

    static func checkName(_ name: String, what: String) throws -> String {
        let ok =
            !name.isEmpty && name.utf8.count <= 64
            && name.unicodeScalars.allSatisfy {
                ($0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.@: ".unicodeScalars.contains($0))
                    && !Escape.isUnsafe($0, keepNewlines: false)
            }
        if !ok { throw StewardError.usage("the \(what) name '\(Escape.inline(name))' must be 1–64 letters, digits, spaces or -_.@:") }
        return name
    }
}
