import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents

/// The file recipes (move, rename, copy) with the words people use: a copy's new name given
/// without a folder, a file named by what it is, a folder described. The whole loop runs
/// (`PlanStepTests.run`), a scripted model on a real HTTP server, over a real workspace.
@Suite("Plan: file recipes in people's words")
struct PlanFileTests {
    static let files = ["memory/notes/plan.md": "Beds: carrots, beans.\n", "memory/travel/hotel.txt": "Hotel Adler\n"]

    /// A copy's new name without a folder goes beside the original, nothing asked (before, the
    /// path was asked, and a bare name did not fit its pattern: the free loop took over).
    @Test func aCopysNewNameWithoutAFolderGoesBesideTheOriginal() async throws {
        for task in [
            "Duplicate memory/notes/plan.md, naming the copy plan-v2.md", "Could you make a second copy of memory/notes/plan.md, plan-v2.md?",
        ] {
            let run = try await PlanStepTests.run(task, files: Self.files, ScriptedModel([.text(#"{"action": "copy"}"#)]))
            #expect(run.outcome.record.status == .done && run.requests.count == 1, "\(task)")
            #expect(
                run.files["memory/notes/plan-v2.md"] == "Beds: carrots, beans.\n" && run.files["memory/notes/plan.md"] == "Beds: carrots, beans.\n")
            #expect(run.outcome.changed == ["memory/notes/plan-v2.md"])
        }
    }
}
