import Foundation
import StewardTestSupport
import Testing

/// A task started through `serve`'s API on a machine with `[database]` is queued as `steward
/// run --queue` queues it (spec 23.4): the model it names is its `requires` (only a worker that
/// serves it takes it) and its options are in its `queued` event, for the worker to run it so.
@Suite("Tasks queued through the API, as run --queue queues them", .serialized)
struct ServeQueueOptionsTests {
    /// The `queued` event's JSON of task `id`: its keys and values, in order of the keys.
    static func queuedOptions(_ h: Household, _ id: String) throws -> [String] {
        let text = try h.psql("SELECT json FROM task_event WHERE task = '\(id)' AND kind = 'queued'")
        let object = try #require(try json(text) as? [String: Any], "\(text)")
        return object.keys.sorted().map { "\($0)=\(object[$0] ?? "")" }
    }

    @Test func aTaskStartedThroughTheAPICarriesItsModelAndOptionsAsRunQueueDoes() async throws {
        // No model server needed: nothing here runs a task (no worker), it is only queued.
        let h = try await Household.withModel("http://127.0.0.1:9/v1", machines: 1, leaseSeconds: 3)
        let viaCLI = try await h.steward(
            0, ["run", "--queue", "--agent", "fileops", "--model", "local", "--no-cloud", "--max-steps", "7", "--json", "Sort the notes"])
        #expect(viaCLI.status == 0, "\(viaCLI.stderr)")
        let cliID = try #require((try json(viaCLI.stdout) as? [String: Any])?["task"] as? String)

        let a = try #require(await ClusterServe.startTogether(h, [0], arguments: ["--workers", "0"]).first)
        defer { a.stop() }
        let port = try #require(a.port, "\(a.log)")
        let token = try await h.steward(0, ["token"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let started = try await curl(
            port, token, "POST", "/api/v1/tasks",
            body: #"{"task":"Sort the notes","agent":"fileops","model":"local","noCloud":true,"maxSteps":7}"#)
        #expect(started.status == 202, "\(started.body)")
        let apiID = try #require((try json(started.body) as? [String: Any])?["id"] as? String)

        // The same requires and the same options, whichever way the task was queued.
        #expect(try h.psql("SELECT requires FROM task WHERE id = '\(apiID)'") == "{local}")
        #expect(try h.psql("SELECT requires FROM task WHERE id = '\(cliID)'") == "{local}")
        let options = try Self.queuedOptions(h, apiID)
        #expect(options == (try Self.queuedOptions(h, cliID)), "API: \(options)")
        #expect(options.contains("model=local") && options.contains("maxSteps=7") && options.contains("agent=fileops"), "\(options)")

        // Without a model: no requires, as `run --queue` without --model.
        let anyModel = try await curl(port, token, "POST", "/api/v1/tasks", body: #"{"task":"Tidy the notes"}"#)
        let anyID = try #require((try json(anyModel.body) as? [String: Any])?["id"] as? String, "\(anyModel.body)")
        #expect(try h.psql("SELECT requires FROM task WHERE id = '\(anyID)'") == "{}")

        // A model main's steward.toml does not define would wait for ever: refused, by both.
        let unknown = try await curl(port, token, "POST", "/api/v1/tasks", body: #"{"task":"Sort the notes","model":"nosuch"}"#)
        #expect(unknown.status == 400 && unknown.body.contains("there is no model 'nosuch'") && unknown.body.contains("local"), "\(unknown.body)")
        let unknownCLI = try await h.steward(0, ["run", "--queue", "--model", "nosuch", "Sort the notes"])
        #expect(unknownCLI.status != 0 && unknownCLI.stderr.contains("there is no model 'nosuch'"), "\(unknownCLI.stderr)")
        let tooMany = try await curl(port, token, "POST", "/api/v1/tasks", body: #"{"task":"Sort the notes","maxSteps":0}"#)
        #expect(tooMany.status == 400 && tooMany.body.contains("maxSteps"), "\(tooMany.body)")
        #expect(try h.psql("SELECT count(*) FROM task") == "3")
    }
}
