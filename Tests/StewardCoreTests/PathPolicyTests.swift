import Foundation
import StewardCore
import Testing

@Suite("Path policy")
struct PathPolicyTests {
    let policy = try! PathPolicy.outsideTools()

    /// (path, a word the refusal must contain)
    static let hostile: [(String, String)] = [
        ("", "empty"),
        ("/etc/passwd", "absolute"),
        ("/memory/a.md", "absolute"),
        ("C:/memory/a.md", "drive-letter"),
        ("c:memory", "drive-letter"),
        ("..", "'..'"),
        ("../memory/a.md", "'..'"),
        ("memory/../../etc/passwd", "'..'"),
        ("memory/..", "'..'"),
        ("memory/./a.md", "'.'"),
        ("./memory/a.md", "'.'"),
        ("memory//a.md", "empty component"),
        ("memory/a.md/", "empty component"),
        ("memory\\a.md", "backslash"),
        ("memory\\..\\..\\x", "backslash"),
        (".git/config", "git's own"),
        ("memory/.git/config", "git's own"),
        ("memory/.GIT/config", "git's own"),
        ("memory/.Git", "git's own"),
        ("memory/.gitattributes", "git's own"),
        ("memory/.gitignore", "git's own"),
        ("memory/.gitmodules", "git's own"),
        ("skills/x/.GitAttributes", "git's own"),
        ("memory/.git.", "git's own"),
        (".steward/steward.db", "Steward's local state"),
        ("memory/.steward", "Steward's local state"),
        ("memory/.STEWARD", "Steward's local state"),
        ("memory/.steward./x", "aliases"),
        ("memory/a\u{0}b", "NUL"),
        ("memory/a\nb.md", "control"),
        ("memory/a\rb.md", "control"),
        ("memory/\u{1b}[31mred.md", "control"),
        ("memory/a\u{7f}.md", "control"),
        ("memory/a\u{85}.md", "control"),
        ("memory/a\tb.md", "control"),
        ("memory/e\u{301}.md", "NFC"),
        ("memory/A\u{30A}.md", "NFC"),
        ("memory/\u{212B}.md", "NFC"),  // ANGSTROM SIGN normalises to U+00C5
        ("memory/" + String(repeating: "a", count: 256), "255"),
        ("memory/" + String(repeating: "é", count: 128), "255"),
        (String(repeating: "memory/", count: 600) + "a", "4096"),
        ("hooks/pre-merge", "only by the person"),
        ("HOOKS/pre-merge", "only by the person"),
        ("prompts/code.md", "only by the person"),
        ("steward.toml", "only by the person"),
        ("Steward.toml", "only by the person"),
        ("README.md", "inside a folder"),
        ("memory", "inside a folder"),
        ("src/main.swift", "may write only in"),
        ("Memory/a.md", "may write only in"),
        ("workspace/memory/a.md", "may write only in"),
        // A combining mark after '/' must not glue components together.
        ("memory/.steward/\u{301}x", "Steward's local state"),
        ("memory/../\u{301}x", "'..'"),
        ("memory/./\u{301}x", "'.'"),
        ("memory//\u{301}x", "empty component"),
        ("memory/git~1/x", "another name for '.git'"),
        ("memory/GIT~1", "another name for '.git'"),
        ("memory/a\u{202E}gpj.exe", "invisible"),
        ("memory/a\u{200B}.md", "invisible"),
        ("memory/\u{FEFF}a.md", "invisible"),
        ("memory/a\u{2028}b", "invisible"),
        ("memory/.g\u{200C}it/config", "invisible"),
        ("memory/\u{3164}.md", "invisible"),
        ("memory/\u{115F}.md", "invisible"),
        ("memory/\u{2800}.md", "invisible"),
        ("memory/a\u{E0041}.md", "invisible"),
        ("memory/a\u{E000}.md", "invisible"),
    ]

    @Test("refuses hostile paths with a message naming the rule", arguments: hostile)
    func refusesHostile(_ path: String, _ rule: String) {
        do {
            _ = try policy.check(path)
            Issue.record("accepted hostile path \(Escape.inline(path))")
        } catch let e as StewardError {
            #expect(e.code == .refused)
            #expect(e.message.contains(rule), "message '\(e.message)' should name '\(rule)'")
            // The message itself must be safe to print.
            #expect(!e.message.unicodeScalars.contains { $0.value < 0x20 })
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    static let accepted = [
        "memory/a.md", "skills/pdf-tools/SKILL.md", "skills/pdf-tools/scripts/run.sh", "temp/x", "outputs/report 2026.txt",
        "memory/é.md", "memory/日本語.md", "memory/.hidden-note.md", "memory/gitnotes.md", "memory/a..b.md", "memory/...",
        "memory/" + String(repeating: "a", count: 255), "outputs/steward.toml", "memory/hooks/x.md",
    ]

    @Test("accepts ordinary paths inside the allowed folders", arguments: accepted)
    func acceptsOrdinary(_ path: String) throws {
        let p = try policy.check(path)
        #expect(Array(p.rawValue.utf8) == Array(path.utf8))
    }

    @Test("narrowed folders refuse the rest, and cannot widen")
    func narrowed() throws {
        let narrow = try PathPolicy.outsideTools(folders: ["memory"])
        _ = try narrow.check("memory/a.md")
        #expect(throws: StewardError.self) { try narrow.check("outputs/a.md") }
        #expect(throws: StewardError.self) { try PathPolicy.outsideTools(folders: ["hooks"]) }
        #expect(throws: StewardError.self) { try PathPolicy.outsideTools(folders: ["prompts"]) }
    }

    @Test("NFC check compares bytes, not Swift's canonical equality")
    func nfcBytes() {
        #expect("e\u{301}" == "é")  // the trap: Swift says these are equal
        #expect(throws: StewardError.self) { try policy.check("memory/e\u{301}") }
        #expect((try? policy.check("memory/é")) != nil)
    }
}

@Suite("Escaping for reviewers")
struct EscapeTests {
    @Test func inlineEscapesControlsAndBidi() {
        #expect(Escape.inline("a\u{1b}[31mb") == "a\\x1b[31mb")
        #expect(Escape.inline("line\nnext") == "line\\x0anext")
        #expect(Escape.inline("abc\u{202E}txt.exe") == "abc\\u{202E}txt.exe")
        #expect(Escape.inline("ok é 日本") == "ok é 日本")
    }

    @Test func blockKeepsNewlinesAndTabs() {
        #expect(Escape.block("a\n\tb\r\n") == "a\n\tb\\x0d\n")
        #expect(Escape.block("x\u{0}y") == "x\\x00y")
    }
}

@Suite("Operations JSON")
struct FileOperationTests {
    func parse(_ json: String) throws -> [FileOperation] { try FileOperation.parseList(Data(json.utf8)) }

    @Test func parsesAllKinds() throws {
        let ops = try parse(
            #"""
            [{"op":"write","path":"memory/a.md","content":"hi"},
             {"op":"write","path":"skills/x/run","base64":"AAEC","executable":true},
             {"op":"delete","path":"temp/x"},
             {"op":"move","from":"temp/a","to":"temp/b","overwrite":true}]
            """#)
        #expect(
            ops == [
                .write(path: "memory/a.md", content: Data("hi".utf8), executable: false),
                .write(path: "skills/x/run", content: Data([0, 1, 2]), executable: true),
                .delete(path: "temp/x"),
                .move(from: "temp/a", to: "temp/b", overwrite: true),
            ])
    }

    static let malformed: [(String, String)] = [
        ("not json", "not valid JSON"),
        (#"{"op":"write"}"#, "JSON list"),
        ("[]", "empty"),
        (#"[{"path":"a"}]"#, "no \"op\""),
        (#"[{"op":"chmod","path":"a"}]"#, "unknown op"),
        (#"[{"op":"write","path":"memory/a"}]"#, "give \"content\""),
        (#"[{"op":"write","path":"memory/a","content":"x","base64":"eA=="}]"#, "exclude each other"),
        (#"[{"op":"write","path":"memory/a","base64":"%%%"}]"#, "not valid base64"),
        (#"[{"op":"write","path":"memory/a","conent":"x"}]"#, "unknown key"),
        (#"[{"op":"write","path":7,"content":"x"}]"#, "must be a string"),
        (#"[{"op":"write","path":"skills/a","content":"x","executable":"yes"}]"#, "true or false"),
        (#"[{"op":"write","path":"skills/a","content":"x","executable":1}]"#, "true or false"),
        (#"[{"op":"move","from":"a"}]"#, "needs \"to\""),
        (#"[{"op":"delete","path":"a"}, 5]"#, "operation 2"),
    ]

    @Test("malformed operations give a usage error that says what is wrong", arguments: malformed)
    func malformedInput(_ json: String, _ expected: String) {
        do {
            _ = try parse(json)
            Issue.record("accepted \(json)")
        } catch let e as StewardError {
            #expect(e.code == .usage)
            #expect(e.message.contains(expected), "'\(e.message)' should contain '\(expected)'")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
