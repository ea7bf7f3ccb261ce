import CLibgit2
import Foundation

/// Per-file numbers of a diff.
public struct FileStat: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Codable {
        case added, deleted, modified, renamed, typechange
    }
    public let path: String
    /// For renames: where the file came from.
    public let oldPath: String?
    public let status: Status
    public let additions: Int
    public let deletions: Int
    /// Set when the file's mode changed (e.g. "100644" → "100755"): a change with no lines.
    public var oldMode: String?
    public var newMode: String?
}

/// One line of a unified diff and what it is. The kind comes from the diff's structure
/// (libgit2's line origins and file boundaries), never from the line's text: an added line
/// that reads `++ b/hooks/pre-merge` is an addition, not a file header.
public struct DiffLine: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// A file's header: `diff --git`, mode and index lines, `---` and `+++`.
        case file
        /// `@@ -a,b +c,d @@` (and the function context git puts after it).
        case hunk
        case context, addition, deletion
        /// `\ No newline at end of file`, `Binary files … differ`.
        case note
    }
    public let kind: Kind
    /// The line as the unified diff prints it (additions keep their `+`, deletions their
    /// `-`, context its space), without its newline; not escaped.
    public let text: String
    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}

/// A textual diff, the same diff as structured lines, and its per-file numbers.
public struct Patch: Sendable, Hashable {
    public let text: String
    /// `text`, line by line, each with its kind (empty when made without text).
    public let lines: [DiffLine]
    public let files: [FileStat]
    public var additions: Int { files.reduce(0) { $0 + $1.additions } }
    public var deletions: Int { files.reduce(0) { $0 + $1.deletions } }
    public init(text: String, lines: [DiffLine], files: [FileStat]) {
        self.text = text
        self.lines = lines
        self.files = files
    }
}

/// Collects `git_diff_print`'s lines: each printed line (as `git_diff_to_buf` would print
/// it) with the kind of the libgit2 line it starts in.
private final class DiffPrinter {
    var lines: [DiffLine] = []
    var current: [UInt8] = []
    var kind: DiffLine.Kind?
    /// Whether the output ended without a newline (libgit2 always ends it with one).
    var unterminated = false

    func add(origin: UInt8, content: UnsafeRawBufferPointer) {
        let lineKind: DiffLine.Kind
        switch Int32(origin) {
        case Int32(GIT_DIFF_LINE_FILE_HDR.rawValue): lineKind = .file
        case Int32(GIT_DIFF_LINE_HUNK_HDR.rawValue): lineKind = .hunk
        case Int32(GIT_DIFF_LINE_ADDITION.rawValue): lineKind = .addition
        case Int32(GIT_DIFF_LINE_DELETION.rawValue): lineKind = .deletion
        case Int32(GIT_DIFF_LINE_CONTEXT.rawValue): lineKind = .context
        default: lineKind = .note  // the end-of-file newline notes, "Binary files … differ"
        }
        // As git_diff_to_buf: content lines get their origin character in front.
        if lineKind == .addition || lineKind == .deletion || lineKind == .context {
            if kind == nil { kind = lineKind }
            current.append(origin)
        }
        var rest = content[...]
        while !rest.isEmpty {
            if kind == nil { kind = lineKind }
            guard let newline = rest.firstIndex(of: 0x0A) else {
                current.append(contentsOf: rest)
                break
            }
            current.append(contentsOf: rest[rest.startIndex..<newline])
            endLine()
            rest = rest[(newline + 1)...]
        }
    }

    func endLine() {
        guard let k = kind else { return }
        lines.append(DiffLine(kind: k, text: current.withUnsafeBytes { GitRepository.decodeShowingInvalidBytes($0) }))
        current.removeAll(keepingCapacity: true)
        kind = nil
    }

    /// Ends the last line; the whole text, the same as decoding `git_diff_to_buf`'s bytes (a
    /// newline never splits a UTF-8 sequence, so decoding line by line gives the same).
    func finish() -> String {
        if kind != nil {
            endLine()
            unterminated = true
        }
        if lines.isEmpty { return "" }
        return lines.lazy.map(\.text).joined(separator: "\n") + (unterminated ? "" : "\n")
    }
}

extension GitRepository {
    /// UTF-8 text with every byte that is not valid UTF-8 written as `\xHH`, so two different
    /// binary lines never look the same (plain decoding turns them all into U+FFFD).
    public static func decodeShowingInvalidBytes(_ bytes: UnsafeRawBufferPointer) -> String {
        // Valid UTF-8 (nearly every diff) decodes as it is, checked in one pass.
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var out = ""
        out.reserveCapacity(bytes.count)
        var i = 0
        let b = Array(bytes)
        while i < b.count {
            let c = b[i]
            let length = c < 0x80 ? 1 : c >> 5 == 0b110 ? 2 : c >> 4 == 0b1110 ? 3 : c >> 3 == 0b11110 ? 4 : 0
            if length > 0, i + length <= b.count, (1..<length).allSatisfy({ b[i + $0] >> 6 == 0b10 }),
                let s = String(validating: b[i..<(i + length)], as: UTF8.self)
            {
                out += s
                i += length
            } else {
                out += "\\x" + String(c, radix: 16, uppercase: true).leftPadded(2)
                i += 1
            }
        }
        return out
    }

    /// A unified diff between two trees. Always text (`GIT_DIFF_FORCE_TEXT`, whatever
    /// `.gitattributes` says), renames detected, limited to `paths` when given so the cost
    /// follows the change rather than the tree.
    public func patch(from old: ObjectID, to new: ObjectID, paths: [String]? = nil, withText: Bool = true) throws -> Patch {
        var opts = git_diff_options()
        try check(git_diff_options_init(&opts, UInt32(GIT_DIFF_OPTIONS_VERSION)), "diff options")
        opts.flags = GIT_DIFF_FORCE_TEXT.rawValue
        let cPaths = (paths ?? []).map { strdup($0) }
        defer { for p in cPaths { free(p) } }
        var pathPointers = cPaths
        var diff: OpaquePointer?
        try withTree(old) { a in
            try withTree(new) { b in
                try pathPointers.withUnsafeMutableBufferPointer { buf in
                    if paths != nil {
                        opts.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH.rawValue
                        opts.pathspec.strings = buf.baseAddress
                        opts.pathspec.count = buf.count
                    }
                    try check(git_diff_tree_to_tree(&diff, handle, a, b, &opts), "diff trees")
                }
            }
        }
        defer { git_diff_free(diff) }
        var findOpts = git_diff_find_options()
        try check(git_diff_find_options_init(&findOpts, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION)), "rename options")
        findOpts.flags = GIT_DIFF_FIND_RENAMES.rawValue
        try check(git_diff_find_similar(diff, &findOpts), "find renames")

        var files: [FileStat] = []
        let count = git_diff_num_deltas(diff)
        for i in 0..<count {
            let delta = git_diff_get_delta(diff, i)!.pointee
            var patch: OpaquePointer?
            try check(git_patch_from_diff(&patch, diff, i), "diff file")
            defer { git_patch_free(patch) }
            var context = 0
            var adds = 0
            var dels = 0
            try check(git_patch_line_stats(&context, &adds, &dels, patch), "count lines")
            let newPath = String(cString: delta.new_file.path)
            let oldPath = String(cString: delta.old_file.path)
            let status: FileStat.Status
            switch delta.status {
            case GIT_DELTA_ADDED: status = .added
            case GIT_DELTA_DELETED: status = .deleted
            case GIT_DELTA_RENAMED: status = .renamed
            case GIT_DELTA_TYPECHANGE: status = .typechange
            default: status = .modified
            }
            var stat = FileStat(
                path: status == .deleted ? oldPath : newPath, oldPath: status == .renamed ? oldPath : nil, status: status, additions: adds,
                deletions: dels)
            let oldMode = UInt32(delta.old_file.mode)
            let newMode = UInt32(delta.new_file.mode)
            if oldMode != 0, newMode != 0, oldMode != newMode {
                stat.oldMode = String(oldMode, radix: 8)
                stat.newMode = String(newMode, radix: 8)
            }
            files.append(stat)
        }
        var text = ""
        var lines: [DiffLine] = []
        if withText {
            // git_diff_print rather than git_diff_to_buf: the same text, plus each line's
            // origin, so what a line is shown as follows the diff's structure.
            let printer = DiffPrinter()
            let payload = Unmanaged.passUnretained(printer).toOpaque()
            try withExtendedLifetime(printer) {
                try check(
                    git_diff_print(
                        diff, GIT_DIFF_FORMAT_PATCH,
                        { _, _, line, payload in
                            guard let line, let payload else { return 0 }
                            let p = Unmanaged<DiffPrinter>.fromOpaque(payload).takeUnretainedValue()
                            p.add(
                                origin: UInt8(bitPattern: line.pointee.origin),
                                content: UnsafeRawBufferPointer(start: line.pointee.content, count: line.pointee.content_len))
                            return 0
                        }, payload), "format diff")
            }
            text = printer.finish()
            lines = printer.lines
        }
        return Patch(text: text, lines: lines, files: files)
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
