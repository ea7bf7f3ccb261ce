import Foundation
import StewardJSON

/// A file change a tool call would make, as `pre-tool` hooks see it: what a person's hook
/// written against `write_file` judges in any tool that writes. `write` of a path ending in
/// `/` stands for any file under that folder (a skill script's outputs, unknown before it runs).
public enum PlannedChange: Sendable, Hashable {
    case write(path: String)
    case delete(path: String)
    case move(from: String, to: String)

    /// `{"op": "write", "path": …}`, `{"op": "delete", "path": …}`, `{"op": "move", "from": …, "to": …}`.
    public var json: JSONValue {
        switch self {
        case .write(let path): .object(["op": "write", "path": .string(path)])
        case .delete(let path): .object(["op": "delete", "path": .string(path)])
        case .move(let from, let to): .object(["op": "move", "from": .string(from), "to": .string(to)])
        }
    }
}
