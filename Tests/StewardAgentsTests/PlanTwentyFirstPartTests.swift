import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the twenty-first blind part's traces (fresh21, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's). The whole loop runs where it
/// says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real workspace).
@Suite("Plan: the twenty-first blind part's traces")
struct PlanTwentyFirstPartTests {
    static let kit =
        "# Fire safety kit\n- Garage: powder extinguisher, serviced 4 March 2026\n- Kitchen, by the back door: fire blanket, bought 1 June 2024 (check yearly, replace 2034)\n\nCheck them every spring.\n"

    /// A Markdown list to CSV with the columns the task's words give ("with where it is, what
    /// kind it is and the date on its line"): a row an item, its name the first cell; the file
    /// the person's own words name converted, not one the routing added before it.
    @Test func aListToCSVWithTheColumnsTheWordsGive() async throws {
        for (task, columns) in [
            ("Convert the list in memory/home/kit.md to CSV in outputs/kit.csv with columns location, type and date", ["location", "type", "date"]),
            (
                "The insurance form wants our kit as a spreadsheet. Could you turn the list in memory/home/kit.md into a CSV at outputs/kit.csv, one row per item, with where it is, what kind it is and the date on its line?",
                ["location", "type", "date"]
            ),
            (
                "Please convert the list in memory/home/kit.md into outputs/kit.csv with a header row and one row per item: its location, its type and the date given for it.",
                ["location", "type", "date"]
            ),
            ("Put memory/home/kit.md in a CSV with columns: name, kind", ["name", "kind"]),
        ] {
            #expect(AgentLoop.columnNames(task) == columns, "\(task)")
        }
        #expect(AgentLoop.columnNames("Convert the table in memory/a.md to outputs/a.csv") == nil)
        let task =
            "The insurance form wants our kit as a spreadsheet. Could you turn the list in memory/home/kit.md into a CSV at outputs/kit.csv, one row per item, with where it is, what kind it is and the date on its line?"
        let run = try await PlanStepTests.run(
            task, said: task.replacingOccurrences(of: "insurance form", with: "insurance form (memory/home/insurance.md)"),
            files: ["memory/home/kit.md": Self.kit, "memory/home/insurance.md": "# Insurance\n\n| item | value |\n|---|---|\n| bike | 400 |\n"],
            ScriptedModel([.text(#"{"action": "convert"}"#)]))
        #expect(
            run.files["outputs/kit.csv"]
                == "location,type,date\nGarage,powder extinguisher,serviced 4 March 2026\n\"Kitchen, by the back door\",fire blanket,\"bought 1 June 2024 (check yearly, replace 2034)\"\n"
        )
        #expect(ConvertFile.cells(item: "a: b, c, d", count: 2) == ["a", "b, c, d"] && ConvertFile.cells(item: "a, b", count: 3) == ["a", "b", ""])
    }
}
