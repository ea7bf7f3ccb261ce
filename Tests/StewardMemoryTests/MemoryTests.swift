import Foundation
import StewardCore
import StewardMemory
import StewardModels
import StewardSandbox
import StewardStore
import StewardTestSupport
import Testing

/// A workspace with its store in a temp folder, removed after.
func withMemory(_ body: (Workspace, Store, String) async throws -> Void) async throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-memory-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let (created, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
    _ = created
    let ws = try await Workspace.open(at: dir + "/ws") { try Store(path: $0 + "/steward.db") }
    let store = try #require(await ws.auditIndex as? Store)
    try await body(ws, store, dir)
}

/// Proposes and approves `files` (path → text), as a person would through Steward.
@discardableResult
func land(_ ws: Workspace, _ files: [String: String?], title: String = "notes") async throws -> Int {
    let ops: [FileOperation] = files.sorted { $0.key < $1.key }.map { path, text in
        text.map { .write(path: path, content: Data($0.utf8), executable: false) } ?? .delete(path: path)
    }
    let p = try await ws.propose(title: title, agent: "cli", operations: ops, policy: try PathPolicy.outsideTools())
    _ = try await ws.approve(p.number, by: "alice")
    return p.number
}

@Suite struct ChunkerTests {
    @Test func headingsAreKeptAsAPath() {
        let text = "# Trip\nintro\n## Packing\nrail pass\n### Shoes\nboots\n## Budget\n3000\n```\n# not a heading\n```\n"
        let chunks = MemoryChunker.chunks(path: "memory/trip.md", data: Data(text.utf8))
        #expect(chunks.map(\.heading) == ["Trip", "Trip > Packing", "Trip > Packing > Shoes", "Trip > Budget"])
        #expect(chunks[3].text.contains("# not a heading"), "a code fence is not a heading")
        #expect(chunks.map(\.ordinal) == [0, 1, 2, 3])
    }

    @Test func longSectionsAreSplitAndOtherTextByParagraphs() {
        let para = String(repeating: "word ", count: 100)
        let text = (0..<10).map { _ in para }.joined(separator: "\n\n")
        let chunks = MemoryChunker.chunks(path: "outputs/long.txt", data: Data(text.utf8))
        #expect(chunks.count >= 4)
        #expect(chunks.allSatisfy { $0.text.count <= MemoryChunker.targetCharacters * 2 && $0.heading.isEmpty })
        #expect(MemoryChunker.chunks(path: "memory/bin", data: Data([0, 1, 2, 0xFF])).isEmpty, "binary files are not indexed")
    }
}

@Suite struct MemorySearchTests {
    static let corpus: [String: String] = [
        "memory/trips/japan.md":
            "# Japan trip\n## Packing\nRail pass, plug adapters, a light rain jacket.\n## Budget\nAbout 3000 dollars for two weeks.\n",
        "memory/recipes/pancakes.md": "# Pancakes\nFlour, eggs and milk; whisk, rest ten minutes, fry in butter.\n",
        "memory/recipes/curry.md": "# Curry\nOnions, garlic, spices and coconut milk; simmer twenty minutes.\n",
        "memory/work/standup.md": "# Standup notes\nBlocked on the database migration; asked Priya to review the schema change.\n",
        "memory/work/security.md": "# Security\nRotate the API keys every ninety days. Keys live in the password manager, never in git.\n",
        "memory/health.md": "# Health\nRunning three times a week; knee felt better after new shoes.\n",
        "memory/books.md": "# Books\nFinished Dune; next is The Left Hand of Darkness.\n",
        "outputs/q3-report.md": "# Q3 report\nRevenue grew 12%. Travel budget was cut by a third.\n",
        "outputs/garden.md": "# Garden\nTomatoes need staking; water the basil every morning.\n",
        "memory/car.md": "# Car\nOil change due at 60000 km; winter tyres are in the garage.\n",
    ]

    /// Known best answers for a small fixed corpus.
    static let queries: [(String, String)] = [
        ("rail pass packing", "memory/trips/japan.md"),
        ("how often rotate api keys", "memory/work/security.md"),
        ("pancake recipe eggs", "memory/recipes/pancakes.md"),
        ("coconut milk", "memory/recipes/curry.md"),
        ("who reviews the schema migration", "memory/work/standup.md"),
        ("revenue growth third quarter report", "outputs/q3-report.md"),
        ("winter tyres", "memory/car.md"),
        ("watering basil", "outputs/garden.md"),
        ("running shoes knee", "memory/health.md"),
        ("Dune", "memory/books.md"),
    ]

    @Test func knownBestAnswersComeFirst() async throws {
        try await withMemory { ws, store, _ in
            try await land(ws, Self.corpus)
            let index = MemoryIndex(workspace: ws, store: store)
            for (query, best) in Self.queries {
                let r = try await index.search(query, limit: 3)
                #expect(r.hits.first?.path == best, "\(query) → \(r.hits.map(\.path))")
                #expect(r.mode == "bm25" && r.note == nil)
            }
            // The heading comes back with the hit, the words marked in the snippet.
            let hit = try #require(try await index.search("budget dollars").hits.first)
            #expect(hit.path == "memory/trips/japan.md" && hit.heading == "Japan trip > Budget" && hit.snippet.contains("[dollars]"))
            // Words that are FTS5 syntax are only words.
            #expect(try await index.search("NEAR(\"rail\" OR *) AND -pass").hits.first?.path == "memory/trips/japan.md")
            await #expect(throws: StewardError.self) { try await index.search("  ?! ") }
        }
    }

    @Test func followsMainThroughApproveRollbackAndAPersonsCommit() async throws {
        try await withMemory { ws, store, dir in
            let index = MemoryIndex(workspace: ws, store: store)
            #expect(try await index.search("marmalade").hits.isEmpty)
            let n = try await land(ws, ["memory/jam.md": "# Jam\nSeville orange marmalade in January.\n"])
            #expect(try await index.search("marmalade").hits.map(\.path) == ["memory/jam.md"])
            // One changed file is all an update reads.
            let update = try await index.sync()
            #expect(update.files == 0)
            try await land(ws, ["memory/jam.md": "# Jam\nStrawberry jam in June.\n"])
            let edited = try await index.sync()
            #expect(edited.files == 1)
            let gone = try await index.search("marmalade").hits
            let now = try await index.search("strawberry").hits
            #expect(gone.isEmpty && !now.isEmpty)
            // Rolling back the edit brings the first text back; rolling back the first approval removes the note.
            _ = try await ws.rollback(n + 1, by: "alice", reason: nil)
            #expect(try await index.search("marmalade").hits.map(\.path) == ["memory/jam.md"])
            _ = try await ws.rollback(n, by: "alice", reason: nil)
            #expect(try await index.search("marmalade").hits.isEmpty, "a rolled-back note disappears from search")
            // A person's own commit with git.
            let ws1 = dir + "/ws"
            try "# Wine\nA Rioja for the dinner.\n".write(toFile: ws1 + "/memory/wine.md", atomically: true, encoding: .utf8)
            for args in [["add", "memory/wine.md"], ["-c", "user.name=p", "-c", "user.email=p@x", "commit", "-qm", "wine"]] {
                _ = try gitCLI(args, in: ws1)
            }
            #expect(try await index.search("rioja").hits.map(\.path) == ["memory/wine.md"])
        }
    }

    @Test func reindexEqualsIncremental() async throws {
        try await withMemory { ws, store, _ in
            let index = MemoryIndex(workspace: ws, store: store)
            try await land(ws, Self.corpus)
            _ = try await index.sync()
            try await land(
                ws, ["memory/books.md": "# Books\nReading Piranesi.\n", "memory/car.md": nil, "outputs/new.md": "# New\n## A\none\n## B\ntwo\n"])
            _ = try await index.sync()
            let p = try await ws.propose(
                title: "move", agent: "cli", operations: [.move(from: "memory/health.md", to: "outputs/health.md", overwrite: false)],
                policy: try PathPolicy.outsideTools())
            _ = try await ws.approve(p.number, by: "alice")
            _ = try await index.sync()
            let incremental = try store.memoryChunks()
            let rebuilt = try await index.reindex()
            #expect(try store.memoryChunks() == incremental)
            #expect(rebuilt.chunks == incremental.count && incremental.count > 10)
            #expect(!incremental.contains { $0.path == "memory/car.md" || $0.path == "memory/health.md" })
        }
    }
}

/// An OpenAI-style `/v1/embeddings` server whose vectors put words of one meaning on one axis
/// ("car", "automobile", "vehicle" …), so meaning can find what words cannot.
func conceptServer() async throws -> TestHTTPServer {
    let concepts: [[String]] = [
        ["car", "automobile", "vehicle", "tyres", "oil"], ["food", "recipe", "pancakes", "curry", "cooking"],
        ["money", "budget", "revenue", "dollars"], ["keys", "security", "password", "credentials"],
    ]
    return try await TestHTTPServer.start { req in
        guard req.path == "/v1/embeddings", let input = req.json?["input"] as? [String] else { return .full(status: 404, body: "{}") }
        let data = input.enumerated().map { i, text -> [String: Any] in
            var v = [Double](repeating: 0.01, count: concepts.count + 1)
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
                for (axis, words) in concepts.enumerated() where words.contains(where: { word.hasPrefix($0) }) { v[axis] += 1 }
            }
            return ["object": "embedding", "index": i, "embedding": v]
        }
        let body = try! JSONSerialization.data(withJSONObject: [
            "object": "list", "data": data, "model": "concepts", "usage": ["prompt_tokens": 1, "total_tokens": 1],
        ])
        return .full(status: 200, body: String(decoding: body, as: UTF8.self))
    }
}

@Suite struct MemoryEmbeddingTests {
    @Test func meaningIsFusedWithWords() async throws {
        let server = try await conceptServer()
        defer { Task { await server.stop() } }
        try await withMemory { ws, store, _ in
            try await land(ws, MemorySearchTests.corpus)
            let config = try ModelsConfig.parse(
                "[models.e]\nprovider = \"openai\"\nurl = \"\(server.url)\"\nmodel = \"concepts\"\n[routes]\nembed = [\"e\"]\n")
            let index = MemoryIndex(workspace: ws, store: store, router: ModelRouter(config: config))
            // "automobile" is in no note: words alone find nothing, meaning finds the car note.
            #expect(try await MemoryIndex(workspace: ws, store: store).search("automobile").hits.isEmpty)
            let r = try await index.search("automobile")
            #expect(r.mode == "bm25+embeddings" && r.note == nil)
            #expect(r.hits.first?.path == "memory/car.md", "\(r.hits.map(\.path))")
            #expect(r.hits.allSatisfy { $0.matchedBy == ["meaning"] }, "no note has the word: each hit says it was found by meaning")
            // Every chunk got a vector; a word query still ranks its note first, found both ways.
            #expect(try store.chunksWithoutVectors(model: "e", limit: 10).isEmpty)
            let both = try await index.search("rail pass packing").hits
            #expect(both.first?.path == "memory/trips/japan.md")
            #expect(both.first?.matchedBy == ["words", "meaning"])
            let wordsOnly = try await MemoryIndex(workspace: ws, store: store).search("rail pass packing").hits
            #expect(
                wordsOnly.first?.path == "memory/trips/japan.md" && wordsOnly.allSatisfy { $0.matchedBy == ["words"] }, "\(wordsOnly.map(\.path))")
        }
    }

    @Test func withoutAnEmbeddingModelItSaysSoAndUsesWords() async throws {
        try await withMemory { ws, store, _ in
            try await land(ws, MemorySearchTests.corpus)
            let config = try ModelsConfig.parse(
                "[models.e]\nprovider = \"openai\"\nurl = \"http://127.0.0.1:9\"\nmodel = \"x\"\n[routes]\nembed = [\"e\"]\n")
            let r = try await MemoryIndex(workspace: ws, store: store, router: ModelRouter(config: config)).search("winter tyres")
            #expect(r.mode == "bm25" && r.note?.contains("searching by words only") == true)
            #expect(r.hits.first?.path == "memory/car.md")
        }
    }

    /// Against a real embedding server when one is given (scripts/local-model.sh serves
    /// `/v1/embeddings`): STEWARD_TEST_EMBED_URL=http://127.0.0.1:18080.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["STEWARD_TEST_EMBED_URL"] != nil))
    func aRealEmbeddingServer() async throws {
        let url = ProcessInfo.processInfo.environment["STEWARD_TEST_EMBED_URL"]!
        try await withMemory { ws, store, _ in
            try await land(ws, MemorySearchTests.corpus)
            let config = try ModelsConfig.parse("[models.e]\nprovider = \"openai\"\nurl = \"\(url)\"\nmodel = \"any\"\n[routes]\nembed = [\"e\"]\n")
            let r = try await MemoryIndex(workspace: ws, store: store, router: ModelRouter(config: config)).search("rail pass packing")
            #expect(r.mode == "bm25+embeddings", "\(r.note ?? "")")
            #expect(r.hits.first?.path == "memory/trips/japan.md")
        }
    }
}
