import StewardAgents
import StewardModels
import StewardSandbox
import Testing

/// A section a newer Steward added to steward.toml (spec 22.1) stops none of the readers of the
/// file: the sandbox's notes it, the router's and the agents' read only their own sections; an
/// unknown key inside a section each of them owns is still an error.
@Suite("steward.toml: a newer Steward's section")
struct NewerSectionTests {
    static let text = "[quota]\ndaily = 5\n[agents]\nmax_steps = 7\n[router]\ncooldown_seconds = 3\n"

    @Test func everyReaderKeepsWorking() throws {
        #expect(try WorkspaceConfig.parse(Self.text).notes.count == 1)
        #expect(try AgentsConfig.parse(Self.text).limits.maxSteps == 7)
        #expect(try ModelsConfig.parse(Self.text).cooldownSeconds == 3)
    }

    @Test func anUnknownKeyInAKnownSectionStillFails() {
        #expect(throws: Error.self) { try AgentsConfig.parse("[quota]\n[agents]\nmax_step = 7\n") }
        #expect(throws: Error.self) { try ModelsConfig.parse("[quota]\n[router]\ncooldown = 3\n") }
        #expect(throws: Error.self) { try WorkspaceConfig.parse("[quota]\n[skills]\nmemory = 3\n") }
    }
}
