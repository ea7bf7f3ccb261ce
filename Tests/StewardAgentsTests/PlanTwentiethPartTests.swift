import Foundation
import StewardCore
import StewardModels
import StewardTools
import Testing

@testable import StewardAgents

/// What the twentieth blind part's traces (fresh20, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's). The whole loop runs where it
/// says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real workspace).
@Suite("Plan: the twentieth blind part's traces")
struct PlanTwentiethPartTests {
    /// New values said with "to", "is now", "'s" or the key's own verb ("it expires on …"), a
    /// key said in another form of its word ("expiry" for "Expires").
    @Test func newValuesSaidWithIsOrTheKeysOwnVerb() async throws {
        let note = "# Railcard\nName: Sam Ortiz\nNumber: 40021877\nExpires: 12 May 2026\nKept in: the wallet\n"
        let edit = AgentLoop.LineEdit(
            old: "Number: 40021877\nExpires: 12 May 2026", new: "Number: 40093312\nExpires: 3 June 2027", word: false)
        for task in [
            "In memory/cards/railcard.md, change the number to 40093312 and the expiry to 3 June 2027",
            "My new railcard came! Could you update railcard.md in memory/cards? The new number's 40093312 and it expires on 3 June 2027.",
            "The old card ran out, so please update memory/cards/railcard.md: the number is now 40093312 and it expires on 3 June 2027. Everything else in the note stays, and don't touch Mia's, hers is still in the post.",
        ] {
            #expect(AgentLoop.keyedValues(task, in: note) == edit, "\(task)")
        }
        #expect(AgentLoop.sameKeyWord("expiry", "expires") && AgentLoop.sameKeyWord("insurer", "insurance"))
        #expect(!AgentLoop.sameKeyWord("name", "number") && !AgentLoop.sameKeyWord("expir", "expiration"))
        let task = "My new railcard came! Could you update railcard.md in memory/cards? The new number's 40093312 and it expires on 3 June 2027."
        let run = try await PlanStepTests.run(
            task, said: task.replacingOccurrences(of: "railcard.md in memory/cards", with: "railcard.md (memory/cards/railcard.md) in memory/cards"),
            files: ["memory/cards/railcard.md": note], ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(run.files["memory/cards/railcard.md"] == "# Railcard\nName: Sam Ortiz\nNumber: 40093312\nExpires: 3 June 2027\nKept in: the wallet\n")
    }
}
