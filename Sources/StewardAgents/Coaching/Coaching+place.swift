import Foundation
import StewardTools

/// Where a change goes, from the task's words: at a file's start ("prepend", "as the first
/// line", "above the items"), or to every file of a folder a description matches ("the .bak
/// files in temp/"). Code puts the text first or finds the files; the model only has to ask.
extension Coaching {
    /// Whether the task adds its text before a file's first line.
    static func prepends(_ task: String) -> Bool {
        let t =
            " " + task.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ") + " "
        return [
            " prepend ", " prepended ", " first line ", " at the top ", " to the top ", " at the start ",
            " at the beginning ",
        ]
        .contains { t.contains($0) } || underTitle(task) || abovePlace(task)
    }

    /// Whether "above" places a text above something the task names ("above the items", "above
    /// everything else", "above \"Dear Mr Hale,\""), and is not a word for what is already there
    /// ("in the same columns as the rows above": fresh15 1603, where a CSV's new last row went
    /// first) nor a measure ("well above her age").
    static func abovePlace(_ task: String) -> Bool {
        let tokens = task.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        return tokens.indices.contains { i in
            let word = tokens[i].trimmingCharacters(in: CharacterSet(charactersIn: "\"'“‘("))
            guard word == "above", i + 1 < tokens.count, i == 0 || !["well", "far", "way"].contains(tokens[i - 1]) else { return false }
            // "… as the rows above." ends there: nothing is named.
            return !(tokens[i].last?.isPunctuation ?? false)
        }
    }

    /// Whether the task puts its text under a file's title: "directly under the title", "just
    /// below the heading of my note", "beneath its header". The title is the first line, so
    /// this is the file's start (`AgentLoop.belowTitle` keeps the title first).
    static func underTitle(_ task: String) -> Bool { beside(task, title: ["under", "below", "beneath", "after", "underneath"]) }

    /// Whether the task puts its text above a file's title: "above the title", "before its
    /// heading", "over the header" (measured: a warning asked "above the heading" went under it).
    static func aboveTitle(_ task: String) -> Bool { beside(task, title: ["above", "before", "over"]) }

    /// Whether one of `words` is followed by a file's title ("the title", "its heading", "the
    /// note's main header").
    static func beside(_ task: String, title words: Set<String>) -> Bool {
        let w = task.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let skipped: Set<String> = ["the", "its", "my", "your", "this", "that", "note", "notes", "file", "s", "main", "top"]
        for (i, x) in w.enumerated() where words.contains(x) {
            var k = i + 1
            while k < w.count && skipped.contains(w[k]) { k += 1 }
            if k < w.count && ["title", "heading", "header", "headline"].contains(w[k]) { return true }
        }
        return false
    }

    /// The files a task deletes by a description: the folder it names and the file ending it
    /// gives (".bak", "*.bak", "files ending in .log") as `folder/*.ext`; nil when it names no
    /// such ending, no folder, or does not delete.
    static func deletePattern(_ task: String, words: [String], paths: [String]) -> String? {
        guard
            words.contains(where: { ["delete", "remove", "clean", "clear", "erase", "rid"].contains($0) }
            ),
            let folder = paths.first(where: isFolder)
        else { return nil }
        let endings = task.split(whereSeparator: { $0.isWhitespace || $0 == "," }).compactMap {
            token -> String? in
            var t = Substring(token)
            while let c = t.last, ".;:!?)\"'`".contains(c) { t.removeLast() }
            while let c = t.first, "(\"'`*".contains(c) { t.removeFirst() }
            guard t.hasPrefix("."), t.count >= 2, t.count <= 8,
                t.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber })
            else { return nil }
            return String(t)
        }
        guard let ending = endings.first, Set(endings).count == 1 else { return nil }
        return (folder.hasSuffix("/") ? folder : folder + "/") + "*" + ending
    }

    /// At most how many sentences the task asks for ("in two sentences", "one or two sentences",
    /// "a one-sentence summary", "two sentences at most"): the largest number before "sentence";
    /// nil when it says none.
    static func sentenceLimit(_ words: [String]) -> Int? {
        let numbers = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a": 1, "single": 1]
        var limit: Int?
        for (i, w) in words.enumerated() where w == "sentence" || w == "sentences" {
            // "one or two sentences": each number just before it.
            for back in words[max(0, i - 3)..<i].reversed() {
                guard let n = numbers[back] ?? Int(back) else {
                    if back == "or" { continue } else { break }
                }
                limit = max(limit ?? 0, n)
            }
        }
        return limit
    }
}
