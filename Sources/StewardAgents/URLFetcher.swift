import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import StewardCore
import StewardTools

/// `fetch_url` for the research agent: `http`/`https` only, hosts on the person's allowlist
/// only (`[agents] fetch_hosts`), a size and a time limit, and never a loopback, private,
/// link-local or otherwise non-public address unless the host is named exactly on the list.
/// Redirects are followed by hand (at most 3), each checked again. A host allowed through a
/// wildcard is resolved once, checked, and connected to at exactly the address checked (TLS
/// still verifies the name), so a DNS answer that changes in between (rebinding) cannot
/// point the connection at this machine or its network.
public struct URLFetcher: Sendable {
    public let allowed: [String]
    public let maxBytes: Int
    public let timeout: Double
    /// A host's numeric addresses (getaddrinfo), and which of them may be reached through a
    /// wildcard entry (public ones); tests replace both.
    let resolver: @Sendable (String) -> [String]
    let reachable: @Sendable (String) -> Bool

    public init(allowed: [String], maxBytes: Int, timeout: Double) {
        self.init(allowed: allowed, maxBytes: maxBytes, timeout: timeout, resolver: Self.resolve, reachable: Self.isPublic)
    }

    init(
        allowed: [String], maxBytes: Int, timeout: Double, resolver: @escaping @Sendable (String) -> [String],
        reachable: @escaping @Sendable (String) -> Bool
    ) {
        self.allowed = allowed.map { $0.lowercased() }
        self.maxBytes = maxBytes
        self.timeout = timeout
        self.resolver = resolver
        self.reachable = reachable
    }

    /// How an address is fetched: refused (why), by name (a host named exactly on the list,
    /// which may be anywhere, this machine too), or pinned to the one address checked.
    enum Route: Equatable {
        case refused(String)
        case byName
        case pinned(host: String, address: String)
    }

    /// A host name, an IPv4 literal or `*.domain`: letters, digits, `-` and `.` only.
    static func isHostPattern(_ s: String) -> Bool {
        let body = s.hasPrefix("*.") ? String(s.dropFirst(2)) : s
        return !body.isEmpty && body.count <= 253 && !body.hasPrefix(".") && !body.hasSuffix(".")
            && body.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
    }

    enum Match { case exact, wildcard }

    func match(_ host: String) -> Match? {
        let h = host.lowercased()
        if allowed.contains(h) { return .exact }
        if allowed.contains(where: { $0.hasPrefix("*.") && h.hasSuffix(String($0.dropFirst(1))) }) { return .wildcard }
        return nil
    }

    /// Whether and how `url` may be fetched; resolves a wildcard-matched host to check where it points.
    func route(_ url: URL) -> Route {
        guard let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme) else {
            return .refused("only http:// and https:// addresses can be fetched")
        }
        guard let host = url.host, !host.isEmpty else { return .refused("the address has no host") }
        if url.user != nil || url.password != nil { return .refused("addresses with a user name or password are not fetched") }
        guard let m = match(host) else {
            return .refused(
                allowed.isEmpty
                    ? "\(FetchURL.name) is off: no host is allowed ([agents] fetch_hosts in steward.toml is empty; the person may add hosts there)"
                    : "\(host) is not on the allowlist ([agents] fetch_hosts: \(allowed.joined(separator: ", ")))")
        }
        if m == .exact { return .byName }
        // A wildcard entry never reaches this machine or its network, wherever DNS points.
        let addresses = resolver(host)
        guard let first = addresses.first else { return .refused("\(host) does not resolve") }
        if let bad = addresses.first(where: { !reachable($0) }) {
            return .refused("\(host) resolves to \(bad), a loopback or private address; name the host exactly in [agents] fetch_hosts to allow it")
        }
        return .pinned(host: host, address: first)
    }

    /// Why `url` may not be fetched, or nil.
    func refusal(_ url: URL) -> String? {
        if case .refused(let why) = route(url) { return why }
        return nil
    }

    /// The numeric addresses a host resolves to.
    static func resolve(_ host: String) -> [String] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &result) == 0, let first = result else { return [] }
        defer { freeaddrinfo(first) }
        var out: [String] = []
        var p: UnsafeMutablePointer<addrinfo>? = first
        while let a = p {
            var buf = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(a.pointee.ai_addr, a.pointee.ai_addrlen, &buf, socklen_t(buf.count), nil, 0, NI_NUMERICHOST) == 0 {
                out.append(String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
            }
            p = a.pointee.ai_next
        }
        return out
    }

    /// Whether a numeric address is on the public internet (not loopback, private, link-local,
    /// carrier-grade NAT, multicast, unspecified or reserved).
    static func isPublic(_ address: String) -> Bool {
        let a = address.lowercased()
        if a.contains(":") {
            if a.hasPrefix("::ffff:") { return isPublic(String(a.dropFirst(7))) }
            return
                !(a == "::" || a == "::1" || a.hasPrefix("fc") || a.hasPrefix("fd") || a.hasPrefix("fe8") || a.hasPrefix("fe9") || a.hasPrefix("fea")
                || a.hasPrefix("feb") || a.hasPrefix("ff"))
        }
        let o = a.split(separator: ".").compactMap { Int($0) }
        guard o.count == 4 else { return false }
        switch (o[0], o[1]) {
        case (0, _), (10, _), (127, _), (169, 254), (192, 168), (224...255, _): return false
        case (172, 16...31), (100, 64...127): return false
        default: return true
        }
    }

    /// Fetches `address` and returns its text (HTML reduced to text), cut at `maxBytes`.
    /// - Throws: `StewardError.refused` for what policy forbids, `.failure` for the rest, each
    ///   with a message the model can act on.
    public func fetch(_ address: String) async throws -> String {
        guard var url = URL(string: address.trimmingCharacters(in: .whitespaces)) else {
            throw StewardError.usage("\(Escape.inline(address)) is not a URL; give a full address like https://en.wikipedia.org/wiki/Git")
        }
        let deadline = NIODeadline.now() + .milliseconds(Int64(timeout * 1000))
        for _ in 0...3 {
            let step: Step
            switch route(url) {
            case .refused(let why):
                throw StewardError.refused("\(FetchURL.name) refused \(Escape.inline(url.absoluteString)): \(why)")
            case .byName:
                step = try await fetchOnce(url, client: Self.client, deadline: deadline)
            case .pinned(let host, let address):
                // A client of its own whose only name is the checked address; shut down after.
                var configuration = Self.configuration
                configuration.dnsOverride = Dictionary([(host, address), (host.lowercased(), address)], uniquingKeysWith: { a, _ in a })
                let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
                do {
                    step = try await fetchOnce(url, client: client, deadline: deadline)
                    try? await client.shutdown()
                } catch {
                    try? await client.shutdown()
                    throw error
                }
            }
            switch step {
            case .redirect(let next): url = next
            case .text(let text): return text
            }
        }
        throw StewardError.failure("\(FetchURL.name): too many redirects from \(Escape.inline(address))")
    }

    enum Step {
        case redirect(URL)
        case text(String)
    }

    /// One request: a redirect to follow (checked again by the caller) or the page's text.
    func fetchOnce(_ url: URL, client: HTTPClient, deadline: NIODeadline) async throws -> Step {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.headers.add(name: "user-agent", value: "Steward (research agent)")
        request.headers.add(name: "accept", value: "text/html, text/plain, text/markdown, application/json, application/xml;q=0.9")
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, deadline: deadline)
        } catch {
            throw StewardError.failure("\(FetchURL.name) could not get \(Escape.inline(url.absoluteString)): \(error)")
        }
        if (300..<400).contains(Int(response.status.code)), let location = response.headers.first(name: "location"),
            let next = URL(string: location, relativeTo: url)?.absoluteURL
        {
            return .redirect(next)
        }
        guard (200..<300).contains(Int(response.status.code)) else {
            throw StewardError.failure("\(FetchURL.name): \(Escape.inline(url.absoluteString)) answered HTTP \(response.status.code)")
        }
        let type = response.headers.first(name: "content-type")?.lowercased() ?? "text/plain"
        guard type.hasPrefix("text/") || type.contains("json") || type.contains("xml") else {
            throw StewardError.failure("\(FetchURL.name): \(Escape.inline(url.absoluteString)) is \(type), not text")
        }
        var body = ByteBuffer()
        var cut = false
        do {
            for try await chunk in response.body {
                var chunk = chunk
                let room = maxBytes - body.readableBytes
                if chunk.readableBytes > room {
                    body.writeBytes(chunk.readBytes(length: max(0, room)) ?? [])
                    cut = true
                    break
                }
                body.writeBuffer(&chunk)
            }
        } catch {
            throw StewardError.failure("\(FetchURL.name): reading \(Escape.inline(url.absoluteString)) failed: \(error)")
        }
        var text = String(decoding: body.readableBytesView, as: UTF8.self)
        if type.contains("html") { text = Self.htmlToText(text) }
        return .text(text + (cut ? "\n… (cut at \(maxBytes) bytes; [agents] fetch_max_bytes)" : ""))
    }

    static let configuration: HTTPClient.Configuration = {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.connectionPool.retryConnectionEstablishment = false
        return configuration
    }()

    static let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
}
