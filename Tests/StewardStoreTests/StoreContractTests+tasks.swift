import Foundation
import StewardCore
import Testing

extension StoreContractTests {
    @Test("A saved task reads back with every field", arguments: StoreBackend.all)
    func savedTaskReadsBack(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            let full = TaskRecord(
                id: "t1", prompt: "Write a note, 'quoted' and \"double\"", agent: "research", agentReason: "rules: note", status: .done, proposal: 12,
                revisionOf: 2, models: ["local", "cloud"], steps: 7, inputTokens: 1_200, outputTokens: 345, costUSD: 0.0625, started: at(0),
                finished: at(90), summary: "Wrote memory/a.md", error: nil)
            let bare = TaskRecord(id: "t2", prompt: "", agent: "fileops", agentReason: "", status: .failed, started: at(5), error: "the model failed")
            try await store.saveTask(full)
            try await store.saveTask(bare)
            #expect(try await store.task("t1") == full)
            #expect(try await store.task("t2") == bare)
            #expect(try await store.task("t3") == nil)
        }
    }

    @Test("Saving a task again updates it and keeps its steps", arguments: StoreBackend.all)
    func savingAgainKeepsSteps(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            var t = task("t1")
            try await store.saveTask(t)
            for i in 1...3 { try await store.addStep(step("t1", i)) }
            t.status = .done
            t.steps = 3
            t.proposal = 4
            t.finished = at(60)
            t.summary = "done"
            try await store.saveTask(t)
            #expect(try await store.task("t1") == t)
            #expect(try await store.steps(of: "t1").map(\.index) == [1, 2, 3])
        }
    }

    @Test("Steps come back in index order; the same index replaces a step", arguments: StoreBackend.all)
    func stepsInOrder(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            try await store.saveTask(task("t1"))
            try await store.saveTask(task("t2"))
            let model = TaskStepRecord(
                task: "t1", index: 2, date: at(2), kind: .model, model: "local", input: "", output: "{\"name\":\"finish\"}", ok: false,
                inputTokens: 10,
                outputTokens: 20, costUSD: 0.5, ms: 1_250)
            try await store.addStep(step("t1", 3))
            try await store.addStep(step("t1", 1))
            try await store.addStep(model)
            try await store.addStep(step("t2", 1, output: "other task"))
            let steps = try await store.steps(of: "t1")
            #expect(steps.map(\.index) == [1, 2, 3])
            #expect(steps[1] == model)
            try await store.addStep(step("t1", 2, output: "again"))
            #expect(try await store.steps(of: "t1").map(\.output) == ["", "again", ""])
            #expect(try await store.steps(of: "t2").map(\.output) == ["other task"])
            #expect(try await store.steps(of: "t9").isEmpty)
        }
    }

    @Test("A step of a task never saved is refused", arguments: StoreBackend.all)
    func stepOfUnsavedTask(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            await #expect(throws: (any Error).self) { try await store.addStep(step("nobody", 1)) }
            let steps = try await store.steps(of: "nobody")
            #expect(steps.isEmpty)
        }
    }

    @Test("A task by a unique prefix of its id; an ambiguous prefix is refused", arguments: StoreBackend.all)
    func taskByPrefix(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            for id in ["t18a0001", "t18a0002", "t19b0000", "t2", "t20"] { try await store.saveTask(task(id)) }
            #expect(try await store.task("t19")?.id == "t19b0000")
            #expect(try await store.task("t18a0002")?.id == "t18a0002")
            // An exact id wins over the longer ids it starts.
            #expect(try await store.task("t2")?.id == "t2")
            let error = await #expect(throws: StewardError.self) { try await store.task("t18a") }
            #expect(error?.code == .usage && error?.message.contains("ambiguous") == true)
            // `_` and `%` are matched as themselves, not as patterns.
            #expect(try await store.task("t_9") == nil)
            #expect(try await store.task("%") == nil)
            #expect(try await store.task("x") == nil)
        }
    }

    @Test("tasks(limit:) lists the newest first", arguments: StoreBackend.all)
    func newestFirst(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            // Saved out of order; t3 and t4 started at the same moment (then by id, descending).
            for (id, started) in [("t3", 30), ("t1", 10), ("t5", 50), ("t4", 30), ("t2", 20)] { try await store.saveTask(task(id, started: started)) }
            #expect(try await store.tasks(limit: 3).map(\.id) == ["t5", "t4", "t3"])
            #expect(try await store.tasks(limit: 100).map(\.id) == ["t5", "t4", "t3", "t2", "t1"])
            #expect(try await store.tasks(limit: 0).isEmpty)
        }
    }

    @Test("task(forProposal:) is the newest task of that proposal", arguments: StoreBackend.all)
    func taskForProposal(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            try await store.saveTask(task("t1", started: 0, proposal: 7))
            try await store.saveTask(task("t3", started: 20, proposal: 8))
            try await store.saveTask(task("t2", started: 10, proposal: 7))
            #expect(try await store.task(forProposal: 7)?.id == "t2")
            #expect(try await store.task(forProposal: 8)?.id == "t3")
            #expect(try await store.task(forProposal: 9) == nil)
        }
    }

    @Test("latestTaskStatuses gives the status of each proposal's newest task", arguments: StoreBackend.all)
    func latestStatuses(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            try await store.saveTask(task("t2", started: 10, proposal: 7, status: .interrupted))
            try await store.saveTask(task("t1", started: 0, proposal: 7, status: .done))
            try await store.saveTask(task("t3", started: 5, proposal: 8, status: .done))
            try await store.saveTask(task("t4", started: 50, status: .running))
            #expect(try await store.latestTaskStatuses() == [7: .interrupted, 8: .done])
        }
    }

    @Test("Many tasks recording at once lose no step", arguments: StoreBackend.all)
    func concurrentSteps(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 1...8 {
                    group.addTask {
                        try await store.saveTask(task("t\(n)", started: n))
                        for i in 1...10 { try await store.addStep(step("t\(n)", i)) }
                    }
                }
                try await group.waitForAll()
            }
            for n in 1...8 { #expect(try await store.steps(of: "t\(n)").map(\.index) == Array(1...10)) }
            #expect(try await store.tasks(limit: 100).count == 8)
        }
    }
}

extension StoreContractTests {
    @Test("What a cancelled task records still lands (its end, its last step, a call's cost)", arguments: StoreBackend.all)
    func writesOfACancelledTask(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            let writer = Task {
                withUnsafeCurrentTask { $0?.cancel() }  // Ctrl-C: the run is cancelled, then records how it ended
                #expect(Task.isCancelled)
                var t = task("t1")
                try await store.saveTask(t)
                try await store.addStep(step("t1", 1))
                t.status = .interrupted
                try await store.saveTask(t)
                try await store.record(call("cloud", at: 0, cost: 0.5))
                _ = try await store.addSchedule(cron: "@daily", timeZone: "UTC", task: "A", agent: nil, catchUp: true, created: at(0))
            }
            try await writer.value
            #expect(try await store.task("t1")?.status == .interrupted)
            #expect(try await store.steps(of: "t1").count == 1)
            #expect(try await store.cloudSpend(since: at(0)) == 0.5)
            #expect(try await store.schedules().count == 1)
        }
    }
}
