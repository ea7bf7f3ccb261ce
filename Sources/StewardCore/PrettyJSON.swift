import Foundation

/// Writes any `Encodable` as the `--json` output of every command: pretty-printed, keys
/// sorted, dates in ISO 8601, `/` unescaped — the same text Foundation's `JSONEncoder` gives
/// with those options, at a fraction of its cost (its generic boxing was a quarter of
/// `steward review --json` on 1,000 proposals; docs/benchmarks.md, cold start).
public enum PrettyJSON {
    /// `compact`: no white space between tokens (the HTTP API's bodies unless `?pretty=1`);
    /// keys are sorted either way.
    /// - Throws: `EncodingError` for values JSON cannot hold (NaN, infinity).
    public static func encode<T: Encodable>(_ value: T, compact: Bool = false) throws -> String {
        let root = try Node.of(value, path: [])
        var out = [UInt8]()
        out.reserveCapacity(1 << 16)
        if compact { writeCompact(root, into: &out) } else { write(root, indent: 0, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// A node as text, in the same form as `encode`.
    public static func text(_ node: Node, compact: Bool = false) -> String {
        var out = [UInt8]()
        if compact { writeCompact(node, into: &out) } else { write(node, indent: 0, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    public enum Node: Sendable {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array([Node])
        case object([String: Node])

        public static func int(_ i: Int) -> Node { .number(String(i)) }
        public static func date(_ d: Date) -> Node { .string(iso8601(d)) }
        /// An object from pairs; nil values are left out, as `encodeIfPresent` does.
        public static func fields(_ pairs: KeyValuePairs<String, Node?>) -> Node {
            var o = [String: Node](minimumCapacity: pairs.count)
            for (k, v) in pairs { if let v { o[k] = v } }
            return .object(o)
        }

        static func of<T: Encodable>(_ value: T, path: [CodingKey]) throws -> Node {
            // Compare the type first (a pointer comparison): casting every value to each of
            // these types in turn costs a runtime lookup per try.
            if T.self == String.self { return .string(value as! String) }
            if T.self == Int.self { return .number(String(value as! Int)) }
            if T.self == Date.self { return .string(iso8601(value as! Date)) }
            if T.self == Bool.self { return .bool(value as! Bool) }
            if T.self == Double.self { return try number(value as! Double, path: path) }
            if T.self == URL.self { return .string((value as! URL).absoluteString) }
            if T.self == Data.self { return .string((value as! Data).base64EncodedString()) }
            if let direct = value as? PrettyJSONConvertible { return direct.prettyJSON }
            let encoder = NodeEncoder(path: path)
            try value.encode(to: encoder)
            return encoder.storage.node
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
        var out = [UInt8]()
        out.reserveCapacity(20)
        func digits(_ v: Int32, _ n: Int) {
            var divisor = 1
            for _ in 1..<n { divisor *= 10 }
            let v = Int(v)
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8((v / divisor) % 10))
                divisor /= 10
            }
        }
        digits(parts.tm_year + 1900, 4); out.append(UInt8(ascii: "-"))
        digits(parts.tm_mon + 1, 2); out.append(UInt8(ascii: "-"))
        digits(parts.tm_mday, 2); out.append(UInt8(ascii: "T"))
        digits(parts.tm_hour, 2); out.append(UInt8(ascii: ":"))
        digits(parts.tm_min, 2); out.append(UInt8(ascii: ":"))
        digits(parts.tm_sec, 2); out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }

    static func write(_ node: Node, indent: Int, into out: inout [UInt8]) {
        switch node {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .number(let n): out += n.utf8
        case .string(let s): string(s, into: &out)
        case .array(let items):
            out += "[\n".utf8
            for (i, item) in items.enumerated() {
                pad(indent + 1, &out)
                write(item, indent: indent + 1, into: &out)
                if i + 1 < items.count { out.append(UInt8(ascii: ",")) }
                out.append(10)
            }
            if items.isEmpty { out.append(10) }
            pad(indent, &out)
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out += "{\n".utf8
            let keys = fields.keys.sorted()
            for (i, key) in keys.enumerated() {
                pad(indent + 1, &out)
                string(key, into: &out)
                out += " : ".utf8
                write(fields[key]!, indent: indent + 1, into: &out)
                if i + 1 < keys.count { out.append(UInt8(ascii: ",")) }
                out.append(10)
            }
            if keys.isEmpty { out.append(10) }
            pad(indent, &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    static func writeCompact(_ node: Node, into out: inout [UInt8]) {
        switch node {
        case .null, .bool, .number, .string: write(node, indent: 0, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeCompact(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            for (i, key) in fields.keys.sorted().enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                string(key, into: &out)
                out.append(UInt8(ascii: ":"))
                writeCompact(fields[key]!, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static func pad(_ n: Int, _ out: inout [UInt8]) {
        for _ in 0..<(2 * n) { out.append(0x20) }
    }

    static let hex = Array("0123456789abcdef".utf8)

    static func string(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for c in s.utf8 {
            switch c {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case 0x0A: out += "\\n".utf8
            case 0x0D: out += "\\r".utf8
            case 0x09: out += "\\t".utf8
            case 0x08: out += "\\b".utf8
            case 0x0C: out += "\\f".utf8
            case 0..<0x20: out += "\\u00".utf8; out.append(hex[Int(c >> 4)]); out.append(hex[Int(c & 0xF)])
            default: out.append(c)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// A type that builds its JSON directly: the fast path for values listed by the thousand
/// (`review --json`). Its node must be exactly what its `Encodable` conformance writes;
/// `PrettyJSONTests` checks every conforming type against `JSONEncoder`.
public protocol PrettyJSONConvertible: Encodable {
    var prettyJSON: PrettyJSON.Node { get }
}

/// Where a container's values go: a box that turns into a node when encoding is done.
/// Values are kept as nodes; only nested containers get boxes of their own.
final class NodeStorage {
    enum Kind { case empty, single(PrettyJSON.Node), array, object }
    enum Slot {
        case node(PrettyJSON.Node)
        case nested(NodeStorage)
        var node: PrettyJSON.Node {
            switch self {
            case .node(let n): n
            case .nested(let s): s.node
            }
        }
    }
    var kind: Kind = .empty
    var items: [Slot] = []
    var fields: [String: Slot] = [:]

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

    func set(_ node: PrettyJSON.Node, _ key: Key) { storage.fields[key.stringValue] = .node(node) }
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
        storage.fields[key.stringValue] = .nested(s)
        return NodeEncoder(path: codingPath + [key], storage: s).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let s = NodeStorage()
        storage.fields[key.stringValue] = .nested(s)
        return NodeEncoder(path: codingPath + [key], storage: s).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> Encoder {
        let s = NodeStorage()
        storage.fields[key.stringValue] = .nested(s)
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

    func append(_ node: PrettyJSON.Node) { storage.items.append(.node(node)) }
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
        storage.items.append(.nested(s))
        return NodeEncoder(path: p, storage: s).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let s = NodeStorage()
        let p = path
        storage.items.append(.nested(s))
        return NodeEncoder(path: p, storage: s).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder {
        let s = NodeStorage()
        let p = path
        storage.items.append(.nested(s))
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
