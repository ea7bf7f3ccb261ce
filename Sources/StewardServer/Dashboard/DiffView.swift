import StewardSandbox

/// A proposal's diff as the proposal page shows it: one section per file, each line with its
/// numbers on the old and the new side. What a line is comes from the diff's structure
/// (`PatchLine.Kind`, libgit2's line origins and file boundaries), never from its text; the
/// numbers are counted from the start of each hunk, which the hunk line (known to be one by
/// its kind) states.
struct DiffView {
    /// One line of a file's diff.
    struct Row {
        var kind: PatchLine.Kind
        var old: Int?
        var new: Int?
        var text: String
    }

    /// One file: its header lines (`diff --git`, modes, `---`, `+++`) and the rest.
    struct FileSection {
        var file: ChangedFile?
        var header: [PatchLine]
        var rows: [Row]
        /// Content git would call binary: a NUL among its lines (the diff is forced to text).
        var binary: Bool { rows.contains { ($0.kind == .addition || $0.kind == .deletion) && $0.text.unicodeScalars.contains("\u{0}") } }
        var bytes: Int { rows.reduce(0) { $0 + $1.text.utf8.count } }
        /// Too long to read on a page: summarised, the CLI shows it whole.
        var large: Bool { rows.count > DiffView.largeRows || bytes > DiffView.largeBytes }
    }

    static let largeRows = 2_000
    static let largeBytes = 256 * 1024

    var sections: [FileSection]

    /// Splits `diff.lines` into files at each header's first line (a file line, by its kind,
    /// that is libgit2's `diff --git a/… b/…`: two files with no lines of their own, a rename
    /// and a mode change, have adjacent headers) and pairs each with `diff.files` (the same
    /// deltas, in the same order).
    init(_ diff: ProposalDiff) {
        self.init(files: diff.files, lines: diff.lines)
    }

    init(files: [ChangedFile], lines: [PatchLine]) {
        var sections: [FileSection] = []
        var old = 0
        var new = 0
        for line in lines {
            if line.kind == .file && (sections.isEmpty || line.text.hasPrefix("diff --git ")) {
                let index = sections.count
                sections.append(FileSection(file: index < files.count ? files[index] : nil, header: [], rows: []))
            }
            guard !sections.isEmpty else { continue }
            switch line.kind {
            case .file:
                sections[sections.count - 1].header.append(line)
            case .hunk:
                (old, new) = Self.hunkStarts(line.text)
                sections[sections.count - 1].rows.append(Row(kind: .hunk, text: line.text))
            case .context:
                sections[sections.count - 1].rows.append(Row(kind: .context, old: old, new: new, text: line.text))
                old += 1
                new += 1
            case .deletion:
                sections[sections.count - 1].rows.append(Row(kind: .deletion, old: old, text: line.text))
                old += 1
            case .addition:
                sections[sections.count - 1].rows.append(Row(kind: .addition, new: new, text: line.text))
                new += 1
            case .note:
                sections[sections.count - 1].rows.append(Row(kind: .note, text: line.text))
            }
        }
        self.sections = sections
    }

    /// The first old and new line numbers of a hunk line, `@@ -OLD[,N] +NEW[,N] @@ …`.
    static func hunkStarts(_ text: String) -> (Int, Int) {
        let parts = text.split(separator: " ", maxSplits: 3)
        func start(_ i: Int, _ sign: Character) -> Int {
            guard i < parts.count, parts[i].first == sign else { return 0 }
            return Int(parts[i].dropFirst().prefix { $0 != "," }) ?? 0
        }
        return (start(1, "-"), start(2, "+"))
    }

    /// The CSS class of a line (also what `DisplayTests` checks): one per kind.
    static func cls(_ kind: PatchLine.Kind) -> String {
        switch kind {
        case .file: "file"
        case .hunk: "hunk"
        case .addition: "add"
        case .deletion: "del"
        case .context: "ctx"
        case .note: "note"
        }
    }

    /// A line's text in pieces a template can show truthfully: tabs as tabs, and white space
    /// at the end of the line (after the diff's one-character prefix) marked. Every piece's
    /// text still goes through `Display.prepare`, which escapes control characters visibly.
    static func segments(_ text: String, kind: PatchLine.Kind) -> [[String: Any]] {
        let scalars = Array(text.unicodeScalars)
        let prefix = kind == .addition || kind == .deletion || kind == .context ? 1 : 0
        var end = scalars.count
        while end > prefix, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        if end == scalars.count && !text.contains("\t") { return [piece(text, plain: true)] }
        var out: [[String: Any]] = []
        var run = String.UnicodeScalarView()
        func flush(trailing: Bool) {
            if !run.isEmpty { out.append(piece(String(run), plain: !trailing, trailSpace: trailing)) }
            run.removeAll()
        }
        for (i, s) in scalars.enumerated() {
            if i == end { flush(trailing: false) }
            if s == "\t" {
                flush(trailing: i >= end)
                out.append(piece("", tab: i < end, trailTab: i >= end))
            } else {
                run.append(s)
            }
        }
        flush(trailing: end < scalars.count)
        return out
    }

    /// Every flag set, true or false: a missing one would be looked up in the enclosing
    /// context by Mustache.
    static func piece(_ text: String, plain: Bool = false, tab: Bool = false, trailTab: Bool = false, trailSpace: Bool = false) -> [String: Any] {
        ["text": text, "plain": plain, "tab": tab, "trailTab": trailTab, "trailSpace": trailSpace]
    }
}
