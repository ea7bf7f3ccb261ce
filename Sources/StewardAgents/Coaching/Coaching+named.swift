import Foundation

/// Files and folders a task names by their words, not their paths ("the school note", "the
/// backup config", "the receipts folder", "with my other receipts"): a small model guesses a
/// path ("receipts/", "school.md") and every step after that goes wrong. The workspace's own
/// names decide, by code: the task the model and the coaching read gets each such path in
/// brackets after the words that name it.
extension Coaching {
    /// Nouns that say the word before them names a file or folder ("the backup config"), as singulars.
    static let fileNouns: Set<String> = [
        "note", "file", "list", "folder", "directory", "config", "configuration", "setting", "document", "sheet", "log",
    ]

    /// `task` with the path of each file or folder of `files` (paths on `main`) it names by
    /// words alone, in brackets after those words (and the noun after them): "in the backup
    /// config (memory/backup.yaml)", "into the receipts folder (memory/receipts/)". A file's
    /// words are its name before the first dot, split at `-` and `_`; a folder's, its last part.
    /// Words match whole, a plural as its singular; a name of three letters or more. Not named: what the task names by path
    /// already (and the folders of those paths), a file whose words all are in the name of a path the task names, a name two files or folders share, a top
    /// folder (`temp`) unless "folder" follows it, README files. `files` are the workspace's;
    /// only those under `memory/`, `outputs/`, `temp/` and `skills/` count.
    public static func withNamedPaths(_ task: String, files: [String]) -> String {
        // A path with spaces written without quotes is that file (`withSpacedPathsQuoted`).
        let task = withSpacedPathsQuoted(task, files: files)
        let named = paths(in: task).map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        // The words of each file's name the task names by path, as singulars.
        let namedWords: [Set<String>] = named.map { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return Set(
                name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " || $0 == "." })
                    .map { singular(String($0)) })
        }
        var candidates: [String: [String]] = [:]  // words joined by " " → paths ("x/" for a folder)
        func add(_ path: String, _ name: String) {
            let words = name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
                .map { singular(String($0)) }
            guard !words.isEmpty,
                words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber } && !$0.isEmpty })
            else { return }
            let key = words.joined(separator: " ")
            // "a", "b", "x": too short to tell a name from a word.
            guard key.count >= 3 else { return }
            if !(candidates[key]?.contains(path) ?? false) { candidates[key, default: []].append(path) }
        }
        let roots: Set<String> = ["memory", "outputs", "temp", "skills"]
        for file in files where roots.contains(String(file.prefix { $0 != "/" })) {
            let parts = file.split(separator: "/").map(String.init)
            if let name = parts.last, !name.lowercased().hasPrefix("readme"),
                let stem = name.split(separator: ".").first
            {
                add(file, String(stem))
            }
            for depth in 1..<parts.count {
                add(parts.prefix(depth).joined(separator: "/") + "/", parts[depth - 1])
            }
        }
        // Each token: its bare word, lowercased, as a singular; "" for a path.
        var tokens = task.components(separatedBy: " ")
        // A possessive is its name ("Biscuit's vaccination record": fresh15 1605).
        let words = tokens.map { t -> String in
            t.contains("/") ? "" : singular(bare(t).lowercased().replacingOccurrences(of: #"['’]s$"#, with: "", options: .regularExpression))
        }
        var inserts: [(at: Int, path: String, length: Int)] = []
        for (key, paths) in candidates where paths.count == 1 {
            let path = paths[0]
            let bareP = path.hasSuffix("/") ? String(path.dropLast()) : path
            // Named by path already, or a folder of a path it names.
            if named.contains(where: { $0 == bareP || $0.hasPrefix(bareP + "/") }) { continue }
            let stem = key.split(separator: " ").map(String.init)
            // Words a path the task names holds too ("the old build log, temp/logs/build-old.log":
            // not temp/logs/build.log): the path given wins over a guess from its words.
            // A folder still counts: "memory/receipt-may.txt into the receipts folder".
            if !path.hasSuffix("/"), namedWords.contains(where: { Set(stem).isSubset(of: $0) }) { continue }
            let top = path.hasSuffix("/") && !bareP.contains("/")
            var found: [Int] = []
            for i in words.indices
            where i + stem.count <= words.count && Array(words[i..<(i + stem.count)]) == stem {
                let next = i + stem.count < words.count ? words[i + stem.count] : ""
                if top && !["folder", "directory"].contains(next) { continue }
                found.append(i + stem.count - 1)
            }
            guard !found.isEmpty else { continue }
            // The words followed by a noun that names a file ("my shopping list", not "# Shopping"), else the last.
            let withNoun = found.first { $0 + 1 < words.count && fileNouns.contains(words[$0 + 1]) }
            let at = withNoun.map { $0 + 1 } ?? found[found.count - 1]
            inserts.append((at, path, stem.count))
        }
        // Words that name one file within words that name another name that other ("Biscuit's
        // vaccination record" is memory/inbox/biscuit-vaccinations.md, not the other cat's
        // vaccinations.md: fresh15 1605, where hers was moved).
        let all = inserts
        inserts.removeAll { a in all.contains { b in b.length > a.length && b.at == a.at } }
        guard !inserts.isEmpty, inserts.count <= 3 else { return task }
        for (at, path, _) in inserts.sorted(by: { ($0.at, $0.path) > ($1.at, $1.path) }) {
            // Before the token's trailing punctuation: "receipts (memory/receipts/)?".
            let token = tokens[at]
            let core = String(token.reversed().drop { ".,;:!?)\"'".contains($0) }.reversed())
            // A path with a space quoted, so it reads as one ("the Jury Service folder
            // ("memory/admin/Jury Service/")": fresh26 2705, read as "memory/admin/Jury").
            let written = path.contains(" ") ? "\"" + path + "\"" : path
            tokens[at] = core + " (\(written))" + token.dropFirst(core.count)
        }
        return tokens.joined(separator: " ")
    }

    /// A word's singular, roughly: a trailing "s" dropped from words of four letters or more
    /// ("receipts", "birthdays", "books"; not "is", "bus").
    static func singular(_ word: String) -> String {
        word.count >= 4 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }
}
