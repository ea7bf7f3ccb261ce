import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import StewardCore
import StewardJSON

/// The API's error answers: RFC 9457 problem details (`StewardCore.Problem`, the object a
/// failing command prints with `--json`) as `application/problem+json`, compact unless
/// `?pretty=1`, with the error's own headers (`WWW-Authenticate` on a 401).
extension API {
    static let problemContentType = "application/problem+json"

    /// The problem an error answers with: an `APIError` keeps its status, message, code, paths
    /// and reference; Hummingbird's own errors (no such route, a body too large) their status,
    /// with a message that says what to do.
    static func problem(_ error: any HTTPResponseError, _ request: Request) -> Problem {
        let status = Int(error.status.code)
        if let e = error as? APIError {
            return Problem(code: e.code ?? Problem.code(forStatus: status), status: status, detail: e.message, paths: e.paths, reference: e.reference)
        }
        let detail: String
        switch error.status {
        case .notFound:
            detail = "there is no \(request.method) \(Escape.inline(request.uri.path)) in this API; GET /api/v1/openapi.json lists its routes"
        case .contentTooLarge: detail = "the request body is larger than \(maxBody) bytes, the API's limit"
        default:
            detail =
                ((error as? HTTPError)?.body).map { Escape.inline($0) }
                ?? (error.status.reasonPhrase.isEmpty ? "HTTP \(status)" : error.status.reasonPhrase)
        }
        return Problem(code: Problem.code(forStatus: status), status: status, detail: detail)
    }

    /// The error as an `application/problem+json` response.
    static func problemResponse(_ error: any HTTPResponseError, _ request: Request) -> Response {
        let pretty = (try? wantsPretty(request)) ?? false
        let body = (try? PrettyJSON.encode(problem(error, request), compact: !pretty)) ?? "{}"
        var headers = (error as? APIError)?.headers ?? (error as? HTTPError)?.headers ?? [:]
        headers[.contentType] = problemContentType
        return Response(status: error.status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body + "\n")))
    }
}
