import Foundation
import StewardCore
import StewardJSON

/// The JSON Schema of a tool's arguments: how Steward's tools write one, and the check of a
/// call's arguments against it.
public enum ToolSchema {
    /// An object schema of string (or string-array) properties: `(name, type, description)`,
    /// the required names, no other properties.
    public static func object(_ props: [(String, String, String)], required: [String]) -> JSONValue {
        var p: [String: JSONValue] = [:]
        for (name, type, description) in props {
            var property: [String: JSONValue] = ["type": .string(type), "description": .string(description)]
            if type == "array" { property["items"] = .object(["type": "string"]) }
            p[name] = .object(property)
        }
        return .object([
            "type": "object", "properties": .object(p), "required": .array(required.map { .string($0) }), "additionalProperties": .bool(false),
        ])
    }

    /// The names of the properties a schema has.
    public static func propertyNames(_ schema: JSONValue) -> Set<String> {
        Set(schema["properties"]?.object?.keys.map { $0 } ?? [])
    }

    /// Checks arguments against the subset of JSON Schema Steward's tools use: `properties`
    /// with `type` (`string`, `integer`, `number`, `boolean`, `array`, `object`, `null`, or a
    /// list of them) and `enum`, `required`, and `additionalProperties: false`.
    ///
    /// Coerces nothing (`"10"` is not an integer, `null` is not a string), but an integer
    /// given as a whole-number double (`3.0`) is an integer.
    /// - Returns: nil when the arguments fit; otherwise one short message for the model about
    ///   the first problem, in this order: a missing required argument (in `required`'s order,
    ///   naming an unknown argument too when there is one, as that is usually a misspelling),
    ///   an unknown argument (when `additionalProperties` is false), a mistyped argument.
    ///   E.g. `missing required argument "path" (string)`.
    public static func check(_ args: [String: JSONValue], against schema: JSONValue) -> String? {
        let properties = schema["properties"]?.object ?? [:]
        let unknown = args.keys.filter { properties[$0] == nil }.sorted()
        for case .string(let name) in schema["required"]?.array ?? [] where args[name] == nil {
            let type = properties[name].flatMap(typeNames).map { " (\($0.joined(separator: " or ")))" } ?? ""
            let hint = unknown.first.map { "; unknown argument \(quoted($0))" } ?? ""
            return "missing required argument \(quoted(name))\(type)\(hint)"
        }
        if schema["additionalProperties"] == .bool(false), let first = unknown.first {
            let names = properties.keys.sorted()
            let takes =
                names.isEmpty
                ? "this tool takes no arguments"
                : "the arguments are " + names.prefix(12).map(quoted).joined(separator: ", ")
            return "unknown argument \(quoted(first)); \(takes)"
        }
        for name in args.keys.sorted() {
            guard let value = args[name], let property = properties[name]?.object else { continue }
            if let types = typeNames(.object(property)), !types.contains(where: { fits(value, $0) }) {
                let wanted = types.map { t -> String in
                    switch t {
                    case "integer", "array", "object": return "an \(t)"
                    case "null": return "null"
                    default: return "a \(t)"
                    }
                }
                return "argument \(quoted(name)) must be \(wanted.joined(separator: " or ")); got \(describe(value))"
            }
            if let options = property["enum"]?.array, !options.contains(value) {
                return "argument \(quoted(name)) must be one of \(options.prefix(12).map(\.jsonText).joined(separator: ", ")); got \(describe(value))"
            }
        }
        return nil
    }

    /// ``check(_:against:)`` with the tool's name in front: `read_file: missing required …`.
    public static func check(_ args: [String: JSONValue], against tool: ToolDefinition) -> String? {
        check(args, against: tool.parameters).map { "\(tool.name): \($0)" }
    }

    /// A value as a model's message names it: `the string "abc"`, `the number 3`, `an array`.
    public static func describe(_ v: JSONValue) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number, .bigInteger: return "the number \(v.jsonText)"
        case .string(let s):
            let short = s.count > 40 ? String(s.prefix(40)) + "…" : s
            return "the string \(JSONValue.string(short).jsonText)"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    static func typeNames(_ property: JSONValue) -> [String]? {
        switch property["type"] {
        case .string(let t): return [t]
        case .array(let a):
            let names = a.compactMap(\.string)
            return names.isEmpty ? nil : names
        default: return nil
        }
    }

    static func fits(_ v: JSONValue, _ type: String) -> Bool {
        switch (type, v) {
        case ("string", .string), ("number", .number), ("boolean", .bool), ("array", .array), ("object", .object), ("null", .null):
            return true
        case ("integer", .number(let n)): return n.isFinite && n.rounded() == n && abs(n) < 9.0e15
        case ("string", _), ("number", _), ("integer", _), ("boolean", _), ("array", _), ("object", _), ("null", _):
            return false
        default: return true  // a type this checker does not know is not held against the model
        }
    }

    static func quoted(_ s: String) -> String { JSONValue.string(s).jsonText }
}
