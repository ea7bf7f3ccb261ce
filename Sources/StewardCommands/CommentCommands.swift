import ArgumentParser
import Foundation
import StewardCore
import StewardSandbox

extension ProposalComment.Side: ExpressibleByArgument {}

struct CommentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comment",
        abstract: "Comment on a pending proposal, one of its files or one line; 'steward revise N' hands open comments to the agent.",
        discussion: """
            steward comment 3 "Good, but shorter"               on the proposal
            steward comment 3 memory/a.md "Cite a source"      on a file
            steward comment 3 memory/a.md:4 "Wrong country"    on line 4 of its new version (--side old: of its old one)
            steward comment 3 --resolve 1                      mark comment 1 resolved
            """)

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The proposal number.") var number: ProposalNumber
    @Argument(help: ArgumentHelp("[PATH[:LINE]] TEXT: where (optional), then what should change.", valueName: "where-and-text")) var words: [String] =
        []
    @Option(help: "Which version LINE counts in: new (the proposal's, default) or old (its base's).") var side: ProposalComment.Side?
    @Option(help: ArgumentHelp("Mark comment K resolved instead of adding one.", valueName: "K")) var resolve: Int?
    @Option(help: "Who comments (default: $STEWARD_APPROVER, else the OS user).") var by: String?
    @Flag(help: "Print the comment as JSON.") var json = false

    func validate() throws {
        if resolve != nil {
            if !words.isEmpty || side != nil { throw ValidationError("--resolve K takes no path, text or --side") }
            return
        }
        if words.isEmpty { throw ValidationError("say what should change: steward comment N [PATH[:LINE]] \"TEXT\"") }
        if words.count > 2 { throw ValidationError("too many words: put the text in quotes, steward comment N [PATH[:LINE]] \"TEXT\"") }
        if side != nil, words.count == 1 || Self.anchor(words[0]).line == nil { throw ValidationError("--side needs a line: PATH:LINE") }
    }

    /// `PATH:LINE` split at its last colon when only digits follow it; otherwise all path.
    static func anchor(_ s: String) -> (path: String, line: Int?) {
        guard let colon = s.lastIndex(of: ":"), colon != s.startIndex else { return (s, nil) }
        let digits = s[s.index(after: colon)...]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let line = Int(digits) else { return (s, nil) }
        return (String(s[..<colon]), line)
    }

    func run() async throws {
        let ws = try await options.open()
        let person = Identity.approver(explicit: by)
        if let j = number.offline, resolve == nil {
            // On a proposal made offline (spec 22.4): kept here, carried to its number by sync.
            let (path, line) = words.count == 2 ? Self.anchor(words[0]) : (nil, nil)
            let c = try await ws.comment(onOffline: j, path: path, line: line, side: side, text: words.last!, by: person)
            if json {
                try Terminal.printJSON(c)
                return
            }
            print("Comment \(c.id) on o\(j) by \(Escape.inline(c.author)), on \(Escape.inline(c.place)): \(Escape.inline(c.text))")
            print("It is kept on this machine until 'steward sync' numbers o\(j); then it goes with it.")
            return
        }
        if let j = number.offline, let k = resolve {
            // On a proposal made offline (spec 22.4): kept here, carried to its number by sync.
            let c = try await ws.resolveComment(k, onOffline: j, by: person)
            if json { return try Terminal.printJSON(c) }
            print("Resolved comment \(k) on o\(j) by \(Escape.inline(person)), on \(Escape.inline(c.place)): \(Escape.inline(c.text))")
            print("It is kept on this machine until 'steward sync' numbers o\(j); then it goes with it.")
            return
        }
        let n = try number.value
        let c: ProposalComment
        if let k = resolve {
            c = try await ws.resolveComment(k, on: n, by: person)
        } else {
            let (path, line) = words.count == 2 ? Self.anchor(words[0]) : (nil, nil)
            c = try await ws.comment(on: n, path: path, line: line, side: side, text: words.last!, by: person)
        }
        if json {
            try Terminal.printJSON(c)
            return
        }
        if c.unsynced == true {
            // The remote did not answer (spec 22.4): kept here, published by the next sync.
            print("Comment on #\(n) by \(Escape.inline(c.author)), on \(Escape.inline(c.place)): \(Escape.inline(c.text))")
            print("The remote did not answer: it is kept on this machine, not synced yet; 'steward sync' publishes it and gives it its id.")
            return
        }
        if resolve != nil, c.resolutionUnsynced == true {
            // The remote did not answer (spec 22.4): kept here, published by the next sync.
            print("Resolved comment \(c.id) on #\(n) by \(Escape.inline(person)), on \(Escape.inline(c.place)): \(Escape.inline(c.text))")
            print("The remote did not answer: the resolution is kept on this machine, not synced yet; 'steward sync' publishes it.")
            return
        }
        let what = resolve != nil ? "Resolved comment \(c.id) on #\(n)" : "Comment \(c.id) on #\(n)"
        print("\(what) by \(Escape.inline(resolve != nil ? person : c.author)), on \(Escape.inline(c.place)): \(Escape.inline(c.text))")
        if resolve == nil { print("It goes to the agent with 'steward revise \(n)'.") }
    }
}

struct CommentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comments", abstract: "List a proposal's comments: where each is on the current version, open, resolved or closed.")

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The proposal number.") var number: ProposalNumber
    @Flag(help: "Print the comments as JSON.") var json = false

    func run() async throws {
        let ws = try await options.open()
        let (list, n) =
            if let j = number.offline { (try await ws.comments(onOffline: j), "o\(j)") } else {
                (try await ws.comments(on: try number.value), "#\(try number.value)")
            }
        if json {
            try Terminal.printJSON(list)
            return
        }
        if list.isEmpty {
            print("No comments on \(n). Add one with 'steward comment \(n.drop { $0 == "#" }) [PATH[:LINE]] \"TEXT\"'.")
            return
        }
        let open = list.filter { $0.state == .open }.count
        let unsynced = list.filter { $0.unsynced == true }.count
        print("\(n): \(list.count) comment\(list.count == 1 ? "" : "s"), \(open) open" + (unsynced > 0 ? ", \(unsynced) not synced yet" : ""))
        for c in list { print(CommentLines.of(c).joined(separator: "\n")) }
    }
}

/// How a comment is printed (`comments`, `diff`): one header line, then its text, the line it
/// was about when that line is gone, and what changed since. Everything escaped.
enum CommentLines {
    static func of(_ c: ProposalComment, prefix: String = "") -> [String] {
        let state =
            c.state == .resolved
            ? "resolved by \(Escape.inline(c.resolvedBy ?? "?"))" + (c.resolutionUnsynced == true ? " (not synced yet)" : "") : c.state.rawValue
        // Kept here while the remote did not answer (spec 22.4): no id until sync publishes it.
        let name = c.unsynced == true ? "comment (not synced yet: 'steward sync' publishes it)" : "comment \(c.id)"
        var out = ["\(prefix)# \(name) by \(Escape.inline(c.author)), \(Terminal.age(c.date)) ago, \(state), on \(Escape.inline(c.place)):"]
        for line in c.text.split(separator: "\n", omittingEmptySubsequences: false) { out.append("\(prefix)#   \(Escape.inline(String(line)))") }
        if c.outdated, let text = c.lineText { out.append("\(prefix)#   (the line then read: \(Escape.inline(text)))") }
        if let changed = c.changedSince, !changed.isEmpty {
            out.append("\(prefix)#   changed since: \(changed.map(Escape.inline).joined(separator: ", "))")
        }
        return out
    }
}

/// Where `steward diff` prints comments: a line comment placed on the current head right
/// after its line in the patch, a file's other comments after that file's diff, and the rest
/// (the proposal's own, files not in this diff) under the header.
struct CommentLayout {
    private(set) var top: [ProposalComment] = []
    private var after: [Int: [ProposalComment]] = [:]

    init(lines: [PatchLine], files: [ChangedFile], comments: [ProposalComment]) {
        var fileOf: [Int] = []  // the file index of each line (-1 before the first)
        var lineAt: [String: Int] = [:]  // "file side number" → index of that line in `lines`
        var file = -1
        var old = 0
        var new = 0
        for (i, l) in lines.enumerated() {
            switch l.kind {
            case .file where l.text.hasPrefix("diff --git "): file += 1
            case .hunk:
                // "@@ -a[,b] +c[,d] @@": the numbers of the first old and new lines.
                let parts = l.text.split(separator: " ")
                if parts.count > 2 {
                    old = Int(parts[1].dropFirst().split(separator: ",")[0]) ?? 0
                    new = Int(parts[2].dropFirst().split(separator: ",")[0]) ?? 0
                }
            case .context:
                lineAt["\(file) old \(old)"] = i
                lineAt["\(file) new \(new)"] = i
                old += 1
                new += 1
            case .deletion:
                lineAt["\(file) old \(old)"] = i
                old += 1
            case .addition:
                lineAt["\(file) new \(new)"] = i
                new += 1
            default: break
            }
            fileOf.append(file)
        }
        for c in comments {
            guard let path = c.path, let f = files.firstIndex(where: { $0.path == path || $0.oldPath == path }) else {
                top.append(c)
                continue
            }
            if let line = c.currentLine, let i = lineAt["\(f) \((c.side ?? .new).rawValue) \(line)"] {
                after[i, default: []].append(c)
            } else if let last = fileOf.lastIndex(of: f) {
                after[last, default: []].append(c)
            } else {
                top.append(c)
            }
        }
    }

    /// The comments to print after line `i` of the patch.
    func after(_ i: Int) -> [ProposalComment] { after[i] ?? [] }
}
