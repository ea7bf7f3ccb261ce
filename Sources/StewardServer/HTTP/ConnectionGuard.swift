import HTTPTypes
import NIOCore
import NIOHTTPTypes
import StewardCore
import StewardJSON
import Synchronization

/// How long a connection may take and how many may be open at once. Without them one client
/// that opens connections and sends half a request header ("slowloris") holds the server's
/// sockets for ever.
public struct ConnectionLimits: Sendable, Hashable {
    /// Connections served at once; the next one gets 503 and is closed. Twice this many open
    /// sockets and the server stops accepting until some close (they wait in the kernel's queue).
    public var maxConnections: Int
    /// A connection must send a complete request header within this time of opening, or of
    /// its previous response; otherwise it is closed (idle keep-alive connections too).
    public var idleTimeout: Duration
    /// A request's body must have arrived in full within this time of its header.
    public var bodyTimeout: Duration

    public init(maxConnections: Int = 256, idleTimeout: Duration = .seconds(30), bodyTimeout: Duration = .seconds(60)) {
        self.maxConnections = maxConnections
        self.idleTimeout = idleTimeout
        self.bodyTimeout = bodyTimeout
    }

    public static let standard = ConnectionLimits()
}

extension TimeAmount {
    init(_ d: Duration) {
        let (s, atto) = d.components
        self = .nanoseconds(s * 1_000_000_000 + atto / 1_000_000_000)
    }
}

/// The number of connections being served, shared by every connection's `ConnectionGuard`.
final class ConnectionCounter: Sendable {
    let max: Int
    let open = Mutex(0)
    init(max: Int) { self.max = max }

    /// Takes a place when one is free.
    func acquire() -> Bool {
        open.withLock { n in
            guard n < max else { return false }
            n += 1
            return true
        }
    }

    func release() { open.withLock { $0 -= 1 } }
    var count: Int { open.withLock { $0 } }
}

/// One per connection, after HTTP decoding: counts the connection against the limit (beyond it,
/// the request is answered 503 and the connection closed) and closes a connection whose request
/// body does not arrive in time. (Hummingbird's idle timeout closes one whose header does not:
/// half a header is no request part, so the connection stays idle.)
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let counter: ConnectionCounter
    let bodyTimeout: TimeAmount
    /// Whether this connection holds a place in the counter.
    var counted = false
    var refusing = false
    /// The path of the request being refused (its answer's shape depends on it).
    var refusedPath = ""
    var bodyDeadline: Scheduled<Void>?

    init(counter: ConnectionCounter, bodyTimeout: TimeAmount) {
        self.counter = counter
        self.bodyTimeout = bodyTimeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if counter.acquire() { counted = true } else { refusing = true }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        bodyDeadline?.cancel()
        bodyDeadline = nil
        release()
    }

    func channelInactive(context: ChannelHandlerContext) {
        bodyDeadline?.cancel()
        bodyDeadline = nil
        release()
        context.fireChannelInactive()
    }

    func release() {
        if counted {
            counted = false
            counter.release()
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if refusing {
            // Read the whole request before answering, so the answer is not lost to a reset.
            if case .head(let request) = part { refusedPath = request.path ?? "" }
            if case .end = part { refuse(context) }
            return
        }
        switch part {
        case .head:
            bodyDeadline?.cancel()
            bodyDeadline = context.eventLoop.assumeIsolated().scheduleTask(in: bodyTimeout) {
                context.close(promise: nil)
            }
        case .end:
            bodyDeadline?.cancel()
            bodyDeadline = nil
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func refuse(_ context: ChannelHandlerContext) {
        let message = "steward serve has \(counter.max) connections open, its limit; close some (or wait) and try again"
        // The API's refusals are problem details, as all its errors (`API.problemResponse`).
        let api = refusedPath.hasPrefix("/api/")
        let problem = (try? PrettyJSON.encode(Problem(code: "unavailable", status: 503, detail: message), compact: true)) ?? "{}"
        let body = ByteBuffer(string: (api ? problem : #"{"error": {"status": 503, "message": "\#(message)"}}"#) + "\n")
        var fields = HTTPFields()
        fields[.contentType] = api ? API.problemContentType : "application/json; charset=utf-8"
        fields[.contentLength] = "\(body.readableBytes)"
        fields[.connection] = "close"
        fields[.retryAfter] = "5"
        context.write(wrapOutboundOut(.head(HTTPResponse(status: .serviceUnavailable, headerFields: fields))), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in context.close(promise: nil) }
    }
}
