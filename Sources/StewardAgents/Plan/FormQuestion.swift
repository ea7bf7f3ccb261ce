import StewardJSON

/// One small typed question to the model: a short prompt (no tool block) and the JSON Schema
/// its reply is held to, so the answer is valid by construction (issue 19: a 0.5B model picks
/// from an enum far more reliably than it writes a tool call).
struct FormQuestion: Sendable, Hashable {
    var system: String
    var user: String
    /// The reply's schema: an object whose top-level properties are checked again on arrival
    /// (a server may not hold the reply to it).
    var schema: JSONValue
    /// An answer is a few words: a reply limit keeps a rambling one short.
    var maxTokens: Int

    init(system: String, user: String, schema: JSONValue, maxTokens: Int = 64) {
        self.system = system
        self.user = user
        self.schema = schema
        self.maxTokens = maxTokens
    }

    /// An object schema with `properties`, all of them required.
    static func object(_ properties: [(String, JSONValue)]) -> JSONValue {
        .object([
            "type": "object",
            "properties": .object(Dictionary(uniqueKeysWithValues: properties)),
            "required": .array(properties.map { .string($0.0) }),
        ])
    }

    /// A string that is one of `values`.
    static func oneOf(_ values: [String]) -> JSONValue {
        .object(["type": "string", "enum": .array(values.map { .string($0) })])
    }
}
