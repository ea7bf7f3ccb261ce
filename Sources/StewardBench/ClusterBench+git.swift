import Foundation

// The git side of a task in `steward-bench cluster`: every `git` a `steward` runs (fetches,
// pushes) goes through a wrapper first on the bench's PATH that logs when it started and ended
// and how it exited (bash's $EPOCHREALTIME: no process of its own; the wrapper costs a bash
// start, about 2 ms, on every git command, in every run alike).
struct GitCalls {
    static let logVariable = "STEWARD_BENCH_GIT_LOG"

    var pushes = 0
    /// Pushes git refused: a lease lost, a proposal number another machine took first.
    var refused = 0
    var pushSeconds = 0.0
    var fetches = 0
    var fetchSeconds = 0.0
    var others = 0
    var otherSeconds = 0.0

    /// Writes the wrapper `git` into `folder`.
    static func installWrapper(in folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let script = """
            #!/bin/bash
            start=$EPOCHREALTIME
            /usr/bin/git "$@"
            rc=$?
            if [ -n "$\(logVariable)" ]; then
              line="$start $EPOCHREALTIME $rc $*"
              printf '%s\\n' "${line//$'\\n'/ }" >> "$\(logVariable)"
            fi
            exit $rc

            """
        try script.write(toFile: folder + "/git", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/git")
    }

    /// The git commands of `log` that started between `from` and `to` (seconds since 1970).
    static func read(_ log: String, from: Double, to: Double) throws -> GitCalls {
        var calls = GitCalls()
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            guard words.count >= 4, let start = Double(words[0]), let end = Double(words[1]), start >= from, start <= to else { continue }
            let seconds = end - start
            // The command: the first word after the options (`-C DIR`, `-c KEY=VALUE` take one).
            var i = 3
            while i < words.count, words[i].hasPrefix("-") { i += ["-C", "-c"].contains(words[i]) ? 2 : 1 }
            switch i < words.count ? words[i] : "" {
            case "push":
                calls.pushes += 1
                calls.pushSeconds += seconds
                if words[2] != "0" { calls.refused += 1 }
            case "fetch":
                calls.fetches += 1
                calls.fetchSeconds += seconds
            default:
                calls.others += 1
                calls.otherSeconds += seconds
            }
        }
        return calls
    }
}
