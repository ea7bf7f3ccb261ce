import Foundation

extension JSONValue {
    /// `value` as a tree, as `JSONEncoder` would write it: dates in ISO 8601, `URL`s as their
    /// absolute string, `Data` in Base64, integers exactly (``int(_:)``), `Float`s by their own
    /// shortest text. Numbers are not checked here: the writer refuses a NaN or infinity.
    static func encoding<T: Encodable>(_ value: T, path: [CodingKey]) throws -> JSONValue {
        // Compare the type first (a pointer comparison): casting every value to each of
        // these types in turn costs a runtime lookup per try.
        if T.self == String.self { return .string(value as! String) }
        if T.self == Int.self { return .int(value as! Int) }
        if T.self == Date.self { return .date(value as! Date) }
        if T.self == Bool.self { return .bool(value as! Bool) }
        if T.self == Double.self { return .number(value as! Double) }
        if T.self == JSONValue.self { return value as! JSONValue }
        if T.self == URL.self { return .string((value as! URL).absoluteString) }
        if T.self == Data.self { return .string((value as! Data).base64EncodedString()) }
        if let direct = value as? JSONValueConvertible { return direct.jsonValue }
        let encoder = NodeEncoder(path: path)
        try value.encode(to: encoder)
        return encoder.storage.node
    }

    /// A `Float` as `JSONEncoder` writes it: `0.1`, not the `0.10000000149011612` of its `Double`.
    static func float(_ f: Float) -> JSONValue {
        f.isFinite ? .number(Double(f.description) ?? Double(f)) : .number(Double(f))
    }
}

/// Dates as `JSONEncoder`'s `.iso8601` writes them (UTC, whole seconds).
enum ISO8601 {
    static func string(_ date: Date) -> String {
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
        digits(parts.tm_year + 1900, 4)
        out.append(UInt8(ascii: "-"))
        digits(parts.tm_mon + 1, 2)
        out.append(UInt8(ascii: "-"))
        digits(parts.tm_mday, 2)
        out.append(UInt8(ascii: "T"))
        digits(parts.tm_hour, 2)
        out.append(UInt8(ascii: ":"))
        digits(parts.tm_min, 2)
        out.append(UInt8(ascii: ":"))
        digits(parts.tm_sec, 2)
        out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }
}

/// A type that builds its JSON tree directly: the fast path for values listed by the thousand
/// (`review --json`). Its value must be exactly what its `Encodable` conformance writes;
/// `PrettyJSONTests` checks every conforming type against `JSONEncoder`.
public protocol JSONValueConvertible: Encodable {
    var jsonValue: JSONValue { get }
}

/// Where a container's values go: a box that turns into a node when encoding is done.
/// Values are kept as nodes; only nested containers get boxes of their own.
final class NodeStorage {
    enum Kind {
        case empty
        case single(JSONValue)
        case array, object
    }
    enum Slot {
        case node(JSONValue)
        case nested(NodeStorage)
        var node: JSONValue {
            switch self {
            case .node(let n): n
            case .nested(let s): s.node
            }
        }
    }
    var kind: Kind = .empty
    var items: [Slot] = []
    var fields: [String: Slot] = [:]

    var node: JSONValue {
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

    func set(_ node: JSONValue, _ key: Key) { storage.fields[key.stringValue] = .node(node) }
    mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.int(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(.number(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { set(.float(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { set(try .encoding(value, path: codingPath + [key]), key) }
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

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let storage: NodeStorage
    let codingPath: [CodingKey]
    var count: Int { storage.items.count }

    func append(_ node: JSONValue) { storage.items.append(.node(node)) }
    var path: [CodingKey] { codingPath + [JSONKey(intValue: count)] }
    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Int) throws { append(.int(value)) }
    mutating func encode(_ value: Double) throws { append(.number(value)) }
    mutating func encode(_ value: Int8) throws { append(.integer(value)) }
    mutating func encode(_ value: Int16) throws { append(.integer(value)) }
    mutating func encode(_ value: Int32) throws { append(.integer(value)) }
    mutating func encode(_ value: Int64) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt8) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt16) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt32) throws { append(.integer(value)) }
    mutating func encode(_ value: UInt64) throws { append(.integer(value)) }
    mutating func encode(_ value: Float) throws { append(.float(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { append(try .encoding(value, path: path)) }
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
    func set(_ node: JSONValue) { storage.kind = .single(node) }
    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Int) throws { set(.int(value)) }
    mutating func encode(_ value: Double) throws { set(.number(value)) }
    mutating func encode(_ value: Int8) throws { set(.integer(value)) }
    mutating func encode(_ value: Int16) throws { set(.integer(value)) }
    mutating func encode(_ value: Int32) throws { set(.integer(value)) }
    mutating func encode(_ value: Int64) throws { set(.integer(value)) }
    mutating func encode(_ value: UInt) throws { set(.integer(value)) }
    mutating func encode(_ value: UInt8) throws { set(.integer(value)) }
    mutating func encode(_ value: UInt16) throws { set(.integer(value)) }
    mutating func encode(_ value: UInt32) throws { set(.integer(value)) }
    mutating func encode(_ value: UInt64) throws { set(.integer(value)) }
    mutating func encode(_ value: Float) throws { set(.float(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { set(try .encoding(value, path: codingPath)) }
}
