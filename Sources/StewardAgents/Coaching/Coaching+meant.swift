import StewardTools

extension Coaching {
    /// The tool a model most likely meant by a name it invented (small models say
    /// `rename_file`, `create_file`, `remove_file`, `ls`, …).
    public static func meant(_ name: String) -> String? {
        let n = name.lowercased()
        let table: [(String, [String])] = [
            (MoveFile.name, ["rename", "move", "mv"]), (WriteFile.name, ["create", "write", "save", "append", "new_file", "make_file"]),
            (DeleteFile.name, ["delete", "remove", "rm", "unlink"]), (ReadFile.name, ["read", "open", "cat", "view", "show", "get_file"]),
            (ListFiles.name, ["list", "ls", "dir", "files"]), (EditFile.name, ["edit", "replace", "update", "modify", "patch"]),
            (SearchFiles.name, ["search", "grep", "find"]), (CopyFile.name, ["copy", "cp", "duplicate"]),
            (Finish.name, ["finish", "done", "complete", "final", "answer"]),
        ]
        // A name's first word decides ("replace_files" is an edit), then any later word.
        let pick =
            table.first { _, words in words.contains { n.hasPrefix($0) } } ?? table.first { _, words in words.contains { n.contains("_" + $0) } }
        return pick?.0
    }
}
