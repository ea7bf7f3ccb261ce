import Foundation
import Hummingbird
import StewardCore
import StewardSandbox

/// The proposal page's comment forms (spec 3.6, 21.4): a comment on the proposal, a file or a
/// line, and resolving one. The same sandbox calls as the API's and `steward comment`.
extension Dashboard {
    static func registerComments(
        _ router: RouterGroup<StewardContext>, _ state: ServerState,
        form: @escaping @Sendable (Request) async throws -> (Sessions.Session, CommentForm),
        view: @escaping @Sendable (String, Sessions.Session, [String: Any], HTTPResponse.Status) async throws -> Response
    ) {
        let ws = state.workspace
        router.post("proposals/:n/comments") { req, c in
            let (s, f) = try await form(req)
            let n = try API.number(c)
            let who = try owner(state, s, c, may: "comment")
            let made: ProposalComment
            do {
                let path = f.path.flatMap(\.nonEmpty)
                let line = try f.line.flatMap(\.nonEmpty).map { text in
                    guard let k = Int(text) else { throw StewardError.usage("the line '\(text.prefix(20))' is not a number") }
                    return k
                }
                let side = try f.side.flatMap(\.nonEmpty).map { text in
                    guard let side = ProposalComment.Side(rawValue: text) else { throw StewardError.usage("the side must be old or new") }
                    return side
                }
                let head = try InputLimit.commitID.check(f.head.flatMap(\.nonEmpty))
                do {
                    made = try await ws.comment(on: n, path: path, line: line, side: side, text: f.text ?? "", by: who, expectedHead: head)
                } catch let e as StewardError where e.code == .conflict {
                    // A page older than the proposal: its line numbers may point elsewhere now.
                    guard let head, let now = try? await ws.proposal(n).head, now != head else { throw e }
                    return try await view(
                        "error", s,
                        [
                            "pageTitle": "409 #\(n) changed", "heading": "Not saved: #\(n) changed since this page was shown",
                            "message": "The page showed #\(n) at \(head.prefix(10)); its head is now \(now.prefix(10)), so its lines may have moved. "
                                + "Nothing was written. Reload the proposal, read it again and comment on what is there now. Your comment: \(f.text ?? "")",
                            "reload": f.page(n), "back": false, "reference": false,
                        ], .conflict)
                }
            } catch let e as StewardError { throw APIError(e) }
            // As for a decision: the outcome is kept in the session for the next page.
            // The remote did not answer (spec 22.4): kept here until `steward sync` publishes it.
            let said =
                made.unsynced == true
                ? "Comment added on \(made.place), kept on this machine: the remote did not answer; 'steward sync' publishes it and gives it its id."
                : "Comment \(made.id) added on \(made.place)."
            await state.sessions.setFlash(s.id, path: "/proposals/\(n)", said)
            return redirect(f.page(n) + "#" + CommentsView.anchor(made))
        }
        router.post("proposals/:n/comments/:k/resolve") { req, c in
            let (s, f) = try await form(req)
            let n = try API.number(c)
            guard let k = c.parameters.get("k").flatMap({ Int($0) }), k > 0 else { throw APIError(.notFound, "there is no such comment on #\(n)") }
            let who = try owner(state, s, c, may: "resolve comments")
            let resolved: ProposalComment
            do {
                resolved = try await ws.resolveComment(k, on: n, by: who)
            } catch let e as StewardError { throw APIError(e) }
            // The remote did not answer (spec 22.4): kept here, published by the next sync.
            let said =
                resolved.resolutionUnsynced == true
                ? "Comment \(k) resolved, kept on this machine: the remote did not answer; 'steward sync' publishes the resolution."
                : "Comment \(k) resolved."
            await state.sessions.setFlash(s.id, path: "/proposals/\(n)", said)
            return redirect(f.page(n) + "#comment-\(k)")
        }
    }
}
