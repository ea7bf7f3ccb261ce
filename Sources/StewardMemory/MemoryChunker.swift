import Foundation
import StewardStore

/// Splits a file into chunks for the index: Markdown by headings (the heading path kept:
/// "Trip > Packing"), long sections at blank lines, other text by paragraphs.
public enum MemoryChunker {
    /// A chunk grows up to about this many characters before a blank line ends it.
    public static let targetCharacters = 1_200
    /// Files bigger than this are indexed by their first this-many bytes.
    public static let maxFileBytes = 1 << 20

    public static func chunks(path: String, data: Data) -> [MemoryChunk] {
        guard !data.contains(0),
            let text = String(data: data.prefix(maxFileBytes), encoding: .utf8) ?? String(data: data.prefix(maxFileBytes - 3), encoding: .utf8)
        else {
            return []
        }
        let markdown = path.lowercased().hasSuffix(".md") || path.lowercased().hasSuffix(".markdown")
        var out: [MemoryChunk] = []
        var headings: [(level: Int, title: String)] = []
        var current: [Substring] = []
        var inFence = false
        func heading() -> String { headings.map(\.title).joined(separator: " > ") }
        func flush() {
            let body = current.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            current.removeAll()
            guard !body.isEmpty else { return }
            // Split a long section at blank lines, keeping pieces near the target size.
            var piece = ""
            for para in body.components(separatedBy: "\n\n") {
                if !piece.isEmpty && piece.count + para.count > targetCharacters {
                    out.append(MemoryChunk(path: path, heading: heading(), ordinal: out.count, text: piece))
                    piece = ""
                }
                piece += (piece.isEmpty ? "" : "\n\n") + para
                while piece.count > targetCharacters * 2 {
                    let cut = piece.index(piece.startIndex, offsetBy: targetCharacters)
                    out.append(MemoryChunk(path: path, heading: heading(), ordinal: out.count, text: String(piece[..<cut])))
                    piece = String(piece[cut...])
                }
            }
            if !piece.isEmpty { out.append(MemoryChunk(path: path, heading: heading(), ordinal: out.count, text: piece)) }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if markdown && (trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~")) { inFence.toggle() }
            if markdown && !inFence, let level = headingLevel(trimmed) {
                flush()
                let title = trimmed.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "#"))
                    .trimmingCharacters(in: .whitespaces)
                headings.removeAll { $0.level >= level }
                headings.append((level, title))
                current.append(line)  // the heading's words are searchable in the text too
                continue
            }
            current.append(line)
        }
        flush()
        return out
    }

    /// 1–6 for an ATX heading (`## Title`), else nil.
    static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " ? hashes : nil
    }
}
