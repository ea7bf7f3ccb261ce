import Foundation

/// Records written as blocks of "key: value" lines, a blank line between blocks, as many
/// people keep notes in a `.txt` file (a block per fruit tree: "tree: apple", "variety:
/// Egremont Russet", "planted: 2018"; fresh26 2712, where `convert_file` refused the `.txt`
/// and the 0.5B model wrote the notes back as they were).
extension ConvertFile {
    /// The blocks of `text` as rows, the header first: the keys in the order the text first
    /// has them, a block without a key an empty cell. A "# title" line is no record. Nil
    /// unless there are two blocks or more, each line of a block is "key: value" (a key of a
    /// word to three, no key twice in a block), and one key is in every block.
    public static func rows(blocks text: String) -> [[String]]? {
        var blocks: [[(key: String, value: String)]] = [[]]
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "\r")))
            if line.isEmpty {
                if !(blocks.last ?? []).isEmpty { blocks.append([]) }
                continue
            }
            if line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let words = key.split(separator: " ")
            guard (1...3).contains(words.count), key.allSatisfy({ $0.isLetter || $0.isNumber || " _-'".contains($0) }),
                !(blocks.last ?? []).contains(where: { $0.key == key })
            else { return nil }
            blocks[blocks.count - 1].append((key, line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        blocks.removeAll(where: \.isEmpty)
        guard blocks.count >= 2 else { return nil }
        var keys: [String] = []
        for block in blocks { for (key, _) in block where !keys.contains(key) { keys.append(key) } }
        guard keys.contains(where: { key in blocks.allSatisfy { $0.contains { $0.key == key } } }) else { return nil }
        return [keys] + blocks.map { block in keys.map { key in block.first { $0.key == key }?.value ?? "" } }
    }
}
