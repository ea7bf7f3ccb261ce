import Foundation
import StewardCore

/// The paths a task names, and its own words (not the words inside those paths): a person
/// names a file by its path ("memory/recipes/soup.md"), or by its bare name and its folder
/// apart ("add soup.md to the memory/recipes folder", "'plan copy.md' in memory/garden"). A
/// small model given only the folder acts on the folder (dev2: moved, deleted, appended to a
/// folder), so code joins the two.
extension Coaching {
    /// The paths `task` names, in order: `folder/name.ext`-like words, trailing punctuation
    /// dropped, and bare file names joined to their folder (`container`). A folder named only to
    /// say where such names are is not named again ("soup.md in memory/recipes" is one path).
    public static func paths(in task: String) -> [String] {
        let tokens = pathTokens(in: task).map(trimmed)
        let named = tokens.map(workspacePath)
        let folders = Array(Set(named.compactMap { $0 }.filter(isFolder).map(withoutSlash)))
        let fileParents = Set(named.compactMap { $0 }.filter { !isFolder($0) }.map(parent))
        var joined: [Int: String] = [:]
        var containers: Set<String> = []
        for (i, token) in tokens.enumerated() where named[i] == nil && isFileName(token) {
            guard let folder = container(of: i, tokens: tokens, named: named, folders: folders, fileParents: fileParents),
                let full = workspacePath(folder + "/" + token)
            else { continue }
            joined[i] = full
            // The folder it is in, or the one named that a folder the task describes is in.
            for f in folders where folder == f || folder.hasPrefix(f + "/") { containers.insert(f) }
        }
        var found: [String] = []
        for i in tokens.indices {
            if let full = joined[i] {
                if !found.contains(full) && !named.contains(full) { found.append(full) }
            } else if let p = named[i], !(isFolder(p) && containers.contains(withoutSlash(p))) {
                found.append(p)
            }
        }
        return found
    }

    /// The folder a bare file name at `i` is in: the folder right after it ("boarding-pass.txt
    /// out of memory/downloads", "ben.md in memory/invitations"); else the one folder the task
    /// names, when it names no file by path; else, for a new name ("rename memory/a/x.txt to
    /// y.txt", "save it as y.txt"), the one folder of the files it names by path.
    static func container(
        of i: Int, tokens: [String], named: [String?], folders: [String], fileParents: Set<String>
    ) -> String? {
        var j = i + 1
        let lower = tokens.map { $0.lowercased() }
        if j < tokens.count, lower[j] == "out" { j += 1 }
        if j < tokens.count, ["in", "from", "of", "inside", "within", "under"].contains(lower[j]) {
            j += 1
            while j < tokens.count, determiners.contains(lower[j]) { j += 1 }
            if j < tokens.count, let p = named[j], isFolder(p) { return withoutSlash(p) }
            if let described = describedFolder(at: j, tokens: tokens, named: named) { return described }
        }
        if folders.count == 1, fileParents.isEmpty { return folders[0] }
        if folders.isEmpty, fileParents.count == 1, i > 0, ["to", "as", "named", "called"].contains(lower[i - 1]) {
            return fileParents.first
        }
        return nil
    }

    /// A folder the task describes at `j`: "house folder under memory", "scripts folder in
    /// memory/" (after "in my", "in the") is `memory/house`, `memory/scripts`: a word, "folder",
    /// then in, under, inside or within a folder it names or an agents' top folder by its bare
    /// name. Nil otherwise.
    static func describedFolder(at j: Int, tokens: [String], named: [String?]) -> String? {
        guard j + 2 < tokens.count, tokens[j + 1].lowercased() == "folder",
            tokens[j].allSatisfy({ $0.isLetter || $0.isNumber || "-_".contains($0) }), !tokens[j].isEmpty
        else { return nil }
        var k = j + 2
        guard ["in", "under", "inside", "within"].contains(tokens[k].lowercased()) else { return nil }
        k += 1
        while k < tokens.count, determiners.contains(tokens[k].lowercased()) { k += 1 }
        guard k < tokens.count else { return nil }
        let root: String
        if let p = named[k], isFolder(p) {
            root = withoutSlash(p)
        } else if ["memory", "outputs", "temp", "skills"].contains(tokens[k].trimmingCharacters(in: .punctuationCharacters)) {
            root = tokens[k].trimmingCharacters(in: .punctuationCharacters)
        } else {
            return nil
        }
        return root + "/" + tokens[j]
    }

    /// The task's own words, lowercased, split at what is not a letter: not the words inside
    /// the paths and file names it names ("memory/emails/insurance.md" asks for no emails).
    static func taskWords(in task: String) -> [String] {
        pathTokens(in: task.lowercased()).flatMap { token -> [String] in
            let t = trimmed(token)
            if t.contains("/") || isFileName(t) { return [] }
            return t.split(whereSeparator: { !$0.isLetter }).map(String.init)
        }
    }

    /// The words of the file names the task names (not of their folders), lowercased: what a
    /// result is called says what it is ("outputs/insurance-summary.md" is a summary), where
    /// a folder's name ("memory/emails/") says nothing of the task.
    static func nameWords(in task: String) -> [String] {
        pathTokens(in: task.lowercased()).flatMap { token -> [String] in
            let t = trimmed(token)
            let name = t.split(separator: "/").last.map(String.init) ?? t
            guard t.contains("/") || isFileName(t), isFileName(name) else { return [] }
            return name.split(whereSeparator: { !$0.isLetter }).map(String.init)
        }
    }

    /// A task split where a path or name may end: at spaces, commas and quotes, except that a
    /// file name in quotes stays whole, spaces and all ("plan copy.md").
    static func pathTokens(in task: String) -> [String] {
        let chars = Array(task)
        let pairs: [Character: Character] = [
            "\"": "\"", "'": "'", "`": "`", "\u{201C}": "\u{201D}", "\u{2018}": "\u{2019}",
        ]
        func splits(_ c: Character) -> Bool {
            c.isWhitespace || c == "," || pairs[c] != nil || pairs.values.contains(c)
        }
        var tokens: [String] = []
        var plain = ""
        func flush() {
            tokens += plain.split(whereSeparator: splits).map(String.init)
            plain = ""
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            // An opening quote starts a word ("it's" holds none); its closing one ends one.
            if let close = pairs[c], i == 0 || chars[i - 1].isWhitespace || chars[i - 1] == "(",
                let j = chars[(i + 1)...].firstIndex(of: close)
            {
                let content = String(chars[(i + 1)..<j]).trimmingCharacters(in: .whitespaces)
                let after = j + 1 < chars.count ? chars[j + 1] : " "
                let name = content.split(separator: "/").last.map(String.init) ?? content
                // A file's name, or a folder's path from a workspace root ("memory/admin/Jury
                // Service": fresh26 2705, moved into "memory/admin/Jury").
                let rooted = ["memory/", "outputs/", "temp/", "skills/"].contains(where: content.hasPrefix) && workspacePath(content) != nil
                if content.contains(" "), !content.contains(where: \.isNewline),
                    after.isWhitespace || ".,;:!?)".contains(after), isFileName(name) || rooted,
                    content.split(separator: " ").count <= 5
                {
                    flush()
                    tokens.append(content)
                    i = j + 1
                    continue
                }
            }
            plain.append(c)
            i += 1
        }
        flush()
        return tokens
    }

    /// A token without the punctuation around it: "(memory/notes.md)" -> "memory/notes.md".
    static func trimmed(_ token: String) -> String {
        var w = token
        while let c = w.last, ".;:!?)".contains(c) { w.removeLast() }
        // "(memory/notes.md)": a path in brackets (`withNamedPaths`).
        if w.hasPrefix("(") { w.removeFirst() }
        return w
    }

    /// `token` as a workspace path, if it is one: relative, with a `/`, not a link. A folder
    /// keeps its last slash as written ("temp/").
    static func workspacePath(_ token: String) -> String? {
        var checked = token
        while checked.hasSuffix("/") { checked.removeLast() }
        // A template ("memory/meetings/<date>.md", "{name}.md") names no file: it says how to name one.
        // Nor does a date or a fraction ("18/10/2026", "12/12", "1/2": fresh18 1903, where a
        // table row's date was refused as the task's path written into the file).
        guard token.contains("/"), !checked.allSatisfy({ $0.isNumber || "/.-".contains($0) }), !token.hasPrefix("/"), !token.contains("://"),
            !checked.isEmpty, !token.contains(where: { "<>{}".contains($0) }),
            (try? PathPolicy.lexical.check(checked)) != nil
        else { return nil }
        return token
    }

    /// Whether `name` is a file's name without a folder: a name, a dot and an ending of two to
    /// five letters or digits that starts with a letter ("soup.md", "plan copy.md",
    /// "IMG_2041.txt"); not "e.g", "3.5" or a web address ("example.com").
    static func isFileName(_ name: String) -> Bool {
        guard !name.contains("/"), let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        let stem = name[..<dot]
        let ending = name[name.index(after: dot)...].lowercased()
        guard (2...5).contains(ending.count), ending.first?.isLetter == true,
            ending.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
            !webEndings.contains(ending)
        else { return false }
        // Brackets inside, as a copy's name has them ("plumber (copy).md", "Scan 2027-03-02 (1).md").
        let opened = stem.filter { $0 == "(" }.count
        return stem.first?.isWhitespace == false && stem.last?.isWhitespace == false
            && (stem.first?.isLetter == true || stem.first?.isNumber == true || opened == 0)
            && stem.contains(where: { $0.isLetter || $0.isNumber })
            && stem.allSatisfy { $0.isLetter || $0.isNumber || "-_. ()".contains($0) }
            && opened == stem.filter { $0 == ")" }.count
    }

    /// Endings of web addresses, not of files.
    static let webEndings: Set<String> = [
        "com", "org", "net", "io", "gov", "edu", "co", "uk", "de", "fr", "eu", "info", "dev", "app", "ai", "us",
    ]

    static func withoutSlash(_ path: String) -> String {
        var p = path
        while p.hasSuffix("/") { p.removeLast() }
        return p
    }

    /// The folder of a file's path ("memory/photos" of "memory/photos/a.txt").
    static func parent(_ path: String) -> String {
        path.split(separator: "/").dropLast().joined(separator: "/")
    }
}
