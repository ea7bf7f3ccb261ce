import Foundation
import StewardCore
import Testing

extension StoreContractTests {
    @Test("Added schedules read back by id", arguments: StoreBackend.all)
    func addedSchedules(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            let a = try await store.addSchedule(
                cron: "0 9 * * 1-5", timeZone: "Europe/Paris", task: "Summarize", agent: "research", catchUp: true, created: at(0))
            let b = try await store.addSchedule(cron: "@daily", timeZone: "UTC", task: "Tidy", agent: nil, catchUp: false, created: at(10))
            #expect(a.id > 0 && b.id > a.id)
            #expect(
                a
                    == ScheduleRecord(
                        id: a.id, cron: "0 9 * * 1-5", timeZone: "Europe/Paris", task: "Summarize", agent: "research", catchUp: true, created: at(0)))
            #expect(try await store.schedules() == [a, b])
        }
    }

    @Test("markScheduleRun sets the last run, and the last task unless none was started", arguments: StoreBackend.all)
    func markRun(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            let a = try await store.addSchedule(cron: "@daily", timeZone: "UTC", task: "A", agent: nil, catchUp: true, created: at(0))
            let b = try await store.addSchedule(cron: "@daily", timeZone: "UTC", task: "B", agent: nil, catchUp: true, created: at(0))
            try await store.markScheduleRun(a.id, at: at(100), task: "t1")
            var list = try await store.schedules()
            #expect(list[0].lastRun == at(100) && list[0].lastTask == "t1")
            #expect(list[1] == b)
            try await store.markScheduleRun(a.id, at: at(200), task: nil)
            list = try await store.schedules()
            #expect(list[0].lastRun == at(200) && list[0].lastTask == "t1")
        }
    }

    @Test("removeSchedule says whether there was one; ids are not reused", arguments: StoreBackend.all)
    func removeSchedule(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            let a = try await store.addSchedule(cron: "@daily", timeZone: "UTC", task: "A", agent: nil, catchUp: true, created: at(0))
            let b = try await store.addSchedule(cron: "@daily", timeZone: "UTC", task: "B", agent: nil, catchUp: true, created: at(0))
            #expect(try await store.removeSchedule(b.id))
            #expect(try await store.removeSchedule(b.id) == false)
            #expect(try await store.removeSchedule(9_999) == false)
            #expect(try await store.schedules() == [a])
            let c = try await store.addSchedule(cron: "@daily", timeZone: "UTC", task: "C", agent: nil, catchUp: true, created: at(0))
            #expect(c.id > b.id)
        }
    }

    @Test("A schedule longer than the input limits is refused and not stored", arguments: StoreBackend.all)
    func overlongSchedule(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            let long = String(repeating: "x", count: InputLimit.task.maxCharacters + 1)
            let error = await #expect(throws: StewardError.self) {
                try await store.addSchedule(cron: "@daily", timeZone: "UTC", task: long, agent: nil, catchUp: true, created: at(0))
            }
            #expect(error?.code == .usage)
            await #expect(throws: StewardError.self) {
                try await store.addSchedule(
                    cron: "@daily", timeZone: String(repeating: "Z", count: 65), task: "A", agent: nil, catchUp: true, created: at(0))
            }
            let stored = try await store.schedules()
            #expect(stored.isEmpty)
        }
    }
}
