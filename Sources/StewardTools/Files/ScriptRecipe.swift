import Foundation

/// A small script people ask for, written by code (`write_script`): what it does, the words
/// that ask for it, and its Python and shell text. Each reads the files named as arguments,
/// or standard input when none is named, and prints its result, as Unix tools do.
public struct ScriptRecipe: Sendable, Hashable {
    /// What it does, for people and models ("count the words").
    public var does: String
    /// Word groups that ask for it: each group must be met by a word starting with one of
    /// its stems (or containing a phrase with a space in it).
    var asks: [[String]]
    /// What comes after the arguments in the usage line.
    var usage: String
    /// The body of the Python script (after `read`, before the `main` call).
    var python: String
    /// The shell script's commands (POSIX sh), or nil when there is no shell version.
    var shell: String?

    static let count = ["count", "how many", "number", "tally", "wc", "total"]

    /// Every recipe, the more particular first ("how often each word" before "count words").
    public static let all: [ScriptRecipe] = [
        ScriptRecipe(
            does: "count how often each word appears", asks: [["frequen", "how often", "occur", "most common", "each word", "every word"]],
            usage: "[FILE ...]",
            python: """
                def main(args):
                    words = re.findall(r"[\\w']+", "".join(read(args)).lower())
                    for word, n in collections.Counter(words).most_common():
                        print(n, word)
                """,
            shell: #"cat -- "$@" | tr -cs "[:alnum:]'" '\n' | tr '[:upper:]' '[:lower:]' | grep -v '^$' | sort | uniq -c | sort -rn"#),
        ScriptRecipe(
            does: "convert CSV to JSON", asks: [["csv"], ["json"]], usage: "[FILE.csv ...]",
            python: """
                def main(args):
                    rows = list(csv.DictReader(io.StringIO("".join(read(args)))))
                    print(json.dumps(rows, indent=2, ensure_ascii=False))
                """, shell: nil),
        counting("words", asks: ["word"], python: "len(text.split())", shell: "wc -w"),
        counting("lines", asks: ["line"], python: "len(text.splitlines())", shell: "wc -l"),
        counting("characters", asks: ["character", "char", "letter"], python: "len(text)", shell: "wc -m"),
        ScriptRecipe(
            does: "add up the numbers",
            asks: [["sum", "total", "add up", "adds up", "adding up"], ["number", "column", "amount", "figure", "price", "value"]],
            usage: "[FILE ...]",
            python: """
                def main(args):
                    total = sum(float(n) for n in re.findall(r"-?\\d+(?:\\.\\d+)?", "".join(read(args))))
                    print(int(total) if total == int(total) else total)
                """,
            shell: #"cat -- "$@" | grep -oE -- '-?[0-9]+(\.[0-9]+)?' | awk '{ s += $1 } END { print s + 0 }'"#),
        lines(
            "remove duplicate lines", asks: [["duplicate", "dedup", "unique", "uniq"]], python: "list(dict.fromkeys(lines))",
            shell: "awk '!seen[$0]++'"),
        lines("sort the lines", asks: [["sort", "alphabeti"]], python: "sorted(lines)", shell: "LC_ALL=C sort"),
        lines(
            "reverse the order of the lines", asks: [["reverse", "backward"]], python: "lines[::-1]",
            shell: "awk '{ l[NR] = $0 } END { for (i = NR; i > 0; i--) print l[i] }'"),
        lines(
            "make the text upper case", asks: [["upper", "capital", "caps"]], python: "[line.upper() for line in lines]",
            shell: "tr '[:lower:]' '[:upper:]'"),
        lines("make the text lower case", asks: [["lower"]], python: "[line.lower() for line in lines]", shell: "tr '[:upper:]' '[:lower:]'"),
        lines("print the first 10 lines", asks: [["first", "head", "top"], ["line"]], python: "lines[:10]", shell: "head -n 10"),
        lines("print the last 10 lines", asks: [["last", "tail", "end"], ["line"]], python: "lines[-10:]", shell: "tail -n 10"),
        ScriptRecipe(
            does: "print the lines that contain a word",
            asks: [["find", "search", "grep", "contain", "match", "filter", "mention"], ["line", "word", "text"]],
            usage: "WORD [FILE ...]",
            python: """
                def main(args):
                    if not args:
                        sys.exit("usage: give the word to look for, then the files")
                    word = args[0].lower()
                    for line in "".join(read(args[1:])).splitlines():
                        if word in line.lower():
                            print(line)
                """,
            shell: #"[ $# -ge 1 ] || { echo "usage: give the word to look for, then the files" >&2; exit 2; }"# + "\n"
                + #"word=$1; shift; cat -- "$@" | grep -i -F -- "$word""#),
        ScriptRecipe(
            does: "list the files in a folder", asks: [["list", "show"], ["file", "folder", "director"]], usage: "[FOLDER]",
            python: """
                def main(args):
                    folder = args[0] if args else "."
                    for name in sorted(os.listdir(folder)):
                        print(name)
                """, shell: #"ls -1 -- "${1:-.}""#),
        ScriptRecipe(
            does: "replace a text with another", asks: [["replace", "substitut", "swap"]], usage: "OLD NEW [FILE ...]",
            python: """
                def main(args):
                    if len(args) < 2:
                        sys.exit("usage: give the text to replace, its replacement, then the files")
                    sys.stdout.write("".join(read(args[2:])).replace(args[0], args[1]))
                """, shell: nil),
    ]

    /// A recipe that counts `what` in each file, as `wc` does: one file (or standard input)
    /// prints the number; several print each with its name, then the total.
    static func counting(_ what: String, asks noun: [String], python: String, shell: String) -> ScriptRecipe {
        ScriptRecipe(
            does: "count the \(what)", asks: [count, noun], usage: "[FILE ...]",
            python: """
                def count(text):
                    return \(python)


                def main(args):
                    counts = [count(text) for text in read(args)]
                    if len(args) <= 1:
                        print(counts[0])
                        return
                    for n, path in zip(counts, args):
                        print(n, path)
                    print(sum(counts), "total")
                """,
            shell: """
                if [ $# -le 1 ]; then cat -- "$@" | \(shell) | tr -d ' '; exit; fi
                total=0
                for f in "$@"; do n=$(\(shell) < "$f" | tr -d ' '); echo "$n $f"; total=$((total + n)); done
                echo "$total total"
                """)
    }

    /// A recipe that prints the lines of the files changed by `python` (an expression of
    /// `lines`) or by the `shell` filter.
    static func lines(_ does: String, asks: [[String]], python: String, shell: String) -> ScriptRecipe {
        ScriptRecipe(
            does: does, asks: asks, usage: "[FILE ...]",
            python: """
                def main(args):
                    lines = "".join(read(args)).splitlines()
                    for line in \(python):
                        print(line)
                """, shell: #"cat -- "$@" | "# + shell)
    }

    /// The recipe `words` ask for, the more particular first; nil when none is asked for.
    public static func matching(_ words: String) -> ScriptRecipe? {
        let text = " " + words.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ") + " "
        let tokens = text.split(separator: " ")
        func met(_ group: [String]) -> Bool {
            group.contains { stem in stem.contains(" ") ? text.contains(" " + stem) : tokens.contains { $0.hasPrefix(stem) } }
        }
        return all.first { $0.asks.allSatisfy(met) }
    }

    /// The script's text for `path` (`.py` is Python 3, `.sh` or `.bash` POSIX sh); nil for
    /// another language, or shell when this recipe has no shell version.
    public func text(for path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        switch Self.language(path) {
        case "python":
            // The modules the body uses, and sys (read and main use it).
            let modules = ["collections", "csv", "io", "json", "os", "re"].filter { python.contains($0 + ".") } + ["sys"]
            let imports = modules.map { "import " + $0 }.joined(separator: "\n")
            return """
                #!/usr/bin/env python3
                \"\"\"\(does.prefix(1).uppercased() + does.dropFirst()).

                Usage: python3 \(name) \(usage)
                Reads standard input when no file is given.
                \"\"\"
                \(imports)


                def read(paths):
                    \"\"\"The text of each file named, or of standard input when none is.\"\"\"
                    if not paths:
                        return [sys.stdin.read()]
                    texts = []
                    for path in paths:
                        with open(path, encoding="utf-8") as f:
                            texts.append(f.read())
                    return texts


                \(python)

                if __name__ == "__main__":
                    main(sys.argv[1:])

                """
        case "shell":
            return shell.map {
                "#!/bin/sh\n# \(does.prefix(1).uppercased() + does.dropFirst()).\n# Usage: sh \(name) \(usage)\n"
                    + "# Reads standard input when no file is given.\n\($0)\n"
            }
        default: return nil
        }
    }

    /// "python" for `.py`, "shell" for `.sh` and `.bash`, nil otherwise.
    public static func language(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.contains(".") else { return nil }
        switch name.split(separator: ".").last.map({ $0.lowercased() }) {
        case "py": return "python"
        case "sh", "bash": return "shell"
        default: return nil
        }
    }
}
