import Foundation
import StewardCore

/// Which agent a task goes to, and why (recorded with the task).
public struct AgentChoice: Sendable, Hashable {
    public var kind: AgentKind
    public var reason: String
    public init(kind: AgentKind, reason: String) {
        self.kind = kind
        self.reason = reason
    }
}

/// Cheap rules first: words that point at one agent. `nil` when they do not decide.
///
/// A rule matches the task's own words, whole: "move" is not in "remove", "note" not in the
/// name "thank-you-note", ".js" not in "thermostat.json". Words inside paths and file names
/// ("memory/emails/x.md", "plan copy.md") name things, they ask nothing; a hyphenated compound
/// is a name too. Each entry is one of: a word (also with -s, -es, -d, -ed, -ing: "moved",
/// "notes"), a stem ending in `*` ("summar*": "summary", "summarise"), words in a row ("find
/// out", "unit test"), a file ending (".py": a path or file name that ends so), a link's start.
public enum AgentRules {
    static let words: [AgentKind: [String]] = [
        .code: [
            "skill", "script", "code", "function", "program", "python", "bash", "shell", "swift", "javascript", ".py", ".sh", ".js",
            "refactor", "bug", "compile", "unit test", "regex", "cli tool",
        ],
        .research: [
            "research", "summar*", "find out", "look up", "learn about", "explain", "what is", "what are", "who is", "why", "compare",
            "fetch", "http://", "https://", "article", "note", "report on", "investigate", "remember",
        ],
        .fileops: [
            "rename", "move", "remove", "sort", "organi*", "folder", "convert", "tidy", "clean up", "delete", "copy", "merge the files", "csv to",
            "to csv", "to json", "to markdown", "archive", "dedupe", "duplicate", "reformat",
            // Changing a file in place: the file agent's prompt says how (append_to_file, replace_in_file).
            "append", "add", "replace", "change", "edit", "update", "insert", "instead of", "set", "fix", "correct", "prepend",
        ],
    ]

    /// The agent whose words the task uses most, when one clearly leads; only agents that may
    /// write what the task names as its result count (`writers`). When the words do not decide
    /// and one agent only may write that result, that agent. `files`: the files on `main`
    /// (which paths the task names are new); nil when not known.
    public static func decide(_ task: String, files: [String]? = nil) -> AgentChoice? {
        let words = Words(task)
        let writers = writers(for: task, files: files)
        var hits: [(AgentKind, [String])] = []
        for kind in AgentKind.allCases where writers?.kinds.contains(kind) ?? true {
            let found = (Self.words[kind] ?? []).filter(words.match)
            if !found.isEmpty { hits.append((kind, found)) }
        }
        hits.sort { $0.1.count > $1.1.count }
        if let best = hits.first, hits.count == 1 || best.1.count > hits[1].1.count {
            let said = best.1.prefix(4).map { "\"\($0.replacingOccurrences(of: "*", with: ""))\"" }
            return AgentChoice(
                kind: best.0, reason: "rules: " + said.joined(separator: ", ") + (writers.map { "; \($0.because)" } ?? ""))
        }
        if let writers, writers.kinds.count == 1 {
            return AgentChoice(kind: writers.kinds[0], reason: writers.because)
        }
        return nil
    }

    /// The agents that may write what the task names as its result, and why the others may
    /// not; nil when every agent may (or none may write all of it: then the choice is the
    /// usual one, and the agent's refusal says what it may not write).
    /// The result: the paths the task names that are not on `main` (new files), else every
    /// path it names (a change in place, a move); paths outside every agent's folders are
    /// left out (no agent writes them). With `files` nil every named path counts.
    public static func writers(for task: String, files: [String]?) -> (kinds: [AgentKind], because: String)? {
        let roots = Set(AgentKind.allCases.flatMap(\.folders))
        let named = Coaching.paths(in: task).filter { roots.contains(top($0)) }
        func exists(_ path: String) -> Bool {
            guard let files else { return true }
            let bare = path.hasSuffix("/") ? String(path.dropLast()) : path
            return files.contains { $0 == bare || $0.hasPrefix(bare + "/") }
        }
        let new = named.filter { !exists($0) }
        var result = new.isEmpty ? named : new
        // A new skill is the result, not the files its steps will write ("set up a fuel-log
        // skill … it should add a line to memory/car/fuel-log.csv": routed to an agent that may
        // not write skills/, the skill was never written).
        if Coaching.asksForSkill(task) {
            let skills = named.filter { top($0) == "skills" }
            result = skills.isEmpty ? ["skills/"] : skills
        }
        guard !result.isEmpty else { return nil }
        let kinds = AgentKind.allCases.filter { kind in result.allSatisfy { kind.folders.contains(top($0)) } }
        guard !kinds.isEmpty, kinds.count < AgentKind.allCases.count else { return nil }
        let barred = AgentKind.allCases.filter { !kinds.contains($0) }
        let reasons = barred.map { kind in
            let path = result.first { !kind.folders.contains(top($0)) } ?? ""
            return "the \(kind.rawValue) agent may not write \(path)"
        }
        return (kinds, reasons.joined(separator: ", "))
    }

    /// A path's first folder ("memory" of "memory/a.md").
    static func top(_ path: String) -> String { String(path.prefix { $0 != "/" }) }

    /// The words a task asks with, and the endings of the files and links it names.
    struct Words {
        /// Lowercased words, in order; "" where a path, file name or compound stood (a
        /// phrase never runs across one).
        var words: [String] = []
        /// The endings of the paths and file names it names, with their dot (".json").
        var endings: Set<String> = []
        /// The links it names.
        var links: [String] = []

        init(_ task: String) {
            for raw in task.lowercased().split(whereSeparator: \.isWhitespace) {
                var cut = Substring(raw)
                while let c = cut.last, ".,;:!?)]}\"'`\u{201D}\u{2019}".contains(c) { cut.removeLast() }
                while let c = cut.first, "([{\"'`\u{201C}\u{2018}".contains(c) { cut.removeFirst() }
                let token = String(cut)
                if token.hasPrefix("http://") || token.hasPrefix("https://") {
                    links.append(token)
                    words.append("")
                    continue
                }
                // ".py" on its own: an ending the task names ("a .py file").
                if token.hasPrefix("."), token.count > 1, token.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber }) {
                    endings.insert(token)
                    words.append("")
                    continue
                }
                if token.contains("/") || Coaching.isFileName(token) {
                    let last = token.split(separator: "/").last.map(String.init) ?? token
                    if let dot = last.lastIndex(of: "."), dot != last.startIndex { endings.insert(String(last[dot...])) }
                    words.append("")
                    continue
                }
                for piece in token.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }) {
                    // "thank-you-note", "to-do": a name, not the words it is made of.
                    words.append(piece.contains("-") ? "" : String(piece))
                }
                // A phrase does not run across a comma or a full stop.
                if cut.endIndex != raw.endIndex { words.append("") }
            }
        }

        /// Whether the task says `entry` (see `AgentRules`).
        func match(_ entry: String) -> Bool {
            if entry.hasPrefix(".") { return endings.contains(entry) }
            if entry.hasSuffix("://") { return links.contains { $0.hasPrefix(entry) } }
            if entry.hasSuffix("*") {
                let stem = String(entry.dropLast())
                return words.contains { $0.hasPrefix(stem) }
            }
            let phrase = entry.split(separator: " ").map(String.init)
            guard phrase.count <= words.count else { return false }
            return (0...(words.count - phrase.count)).contains { i in
                phrase.indices.allSatisfy { k in
                    let word = words[i + k]
                    return k == phrase.count - 1 ? Self.form(word, of: phrase[k]) : word == phrase[k]
                }
            }
        }

        /// Whether `word` is `base` or one of its plain forms ("moves", "moved", "moving",
        /// "copies"): not another word that holds it ("remove", "notebook").
        static func form(_ word: String, of base: String) -> Bool {
            if word == base { return true }
            guard word.hasPrefix(base) else {
                // "moving" of "move", "copies"/"copied" of "copy".
                if base.hasSuffix("e"), word == base.dropLast() + "ing" { return true }
                if base.hasSuffix("y"), ["ies", "ied"].contains(where: { word == base.dropLast() + $0 }) { return true }
                return false
            }
            return ["s", "es", "d", "ed", "ing"].contains(String(word.dropFirst(base.count)))
        }
    }
}
