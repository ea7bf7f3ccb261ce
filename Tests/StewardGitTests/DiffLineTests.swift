import Foundation
import StewardGit
import Testing

/// A diff's lines carry what they are from libgit2's structure (line origins and file
/// boundaries), so content that looks like diff syntax cannot pass for it.
@Suite("diff lines")
struct DiffLineTests {
    let author = Signature(name: "test", email: "test@localhost", time: 1_700_000_000)

    func tree(_ r: GitRepository, _ files: [String: String]) throws -> ObjectID {
        try r.updateTree(
            try r.emptyTree(), files.map { .init(path: $0.key, entry: TreeEntry(id: try r.writeBlob(Data($0.value.utf8)), mode: .blob)) })
    }

    @Test func contentThatLooksLikeDiffSyntaxKeepsItsKind() throws {
        try withTemporaryDirectory { dir in
            let r = try GitRepository.create(at: dir)
            let old = try tree(r, ["hooks.md": "-- a/hooks/pre-merge\nkeep\n@@ -1 +1 @@\n"])
            let new = try tree(r, ["hooks.md": "++ b/hooks/pre-merge\nkeep\ndiff --git a/x b/x\n", "plain.md": "no newline"])
            let p = try r.patch(from: old, to: new)
            // The same text as git prints, line for line.
            #expect(try git("diff", old.hex, new.hex, in: dir) == p.text)
            #expect(p.lines.map(\.text).joined(separator: "\n") + "\n" == p.text)
            func kind(of text: String) -> DiffLine.Kind? { p.lines.first { $0.text == text }?.kind }
            #expect(kind(of: "+++ b/hooks/pre-merge") == .addition, "an added line reading '++ b/…' is an addition, not a file header")
            #expect(kind(of: "--- a/hooks/pre-merge") == .deletion)
            #expect(kind(of: "-@@ -1 +1 @@") == .deletion)
            #expect(kind(of: "+diff --git a/x b/x") == .addition)
            #expect(kind(of: " keep") == .context)
            #expect(kind(of: "+++ b/hooks.md") == .file && kind(of: "--- a/hooks.md") == .file)
            #expect(kind(of: "diff --git a/plain.md b/plain.md") == .file && kind(of: "new file mode 100644") == .file)
            #expect(kind(of: "+no newline") == .addition)
            #expect(kind(of: "\\ No newline at end of file") == .note)
            #expect(p.lines.filter { $0.kind == .hunk }.count == 2)
            // Exactly the headers git writes are file lines: 4 for the change, 5 for the new file.
            #expect(p.lines.filter { $0.kind == .file }.count == 9, "\(p.lines.filter { $0.kind == .file }.map(\.text))")
            // Bytes that are not UTF-8 show as \xHH, in the text and in the line alike.
            let binary = try r.updateTree(
                try r.emptyTree(), [.init(path: "b.md", entry: TreeEntry(id: try r.writeBlob(Data([0x61, 0xFF, 0xE2, 0x0A])), mode: .blob))])
            let b = try r.patch(from: try r.emptyTree(), to: binary)
            #expect(b.lines.contains(DiffLine(kind: .addition, text: "+a\\xFF\\xE2")) && b.text.contains("\n+a\\xFF\\xE2\n"), "\(b.lines)")
            // Made without text: no lines either.
            #expect(try r.patch(from: old, to: new, withText: false).lines.isEmpty)
        }
    }
}
