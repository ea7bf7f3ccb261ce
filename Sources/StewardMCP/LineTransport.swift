import Foundation
import Logging
import MCP

/// MCP's stdio transport, one JSON-RPC message per line, in time linear in the message's size.
///
/// The SDK's `StdioTransport` appends each 4 KiB read to one buffer and searches the whole
/// buffer for a newline after every read, so a message of n bytes cost O(n²) (12 MB took
/// 252 s). Here a reader thread reads 64 KiB at a time, searches only the bytes just read,
/// and keeps at most `maxMessageBytes` of the line being read: a longer line is answered at
/// once with a JSON-RPC error (`-32600`, id `null`) and the rest of it is skipped unread
/// until its newline; the next line is served as usual.
///
/// Each line is also checked to be a JSON-RPC 2.0 message before the SDK's `Server` sees
/// it (`RPCCheck`): the server answers a message it cannot decode with a random id, where
/// JSON-RPC says `null` when the id cannot be read.
///
/// Reads and writes are blocking calls on a thread and a serial queue of their own, never
/// on Swift's cooperative pool; neither descriptor is made non-blocking (the SDK's
/// transport set `O_NONBLOCK` on descriptors it shares with its parent, and polled).
public actor LineTransport: Transport {
    /// The default largest message: 16 MiB, room for a file at `[sandbox] max_file_bytes`'s
    /// default of 10 MiB with JSON's escapes.
    public static let defaultMaxMessageBytes = 16 << 20

    public nonisolated let logger: Logger
    /// The largest message accepted, in bytes (without its newline).
    public nonisolated let maxMessageBytes: Int
    private let input: Int32
    private let writer: LineWriter
    private let stream: AsyncThrowingStream<Data, Swift.Error>
    private let continuation: AsyncThrowingStream<Data, Swift.Error>.Continuation
    private var connected = false

    public init(input: Int32 = 0, output: Int32 = 1, maxMessageBytes: Int = LineTransport.defaultMaxMessageBytes, logger: Logger? = nil) {
        self.input = input
        self.writer = LineWriter(fd: output)
        self.maxMessageBytes = maxMessageBytes
        self.logger = logger ?? Logger(label: "steward.mcp.stdio", factory: { _ in SwiftLogNoOpLogHandler() })
        (stream, continuation) = AsyncThrowingStream<Data, Swift.Error>.makeStream()
    }

    public func connect() async throws {
        guard !connected else { return }
        connected = true
        let (fd, limit, writer, continuation) = (input, maxMessageBytes, writer, continuation)
        let thread = Thread {
            Self.readLoop(fd: fd, limit: limit, writer: writer, continuation: continuation)
        }
        thread.name = "steward-mcp stdin"
        thread.start()
    }

    public func disconnect() async {
        guard connected else { return }
        connected = false
        continuation.finish()
    }

    public func send(_ data: Data) async throws {
        try await writer.write(data)
    }

    public func receive() -> AsyncThrowingStream<Data, Swift.Error> { stream }

    /// Reads `fd` until end of file, yielding each well-formed message and answering the
    /// rest itself.
    static func readLoop(fd: Int32, limit: Int, writer: LineWriter, continuation: AsyncThrowingStream<Data, Swift.Error>.Continuation) {
        var framer = LineFramer(limit: limit)
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 1)
        defer { chunk.deallocate() }
        func handle(_ event: LineFramer.Event) {
            switch event {
            case .line(let line):
                if let reply = RPCCheck.refusal(line) {
                    writer.post(reply)
                } else {
                    continuation.yield(line)
                }
            case .tooLong:
                writer.post(RPCCheck.reply(code: -32600, id: nil, message: RPCCheck.tooLongMessage(limit: limit)))
            }
        }
        while true {
            let n = read(fd, chunk.baseAddress, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK {
                    // A descriptor someone else made non-blocking: wait for it, don't spin.
                    var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                    _ = poll(&p, 1, -1)
                    continue
                }
                break
            }
            if n == 0 { break }
            framer.feed(UnsafeRawBufferPointer(rebasing: chunk[0..<n]), handle)
        }
        if let last = framer.finish() { handle(last) }
        continuation.finish()
    }
}

/// Splits a byte stream into lines, looking at each byte once. A line longer than `limit`
/// is reported once (`.tooLong`) as soon as it is known, and its bytes up to the newline
/// are dropped, not kept. Blank lines are skipped.
public struct LineFramer: Sendable {
    public enum Event: Sendable, Equatable {
        case line(Data)
        /// A line longer than the limit; the rest of it, up to its newline, is skipped.
        case tooLong
    }

    public let limit: Int
    private var line = Data()
    private var skipping = false

    public init(limit: Int) { self.limit = limit }

    public mutating func feed(_ bytes: UnsafeRawBufferPointer, _ emit: (Event) -> Void) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while start < bytes.count {
            let rest = bytes.count - start
            let newline = memchr(base + start, 0x0A, rest).map { base.distance(to: UnsafeRawPointer($0)) }
            let end = newline ?? bytes.count
            if !skipping {
                if line.count + (end - start) > limit {
                    line = Data()
                    skipping = true
                    emit(.tooLong)
                } else {
                    line.append(base.assumingMemoryBound(to: UInt8.self) + start, count: end - start)
                }
            }
            guard let newline else { return }
            if skipping {
                skipping = false
            } else {
                let complete = line
                line = Data()
                if !Self.isBlank(complete) { emit(.line(complete)) }
            }
            start = newline + 1
        }
    }

    /// The last line, when the stream ended without a newline after it.
    public mutating func finish() -> Event? {
        defer { line = Data() }
        return skipping || Self.isBlank(line) ? nil : .line(line)
    }

    static func isBlank(_ d: Data) -> Bool { d.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
}

/// Writes whole lines to a descriptor, one at a time, in the order they were posted.
final class LineWriter: Sendable {
    let fd: Int32
    private let queue = DispatchQueue(label: "steward-mcp stdout")

    init(fd: Int32) { self.fd = fd }

    /// Writes `message` and a newline; returns once it is written.
    /// - Throws: `MCPError.transportError` when the descriptor refuses it (the client left).
    func write(_ message: Data) async throws {
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, Swift.Error>) in
            queue.async { done.resume(with: Result { try self.writeNow(message) }) }
        }
    }

    /// Writes `message` and a newline without waiting (replies the transport makes itself).
    func post(_ message: Data) {
        queue.async { try? self.writeNow(message) }
    }

    private func writeNow(_ message: Data) throws {
        var bytes = message
        bytes.append(0x0A)
        try bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = writeBytes(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n >= 0 {
                    offset += n
                } else if errno == EINTR {
                    continue
                } else if errno == EAGAIN || errno == EWOULDBLOCK {
                    var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&p, 1, -1)
                } else {
                    throw MCPError.transportError(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
                }
            }
        }
    }
}

/// write(2), under a name `LineWriter.write` does not hide.
private func writeBytes(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(fd, bytes, count) }

/// The JSON-RPC 2.0 checks the SDK's `Server` leaves to chance: a line that is not JSON, or
/// not a request, notification or response, is answered here with the right error and the
/// message's id when it can be read, else `null`.
public enum RPCCheck {
    /// The error reply for `line`, or nil when the server should have it.
    public static func refusal(_ line: Data) -> Data? {
        let decoder = JSONDecoder()
        do {
            // Decodes only the envelope's fields; a large `params` is parsed, never copied out.
            let envelope = try decoder.decode(Envelope.self, from: line)
            if let problem = envelope.problem(inBatch: false) {
                return reply(code: -32600, id: envelope.readableID, message: "Invalid Request: \(problem)")
            }
            return nil
        } catch DecodingError.typeMismatch {
            // Not an object: a batch, or not a message at all.
        } catch {
            return reply(
                code: -32700, id: nil,
                message: "Parse error: the message is not valid JSON; each message must be one JSON-RPC 2.0 object on one line of UTF-8")
        }
        guard let batch = try? decoder.decode([Item].self, from: line) else {
            return reply(code: -32600, id: nil, message: "Invalid Request: a JSON-RPC message must be an object with \"jsonrpc\": \"2.0\"")
        }
        if batch.isEmpty { return reply(code: -32600, id: nil, message: "Invalid Request: the batch is empty") }
        for (i, item) in batch.enumerated() {
            guard let envelope = item.envelope else {
                return reply(code: -32600, id: nil, message: "Invalid Request: item \(i + 1) of the batch is not an object")
            }
            if let problem = envelope.problem(inBatch: true) {
                return reply(code: -32600, id: nil, message: "Invalid Request: item \(i + 1) of the batch: \(problem)")
            }
        }
        return nil
    }

    static func tooLongMessage(limit: Int) -> String {
        let size = limit % (1 << 20) == 0 ? "\(limit >> 20) MiB (\(limit) bytes)" : "\(limit) bytes"
        return "Invalid Request: the message is larger than steward mcp's limit of \(size), so it was skipped unread; "
            + "send less in one message, or start steward mcp with a larger --max-message-bytes"
    }

    /// `{"jsonrpc":"2.0","id":ID|null,"error":{"code":CODE,"message":MESSAGE}}`
    static func reply(code: Int, id: ID?, message: String) -> Data {
        let idJSON: Any =
            switch id {
            case .string(let s)?: s
            case .number(let n)?: n
            case nil: NSNull()
            }
        let object: [String: Any] = ["jsonrpc": "2.0", "id": idJSON, "error": ["code": code, "message": message]]
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    }

    struct Item: Decodable {
        let envelope: Envelope?
        init(from decoder: Decoder) throws { envelope = try? Envelope(from: decoder) }
    }

    /// The fields of a message that decide what it is.
    struct Envelope: Decodable {
        enum Field: String, CodingKey { case jsonrpc, id, method, result, error }
        enum IDForm {
            case absent
            case readable(ID)
            case null
            case unreadable
        }
        var version: String?
        var id = IDForm.absent
        var method: String?
        var hasMethod = false
        var isResponse = false

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: Field.self)
            version = try? c.decode(String.self, forKey: .jsonrpc)
            if c.contains(.id) {
                if (try? c.decodeNil(forKey: .id)) == true {
                    id = .null
                } else if let s = try? c.decode(String.self, forKey: .id) {
                    id = .readable(.string(s))
                } else if let n = try? c.decode(Int.self, forKey: .id) {
                    id = .readable(.number(n))
                } else {
                    id = .unreadable
                }
            }
            hasMethod = c.contains(.method)
            method = try? c.decode(String.self, forKey: .method)
            isResponse = c.contains(.result) || c.contains(.error)
        }

        var readableID: ID? { if case .readable(let i) = id { i } else { nil } }

        /// Why this is not a message the server can take, or nil.
        func problem(inBatch: Bool) -> String? {
            if version != "2.0" { return "\"jsonrpc\" must be \"2.0\"" }
            if case .unreadable = id { return "\"id\" must be a string or an integer" }
            if hasMethod {
                return method == nil ? "\"method\" must be a string" : nil
            }
            if inBatch { return "a batch may hold requests and notifications only (each with a \"method\")" }
            if isResponse {
                if case .readable = id { return nil }
                return "a response needs the \"id\" of the request it answers"
            }
            return "a message needs a \"method\" (a request or notification), or a \"result\" or \"error\" (a response)"
        }
    }
}
