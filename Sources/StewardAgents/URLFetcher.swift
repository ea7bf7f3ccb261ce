import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import StewardCore

/// `fetch_url` for the research agent: `http`/`https` only, hosts on the person's allowlist
/// only (`[agents] fetch_hosts`), a size and a time limit, and never a loopback, private,
/// link-local or otherwise non-public address unless the host is named exactly on the list.
/// Redirects are followed by hand (at most 3), each checked again.
public struct URLFetcher: Sendable {
    public let allowed: [String]
    public let maxBytes: Int
    public let timeout: Double

    public init(allowed: [String], maxBytes: Int, timeout: Double) {
        self.allowed = allowed.map { $0.lowercased() }
        self.maxBytes = maxBytes
        self.timeout = timeout
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

    /// Why `url` may not be fetched, or nil; resolves the host to check where it points.
    func refusal(_ url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme) else {
            return "only http:// and https:// addresses can be fetched"
        }
        guard let host = url.host, !host.isEmpty else { return "the address has no host" }
        if url.user != nil || url.password != nil { return "addresses with a user name or password are not fetched" }
        guard let m = match(host) else {
            return allowed.isEmpty
                ? "fetch_url is off: no host is allowed ([agents] fetch_hosts in steward.toml is empty; the person may add hosts there)"
                : "\(host) is not on the allowlist ([agents] fetch_hosts: \(allowed.joined(separator: ", ")))"
        }
        if m == .exact { return nil }
        // A wildcard entry never reaches this machine or its network, wherever DNS points.
        let addresses = Self.resolve(host)
        if addresses.isEmpty { return "\(host) does not resolve" }
        if let bad = addresses.first(where: { !Self.isPublic($0) }) {
            return "\(host) resolves to \(bad), a loopback or private address; name the host exactly in [agents] fetch_hosts to allow it"
        }
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
            return !(a == "::" || a == "::1" || a.hasPrefix("fc") || a.hasPrefix("fd") || a.hasPrefix("fe8") || a.hasPrefix("fe9") || a.hasPrefix("fea")
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
            if let why = refusal(url) { throw StewardError.refused("fetch_url refused \(Escape.inline(url.absoluteString)): \(why)") }
            var request = HTTPClientRequest(url: url.absoluteString)
            request.headers.add(name: "user-agent", value: "Steward (research agent)")
            request.headers.add(name: "accept", value: "text/html, text/plain, text/markdown, application/json, application/xml;q=0.9")
            let response: HTTPClientResponse
            do {
                response = try await Self.client.execute(request, deadline: deadline)
            } catch {
                throw StewardError.failure("fetch_url could not get \(Escape.inline(url.absoluteString)): \(error)")
            }
            if (300..<400).contains(Int(response.status.code)), let location = response.headers.first(name: "location"),
               let next = URL(string: location, relativeTo: url)?.absoluteURL {
                url = next
                continue
            }
            guard (200..<300).contains(Int(response.status.code)) else {
                throw StewardError.failure("fetch_url: \(Escape.inline(url.absoluteString)) answered HTTP \(response.status.code)")
            }
            let type = response.headers.first(name: "content-type")?.lowercased() ?? "text/plain"
            guard type.hasPrefix("text/") || type.contains("json") || type.contains("xml") else {
                throw StewardError.failure("fetch_url: \(Escape.inline(url.absoluteString)) is \(type), not text")
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
                throw StewardError.failure("fetch_url: reading \(Escape.inline(url.absoluteString)) failed: \(error)")
            }
            var text = String(decoding: body.readableBytesView, as: UTF8.self)
            if type.contains("html") { text = Self.htmlToText(text) }
            return text + (cut ? "\n… (cut at \(maxBytes) bytes; [agents] fetch_max_bytes)" : "")
        }
        throw StewardError.failure("fetch_url: too many redirects from \(Escape.inline(address))")
    }

    /// Visible text of an HTML page: scripts, styles and tags removed, entities for the
    /// common characters decoded, blank runs collapsed.
    static func htmlToText(_ html: String) -> String {
        var s = html
        for tag in ["script", "style", "noscript", "svg", "head"] {
            while let open = s.range(of: "<\(tag)", options: .caseInsensitive),
                  let close = s.range(of: "</\(tag)>", options: .caseInsensitive, range: open.upperBound..<s.endIndex) {
                s.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        for block in ["</p>", "<br>", "<br/>", "<br />", "</li>", "</h1>", "</h2>", "</h3>", "</tr>", "</div>"] {
            s = s.replacingOccurrences(of: block, with: "\n", options: .caseInsensitive)
        }
        var out = ""
        var inTag = false
        for c in s {
            if c == "<" { inTag = true; continue }
            if c == ">" && inTag { inTag = false; continue }
            if !inTag { out.append(c) }
        }
        for (entity, char) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " ")] {
            out = out.replacingOccurrences(of: entity, with: char)
        }
        return out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()
}
