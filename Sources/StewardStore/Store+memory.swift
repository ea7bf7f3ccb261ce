import Foundation
import GRDB
import StewardCore

/// A piece of a file in `memory/` or `outputs/`: the text under one heading (long sections
/// are split), with the heading path kept ("Trip > Packing").
public struct MemoryChunk: Sendable, Hashable, Codable {
    public var path: String
    public var heading: String
    public var ordinal: Int
    public var text: String
    public init(path: String, heading: String, ordinal: Int, text: String) {
        self.path = path
        self.heading = heading
        self.ordinal = ordinal
        self.text = text
    }
}

/// One search result.
public struct MemoryHit: Sendable, Hashable, Codable {
    public var chunk: Int64
    public var path: String
    public var heading: String
    public var snippet: String
    /// Higher is better: BM25 (negated, so larger means more relevant), or the fused score.
    public var score: Double
    /// What found it: `words` (BM25), `meaning` (embeddings), or both, so a person can tell a
    /// word match from a neighbour by meaning.
    public var matchedBy: [String]
    public init(chunk: Int64, path: String, heading: String, snippet: String, score: Double, matchedBy: [String]) {
        self.chunk = chunk
        self.path = path
        self.heading = heading
        self.snippet = snippet
        self.score = score
        self.matchedBy = matchedBy
    }
}

extension Store {
    /// A value kept with the index (`commit`: the `main` commit it reflects).
    public func memoryState(_ key: String) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM memoryState WHERE key = ?", arguments: [key]) }
    }

    /// Replaces the chunks of `removed` and `added` paths and records `commit`, in one
    /// transaction: a search sees the index before or after, never half of it.
    public func updateMemory(removing removed: [String], adding chunks: [MemoryChunk], commit: String, resetting: Bool = false) throws {
        try pool.write { db in
            if resetting {
                try db.execute(sql: "DELETE FROM memoryChunk")
                try db.execute(sql: "INSERT INTO memoryFTS(memoryFTS) VALUES ('rebuild')")
            }
            for path in removed {
                try db.execute(sql: "DELETE FROM memoryChunk WHERE path = ?", arguments: [path])
            }
            let insert = try db.makeStatement(sql: "INSERT INTO memoryChunk (path, heading, ordinal, text) VALUES (?, ?, ?, ?)")
            for c in chunks {
                try insert.execute(arguments: [c.path, c.heading, c.ordinal, c.text])
            }
            try db.execute(sql: "INSERT OR REPLACE INTO memoryState (key, value) VALUES ('commit', ?)", arguments: [commit])
        }
    }

    /// Every chunk, in path and ordinal order (to compare an incremental index with a rebuilt one).
    public func memoryChunks() throws -> [MemoryChunk] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT path, heading, ordinal, text FROM memoryChunk ORDER BY path, ordinal").map {
                MemoryChunk(path: $0[0], heading: $0[1], ordinal: $0[2], text: $0[3])
            }
        }
    }

    public func memoryChunkCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM memoryChunk") ?? 0 }
    }

    /// BM25 over heading (×3), path (×2) and text, best first. `match` is an FTS5 query.
    public func searchMemory(match: String, limit: Int) throws -> [MemoryHit] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT rowid, path, heading, snippet(memoryFTS, 2, '[', ']', '…', 16), bm25(memoryFTS, 2.0, 3.0, 1.0)
                    FROM memoryFTS WHERE memoryFTS MATCH ? ORDER BY bm25(memoryFTS, 2.0, 3.0, 1.0) LIMIT ?
                    """, arguments: [match, limit]
            ).map {
                MemoryHit(chunk: $0[0], path: $0[1], heading: $0[2], snippet: $0[3], score: -($0[4] as Double), matchedBy: ["words"])
            }
        }
    }

    /// Chunks that have no vector from `model` yet (at most `limit`).
    public func chunksWithoutVectors(model: String, limit: Int) throws -> [(Int64, String)] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT c.id, c.heading || char(10) || c.text FROM memoryChunk c LEFT JOIN memoryVector v ON v.chunk = c.id AND v.model = ?
                    WHERE v.chunk IS NULL ORDER BY c.id LIMIT ?
                    """, arguments: [model, limit]
            ).map { ($0[0], $0[1]) }
        }
    }

    public func saveVectors(_ vectors: [(Int64, [Float])], model: String) throws {
        try pool.write { db in
            for (chunk, v) in vectors {
                let blob = v.withUnsafeBufferPointer { Data(buffer: $0) }
                try db.execute(sql: "INSERT OR REPLACE INTO memoryVector (chunk, model, vector) VALUES (?, ?, ?)", arguments: [chunk, model, blob])
            }
        }
    }

    /// The `limit` chunks nearest to `query` by cosine similarity among `model`'s vectors.
    public func nearestMemory(to query: [Float], model: String, limit: Int) throws -> [MemoryHit] {
        let q = Self.normalized(query)
        var scored: [(Int64, Float)] = []
        try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT chunk, vector FROM memoryVector WHERE model = ?", arguments: [model])
            while let row = try rows.next() {
                let data: Data = row[1]
                let v = data.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
                guard v.count == q.count else { continue }
                var dot: Float = 0
                var norm: Float = 0
                for i in 0..<v.count {
                    dot += v[i] * q[i]
                    norm += v[i] * v[i]
                }
                scored.append((row[0], norm > 0 ? dot / norm.squareRoot() : 0))
            }
        }
        let top = scored.sorted { $0.1 > $1.1 }.prefix(limit)
        return try pool.read { db in
            try top.compactMap { id, score in
                guard let row = try Row.fetchOne(db, sql: "SELECT path, heading, text FROM memoryChunk WHERE id = ?", arguments: [id]) else {
                    return nil
                }
                let text: String = row[2]
                return MemoryHit(
                    chunk: id, path: row[0], heading: row[1], snippet: String(text.prefix(160)), score: Double(score), matchedBy: ["meaning"])
            }
        }
    }

    static func normalized(_ v: [Float]) -> [Float] {
        let n = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return n > 0 ? v.map { $0 / n } : v
    }
}

extension Store {
    public func setMemoryState(_ key: String, _ value: String) throws {
        try pool.write { db in try db.execute(sql: "INSERT OR REPLACE INTO memoryState (key, value) VALUES (?, ?)", arguments: [key, value]) }
    }
}
