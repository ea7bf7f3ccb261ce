import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import Testing

/// A proposal's diff speaks the sandbox's own values (`ChangedFile`, `PatchLine`), so the CLI
/// and the server need no git types; their JSON is what git's `FileStat` and `DiffLine` wrote
/// (`steward diff --json` and the API's Diff do not change).
@Suite("Proposal diffs are sandbox values")
struct ProposalDiffValueTests {
    static func json<T: Encodable>(_ value: T) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return String(decoding: try e.encode(value), as: UTF8.self)
    }

    @Test func filesAndLinesEncodeAsGitsStatsDid() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            let policy = try PathPolicy.outsideTools()
            let first = try await ws.propose(
                title: "a", agent: "cli",
                operations: [
                    .write(path: "memory/a.md", content: Data("one\ntwo\n".utf8), executable: false),
                    .write(path: "memory/b.md", content: Data("bee\n".utf8), executable: false),
                    .write(path: "skills/t/run.sh", content: Data("#!/bin/sh\n".utf8), executable: false),
                ], policy: policy)
            _ = try await ws.approve(first.number, by: "alice")
            let p = try await ws.propose(
                title: "b", agent: "cli",
                operations: [
                    .write(path: "memory/a.md", content: Data("one\nthree\n".utf8), executable: false),
                    .move(from: "memory/b.md", to: "outputs/b.md", overwrite: false),
                    .write(path: "skills/t/run.sh", content: Data("#!/bin/sh\n".utf8), executable: true),
                    .write(path: "memory/d.md", content: Data("new\n".utf8), executable: false),
                ], policy: policy)
            let d = try await ws.diff(p.number)
            let files: [ChangedFile] = d.files
            let lines: [PatchLine] = d.lines
            // The same numbers and the same JSON as git's own per-file stats and lines.
            let repo = try GitRepository.open(at: ws.root)
            let base = try repo.commitInfo(try #require(ObjectID(hex: d.base))).tree
            let head = try repo.commitInfo(try #require(ObjectID(hex: d.head))).tree
            let git = try repo.patch(from: base, to: head)
            #expect(try Self.json(files) == Self.json(git.files))
            #expect(try Self.json(lines) == Self.json(git.lines))
            let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
            #expect(byPath["memory/a.md"] == ChangedFile(path: "memory/a.md", status: .modified, additions: 1, deletions: 1))
            #expect(byPath["memory/d.md"]?.status == .added)
            #expect(byPath["skills/t/run.sh"]?.oldMode == "100644" && byPath["skills/t/run.sh"]?.newMode == "100755")
            #expect(lines.contains(PatchLine(kind: .addition, text: "+three")))
            #expect(lines.contains { $0.kind == .file })
        }
    }

    /// The CLI and the server import no git module: the sandbox is the boundary.
    @Test func theCLIAndTheServerImportNoGitTypes() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let fm = FileManager.default
        var offenders: [String] = []
        for target in ["StewardCommands", "StewardServer", "steward-mcp", "StewardMCP"] {
            let base = root.appendingPathComponent("Sources/" + target).path
            for rel in try fm.subpathsOfDirectory(atPath: base) where rel.hasSuffix(".swift") {
                let text = try String(contentsOfFile: base + "/" + rel, encoding: .utf8)
                if text.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == "import StewardGit" }) {
                    offenders.append(target + "/" + rel)
                }
            }
        }
        #expect(offenders.isEmpty, "\(offenders) import StewardGit; use the sandbox's values (ChangedFile, PatchLine)")
    }
}
