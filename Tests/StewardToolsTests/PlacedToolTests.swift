import Foundation
import StewardCore
import StewardJSON
import StewardSandbox
import StewardTools
import Testing

/// Where a change goes, said in one call: every file of a folder a pattern matches
/// (`delete_file` with `temp/*.log`), a text before a file's first line (`append_to_file` with
/// `"at": "start"`). Issue 19: a small model deleted one matching file and stopped, and put a
/// heading asked for at the top at the end.
@Suite struct PlacedToolTests {
    @Test func aPatternDeletesEveryFileOfItsFolderThatMatches() async throws {
        try await withWorkspace { ws in
            try await onMain(
                ws,
                [
                    "temp/cache/a.tmp": "1", "temp/cache/b.tmp": "2", "temp/cache/keep.md": "3",
                    "temp/cache/old/c.tmp": "4",
                    "memory/d.tmp": "5",
                ])
            let c = TestContext(ws)
            let r = try await c.call(DeleteFile.self, ["path": "temp/cache/*.tmp"])
            #expect(r.ok && r.changed == ["temp/cache/a.tmp", "temp/cache/b.tmp"])
            #expect(
                r.text == "deleted 2 file(s) matching temp/cache/*.tmp: temp/cache/a.tmp, temp/cache/b.tmp")
            // Nothing below the folder, nothing elsewhere, nothing else in it.
            let left = try await ws.listFiles(under: "", proposal: 2).map(\.path)
            #expect(
                left.contains("temp/cache/keep.md") && left.contains("temp/cache/old/c.tmp")
                    && left.contains("memory/d.tmp"))
            #expect(!left.contains("temp/cache/a.tmp") && !left.contains("temp/cache/b.tmp"))
            // No match: refused, with the folder's files.
            let none = try await c.call(DeleteFile.self, ["path": "temp/cache/*.log"])
            #expect(
                !none.ok
                    && none.text
                        == "error: no file in temp/cache/ matches temp/cache/*.log; its files: temp/cache/keep.md"
            )
            let folders = try await c.call(DeleteFile.self, ["path": "temp/*/a.tmp"])
            #expect(
                !folders.ok
                    && folders.text.hasPrefix(
                        "error: delete_file: a pattern matches file names in one folder")
            )
            // A plain path is one file, as before.
            let one = try await c.call(DeleteFile.self, ["path": "temp/cache/keep.md"])
            #expect(one.ok && one.changed == ["temp/cache/keep.md"])
        }
        #expect(
            DeleteFile.matches("temp/*.bak", "temp/report.md.bak")
                && DeleteFile.matches("temp/r*t.md", "temp/report.md"))
        #expect(
            !DeleteFile.matches("temp/*.bak", "temp/x/report.md.bak")
                && !DeleteFile.matches("temp/*.bak", "temp/bak"))
        #expect(!DeleteFile.matches("temp/a*a", "temp/a") && DeleteFile.matches("temp/a*a", "temp/aa"))
    }

    @Test func atStartPutsTheTextBeforeTheFirstLine() async throws {
        try await withWorkspace { ws in
            try await onMain(ws, ["memory/list.md": "- tea\n- rice\n"])
            let c = TestContext(ws)
            let r = try await c.call(
                AppendToFile.self, ["path": "memory/list.md", "text": "# Groceries", "at": "start"])
            #expect(
                r.ok
                    && r.text
                        == "added 1 line(s) at the start of memory/list.md; it now begins:\n# Groceries\n- tea\n- rice"
            )
            #expect(try await text(ws, "memory/list.md", proposal: 2) == "# Groceries\n- tea\n- rice\n")
            // At the end, as before; anything else is refused by the schema.
            _ = try await c.call(
                AppendToFile.self, ["path": "memory/list.md", "text": "salt", "at": "end"])
            #expect(
                try await text(ws, "memory/list.md", proposal: 2) == "# Groceries\n- tea\n- rice\n- salt\n")
            let middle = try await c.call(
                AppendToFile.self, ["path": "memory/list.md", "text": "x", "at": "middle"])
            #expect(!middle.ok && middle.text.contains(#"argument "at" must be one of "end", "start""#))
        }
        // A bare line above a bulleted list gets its bullet, as at the end; its own marker, or a
        // heading, stays.
        #expect(AppendToFile.prepended("book the MOT", to: "- wipers\n") == "- book the MOT\n- wipers\n")
        #expect(AppendToFile.prepended("* book the MOT", to: "- wipers\n") == "* book the MOT\n- wipers\n")
        #expect(AppendToFile.prepended("book the MOT", to: "1. wipers\n") == "book the MOT\n1. wipers\n")
        #expect(AppendToFile.prepended("a\nb", to: "- wipers\n") == "a\nb\n- wipers\n")
    }
}
