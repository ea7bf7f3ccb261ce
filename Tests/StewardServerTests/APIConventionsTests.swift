import Foundation
import GRDB
import Logging
import StewardCore
import StewardSandbox
import StewardServer
import Synchronization
import Testing

/// Log lines kept in memory, to check what `serve` writes to its log.
final class CapturedLog: Sendable {
    let lines = Mutex<[String]>([])

    var logger: Logger {
        var l = Logger(label: "steward.serve") { _ in Handler(log: self) }
        l.logLevel = .warning
        return l
    }

    var text: String { lines.withLock { $0.joined(separator: "\n") } }

    struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .warning
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            log.lines.withLock { $0.append("\(event.level) \(event.message) \(event.metadata ?? [:])") }
        }
    }
}

/// The HTTP API's conventions: names for generators, what a 500 says, and the JSON layout.
@Suite(.serialized) struct APIConventionsTests {
    static let documentURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/openapi.json")

    /// Every operation has a unique lowerCamelCase verbNoun `operationId` and at least one tag;
    /// every tag is declared at the top level with a description, and every declared tag is used.
    @Test func everyOperationHasAUniqueOperationIdAndADeclaredTag() throws {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.documentURL)) as? [String: Any])
        let declared = try #require(doc["tags"] as? [[String: Any]], "docs/openapi.json has no top-level tags")
        var described: [String: String] = [:]
        for tag in declared {
            let name = try #require(tag["name"] as? String)
            #expect(described[name] == nil, "tag \(name) is declared twice")
            described[name] = (tag["description"] as? String) ?? ""
            #expect(!(described[name] ?? "").isEmpty, "tag \(name) has no description")
        }
        var ids: [String: String] = [:]
        var used = Set<String>()
        let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]
        let paths = try #require(doc["paths"] as? [String: [String: Any]])
        var count = 0
        for (path, item) in paths {
            for (method, value) in item where methods.contains(method) {
                count += 1
                let op = try #require(value as? [String: Any])
                let operation = "\(method.uppercased()) \(path)"
                let id = op["operationId"] as? String ?? ""
                #expect(
                    id.wholeMatch(of: /[a-z]+[A-Z][A-Za-z]*/) != nil,
                    "\(operation): operationId '\(id)' is not a lowerCamelCase verbNoun such as listProposals")
                if let other = ids[id] { Issue.record("\(operation) and \(other) share the operationId '\(id)'") }
                ids[id] = operation
                let tags = op["tags"] as? [String] ?? []
                #expect(!tags.isEmpty, "\(operation) has no tag")
                for t in tags { #expect(described[t] != nil, "\(operation): tag \(t) is not declared in the top-level tags") }
                used.formUnion(tags)
            }
        }
        #expect(count >= 20)
        #expect(Set(described.keys) == used, "declared but unused tags: \(Set(described.keys).subtracting(used).sorted())")
        // The names generators will use for the core operations.
        #expect(
            ids["listProposals"] == "GET /api/v1/proposals" && ids["getProposalDiff"] == "GET /api/v1/proposals/{n}/diff"
                && ids["approveProposal"] == "POST /api/v1/proposals/{n}/approve", "\(ids)")
    }

    /// A store file damaged under a running server: the caller gets a 500 that names a
    /// reference and nothing of the internal error; the log has the reference and the error.
    @Test func anInternalErrorAnswersAReferenceAndLogsTheError() async throws {
        let log = CapturedLog()
        let s = try await LiveServer.start(logger: log.logger)
        defer { Task { await s.stop() } }
        #expect(try await s.send(.GET, "/api/v1/proposals", token: s.owner).status == 200)

        // 1. The token file, cut short by a crash (a StewardError.failure naming the file).
        try Data(#"[{"id":"owner","scope":"own"#.utf8).write(to: URL(fileURLWithPath: s.state.tokens.path))
        let r = try await s.send(.GET, "/api/v1/proposals", token: s.owner)
        #expect(r.status == 500, "\(r.status) \(r.body)")
        let error = try #require(r.json as? [String: Any], "\(r.body)")
        let reference = try #require(error["reference"] as? String, "\(r.body)")
        #expect(reference.wholeMatch(of: /R-[0-9a-f]{8}/) != nil, "\(reference)")
        #expect(error["detail"] as? String == "internal error; the server's log has the details under reference \(reference)")
        #expect(
            error["code"] as? String == "error" && error["status"] as? Int == 500 && r.headers["Content-Type"].first == "application/problem+json")
        for secret in ["tokens.json", "not a valid token file", "steward-serve-", "token --rotate"] {
            #expect(!r.body.contains(secret), "the body tells the caller '\(secret)': \(r.body)")
        }
        let line = try #require(log.lines.withLock { $0 }.first { $0.contains(reference) }, "no log line has \(reference):\n\(log.text)")
        #expect(
            line.hasPrefix("error ") && line.contains("GET /api/v1/proposals") && line.contains(s.state.tokens.path)
                && line.contains("not a valid token file"), "\(line)")

        // 2. A table dropped by another program (an SQLite error, not a StewardError); each 500
        // has a reference of its own.
        try FileManager.default.removeItem(atPath: s.state.tokens.path)  // the owner's token is made anew
        let owner = try s.state.tokens.owner().secret
        #expect(try await s.send(.GET, "/api/v1/schedules", token: owner).status == 200)
        let db = try DatabaseQueue(path: s.state.store.path)
        try await db.write { try $0.execute(sql: "DROP TABLE schedule") }
        try db.close()
        let r2 = try await s.send(.GET, "/api/v1/schedules", token: owner)
        #expect(r2.status == 500, "\(r2.status) \(r2.body)")
        let reference2 = try #require((r2.json as? [String: Any])?["reference"] as? String, "\(r2.body)")
        #expect(reference2 != reference)
        #expect(!r2.body.contains("schedule") && !r2.body.lowercased().contains("sqlite") && !r2.body.contains("SELECT"), "\(r2.body)")
        let line2 = try #require(log.lines.withLock { $0 }.first { $0.contains(reference2) }, "no log line has \(reference2):\n\(log.text)")
        #expect(line2.contains("no such table: schedule"), "\(line2)")

        // The audit trail's index dropped: the same through a library call (`API.call` passes it on).
        let db2 = try DatabaseQueue(path: s.state.store.path)
        try await db2.write { try $0.execute(sql: "DROP TABLE event") }
        try db2.close()
        let r3 = try await s.send(.GET, "/api/v1/audit", token: owner)
        let reference3 = try #require((r3.json as? [String: Any])?["reference"] as? String, "\(r3.status) \(r3.body)")
        #expect(r3.status == 500 && !r3.body.contains("event"), "\(r3.body)")
        let line3 = try #require(log.lines.withLock { $0 }.first { $0.contains(reference3) }, "no log line has \(reference3):\n\(log.text)")
        #expect(line3.contains("GET /api/v1/audit failed: ") && line3.contains("no such table: event"), "\(line3)")

        // Deliberate refusals keep their status and message, and log nothing.
        let before = log.lines.withLock { $0.count }
        let missing = try await s.send(.GET, "/api/v1/proposals/999", token: owner)
        #expect(missing.status == 404 && missing.body.contains("999") && !missing.body.contains("reference"), "\(missing.body)")
        #expect(log.lines.withLock { $0.count } == before, "\(log.text)")
    }

    /// API bodies are compact JSON; `?pretty=1` or `?pretty=true` indents them. Either way the
    /// characters that could hide text are `\uXXXX` escapes.
    @Test func bodiesAreCompactUnlessPrettyIsAskedFor() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let n = try await s.state.workspace.propose(
            title: "a \u{202E}txt.exe title", agent: "cli",
            operations: [.write(path: "memory/a.md", content: Data("a\n".utf8), executable: false)],
            policy: try PathPolicy.outsideTools()
        ).number
        for path in ["/api/v1/proposals", "/api/v1/proposals/\(n)", "/api/v1/proposals/\(n)/diff", "/api/v1/audit", "/api/v1/spend"] {
            let compact = try await s.send(.GET, path, token: s.owner)
            #expect(compact.status == 200 && compact.json != nil, "\(path): \(compact.status) \(compact.body)")
            #expect(!compact.body.dropLast().contains("\n") && compact.body.hasSuffix("\n"), "\(path) is not compact: \(compact.body.prefix(200))")
            for value in ["1", "true"] {
                let pretty = try await s.send(.GET, path + (path.contains("?") ? "&" : "?") + "pretty=\(value)", token: s.owner)
                #expect(pretty.status == 200 && pretty.body.contains("\n  "), "\(path)?pretty=\(value): \(pretty.body.prefix(200))")
                #expect(
                    NSDictionary(dictionary: ["v": pretty.json ?? 0]) == NSDictionary(dictionary: ["v": compact.json ?? 1]),
                    "\(path): the same data either way")
            }
            #expect(try await s.send(.GET, path + "?pretty=0", token: s.owner).body == compact.body)
        }
        for path in ["/api/v1/proposals", "/api/v1/proposals/\(n)"] {
            for query in ["", "?pretty=1"] {
                let r = try await s.send(.GET, path + query, token: s.owner)
                #expect(r.body.contains(#"a \u202Etxt.exe title"#) && !r.body.contains("\u{202E}"), "\(path)\(query): \(r.body.prefix(300))")
            }
        }
        // Errors too, and a value that is neither says what it must be.
        let unauthorized = try await s.send(.GET, "/api/v1/proposals")
        #expect(unauthorized.status == 401 && !unauthorized.body.dropLast().contains("\n") && unauthorized.json != nil, "\(unauthorized.body)")
        #expect(try await s.send(.GET, "/api/v1/proposals?pretty=1").body.contains("\n  "))
        let bad = try await s.send(.GET, "/api/v1/proposals?pretty=yes", token: s.owner)
        #expect(bad.status == 400 && bad.body.contains(#"\"pretty\" must be 1 or true"#), "\(bad.status) \(bad.body)")
    }
}
