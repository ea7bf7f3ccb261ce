import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the thirty-third blind part's traces (fresh33, issue 19) showed the plan getting
/// wrong, each made by code, on fixtures of their own (not the part's).
@Suite("Plan: the thirty-third blind part's traces")
struct PlanThirtyThirdPartTests {
    static let pitches =
        "{\n  \"pitches\": [\n    {\"pitch\": \"B2\", \"family\": \"Okafor\", \"nights\": 3},\n    {\"pitch\": \"B3\", \"family\": \"Okafor-Hale\", \"nights\": 2},\n    {\"pitch\": \"C1\", \"family\": \"Lund\", \"nights\": 4}\n  ]\n}\n"

    /// "Move X from B2 to F6" in a file that has B2, planned as a move of the file, changes the
    /// value in the file.
    @Test func aValueMovedInAFilePlannedAsAMove() async throws {
        let path = "memory/camping/pitches.json"
        let task = "In memory/camping/pitches.json, move the Okafors from pitch B2 to F6"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), files: [path: Self.pitches],
            ScriptedModel([.text(#"{"action": "move"}"#), .text(#"{"folder": "memory"}"#)]))
        #expect(
            run.files[path] == Self.pitches.replacingOccurrences(of: "\"B2\"", with: "\"F6\""),
            "\(run.files.keys.sorted()) \(run.steps.map(\.output))")
    }

    /// A line the task says stays is not offered for the change, though it shares the changed
    /// one's name: "Okafor-Hale stays where they are" keeps the B3 line.
    @Test func aLineTheTaskKeepsIsNotOffered() {
        let lines = Self.pitches.split(separator: "\n").map(String.init)
        let task = "The Okafors have swapped to F6. Could you change their pitch in pitches.json? The Okafor-Hale family stays where they are."
        let offered = AgentLoop.changeable(lines, task: task)
        #expect(offered.contains(lines[2]) && !offered.contains(lines[3]), "\(offered)")
        // (Said nowhere else, "Okafor" alone keeps nothing: the line to change has it too.)
        #expect(AgentLoop.keptLines(lines, task: "Change the Okafors' pitch to F6; Okafor stays the name.").isEmpty)
    }

    static let parkruns =
        "{\"date\": \"2032-04-17\", \"course\": \"Hove Promenade\", \"event\": \"parkrun\", \"number\": 40}\n{\"date\": \"2032-05-01\", \"course\": \"Brighton & Hove\", \"event\": \"parkrun\", \"number\": 41}\n"

    /// A line added to a log of JSON objects is one more object like the last: the date as the
    /// log writes it, "my 42nd" a number, and a key the task gives nothing for the value every
    /// line has.
    @Test func aLineAddedToALogOfJSONObjects() async throws {
        let path = "memory/running/parkruns.jsonl"
        let task =
            "Ran Preston Park this morning, 8 May 2032: my 42nd! Could you add it to the end of parkruns.jsonl in memory/running, same as the others?"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), files: [path: Self.parkruns],
            ScriptedModel([
                .text(#"{"action": "append"}"#), .text(#"{"date": "8 May 2032", "course": "Preston Park", "event": "", "number": "42nd"}"#),
            ]))
        #expect(
            run.files[path] == Self.parkruns + "{\"date\": \"2032-05-08\", \"course\": \"Preston Park\", \"event\": \"parkrun\", \"number\": 42}\n",
            "\(run.files[path] ?? "none") \(run.steps.map(\.output))")
    }

    /// "Goes from B2 to F6 this season": the new value is "F6", not the words of when; a title
    /// that starts with "This" is still one.
    @Test func aNewValueEndsWhereWhenStarts() throws {
        let swap = try #require(Coaching.replacement(in: "The Okafors go from B2 to F6 this season; please change just their pitch."))
        #expect(swap == ("B2", "F6"))
        let title = try #require(Coaching.replacement(in: "Change the film from Heat to This Is Us in memory/films.md"))
        #expect(title == ("Heat", "This Is Us"))
        let run = try #require(
            AgentLoop.wordSwap("Pontoon B is shut, so the Okafors go from B2 to F6 this season; please change just their pitch.", in: Self.pitches))
        #expect(run.old == "B2" && run.new == "F6")
    }
}
