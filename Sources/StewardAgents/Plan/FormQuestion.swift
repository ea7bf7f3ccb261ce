import Foundation
import StewardJSON
import StewardTools

/// One small typed question to the model: a short prompt (no tool block) and the JSON Schema
/// its reply is held to, so the answer is valid by construction (issue 19: a 0.5B model picks
/// from an enum far more reliably than it writes a tool call). A model whose server cannot hold
/// a reply to a schema (`constrained = false`) is asked `written` instead, and its reply is
/// `read` leniently: only an answer that fits the schema is taken.
struct FormQuestion: Sendable, Hashable {
    var system: String
    var user: String
    /// The reply's schema: an object whose top-level properties are checked again on arrival
    /// (a server may not hold the reply to it).
    var schema: JSONValue
    /// An answer is a few words: a reply limit keeps a rambling one short.
    var maxTokens: Int
    /// Words a reply not held to the schema may give for an enum's value (lowercased), and the
    /// value each stands for: read only when the reply's value is none of the enum's.
    var aliases: [String: String] = [:]
    /// Whether a reply that begins repeating itself is stopped there (`RepeatingText`), as the
    /// loop's own replies are: for a long answer a small model may loop on (a script's imports).
    var stopsRepeating = false

    init(system: String, user: String, schema: JSONValue, maxTokens: Int = 64, aliases: [String: String] = [:], stopsRepeating: Bool = false) {
        self.system = system
        self.user = user
        self.schema = schema
        self.maxTokens = maxTokens
        self.aliases = aliases
        self.stopsRepeating = stopsRepeating
    }

    /// An object schema with `properties`, all of them required, each string's pattern made
    /// `jsonSafe`.
    static func object(_ properties: [(String, JSONValue)]) -> JSONValue {
        .object([
            "type": "object",
            "properties": .object(Dictionary(uniqueKeysWithValues: properties.map { ($0.0, safe($0.1)) })),
            "required": .array(properties.map { .string($0.0) }),
        ])
    }

    /// `property` with its pattern, and its items', `jsonSafe`.
    static func safe(_ property: JSONValue) -> JSONValue {
        guard case .object(var o) = property else { return property }
        if let pattern = o["pattern"]?.string { o["pattern"] = .string(jsonSafe(pattern)) }
        if let items = o["items"] { o["items"] = safe(items) }
        return .object(o)
    }

    /// `pattern` held off a double quote and a backslash: every class of what a character is
    /// not (`[^…]`) and every `.` outside a class. llama.cpp's server holds the reply's raw JSON
    /// text to a string's pattern, so a class that lets a quote through lets the string end
    /// inside it: measured (fresh25 2603), `^[^|\n0-9]{1,60}$` for an author ran on as
    /// `Maggie O'Farrell", "Finished": "September   ,   ", "Rating":"`, keys never asked and
    /// JSON no parser reads. Without a quote or a backslash the raw text and the string agree.
    static func jsonSafe(_ pattern: String) -> String {
        var out = ""
        var escaped = false
        var inClass = false
        var chars = pattern.makeIterator()
        var previous: Character?
        while let c = chars.next() {
            defer { previous = c }
            if escaped {
                escaped = false
                out.append(c)
                continue
            }
            switch c {
            case "\\":
                escaped = true
                out.append(c)
            case "[" where !inClass:
                inClass = true
                out.append(c)
            case "^" where inClass && previous == "[":
                out += "^\"\\\\"
            case "]" where inClass && previous != "[":
                inClass = false
                out.append(c)
            case "." where !inClass:
                out += "[^\"\\\\\\n]"
            default:
                out.append(c)
            }
        }
        return out
    }

    /// A string that is one of `values`.
    static func oneOf(_ values: [String]) -> JSONValue {
        .object(["type": "string", "enum": .array(values.map { .string($0) })])
    }

    /// The question for a reply no server holds to the schema: every prompt already shows the
    /// reply's shape (`Reply with JSON {…}`); the values a property may take are said again at
    /// the end (a few; many only when the prompt does not show them all: measured, the 0.5B
    /// model answered "set", a word of the line for `replace`, until they were), and a code
    /// fence around the answer has room.
    var written: FormQuestion {
        var q = self
        var said: [String] = []
        for name in Self.names(schema) {
            guard let property = schema["properties"]?[name] else { continue }
            guard let options = (property["enum"] ?? property["items"]?["enum"])?.array else { continue }
            let texts = options.map { $0.string ?? $0.jsonText }
            if options.count <= Self.fewValues || !texts.allSatisfy({ system.contains($0) || user.contains($0) }) {
                said.append("\"\(name)\" is one of: " + options.map(\.jsonText).joined(separator: ", ") + ".")
            }
        }
        q.system += (said.isEmpty ? "" : "\n" + said.joined(separator: "\n")) + "\nReply with the JSON object only."
        q.maxTokens += 16
        return q
    }

    /// The answer in a reply's `text` when it fits the schema (a value that differs from one
    /// of a property's values only in case or surrounding space is taken as that value), else
    /// what is wrong with it, in words for the model. A reply the server `held` to the schema is
    /// checked at the top level only; one it did not, also its items' values, its strings'
    /// patterns and lengths.
    func read(_ text: String, held: Bool = false) -> Result<[String: JSONValue], Misfit> {
        guard var object = Self.firstObject(text) else { return .failure(Misfit("no JSON object in the reply")) }
        for name in Self.names(schema) {
            guard let property = schema["properties"]?[name], let value = object[name] else { continue }
            if let options = property["enum"]?.array {
                object[name] = Self.matched(value, options, aliases: held ? [:] : aliases)
            } else if let options = property["items"]?["enum"]?.array, let items = value.array {
                object[name] = .array(items.map { Self.matched($0, options) })
            }
        }
        if !held {
            for name in Self.names(schema) {
                guard let options = schema["properties"]?[name]?["enum"]?.array, options.count <= Self.fewValues, let value = object[name],
                    !options.contains(value)
                else { continue }
                return .failure(Misfit("\"\(name)\" must be one of \(options.map(\.jsonText).joined(separator: ", ")); got \(value.jsonText)"))
            }
        }
        if let problem = ToolSchema.check(object, against: schema) { return .failure(Misfit(problem)) }
        if held { return .success(object) }
        for name in Self.names(schema) {
            guard let property = schema["properties"]?[name], let options = property["items"]?["enum"]?.array else { continue }
            if let stray = object[name]?.array?.first(where: { !options.contains($0) }) {
                return .failure(Misfit("\(stray.jsonText) is not one of the \"\(name)\" listed"))
            }
        }
        for name in Self.names(schema) {
            guard let property = schema["properties"]?[name], let value = object[name]?.string else { continue }
            if let pattern = property["pattern"]?.string, value.range(of: pattern, options: .regularExpression) == nil {
                return .failure(Misfit("\"\(name)\" must match \(pattern)"))
            }
            if let most = property["maxLength"]?.number, Double(value.count) > most {
                return .failure(Misfit("\"\(name)\" is longer than \(Int(most)) characters"))
            }
        }
        return .success(object)
    }

    /// An enum of at most this many values is listed whole, in the prompt and when a reply
    /// misses it.
    static let fewValues = 20

    /// What does not fit in a reply.
    struct Misfit: Error, Equatable {
        var problem: String
        init(_ problem: String) { self.problem = problem }
    }

    /// The schema's property names, required ones in their order first.
    static func names(_ schema: JSONValue) -> [String] {
        let required = (schema["required"]?.array ?? []).compactMap(\.string)
        return required + (schema["properties"]?.object?.keys.sorted() ?? []).filter { !required.contains($0) }
    }

    /// `value`, or the one of `options` it is once case and surrounding space are set aside.
    static func matched(_ value: JSONValue, _ options: [JSONValue], aliases: [String: String] = [:]) -> JSONValue {
        guard !options.contains(value), let s = value.string?.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() else { return value }
        let same = options.filter { $0.string?.lowercased() == s }
        if same.count == 1 { return same[0] }
        if let alias = aliases[s].map(JSONValue.string), options.contains(alias) { return alias }
        return value
    }

    /// The first JSON object in `text`: the whole of it, else the first balanced `{…}` that
    /// parses (a small model may put prose or a code fence around its answer).
    static func firstObject(_ text: String) -> [String: JSONValue]? {
        if let whole = (try? JSONValue.parseLenient(text))?.object { return whole }
        let bytes = Array(text.utf8)
        for c in ToolCallRepair.candidates(in: bytes, 0..<bytes.count, ended: true) where bytes[c.start] == UInt8(ascii: "{") {
            let span = String(decoding: bytes[c.start..<c.end] + c.suffix, as: UTF8.self)
            if let object = (try? JSONValue.parseLenient(span))?.object { return object }
        }
        return nil
    }
}
