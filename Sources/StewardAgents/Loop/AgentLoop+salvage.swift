import Foundation
import StewardJSON
import StewardModels
import StewardTools

/// A write stopped as it began repeating itself, of a file the task names: what it wrote
/// before the repeat is written, by code, as the call it was making. Measured on the
/// development part (issue 19): a skill's instructions looped ("Remove any unnecessary …"),
/// were stopped and offered back as the next call's content; the model copied them and looped
/// again, three times, and the task failed. The text before the repeat is what it meant.
extension AgentLoop {
    /// The `write_file` call a stopped, looping `reply` was making: its path (one of
    /// `taskPaths`, written before the content, as constrained output orders it) and its
    /// content up to the repeat; nil for any other tool, another path, or fewer than three words.
    static func salvaged(_ reply: String, tools: [String], taskPaths: [String]) -> ToolCall? {
        guard tools.contains(WriteFile.name), field("name", in: reply) == WriteFile.name,
            let path = field("path", in: reply), taskPaths.contains(path),
            let content = RepeatingText.beforeRepeating(reply).flatMap(Coaching.partialContent)
                ?? Coaching.partialContent(reply).flatMap(Coaching.beforeRepeatedLine),
            Coaching.words(content) >= 3
        else { return nil }
        let arguments = JSONValue.object(["path": .string(path), "content": .string(content)]).jsonText
        return ToolCall(id: "salvaged_1", name: WriteFile.name, arguments: arguments)
    }

    /// The first `"KEY": "VALUE"` of `text` whose value is complete and has no escape.
    static func field(_ key: String, in text: String) -> String? {
        guard let r = text.range(of: #""\#(key)"\s*:\s*"([^"\\]*)""#, options: .regularExpression) else { return nil }
        let match = String(text[r])
        guard let colon = match.firstIndex(of: ":") else { return nil }
        let value = match[match.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return String(value.dropFirst().dropLast())
    }
}
