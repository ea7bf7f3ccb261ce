import StewardJSON
import StewardTools

/// Calls refused before they run, for small models: each answered with the call the task
/// most likely needs instead.
extension Toolbox {
    /// `list_files` of a file ("memory/notes.md" as the folder) lists just that file, and a
    /// small model then writes the listing as the file's content: refused, with the read it meant.
    func listedFile(_ tool: any Tool.Type, _ args: [String: JSONValue]) async -> ToolOutcome? {
        guard tool.name == ListFiles.name, let path = args["folder"]?.string, !Coaching.isFolder(path),
            (try? await workspace.readFile(path, in: await currentProposal())) != nil
        else { return nil }
        return ToolOutcome(
            ok: false,
            text:
                "error: \(path) is a file, not a folder; to see its text, call \(coaching.example(ReadFile.name, path: path))"
        )
    }

    /// A task that changes the one file it names in place ("add X to A", "replace X with Y in
    /// A") never moves or deletes it: a small model given such a task moved the file to a
    /// name made of the text to add. Refused, with the change the task asks for.
    func movedInsteadOfChanged(_ tool: any Tool.Type, _ args: [String: JSONValue]) -> ToolOutcome? {
        guard [MoveFile.name, DeleteFile.name].contains(tool.name), coaching.changesInPlace,
            coaching.taskPaths.count == 1,
            (args["from"] ?? args["path"])?.string == coaching.taskPaths[0]
        else { return nil }
        let change = coaching.spoken(
            coaching.suggestion(touched: worked, changed: changed, read: lastRead))
        return ToolOutcome(
            ok: false,
            text:
                "error: the task changes \(coaching.taskPaths[0]) where it is; \(tool.name) is not what it asks. Call \(change)"
        )
    }

    /// A `replace_in_file` that names a setting instead of quoting its line: "the port" (not in
    /// the file) or "port" replaced by a value (which would turn `port = 8080` into
    /// `9090 = 8080`). Refused, with the line's value set (`Coaching.settingCall`).
    func settingNamed(_ tool: any Tool.Type, _ args: [String: JSONValue]) async -> ToolOutcome? {
        guard tool.name == ReplaceInFile.name, let path = args["path"]?.string,
            let find = args["find"]?.string,
            let replace = args["replace"]?.string, !find.isEmpty,
            let data = try? await workspace.readFile(path, in: await currentProposal()),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        let present = text.contains(find)
        // Present, `find` must be a whole key and `replace` a value; absent, any name of one.
        if present {
            let keyLine = text.split(separator: "\n").contains { line in
                var l = line.trimmingCharacters(in: .whitespaces)
                if let r = l.range(of: #"^([-*+]|\d+[.)])\s+"#, options: .regularExpression) {
                    l.removeSubrange(r)
                }
                return Coaching.key(l) != nil && l.hasPrefix(find)
                    && Coaching.key(l) == Coaching.key(find + " = x")
                    && l.dropFirst(find.count).trimmingCharacters(in: .whitespaces).first.map {
                        "=:".contains($0)
                    } == true
            }
            guard keyLine else { return nil }
            // The name replaced by a sentence with the value the task gives ("Lena" by "Lena's
            // birthday is 3 September", measured): the line with that value set.
            if !Coaching.isValue(replace), coaching.values.contains(where: { replace.contains($0) }),
                let edit = coaching.valueEdit(path: path, text: text)
            {
                return ToolOutcome(
                    ok: false,
                    text: "error: \(JSONValue.string(find).jsonText) is the name of an entry in \(path), not its value; to set it, call \(edit)")
            }
            guard Coaching.isValue(replace) else { return nil }
        }
        guard let call = coaching.settingCall(path: path, text: text, find: find, replace: replace)
        else { return nil }
        let why = present ? "is the name of a setting in \(path), not its value" : "is not in \(path)"
        return ToolOutcome(
            ok: false, text: "error: \(JSONValue.string(find).jsonText) \(why); to set it, call \(call)")
    }

    /// Where the task's words say a change goes, when the call does not say: in a task that
    /// deletes a folder's files by their ending (`Coaching.deletePattern`), a delete of one of
    /// them deletes them all (a small model deletes one and finishes); in a task that prepends,
    /// an append goes before the first line.
    func placed(_ tool: any Tool.Type, _ args: [String: JSONValue]) -> [String: JSONValue] {
        var args = args
        if tool.name == DeleteFile.name, let pattern = coaching.deletePattern,
            let path = args["path"]?.string, !DeleteFile.isPattern(path),
            DeleteFile.matches(pattern, path)
        {
            args["path"] = .string(pattern)
        }
        if tool.name == AppendToFile.name, coaching.prepends, args["at"] == nil { args["at"] = "start" }
        return args
    }

    /// A delete, in a task that deletes a folder's files by their ending, of a file that does
    /// not have it (measured: the real file next to the copies): refused, with the call that
    /// deletes every file that has it.
    func unmatchedDelete(_ tool: any Tool.Type, _ args: [String: JSONValue]) -> ToolOutcome? {
        guard tool.name == DeleteFile.name, let pattern = coaching.deletePattern,
            let path = args["path"]?.string, path != pattern,
            !DeleteFile.matches(pattern, path)
        else { return nil }
        return ToolOutcome(
            ok: false,
            text:
                "error: the task deletes the files matching \(pattern), and \(path) is not one of them. Call \(coaching.example(DeleteFile.name))"
        )
    }

    /// An add to a file this task already added to, of lines the file already has where they
    /// would go, list markers aside (measured: "# Shopping" put first, then the file's new first lines, shown in the
    /// result, put first again): the file keeps what it has; taken as finish once every file
    /// the task names is done, else refused with the next step.
    func repeatedAdd(_ tool: any Tool.Type, _ args: [String: JSONValue]) async -> ToolOutcome? {
        guard tool.name == AppendToFile.name, let path = args["path"]?.string, changed.contains(path),
            let text = args["text"]?.string,
            let data = try? await workspace.readFile(path, in: await currentProposal()),
            let now = String(data: data, encoding: .utf8)
        else { return nil }
        func lines(_ s: String) -> [String] {
            // Compared as items: "call the bank" is in a list that has "- call the bank".
            s.split(separator: "\n").map { AppendToFile.item($0.trimmingCharacters(in: .whitespaces)) }
                .filter { !$0.isEmpty }
        }
        let added = lines(text)
        let have = lines(now)
        let start = args["at"]?.string == "start"
        guard !added.isEmpty, (start ? Array(have.prefix(added.count)) : Array(have.suffix(added.count))) == added
        else { return nil }
        let place = start ? "begins" : "ends"
        let next = coaching.suggestion(touched: worked, changed: changed, read: lastRead)
        if next == coaching.finishCall(changed) {
            return ToolOutcome(ok: true, text: "\(path) already \(place) with those lines; taken as finish", finished: true)
        }
        return ToolOutcome(
            ok: false,
            text:
                "error: \(path) already \(place) with those lines; adding them again would repeat them. Do the next step, for example \(coaching.spoken(next))"
        )
    }

    /// A summary (a table, a translation…) of a file the task names, written before that file
    /// was read, is made up (measured: "The kitchen leak is a common issue…", then the note
    /// read): refused, with the read. Not a skill or a script: it reads its files when it runs
    /// (fresh20 2113: "… about whose turn it is. Please write a skill …" was refused).
    func unreadSource(_ tool: any Tool.Type, _ args: [String: JSONValue]) -> ToolOutcome? {
        let files = coaching.taskPaths.filter { !Coaching.isFolder($0) }
        // The file the person names, before one the routing found by a word ("The garage emailed
        // a long service report … sum up memory/car/service-2027-03.md": fresh23 2409, where the
        // summary of the report was refused until the garage's note was read).
        guard tool.name == WriteFile.name, coaching.transformsWhatItReads, files.count > 1,
            let source = files.first(where: { !coaching.routedPaths.contains($0) }) ?? files.first,
            coaching.existing.contains(source), !readPaths.contains(source), let path = args["path"]?.string, path != source,
            !path.hasSuffix("/SKILL.md"), !path.hasSuffix(".py"), !path.hasSuffix(".sh"),
            toolNames.contains(ReadFile.name)
        else { return nil }
        return ToolOutcome(
            ok: false,
            text:
                "error: \(path) is made from \(source), which you have not read yet; read it first: \(coaching.example(ReadFile.name, path: source))")
    }
}

extension Toolbox {
    /// `write_file` over a file the task changes in place (its verb is an add or a change, and
    /// it makes nothing new from what it reads) that keeps fewer than half the file's lines,
    /// even once read: refused, with the call that changes part of it. Measured (fresh10 1102):
    /// after the plan's line edit was not used, the 0.5B model read the camping booking and
    /// wrote "- dates\n- check-in\n- deposit lines exactly" over its five lines.
    func lossyOverwrite(_ tool: any Tool.Type, _ args: [String: JSONValue]) async -> ToolOutcome? {
        guard tool.name == WriteFile.name, coaching.changesInPlace, !coaching.transformsWhatItReads,
            let path = args["path"]?.string, !changed.contains(path), let content = args["content"]?.string,
            let data = try? await workspace.readFile(path), let text = String(data: data, encoding: .utf8)
        else { return nil }
        let lines = { (s: String) in s.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        let had = lines(text)
        let kept = Set(lines(content))
        let keeps = had.filter(kept.contains).count
        guard had.count >= 2, keeps * 2 < had.count else { return nil }
        let instead = coaching.suggestion(touched: worked.union([path]), changed: changed, read: lastRead)
        return ToolOutcome(
            ok: false,
            text:
                "error: \(WriteFile.name) would keep \(keeps) of the \(had.count) lines of \(path), and the task changes it in place; change only what it asks: call \(instead)"
        )
    }
}
