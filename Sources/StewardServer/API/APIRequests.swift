import Foundation
import Hummingbird
import NIOCore
import StewardAgents
import StewardCore
import StewardModels

/// The API's request bodies, each a `Decodable` type read with Hummingbird's
/// `request.decode(as:context:)` (through `APIBodyDecoder`). Unknown keys are ignored; an
/// empty body is an empty object.
extension API {
    /// `POST proposals/{n}/approve`.
    struct ApproveRequest: Decodable {
        /// The head the caller reviewed; approve refuses (409) when the proposal moved since.
        var expectedHead: String?
        var acceptRisks: Bool?
        /// Approve only these files, or every file but these (spec 5.5a); not both.
        var only: [String]?
        var except: [String]?
        /// With `only`/`except`: reject the files left out, for this reason.
        var rejectRest: String?
    }

    /// `POST proposals/{n}/reject`.
    struct ReasonRequest: Decodable {
        var reason: String?
    }

    /// `POST proposals/{n}/rollback`: `part` undoes only part K of a proposal approved in parts.
    struct RollbackRequest: Decodable {
        var reason: String?
        var part: Int?
    }

    /// `POST tasks`: `steward run`'s options (`--model`, `--no-cloud`, `--private`,
    /// `--max-steps`), so a task started here is queued as `run --queue` queues it.
    struct TaskRequest: Decodable {
        var task: String
        var agent: String?
        var model: String?
        var noCloud: Bool?
        var isPrivate: Bool?
        var maxSteps: Int?

        enum CodingKeys: String, CodingKey {
            case task, agent, model, noCloud, maxSteps
            case isPrivate = "private"
        }

        /// The route options asked for.
        var options: RouteOptions { RouteOptions(model: model, noCloud: noCloud ?? false, isPrivate: isPrivate ?? false) }

        /// `maxSteps`, checked as `--max-steps` is.
        /// - Throws: `APIError` 400 outside 1 to 500.
        func checkedMaxSteps() throws -> Int? {
            if let maxSteps, !(1...500).contains(maxSteps) { throw APIError(.badRequest, "\"maxSteps\" must be from 1 to 500") }
            return maxSteps
        }
    }

    /// `POST schedules`.
    struct ScheduleRequest: Decodable {
        var cron: String
        var task: String
        var timeZone: String?
        var agent: String?
        var catchUp: Bool?
    }

    /// The largest request body read: 1 MiB (413 beyond).
    static let maxBody = 1 << 20

    /// `name` as an agent kind; nil stays nil.
    /// - Throws: `APIError` 400 naming the field and the kinds there are.
    static func agentKind(_ name: String?) throws -> AgentKind? {
        guard let name else { return nil }
        guard let kind = AgentKind(rawValue: name) else { throw APIError(.badRequest, "\"agent\" must be one of code, research, fileops") }
        return kind
    }
}

/// Reads a request body as JSON into its `Decodable` type: at most `API.maxBody` bytes, an
/// empty body as `{}`. A body that does not fit its type is a 400 `APIError` that names the
/// field and what it must be (`"acceptRisks" must be true or false`), never a 500.
public struct APIBodyDecoder: RequestDecoder {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from request: Request, context: some RequestContext) async throws -> T {
        let buffer = try await request.body.collect(upTo: API.maxBody)
        let data = buffer.readableBytes == 0 ? Data("{}".utf8) : Data(buffer: buffer)
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let e as DecodingError {
            throw APIError(.badRequest, Self.message(e))
        }
    }

    /// What is wrong with the body, for a person: the field by name and what it must be.
    static func message(_ error: DecodingError) -> String {
        func field(_ path: [any CodingKey]) -> String {
            "\"" + Escape.inline(path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")) + "\""
        }
        switch error {
        case .keyNotFound(let key, let c):
            return "\(field(c.codingPath + [key])) is required"
        case .valueNotFound(_, let c) where !c.codingPath.isEmpty:
            return "\(field(c.codingPath)) is required"
        case .typeMismatch(let type, let c) where !c.codingPath.isEmpty:
            return "\(field(c.codingPath)) must be \(kind(type))"
        case .dataCorrupted(let c) where !c.codingPath.isEmpty:
            return "\(field(c.codingPath)) cannot be read: \(Escape.inline(c.debugDescription))"
        default:
            return "the body must be a JSON object"
        }
    }

    static func kind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Double.Type: "a number"
        default: "of the documented type (\(type))"
        }
    }
}
