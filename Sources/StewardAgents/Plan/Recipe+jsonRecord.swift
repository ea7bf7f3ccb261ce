import Foundation
import StewardJSON
import StewardTools

/// A new record like a JSON one (issue 19, fresh30 3101: "Create
/// memory/bike-repairs/road/2030-03-09.json like 2030-02-22.json: date 2030-03-09, bike road, job
/// brake pads replaced, …", one flat object a file; measured: the 0.5B model's lines were the
/// task's clauses, refused as no JSON, then a Markdown list converted). The sample's keys and
/// values are read as `key: value` lines, filled as any keyed note's (`Recipe+keyedRecord`),
/// and the new object is written with the sample's keys in its order, each value of the kind
/// the sample's is (a number stays a number), on one line or indented as the sample is.
extension AgentLoop {
    /// How a JSON sample writes its object: each key's value as it was (for its kind), and
    /// whether it is one line.
    struct JSONLayout {
        var values: [String: JSONValue]
        var oneLine: Bool

        /// The new object's text: `pairs` in order, a value as the sample's kind (a figure for
        /// a number, `true`/`false` for a yes or no), else a string.
        func text(_ pairs: [(key: String, value: String)]) -> String {
            let members = pairs.map { pair in
                JSONValue.string(pair.key).jsonText + ": " + written(pair.value, like: values[pair.key] ?? .null)
            }
            return oneLine ? "{" + members.joined(separator: ", ") + "}" : "{\n  " + members.joined(separator: ",\n  ") + "\n}"
        }

        /// `value` as JSON of `sample`'s kind where it is one ("£18.50" as `18.50`).
        func written(_ value: String, like sample: JSONValue) -> String {
            switch sample {
            case .number, .bigInteger:
                let figure = value.trimmingCharacters(in: CharacterSet(charactersIn: "£$€ "))
                if figure.range(of: #"^-?\d+(\.\d+)?$"#, options: .regularExpression) != nil {
                    return figure.hasPrefix("0") && figure.count > 1 && !figure.hasPrefix("0.") ? JSONValue.string(value).jsonText : figure
                }
            case .bool:
                if let yes = AgentLoop.yesNoPair(of: value).map({ $0.yes == value.lowercased() }) { return yes ? "true" : "false" }
            default: break
            }
            return JSONValue.string(value).jsonText
        }
    }

    /// The new line of a log of flat JSON objects, one a line (a `.jsonl` file): made like its
    /// last line (`keyedRecord`), a key the task gives no value for taking the value every line
    /// has (fresh33 3403: "Could you add it to the end of donations.jsonl …, same as the others?"
    /// of a log whose every donation is "whole blood"; measured: the 0.5B model's line was the
    /// task's words). Nil when the file is no such log or the task writes the object itself.
    func jsonLogLine(path: String, text: String, task: String, words: String, _ state: inout LoopState) async -> String? {
        let records = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let samples = records.compactMap(Self.jsonSample(of:))
        guard records.count >= 2, samples.count == records.count, let sample = samples.last, sample.json?.oneLine == true,
            !Self.withoutPaths(words).contains("{")
        else { return nil }
        var constant: [String: String] = [:]
        for key in sample.keys {
            let seen = Set(samples.map { $0.value(of: key) })
            if seen.count == 1, let value = seen.first, !value.isEmpty { constant[key] = value }
        }
        return await keyedRecord(sample, path: path, task: task, words: words, constant: constant, &state)?.first
    }

    /// A flat JSON object's sample (two keys or more, each value a string, number, yes or no,
    /// or null) as `key: value` lines in the text's order, with its layout; nil for other text.
    static func jsonSample(of text: String) -> KeyedSample? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("{"), case .object(let object)? = try? JSONValue.parse(trimmed), object.count >= 2 else { return nil }
        // The keys in the text's order (`ConvertFile.keyPositions`: a quoted string then a colon,
        // so a value that spells a key's name is not taken for it).
        let positions = ConvertFile.keyPositions(in: trimmed)
        var lines: [(at: Int, line: String)] = []
        for (key, value) in object {
            let shown: String
            switch value {
            case .string(let s) where !s.contains("\n"): shown = s
            case .number, .bigInteger: shown = rawFigure(of: key, in: trimmed) ?? value.jsonText
            case .bool(let b): shown = b ? "true" : "false"
            case .null: shown = ""
            default: return nil
            }
            guard let at = positions[key] else { return nil }
            lines.append((at, key + ": " + shown))
        }
        let ordered = lines.sorted { $0.at < $1.at }
        let keys = ordered.map { String($0.line.prefix { $0 != ":" }) }
        return KeyedSample(
            keys: keys, joiner: ": ", text: ordered.map(\.line).joined(separator: "\n"),
            json: JSONLayout(values: object, oneLine: !trimmed.contains("\n")))
    }

    /// A number's figure as the sample writes it (`32.00`, not `32`).
    static func rawFigure(of key: String, in text: String) -> String? {
        let pattern = NSRegularExpression.escapedPattern(for: JSONValue.string(key).jsonText) + #"\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)"#
        return allMatches(pattern, in: text).first?[1]
    }
}
