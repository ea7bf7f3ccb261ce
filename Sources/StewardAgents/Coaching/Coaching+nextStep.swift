import StewardJSON
import StewardTools

/// What to suggest next, given what the conversation did so far, and the examples in the
/// dispatcher's refusals.
extension Coaching {
    /// The call to suggest as the model's next step, as a whole example (small models copy
    /// examples). A task that changes the files it names in place (adds a line, replaces a
    /// text) gets the change call on each file it names that is not changed yet (a file whose
    /// texts the task does not give is read first), then `finish`. Otherwise: a write to a path
    /// the task names that no call has worked on yet, once something was read or the task says
    /// to write; else the tool the task's verb asks for; else a read of the file the task names,
    /// or a listing; `finish` once every file the task names was worked on and something
    /// changed. A reading call is suggested only before anything was read, so the suggestion
    /// is never the read just repeated. `content` is what the model seems to have meant to
    /// write (its own prose, or the longest text in a reply that was not a call); `read`, the
    /// last result read, fills a write's example when the task copies or lists it
    /// (`copiesWhatItReads`). A task that names two files or more (and does not move, copy,
    /// delete or convert them) reads the first and writes the others.
    func suggestion(
        touched: Set<String>, changed: [String] = [], content: String? = nil, read: String? = nil
    ) -> String {
        let verb = taskVerbTool
        let files = taskPaths.filter { !Self.isFolder($0) }
        // Made by code: the routed tool's call until its file is written, then finish.
        if let routed = routedSuggestion(changed: changed) { return routed }
        // The files of a folder by their ending: one call deletes them all.
        if let pattern = deletePattern, toolNames.contains(DeleteFile.name) {
            return changed.contains { DeleteFile.matches(pattern, $0) }
                ? finishCall(changed) : example(DeleteFile.name)
        }
        if changesInPlace, let verb, toolNames.contains(verb) {
            // "Add X to A": A is the last file named; "replace X with Y in A and B": each.
            let targets = verb == AppendToFile.name ? Array(files.suffix(1)) : files
            if let target = targets.first(where: { !changed.contains($0) }) {
                // The line of the setting the task names, with the value it gives, from the file
                // as read or as it is on main: no read needed ("change the port to 9090" names
                // the setting; "the port" is not a text in the file).
                if verb == ReplaceInFile.name, let text = read ?? texts[target],
                    replacement.map({ !text.contains($0.0) }) ?? true,
                    let edit = valueEdit(path: target, text: text)
                {
                    return edit
                }
                // "the port", "my timeout": a setting named in words, not a text of the file.
                let named = replacement.map { Self.determiners.contains(String($0.0.lowercased().prefix { $0 != " " })) } ?? true
                if verb == ReplaceInFile.name, named, !touched.contains(target),
                    toolNames.contains(ReadFile.name)
                {
                    return example(ReadFile.name, path: target)
                }
                // The file read: the line of the setting the task names, with the value it gives.
                if verb == ReplaceInFile.name, let read, let edit = valueEdit(path: target, text: read) {
                    return edit
                }
                return changeCall(verb, path: target, text: added == nil ? content : nil)
            }
            if !changed.isEmpty { return finishCall(changed) }
        }
        // "Convert A.csv into a table in B.md": one call.
        if verb == ConvertFile.name, toolNames.contains(ConvertFile.name), files.count > 1,
            !changed.contains(files[files.count - 1])
        {
            return example(ConvertFile.name)
        }
        // "Summarise A to B", "pull the emails out of A into B": A is read first, and never
        // the write's target (a move, copy or conversion takes A as its "from"; "write A and
        // B" writes both).
        let fromTo: Set<String> = [MoveFile.name, CopyFile.name, DeleteFile.name, ConvertFile.name]
        let readsFirst =
            !fromTo.contains(verb ?? "")
            && (verb != WriteFile.name || transformsWhatItReads
                || files.first.map(existing.contains) == true)
        let source = files.count > 1 && readsFirst ? files.first : nil
        // A listing is no reading of the source (measured: a summary task listed memory/ first,
        // then wrote the listing as the summary).
        let readAFile = read.map { Self.material($0) == $0 } ?? false
        if let source, !touched.contains(source), !readAFile, toolNames.contains(ReadFile.name) {
            return example(ReadFile.name, path: source)
        }
        // A file the task names (not a folder like "memory/") that no call has worked on yet.
        // Not for a task that moves or deletes what it names: a write there loses the file.
        let moves: Set<String> = [MoveFile.name, DeleteFile.name]
        if !moves.contains(verb ?? ""),
            let target = files.first(where: {
                !touched.contains($0) && $0 != source && !existing.contains($0)
            }),
            !touched.isEmpty || read != nil || verb == WriteFile.name
        {
            // Small models copy the example whole: with what was just read as its content, a
            // "list X and save it" or "copy" task is one copy away from done. A task that
            // makes something of what it reads (extracts, converts, summarises) would get a
            // copy, not its result: a placeholder there (said in words, `spoken`).
            // Items the task lists ("with passport, charger and socks") are the content of a new list.
            let fromRead = read.flatMap { copiesWhatItReads($0) && !transformsWhatItReads ? Self.material($0) : nil }.map {
                String($0.prefix(Self.suggestedContentLimit))
            }
            return Self.writeCall(
                path: target, content: content ?? listed ?? fromRead ?? Self.placeholder)
        }
        if !changed.isEmpty, files.allSatisfy({ touched.contains($0) }) { return finishCall(changed) }
        let reading: Set<String> = [ReadFile.name, ListFiles.name, SearchFiles.name]
        let nothingRead = touched.isEmpty && read == nil
        if let verb, toolNames.contains(verb), verb != Finish.name,
            nothingRead || !reading.contains(verb)
        {
            return example(verb)
        }
        // A task that names a file ("Convert temp/data.csv into …") starts by reading it.
        if taskPaths.first.map({ !Self.isFolder($0) }) == true, toolNames.contains(ReadFile.name),
            nothingRead
        {
            return example(ReadFile.name)
        }
        if !changed.isEmpty { return finishCall(changed) }
        return example(ListFiles.name)
    }

    /// Whether a path the task names is a folder: it ends in `/`, or its last part has no
    /// extension ("the memory/photos folder").
    static func isFolder(_ path: String) -> Bool {
        path.hasSuffix("/") || !(path.split(separator: "/").last?.contains(".") ?? false)
    }

    /// What a read result gives a write: a listing's paths one per line (not its count and
    /// sizes; nothing when the folder is empty), any other result as it is.
    static func material(_ read: String) -> String? {
        let lines = read.split(separator: "\n").map(String.init)
        guard let head = lines.first else { return nil }
        if head.hasPrefix("no files in ") { return nil }
        guard head.hasSuffix(":"), head.contains(" file(s) in ") else { return read }
        let paths = lines.dropFirst().compactMap { line -> String? in
            guard let r = line.range(of: " (", options: .backwards), line.hasSuffix(" bytes)") else {
                return nil
            }
            return "- " + line[..<r.lowerBound]
        }
        return paths.isEmpty ? nil : paths.joined(separator: "\n") + "\n"
    }

    /// A whole `finish` call naming what changed.
    func finishCall(_ changed: [String]) -> String {
        "{\"name\": \"\(Finish.name)\", \"arguments\": "
            + JSONValue.object([
                "summary": .string("changed " + changed.prefix(3).joined(separator: ", "))
            ]).jsonText + "}"
    }

    /// The hint after "there is no tool NAME": the tool the model most likely meant (by the
    /// name it invented, else by the task's first word) called as an example, or a next step.
    /// The text in its invented call is likely what it meant to write; `read` is the last
    /// result read.
    func unknownToolHint(_ name: String, arguments: [String: JSONValue], read: String?) -> String {
        let guess = (Self.meant(name) ?? taskVerbTool).flatMap { toolNames.contains($0) ? $0 : nil }
        let text = arguments.values.compactMap(\.string).filter { $0.count > 20 }.max {
            $0.count < $1.count
        }
        let call: String? =
            switch guess {
            case WriteFile.name: suggestion(touched: [], content: text)
            case AppendToFile.name:
                changeCall(AppendToFile.name, path: taskPaths.last ?? "memory/notes.md", text: text)
            default: guess.map { example($0) }
            }
        return call.map { " Did you mean \(guess!)? Call it like \($0)." }
            ?? " A next step could be \(suggestion(touched: [], read: read))."
    }

    /// The example in the refusal of a call whose arguments do not fit `tool`'s schema. A
    /// write without its content, after a read, writes what was read to the path the model gave.
    func correctedCall(_ tool: String, arguments: [String: JSONValue], read: String?) -> String {
        if tool == WriteFile.name, arguments["content"] == nil, let read, copiesWhatItReads(read) {
            return Self.writeCall(
                path: arguments["path"]?.string ?? taskPaths.last ?? "outputs/notes.md",
                content: String(read.prefix(Self.suggestedContentLimit)))
        }
        return example(tool)
    }

    /// The hint after "there is no skill NAME": a whole `tool` call with the skill the task
    /// most likely means, when there is one.
    func unknownSkillHint(tool: String) -> String {
        likelySkill.map { _ in " Call it like \(example(tool))." } ?? ""
    }
}
