import Foundation
import StewardJSON
import StewardTools

/// A new note of `Key: value` lines like one the task points to (issue 19, fresh26 2701: "Could
/// you make him a record like Shelly's, basil.txt in memory/pets/tortoises? He's Basil, a
/// Hermann's tortoise, hatched in 2019, weighs 412g …"; asked for the note's lines, the 0.5B
/// model wrote the task's clauses, or "Shelly: 412 grams"). Each key of that note is asked as a
/// property of one form, each answer words of the task; a key the task gives no value for is
/// left out (Shelly's vet is hers).
extension AgentLoop {
    /// The keys of `text`'s `Key: value` lines (a key of a letter, then up to 24 letters, digits
    /// or spaces), in its order, when they are two or more and half its lines at least.
    static func keys(of text: String) -> [String]? {
        let own = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let keys = own.compactMap { $0.wholeMatch(of: #/([A-Za-z][A-Za-z0-9 ]{0,24}):\s.*/#).map { String($0.output.1) } }
        return keys.count >= 2 && keys.count * 2 >= own.count ? keys : nil
    }

    /// The note the new one at `path` is to be like: one the task names by path, else by a
    /// possessive after "like" ("a record like Shelly's") in the new note's folder; with its
    /// text. Nil when there is none, or its lines are not `Key: value` (`keys(of:)`).
    func keyedSample(_ task: String, path: String) async -> (keys: [String], text: String)? {
        for sample in Coaching.paths(in: task) where sample != path && !Coaching.isFolder(sample) {
            if let text = await text(of: sample) { return Self.keys(of: text).map { ($0, text) } }
        }
        guard let name = Self.allMatches(#"\blike ([A-Z][a-z]+)['’]s\b"#, in: task).first?[1].lowercased() else { return nil }
        let near = await workspaceFiles().filter {
            Self.folder(of: $0) == Self.folder(of: path) && Self.lastName($0).lowercased().split(separator: ".").first.map(String.init) == name
        }
        guard near.count == 1, let text = await text(of: near[0]) else { return nil }
        return Self.keys(of: text).map { ($0, text) }
    }

    /// The new note's lines, `key: value` for each key of the sample whose value the task gives
    /// (its words, not the key itself), asked of the model as one form. Nil
    /// when fewer than half the keys get one, or a figure the task gives is in none.
    func keyedRecord(_ sample: (keys: [String], text: String), path: String, task: String, words: String, _ state: inout LoopState) async
        -> [String]?
    {
        let keys = Array(Set(sample.keys)).sorted { sample.keys.firstIndex(of: $0)! < sample.keys.firstIndex(of: $1)! }
        let q = FormQuestion(
            system:
                "You write a new note like the one shown, as the person asks. For each key, write the new note's value with the task's own words, "
                + "or \"\" when the task does not give one. Reply with JSON {"
                + keys.map { JSONValue.string($0).jsonText + ": VALUE" }.joined(separator: ", ")
                + "}.",
            user: "Note like it:\n" + sample.text + "\nTask: " + task,
            schema: FormQuestion.object(keys.map { ($0, .object(["type": "string", "pattern": "^[^|\\n]{0,60}$", "maxLength": .number(60)])) }),
            maxTokens: 24 + 24 * keys.count)
        guard let answer = await form(q, &state) else { return nil }
        let said = Set(Self.words(of: words).map(Self.stem))
        var lines: [String] = []
        for key in keys {
            guard let value = answer[key]?.string?.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",;."))),
                !value.isEmpty, value.lowercased() != key.lowercased(), !value.contains(where: { "!?".contains($0) })
            else { continue }
            let own = Self.words(of: value).map(Self.stem)
            guard !own.isEmpty, own.allSatisfy({ said.contains($0) }) else { continue }
            lines.append(key + ": " + value)
        }
        guard lines.count * 2 >= keys.count else { return nil }
        let given = Self.givenNumbers(in: words)
        guard given.allSatisfy({ n in lines.contains { Self.hasNumber(n, in: $0) } }) else { return nil }
        return lines
    }
}
