import Foundation
import HTTPTypes
import Hummingbird
import StewardCore

/// What a browser user sees when a request to the dashboard is refused or fails: a page that
/// says what happened and offers the way on (log in again and come back; back to the page),
/// never a JSON body or an internal error's text. And where a login returns to: a path on
/// this site only, so a link cannot send the person elsewhere after they log in.
extension Dashboard {
    /// The error page for `error` (already judged by `SecurityHeaders.answer`: a 500 carries
    /// only its reference); `header` adds the signed-in header's values (`SignedInErrors`).
    static func errorPage(_ error: any HTTPResponseError, _ request: Request, header: [String: Any] = [:]) -> Response {
        let message: String
        let reference: String?
        switch error {
        case let e as APIError:
            message = e.message
            reference = e.reference
        case let e as HTTPError:
            message = e.status == .notFound ? "There is no page at \(request.uri.path.prefix(200))." : (e.body ?? e.status.reasonPhrase)
            reference = nil
        default:
            message = error.status.reasonPhrase
            reference = nil
        }
        let back = referringPath(request)
        var values: [String: Any] = [
            "pageTitle": "\(error.status.code) \(error.status.reasonPhrase)", "heading": heading(error.status), "message": message,
            "reference": reference ?? false, "back": back.map { $0 as Any } ?? false,
        ]
        if error.status == .unauthorized { values["login"] = loginURL(returningTo: back) }
        values.merge(header) { mine, _ in mine }
        var r = page("error", values, status: error.status)
        for field in (error as? APIError)?.headers ?? [:] where field.name != .contentType { r.headers.append(field) }
        return r
    }

    static func heading(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 401: "Your session has ended"
        case 403: "Refused"
        case 404: "Not found"
        case 400, 413, 422: "The form could not be used"
        case 409: "Not done: something changed"
        case 500...: "Something went wrong on the server"
        default: status.reasonPhrase
        }
    }

    /// The page a same-site form or link came from (`Referer`, which `Referrer-Policy:
    /// same-origin` sends only within this site), when it is a safe return path.
    static func referringPath(_ request: Request) -> String? {
        guard let referer = request.headers[.referer], let url = URL(string: referer), let host = url.host else { return nil }
        let authority = host + (url.port.map { ":\($0)" } ?? "")
        guard let mine = FormOrigin.authority(host: request.head.authority ?? ""), FormOrigin.authority(host: authority) == mine else { return nil }
        return returnPath(url.path + (url.query.map { "?" + $0 } ?? ""))
    }

    /// `path` when it is a path on this site to return to after logging in, else nil: it starts
    /// with one `/` (not `//` or `/\`, which browsers take for another host), and holds only
    /// printable ASCII without `\` (browsers drop tabs and new lines, so `/<TAB>/evil.test`
    /// would become `//evil.test`); the login pages themselves are not returned to.
    static func returnPath(_ path: String?) -> String? {
        guard let path, path.utf8.count <= 2_000, path.hasPrefix("/") else { return nil }
        let bytes = Array(path.utf8)
        guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") }) else { return nil }
        if bytes.count > 1 && bytes[1] == UInt8(ascii: "/") { return nil }
        let page = path.prefix { $0 != "?" && $0 != "#" }
        return page == "/login" || page == "/logout" ? nil : path
    }

    /// `/login`, with `?next=` the page to come back to (none for the default page).
    static func loginURL(returningTo path: String?) -> String {
        guard let path = returnPath(path), path != "/proposals", path != "/" else { return "/login" }
        return "/login?next=" + (path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? "")
    }

    /// Where a page view without a session goes: the login page, then back to this page.
    static func toLogin(_ request: Request) -> Response {
        redirect(loginURL(returningTo: request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")))
    }
}

/// A dashboard route that fails answers its error page with the header of a signed-in page
/// (the pages, the pending count, log out) when the request has a session. A path with no
/// route is answered by `SecurityHeaders`, without it.
struct SignedInErrors: RouterMiddleware {
    let state: ServerState

    func handle(_ request: Request, context: StewardContext, next: (Request, StewardContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let answer = SecurityHeaders<StewardContext>.answer(error, to: request, logger: context.logger)
            guard let s = await state.sessions.session(from: request, tokens: (try? state.tokens.load()) ?? []) else {
                return Dashboard.errorPage(answer, request)
            }
            let pending = (try? await state.workspace.pending(cache: state.store).count) ?? 0
            return Dashboard.errorPage(answer, request, header: ["signedIn": true, "csrf": s.csrf, "pendingCount": pending])
        }
    }
}
