import Foundation
import StewardCore
import StewardModels
import StewardTools
import Testing

@testable import StewardAgents

/// What the eighteenth blind part's traces (fresh18, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's): a sum with a thousands comma
/// taken for two numbers; a date with slashes taken for a path; a day and month with slashes
/// not found as a date; what a date is for asked of the model; a list's value that denies the
/// task's word ("not available") and what the task says does not count. The whole loop runs
/// where it says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real
/// workspace).
@Suite("Plan: the eighteenth blind part's traces")
struct PlanEighteenthPartTests {
    /// "£1,031.75" is one number the task gives; "18/10/2026" is a date, not a path.
    @Test func aSumWithACommaIsOneNumberAndADateIsNoPath() {
        #expect(AgentLoop.givenNumbers(in: "Change the payment to £1,031.75 and the rate to 4.24%.") == ["1,031.75"])
        #expect(AgentLoop.givenNumbers(in: "Set it to 9,5 or 12.") == ["9,5", "12"])
        #expect(Coaching.paths(in: "Add a row to memory/bike/log.md: 18/10/2026, new chain, £46") == ["memory/bike/log.md"])
        #expect(Coaching.paths(in: "It runs 24/7 and 1/2 of it is in memory/a/") == ["memory/a/"])
    }

    static let news = """
        # Hilltop Juniors: spring news

        Hello everyone!

        Kit money (£12) is due by the 3rd Mar; pay on the club app.

        We play in the county cup on Sun 15/3, meeting at the gates at 9.30. Bring water, please.

        Photo day is on Saturday 28 March. Order forms back by Friday 20th Mar at the latest, please.

        The quiz night planned for 21/3 is CANCELLED (the hall is double-booked).

        """

    /// A day and month with slashes are a date when a weekday or a word that says when comes
    /// before them; what each date is for is the words before it in its clause, by code.
    @Test func datesWithSlashesAndWhatEachIsFor() async throws {
        #expect(ExtractFromFile.Kind.dates.find(in: Self.news) == ["3rd Mar", "15/3", "28 March", "20th Mar", "21/3"])
        #expect(ExtractFromFile.Kind.dates.find(in: "Half of them (1/2) came; 3/4 said yes on 12/05/2026.") == ["12/05/2026"])
        #expect(AgentLoop.dateLabel("3rd Mar", in: "Kit money (£12) is due by the 3rd Mar") == "Kit money (£12) is due")
        #expect(AgentLoop.dateLabel("4 July", in: "On Saturday 4 July, the fair opens at noon") == "Fair opens at noon")
        #expect(AgentLoop.dateLabel("4 July", in: "Coming up, the fair is on Saturday 4 July") == "Fair")
        #expect(AgentLoop.dateLabel("4 July", in: "4 July") == nil)
        #expect(AgentLoop.asksWhatFor("Extract the dates into outputs/d.md, one per line with what each is for"))
        #expect(!AgentLoop.asksWhatFor("List everyone's birthdays, each with the date"))
        let task = "Extract the dates in memory/club/news.md into outputs/club-dates.md, one per line with what each is for"
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/club/news.md": Self.news], ScriptedModel([.text(#"{"action": "extract"}"#)]))
        #expect(run.outcome.record.status == .done)
        #expect(
            run.files["outputs/club-dates.md"]
                == "- Kit money (£12) is due: 3rd Mar\n- We play in the county cup: 15/3\n- Photo day: 28 March\n- Order forms back: 20th Mar\n")
    }

    /// A value that denies the task's word is not picked ("not available"), one that denies
    /// what the task denies is ("no reply yet"); what the task says does not count is left out.
    @Test func aListByAFieldReadsNotAndWhatDoesNotCount() {
        let texts = [
            "saw.md": "# Saw\nStatus: available\n", "sander.md": "# Sander\nStatus: not available (no pads)\n",
            "jigsaw.md": "# Jigsaw\nStatus: on loan to Jo\n", "router.md": "# Router\nStatus: available\n",
        ]
        #expect(AgentLoop.byField("List the tools whose Status is available in outputs/free.md", texts) == ["saw.md", "router.md"])
        #expect(
            AgentLoop.byField("Save the tools that are available now to outputs/free.md. Anything on loan doesn't count.", texts)
                == ["saw.md", "router.md"])
        #expect(AgentLoop.polar("not available (no pads)").denied == ["available", "pad"])
    }

    /// Two `Key: value` lines the task gives new values for, one with a thousands comma.
    @Test func twoKeyedValuesChangeInOneNote() async throws {
        let note = "# Loan\nLender: Halifax\nRate: 2.10% fixed until 30 June 2026\nMonthly payment: £912.40\nTerm left: 12 years\n"
        let task = "In memory/money/loan.md, change the rate to 4.05% fixed until 30 June 2031 and the monthly payment to £1,104.20"
        let run = try await PlanStepTests.run(task, files: ["memory/money/loan.md": note], ScriptedModel([.text(#"{"action": "replace"}"#)]))
        #expect(
            run.files["memory/money/loan.md"]
                == "# Loan\nLender: Halifax\nRate: 4.05% fixed until 30 June 2031\nMonthly payment: £1,104.20\nTerm left: 12 years\n",
            "\(run.steps.map(\.output))")
    }
}
