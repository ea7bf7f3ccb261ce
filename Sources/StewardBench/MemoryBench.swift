import Foundation
import StewardCore
import StewardGit
import StewardMemory
import StewardSandbox
import StewardStore

// steward-bench memory [--notes 100000] [--queries 300] [--dir DIR]
//
// Long-term memory at scale: N generated Markdown notes in memory/ (a person's commit), the
// index built from nothing, search latency (p50/p99) against `git grep` on the same commit
// (the peer: what one would do without an index), and the incremental update after one note
// changes on main.
enum MemoryBench {
    static func run(_ args: [String]) async throws {
        var notes = 100_000
        var queries = 300
        var dir = FileManager.default.temporaryDirectory.path
        readOptions(
            args, usage: "usage: steward-bench memory [--notes N] [--queries N] [--dir DIR]\n",
            [
                "--notes": { v in notes = max(100, Int(v) ?? notes) },
                "--queries": { v in queries = max(20, Int(v) ?? queries) },
                "--dir": { v in dir = v },
            ])
        let root = dir + "/steward-memory-bench-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let wsPath = root + "/ws"
        _ = try await Workspace.create(at: wsPath, seed: Seed.files, by: "bench")

        // A vocabulary with a long tail, as real notes have: a few common words, many rare ones.
        var rng = SplitMix(seed: 42)
        let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "da", "fe", "gu", "hi", "jo", "qu"]
        let vocabulary: [String] = (0..<5_000).map { i in
            var w = ""
            var n = i
            repeat {
                w += syllables[n % syllables.count]
                n /= syllables.count
            } while n > 0
            return w + ["", "n", "s", "r"][i % 4]
        }
        func word() -> String { vocabulary[Int(Double(vocabulary.count) * pow(rng.nextDouble(), 2.5))] }
        func sentence(_ n: Int) -> String { (0..<n).map { _ in word() }.joined(separator: " ") }

        progress("writing \(notes) notes as one commit on main…")
        let r = try GitRepository.open(at: wsPath)
        let tip = try r.reference("refs/heads/main")!
        var updates: [GitRepository.TreeUpdate] = []
        for i in 0..<notes {
            let text = "# Note \(i) \(word())\n\(sentence(12))\n\n## \(word()) \(word())\n\(sentence(40))\n\n## \(word())\n\(sentence(30))\n"
            updates.append(
                .init(
                    path: String(format: "memory/%03d/note-%06d.md", i / 1000, i), entry: TreeEntry(id: try r.writeBlob(Data(text.utf8)), mode: .blob)
                ))
        }
        let tree = try r.updateTree(try r.commitInfo(tip).tree, updates)
        let c = try r.commit(
            tree: tree, parents: [tip], message: "bench: \(notes) notes\n",
            author: Signature(name: "bench", email: "b@localhost", time: 1_700_000_000))
        try r.updateReference("refs/heads/main", to: c, expected: tip, message: "bench")
        try git(wsPath, ["symbolic-ref", "HEAD", "refs/heads/no-checkout"])

        let ws = try await Workspace.open(at: wsPath) { try Store(path: $0 + "/steward.db") }
        guard let store = await ws.auditIndex as? Store else { throw StewardError.failure("no store") }
        let index = MemoryIndex(workspace: ws, store: store)
        progress("indexing from nothing…")
        var built = MemoryIndex.SyncResult(commit: "", files: 0, chunks: 0)
        let buildMs = try await msAsync { built = try await index.sync() }

        progress("\(queries) searches…")
        let qs = (0..<queries).map { _ in "\(word()) \(word())" }
        _ = try await index.search(qs[0])
        var search: [Double] = []
        var found = 0
        for q in qs {
            var n = 0
            search.append(try await msAsync { n = try await index.search(q, limit: 10).hits.count })
            if n > 0 { found += 1 }
        }
        progress("git grep on the same commit (the peer), \(min(queries, 10)) queries…")
        var grep: [Double] = []
        for q in qs.prefix(10) {
            let words = q.split(separator: " ")
            grep.append(
                try ms {
                    _ = try ProcessRunner.run(
                        "/usr/bin/git",
                        arguments: ["-C", wsPath, "grep", "-l", "-i", "-w"] + words.flatMap { ["-e", String($0)] } + ["main", "--", "memory"],
                        stdin: Data(), environment: ["PATH": "/usr/bin:/bin"], directory: root, timeout: 120)
                })
        }

        progress("incremental updates after one note changes on main…")
        var update: [Double] = []
        for k in 0..<30 {
            let tip = try r.reference("refs/heads/main")!
            let path = String(format: "memory/%03d/note-%06d.md", (k * 3_301 % notes) / 1000, k * 3_301 % notes)
            let blob = try r.writeBlob(Data("# Changed \(k)\n\(sentence(40))\n".utf8))
            let t = try r.updateTree(try r.commitInfo(tip).tree, [.init(path: path, entry: TreeEntry(id: blob, mode: .blob))])
            let c = try r.commit(
                tree: t, parents: [tip], message: "edit \(k)\n",
                author: Signature(name: "bench", email: "b@localhost", time: 1_700_000_000 + Int64(k)))
            try r.updateReference("refs/heads/main", to: c, expected: tip, message: "edit")
            var res = MemoryIndex.SyncResult(commit: "", files: 0, chunks: 0)
            update.append(try await msAsync { res = try await index.sync() })
            guard res.files == 1 else { throw StewardError.failure("an update saw \(res.files) files, not 1") }
        }
        let dbBytes =
            ((try? FileManager.default.attributesOfItem(atPath: wsPath + "/.steward/steward.db")[.size] as? Int) ?? 0)
            + ((try? FileManager.default.attributesOfItem(atPath: wsPath + "/.steward/steward.db-wal")[.size] as? Int) ?? 0)

        func p(_ xs: [Double], _ q: Double) -> Double {
            let s = xs.sorted()
            return s[min(s.count - 1, Int(Double(s.count) * q))]
        }
        print(
            "steward-bench memory: \(notes) notes, \(built.chunks) chunks, store \(dbBytes >> 20) MiB; \(queries) two-word queries (\(found) with hits)"
        )
        print("| what | p50 ms | p99 ms | target |")
        print("|---|---:|---:|---|")
        print(String(format: "| build the index from nothing (once) | %.0f | | |", buildMs))
        print(
            String(
                format: "| `memory search` (BM25, top 10, sync check included) | %.2f | %.2f | p50 ≤ 10, p99 ≤ 50 |", p(search, 0.5), p(search, 0.99))
        )
        print(
            String(format: "| `git grep -l -i -w` on the same commit (peer, %d queries) | %.0f | %.0f | |", grep.count, p(grep, 0.5), p(grep, 0.99)))
        print(String(format: "| incremental update, one note changed on main | %.2f | %.2f | ≤ 5 |", p(update, 0.5), p(update, 0.99)))
        print(String(format: "search vs git grep: %.0f× faster at p50", p(grep, 0.5) / max(p(search, 0.5), 0.001)))
    }
}

/// A small deterministic generator (SplitMix64), so every run writes the same notes.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func nextDouble() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
