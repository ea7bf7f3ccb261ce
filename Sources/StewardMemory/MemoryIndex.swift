import Foundation
import StewardCore
import StewardModels
import StewardSandbox
import StewardStore

/// Long-term memory: the files in `memory/` and `outputs/` on `main`, indexed in the store
/// (SQLite FTS5, BM25), optionally with embeddings fused in by reciprocal rank. The index
/// follows `main` from git's diff: each search first brings it up to `main`'s tip (a person's
/// own commit, an approval, a rollback), touching only the files that changed; a rolled-back
/// note disappears with the rollback.
public struct MemoryIndex: Sendable {
    public static let folders = ["memory", "outputs"]
    public let workspace: Workspace
    public let store: Store
    /// Embeddings through the `embed` route, when there is a router.
    public let router: ModelRouter?

    public init(workspace: Workspace, store: Store, router: ModelRouter? = nil) {
        self.workspace = workspace
        self.store = store
        self.router = router
    }

    public struct SyncResult: Sendable, Hashable {
        public var commit: String
        /// Files whose chunks changed.
        public var files: Int
        public var chunks: Int
        public init(commit: String, files: Int, chunks: Int) {
            self.commit = commit
            self.files = files
            self.chunks = chunks
        }
    }

    /// Brings the index up to `main`'s tip from the diff since the commit it reflects.
    public func sync() async throws -> SyncResult {
        let tip = try await workspace.mainCommit()
        let last = try store.memoryState("commit")
        if last == tip { return SyncResult(commit: tip, files: 0, chunks: 0) }
        return try await apply(from: last, to: tip, resetting: false)
    }

    /// Rebuilds the index from scratch (`steward memory reindex`): the same code path as an
    /// update, from nothing to `main`'s tip.
    public func reindex() async throws -> SyncResult {
        try await apply(from: nil, to: try await workspace.mainCommit(), resetting: true)
    }

    func apply(from: String?, to tip: String, resetting: Bool) async throws -> SyncResult {
        let changes = try await workspace.changedFiles(from: from, to: tip, under: Self.folders)
        var chunks: [MemoryChunk] = []
        for c in changes {
            guard let blob = c.blob else { continue }
            chunks += MemoryChunker.chunks(path: c.path, data: try await workspace.readBlob(blob))
        }
        try store.updateMemory(removing: changes.map(\.path), adding: chunks, commit: tip, resetting: resetting)
        return SyncResult(commit: tip, files: changes.count, chunks: chunks.count)
    }

    /// An FTS5 query from a person's words: each word a quoted term, so no FTS5 syntax in the
    /// words can break or widen it; all of them (`AND`), or any of them (`OR`).
    public static func ftsQuery(_ words: String, all: Bool = false) -> String? {
        let terms = words.lowercased().split { !($0.isLetter || $0.isNumber) }.prefix(32).map { "\"\($0)\"" }
        return terms.isEmpty ? nil : terms.joined(separator: all ? " AND " : " OR ")
    }

    /// BM25 hits: notes holding all the words first (a small set, cheap to rank), then, if
    /// that gives fewer than `want`, notes holding any of them (BM25 ranks those by how many
    /// and how rare). Ranking every note that holds one common word is what made the slowest
    /// searches slow (docs/benchmarks.md).
    func wordHits(_ query: String, want: Int, pool: Int) throws -> [MemoryHit] {
        guard let any = Self.ftsQuery(query), let all = Self.ftsQuery(query, all: true) else {
            throw StewardError.usage("the query has no words to search for")
        }
        var hits = try store.searchMemory(match: all, limit: pool)
        if hits.count < want && any != all {
            let seen = Set(hits.map(\.chunk))
            hits += try store.searchMemory(match: any, limit: pool).filter { !seen.contains($0.chunk) }
        }
        return hits
    }

    public struct SearchResult: Sendable {
        public var hits: [MemoryHit]
        /// `bm25` or `bm25+embeddings`.
        public var mode: String
        /// Why embeddings were not used, when they were not.
        public var note: String?
    }

    /// Searches memory: BM25, fused with embedding similarity when the `embed` route answers
    /// (reciprocal rank fusion, k = 60). Syncs first.
    public func search(_ query: String, limit: Int = 10) async throws -> SearchResult {
        _ = try await sync()
        let pool = max(limit, 50)
        let bm25 = try wordHits(query, want: limit, pool: pool)
        guard let router else { return SearchResult(hits: Array(bm25.prefix(limit)), mode: "bm25", note: nil) }
        do {
            let model = try await embedMissing(router)
            let (vectors, _) = try await router.embed([query], options: RouteOptions(model: model))
            let nearest = try store.nearestMemory(to: vectors[0].map(Float.init), model: model, limit: pool)
            return SearchResult(hits: Array(Self.fuse(bm25, nearest).prefix(limit)), mode: "bm25+embeddings", note: nil)
        } catch {
            let why = (error as? ModelError)?.message ?? (error as? StewardError)?.message ?? "\(error)"
            return SearchResult(
                hits: Array(bm25.prefix(limit)), mode: "bm25",
                note: "searching by words only (BM25): no embedding model answered (\(why))")
        }
    }

    /// Embeds chunks that have no vector from the route's first answering model yet, in
    /// batches, at most `maxBatches` a search (a big index fills in over several searches);
    /// returns that model's name.
    func embedMissing(_ router: ModelRouter, batch: Int = 32, maxBatches: Int = 16) async throws -> String {
        // Which model answers decides whose vectors are used; ask with a tiny probe first.
        let (_, spec) = try await router.embed(["steward"])
        for _ in 0..<maxBatches {
            let missing = try store.chunksWithoutVectors(model: spec.name, limit: batch)
            if missing.isEmpty { return spec.name }
            let (vectors, _) = try await router.embed(missing.map(\.1), options: RouteOptions(model: spec.name))
            try store.saveVectors(zip(missing.map(\.0), vectors.map { $0.map(Float.init) }).map { ($0, $1) }, model: spec.name)
        }
        return spec.name
    }

    /// Reciprocal rank fusion: each list contributes 1 / (60 + rank); a hit keeps what found
    /// it in every list.
    public static func fuse(_ lists: [MemoryHit]...) -> [MemoryHit] {
        var score: [Int64: Double] = [:]
        var first: [Int64: MemoryHit] = [:]
        for list in lists {
            for (rank, hit) in list.enumerated() {
                score[hit.chunk, default: 0] += 1 / Double(60 + rank + 1)
                if var known = first[hit.chunk] {
                    known.matchedBy += hit.matchedBy.filter { !known.matchedBy.contains($0) }
                    first[hit.chunk] = known
                } else {
                    first[hit.chunk] = hit
                }
            }
        }
        return score.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.compactMap { id, s in
            first[id].map {
                var h = $0
                h.score = s
                return h
            }
        }
    }
}
