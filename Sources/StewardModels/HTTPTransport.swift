import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1
import StewardJSON

/// HTTP for the providers: AsyncHTTPClient (SwiftNIO; byte streaming, which URLSession lacks
/// on Linux), with connect and idle timeouts, errors turned into `ModelError` with a fix.
struct HTTPTransport: Sendable {
    let baseURL: String
    let connectTimeout: Double
    let idleTimeout: Double
    /// Said when the server cannot be reached, e.g. "start it with `ollama serve`".
    let unreachableHint: String
    /// Said with a 404 or 405 when the configured url does not fit the provider (`urlHint`).
    var notFoundHint: String? = nil

    /// One client per timeout pair, for the life of the process (never shut down: the
    /// process ends with `_exit`, and `serve` keeps them).
    private static let clients = ClientCache()

    var client: HTTPClient { Self.clients.client(connect: connectTimeout, read: idleTimeout) }

    func url(_ path: String) -> String {
        (baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL) + path
    }

    /// Sends a request and returns the response once its status is OK (2xx).
    func send(_ method: HTTPMethod, _ path: String, json body: Data? = nil, headers: [(String, String)] = []) async throws -> HTTPClientResponse {
        var request = HTTPClientRequest(url: url(path))
        request.method = method
        request.headers.add(name: "accept", value: "application/json, text/event-stream, application/x-ndjson")
        if let body {
            request.headers.add(name: "content-type", value: "application/json")
            request.body = .bytes(ByteBuffer(data: body))
        }
        for (k, v) in headers { request.headers.add(name: k, value: v) }
        var response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: .seconds(Int64(max(1, connectTimeout + idleTimeout * 20))))
        } catch  where Self.isStaleConnection(error) && !Task.isCancelled {
            // A pooled keep-alive connection the server had closed: nothing reached the
            // model, so sending once more on a new connection is safe.
            do {
                response = try await client.execute(request, timeout: .seconds(Int64(max(1, connectTimeout + idleTimeout * 20))))
            } catch {
                throw classify(error)
            }
        } catch {
            throw classify(error)
        }
        guard (200..<300).contains(Int(response.status.code)) else {
            let text = (try? await response.body.collect(upTo: 64 * 1024)).map { String(buffer: $0) } ?? ""
            throw Self.httpError(status: Int(response.status.code), body: text, url: url(path), hint: notFoundHint)
        }
        return response
    }

    /// A reply that was not streamed: the whole body read as JSON, made a response by `parse`,
    /// and told to `continuation` as a stream tells it (its text, its tool calls, then done).
    /// - Throws: `ModelError` `.malformed` naming `url` when the body is not JSON; `parse`'s errors.
    func replyAtOnce(
        _ response: HTTPClientResponse, url: String, to continuation: AsyncThrowingStream<ChatEvent, Error>.Continuation,
        _ parse: (JSONValue) throws -> ChatResponse
    ) async throws {
        let done = try parse(try await json(response, from: url))
        if !done.message.content.isEmpty { continuation.yield(.text(done.message.content)) }
        for c in done.message.toolCalls { continuation.yield(.toolCall(c)) }
        continuation.yield(.done(done))
    }

    /// GETs JSON.
    func getJSON(_ path: String, headers: [(String, String)] = []) async throws -> JSONValue {
        try await json(send(.GET, path, headers: headers), from: url(path))
    }

    /// The whole body of `response` as JSON.
    /// - Throws: `ModelError` `.malformed` naming `url` (as the message should name the server)
    ///   when it is not JSON; `collect`'s errors.
    func json(_ response: HTTPClientResponse, from url: String) async throws -> JSONValue {
        let body = try await collect(response)
        guard let obj = try? JSONValue.parse(body) else {
            throw ModelError(.malformed, "\(url) answered with something that is not JSON: \(Self.snippet(body))")
        }
        return obj
    }

    func collect(_ response: HTTPClientResponse, limit: Int = 32 << 20) async throws -> String {
        do {
            return String(buffer: try await response.body.collect(upTo: limit))
        } catch {
            throw classify(error)
        }
    }

    /// The response body as lines (LF or CRLF), as they arrive.
    func lines(_ response: HTTPClientResponse) -> AsyncThrowingStream<String, Error> {
        let transport = self
        return AsyncThrowingStream { continuation in
            let task = Task {
                var pending = [UInt8]()
                do {
                    for try await chunk in response.body {
                        pending.append(contentsOf: chunk.readableBytesView)
                        while let nl = pending.firstIndex(of: 10) {
                            var line = Array(pending[..<nl])
                            if line.last == 13 { line.removeLast() }
                            pending.removeSubrange(...nl)
                            continuation.yield(String(decoding: line, as: UTF8.self))
                        }
                    }
                    if !pending.isEmpty { continuation.yield(String(decoding: pending, as: UTF8.self)) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: transport.classify(error))
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// "I/O on closed channel" and a connection closed before any response: what a request
    /// on a keep-alive connection the server closed meanwhile fails with.
    static func isStaleConnection(_ error: Error) -> Bool {
        if let e = error as? HTTPClientError, e == .remoteConnectionClosed { return true }
        if let e = error as? ChannelError, e == .ioOnClosedChannel { return true }
        return false
    }

    func classify(_ error: Error) -> ModelError {
        if let e = error as? ModelError { return e }
        if let e = error as? HTTPClientError {
            switch e {
            case .connectTimeout:
                return ModelError(.timeout, "could not connect to \(baseURL) within \(Self.seconds(connectTimeout)) — \(unreachableHint)")
            case .readTimeout:
                return ModelError(
                    .timeout,
                    "\(baseURL) sent nothing for \(Self.seconds(idleTimeout)) (idle timeout); the model may be loading or stuck — raise its timeout or pick a smaller model"
                )
            case .deadlineExceeded: return ModelError(.timeout, "\(baseURL) did not finish in time")
            case .remoteConnectionClosed: return ModelError(.connection, "\(baseURL) closed the connection in the middle of the reply")
            case .cancelled: return ModelError(.cancelled, "the request to \(baseURL) was cancelled")
            default: break
            }
        }
        let text = "\(error)"
        if text.contains("refused") || text.contains("ECONNREFUSED") || text.contains("errno: 111") || text.contains("Connection refused") {
            return ModelError(.connection, "nothing is listening at \(baseURL) (connection refused) — \(unreachableHint)")
        }
        return ModelError(.connection, "cannot reach \(baseURL) (\(text)) — \(unreachableHint)")
    }

    static func httpError(status: Int, body: String, url: String, hint: String? = nil) -> ModelError {
        let detail = snippet(errorMessage(in: body) ?? body)
        let lower = body.lowercased()
        if lower.contains("context") && (lower.contains("exceed") || lower.contains("too long") || lower.contains("length"))
            || lower.contains("prompt is too long")
        {
            return ModelError(.contextOverflow, "\(url): the prompt does not fit the model's context (HTTP \(status): \(detail))", status: status)
        }
        if isUnparsableModelOutput(body) {
            // The server could not parse what the model wrote (llama.cpp answers 500 when a
            // small model invents a tool or breaks the call format): a bad reply for the caller
            // to correct, not a failing server to fall back from.
            return ModelError(
                .malformed, "\(url): the model's reply did not fit the server's tool-call format (HTTP \(status): \(detail))", status: status)
        }
        switch status {
        case 429: return ModelError(.rateLimited, "\(url) is rate-limiting (HTTP 429: \(detail))", status: status)
        case 500...599: return ModelError(.server, "\(url) failed (HTTP \(status): \(detail))", status: status)
        case 401, 403:
            return ModelError(
                .request, "\(url) refused the credentials (HTTP \(status): \(detail)); check the key in the model's api_key_env variable",
                status: status)
        case 404:
            return ModelError(
                .request, "\(url): not found (HTTP 404: \(detail)); \(hint ?? "check the model name and url in steward.toml")", status: status)
        case 405 where hint != nil: return ModelError(.request, "\(url) refused the request (HTTP 405: \(detail)); \(hint!)", status: status)
        default: return ModelError(.request, "\(url) refused the request (HTTP \(status): \(detail))", status: status)
        }
    }

    /// What llama.cpp's server (and others) say when the model's own output could not be
    /// parsed into the tool-call format the chat template asks for.
    static func isUnparsableModelOutput(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.contains("does not match the expected") || lower.contains("failed to parse tool call")
            || lower.contains("failed to parse input at pos")
    }

    /// `{"error": "…"}` (Ollama) or `{"error": {"message": "…"}}` (OpenAI, Anthropic).
    static func errorMessage(in body: String) -> String? {
        (try? JSONValue.parse(body)).flatMap(errorMessage(in:))
    }

    static func errorMessage(in json: JSONValue) -> String? {
        guard let error = json["error"] else { return nil }
        return error.string ?? error["message"]?.string
    }

    static func snippet(_ s: String) -> String {
        let one = s.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        let cut = one.count > 300 ? String(one.prefix(300)) + "…" : one
        return String(cut.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
    }

    static func seconds(_ s: Double) -> String { s == s.rounded() ? "\(Int(s)) s" : String(format: "%.1f s", s) }
}

final class ClientCache: @unchecked Sendable {
    // @unchecked: `clients` is only touched while holding `lock`.
    private let lock = NSLock()
    private struct Key: Hashable {
        let connect: Double
        let read: Double
    }
    private var clients: [Key: HTTPClient] = [:]

    func client(connect: Double, read: Double) -> HTTPClient {
        let key = Key(connect: connect, read: read)
        lock.lock()
        defer { lock.unlock() }
        if let c = clients[key] { return c }
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .milliseconds(Int64(connect * 1000)), read: .milliseconds(Int64(read * 1000))))
        // A refused connection is an answer (nothing is listening): fail at once so the router
        // falls back now, instead of retrying until the connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        let c = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        clients[key] = c
        return c
    }
}
