import Foundation
import GRDB
import StewardCore

// What `steward review` and `steward diff` keep: the review cache and the heads the person saw.

extension Store {
    /// Records that the person saw proposal `n` at `head` (`steward diff`).
    public func markSeen(_ n: Int, head: String, date: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO seen (number, head, date) VALUES (?, ?, ?)", arguments: [n, head, date])
        }
    }

    /// The head the person last saw of each proposal.
    public func seenHeads() throws -> [Int: String] {
        try pool.read { db in
            var out: [Int: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT number, head FROM seen") { out[row["number"]] = row["head"] }
            return out
        }
    }

    public func cachedProposals(_ heads: [Int: String]) throws -> [Int: ProposalInfo] {
        try pool.read { db in
            var out: [Int: ProposalInfo] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT number, head, base, title, agent, kind, created, files, additions, deletions, contents FROM reviewCache")
            while let row = try rows.next() {
                let n: Int = row[0]
                guard let head = heads[n], head == (row[1] as String) else { continue }
                out[n] = ProposalInfo(
                    number: n, title: row[3], agent: row[4], kind: ProposalInfo.Kind(rawValue: row[5]) ?? .change, status: .pending,
                    created: Date(timeIntervalSince1970: row[6]), base: row[2], head: head, files: row[7], additions: row[8], deletions: row[9],
                    rollbackOf: nil, undoneBy: nil, contents: (row[10] as String).split(separator: ",").map(String.init))
            }
            return out
        }
    }

    public func cacheProposals(_ infos: [ProposalInfo]) throws {
        try pool.write { db in
            for i in infos {
                guard let head = i.head else { continue }
                try db.execute(
                    sql:
                        "INSERT OR REPLACE INTO reviewCache (number, head, base, title, agent, kind, created, files, additions, deletions, contents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        i.number, head, i.base, i.title, i.agent, i.kind.rawValue, i.created.timeIntervalSince1970, i.files, i.additions, i.deletions,
                        i.contents.joined(separator: ","),
                    ])
            }
        }
    }
}
