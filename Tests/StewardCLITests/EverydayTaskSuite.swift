import Foundation

/// The everyday-task suite of issue 19: fourteen intentions, one per kind of task, each worded
/// three ways, judged by what lands in the proposal (content) and by the set of paths it
/// changed (nothing else). Frozen before any tuning of the agent loop.
///
/// The split is fixed by position, not by results: intentions are numbered 1 to 14 in the order
/// below (the issue's order of kinds) and every one whose number leaves 2 when divided by 4
/// (2, 6, 10, 14) is held out. The loop is never tuned on the held-out part.
struct Intention: Sendable {
    enum Wording: String, Sendable { case imperative, request, context }

    var number: Int
    var kind: String
    /// Files committed to main before the task.
    var fixtures: [String: String]
    /// The same intention worded three ways: imperative, a request, a longer sentence with context.
    var wordings: [(Wording, String)]
    /// The agent to run, as the older suite gives it for skills and scripts; nil lets Steward choose.
    var agent: String? = nil
    /// Exactly the paths the proposal may change (added, modified or deleted; renames as both paths).
    var changed: Set<String>
    /// Whether the tree read by `file` (path → content, nil when absent) holds the intention done.
    var check: @Sendable (_ file: (String) -> String?) -> Bool
    /// A hand-made correct result as `steward propose` operations, for the unit test of the check.
    var solution: String

    var heldOut: Bool { number % 4 == 2 }
    var part: String { heldOut ? "heldout" : "dev" }
}

/// The non-empty lines of `text`, trimmed, with a leading list marker (`- `, `* `, `1. `) removed.
func itemLines(_ text: String?) -> [String] {
    (text ?? "").split(separator: "\n").map { line in
        var l = line.trimmingCharacters(in: .whitespaces)
        if let r = l.range(of: #"^([-*+]|\d+[.)])\s+"#, options: .regularExpression) { l.removeSubrange(r) }
        return l
    }.filter { !$0.isEmpty }
}

/// The cells of a Markdown table row, trimmed, or nil when `line` is not a row.
func tableCells(_ line: String) -> [String]? {
    let l = line.trimmingCharacters(in: .whitespaces)
    guard l.hasPrefix("|"), l.hasSuffix("|"), l.count > 1 else { return nil }
    return l.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
}

/// The email addresses in `text`, in order.
func emails(_ text: String) -> [String] {
    let re = try! NSRegularExpression(pattern: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#)
    return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
}

/// `[{"op":"write",…}]` for each (path, content), then the other operations given as JSON.
func ops(writes: [(String, String)] = [], _ others: String...) -> String {
    let w = writes.map {
        String(decoding: try! JSONSerialization.data(withJSONObject: ["op": "write", "path": $0.0, "content": $0.1]), as: UTF8.self)
    }
    return "[" + (w + others).joined(separator: ",") + "]"
}

enum EverydayTaskSuite {
    static let note =
        "# Team meeting, 12 June\nWe looked at the garden project. The budget is 500 euros. Maria will order the seeds by Friday. The next meeting is on 26 June.\n"
    static let fair =
        "# Fair\nMet Tom at the fair (tom.baker@example.org). Ana said to write to ana@example.com about the stall; the office is office@fair.example.net.\n"

    static let intentions: [Intention] = [
        Intention(
            number: 1, kind: "create", fixtures: ["memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "Create memory/packing.md listing passport, charger and socks, one per line"),
                (.request, "Could you make a packing list in memory/packing.md with passport, charger and socks?"),
                (
                    .context,
                    "I leave on a trip tomorrow and keep forgetting things, so please write memory/packing.md listing passport, charger and socks, each on its own line."
                ),
            ], changed: ["memory/packing.md"],
            check: { f in Set(itemLines(f("memory/packing.md")).map { $0.lowercased() }).isSuperset(of: ["passport", "charger", "socks"]) },
            solution: ops(writes: [("memory/packing.md", "- passport\n- charger\n- socks\n")])),
        Intention(
            number: 2, kind: "edit: replace a value", fixtures: ["memory/app.toml": "name = \"shop\"\nport = 8080\ndebug = false\n"],
            wordings: [
                (.imperative, "In memory/app.toml, change the port to 9090"),
                (.request, "Can you set the port in memory/app.toml to 9090 instead of 8080?"),
                (
                    .context,
                    "The app clashes with another service on port 8080, so please update memory/app.toml to use port 9090 and leave the other settings as they are."
                ),
            ], changed: ["memory/app.toml"],
            check: { f in
                itemLines(f("memory/app.toml")).map { $0.replacingOccurrences(of: " ", with: "") } == ["name=\"shop\"", "port=9090", "debug=false"]
            }, solution: ops(writes: [("memory/app.toml", "name = \"shop\"\nport = 9090\ndebug = false\n")])),
        Intention(
            number: 3, kind: "append", fixtures: ["memory/todo.md": "# To do\n- buy stamps\n- water the plants\n"],
            wordings: [
                (.imperative, "Add \"call the bank\" to the end of memory/todo.md"),
                (.request, "Could you append a line saying call the bank to my to-do list in memory/todo.md?"),
                (
                    .context,
                    "I just remembered I have to phone the bank this week; please add call the bank as a new item at the end of memory/todo.md, keeping the items already there."
                ),
            ], changed: ["memory/todo.md"],
            check: { f in
                let l = itemLines(f("memory/todo.md")).map { $0.lowercased() }
                return l.count == 4 && Array(l.prefix(3)) == ["# to do", "buy stamps", "water the plants"] && l[3].contains("call the bank")
            }, solution: ops(writes: [("memory/todo.md", "# To do\n- buy stamps\n- water the plants\n- call the bank\n")])),
        Intention(
            number: 4, kind: "rename", fixtures: ["memory/draft.txt": "Draft letter to the council about the bus stop.\n"],
            wordings: [
                (.imperative, "Rename memory/draft.txt to memory/letter.txt"),
                (.request, "Please rename my draft, memory/draft.txt, to memory/letter.txt."),
                (
                    .context,
                    "The draft about the bus stop is now the letter I will send to the council, so rename memory/draft.txt to memory/letter.txt without changing what it says."
                ),
            ], changed: ["memory/draft.txt", "memory/letter.txt"],
            check: { f in f("memory/letter.txt") == "Draft letter to the council about the bus stop.\n" && f("memory/draft.txt") == nil },
            solution: ops(#"{"op":"move","from":"memory/draft.txt","to":"memory/letter.txt"}"#)),
        Intention(
            number: 5, kind: "move into a folder",
            fixtures: [
                "memory/inbox/invoice-march.txt": "Invoice 1043, March, 120 EUR\n", "memory/inbox/flyer.txt": "Summer fair\n",
                "memory/archive/invoice-feb.txt": "Invoice 1021, February, 95 EUR\n",
            ],
            wordings: [
                (.imperative, "Move memory/inbox/invoice-march.txt into the memory/archive folder"),
                (.request, "Could you put memory/inbox/invoice-march.txt in the memory/archive folder?"),
                (
                    .context,
                    "March's invoice is paid now, so please move memory/inbox/invoice-march.txt into memory/archive/, where February's invoice already is, keeping its name."
                ),
            ], changed: ["memory/inbox/invoice-march.txt", "memory/archive/invoice-march.txt"],
            check: { f in f("memory/archive/invoice-march.txt") == "Invoice 1043, March, 120 EUR\n" && f("memory/inbox/invoice-march.txt") == nil },
            solution: ops(#"{"op":"move","from":"memory/inbox/invoice-march.txt","to":"memory/archive/invoice-march.txt"}"#)),
        Intention(
            number: 6, kind: "copy", fixtures: ["memory/recipes/pancakes.md": "# Pancakes\n- 2 eggs\n- 200 g flour\n- 300 ml milk\n"],
            wordings: [
                (.imperative, "Copy memory/recipes/pancakes.md to outputs/pancakes.md"),
                (.request, "Can you make a copy of memory/recipes/pancakes.md at outputs/pancakes.md?"),
                (
                    .context,
                    "My sister wants my pancake recipe, so please put a copy of memory/recipes/pancakes.md in outputs/pancakes.md and keep the original where it is."
                ),
            ], changed: ["outputs/pancakes.md"],
            check: { f in f("outputs/pancakes.md") == "# Pancakes\n- 2 eggs\n- 200 g flour\n- 300 ml milk\n" && f("memory/recipes/pancakes.md") != nil
            },
            solution: ops(writes: [("outputs/pancakes.md", "# Pancakes\n- 2 eggs\n- 200 g flour\n- 300 ml milk\n")])),
        Intention(
            number: 7, kind: "delete", fixtures: ["temp/logs/build-old.log": "2025 build ok\n", "temp/logs/build.log": "2026 build ok\n"],
            wordings: [
                (.imperative, "Delete temp/logs/build-old.log"),
                (.request, "Please remove the old build log, temp/logs/build-old.log."),
                (
                    .context,
                    "I am tidying the logs folder: temp/logs/build-old.log is from last year and nobody needs it, so delete it but keep temp/logs/build.log."
                ),
            ], changed: ["temp/logs/build-old.log"],
            check: { f in f("temp/logs/build-old.log") == nil && f("temp/logs/build.log") == "2026 build ok\n" },
            solution: ops(#"{"op":"delete","path":"temp/logs/build-old.log"}"#)),
        Intention(
            number: 8, kind: "several files",
            fixtures: [
                "memory/projects/alpha.md": "# Alpha\nOwner: Sam\n", "memory/projects/beta.md": "# Beta\nOwner: Sam\n",
                "memory/projects/gamma.md": "# Gamma\nOwner: Lee\n",
            ],
            wordings: [
                (.imperative, "Change the owner from Sam to Priya in memory/projects/alpha.md and memory/projects/beta.md"),
                (.request, "Could you make Priya the owner in both memory/projects/alpha.md and memory/projects/beta.md instead of Sam?"),
                (
                    .context,
                    "Sam has left the team and Priya takes over his projects, so in memory/projects/alpha.md and memory/projects/beta.md replace Owner: Sam with Owner: Priya; gamma stays with Lee."
                ),
            ], changed: ["memory/projects/alpha.md", "memory/projects/beta.md"],
            check: { f in
                itemLines(f("memory/projects/alpha.md")) == ["# Alpha", "Owner: Priya"]
                    && itemLines(f("memory/projects/beta.md")) == ["# Beta", "Owner: Priya"]
            },
            solution: ops(writes: [("memory/projects/alpha.md", "# Alpha\nOwner: Priya\n"), ("memory/projects/beta.md", "# Beta\nOwner: Priya\n")])),
        Intention(
            number: 9, kind: "summarise", fixtures: ["memory/meeting.md": note],
            wordings: [
                (.imperative, "Summarise memory/meeting.md in one sentence in outputs/summary.md"),
                (.request, "Can you write a one-sentence summary of memory/meeting.md to outputs/summary.md?"),
                (
                    .context,
                    "I missed the team meeting; please read memory/meeting.md and write a short one-sentence summary of it to outputs/summary.md so I can catch up."
                ),
            ], changed: ["outputs/summary.md"],
            check: { f in
                guard let t = f("outputs/summary.md")?.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() else { return false }
                // Shorter than the note's text, on at most two lines, about its facts.
                return t.count >= 15 && t.count < 130 && itemLines(t).count <= 2 && ["garden", "seed", "500", "maria"].contains { t.contains($0) }
            }, solution: ops(writes: [("outputs/summary.md", "Maria orders the seeds for the garden project (budget 500 euros) by Friday.\n")])),
        Intention(
            number: 10, kind: "extract", fixtures: ["memory/fair.md": fair],
            wordings: [
                (.imperative, "Extract the email addresses in memory/fair.md into outputs/emails.md, one per line"),
                (.request, "Could you pull the email addresses out of memory/fair.md and list them in outputs/emails.md?"),
                (
                    .context,
                    "I want to write to everyone I met at the fair, so please find the email addresses in memory/fair.md and save them as a list in outputs/emails.md, one address per line."
                ),
            ], changed: ["outputs/emails.md"],
            check: { f in
                let l = itemLines(f("outputs/emails.md")).filter { $0.contains("@") }
                return Set(l.flatMap(emails)) == ["tom.baker@example.org", "ana@example.com", "office@fair.example.net"] && l.count == 3
            }, solution: ops(writes: [("outputs/emails.md", "- tom.baker@example.org\n- ana@example.com\n- office@fair.example.net\n")])),
        Intention(
            number: 11, kind: "list and save",
            fixtures: [
                "memory/photos/beach.txt": "sand\n", "memory/photos/city.txt": "towers\n", "memory/photos/forest.txt": "trees\n",
                "memory/readme.md": "# Notes\n",
            ],
            wordings: [
                (.imperative, "List the files in memory/photos/ and save the list to outputs/photos.md"),
                (.request, "Can you write the names of the files in the memory/photos folder to outputs/photos.md?"),
                (
                    .context,
                    "I am sorting my pictures and want an index: please list every file in memory/photos/ and save that list, one file per line, in outputs/photos.md."
                ),
            ], changed: ["outputs/photos.md"],
            check: { f in
                let l = itemLines(f("outputs/photos.md"))
                return ["beach.txt", "city.txt", "forest.txt"].allSatisfy { n in l.filter { $0.contains(n) }.count == 1 }
                    && Set(["beach.txt", "city.txt", "forest.txt"].map { n in l.firstIndex { $0.contains(n) } }).count == 3
            }, solution: ops(writes: [("outputs/photos.md", "- memory/photos/beach.txt\n- memory/photos/city.txt\n- memory/photos/forest.txt\n")])),
        Intention(
            number: 12, kind: "convert: CSV to Markdown table", fixtures: ["temp/scores.csv": "player,points\nMia,12\nJon,9\nEve,15\n"],
            wordings: [
                (.imperative, "Convert temp/scores.csv into a Markdown table in outputs/scores.md"),
                (.request, "Could you turn temp/scores.csv into a Markdown table and save it as outputs/scores.md?"),
                (
                    .context,
                    "I want to paste the quiz scores into a document, so please convert temp/scores.csv into a Markdown table, with a header row, in outputs/scores.md."
                ),
            ], changed: ["outputs/scores.md"],
            check: { f in
                let rows = (f("outputs/scores.md") ?? "").split(separator: "\n").compactMap { tableCells(String($0)) }
                guard rows.count == 5, rows[1].count == 2,
                    rows[1].allSatisfy({ $0.range(of: #"^:?-{3,}:?$"#, options: .regularExpression) != nil })
                else { return false }
                return [rows[0]] + rows[2...] == [["player", "points"], ["Mia", "12"], ["Jon", "9"], ["Eve", "15"]]
            }, solution: ops(writes: [("outputs/scores.md", "| player | points |\n|---|---|\n| Mia | 12 |\n| Jon | 9 |\n| Eve | 15 |\n")])),
        Intention(
            number: 13, kind: "write a skill", fixtures: ["skills/README.md": "Skills live here.\n"],
            wordings: [
                (
                    .imperative,
                    "Write a skill in skills/tidy-memory/SKILL.md named tidy-notes, with a description, that explains how to tidy a notes folder"
                ),
                (.request, "Could you create a skill skills/tidy-memory/SKILL.md, name tidy-notes, whose body says how to tidy a notes folder?"),
                (
                    .context,
                    "My notes folder is a mess; please write a skill at skills/tidy-memory/SKILL.md with front matter (name: tidy-notes and a description) and a body explaining how to tidy a notes folder."
                ),
            ], agent: "code", changed: ["skills/tidy-memory/SKILL.md"],
            check: { f in
                guard let t = f("skills/tidy-memory/SKILL.md"), t.hasPrefix("---\n") else { return false }
                let parts = t.components(separatedBy: "\n---\n")
                guard parts.count >= 2 else { return false }
                let front = parts[0].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                let body = parts[1...].joined(separator: "\n---\n").trimmingCharacters(in: .whitespacesAndNewlines)
                return front.contains("name: tidy-notes") && front.contains { $0.hasPrefix("description:") && $0.count > "description: ".count + 5 }
                    && body.count >= 20 && body.lowercased().contains("note")
            },
            solution: ops(writes: [
                (
                    "skills/tidy-memory/SKILL.md",
                    "---\nname: tidy-notes\ndescription: Tidy a notes folder.\n---\nMove old notes to memory/archive and merge duplicates.\n"
                )
            ])),
        Intention(
            number: 14, kind: "write a small script", fixtures: ["skills/README.md": "Small scripts.\n"],
            wordings: [
                (
                    .imperative,
                    "Write a Python script skills/words/scripts/words.py that prints the number of words in the file given as its first argument"
                ),
                (
                    .request,
                    "Can you write skills/words/scripts/words.py, a Python script that counts the words in the file named by its first argument and prints the count?"
                ),
                (
                    .context,
                    "I want to check how long my essays are, so please write a small Python script, skills/words/scripts/words.py, that reads the file given as its first command-line argument and prints how many words it has."
                ),
            ], agent: "code", changed: ["skills/words/scripts/words.py"],
            check: { f in
                guard let t = f("skills/words/scripts/words.py") else { return false }
                return ["argv", "open(", "split(", "len(", "print("].allSatisfy { t.contains($0) }
            },
            solution: ops(writes: [
                ("skills/words/scripts/words.py", "import sys\n\nwith open(sys.argv[1]) as f:\n    print(len(f.read().split()))\n")
            ])),
    ]
}
