import StewardCore
import StewardJSON

/// Constrained output (`[models.NAME] constrained`): the JSON Schema of one tool call, built
/// from the offered tools, that a server holds the reply to, so that the call is valid by
/// construction: a `name` that is one of the tools and `arguments` that fit that tool's
/// parameter schema. The shape is the one the system prompt of `tool_calls = "prompt"` asks
/// for (`ChatRequest.toolPrompt`) and the agent reads (`ToolCallRepair.extract`):
/// `{"name": TOOL, "arguments": {…}}`. Ending the task is a call too (`finish`, when offered).
public enum ToolCallSchema {
    /// `{"oneOf": [one branch per tool]}`; a branch is
    /// `{"type": "object", "properties": {"name": {"const": TOOL}, "arguments": PARAMETERS},
    /// "required": ["name", "arguments"], "additionalProperties": false}`.
    public static func schema(_ tools: [ToolDefinition]) -> JSONValue {
        .object([
            "oneOf": .array(
                tools.map { t in
                    .object([
                        "type": "object",
                        "properties": .object(["name": .object(["const": .string(t.name)]), "arguments": t.parameters]),
                        "required": .array(["name", "arguments"]),
                        "additionalProperties": .bool(false),
                    ])
                })
        ])
    }

    /// Where a model that prints its calls should stop: at a result it makes up (results come
    /// back as "Result of NAME:", and the loop shows each one after running the call) and at
    /// the end of Qwen's `<tool_call>` block. A stop string is left out of the reply, so each
    /// must begin after a call's closing `}`. None is set before a second call: a call starts
    /// like any JSON object (after prose, in a fence), so no string marks only a second one,
    /// and `}\n{` would cut the first call's own `}`; constrained output ends the reply with
    /// the call instead, and the loop runs calls one at a time in order.
    public static let stops = ["\nResult of ", "</tool_call>"]

    /// A request body as JSON text, compact with sorted keys as `jsonText` writes it, except
    /// that an object's `properties` are written in the order of its `required` list first.
    /// A grammar-constrained server (llama.cpp, Ollama) makes the model write properties in
    /// the order the schema's text lists them: sorted, a call would start with `arguments`
    /// and the tool would be chosen last, and `edit_file` would be written replacement first.
    public static func wireText(_ value: JSONValue) -> String {
        text(value, first: [])
    }

    static func text(_ value: JSONValue, first: [String]) -> String {
        switch value {
        case .array(let items):
            return "[" + items.map { text($0, first: []) }.joined(separator: ",") + "]"
        case .object(let o):
            let required = o["required"]?.array?.compactMap(\.string) ?? []
            let leading = first.filter { o[$0] != nil }
            let keys = leading + o.keys.filter { !leading.contains($0) }.sorted()
            let fields = keys.map { k in
                JSONValue.string(k).jsonText + ":" + text(o[k]!, first: k == "properties" ? required : [])
            }
            return "{" + fields.joined(separator: ",") + "}"
        default:
            return value.jsonText
        }
    }
}
