import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardTools

/// File recipes (move, rename, copy, delete): the file is the plan's; where it goes is taken
/// from the task's words when they name it plainly, else asked as one typed question. Each
/// change is a call of the real tool (`move_file`, `copy_file`, `delete_file`), so the
/// sandbox's checks apply as to any call.
extension AgentLoop {
    /// The calls that do `plan`, or nil: no recipe (the free loop goes on).
    func fileRecipe(_ plan: TaskPlan, _ state: inout LoopState) async -> [ToolCall]? {
        let task = state.messages.last { $0.role == .user }?.content ?? state.record.prompt
        let named = Coaching.paths(in: task)
        let tool = [TaskPlan.Action.delete: DeleteFile.name, .copy: CopyFile.name, .move: MoveFile.name, .rename: MoveFile.name][plan.action]
        guard let tool, toolbox.toolNames.contains(tool) else { return nil }
        // Files the task names as a list, or as many as it says ("both", "the two letters"),
        // are each moved, copied or deleted, to the one place.
        if plan.action != .rename, plan.files.count > 1,
            Self.listed(plan.files, in: task) || Self.statedCount(state.record.prompt) == plan.files.count
        {
            return await severalFilesRecipe(tool, plan, task: task, named: named, &state)
        }
        guard let file = await subject(plan, task: task, &state) else { return nil }
        switch plan.action {
        case .delete:
            return [Self.call(tool, ["path": file])]
        case .move:
            guard let folder = await moveFolder(file, task: task, named: named, &state) else { return nil }
            return [Self.call(tool, ["from": file, "to": folder + "/"])]
        case .rename:
            guard let name = await newName(file, task: task, &state) else { return nil }
            return [Self.call(tool, ["from": file, "to": Self.folder(of: file) + name])]
        default:
            guard let to = await copyDestination(file, task: task, named: named, &state) else { return nil }
            return [Self.call(tool, ["from": file, "to": to])]
        }
    }

    /// The calls for several files the task names as a list: each deleted, or moved or copied
    /// into the one folder the task gives (a file already there stays); nil when the copy's
    /// place is not a folder (two files to one name).
    func severalFilesRecipe(_ tool: String, _ plan: TaskPlan, task: String, named: [String], _ state: inout LoopState) async -> [ToolCall]? {
        let files = plan.files
        switch plan.action {
        case .delete:
            return files.map { Self.call(tool, ["path": $0]) }
        case .move:
            guard let folder = await moveFolder(files[0], task: task, named: named, &state) else { return nil }
            let moved = files.filter { Self.folder(of: $0) != folder + "/" }
            return moved.isEmpty ? nil : moved.map { Self.call(tool, ["from": $0, "to": folder + "/"]) }
        default:
            guard
                let to = await copyDestination(
                    files[0], task: task, named: named.filter { n in !files.contains { $0 == n || $0.hasSuffix("/" + n) } }, &state),
                to.hasSuffix("/")
            else {
                return nil
            }
            return files.map { Self.call(tool, ["from": $0, "to": to]) }
        }
    }

    /// The one file the task moves, renames, copies or deletes: the plan's; when it lists
    /// several (it adds files the task only mentions, or one in the destination folder), the
    /// one the task names, else asked among those it names (or all). Not so for a delete: a
    /// file named there may be the one to keep ("delete the copy, keep plan.md").
    func subject(_ plan: TaskPlan, task: String, _ state: inout LoopState) async -> String? {
        let named = plan.action == .delete ? [] : plan.files.filter { Self.names(task, $0) }
        let among = named.isEmpty ? plan.files : named
        guard among.count > 1 else { return among.first }
        let q = FormQuestion(
            system: "Which one of these files does the person's task \(plan.action.rawValue)?\n\(among.joined(separator: "\n"))\n\n"
                + "Reply with JSON {\"file\": FILE}.",
            user: task, schema: FormQuestion.object([("file", FormQuestion.oneOf(among))]))
        return await form(q, &state)?["file"]?.string
    }

    /// The folder to move `file` into: the one the task names (of several, the one it puts the
    /// file into), else asked from the folders there are (and those the task names) other than
    /// the file's own.
    func moveFolder(_ file: String, task: String, named: [String], _ state: inout LoopState) async -> String? {
        let own = String(Self.folder(of: file).dropLast())
        let told = named.filter(Coaching.isFolder).map { String($0.trimmingCharacters(in: CharacterSet(charactersIn: "/"))) }
            .filter { $0 != own && writable($0 + "/x") }
        let existing = await existingFolders()
        // The one the task puts it into ("it goes in the Jury Service folder under memory/admin":
        // fresh26 2705, whose two folders named were asked).
        let into = Self.destinations(task, action: .move, known: Set(existing)).filter { $0 != own && writable($0 + "/x") }
        if Set(told).count > 1, into.count == 1 { return into.first }
        if Set(told).count == 1 {
            // "into the tax folder in memory/paperwork": the folder of it the task calls by name.
            // Not the file's own ("from the ideas folder into competition-2027? Both are in
            // memory/hobbies/photography": fresh23 2405).
            let inside = existing.filter {
                $0 != own && Coaching.parent($0) == told[0] && Self.callsFolder(task, Self.lastName($0)) && writable($0 + "/x")
            }
            return inside.count == 1 ? inside[0] : told[0]
        }
        let folders = (told + existing.filter { !told.contains($0) }).filter { $0 != own && writable($0 + "/x") }
        guard !folders.isEmpty else { return nil }
        let q = FormQuestion(
            system: "The person's task moves the file \(file) into another folder. The folders are:\n\(folders.joined(separator: "\n"))\n\n"
                + "Reply with JSON {\"folder\": FOLDER}: the folder the task moves it into.",
            user: task, schema: FormQuestion.object([("folder", FormQuestion.oneOf(folders))]))
        return await form(q, &state)?["folder"]?.string
    }

    /// Whether the task calls a folder by `name`: "the tax folder", "the folder called tax",
    /// "a folder named tax".
    static func callsFolder(_ task: String, _ name: String) -> Bool {
        let words = task.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
        let n = name.lowercased()
        // Its name's words in a row, "folder" at most two words on ("the bakery manager
        // application folder" for bakery-manager: fresh12 1307).
        let parts = n.split(whereSeparator: { "-_ ".contains($0) }).map(String.init)
        let spelt = words.indices.contains { (i: Int) -> Bool in
            let end = i + parts.count
            guard end <= words.count, Array(words[i..<end]) == parts else { return false }
            return words[end..<min(words.count, end + 3)].contains("folder")
        }
        if parts.count > 1 && spelt { return true }
        // (Or "one": "from the waiting folder to the refunded one": fresh20 2105.) Or its name
        // alone after "into" ("into competition-2027": fresh23 2405).
        return zip(words, words.dropFirst()).contains { ($0 == n && ["folder", "one"].contains($1)) || ($0 == "into" && $1 == n) }
            || zip(words, zip(words.dropFirst(), words.dropFirst(2))).contains { $0 == "folder" && ["called", "named"].contains($1.0) && $1.1 == n }
    }

    /// The last part of a path ("tax" of "memory/paperwork/tax").
    static func lastName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    /// The new name of `file` in its folder: the one other file name the task has, else asked.
    func newName(_ file: String, task: String, _ state: inout LoopState) async -> String? {
        let current = String(file.dropFirst(Self.folder(of: file).count))
        // Never a file that is there: the model answered "calendar.ini", the other file the task
        // names, for "correct that one line …, and don't touch … the calendar file".
        var told: Set<String> = []
        // Nor the tail of the file's own name when it has spaces ("2027-28.md" of "Council Tax
        // 2027-28.md": fresh21 2204, whose new name was asked and answered as the old one).
        // Nor that of another name with spaces the task quotes ("Car MOT.md has the same problem").
        let spaced = [current] + Coaching.pathTokens(in: task).map { Self.lastName(Coaching.trimmed($0)) }.filter { $0.contains(" ") }
        for name in Self.fileNames(in: task) where name != current && !told.contains(name) && !spaced.contains(where: { $0.hasSuffix(" " + name) }) {
            if await text(of: Self.folder(of: file) + name) == nil { told.insert(name) }
        }
        if told.count == 1, let name = told.first { return name }
        // Of several, the one that is its own name restyled ("Boiler Service 2026.md" to
        // boiler-service-2026.md).
        let restyled = told.filter { Self.styledName(current, like: $0) == $0 }
        if restyled.count == 1, let name = restyled.first { return name }
        // "From a .txt file to a .md file, keeping the rest of its name" (fresh10 1105: planned
        // as a move, then a README moved).
        if told.isEmpty, let ending = Self.newEnding(task, of: current) {
            let name = String(current.prefix(upTo: current.lastIndex(of: ".") ?? current.endIndex)) + ending
            if await text(of: Self.folder(of: file) + name) == nil { return name }
        }
        let q = FormQuestion(
            system:
                "The person's task renames the file \(file); it stays in its folder. Reply with JSON {\"name\": NEW_NAME}: the new file name the task asks for, with its ending, without a folder.",
            user: task,
            schema: FormQuestion.object([("name", .object(["type": "string", "pattern": .string(Self.namePattern), "maxLength": .number(80)]))]))
        guard let answer = await form(q, &state)?["name"]?.string else { return nil }
        // Named as the file was: "Sophie Okafor.md" for `sophie-turner.md` is `sophie-okafor.md`
        // (fresh11 1205: the new name broke the folder's naming).
        let name = Self.styledName(answer, like: current)
        guard Self.isFileName(name), name != current,
            await text(of: Self.folder(of: file) + name) == nil
        else { return nil }
        return name
    }

    /// `name` written as `current` is: lowercase words joined by hyphens when `current` is
    /// (`sophie-turner.md`), `name` as it is otherwise.
    static func styledName(_ name: String, like current: String) -> String {
        guard current.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+$"#, options: .regularExpression) != nil,
            let dot = name.lastIndex(of: ".")
        else { return name }
        let stem = name[..<dot].lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "-")
        return stem.isEmpty ? name : stem + name[dot...].lowercased()
    }

    /// The one file ending the task writes on its own (".md", not a path's) that is not
    /// `name`'s, when `name` has one of those it writes: the ending to give it.
    static func newEnding(_ task: String, of name: String) -> String? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let own = name[dot...].lowercased()
        let written = values(#"(?<![\p{L}\p{N}/_.-])\.[A-Za-z0-9]{1,6}\b"#, in: task).map { $0.lowercased() }
        let others = Set(written).subtracting([own])
        guard written.contains(own), others.count == 1 else { return nil }
        return others.first
    }

    /// Where to copy `file`: the one other path the task names (a folder keeps the name),
    /// else the one other file name it gives (beside the original), else asked.
    func copyDestination(_ file: String, task: String, named: [String], _ state: inout LoopState) async -> String? {
        // Not the file's own folder: the task names where it is as well as where the copy goes.
        // Nor a file that is there ("invoice 030 is already sent": fresh14 1507, the copy's
        // place was asked, and the model put it in the folder under the template's name).
        var told = Set(
            named.filter { $0 != file }.map { Coaching.isFolder($0) ? String($0.trimmingCharacters(in: CharacterSet(charactersIn: "/"))) + "/" : $0 }
        ).subtracting([Self.folder(of: file)])
        // A file that is there is no place for a copy, before the folders (fresh21 2207: "the
        // buyers (memory/car/sale/buyers.md) in memory/car/sale", a file the routing added, took
        // the folder's place).
        for path in told where !path.hasSuffix("/") && told.count > 1 {
            if await text(of: path) != nil { told.remove(path) }
        }
        // A folder the other path is in says no more ("in memory/wedding/best-man …, as
        // memory/wedding/best-man/timeline.md": fresh19 2007, whose copy's place was asked).
        told = told.filter { t in !(t.hasSuffix("/") && told.contains { $0 != t && $0.hasPrefix(t) }) }
        let current = String(file.dropFirst(Self.folder(of: file).count))
        let names = Set(Self.fileNames(in: task).filter { $0 != current })
        // A folder and a new name given apart ("into outputs/application as reference.md",
        // "…, named reference.md"): the copy by that name in that folder (measured: it kept
        // the original's name), unless the task keeps the name.
        // (Not a file's beside the original: "It's the adult one, not aran-hat-child.txt" of a
        // copy "as hat-pattern.txt", fresh29 3007, which kept the original's name.)
        let paths = Coaching.paths(in: task)
        let beside = Set(await workspaceFiles().filter { Self.folder(of: $0) == Self.folder(of: file) }.map(Self.lastName))
        let bare = names.filter { n in !paths.contains { $0 == n || $0.hasSuffix("/" + n) } && !beside.contains(n) }
        if told.count == 1, let to = told.first, to.hasSuffix("/"), bare.count == 1, let name = bare.first, !Self.keepsName(task),
            await text(of: to + name) == nil, writable(to + name)
        {
            return to + name
        }
        if told.count == 1, let to = told.first, writable(FileTools.destination(file, to)) { return to }
        // A new name without a folder ("naming the copy plan-v2.md"): the copy goes beside the
        // original, as a renamed file stays in its folder.
        if told.isEmpty, names.count == 1, let name = names.first, writable(Self.folder(of: file) + name) {
            return Self.folder(of: file) + name
        }
        // A top folder called by its name alone ("copy the plan … into outputs"): into it.
        if told.isEmpty, names.isEmpty, let root = Self.calledRoot(task), writable(root + current) { return root }
        let q = FormQuestion(
            system:
                "The person's task copies the file \(file). Reply with JSON {\"to\": PATH}: the path of the copy the task asks for, or a folder ending in / to copy it into.",
            user: task,
            schema: FormQuestion.object([("to", .object(["type": "string", "pattern": .string(Self.pathPattern), "maxLength": .number(160)]))]))
        // A folder named without its slash ("memory/shared") is one to copy into.
        guard let answer = await form(q, &state)?["to"]?.string else { return nil }
        var to = Coaching.isFolder(answer) && !answer.hasSuffix("/") ? answer + "/" : answer
        // "Same file name, please": the folder answered, the name kept (measured: the 0.5B model
        // answered outputs/spring-concert-seating-plan.md for seating-spring.md).
        if !to.hasSuffix("/"), Self.keepsName(state.record.prompt) { to = Self.folder(of: to) }
        guard FileTools.destination(file, to) != file, writable(FileTools.destination(file, to)) else {
            return nil
        }
        return to
    }

    /// Whether the task keeps a file's name where it goes: "same (file) name", "keep its
    /// name", "under its own name", "with the same filename".
    static func keepsName(_ task: String) -> Bool {
        let w = Coaching.taskWords(in: task)
        return w.indices.contains { i in
            guard ["name", "filename"].contains(w[i]) else { return false }
            // "same (file) name"; "keep its (own) name", "under the same name".
            var j = i - 1
            while j >= 0, ["file", "own"].contains(w[j]) { j -= 1 }
            guard j >= 0 else { return false }
            return w[j] == "same" || (["its", "the"].contains(w[j]) && j > 0 && ["keep", "keeping", "under", "with"].contains(w[j - 1]))
        }
    }

    /// The agents' top folder a task calls by its name alone after "into", "to" or "in"
    /// ("into outputs", "to the outputs folder"), with its slash.
    static func calledRoot(_ task: String) -> String? {
        let w = Coaching.taskWords(in: task)
        for i in w.indices.dropFirst() where TaskPlan.roots.contains(w[i] + "/") && w[i] != "skills" {
            var j = i - 1
            while j > 0, Coaching.determiners.contains(w[j]) { j -= 1 }
            if ["into", "to", "in"].contains(w[j]) { return w[i] + "/" }
        }
        return nil
    }

    /// Folders that hold files now, under the agents' folders.
    func existingFolders() async -> [String] {
        let proposal = await toolbox.readingProposal()
        var folders: [String] = []
        for root in TaskPlan.roots {
            for f in (try? await toolbox.workspace.listFiles(under: root, in: proposal, limit: 2_000)) ?? [] {
                var parts = f.path.split(separator: "/").dropLast()
                while !parts.isEmpty {
                    let folder = parts.joined(separator: "/")
                    if !folders.contains(folder) { folders.append(folder) }
                    parts = parts.dropLast()
                }
            }
        }
        return folders.sorted()
    }

    /// Whether this agent may write `path` (the sandbox checks again when the call runs).
    func writable(_ path: String) -> Bool { (try? toolbox.kind.policy.check(path)) != nil }

    /// A file's name: its ending starts with a letter ("4.2 m" and "7.155 MHz" are figures, not
    /// files: fresh29 3010, whose "above 4.2 m" was cut out of the task as a name).
    static let namePattern = "^[A-Za-z0-9][A-Za-z0-9 ._-]{0,60}\\.[A-Za-z][A-Za-z0-9]{0,7}$"
    static let pathPattern = "^(memory|outputs|temp|skills)/([A-Za-z0-9._-]+/)*([A-Za-z0-9][A-Za-z0-9._-]*)?$"

    static func isFileName(_ name: String) -> Bool { name.range(of: namePattern, options: .regularExpression) != nil }

    /// `text` with its paths and file names blanked: the words a recipe reads values from
    /// ("4.2 m" stays; "loans-2028.tsv" is no figure).
    static func withoutPaths(_ text: String) -> String {
        (Coaching.paths(in: text) + fileNames(in: text)).reduce(text) { $0.replacingOccurrences(of: $1, with: " ") }
    }

    /// File names in the task's words, paths' last parts included ("notes.md", "a/b.txt" → "b.txt").
    static func fileNames(in task: String) -> [String] {
        task.split(whereSeparator: { $0.isWhitespace || "\"'`,;()".contains($0) }).compactMap { word in
            var w = String(word)
            while let c = w.last, ".:!?".contains(c) { w.removeLast() }
            let name = w.split(separator: "/").last.map(String.init) ?? w
            return isFileName(name) ? name : nil
        }
    }

    /// The folder of `path` with its slash ("memory/a.md" → "memory/"), or "".
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    static func call(_ name: String, _ args: [String: String]) -> ToolCall {
        ToolCall(id: "plan_\(name)", name: name, arguments: JSONValue.object(args.mapValues { .string($0) }).jsonText)
    }
}
