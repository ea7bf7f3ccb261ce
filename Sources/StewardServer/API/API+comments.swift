import Foundation
import Hummingbird
import StewardCore
import StewardSandbox

/// `GET/POST /api/v1/proposals/{n}/comments` (spec 3.6, 21.3): a person's comments on a
/// proposal, a file or a line, kept in git; the dashboard's forms call the same sandbox.
extension API {
    /// `POST proposals/{n}/comments`: a new comment, or `{"resolve": K}`.
    struct CommentRequest: Decodable {
        var text: String?
        var path: String?
        var line: Int?
        var side: String?
        /// The head the line numbers were read from; 409 when the proposal moved since.
        var expectedHead: String?
        var resolve: Int?
    }

    static func registerComments(_ api: RouterGroup<StewardContext>, _ state: ServerState) {
        let ws = state.workspace
        api.get("proposals/:n/comments") { _, c in
            switch try proposal(c) {
            case .number(let n): return try json(try await call { try await ws.comments(on: n) })
            case .offline(let j): return try json(try await call { try await ws.comments(onOffline: j) })
            }
        }
        api.post("proposals/:n/comments") { req, c in
            // Comments go to the agent as the reviewer's word: a person's, not another agent's.
            guard c.token?.scope == .owner else {
                throw APIError(
                    .forbidden,
                    "only the owner's token may comment (comments reach the agent as the reviewer's); this token's scope is '\(c.token?.scope.rawValue ?? "none")'"
                )
            }
            let ref = try proposal(c)
            let b = try await body(req, c, as: CommentRequest.self)
            if let k = b.resolve {
                guard b.text == nil, b.path == nil, b.line == nil, b.side == nil else {
                    throw APIError(.badRequest, "\"resolve\" comes alone: no \"text\", \"path\", \"line\" or \"side\" with it")
                }
                // On o1 (spec 22.4): kept on its local comment chain, carried to its number by sync.
                return try json(
                    try await call {
                        switch ref {
                        case .number(let n): try await ws.resolveComment(k, on: n, by: approver(c))
                        case .offline(let j): try await ws.resolveComment(k, onOffline: j, by: approver(c))
                        }
                    })
            }
            guard let text = b.text else { throw APIError(.badRequest, "\"text\" is required (or \"resolve\": K to resolve comment K)") }
            var side: ProposalComment.Side?
            if let s = b.side {
                guard let v = ProposalComment.Side(rawValue: s) else { throw APIError(.badRequest, "\"side\" must be \"old\" or \"new\"") }
                side = v
            }
            let head = try InputLimit.commitID.check(b.expectedHead)
            return try json(
                try await call {
                    switch ref {
                    case .number(let n):
                        try await ws.comment(on: n, path: b.path, line: b.line, side: side, text: text, by: approver(c), expectedHead: head)
                    case .offline(let j):
                        // Made offline (spec 22.4): kept here, carried to its number by sync.
                        try await ws.comment(onOffline: j, path: b.path, line: b.line, side: side, text: text, by: approver(c))
                    }
                }, status: .created)
        }
    }
}
