import Foundation

/// One change a writer asks for. Paths are unchecked here; the sandbox checks every one
/// against the writer's `PathPolicy` before anything is written.
public enum FileOperation: Sendable, Hashable {
    case write(path: String, content: Data, executable: Bool)
    case delete(path: String)
    case move(from: String, to: String, overwrite: Bool)

    /// Every path this operation touches.
    public var paths: [String] {
        switch self {
        case .write(let p, _, _), .delete(let p): [p]
        case .move(let f, let t, _): [f, t]
        }
    }

    /// A one-line description used as the commit subject ("write memory/a.md").
    public var summary: String {
        switch self {
        case .write(let p, _, _): "write \(p)"
        case .delete(let p): "delete \(p)"
        case .move(let f, let t, _): "move \(f) -> \(t)"
        }
    }

    public var kind: String {
        switch self {
        case .write: "write"
        case .delete: "delete"
        case .move: "move"
        }
    }
}

extension FileOperation {
    /// Parses the `propose --ops` JSON list: `[{"op":"write","path":…,"content":…}, …]`.
    /// Unknown keys, missing keys and wrong types are errors naming the operation's index.
    /// - Throws: `StewardError.usage`.
    public static func parseList(_ data: Data) throws -> [FileOperation] {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw StewardError.usage(
                "the operations are not valid JSON (\(error.localizedDescription)); expected a list like [{\"op\":\"write\",\"path\":\"memory/a.md\",\"content\":\"…\"}]"
            )
        }
        guard let list = json as? [Any] else {
            throw StewardError.usage("the operations must be a JSON list of objects, e.g. [{\"op\":\"delete\",\"path\":\"temp/x\"}]")
        }
        if list.isEmpty { throw StewardError.usage("the operations list is empty; a proposal needs at least one operation") }
        return try list.enumerated().map { index, item in try parse(item, index: index) }
    }

    static func parse(_ item: Any, index: Int) throws -> FileOperation {
        let at = "operation \(index + 1)"
        guard let obj = item as? [String: Any] else { throw StewardError.usage("\(at) is not a JSON object") }
        guard let op = obj["op"] as? String else { throw StewardError.usage("\(at) has no \"op\" (write, delete or move)") }
        func string(_ key: String) throws -> String {
            guard let v = obj[key] else { throw StewardError.usage("\(at) (\(op)) needs \"\(key)\"") }
            guard let s = v as? String else { throw StewardError.usage("\(at): \"\(key)\" must be a string") }
            return s
        }
        func bool(_ key: String) throws -> Bool {
            guard let v = obj[key] else { return false }
            // JSONSerialization gives NSNumber for both numbers and booleans; accept only true/false.
            guard let n = v as? NSNumber, isBoolean(n) else {
                throw StewardError.usage("\(at): \"\(key)\" must be true or false")
            }
            return n.boolValue
        }
        func allow(_ keys: Set<String>) throws {
            let unknown = Set(obj.keys).subtracting(keys.union(["op"]))
            if let k = unknown.sorted().first {
                throw StewardError.usage("\(at) (\(op)): unknown key \"\(Escape.inline(k))\"; allowed: \(keys.sorted().joined(separator: ", "))")
            }
        }
        switch op {
        case "write":
            try allow(["path", "content", "base64", "executable"])
            let path = try string("path")
            let content: Data
            switch (obj["content"], obj["base64"]) {
            case (.some, .some): throw StewardError.usage("\(at): \"content\" and \"base64\" exclude each other; give one")
            case (.none, .none): throw StewardError.usage("\(at) (write): give \"content\" (UTF-8 text) or \"base64\" (bytes)")
            case (.some, .none): content = Data(try string("content").utf8)
            case (.none, .some):
                guard let d = Data(base64Encoded: try string("base64")) else {
                    throw StewardError.usage("\(at): \"base64\" is not valid base64")
                }
                content = d
            }
            return .write(path: path, content: content, executable: try bool("executable"))
        case "delete":
            try allow(["path"])
            return .delete(path: try string("path"))
        case "move":
            try allow(["from", "to", "overwrite"])
            return .move(from: try string("from"), to: try string("to"), overwrite: try bool("overwrite"))
        default:
            throw StewardError.usage("\(at): unknown op \"\(Escape.inline(op))\"; use write, delete or move")
        }
    }
}

private func isBoolean(_ n: NSNumber) -> Bool {
    // On Linux, JSONSerialization returns booleans as NSNumber with objCType "c" (char).
    String(cString: n.objCType) == "c" && (n == NSNumber(value: true) || n == NSNumber(value: false))
}
