import Foundation

/// Writes any `Encodable` as the `--json` output of every command: pretty-printed, keys
/// sorted, dates in ISO 8601, `/` unescaped — the same text Foundation's `JSONEncoder` gives
/// with those options, at a fraction of its cost (its generic boxing was a quarter of
/// `steward review --json` on 1,000 proposals; docs/benchmarks.md, cold start).
public enum PrettyJSON {
    /// - Throws: `EncodingError` for values JSON cannot hold (NaN, infinity).
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let root = try Node.of(value, path: [])
        var out = ""
        out.reserveCapacity(4096)
        write(root, indent: 0, into: &out)
        return out
    }

    indirect enum Node {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array([Node])
        case object([String: Node])

        static func of<T: Encodable>(_ value: T, path: [CodingKey]) throws -> Node {
            switch value {
            case let d as Date: return .string(iso8601(d))
            case let s as String: return .string(s)
            case let b as Bool: return .bool(b)
            case let i as Int: return .number(String(i))
            case let i as Int32: return .number(String(i))
            case let i as Int64: return .number(String(i))
            case let u as UInt64: return .number(String(u))
            case let d as Double: return try number(d, path: path)
            case let u as URL: return .string(u.absoluteString)
            case let data as Data: return .string(data.base64EncodedString())
            default:
                let encoder = NodeEncoder(path: path)
                try value.encode(to: encoder)
                return encoder.storage.node
            }
        }

        static func number(_ d: Double, path: [CodingKey]) throws -> Node {
            guard d.isFinite else {
                throw EncodingError.invalidValue(d, .init(codingPath: path, debugDescription: "\(d) cannot be written as JSON"))
            }
            var s = d.description
            if s.hasSuffix(".0") { s.removeLast(2) }
            return .number(s)
        }
    }

    static func iso8601(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&t, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    static func write(_ node: Node, indent: Int, into out: inout String) {
        switch node {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): string(s, into: &out)
        case .array(let items):
            out += "[\n"
            for (i, item) in items.enumerated() {
                pad(indent + 1, &out)
                write(item, indent: indent + 1, into: &out)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            if items.isEmpty { out += "\n" }
            pad(indent, &out)
            out += "]"
        case .object(let fields):
            out += "{\n"
            let keys = fields.keys.sorted()
            for (i, key) in keys.enumerated() {
                pad(indent + 1, &out)
                string(key, into: &out)
                out += " : "
                write(fields[key]!, indent: indent + 1, into: &out)
                out += i + 1 < keys.count ? ",\n" : "\n"
            }
            if keys.isEmpty { out += "\n" }
            pad(indent, &out)
            out += "}"
        }
    }

    static func pad(_ n: Int, _ out: inout String) {
        for _ in 0..<n { out += "  " }
    }

    static func string(_ s: String, into out: inout String) {
        out += "\""
        var plain = true
        for c in s.utf8 where c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") {
            plain = false
            break
        }
        if plain {
            out += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{08}": out += "\\b"
                case "\u{0C}": out += "\\f"
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

/// Where a container's values go: a box that turns into a node when encoding is done.
final class NodeStorage {
    enum Kind { case empty, single(PrettyJSON.Node), array, object }
    var kind: Kind = .empty
    var items: [NodeStorage] = []
    var fields: [String: NodeStorage] = [:]

    var node: PrettyJSON.Node {
        switch kind {
        case .empty: .object([:])
        case .single(let n): n
        case .array: .array(items.map(\.node))
        case .object: .object(fields.mapValues(\.node))
        }
    }
}

final class NodeEncoder: Encoder {
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    let storage: NodeStorage

    init(path: [CodingKey], storage: NodeStorage = NodeStorage()) {
        codingPath = path
        self.storage = storage
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = storage.kind {} else { storage.kind = .object }
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(storage: storage, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if case .array = storage.kind {} else { storage.kind = .array }
        return UnkeyedNodeContainer(storage: storage, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleNodeContainer(storage: storage, codingPath: codingPath) }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: NodeStorage
    let codingPath: [CodingKey]

    func set(_ node: PrettyJSON.Node, _ key: Key) {
        let s = NodeStorage()
        s.kind = .single(node)
        storage.fields[key.stringValue] = s
    }
    mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(try .number(value, path: codingPath + [key]), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.number(String(value)), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { set(try .number(Double(value), path: codingPath + [key]), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { set(try .of(value, path: codingPath + [key]), key) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let s = NodeStorage()
        storage.fields[key.stringValue] = s
        return NodeEncoder(path: codingPath + [key], storage: s).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let s = NodeStorage()
        storage.fields[key.stringValue] = s
        return NodeEncoder(path: codingPath + [key], storage: s).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> Encoder {
        let s = NodeStorage()
        storage.fields[key.stringValue] = s
        return NodeEncoder(path: codingPath + [key], storage: s)
    }
}

struct IndexKey: CodingKey {
    var stringValue: String { "\(intValue ?? 0)" }
    var intValue: Int?
    init(_ i: Int) { intValue = i }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let storage: NodeStorage
    let codingPath: [CodingKey]
    var count: Int { storage.items.count }

    func append(_ node: PrettyJSON.Node) {
        let s = NodeStorage()
        s.kind = .single(node)
        storage.items.append(s)
    }
    var path: [CodingKey] { codingPath + [IndexKey(count)] }
    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Int) throws { append(.number(String(value))) }
    mutating func encode(_ value: Double) throws { append(try .number(value, path: path)) }
    mutating func encode(_ value: Int8) throws { append(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { append(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { append(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { append(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { append(.number(String(value))) }
    mutating func encode(_ value: Float) throws { append(try .number(Double(value), path: path)) }
    mutating func encode<T: Encodable>(_ value: T) throws { append(try .of(value, path: path)) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let s = NodeStorage()
        let p = path
        storage.items.append(s)
        return NodeEncoder(path: p, storage: s).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let s = NodeStorage()
        let p = path
        storage.items.append(s)
        return NodeEncoder(path: p, storage: s).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder {
        let s = NodeStorage()
        let p = path
        storage.items.append(s)
        return NodeEncoder(path: p, storage: s)
    }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
    let storage: NodeStorage
    let codingPath: [CodingKey]
    func set(_ node: PrettyJSON.Node) { storage.kind = .single(node) }
    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Int) throws { set(.number(String(value))) }
    mutating func encode(_ value: Double) throws { set(try .number(value, path: codingPath)) }
    mutating func encode(_ value: Int8) throws { set(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { set(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { set(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { set(.number(String(value))) }
    mutating func encode(_ value: Float) throws { set(try .number(Double(value), path: codingPath)) }
    mutating func encode<T: Encodable>(_ value: T) throws { set(try .of(value, path: codingPath)) }
}
