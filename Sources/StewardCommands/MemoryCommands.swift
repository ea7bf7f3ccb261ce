import ArgumentParser
import Foundation
import StewardCore
import StewardMemory
import StewardModels
import StewardSandbox
import StewardStore

struct MemoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory",
        abstract: "Search long-term memory (memory/ and outputs/ on main) by words and, with an embedding model, by meaning.",
        subcommands: [MemorySearch.self, MemoryReindex.self])
}

extension WorkspaceOptions {
    /// The memory index, with the router for embeddings when steward.toml has an `embed` route
    /// (its calls recorded in the shared store, spec 23.2; the index itself is this machine's).
    func memoryIndex() async throws -> MemoryIndex {
        let (ws, store, shared) = try await openWithShared(syncAudit: false)
        return try await WorkspaceServices.load(ws, store: store, shared: shared).memoryIndex()
    }
}

struct MemorySearch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Find notes: file, heading, snippet and score, best first.")
    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "What to look for, in your words.") var query: String
    @Option(help: "How many results.") var limit = 10
    @Flag(help: "Print the results as JSON.") var json = false

    struct Output: Encodable {
        var mode: String
        var note: String?
        var hits: [MemoryHit]
    }

    func validate() throws {
        guard (1...1000).contains(limit) else { throw ValidationError("--limit must be 1 to 1000") }
    }

    func run() async throws {
        let index = try await options.memoryIndex()
        let result = try await index.search(query, limit: limit)
        // Say once (per workspace, until embeddings work again) that search is by words only.
        if let note = result.note, !json, (try? index.store.memoryState("words-only-noted")) != "yes" {
            Terminal.note("note: \(Escape.inline(note)); start a model on the 'embed' route in steward.toml to search by meaning too")
            try? index.store.setMemoryState("words-only-noted", "yes")
        } else if result.note == nil {
            try? index.store.setMemoryState("words-only-noted", "no")
        }
        if json {
            try Terminal.printJSON(Output(mode: result.mode, note: result.note, hits: result.hits))
            return
        }
        if result.hits.isEmpty {
            print("Nothing in memory/ or outputs/ on main matches \"\(Escape.inline(query))\".")
            return
        }
        var rows = [["FILE", "HEADING", "SCORE", "FOUND BY", "SNIPPET"]]
        for h in result.hits {
            let snippet = Escape.inline(h.snippet.replacingOccurrences(of: "\n", with: " "))
            rows.append([
                Escape.inline(h.path), Escape.inline(DisplayWidth.prefix(h.heading, columns: 40)), String(format: "%.3f", h.score),
                h.matchedBy.joined(separator: "+"),
                DisplayWidth.prefix(snippet, columns: 100),
            ])
        }
        print(Terminal.table(rows))
    }
}

struct MemoryReindex: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex", abstract: "Rebuild the memory index from main (it otherwise follows main from git's diff).")
    @OptionGroup var options: WorkspaceOptions

    func run() async throws {
        let index = try await options.memoryIndex()
        let start = Date()
        let r = try await index.reindex()
        print(
            "Indexed \(r.files) file\(r.files == 1 ? "" : "s") in memory/ and outputs/ as \(r.chunks) chunk\(r.chunks == 1 ? "" : "s") at main \(r.commit.prefix(10)) in \(String(format: "%.2f", Date().timeIntervalSince(start))) s."
        )
    }
}
