import Foundation
import StewardCore
import StewardJSON
import StewardSandbox
import StewardTools
import Testing

/// The tools shaped like what people ask: add a line, replace a text, put a file in a folder.
@Suite struct EverydayToolTests {
    @Test func appendKeepsWhatIsThereAndFollowsTheList() async throws {
        try await withWorkspace { ws in
            try await onMain(ws, ["memory/todo.md": "# To do\n- buy stamps\n- water the plants\n", "memory/plain.txt": "no newline at the end"])
            let c = TestContext(ws)
            let a = try await c.call(AppendToFile.self, ["path": "memory/todo.md", "text": "call the bank"])
            #expect(a.ok && a.changed == ["memory/todo.md"] && a.text.hasPrefix("added 1 line(s) at the end of memory/todo.md"))
            #expect(try await text(ws, "memory/todo.md", proposal: 2) == "# To do\n- buy stamps\n- water the plants\n- call the bank\n")
            // A line break is added before text appended to a file that lacks one; a marker given is kept.
            _ = try await c.call(AppendToFile.self, ["path": "memory/plain.txt", "text": "second\n"])
            #expect(try await text(ws, "memory/plain.txt", proposal: 2) == "no newline at the end\nsecond\n")
            // No file yet: it is made.
            _ = try await c.call(AppendToFile.self, ["path": "memory/new.md", "text": "first"])
            #expect(try await text(ws, "memory/new.md", proposal: 2) == "first\n")
            let empty = try await c.call(AppendToFile.self, ["path": "memory/todo.md", "text": " \n"])
            #expect(!empty.ok && empty.text == "error: append_to_file needs the text to add in \"text\"")
        }
    }

    /// A change that would leave a `.json`, `.yaml` or `.toml` file unreadable by its format is
    /// refused and nothing is written, by whichever tool makes it; a file already broken may be
    /// changed, and a valid change goes through.
    @Test func aChangeMayNotBreakAStructuredFile() async throws {
        try await withWorkspace { ws in
            let log = "[\n  {\"route\": \"Pillar\", \"grade\": \"6a\"}\n]\n"
            try await onMain(
                ws,
                [
                    "memory/routes.json": log, "memory/gear.yaml": "rope: 60m\nquickdraws: 12\n", "memory/crag.toml": "name = \"Stanage\"\n",
                    "memory/broken.json": "{\"a\": 1,\n",
                ])
            let c = TestContext(ws)
            let appended = try await c.call(AppendToFile.self, ["path": "memory/routes.json", "text": "6a, 6b"])
            #expect(!appended.ok && appended.changed.isEmpty)
            #expect(appended.text.hasPrefix("error: that would leave memory/routes.json not valid JSON ("), "\(appended.text)")
            #expect(appended.text.hasSuffix("so nothing was changed; it must stay JSON: read it and write it whole with the change made, as JSON"))
            let yaml = try await c.call(AppendToFile.self, ["path": "memory/gear.yaml", "text": "  - bad: [unclosed"])
            #expect(!yaml.ok && yaml.text.contains("not valid YAML"), "\(yaml.text)")
            let toml = try await c.call(ReplaceInFile.self, ["path": "memory/crag.toml", "find": "name = ", "replace": "name "])
            #expect(!toml.ok && toml.text.contains("not valid TOML"), "\(toml.text)")
            let new = try await c.call(WriteFile.self, ["path": "outputs/grades.json", "content": "6a, 6b"])
            #expect(!new.ok && new.text.hasSuffix("a file named .json must hold JSON: write it as JSON"), "\(new.text)")
            // A path no writer may use is refused for that reason, whatever its content.
            await #expect(throws: StewardError.self) { try await c.call(WriteFile.self, ["path": "steward.toml", "content": "x"]) }
            do {
                _ = try await c.call(WriteFile.self, ["path": "steward.toml", "content": "x"])
            } catch let e as StewardError {
                #expect(e.message.contains("written only by the person"), "\(e.message)")
            }
            // Nothing reached a proposal: every change was refused.
            #expect(await c.proposal == nil)
            // A valid change, and one to a file already broken, go through.
            let fixed = try await c.call(AppendToFile.self, ["path": "memory/broken.json", "text": "\"b\": 2}"])
            #expect(fixed.ok)
            let good = try await c.call(
                ReplaceInFile.self, ["path": "memory/routes.json", "find": "\"6a\"", "replace": "\"6a+\""])
            #expect(good.ok)
            #expect(try await text(ws, "memory/routes.json", proposal: await c.proposal) == log.replacingOccurrences(of: "\"6a\"", with: "\"6a+\""))
        }
    }

    @Test func appendedText() {
        #expect(AppendToFile.appended("c", to: "1. a\n2. b\n") == "1. a\n2. b\n3. c\n")
        #expect(AppendToFile.appended("* c", to: "- a\n") == "- a\n* c\n")
        #expect(AppendToFile.appended("two\nlines", to: "- a\n") == "- a\ntwo\nlines\n")
        #expect(AppendToFile.appended("x", to: "") == "x\n")
    }

    /// A pattern replaces in every matching file that holds the text, in one change, counted per file.
    @Test func replaceInEveryFileAPatternMatches() async throws {
        try await withWorkspace { ws in
            try await onMain(
                ws,
                [
                    "memory/projects/alpha.md": "# Alpha\nOwner: Sam\nSam writes.\n", "memory/projects/beta.md": "# Beta\nOwner: Sam\n",
                    "memory/projects/gamma.md": "# Gamma\nOwner: Lee\n", "memory/projects/old/delta.md": "Owner: Sam\n",
                    "memory/projects/notes.txt": "Sam\n",
                ])
            let c = TestContext(ws)
            let r = try await c.call(ReplaceInFile.self, ["path": "memory/projects/*.md", "find": "Sam", "replace": "Priya"])
            #expect(
                r.ok && r.text == "replaced \"Sam\" in 2 file(s): memory/projects/alpha.md (2), memory/projects/beta.md (1)"
                    && r.changed == ["memory/projects/alpha.md", "memory/projects/beta.md"])
            #expect(try await text(ws, "memory/projects/alpha.md", proposal: 2) == "# Alpha\nOwner: Priya\nPriya writes.\n")
            #expect(try await text(ws, "memory/projects/beta.md", proposal: 2) == "# Beta\nOwner: Priya\n")
            // Not below the folder, not another ending, not a file without the text.
            #expect(try await text(ws, "memory/projects/old/delta.md", proposal: 2) == "Owner: Sam\n")
            #expect(try await text(ws, "memory/projects/notes.txt", proposal: 2) == "Sam\n")
            #expect(try await text(ws, "memory/projects/gamma.md", proposal: 2) == "# Gamma\nOwner: Lee\n")
            let none = try await c.call(ReplaceInFile.self, ["path": "memory/projects/*.md", "find": "Zoe", "replace": "Ann"])
            #expect(
                !none.ok
                    && none.text
                        == "error: \"Zoe\" is in none of the 3 file(s) matching memory/projects/*.md (memory/projects/alpha.md, memory/projects/beta.md, memory/projects/gamma.md); read_file one to see its exact text"
            )
            let nothing = try await c.call(ReplaceInFile.self, ["path": "memory/projects/*.csv", "find": "Sam", "replace": "Ann"])
            #expect(!nothing.ok && nothing.text.hasPrefix("error: no file in memory/projects/ matches memory/projects/*.csv"))
            let folders = try await c.call(ReplaceInFile.self, ["path": "memory/*/alpha.md", "find": "Sam", "replace": "Ann"])
            #expect(!folders.ok && folders.text.hasPrefix("error: replace_in_file: a pattern matches file names in one folder"))
            // Outside what the agent may write: refused by the sandbox, nothing changed.
            await #expect(throws: (any Error).self) {
                _ = try await c.call(ReplaceInFile.self, ["path": "../*.md", "find": "Sam", "replace": "Ann"])
            }
        }
    }

    @Test func anItemIsALineWithoutItsListMarker() {
        #expect(AppendToFile.item("- call the bank") == "call the bank")
        #expect(AppendToFile.item("12. call the bank") == "call the bank")
        #expect(AppendToFile.item("call the bank") == "call the bank")
        #expect(AppendToFile.item("-not a marker") == "-not a marker")
    }

    @Test func replaceEveryOccurrenceOrShowTheLines() async throws {
        try await withWorkspace { ws in
            try await onMain(ws, ["memory/alpha.md": "# Alpha\nOwner: Sam\nSam writes.\n"])
            let c = TestContext(ws)
            let r = try await c.call(ReplaceInFile.self, ["path": "memory/alpha.md", "find": "Sam", "replace": "Priya"])
            #expect(r.ok && r.text == "replaced 2 occurrence(s) in memory/alpha.md" && r.changed == ["memory/alpha.md"])
            #expect(try await text(ws, "memory/alpha.md", proposal: 2) == "# Alpha\nOwner: Priya\nPriya writes.\n")
            let missing = try await c.call(ReplaceInFile.self, ["path": "memory/alpha.md", "find": "owner = Sam", "replace": "x"])
            #expect(
                !missing.ok
                    && missing.text
                        == "error: \"owner = Sam\" is not in memory/alpha.md; use the exact text of one of its lines:\n1: # Alpha\n2: Owner: Priya\n3: Priya writes.\n4: "
            )
            let same = try await c.call(ReplaceInFile.self, ["path": "memory/alpha.md", "find": "Alpha", "replace": "Alpha"])
            #expect(!same.ok)
            #expect(ReplaceInFile.plannedChanges(of: ["path": "memory/a.md", "find": "a", "replace": "b"]) == [.write(path: "memory/a.md")])
            #expect(AppendToFile.plannedChanges(of: ["path": "memory/a.md", "text": "a"]) == [.write(path: "memory/a.md")])
        }
    }

    @Test func aDestinationEndingInASlashIsAFolder() async throws {
        try await withWorkspace { ws in
            try await onMain(ws, ["memory/inbox/march.txt": "March\n", "memory/archive/feb.txt": "Feb\n"])
            let c = TestContext(ws)
            #expect(
                MoveFile.plannedChanges(of: ["from": "memory/inbox/march.txt", "to": "memory/archive/"])
                    == [.move(from: "memory/inbox/march.txt", to: "memory/archive/march.txt")])
            #expect(
                CopyFile.plannedChanges(of: ["from": "memory/inbox/march.txt", "to": "outputs/"]) == [.write(path: "outputs/march.txt")])
            // A folder named without the slash: refused with the call that puts the file in it.
            let bare = try await c.call(MoveFile.self, ["from": "memory/inbox/march.txt", "to": "memory/archive"])
            #expect(
                !bare.ok
                    && bare.text
                        == #"error: memory/archive is a folder; to put the file in it, call {"name": "move_file", "arguments": {"from":"memory/inbox/march.txt","to":"memory/archive/march.txt"}}"#
            )
            let m = try await c.call(MoveFile.self, ["from": "memory/inbox/march.txt", "to": "memory/archive/"])
            #expect(m.ok && m.text == "moved memory/inbox/march.txt to memory/archive/march.txt")
            #expect(try await text(ws, "memory/archive/march.txt", proposal: 2) == "March\n")
            let copy = try await c.call(CopyFile.self, ["from": "memory/archive/feb.txt", "to": "outputs/"])
            #expect(copy.ok && copy.changed == ["outputs/feb.txt"])
        }
    }

    @Test func convertACSVToATableAndAListToJSON() async throws {
        try await withWorkspace { ws in
            try await onMain(ws, ["temp/s.csv": "name,points\nMia,12\n\"Lee, Jo\",9\n", "memory/l.md": "# L\n- tea\n2. rice\n"])
            let c = TestContext(ws)
            let t = try await c.call(ConvertFile.self, ["from": "temp/s.csv", "to": "outputs/s.md"])
            #expect(t.ok && t.changed == ["outputs/s.md"])
            #expect(try await text(ws, "outputs/s.md", proposal: 2) == "| name | points |\n|---|---|\n| Mia | 12 |\n| Lee, Jo | 9 |\n")
            _ = try await c.call(ConvertFile.self, ["from": "memory/l.md", "to": "outputs/l.json"])
            #expect(try await text(ws, "outputs/l.json", proposal: 2) == "[\"tea\",\"rice\"]\n")
            let other = try await c.call(ConvertFile.self, ["from": "memory/l.md", "to": "outputs/l.txt"])
            #expect(!other.ok && other.text.contains("converts .csv to .md"))
            #expect(ConvertFile.plannedChanges(of: ["from": "temp/s.csv", "to": "outputs/s.md"]) == [.write(path: "outputs/s.md")])
        }
    }

    /// The first table of a Markdown file as CSV: the header row first, cells trimmed, a cell
    /// with a comma or a quote quoted (RFC 4180), the table ending at its first line without a `|`.
    @Test func convertAMarkdownTableToCSV() async throws {
        let plants = """
            # Watering

            Checked in May.

            | plant | water every | note |
            |---|:---:|---|
            | basil |  2 days | sun, warm |
            | cactus | 3 weeks | the "easy" one |
            | fern | 4 days |
            | a \\| b | x | y |

            | not | this |
            |---|---|
            | second | table |

            """
        try await withWorkspace { ws in
            try await onMain(ws, ["memory/plants.md": plants, "memory/l.md": "# L\n- tea | milk\n- rice\n"])
            let c = TestContext(ws)
            let r = try await c.call(ConvertFile.self, ["from": "memory/plants.md", "to": "outputs/plants.csv"])
            #expect(r.ok && r.changed == ["outputs/plants.csv"] && r.text.hasPrefix("converted memory/plants.md to outputs/plants.csv:\nplant,"))
            #expect(
                try await text(ws, "outputs/plants.csv", proposal: 2)
                    == "plant,water every,note\nbasil,2 days,\"sun, warm\"\ncactus,3 weeks,\"the \"\"easy\"\" one\"\nfern,4 days,\na | b,x,y\n")
            let none = try await c.call(ConvertFile.self, ["from": "memory/l.md", "to": "outputs/l.csv"])
            #expect(
                !none.ok
                    && none.text
                        == "error: memory/l.md has no Markdown table (a header line like | a | b |, then |---|---|), so there is nothing to write as CSV; a Markdown list converts with \"columns\" (the header's names, comma-separated), else read the file and use write_file"
            )
            let other = try await c.call(ConvertFile.self, ["from": "memory/l.md", "to": "outputs/l.xml"])
            #expect(
                !other.ok
                    && other.text.contains(
                        ".json records to .csv or .md, and a .vcf of contacts, a .txt of \"key: value\" blocks, an .ini of [sections], .yaml records, a .toml array of tables or a .log of key=value lines to .csv, .md or .json, and any of those records to a .yaml list, not .md to .xml; for anything else, use write_file"
                    ))
            let list = try await c.call(ConvertFile.self, ["from": "memory/l.md", "to": "outputs/l.yaml"])
            #expect(!list.ok && list.text.hasPrefix("error: memory/l.md has no records convert_file reads"), "\(list.text)")
            #expect(ConvertFile.converts("memory/plants.md", "outputs/plants.csv") && !ConvertFile.converts("a.csv", "b.xml"))
        }
    }

    /// Records as a YAML list of mappings: a CSV's rows (a quoted comma kept in its cell), each
    /// cell plain when YAML reads it as written, else quoted, and read back as the same rows.
    @Test func convertCSVRecordsToAYAMLList() async throws {
        let csv = "payee,amount,day,ref\nCouncil tax,164.00,1,CT-1\n\"Fenwick, Hale & Co\",40.00,28,007\nYes Energy,21.75,3,\n"
        try await withWorkspace { ws in
            try await onMain(ws, ["memory/debits.csv": csv])
            let c = TestContext(ws)
            let r = try await c.call(ConvertFile.self, ["from": "memory/debits.csv", "to": "outputs/debits.yaml"])
            #expect(r.ok && r.changed == ["outputs/debits.yaml"], "\(r.text)")
            let yaml = try await text(ws, "outputs/debits.yaml", proposal: 2)
            #expect(
                yaml
                    == "- payee: Council tax\n  amount: 164.00\n  day: 1\n  ref: CT-1\n- payee: \"Fenwick, Hale & Co\"\n  amount: 40.00\n  day: 28\n  ref: \"007\"\n- payee: Yes Energy\n  amount: 21.75\n  day: 3\n  ref: \"\"\n"
            )
            #expect(ConvertFile.rows(yaml: yaml) == ConvertFile.rows(csv: csv))
            #expect(ConvertFile.converts("a.csv", "b.yaml") && ConvertFile.converts("a.json", "b.yml"))
        }
    }

    /// Records between JSON, CSV and a Markdown table: the columns in the order the JSON file
    /// writes its keys (not sorted), a missing key an empty cell, a number or a nested value as
    /// its JSON; CSV rows to JSON objects keyed by the header, a number only when it writes back
    /// as the same text; a table with no list to its rows. Not records: a clear refusal.
    @Test func convertRecordsBetweenJSONCSVAndATable() async throws {
        let contacts = """
            [
              {"name": "Ines Moreau", "phone": "+33 6 12 34 56 78", "city": "Lyon"},
              {"name": "Karl Berg", "phone": "+49 151", "city": "Bremen, DE", "age": 41},
              {"city": "Leeds", "name": "Ada \\"Di\\" Okafor", "tags": ["a"], "phone": null}
            ]

            """
        try await withWorkspace { ws in
            try await onMain(
                ws,
                [
                    "memory/contacts.json": contacts, "memory/list.json": "[\"tea\", \"rice\"]\n",
                    "memory/one.json": "{\"zeta\": 1, \"alpha\": true}\n",
                    "memory/s.csv": "name,points,code\nMia,12,007\n\"Lee, Jo\",9.5,\n", "memory/t.md": "# T\n\n| a | b |\n|---|---|\n| x | 2 |\n",
                ])
            let c = TestContext(ws)
            let r = try await c.call(ConvertFile.self, ["from": "memory/contacts.json", "to": "outputs/contacts.csv"])
            #expect(r.ok && r.changed == ["outputs/contacts.csv"])
            #expect(
                try await text(ws, "outputs/contacts.csv", proposal: 2)
                    == "name,phone,city,age,tags\nInes Moreau,+33 6 12 34 56 78,Lyon,,\nKarl Berg,+49 151,\"Bremen, DE\",41,\n\"Ada \"\"Di\"\" Okafor\",,Leeds,,\"[\"\"a\"\"]\"\n"
            )
            _ = try await c.call(ConvertFile.self, ["from": "memory/one.json", "to": "outputs/one.md"])
            #expect(try await text(ws, "outputs/one.md", proposal: 2) == "| zeta | alpha |\n|---|---|\n| 1 | true |\n")
            _ = try await c.call(ConvertFile.self, ["from": "memory/s.csv", "to": "outputs/s.json"])
            let json = try await text(ws, "outputs/s.json", proposal: 2)
            #expect(
                json
                    == "[\n  {\n    \"name\": \"Mia\",\n    \"points\": 12,\n    \"code\": \"007\"\n  },\n  {\n    \"name\": \"Lee, Jo\",\n    \"points\": 9.5,\n    \"code\": \"\"\n  }\n]\n"
            )
            #expect(try JSONValue.parse(json).array?.count == 2)
            _ = try await c.call(ConvertFile.self, ["from": "memory/t.md", "to": "outputs/t.json"])
            #expect(try await text(ws, "outputs/t.json", proposal: 2) == "[\n  {\n    \"a\": \"x\",\n    \"b\": 2\n  }\n]\n")
            let plain = try await c.call(ConvertFile.self, ["from": "memory/list.json", "to": "outputs/list.csv"])
            #expect(
                !plain.ok
                    && plain.text
                        == "error: memory/list.json is not JSON records (an array of objects, or one object), so there are no rows to write; read the file and use write_file"
            )
            #expect(ConvertFile.converts("a.json", "b.csv") && ConvertFile.converts("a.csv", "b.json") && !ConvertFile.converts("a.json", "b.txt"))
            // Keys in the order of the text, one pass; a value holding a quote and a colon is no key.
            #expect(ConvertFile.rows(json: #"{"zeta": "x\": y", "al\"pha": 1}"#) == [["zeta", "al\"pha"], ["x\": y", "1"]])
            // An object whose one array of objects holds the records: those are the rows.
            let club = #"{"club": "Ely RFC", "year": 2027, "games": [{"date": "2027-01-09", "vs": "Bury"}, {"date": "2027-01-16", "vs": "March"}]}"#
            #expect(ConvertFile.rows(json: club) == [["date", "vs"], ["2027-01-09", "Bury"], ["2027-01-16", "March"]])
            let two = #"{"a": [{"x": 1}], "b": [{"y": 2}]}"#
            #expect(ConvertFile.rows(json: two) == [["a", "b"], [#"[{"x":1}]"#, #"[{"y":2}]"#]], "two arrays: one record")
        }
    }

    /// A vCard export's contacts are records: one row a card, the columns the properties some
    /// card has (in a set order, named as people say them), folded lines unfolded, two phone
    /// numbers one cell, a card without `FN` named from `N`, escapes undone.
    @Test func convertAVCardExportToCSVATableOrJSON() async throws {
        let vcf = [
            "BEGIN:VCARD", "VERSION:3.0", "N:Moreau;Ines;;;", "FN:Ines Moreau", "TEL;TYPE=CELL:+33 6 12 34 56 78", "TEL;TYPE=HOME:04 78 00 00 00",
            "EMAIL:ines@example.org", "NOTE:met at the choir\\, Lyon", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "N:Berg;Karl;;;",
            "item1.EMAIL;type=INTERNET:karl@example", " .net", "ADR;TYPE=HOME:;;Hauptstr. 1;Bremen;;28195;DE", "END:VCARD", "",
        ].joined(separator: "\r\n")
        try await withWorkspace { ws in
            try await onMain(ws, ["memory/contacts.vcf": vcf, "memory/empty.vcf": "no cards here\n"])
            let c = TestContext(ws)
            let r = try await c.call(ConvertFile.self, ["from": "memory/contacts.vcf", "to": "outputs/contacts.csv"])
            #expect(r.ok && r.changed == ["outputs/contacts.csv"])
            #expect(
                try await text(ws, "outputs/contacts.csv", proposal: 2)
                    == "name,phone,email,address,note\nInes Moreau,+33 6 12 34 56 78; 04 78 00 00 00,ines@example.org,,\"met at the choir, Lyon\"\nKarl Berg,,karl@example.net,\"Hauptstr. 1, Bremen, 28195, DE\",\n"
            )
            _ = try await c.call(ConvertFile.self, ["from": "memory/contacts.vcf", "to": "outputs/contacts.json"])
            #expect(try JSONValue.parse(try await text(ws, "outputs/contacts.json", proposal: 2)).array?.count == 2)
            let none = try await c.call(ConvertFile.self, ["from": "memory/empty.vcf", "to": "outputs/none.md"])
            #expect(!none.ok && none.text.hasPrefix("error: memory/empty.vcf has no vCard (BEGIN:VCARD … END:VCARD)"))
            #expect(ConvertFile.converts("a.vcf", "b.csv") && !ConvertFile.converts("a.csv", "b.vcf"))
        }
    }

    /// A list of "name: value" items is one JSON object (keys in the list's order, a number
    /// only when it writes back as the same text); any other list stays an array of strings.
    @Test func convertANameValueListToOneJSONObject() async throws {
        let bike =
            "# My bike\n- Make: Trek\n- Colour: blue\n- Size: 54 cm\n- Year: 2019\n- Price: 450.50\n- Weight: 9.5\n- **Frame:** aluminium\n- Bought: 12:30, 3 May\n- Notes:\n"
        try await withWorkspace { ws in
            try await onMain(ws, ["memory/bike.md": bike])
            let c = TestContext(ws)
            let r = try await c.call(ConvertFile.self, ["from": "memory/bike.md", "to": "outputs/bike.json"])
            #expect(r.ok && r.changed == ["outputs/bike.json"])
            let written = try await text(ws, "outputs/bike.json", proposal: 2)
            #expect(
                written
                    == "{\n  \"Make\": \"Trek\",\n  \"Colour\": \"blue\",\n  \"Size\": \"54 cm\",\n  \"Year\": 2019,\n  \"Price\": \"450.50\",\n  \"Weight\": 9.5,\n  \"Frame\": \"aluminium\",\n  \"Bought\": \"12:30, 3 May\",\n  \"Notes\": \"\"\n}\n"
            )
            #expect(try JSONValue.parse(written)["Year"] == .number(2019))
        }
        // Not every item a pair, a name twice, a time or a link: the array of the items.
        #expect(ConvertFile.json(items: ["tea", "Note: decaf"]) == "[\"tea\",\"Note: decaf\"]\n")
        #expect(ConvertFile.json(items: ["Ann: 3", "Ann: 4"]) == "[\"Ann: 3\",\"Ann: 4\"]\n")
        #expect(ConvertFile.json(items: ["10:30 call Ann", "https://example.org"]) == "[\"10:30 call Ann\",\"https://example.org\"]\n")
        #expect(ConvertFile.json(items: []) == "[]\n")
        #expect(
            ConvertFile.json(items: ["Code: 007", "Count: -3", "Big: 1,200"])
                == "{\n  \"Code\": \"007\",\n  \"Count\": -3,\n  \"Big\": \"1,200\"\n}\n")
        // values "lists": each value the array of its parts, one part an array of one.
        #expect(
            ConvertFile.json(items: ["Front door: Mrs Patel, Tom and Jess", "Shed: Mum", "Gate: 2; 3"], lists: true)
                == "{\n  \"Front door\": [\"Mrs Patel\",\"Tom\",\"Jess\"],\n  \"Shed\": [\"Mum\"],\n  \"Gate\": [2,3]\n}\n")
    }

    /// A folder's file names (only one ending, when given) written one per line, relative to
    /// the folder; the list's own file is not in it.
    @Test func saveTheNamesOfAFoldersFilesOfOneEnding() async throws {
        try await withWorkspace { ws in
            try await onMain(
                ws,
                [
                    "memory/data/a.csv": "a\n", "memory/data/B.CSV": "b\n", "memory/data/notes.txt": "n\n", "memory/data/2025/c.csv": "c\n",
                    "memory/data-old/d.csv": "d\n", "memory/readme.md": "# Notes\n",
                ])
            let c = TestContext(ws)
            let r = try await c.call(SaveFileList.self, ["folder": "memory/data/", "ending": "csv", "to": "outputs/csvs.md"])
            #expect(r.ok && r.changed == ["outputs/csvs.md"])
            #expect(r.text == "wrote the names of the 3 .csv file(s) in memory/data/ to outputs/csvs.md:\n2025/c.csv\nB.CSV\na.csv")
            #expect(try await text(ws, "outputs/csvs.md", proposal: 2) == "- 2025/c.csv\n- B.CSV\n- a.csv\n")
            _ = try await c.call(SaveFileList.self, ["folder": "memory/data", "to": "outputs/all.txt"])
            #expect(try await text(ws, "outputs/all.txt", proposal: 2) == "2025/c.csv\nB.CSV\na.csv\nnotes.txt\n")
            // Listing the folder the list goes to (the workspace seeds outputs/README.md): the list itself is left out.
            _ = try await c.call(SaveFileList.self, ["folder": "outputs", "ending": "", "to": "outputs/all.txt"])
            #expect(try await text(ws, "outputs/all.txt", proposal: 2) == "README.md\ncsvs.md\n")
            let pdf = try await c.call(SaveFileList.self, ["folder": "memory/data", "ending": ".pdf", "to": "outputs/pdfs.md"])
            #expect(
                !pdf.ok
                    && pdf.text
                        == "error: none of the 4 file(s) in memory/data/ ends in .pdf (they end in .csv, .txt); nothing was written. list_files shows what is there; give another folder or ending"
            )
            let empty = try await c.call(SaveFileList.self, ["folder": "memory/photos", "to": "outputs/photos.md"])
            #expect(
                !empty.ok
                    && empty.text
                        == "error: there are no files in memory/photos/; nothing was written. list_files shows what is there; give another folder or ending"
            )
            #expect(SaveFileList.ending("*.CSV") == ".csv" && SaveFileList.ending(" csv") == ".csv" && SaveFileList.ending(nil) == "")
            #expect(SaveFileList.plannedChanges(of: ["folder": "memory/data", "to": "outputs/l.md"]) == [.write(path: "outputs/l.md")])
        }
    }
}
