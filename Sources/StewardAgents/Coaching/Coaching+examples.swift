import StewardJSON
import StewardTools

/// Whole example calls: small models copy examples word for word, so each is a complete,
/// correct call, with the task's own paths where it names some.
extension Coaching {
    /// The content in example calls. Small models copy examples word for word, so a write
    /// of exactly this (or of the edit example's texts) is refused with a clear message.
    public static let placeholder = "<the whole new file>"

    /// At most this much of a read result goes into a suggested write.
    static let suggestedContentLimit = 1_500

    /// A whole write_file call, name first (as models print calls).
    static func writeCall(path: String, content: String) -> String {
        "{\"name\": \"\(WriteFile.name)\", \"arguments\": "
            + JSONValue.object(["path": .string(path), "content": .string(content)]).jsonText + "}"
    }

    /// A whole, correct call of `tool`, for corrective messages: small models copy examples.
    /// The paths come from the task when it names some (a small model copies the example,
    /// so it had better be the right call).
    func example(_ tool: String, path: String? = nil) -> String {
        // A result made by code: its call with the task's paths and words (`+routed`).
        if tool == routedTool, let call = routedCall { return call }
        // "Add X to A": A is the last path named.
        if tool == ReplaceInFile.name || tool == AppendToFile.name {
            return changeCall(
                tool,
                path: path ?? (tool == AppendToFile.name ? taskPaths.last : taskPaths.first)
                    ?? "memory/notes.md")
        }
        let first = path ?? taskPaths.first
        let last = taskPaths.last
        let args: [String: JSONValue] =
            switch tool {
            // The folder the task names, else the first file's top folder.
            case ListFiles.name:
                [
                    "folder": .string(
                        taskPaths.first(where: Self.isFolder) ?? first.map { String($0.prefix { $0 != "/" }) }
                            ?? kind.folders[0])
                ]
            case ReadFile.name: ["path": .string(first ?? "memory/notes.md")]
            case DeleteFile.name: ["path": .string(deletePattern ?? first ?? "memory/notes.md")]
            case SearchFiles.name: ["query": "budget"]
            case WriteFile.name:
                ["path": .string(last ?? "outputs/notes.md"), "content": .string(Self.placeholder)]
            case MoveFile.name, CopyFile.name, ConvertFile.name:
                // The file the task names is what moves, wherever it names the folder ("the
                // receipts folder (memory/receipts/) … memory/scan.txt"); "into the
                // memory/archive folder": the file keeps its name there.
                fromTo(path)
            case ExtractFromFile.name:
                [
                    "from": .string(first ?? "memory/notes.md"), "what": "emails",
                    "to": .string(taskPaths.count > 1 ? last! : "memory/emails.md"),
                ]
            case WriteScript.name:
                ["path": .string(last ?? "skills/words/scripts/words.py"), "does": "count the words"]
            case FetchURL.name: ["url": "https://en.wikipedia.org/wiki/Git"]
            case SearchMemory.name:
                [
                    "query": .string(
                        taskWords.filter { $0.count > 3 }.prefix(3).joined(separator: " ").isEmpty
                            ? "notes" : taskWords.filter { $0.count > 3 }.prefix(3).joined(separator: " "))
                ]
            case UseSkill.name: ["skill": .string(likelySkill ?? "NAME")]
            case ReadSkillFile.name:
                ["skill": .string(likelySkill ?? "NAME"), "path": "references/guide.md"]
            case RunSkillScript.name:
                [
                    "skill": .string(likelySkill ?? "NAME"),
                    "script": .string(likelySkill.flatMap { skills.scripts[$0] } ?? "scripts/run.sh"),
                    "args": .array([]),
                ]
            default: ["summary": "what you did"]
            }
        // Name first, as models print calls (sorted keys would put "arguments" first).
        return "{\"name\": \"\(tool)\", \"arguments\": \(JSONValue.object(args).jsonText)}"
    }

    /// The arguments of a move, copy or conversion: from `path`, else the first file the task
    /// names (a folder only when it names no file), to the other path it names last (into it,
    /// keeping the name, when that is a folder).
    func fromTo(_ path: String?) -> [String: JSONValue] {
        guard let source = path ?? taskPaths.first(where: { !Self.isFolder($0) }) ?? taskPaths.first else {
            return ["from": "memory/old-name.md", "to": "memory/new-name.md"]
        }
        guard let target = taskPaths.last(where: { $0 != source }) else {
            return ["from": .string(source), "to": "memory/new-name.md"]
        }
        let to =
            Self.isFolder(target) && !Self.isFolder(source)
            ? FileTools.destination(source, target.hasSuffix("/") ? target : target + "/") : target
        return ["from": .string(source), "to": .string(to)]
    }

    /// A whole call of `tool` (`append_to_file` or `replace_in_file`) on `path` with the texts
    /// the task gives ("add X", "replace X with Y"), or placeholders (refused when copied).
    /// `text`, when given, is what to add (the model's own words, when the task does not say).
    func changeCall(_ tool: String, path: String, text: String? = nil) -> String {
        let args: [String: JSONValue] =
            tool == AppendToFile.name
            ? ["path": .string(path), "text": .string(added ?? text ?? Self.addPlaceholder)].merging(
                prepends ? ["at": "start"] : [:]
            ) { a, _ in a }
            : [
                "path": .string(path), "find": .string(replacement?.0 ?? Self.findPlaceholder),
                "replace": .string(replacement?.1 ?? Self.replacePlaceholder),
            ]
        return "{\"name\": \"\(tool)\", \"arguments\": \(JSONValue.object(args).jsonText)}"
    }

    /// The path of a whole example call (`"path":"…"`), if it has one.
    func writeTarget(in call: String) -> String? {
        arguments(in: call)?["path"]?.string
    }

    /// The arguments of a whole example call.
    func arguments(in call: String) -> [String: JSONValue]? {
        guard let r = call.range(of: #""arguments": "#) else { return nil }
        return (try? JSONValue.parse(String(call[r.upperBound...].dropLast())))?.object
    }

    /// The texts of example changes when the task does not say them.
    public static let addPlaceholder = "<the line to add>"
    public static let findPlaceholder = "<exact text now in the file>"
    public static let replacePlaceholder = "<new text>"

    /// A whole run_skill_script call for skill `name` (its first script), with `arguments`;
    /// nil when the agent cannot run it.
    func runCall(skill name: String, arguments: [String]) -> String? {
        guard toolNames.contains(RunSkillScript.name), let script = skills.scripts[name] else {
            return nil
        }
        return RunSkillScript.call(skill: name, script: script, arguments: arguments)
    }

    /// The arguments of `tool` that name a file it works on (a key the tool does not take,
    /// such as "path" given to list_files, names nothing).
    func pathKeys(of tool: String) -> [String] {
        let props = parameters[tool]?["properties"]?.object ?? [:]
        return ["path", "from", "to"].filter { props[$0] != nil }
    }
}
