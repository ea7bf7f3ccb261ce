import Foundation
import HTTPTypes
import Hummingbird

/// The dashboard's logins: the token once, then an HttpOnly, SameSite=Strict session cookie
/// with a CSRF token that every state-changing form must carry. A session lasts while the token
/// it was made with is in the token file: `steward token --rotate` (from any process) ends
/// every session made with the old owner's token at its next request.
public actor Sessions {
    public struct Session: Sendable {
        public var id: String
        public var tokenID: String
        public var csrf: String
        public var expires: Date
        /// The secret of the token the person logged in with (a rotated owner's token keeps
        /// its id, `owner`, so the id alone would let an old session live on).
        var tokenSecret: String
        /// A message the server set for the page it redirected to (shown once).
        public var flash: String?
    }

    struct Flash {
        var path: String
        var text: String
    }

    var sessions: [String: Session] = [:]
    var flashes: [String: Flash] = [:]
    public static let cookie = "steward_session"

    func create(token: TokenStore.Token) -> Session {
        let now = Date()
        sessions = sessions.filter { $0.value.expires > now }
        flashes = flashes.filter { sessions[$0.key] != nil }
        let s = Session(
            id: TokenStore.secret(), tokenID: token.id, csrf: TokenStore.secret(), expires: now.addingTimeInterval(12 * 3600),
            tokenSecret: token.secret)
        sessions[s.id] = s
        return s
    }

    /// The request's session while it has not expired and its token is still one of `tokens`
    /// (the token file as it is now); a session whose token is gone is ended. With
    /// `consumingFlash` (a page view), the message kept for this page is taken: it is in the
    /// returned session's `flash` when it was for this path, and dropped either way.
    func session(from request: Request, tokens: [TokenStore.Token], consumingFlash: Bool = false) -> Session? {
        guard let id = request.cookies[Self.cookie]?.value, var s = sessions[id] else { return nil }
        guard s.expires > Date(), tokens.contains(where: { $0.id == s.tokenID && $0.secret == s.tokenSecret }) else {
            end(id)
            return nil
        }
        if consumingFlash, let f = flashes.removeValue(forKey: id) {
            s.flash = f.path == request.uri.path ? f.text : nil
        }
        return s
    }

    /// Keeps `text` for session `id`'s next page view, shown if that page is `path`.
    func setFlash(_ id: String, path: String, _ text: String) {
        guard sessions[id] != nil else { return }
        flashes[id] = Flash(path: path, text: text)
    }

    func end(_ id: String) {
        sessions[id] = nil
        flashes[id] = nil
    }

    /// How many sessions are live (for tests).
    var count: Int { sessions.count }
}

/// Defence in depth for the dashboard's forms, besides the CSRF token: a browser says where a
/// form was posted from (`Sec-Fetch-Site`, `Origin`); a POST from another site is refused
/// before anything is read. Clients that send neither header (curl, old browsers) fall back
/// to the CSRF token alone.
enum FormOrigin {
    /// - Throws: `APIError` 403 when the browser says the form came from another site or origin.
    static func check(_ request: Request) throws {
        if let site = request.headers[.secFetchSite]?.lowercased(), site == "cross-site" || site == "same-site" {
            throw APIError(
                .forbidden,
                "refused: this form was sent from another site (Sec-Fetch-Site: \(site)); open the dashboard at its own address and submit it there")
        }
        guard let origin = request.headers[.origin] else { return }
        let host = request.head.authority ?? ""
        guard let mine = authority(host: host), let theirs = authority(origin: origin), mine == theirs else {
            // `null`: a page whose origin the browser hides (a sandboxed frame, a file, a page
            // with `Referrer-Policy: no-referrer`); the dashboard's own pages never send it.
            let from = origin == "null" ? "a page whose origin the browser hides (Origin: null)" : String(origin.prefix(200))
            throw APIError(
                .forbidden,
                "refused: this form was sent from \(from), not from this server (\(host.prefix(200))); open the dashboard at its own address and submit it there"
            )
        }
    }

    /// `http://Example.org:80` → `example.org`; `https://h:8443` → `h:8443`; nil for `null` or
    /// anything that is not scheme://authority.
    static func authority(origin: String) -> String? {
        let o = origin.lowercased()
        guard let r = o.range(of: "://") else { return nil }
        let scheme = String(o[..<r.lowerBound])
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = String(o[r.upperBound...])
        guard !rest.isEmpty, !rest.contains("/"), !rest.contains("@") else { return nil }
        return stripDefaultPort(rest, scheme == "https" ? ":443" : ":80")
    }

    /// The `Host` header without its default port (`127.0.0.1:80` → `127.0.0.1`).
    static func authority(host: String) -> String? {
        let h = host.lowercased().trimmingCharacters(in: .whitespaces)
        guard !h.isEmpty else { return nil }
        return stripDefaultPort(stripDefaultPort(h, ":80"), ":443")
    }

    static func stripDefaultPort(_ s: String, _ port: String) -> String {
        s.hasSuffix(port) ? String(s.dropLast(port.count)) : s
    }
}

extension HTTPField.Name {
    static let secFetchSite = Self("Sec-Fetch-Site")!
}
