import Foundation
import StewardCore
import StewardGit

extension Refs {
    /// A proposal's comments and their resolutions, one commit each (spec 3.6).
    static func comments(_ n: Int) -> String { "refs/steward/comments/\(n)" }
}

extension Workspace {
    /// Adds a person's comment to pending proposal `n` (spec 3.6): on the proposal (no
    /// `path`), on a file it changes, or on line `line` of that file's `side` version (new:
    /// the head, the default; old: the base). Everything is checked before anything is
    /// written. `expectedHead`, when given, is the head the line numbers were read from. While
    /// the remote does not answer it is kept on this machine (`unsynced`, id 0) until `steward
    /// sync` publishes it (spec 22.4, `publishUnsyncedComments`).
    /// - Throws: `StewardError` `.usage` for an empty or too long text, a file the proposal
    ///   does not change or a line that is not there; `.refused` for a path the path policy
    ///   refuses; `.conflict` when `n` is not pending or moved past `expectedHead`;
    ///   `.notFound` for an unknown number.
    @discardableResult
    public func comment(
        on n: Int, path: String? = nil, line: Int? = nil, side: ProposalComment.Side? = nil, text: String,
        by person: String, expectedHead: String? = nil
    ) throws -> ProposalComment {
        let (person, checked) = try Self.checkComment(text, by: person, path: path, line: line, side: side)
        // A remote that does not answer keeps it here until `steward sync` (spec 22.4).
        do {
            return try pushComment(on: n, path: checked, line: line, side: side, text: text, by: person, expectedHead: expectedHead)
        } catch is Offline {
            return try keepUnsynced(on: n, path: checked, line: line, side: side, text: text, by: person)
        }
    }

    /// `comment(on:)` once checked. With a remote, comments/N is one push (spec 22.4): a lost
    /// lease is judged and the comment made again on top of the remote's.
    /// - Throws: `Offline` when the remote does not answer (nothing changed).
    private func pushComment(
        on n: Int, path checked: String?, line: Int?, side: ProposalComment.Side?, text: String, by person: String, expectedHead: String?
    ) throws -> ProposalComment {
        var reviewed: ObjectID?
        return try remoteRounds(.change(n, verb: "commenting on"), reviewed: reviewed) {
            let (base, head) = try pendingVersion(n, action: "comment on")
            reviewed = reviewed ?? head
            if let expectedHead, expectedHead != head.hex {
                throw StewardError.conflict(
                    "#\(n) changed since you looked at \(Escape.inline(String(expectedHead.prefix(10)))) (its head is now \(head.short)), so its lines may have moved; look again ('steward diff \(n)') and comment on what is there now"
                )
            }
            let lineText = try self.lineText(at: checked, line: line, side: side, in: "#\(n)", base: base, head: head)
            let record = try Offline.when(unreachable: {
                try publishedStep { _ in
                    try appendRecord(to: Refs.comments(n), prefix: "comment") { seq in
                        let r = CommentRecord(
                            sequence: seq, kind: .commented, proposal: n, author: person, date: Date(timeIntervalSince1970: Double(now())),
                            text: text, commit: head.hex, path: checked, side: line == nil ? nil : side ?? .new, line: line, lineText: lineText)
                        return ChainRecord(sequence: seq, kind: r.kind.rawValue, proposal: n, json: try r.json(), actor: person, value: r)
                    }
                }
            })
            return try comment(record.value.sequence, on: n)
        }
    }

    /// A comment's text, person and place checked before anything is read: the person, and
    /// the path as the path policy spells it.
    static func checkComment(
        _ text: String, by person: String, path: String?, line: Int?, side: ProposalComment.Side?
    ) throws -> (person: String, path: String?) {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw StewardError.usage("the comment is empty; say what should change")
        }
        try InputLimit.comment.check(text)
        let person = try Self.checkName(person, what: "person")
        if line != nil, path == nil { throw StewardError.usage("a line number needs the file it is in: PATH:LINE") }
        if side != nil, line == nil { throw StewardError.usage("a side (old or new) needs a line: PATH:LINE") }
        if let line, line < 1 { throw StewardError.usage("line \(line) is not a line; lines count from 1") }
        return (person, try path.map { try PathPolicy.lexical.check($0).rawValue })
    }

    /// The text of the line a comment is on (nil: on a file or the whole proposal), after
    /// checking that proposal `name` (`#4`, `o1`) changes `path` and has that line.
    func lineText(
        at path: String?, line: Int?, side: ProposalComment.Side?, in name: String, base: ObjectID, head: ObjectID
    ) throws -> String? {
        guard let path else { return nil }
        let file = try changedFile(path, in: name, base: base, head: head)
        guard let line else { return nil }
        return try lineText(of: file, side: side ?? .new, line: line, n: name, base: base, head: head)
    }

    /// Marks comment `k` of pending proposal `n` resolved. While the remote does not answer the
    /// resolution is kept on this machine (`resolutionUnsynced`) until `steward sync` publishes
    /// it (spec 22.4, `keepUnsyncedResolution`).
    /// - Throws: `StewardError` `.notFound` when `n` has no comment `k`, `.conflict` when it is
    ///   already resolved or `n` is not pending.
    @discardableResult
    public func resolveComment(_ k: Int, on n: Int, by person: String) throws -> ProposalComment {
        let person = try Self.checkName(person, what: "person")
        do {
            return try pushResolution(k, on: n, by: person)
        } catch is Offline {
            return try keepUnsyncedResolution(k, on: n, by: person)
        }
    }

    /// `resolveComment` once checked: one push of comments/N.
    /// - Throws: `Offline` when the remote does not answer (nothing changed).
    private func pushResolution(_ k: Int, on n: Int, by person: String) throws -> ProposalComment {
        // A resolution does not depend on N's head: only N decided on the remote refuses it.
        try remoteRounds(.change(n, verb: "resolving a comment on")) {
            _ = try pendingVersion(n, action: "resolve comments of")
            let c = try comment(k, on: n)
            if c.state == .resolved {
                throw StewardError.conflict("comment \(k) on #\(n) was already resolved by \(Escape.inline(c.resolvedBy ?? "someone"))")
            }
            _ = try Offline.when(unreachable: {
                try publishedStep { _ in
                    try appendRecord(to: Refs.comments(n), prefix: "comment") { seq in
                        let r = CommentRecord(
                            sequence: seq, kind: .resolved, proposal: n, author: person, date: Date(timeIntervalSince1970: Double(now())),
                            resolves: k)
                        return ChainRecord(sequence: seq, kind: r.kind.rawValue, proposal: n, json: try r.json(), actor: person, value: r)
                    }
                }
            })
            return try comment(k, on: n)
        }
    }

    /// Comment `k` of `n` as `comments(on:)` shows it.
    func comment(_ k: Int, on n: Int) throws -> ProposalComment {
        guard let c = try comments(on: n).first(where: { $0.id == k && $0.unsynced == nil }) else {
            throw StewardError.notFound("#\(n) has no comment \(k); 'steward comments \(n)' lists them")
        }
        return c
    }

    /// Every comment on proposal `n`, oldest first, each placed on the current head when `n`
    /// is pending (spec 3.6). Reads `refs/steward/comments/N` only: O(comments on N).
    /// - Throws: `StewardError.notFound` for a number never handed out.
    public func comments(on n: Int) throws -> [ProposalComment] {
        let info = try proposal(n, withStats: false)
        // Then those kept here while the remote did not answer (spec 22.4), not synced yet; a
        // resolution kept here counts, marked as not synced.
        let (records, resolvedHere) = try withUnsyncedResolutions(n)
        let listed = try comments(records, on: info).map { c in
            var c = c
            if resolvedHere.contains(c.id) { c.resolutionUnsynced = true }
            return c
        }
        return listed + (try unsyncedComments(on: info))
    }

    /// `records` as comments on `info` (a pending proposal's are placed on its head).
    func comments(_ records: [CommentRecord], on info: ProposalInfo) throws -> [ProposalComment] {
        let n = info.number
        var resolutions: [Int: CommentRecord] = [:]
        for r in records where r.kind == .resolved { if let k = r.resolves, resolutions[k] == nil { resolutions[k] = r } }
        var now: Placement?
        if info.status == .pending, let base = info.base.flatMap(ObjectID.init(hex:)), let head = info.head.flatMap(ObjectID.init(hex:)) {
            now = Placement(base: base, head: head, files: try patch(base: base, head: head, withText: false).files.map(ChangedFile.init))
        }
        return try records.filter { $0.kind == .commented }.map { r in
            let resolved = resolutions[r.sequence]
            var c = ProposalComment(
                id: r.sequence, proposal: n, author: r.author, date: r.date, text: r.text ?? "", commit: r.commit ?? "",
                path: r.path, side: r.side, line: r.line, lineText: r.lineText,
                state: resolved != nil ? .resolved : info.status == .pending ? .open : .closed,
                resolvedBy: resolved?.author, resolvedDate: resolved?.date, currentLine: nil, outdated: false)
            try now?.place(&c, in: self)
            return c
        }
    }

    /// How many open comments each proposal with a comment chain has (none: absent), for
    /// `review`'s note: the chains are read, nothing is placed. O(comments on them all).
    public func openCommentCounts() throws -> [Int: Int] {
        var out: [Int: Int] = [:]
        for (name, _) in try repo.references(matching: "refs/steward/comments/*") {
            guard let n = Refs.number(in: name) else { continue }
            let (records, _) = try withUnsyncedResolutions(n)
            let resolved = Set(records.compactMap(\.resolves))
            let open = records.filter { $0.kind == .commented && !resolved.contains($0.sequence) }.count
            if open > 0 { out[n] = open }
        }
        return out
    }

    /// The chain's records, oldest first.
    func commentRecords(_ n: Int) throws -> [CommentRecord] { try commentRecords(at: Refs.comments(n)) }

    /// The records of the comment chain at `ref`, oldest first.
    func commentRecords(at ref: String) throws -> [CommentRecord] {
        let r = try repo
        var out: [CommentRecord] = []
        var cursor = try r.reference(ref)
        while let c = cursor {
            let info = try r.commitInfo(c)
            guard let json = Self.recordJSON(in: info.message), let record = try? CommentRecord.decode(json: json) else {
                throw StewardError.failure(
                    "comment commit \(c.short) on \(ref) holds no readable comment: something other than Steward wrote it")
            }
            out.append(record)
            cursor = info.parents.first
        }
        return out.reversed()
    }

    /// Base and head of pending proposal `n`.
    func pendingVersion(_ n: Int, action: String) throws -> (base: ObjectID, head: ObjectID) {
        let info = try proposal(n, withStats: false)
        guard info.status == .pending, let base = info.base.flatMap(ObjectID.init(hex:)), let head = info.head.flatMap(ObjectID.init(hex:)) else {
            throw Self.notPending(info, action: action)
        }
        return (base, head)
    }

    /// The file of proposal `name`'s diff (`#4`, `o1`) that `path` names (either end of a rename).
    /// - Throws: `StewardError.usage` listing the files when it names none.
    func changedFile(_ path: String, in name: String, base: ObjectID, head: ObjectID) throws -> ChangedFile {
        let files = try patch(base: base, head: head, withText: false).files.map(ChangedFile.init)
        if let f = files.first(where: { $0.path == path || $0.oldPath == path }) { return f }
        let names = files.map { Escape.inline($0.path) }.joined(separator: ", ")
        throw StewardError(
            .usage,
            "\(name) does not change \(Escape.inline(path)); its files are: \(names.isEmpty ? "none" : names) (see 'steward diff \(name.drop { $0 == "#" })')",
            paths: [path])
    }

    /// Line `line` of `file`'s `side` version, refused when that version or line is not there.
    func lineText(of file: ChangedFile, side: ProposalComment.Side, line: Int, n: String, base: ObjectID, head: ObjectID) throws -> String {
        let shown = Escape.inline(file.path)
        if side == .new, file.status == .deleted {
            throw StewardError(
                .usage, "\(shown) is deleted by \(n), so it has no new version; comment on its old one (--side old)", paths: [file.path])
        }
        if side == .old, file.status == .added {
            throw StewardError(.usage, "\(shown) is new in \(n), so it has no old version; comment on its new one (--side new)", paths: [file.path])
        }
        guard let lines = try lines(of: file, side: side, base: base, head: head) else {
            throw StewardError(.usage, "\(shown) is not text in \(n); comment on the whole file (PATH without :LINE)", paths: [file.path])
        }
        guard line <= lines.count else {
            throw StewardError(
                .usage,
                "\(shown) has \(lines.count) line\(lines.count == 1 ? "" : "s") in \(n)'s \(side.rawValue) version; there is no line \(line)",
                paths: [file.path])
        }
        return lines[line - 1]
    }

    /// The lines of `file`'s `side` version (split at LF only, as git counts them), or nil when
    /// it is not UTF-8 text (or holds NUL).
    func lines(of changed: ChangedFile, side: ProposalComment.Side, base: ObjectID, head: ObjectID) throws -> [String]? {
        let r = try repo
        let (path, commit) = side == .new ? (changed.path, head) : (changed.oldPath ?? changed.path, base)
        let tree = try r.commitInfo(commit).tree
        let data = try file(at: path, in: tree, shownAs: "\(Escape.inline(path)) (\(side.rawValue) version)") ?? Data()
        guard !data.contains(0), String(data: data, encoding: .utf8) != nil else { return nil }
        var parts = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        if parts.last?.isEmpty == true { parts.removeLast() }
        return parts.map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Places comments on a pending proposal's current head (spec 3.6): a line where it still
/// reads as it did, or outdated; and what changed since an earlier head. Reads each file's
/// version once.
private struct Placement {
    let base: ObjectID, head: ObjectID
    /// The files the proposal changes now.
    let files: [ChangedFile]
    var lines: [String: [String]] = [:]

    mutating func place(_ c: inout ProposalComment, in ws: isolated Workspace) throws {
        if c.commit != head.hex { c.changedSince = try changed(since: c.commit, about: c.path, in: ws) }
        guard let path = c.path else { return }
        guard let file = files.first(where: { $0.path == path || $0.oldPath == path }) else {
            c.outdated = true
            return
        }
        guard let line = c.line, let text = c.lineText else { return }
        let side = c.side ?? .new
        let key = side.rawValue + "\u{0}" + path
        if lines[key] == nil {
            // A version that is gone (the file was deleted since) or no longer text has no lines.
            lines[key] = (try? ws.lines(of: file, side: side, base: base, head: head)).flatMap { $0 } ?? []
        }
        let now = lines[key] ?? []
        if line <= now.count, now[line - 1] == text {
            c.currentLine = line
        } else if let i = now.firstIndex(of: text), now.lastIndex(of: text) == i {
            c.currentLine = i + 1
        } else {
            c.outdated = true
        }
    }

    /// The proposal's files (and the comment's own) that differ between head `commit` and now;
    /// nil when that commit is not in the repository.
    func changed(since commit: String, about path: String?, in ws: isolated Workspace) throws -> [String]? {
        let r = try ws.repo
        guard let then = ObjectID(hex: commit), let old = try? r.commitInfo(then).tree else { return nil }
        let paths = try r.changes(from: old, to: try r.commitInfo(head).tree).map(\.path)
        let relevant = Set(files.flatMap { [$0.path] + ($0.oldPath.map { [$0] } ?? []) } + (path.map { [$0] } ?? []))
        return paths.filter { relevant.contains($0) }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
