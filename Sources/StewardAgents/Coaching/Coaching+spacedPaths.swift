import Foundation

/// Files whose names have spaces, named without quotes ("except the note I made on my phone,
/// memory/bills/Council Tax 2027-28.md."): split at its spaces, such a path is a folder and a
/// stray name, and the plan renamed the other file the task gave as an example (fresh21 2204).
/// The workspace's own names decide: the routing puts each such path or name in quotes, where
/// `pathTokens` keeps it whole.
extension Coaching {
    /// `task` with each path of `files` whose last part has a space, and each such bare name no
    /// other file shares, in double quotes where the task writes it unquoted, as a word of its own
    /// (a space, "(" or the start before it; a space, punctuation or the end after it).
    static func withSpacedPathsQuoted(_ task: String, files: [String]) -> String {
        let roots: Set<String> = ["memory", "outputs", "temp", "skills"]
        let rooted = files.filter { roots.contains(String($0.prefix { $0 != "/" })) }
        // The folders whose names have spaces too, with their closing slash when the task
        // writes one ("into memory/admin/Jury Service/": fresh26 2705).
        let folders = Set(
            rooted.flatMap { f in
                let parts = f.split(separator: "/").dropLast()
                return parts.indices.map { parts[...$0].joined(separator: "/") }.filter { AgentLoop.lastName($0).contains(" ") }
            })
        let spaced = rooted.filter { AgentLoop.lastName($0).contains(" ") } + folders.flatMap { [$0 + "/", $0] }
        guard !spaced.isEmpty else { return task }
        var names: [String: Int] = [:]
        for file in files { names[AgentLoop.lastName(file), default: 0] += 1 }
        let written = spaced + spaced.map(AgentLoop.lastName).filter { names[$0] == 1 }
        var text = task
        // The longest first, so a path is quoted whole before its name could be on its own.
        for name in Set(written).sorted(by: { $0.count > $1.count }) {
            var from = text.startIndex
            while let r = text.range(of: name, range: from..<text.endIndex) {
                let before = r.lowerBound == text.startIndex ? " " : text[text.index(before: r.lowerBound)]
                let after = r.upperBound == text.endIndex ? " " : text[r.upperBound]
                guard before.isWhitespace || before == "(", after.isWhitespace || ".,;:!?)".contains(after) else {
                    from = r.upperBound
                    continue
                }
                text.replaceSubrange(r, with: "\"\(name)\"")
                from = text.index(r.lowerBound, offsetBy: name.count + 2)
            }
        }
        return text
    }
}
