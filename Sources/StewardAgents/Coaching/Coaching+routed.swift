import Foundation
import StewardJSON
import StewardTools

/// Tasks whose result is made by code, not by the model: pulling the emails (links, dates,
/// phone numbers) of a file into a new one (`extract_from_file`), and a small script that
/// counts, sorts or finds (`write_script`). The task's words select the tool and its
/// arguments; the model only has to call it (measured: a 0.5B model's own extractions and
/// scripts were wrong in 11 of 12 held-out tasks, docs/benchmarks.md).
extension Coaching {
    /// What the task asks to pull out of a file it names into a new file it names, if it does:
    /// it names a kind ("the email addresses", "links", "dates", "phone numbers"), a file on
    /// `main` to read and a new file to write (not a script, and not one that exists: that
    /// would lose what it holds).
    static func extraction(words: [String], paths: [String], existing: Set<String>) -> ExtractFromFile.Kind? {
        let files = paths.filter { !isFolder($0) }
        guard files.count >= 2, let source = files.first, let target = files.last, existing.contains(source), !existing.contains(target),
            ScriptRecipe.language(target) == nil, !words.contains("script")
        else { return nil }
        // "the insurance email" names a message, not addresses to pull out ("the emails", "email addresses").
        let said = words.enumerated().map { i, w in
            ["email", "mail"].contains(w) && !(i + 1 < words.count && words[i + 1].hasPrefix("address")) ? "" : w
        }
        let kinds: [(ExtractFromFile.Kind, Set<String>)] = [
            (.emails, ["email", "emails", "mail", "mails"]), (.links, ["link", "links", "url", "urls", "websites"]),
            (.dates, ["date", "dates", "deadlines"]), (.phoneNumbers, ["phone", "phones", "telephone"]),
        ]
        return kinds.first { _, names in said.contains { names.contains($0) } }?.0
    }

    /// The recipe of a script the task asks for, if it asks for one `write_script` has: the
    /// task says "script" or names a `.py`/`.sh` file, and its words after "script" (else all
    /// of them) ask for a recipe.
    static func scriptRecipe(task: String, words: [String], paths: [String]) -> ScriptRecipe? {
        guard words.contains("script") || words.contains("scripts") || paths.contains(where: { ScriptRecipe.language($0) != nil }) else {
            return nil
        }
        let lower = task.lowercased()
        let after = lower.range(of: "script").map { String(lower[$0.upperBound...]) }
        return after.flatMap(ScriptRecipe.matching) ?? ScriptRecipe.matching(lower)
    }

    /// `tools` without the tools that make a result by code unless the task asks for that
    /// result: offered to every task, a 0.5B model called `write_script` to write a skill
    /// (a `SKILL.md` that explains how to tidy notes; 3 of 3 development tasks lost), and each
    /// tool offered costs prompt tokens on every step.
    static func offered(_ tools: [any Tool.Type], task: String, existing: Set<String>) -> [any Tool.Type] {
        let words = Self.taskWords(in: task) + Self.nameWords(in: task)
        let named = Self.paths(in: task)
        let extracts = Self.extraction(words: words, paths: named, existing: existing) != nil
        let scripts = Self.scriptRecipe(task: task, words: words, paths: named) != nil
        // save_file_list is for the plan step's recipes, not measured in the free loop: not offered there.
        return tools.filter {
            ($0.name != ExtractFromFile.name || extracts) && ($0.name != WriteScript.name || scripts) && $0.name != SaveFileList.name
        }
    }

    /// The tool that makes this task's result by code, when the agent has it.
    var routedTool: String? {
        if extraction != nil, toolNames.contains(ExtractFromFile.name) { return ExtractFromFile.name }
        if script != nil, toolNames.contains(WriteScript.name) { return WriteScript.name }
        return nil
    }

    /// The file the routed tool writes: the extraction's new file, or the script the task names
    /// (the first `.py`/`.sh` path, else its last file).
    var routedTarget: String? {
        let files = taskPaths.filter { !Self.isFolder($0) }
        switch routedTool {
        case ExtractFromFile.name: return files.last
        case WriteScript.name: return files.first { ScriptRecipe.language($0) != nil } ?? files.last
        default: return nil
        }
    }

    /// The whole call of the routed tool, with the task's paths and words.
    var routedCall: String? {
        switch routedTool {
        case ExtractFromFile.name:
            let files = taskPaths.filter { !Self.isFolder($0) }
            return Self.call(
                ExtractFromFile.name, ["from": .string(files[0]), "what": .string(extraction!.rawValue), "to": .string(files[files.count - 1])])
        case WriteScript.name:
            let path = routedTarget ?? "\(kind.folders[0])/script/scripts/script.py"
            return Self.call(WriteScript.name, ["path": .string(path), "does": .string(script!.does)])
        default: return nil
        }
    }

    /// The next step of a routed task: its call until its file is written, then `finish`.
    func routedSuggestion(changed: [String]) -> String? {
        guard let call = routedCall, let target = routedTarget else { return nil }
        return changed.contains(target) ? finishCall(changed) : call
    }

    /// A write by hand before the routed tool made its file (of that file, or of any other:
    /// measured, the source note overwritten with a made-up list) is refused with the tool's
    /// call; a write of its file after, refused too (it would replace what the code made).
    func routedWrite(_ tool: String, _ arguments: [String: JSONValue], changed: [String]) -> String? {
        guard [WriteFile.name, AppendToFile.name].contains(tool), let target = routedTarget, let call = routedCall,
            let path = arguments["path"]?.string, path == target || !changed.contains(target)
        else { return nil }
        if changed.contains(target) {
            return "\(target) was already written by \(routedTool!), from the task's words; it is done. If that was all, call \(finishCall(changed))"
        }
        let what =
            routedTool == ExtractFromFile.name ? "the \(extraction!.rawValue) in \(taskPaths[0]) are found by code" : "this script is written by code"
        return "\(what), not written by hand: call \(call)"
    }
}
