import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP proxy on 127.0.0.1 in front of a PostgreSQL port that can lose one answer (spec
/// 23.8): armed with a marker, it cuts the next connection whose transaction sent the marker
/// (`INSERT INTO task_claim`) right after the server answered that transaction's `COMMIT`,
/// without passing the answer on. So the commit landed and the client only sees a closed
/// connection. Plain TCP only (`sslmode=disable`). Every other byte goes through untouched.
/// Threads, not the cooperative pool: each connection's two directions block on `read`.
public final class LosingProxy: @unchecked Sendable {
    // @unchecked: `marker`, `cuts` and `sockets` are read and written under `lock`.
    public let port: Int
    let target: Int
    let listener: Int32
    private let lock = NSLock()
    private var marker: [UInt8]?
    private var cutCount = 0
    private var sockets: [Int32] = []

    /// `CommandComplete` with the tag `COMMIT`: the server's answer to a transaction's end.
    static let commitAnswer: [UInt8] = [UInt8(ascii: "C"), 0, 0, 0, 11] + Array("COMMIT".utf8) + [0]

    /// Listens on a free loopback port, forwarding to 127.0.0.1:`target`.
    /// - Throws: `GitDaemonError` when the socket cannot be made.
    public init(to target: Int) throws {
        self.target = target
        listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw GitDaemonError(description: "socket: \(String(cString: strerror(errno)))") }
        port = try bindLoopback(listener)
        guard listen(listener, 64) == 0 else { throw GitDaemonError(description: "listen: \(String(cString: strerror(errno)))") }
        let accepting = Thread { [self] in accept() }
        accepting.start()
    }

    /// Cuts the next transaction that sends `marker` after its `COMMIT` was answered (once).
    public func arm(_ marker: String) { lock.withLock { self.marker = Array(marker.utf8) } }

    /// How many answers it lost.
    public var cuts: Int { lock.withLock { cutCount } }

    /// Stops listening and closes every connection.
    public func stop() {
        let open: [Int32] = lock.withLock {
            defer { sockets = [] }
            return sockets
        }
        Glibc.shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for fd in open { Glibc.shutdown(fd, Int32(SHUT_RDWR)) }
    }

    private func accept() {
        while true {
            let client = Glibc.accept(listener, nil, nil)
            guard client >= 0 else { return }
            let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = UInt16(target).bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) { p in
                p.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(server, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
            guard server >= 0, connected else {
                close(client)
                if server >= 0 { close(server) }
                continue
            }
            lock.withLock { sockets += [client, server] }
            let pair = Pair()
            Thread { [self] in pump(from: client, to: server, pair: pair, toServer: true) }.start()
            Thread { [self] in pump(from: server, to: client, pair: pair, toServer: false) }.start()
        }
    }

    /// One connection's state: whether its transaction in flight sent the armed marker, and
    /// how many of its two directions still run (the last one closes both sockets).
    final class Pair: @unchecked Sendable {
        // @unchecked: every field is read and written under `lock`.
        let lock = NSLock()
        var marked = false
        var running = 2
    }

    private func pump(from: Int32, to: Int32, pair: Pair, toServer: Bool) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        // The end of the previous read, shorter than what is looked for: a marker or an answer
        // may straddle two reads, and none is found twice.
        var tail: [UInt8] = []
        while true {
            let n = buffer.withUnsafeMutableBytes { read(from, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            let chunk = Array(buffer[0..<n])
            let seen = tail + chunk
            if toServer {
                let marker = lock.withLock { self.marker }
                if let marker, contains(seen, marker) { pair.lock.withLock { pair.marked = true } }
                tail = Array(seen.suffix(max(0, (marker?.count ?? 1) - 1)))
            } else {
                tail = Array(seen.suffix(Self.commitAnswer.count - 1))
                if contains(seen, Self.commitAnswer) {
                    // The transaction ended: the next one on this connection starts unmarked.
                    let marked = pair.lock.withLock {
                        defer { pair.marked = false }
                        return pair.marked
                    }
                    let cut: Bool = lock.withLock {
                        guard marked, marker != nil else { return false }
                        marker = nil
                        cutCount += 1
                        return true
                    }
                    if cut { break }
                }
            }
            guard write(all: chunk, to: to) else { break }
        }
        Glibc.shutdown(from, Int32(SHUT_RDWR))
        Glibc.shutdown(to, Int32(SHUT_RDWR))
        let last = pair.lock.withLock {
            pair.running -= 1
            return pair.running == 0
        }
        if last {
            lock.withLock { sockets.removeAll { $0 == from || $0 == to } }
            close(from)
            close(to)
        }
    }

    private func write(all bytes: [UInt8], to fd: Int32) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return false }
            sent += n
        }
        return true
    }

    private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<(i + needle.count)]) == needle { return true }
        }
        return false
    }
}
