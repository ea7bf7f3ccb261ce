import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// At most this many refs go in one push of `sync` (spec 22.6): the first sync of a
    /// workspace with thousands of proposals pushes every ref it has, and git's push costs each
    /// ref a pass over every ref the remote holds, so one push of all of them grew as the square
    /// and said nothing for longer than the connect time-out (benchmarks.md).
    static let syncBatchRefs = 500

    /// Before `STEWARD_SYNC_BATCH_REFS`, for this task only: in-process tests make batches of a
    /// few refs with it, where the environment is shared by every test running at once.
    @TaskLocal static var batchRefsInThisTask: Int?

    /// `batchRefsInThisTask`, else `STEWARD_SYNC_BATCH_REFS` from the environment (a whole
    /// number from 1 to 10,000; tests set it to make several batches of a few proposals), else
    /// `syncBatchRefs`. Also the limit of `gc --expire-archives`' pushes.
    /// - Throws: `StewardError.usage` naming the variable, its value and the range.
    nonisolated static func syncBatchLimit() throws -> Int {
        if let n = batchRefsInThisTask { return n }
        guard let text = ProcessInfo.processInfo.environment["STEWARD_SYNC_BATCH_REFS"] else { return syncBatchRefs }
        guard let n = Int(text), (1...10_000).contains(n) else {
            throw StewardError.usage(
                "STEWARD_SYNC_BATCH_REFS is '\(Escape.inline(text))', but must be a whole number from 1 to 10000 (the refs in one push of 'steward sync'; default \(syncBatchRefs)); fix or unset it"
            )
        }
        return n
    }

    /// `pushes` cut into batches of at most `limit` refs: first `main` and the audit chains (so
    /// the remote holds a whole workspace from the first batch on: a remote with Steward's refs
    /// and no `main` is one the catch-up takes nothing from), then each proposal's refs
    /// together, by number (its claim, branch, decision and the refs that go with it are never
    /// split, so no remote ever shows a proposal half decided). A group larger than `limit` is
    /// a batch of its own.
    nonisolated static func syncBatches(_ pushes: [RefPush], limit: Int) -> [[RefPush]] {
        var shared: [RefPush] = []
        var byNumber: [Int: [RefPush]] = [:]
        for p in pushes {
            switch SyncedRef(p.ref) {
            case .claim(let n), .applied(let n), .expired(let n), .undone(let n), .archive(let n), .superseded(let n), .branch(let n),
                .comments(let n):
                byNumber[n, default: []].append(p)
            case .main, .audit, .trail, nil:
                shared.append(p)
            }
        }
        var batches: [[RefPush]] = []
        var current = shared
        for n in byNumber.keys.sorted() {
            let group = byNumber[n] ?? []
            if !current.isEmpty && current.count + group.count > limit {
                batches.append(current)
                current = []
            }
            current += group
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// Pushes a catch-up's `onlyLocal` in `syncBatches`, each one atomic push with a lease on
    /// every ref in it, its tracking refs set as soon as it landed: a sync stopped between two
    /// batches (killed, the remote gone) has pushed whole batches, and the next one's catch-up
    /// finds the rest still only here and pushes it. Progress on `progress`, a line a batch.
    /// - Returns: the refs whose lease failed when `mayRetry` (another machine pushed first:
    ///   the caller fetches, catches up and pushes what is left); nil when all landed.
    /// - Throws: the transport's failure for people, saying how much landed before it.
    func pushBatches(
        _ pushes: [RefPush], to remote: RemoteEndpoint, mayRetry: Bool, report: inout SyncReport, progress: (String) -> Void
    ) throws -> [String]? {
        let limit = try Self.syncBatchLimit()
        let batches = Self.syncBatches(pushes, limit: limit)
        let total = pushes.count
        var done = 0
        if batches.count == 1 {
            progress("Pushing \(total) ref\(total == 1 ? "" : "s") to \(remote.name)…")
        } else {
            progress("Pushing \(total) refs to \(remote.name) in \(batches.count) batches of at most \(limit), each atomic…")
        }
        for batch in batches {
            do {
                try GitTransport.push(batch, to: remote, in: root)
            } catch RemoteFailure.leaseLost(let refs, _) where mayRetry {
                return refs
            } catch let failure as RemoteFailure {
                guard !report.pushed.isEmpty else { throw forPeople(failure, remote: remote) }
                throw partly(failure, remote: remote, landed: report.pushed.count, left: total - done)
            }
            try recordPushed(batch, remote: remote)
            report.pushed += batch.map { SyncReport.Change(ref: $0.ref, old: $0.expected?.hex, new: $0.new?.hex) }
            done += batch.count
            if batches.count > 1 { progress("Pushed \(done) of \(total) refs to \(remote.name).") }
        }
        return nil
    }

    /// A failure after some batches landed: what it was, then that those stay on the remote
    /// and the next sync pushes the rest (`forPeople` would say nothing changed).
    nonisolated func partly(_ failure: RemoteFailure, remote: RemoteEndpoint, landed: Int, left: Int) -> StewardError {
        let rest =
            "\(landed) refs were pushed before it, in whole batches, and stay on \(remote.name); \(left) are still only here: run 'steward sync' again to push them"
        switch failure {
        case .unreachable(let message), .failed(let message):
            return .failure("\(message); \(rest)")
        case .leaseLost(let refs, _):
            return .conflict("\(remote.name) kept moving (\(Self.syncRounds) tries; last: \(refs.joined(separator: ", "))); \(rest)")
        case .refused(let refs, let message):
            return .refused("\(remote.name) refused the push of \(refs.joined(separator: ", ")): \(message); \(rest)")
        }
    }
}
