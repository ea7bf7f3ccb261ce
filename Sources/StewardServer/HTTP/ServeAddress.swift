import Foundation
import StewardCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where `serve` listens, decided on the addresses a host name resolves to, never on how the
/// name is spelled: `127.evil` can resolve to 0.0.0.0 through /etc/hosts, and `0`, `0x0` or
/// `00.0.0.0` are all 0.0.0.0 to getaddrinfo. The server then binds the numeric address that was
/// checked, so no second lookup can choose another.
public enum ServeAddress {
    /// The numeric addresses `host` resolves to (getaddrinfo, IPv4 and IPv6), in its order,
    /// without repeats. `[::1]` is taken as `::1`.
    /// - Throws: `StewardError.usage` when the name does not resolve.
    public static func resolve(_ host: String) throws -> [String] {
        var name = host
        if name.hasPrefix("[") && name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        guard !name.isEmpty, !name.contains("\0") else { throw StewardError.usage("the host is empty; give an address such as 127.0.0.1") }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let rc = getaddrinfo(name, nil, &hints, &list)
        guard rc == 0 else {
            throw StewardError.usage(
                "cannot resolve \(Escape.inline(host)) (\(String(cString: gai_strerror(rc)))); give an address such as 127.0.0.1")
        }
        defer { freeaddrinfo(list) }
        var out: [String] = []
        var p = list
        while let ai = p {
            var text = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if let sa = ai.pointee.ai_addr,
                getnameinfo(sa, ai.pointee.ai_addrlen, &text, socklen_t(text.count), nil, 0, NI_NUMERICHOST) == 0
            {
                let s = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if !out.contains(s) { out.append(s) }
            }
            p = ai.pointee.ai_next
        }
        guard !out.isEmpty else { throw StewardError.usage("\(Escape.inline(host)) resolves to no address; give one such as 127.0.0.1") }
        return out
    }

    /// Whether a numeric address is loopback: 127.0.0.0/8, ::1, or an IPv4-mapped 127.x
    /// (`::ffff:127.0.0.1`). The unspecified addresses (0.0.0.0, ::), which listen on every
    /// interface, are not; nor is anything that is not a numeric address.
    public static func isLoopback(address: String) -> Bool {
        var v4 = in_addr()
        if inet_pton(AF_INET, address, &v4) == 1 {
            return UInt32(bigEndian: v4.s_addr) >> 24 == 127
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, address.split(separator: "%", maxSplits: 1).first.map(String.init) ?? address, &v6) == 1 else { return false }
        let b = withUnsafeBytes(of: &v6) { Array($0) }
        if b[0..<15].allSatisfy({ $0 == 0 }) && b[15] == 1 { return true }
        // ::ffff:a.b.c.d
        return b[0..<10].allSatisfy { $0 == 0 } && b[10] == 0xff && b[11] == 0xff && b[12] == 127
    }

    /// The numeric address to bind for `host`: its first address, when every address it resolves
    /// to is loopback, or when `allowRemote`.
    /// - Throws: `StewardError.usage` when it does not resolve; `StewardError.refused` naming the
    ///   address when one is not loopback and remote access was not allowed.
    public static func choose(_ host: String, allowRemote: Bool) throws -> String {
        let addresses = try resolve(host)
        if !allowRemote, let outside = addresses.first(where: { !isLoopback(address: $0) }) {
            let resolved = outside == host ? "" : " (\(Escape.inline(host)) resolves to \(outside))"
            let every = ["0.0.0.0", "::", "::ffff:0.0.0.0"].contains(outside) ? ", which listens on every interface" : ""
            throw StewardError.refused(
                "refusing to serve on \(outside)\(resolved)\(every): only loopback addresses (127.0.0.0/8, ::1) unless you pass --allow-remote, and then put TLS in front"
            )
        }
        return addresses[0]
    }
}
