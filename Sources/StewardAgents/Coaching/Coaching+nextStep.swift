import StewardJSON
import StewardTools

/// What to suggest next, given what the conversation did so far, and the examples in the
/// dispatcher's refusals.
extension Coaching {
    /// The call to suggest as the model's next step, as a whole example (small models copy
    /// examples): a write to a path the task names that no call has worked on yet, once
    /// something was read or the task says to write; else the tool the task's first word asks
    /// for; else a listing; `finish` once every file the task names was worked on and
    /// something changed. `content` is what the model seems to have meant to write (its own
    /// prose, or the longest text in a reply that was not a call); `read`, the last result
    /// read, fills a write's example unless the task transforms what it reads.
    func suggestion(touched: Set<String>, changed: [String] = [], content: String? = nil, read: String? = nil) -> String {
        let verb = taskVerbTool
        let files = taskPaths.filter { !$0.hasSuffix("/") }
        // A file the task names (not a folder like "memory/") that no call has worked on yet.
        if let target = files.first(where: { !touched.contains($0) }), !touched.isEmpty || read != nil || verb == WriteFile.name {
            // Small models copy the example whole: with what was just read as its content, a
            // "list X and save it" or "copy" task is one copy away from done. A task that
            // converts or summarises would get a copy, not its result: a placeholder there.
            let fromRead = transformsWhatItReads ? nil : read.map { String($0.prefix(Self.suggestedContentLimit)) }
            return Self.writeCall(path: target, content: content ?? fromRead ?? Self.placeholder)
        }
        if !changed.isEmpty, files.allSatisfy({ touched.contains($0) }) {
            return "{\"name\": \"\(Finish.name)\", \"arguments\": "
                + JSONValue.object(["summary": .string("changed " + changed.prefix(3).joined(separator: ", "))]).jsonText + "}"
        }
        if let verb, toolNames.contains(verb), verb != Finish.name { return example(verb) }
        // A task that names a file ("Convert temp/data.csv into …") starts by reading it.
        if taskPaths.first.map({ !$0.hasSuffix("/") }) == true, toolNames.contains(ReadFile.name), touched.isEmpty && read == nil {
            return example(ReadFile.name)
        }
        return example(ListFiles.name)
    }

    /// The hint after "there is no tool NAME": the tool the model most likely meant (by the
    /// name it invented, else by the task's first word) called as an example, or a next step.
    /// The text in its invented call is likely what it meant to write; `read` is the last
    /// result read.
    func unknownToolHint(_ name: String, arguments: [String: JSONValue], read: String?) -> String {
        let guess = (Self.meant(name) ?? taskVerbTool).flatMap { toolNames.contains($0) ? $0 : nil }
        let text = arguments.values.compactMap(\.string).filter { $0.count > 20 }.max { $0.count < $1.count }
        let call = guess == WriteFile.name ? suggestion(touched: [], content: text) : guess.map(example)
        return call.map { " Did you mean \(guess!)? Call it like \($0)." } ?? " A next step could be \(suggestion(touched: [], read: read))."
    }

    /// The example in the refusal of a call whose arguments do not fit `tool`'s schema. A
    /// write without its content, after a read, writes what was read to the path the model gave.
    func correctedCall(_ tool: String, arguments: [String: JSONValue], read: String?) -> String {
        if tool == WriteFile.name, arguments["content"] == nil, let read, !transformsWhatItReads {
            return Self.writeCall(
                path: arguments["path"]?.string ?? taskPaths.last ?? "outputs/notes.md", content: String(read.prefix(Self.suggestedContentLimit)))
        }
        return example(tool)
    }

    /// The hint after "there is no skill NAME": a whole `tool` call with the skill the task
    /// most likely means, when there is one.
    func unknownSkillHint(tool: String) -> String {
        likelySkill.map { _ in " Call it like \(example(tool))." } ?? ""
    }
}
