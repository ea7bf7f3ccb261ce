import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A port on 127.0.0.1 that refuses every connection for as long as this value lives: a TCP
/// socket bound to it and never listening. A server started and stopped again does not give
/// one: under a parallel test run the freed port can be bound by another test's server (or be
/// the local port of an outgoing connection) before the refused connection is tried.
public final class RefusingPort: Sendable {
    public let port: Int
    public var url: String { "http://127.0.0.1:\(port)" }
    private let descriptor: Int32

    public init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw GitDaemonError(description: "socket(): errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else {
            close(fd)
            throw GitDaemonError(description: "bind(127.0.0.1:0): errno \(errno)")
        }
        descriptor = fd
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(descriptor) }
}
