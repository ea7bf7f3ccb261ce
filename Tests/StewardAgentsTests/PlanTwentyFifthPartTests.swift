import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the twenty-fifth blind part's traces (fresh25, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's). The whole loop runs where it
/// says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real workspace).
@Suite("Plan: the twenty-fifth blind part's traces")
struct PlanTwentyFifthPartTests {
    static let films =
        "# Films 2027\n\n| Film | Director | Watched | Stars |\n|---|---|---|---|\n| Aftersun | Charlotte Wells | 3 Mar | 4/5 |\n| Perfect Days | Wim Wenders | 19 Mar | 5/5 |\n"

    /// A table's new row: the date and the score the task gives are written by code, the
    /// title and the maker asked, a cell without the comma a reply held off digits stops at.
    @Test func aTablesNewRowTakesTheDateAndScoreFromTheTask() async throws {
        let task = "Add a row to the table in memory/films/2027.md for Past Lives by Celine Song, watched 12 April, 4/5"
        let cells = AgentLoop.tableCellsByCode(["Film", "Director", "Watched", "Stars"], rows: AgentLoop.tableOf(Self.films)!.rows, task: task)
        #expect(cells == [2: "12 Apr", 3: "4/5"])
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/films/2027.md": Self.films],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"Film": "Past Lives", "Director": "Celine Song,          "}"#)]))
        #expect(run.files["memory/films/2027.md"] == Self.films + "| Past Lives | Celine Song | 12 Apr | 4/5 |\n")
    }

    /// A string's pattern in a question's schema lets no double quote or backslash through
    /// (llama.cpp's server holds the reply's raw JSON text to it: a quote let through ended
    /// the string inside it), and means what it meant for every other character.
    @Test func aQuestionsPatternsLetNoQuoteThrough() throws {
        #expect(FormQuestion.jsonSafe(#"^[^|\n0-9]{1,60}$"#) == #"^[^"\\|\n0-9]{1,60}$"#)
        #expect(FormQuestion.jsonSafe(#"^- .*$"#) == #"^- [^"\\\n]*$"#)
        #expect(FormQuestion.jsonSafe(#"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,60}\.[a-z]{1,8}$"#) == #"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,60}\.[a-z]{1,8}$"#)
        let schema = FormQuestion.object([("Author", .object(["type": "string", "pattern": #"^[^|\n0-9]{1,60}$"#]))])
        let pattern = try #require(schema["properties"]?["Author"]?["pattern"]?.string)
        #expect("Maggie O'Farrell".range(of: pattern, options: .regularExpression) != nil)
        #expect(#"Maggie O'Farrell", "Finished": "Sept"#.range(of: pattern, options: .regularExpression) == nil)
        #expect(#"C:\books"#.range(of: pattern, options: .regularExpression) == nil)
    }
}
