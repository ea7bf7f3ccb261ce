import StewardJSON

/// Whole example calls: small models copy examples word for word, so each is a complete,
/// correct call, with the task's own paths where it names some.
extension Coaching {
    /// The content in example calls. Small models copy examples word for word, so a write
    /// of exactly this (or of the edit example's texts) is refused with a clear message.
    public static let placeholder = "<the whole new file>"

    /// At most this much of a read result goes into a suggested write.
    static let suggestedContentLimit = 1_500

    /// Tools whose result is material for the next write.
    static let readingTools: Set<String> = ["list_files", "read_file", "search_files", "search_memory", "fetch_url"]

    /// A whole write_file call, name first (as models print calls).
    static func writeCall(path: String, content: String) -> String {
        "{\"name\": \"write_file\", \"arguments\": " + JSONValue.object(["path": .string(path), "content": .string(content)]).jsonText + "}"
    }

    /// A whole, correct call of `tool`, for corrective messages: small models copy examples.
    /// The paths come from the task when it names some (a small model copies the example,
    /// so it had better be the right call).
    func example(_ tool: String) -> String {
        let first = taskPaths.first, last = taskPaths.last
        let args: [String: JSONValue] = switch tool {
        case "list_files": ["folder": .string(first.map { String($0.prefix { $0 != "/" }) } ?? kind.folders[0])]
        case "read_file", "delete_file": ["path": .string(first ?? "memory/notes.md")]
        case "search_files": ["query": "budget"]
        case "write_file": ["path": .string(last ?? "outputs/notes.md"), "content": .string(Self.placeholder)]
        case "edit_file":
            // "replace apples with pears" in the task gives the example's texts.
            ["path": .string(first ?? "memory/notes.md"), "search": .string(replacement?.0 ?? "<exact text now in the file>"),
             "replace": .string(replacement?.1 ?? "<new text>")]
        case "move_file", "copy_file": ["from": .string(first ?? "memory/old-name.md"), "to": .string(taskPaths.count > 1 ? last! : "memory/new-name.md")]
        case "fetch_url": ["url": "https://en.wikipedia.org/wiki/Git"]
        case "search_memory": ["query": .string(taskWords.filter { $0.count > 3 }.prefix(3).joined(separator: " ").isEmpty ? "notes" : taskWords.filter { $0.count > 3 }.prefix(3).joined(separator: " "))]
        case "use_skill": ["skill": .string(likelySkill ?? "NAME")]
        case "read_skill_file": ["skill": .string(likelySkill ?? "NAME"), "path": "references/guide.md"]
        case "run_skill_script":
            ["skill": .string(likelySkill ?? "NAME"), "script": .string(likelySkill.flatMap { skills.scripts[$0] } ?? "scripts/run.sh"), "args": .array([])]
        default: ["summary": "what you did"]
        }
        // Name first, as models print calls (sorted keys would put "arguments" first).
        return "{\"name\": \"\(tool)\", \"arguments\": \(JSONValue.object(args).jsonText)}"
    }

    /// A whole run_skill_script call for skill `name` (its first script), with `arguments`;
    /// nil when the agent cannot run it.
    func runCall(skill name: String, arguments: [String]) -> String? {
        guard toolNames.contains("run_skill_script"), let script = skills.scripts[name] else { return nil }
        let args: [String: JSONValue] = ["skill": .string(name), "script": .string(script), "args": .array(arguments.map { .string($0) })]
        return "{\"name\": \"run_skill_script\", \"arguments\": \(JSONValue.object(args).jsonText)}"
    }

    /// The arguments of `tool` that name a file it works on (a key the tool does not take,
    /// such as "path" given to list_files, names nothing).
    func pathKeys(of tool: String) -> [String] {
        let props = parameters[tool]?["properties"]?.object ?? [:]
        return ["path", "from", "to"].filter { props[$0] != nil }
    }
}
