import Foundation

/// git's standard error as it is read, run with `GIT_TRACE_PACKET=2` (spec 22.2): the packet
/// trace tells a remote that answered (a line git read, `push< …`, or one the other side's
/// `upload-pack`/`receive-pack` wrote, on a path remote) from one that did not (nothing, or only
/// git's own request, `fetch> git-upload-pack …`, which a `git://` remote is sent first). The
/// trace is never shown or kept: what git says besides it is kept (`said`, at most 1 MiB) and
/// handed to `report` line by line, as progress.
final class GitStderr {
    /// The remote answered: git read a packet from it, or it said something (`remote: …`).
    private(set) var answered = false
    /// A line that counted as speech came (git's own message, or the remote's answer).
    private(set) var spoke = false
    /// git's lines without the trace, each ended by its `\n` or `\r`.
    private(set) var said = Data()
    private var pending = Data()
    private let report: ((String) -> Void)?
    static let limit = 1 << 20

    init(report: ((String) -> Void)?) { self.report = report }

    /// Takes the next piece of stderr; returns whether it counts as the remote (or git, once
    /// the remote answered) speaking, for the connect and idle time-outs. A line cut at the end
    /// of the piece is judged with the piece that ends it.
    func take(_ data: Data) -> Bool {
        pending.append(data)
        var counts = false
        var start = pending.startIndex
        pending.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            var i = 0
            while i < raw.count {
                let rest = raw.count - i
                // The next end of a line: `\n`, or `\r` (progress rewrites its line).
                let nl = memchr(base + i, 10, rest).map { UnsafeRawPointer($0) - base } ?? raw.count
                let cr = memchr(base + i, 13, min(rest, nl - i)).map { UnsafeRawPointer($0) - base } ?? raw.count
                let end = min(nl, cr)
                guard end < raw.count else { break }
                if judge(UnsafeRawBufferPointer(rebasing: raw[i...end])) { counts = true }
                i = end + 1
            }
            start = pending.startIndex + i
        }
        pending.removeSubrange(pending.startIndex..<start)
        return counts
    }

    /// What is left without an end of line when git ended: a line of its own.
    func finish() {
        guard !pending.isEmpty else { return }
        pending.append(10)
        _ = take(Data())
    }

    /// Where `packet:` starts in `head` (glibc's `memmem` needs `_GNU_SOURCE`, which Swift's
    /// Glibc module does not set).
    static func marker(in head: UnsafeRawBufferPointer) -> Int? {
        let word: [UInt8] = Array("packet:".utf8)
        guard head.count >= word.count else { return nil }
        for i in 0...(head.count - word.count) where head[i] == word[0] {
            if (1..<word.count).allSatisfy({ head[i + $0] == word[$0] }) { return i }
        }
        return nil
    }

    /// One line with its ending: a trace line changes `answered`; any other is kept and shown.
    private func judge(_ line: UnsafeRawBufferPointer) -> Bool {
        guard let base = line.baseAddress else { return false }
        if let found = Self.marker(in: UnsafeRawBufferPointer(start: base, count: min(line.count, 80))) {
            // `… packet:   IDENTITY< DATA`: IDENTITY is git's (fetch, push, git, clone) or the
            // other side's on a path remote (upload-pack, receive-pack).
            var j = found + 7
            while j < line.count && line[j] == 32 { j += 1 }
            let word = j
            while j < line.count && line[j] != 32 && line[j] != 10 && line[j] != 13 { j += 1 }
            guard j > word else { return answered }
            let direction = line[j - 1]
            let identity = String(decoding: UnsafeRawBufferPointer(rebasing: line[word..<(j - 1)]), as: UTF8.self)
            if direction == UInt8(ascii: "<") || identity.hasSuffix("-pack") { answered = true }
            return answered
        }
        let text = String(decoding: line, as: UTF8.self)
        if text.hasPrefix("remote:") { answered = true }
        spoke = true
        if said.count + line.count <= Self.limit { said.append(contentsOf: line) }
        let shown = text.trimmingCharacters(in: .newlines)
        if let report, !shown.isEmpty { report(shown) }
        return true
    }
}
