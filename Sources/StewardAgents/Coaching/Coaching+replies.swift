import Foundation
import StewardJSON
import StewardModels
import StewardTools

/// What a reply that was not a call seems to have meant.
extension Coaching {
    /// A write a small model described instead of calling: a JSON object whose "name" is the
    /// step in words and names one workspace path ("Write a note to memory/a.md about git")
    /// and whose arguments hold the "content". Read as `write_file` of that path.
    static func describedWrite(_ text: String) -> ToolCall? {
        var t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.hasPrefix("```") {
            t = t.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().filter { !$0.hasPrefix("```") }.joined(separator: "\n")
        }
        guard let json = try? JSONValue.parseLenient(t), let name = json["name"]?.string,
            let content = (json["arguments"] ?? json["parameters"])?["content"]?.string
        else { return nil }
        let paths = paths(in: name)
        guard paths.count == 1 else { return nil }
        return ToolCall(
            id: "repaired_1", name: WriteFile.name, arguments: JSONValue.object(["path": .string(paths[0]), "content": .string(content)]).jsonText)
    }

    /// What a reply that was not a call seems to have meant to write: prose as it is, or the
    /// longest string inside JSON the model printed (at most 4,000 bytes).
    static func intendedContent(_ text: String) -> String? {
        var t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty, t.utf8.count <= 4_000 else { return nil }
        if t.hasPrefix("```") {
            // The inside of a fence: drop the opening line and the closing fence.
            t = t.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().filter { !$0.hasPrefix("```") }.joined(separator: "\n")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard t.first == "{" || t.first == "[" else { return t.contains("```") || t.isEmpty ? nil : t }
        func strings(_ v: JSONValue) -> [String] {
            switch v {
            case .string(let s): [s]
            case .array(let a): a.flatMap(strings)
            case .object(let o): o.values.flatMap(strings)
            default: []
            }
        }
        return (try? JSONValue.parseLenient(t)).flatMap { strings($0).filter { $0.count > 20 }.max { $0.count < $1.count } }
    }

    /// The content of a write call cut short (`{"name": "write_file", "arguments": {…,
    /// "content": "…`), unescaped, with a ``` fence around all of it dropped; nil when the text
    /// holds no such content or it is empty.
    static func partialContent(_ text: String) -> String? {
        guard let r = text.range(of: #""content":\s*""#, options: [.regularExpression, .backwards]) else { return nil }
        var s = String(text[r.upperBound...])
        // An escape cut in two ends the text early; a closing quote and the rest of the call go.
        if let end = s.range(of: #"(?<!\\)"\s*\}"#, options: .regularExpression) { s = String(s[..<end.lowerBound]) }
        while s.hasSuffix("\\") && !s.hasSuffix("\\\\") { s.removeLast() }
        guard case .string(let content)? = try? JSONValue.parse("\"" + s + "\"") else { return nil }
        let unfenced = Self.unfenced(content) ?? content
        return unfenced.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : unfenced
    }

    /// The content of a write stopped while looping on lines that count on (measured, a skill's
    /// steps: "3. Remove any empty files or folders.", "4. Remove any empty folders.", "5. Remove
    /// any empty files or folders.", …): up to the first line of 8 letters or more that repeats
    /// an earlier one, its numbers set aside; nil when no line repeats or nothing is before it.
    static func beforeRepeatedLine(_ content: String) -> String? {
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
        var seen: Set<String> = []
        for (i, line) in lines.enumerated() {
            let words = line.filter { !$0.isNumber }.trimmingCharacters(in: .whitespaces)
            guard words.filter(\.isLetter).count >= 8 else { continue }
            if !seen.insert(words).inserted {
                let kept = lines[..<i].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                return kept.isEmpty ? nil : kept + "\n"
            }
        }
        return nil
    }

    /// `text` without a ``` fence around it (the opening line may name a language): what is
    /// inside, up to the fence that closes it; nil when it does not start with a fence, or when
    /// more follows the closing fence than another fence (a file with a code block in it).
    /// Words after the closing fence with no other fence in them are the model's comment, not
    /// the file's, and are dropped when `trailing` is true (a file that is not Markdown) or the
    /// fence says the file is Markdown (```markdown, ```md: a file wrapped whole).
    static func unfenced(_ text: String, trailing: Bool = false) -> String? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.hasPrefix("```"), let firstLine = t.firstIndex(of: "\n") else { return nil }
        let language = t[t.index(t.startIndex, offsetBy: 3)..<firstLine].trimmingCharacters(in: .whitespaces).lowercased()
        var inner = String(t[t.index(after: firstLine)...])
        if let close = inner.range(of: "```") {
            // A model looping on a fenced file opens the next fence at once.
            let after = inner[close.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
            let comment = (trailing || ["markdown", "md"].contains(language)) && !after.contains("```")
            guard after.isEmpty || after.hasPrefix("```") || comment else { return nil }
            inner = String(inner[..<close.lowerBound])
        }
        // A heading cut where the loop came round again ("…\n\n#") is no text.
        var lines = inner.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.allSatisfy({ $0 == "#" || $0 == " " }) { lines.removeLast() }
        let kept = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return kept.isEmpty ? nil : kept + "\n"
    }
}
