import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A request the test server received.
public struct TestRequest: Sendable {
    public let method: String
    public let path: String
    public let headers: [String: String]
    public let body: Data
    public var text: String { String(decoding: body, as: UTF8.self) }
    /// The body as a JSON object (or nil).
    public var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
}

/// What the test server answers.
public enum TestResponse: Sendable {
    /// A whole body.
    case full(status: Int, contentType: String = "application/json", body: String)
    /// A chunked body sent piece by piece, `delay` seconds apart (streaming APIs).
    case stream(status: Int = 200, contentType: String, pieces: [String], delay: Double = 0)
    /// Pieces, then the connection is closed without finishing the body (a cut stream).
    case truncated(contentType: String, pieces: [String])
    /// Accept the request and never answer (time-outs).
    case hang
    /// Close the connection without a response.
    case close
    /// The response, sent once `gate` lets it go (`ReplyGate`).
    indirect case held(ReplyGate, TestResponse)
}

/// A real HTTP/1.1 server on 127.0.0.1, port chosen by the system, speaking whatever the
/// handler says. Tests point providers at it; nothing leaves the machine.
public final class TestHTTPServer: Sendable {
    public let port: Int
    public var url: String { "http://127.0.0.1:\(port)" }
    let channel: Channel
    let log: RequestLog

    /// Every request received so far.
    public var requests: [TestRequest] { log.all }

    /// `handler` runs on the server's event loop and must not block. Responses are written
    /// from the event loop too (no Swift concurrency), so tests that block their own threads
    /// cannot starve the server.
    public static func start(_ handler: @escaping @Sendable (TestRequest) -> TestResponse) async throws -> TestHTTPServer {
        let log = RequestLog()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline(withErrorHandling: true).flatMap {
                    channel.pipeline.addHandler(Handler(handler: handler, log: log))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return TestHTTPServer(channel: channel, log: log)
    }

    init(channel: Channel, log: RequestLog) {
        self.channel = channel
        self.log = log
        port = channel.localAddress?.port ?? 0
    }

    public func stop() async {
        try? await channel.close()
    }
}

final class RequestLog: @unchecked Sendable {
    // @unchecked: `items` is only touched while holding `lock`.
    private let lock = NSLock()
    private var items: [TestRequest] = []
    func add(_ r: TestRequest) {
        lock.lock()
        items.append(r)
        lock.unlock()
    }
    var all: [TestRequest] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

final class Handler: ChannelInboundHandler, @unchecked Sendable {
    // @unchecked: `head` and `body` are only touched on the channel's event loop.
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let handler: @Sendable (TestRequest) -> TestResponse
    let log: RequestLog
    var head: HTTPRequestHead?
    var body = ByteBuffer()

    init(handler: @escaping @Sendable (TestRequest) -> TestResponse, log: RequestLog) {
        self.handler = handler
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h):
            head = h
            body.clear()
        case .body(var b):
            body.writeBuffer(&b)
        case .end:
            guard let head else { return }
            var headers: [String: String] = [:]
            for (k, v) in head.headers { headers[k.lowercased()] = v }
            let request = TestRequest(method: head.method.rawValue, path: head.uri, headers: headers, body: Data(body.readableBytesView))
            log.add(request)
            Self.respond(handler(request), on: context.channel)
        }
    }

    static func respond(_ response: TestResponse, on channel: Channel) {
        func head(_ status: Int, _ contentType: String, chunked: Bool, length: Int = 0) -> HTTPServerResponsePart {
            var h = HTTPHeaders()
            h.add(name: "content-type", value: contentType)
            h.add(name: "connection", value: "close")
            if chunked { h.add(name: "transfer-encoding", value: "chunked") } else { h.add(name: "content-length", value: "\(length)") }
            return .head(HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status), headers: h))
        }
        @Sendable func bytes(_ s: String) -> HTTPServerResponsePart { .body(.byteBuffer(ByteBuffer(string: s))) }
        let loop = channel.eventLoop
        switch response {
        case .full(let status, let contentType, let body):
            channel.write(head(status, contentType, chunked: false, length: body.utf8.count), promise: nil)
            channel.write(bytes(body), promise: nil)
            channel.writeAndFlush(HTTPServerResponsePart.end(nil)).whenComplete { _ in channel.close(promise: nil) }
        case .stream(let status, let contentType, let pieces, let delay):
            channel.writeAndFlush(head(status, contentType, chunked: true), promise: nil)
            for (i, p) in pieces.enumerated() {
                loop.scheduleTask(in: .nanoseconds(Int64(delay * 1e9) * Int64(i + 1))) { channel.writeAndFlush(bytes(p), promise: nil) }
            }
            loop.scheduleTask(in: .nanoseconds(Int64(delay * 1e9) * Int64(pieces.count + 1))) {
                channel.writeAndFlush(HTTPServerResponsePart.end(nil)).whenComplete { _ in channel.close(promise: nil) }
            }
        case .truncated(let contentType, let pieces):
            channel.writeAndFlush(head(200, contentType, chunked: true), promise: nil)
            for p in pieces { channel.write(bytes(p), promise: nil) }
            channel.flush()
            loop.scheduleTask(in: .milliseconds(20)) { channel.close(promise: nil) }
        case .hang:
            return
        case .close:
            channel.close(promise: nil)
        case .held(let gate, let response):
            gate.hold { loop.execute { respond(response, on: channel) } }
        }
    }
}
