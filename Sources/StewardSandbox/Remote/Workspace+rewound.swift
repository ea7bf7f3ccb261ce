import Foundation
import StewardCore
import StewardGit

/// A remote that moved `main` or an append-only chain back (spec 22.3, 22.9): the old value
/// then descends from the remote's new one, which the catch-up alone cannot tell from this
/// machine being ahead (the person's own commits, its own events not pushed yet). What R held
/// at the last catch-up tells them apart.
extension Workspace {
    /// The refs that may only move forward and that a remote moving back would silently drop
    /// history from: `main`, rollbacks, comment and audit chains. A branch is left out: a
    /// refresh or a part moves it to a new head, judged by `superseded/N-K`.
    static func movesOnlyForward(_ kind: SyncedRef) -> Bool {
        switch kind {
        case .main, .undone, .comments, .audit, .trail: true
        case .claim, .applied, .expired, .archive, .superseded, .branch: false
        }
    }

    /// The problems for each ref of `theirs` (remote R's, as fetched) that R moved back since
    /// the last catch-up, to an older commit of the value it held then; records what R holds
    /// now for the next catch-up (the older value for a ref moved back, so that it is reported
    /// until R holds it again: `sync` pushes it back, as this machine is ahead). The local refs
    /// are the catch-up's to keep: a ref moved back is never taken (it counts as ahead here).
    func refsMovedBack(theirs: [String: ObjectID], remote: String) throws -> [String] {
        let r = try repo
        let held = readHeld(remote)
        var problems: [String] = []
        var now: [String: ObjectID] = [:]
        for (name, t) in theirs.sorted(by: { $0.key < $1.key }) {
            guard let kind = SyncedRef(name), Self.movesOnlyForward(kind) else { continue }
            now[name] = t
            guard let old = held[name], old != t, try r.isAncestor(t, of: old) else { continue }
            now[name] = old
            problems.append(
                "\(remote) moved \(name) back (to \(t.short), an older commit of \(old.short), which it held at the last sync); \(kind.rule(deleted: false)) — kept this machine's, and 'steward sync' pushes it back; ask whoever pushed it"
            )
        }
        try writeHeld(remote, now)
        return problems
    }

    /// `.steward/sync/R.tips`: `REF ID` a line, what R held at the last catch-up of the refs
    /// `movesOnlyForward` names. Lost with `.steward/`: a ref moved back is then only pushed back.
    func heldPath(_ remote: String) -> String { stateDir + "/sync/\(remote).tips" }

    func readHeld(_ remote: String) -> [String: ObjectID] {
        guard let data = FileManager.default.contents(atPath: heldPath(remote)) else { return [:] }
        var out: [String: ObjectID] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let id = ObjectID(hex: String(parts[1])) { out[String(parts[0])] = id }
        }
        return out
    }

    func writeHeld(_ remote: String, _ refs: [String: ObjectID]) throws {
        let text = refs.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.hex)\n" }.joined()
        let path = heldPath(remote)
        guard FileManager.default.contents(atPath: path) != Data(text.utf8) else { return }
        do {
            try FileManager.default.createDirectory(atPath: stateDir + "/sync", withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw StewardError.failure("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
