import Foundation
import StewardTools

/// One subject's new name and number, on its own line of each file (issue 19, fresh29 3006:
/// "We've moved Mittens to Castle Street Vets (01632 960555). Could you update her vet in
/// mittens.md, sitter.json and emergency.txt?", where the dog's lines name the same old vet; the
/// 0.5B model changed the number alone, or the dog's line). The subject is a capitalised word of
/// the sentence that gives the new number, standing on exactly one line of the file with a
/// number (or the file's own name, "mittens.md", with one such line); on that line the number
/// becomes the new one, and a name ending in the same word as the task's new one ("Hollybank
/// Vets" for "Castle Street Vets") becomes it.
extension AgentLoop {
    static func subjectValues(_ task: String, path: String, in text: String) -> LineEdit? {
        let said = withoutPaths(task)
        let phones = ExtractFromFile.Kind.phoneNumbers
        guard case let new = phones.find(in: said).filter({ !text.contains($0) }), new.count == 1, let phone = new.first,
            let sentence = sentences(said).first(where: { $0.contains(phone) })
        else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let numbered = lines.indices.filter { phones.find(in: lines[$0]).count == 1 }
        let capitals = Set(allMatches(#"\b[A-Z][a-z]{2,}\b"#, in: sentence).map { $0[0] }).filter { !commonWords.contains($0.lowercased()) }
        let name = lastName(path).lowercased()
        var line: Int?
        for word in capitals {
            let holding = numbered.filter { standsAlone(word, in: lines[$0]) }
            if holding.count == 1 {
                guard line == nil || line == holding[0] else { return nil }
                line = holding[0]
            } else if holding.isEmpty, name.hasPrefix(word.lowercased()), numbered.count == 1 {
                line = line ?? numbered[0]
            }
        }
        guard let at = line, let old = phones.find(in: lines[at]).first else { return nil }
        var changed = lines[at].replacingOccurrences(of: old, with: phone)
        // The new name: a run of capitalised words of the sentence whose last word ends a run on
        // the line that is not it.
        for run in allMatches(#"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+"#, in: sentence).map({ $0[0] }) {
            guard let last = run.split(separator: " ").last, !lines[at].contains(run) else { continue }
            let ending = NSRegularExpression.escapedPattern(for: String(last))
            let olds = allMatches(#"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+"# + ending + #"\b"#, in: changed).map { $0[0] }
            if Set(olds).count == 1, let was = olds.first { changed = changed.replacingOccurrences(of: was, with: run) }
        }
        guard occurrences(of: lines[at], in: text) == 1 else { return nil }
        return LineEdit(old: lines[at], new: changed, word: false)
    }
}
