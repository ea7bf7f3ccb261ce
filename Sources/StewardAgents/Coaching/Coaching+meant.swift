extension Coaching {
    /// The tool a model most likely meant by a name it invented (small models say
    /// `rename_file`, `create_file`, `remove_file`, `ls`, …).
    public static func meant(_ name: String) -> String? {
        let n = name.lowercased()
        let table: [(String, [String])] = [
            ("move_file", ["rename", "move", "mv"]), ("write_file", ["create", "write", "save", "append", "new_file", "make_file"]),
            ("delete_file", ["delete", "remove", "rm", "unlink"]), ("read_file", ["read", "open", "cat", "view", "show", "get_file"]),
            ("list_files", ["list", "ls", "dir", "files"]), ("edit_file", ["edit", "replace", "update", "modify", "patch"]),
            ("search_files", ["search", "grep", "find"]), ("copy_file", ["copy", "cp", "duplicate"]),
            ("finish", ["finish", "done", "complete", "final", "answer"]),
        ]
        // A name's first word decides ("replace_files" is an edit), then any later word.
        let pick = table.first { _, words in words.contains { n.hasPrefix($0) } } ?? table.first { _, words in words.contains { n.contains("_" + $0) } }
        return pick?.0
    }
}
