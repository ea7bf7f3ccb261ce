import Foundation
import StewardCore
import StewardPostgres
import Testing

/// Task events reach every machine (spec 23.5): an event written through one pool is announced
/// on `steward_task_event` to a listener on another, and read back from its id.
@Suite("PostgreSQL task events")
struct PostgresEventTests {
    // A lost notice fails the test rather than hanging it. Three minutes, not one: alone it
    // takes a second, but in the full run the CLI tests beside it hold the cooperative pool's
    // threads (one per core) while they wait on child processes, and it waited past a minute.
    @Test(.timeLimit(.minutes(3))) func anEventWrittenOnOneMachineIsAnnouncedOnAnother() async throws {
        let t = try TestDatabase()
        let a = try await t.open()
        let b = try await t.open()
        let seen = try await b.withTaskEventNotices { notices in
            try await a.enqueue(id: "t1", prompt: "p")
            let lease = try #require(try await a.claim(worker: "A", serving: [], leaseSeconds: 60))
            try await a.addEvent(kind: "step", json: #"{"n":1}"#, under: lease)
            var seen: [TaskEventNotice] = []
            for try await notice in notices {
                seen.append(notice)
                if seen.count == 3 { break }
            }
            return seen
        }
        let events = try await b.events(of: "t1")
        #expect(events.map(\.kind) == ["queued", "claimed", "step"])
        #expect(seen == events.map { TaskEventNotice(task: "t1", id: $0.id) })
        #expect(try await b.events(of: "t1", after: events[1].id).map(\.json) == [#"{"n":1}"#])
        await a.close()
        await b.close()
    }
}
