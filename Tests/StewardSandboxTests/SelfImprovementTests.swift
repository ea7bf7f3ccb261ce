import Foundation
import StewardCore
import StewardSandbox
import Testing

@Suite("What self-improvement may change")
struct SelfImprovementTests {
    static let base = """
        [sandbox]
        max_file_bytes = 1000

        [models.a]
        provider = "ollama"
        url = "http://127.0.0.1:11434"
        model = "qwen3:1.7b"
        api_key_env = "NONE"

        [models.b]
        provider = "openai"
        url = "http://127.0.0.1:18080"
        model = "qwen"

        [routes]
        fileops = ["a", "b"]

        [privacy]
        cloud = "ask"

        [budget]
        daily_usd = 1.0
        """

    static let allowed: [(String, String)] = [
        (#"fileops = ["a", "b"]"#, #"fileops = ["b", "a"]"#),
        (#"fileops = ["a", "b"]"#, "fileops = [\"b\", \"a\"]\ncode = [\"b\"]"),
        ("model = \"qwen\"", "model = \"qwen\"\ntool_calls = \"prompt\"\ntemperature = 0.2"),
        ("model = \"qwen3:1.7b\"", "model = \"qwen3:1.7b\"\n# a comment only\ncontext = 4096"),
    ]

    static let refused: [(String, String, String)] = [
        ("cloud = \"ask\"", "cloud = \"allow\"", "privacy.cloud"),
        ("daily_usd = 1.0", "daily_usd = 100.0", "budget.daily_usd"),
        ("url = \"http://127.0.0.1:18080\"", "url = \"http://evil.example:80\"", "models.b.url"),
        ("api_key_env = \"NONE\"", "api_key_env = \"AWS_SECRET_ACCESS_KEY\"", "models.a.api_key_env"),
        ("model = \"qwen\"", "model = \"other\"", "models.b.model"),
        ("model = \"qwen\"", "model = \"qwen\"\ncloud = true", "models.b.cloud"),
        ("max_file_bytes = 1000", "max_file_bytes = 100000000", "sandbox.max_file_bytes"),
        ("[privacy]", "[policy]\nauto_approve = [\"memory\"]\n\n[privacy]", "policy.auto_approve"),
        (
            "[routes]", "[models.c]\nprovider = \"anthropic\"\nurl = \"https://api.anthropic.com\"\nmodel = \"m\"\ntemperature = 1\n\n[routes]",
            "models.c"
        ),
    ]

    @Test(arguments: allowed.indices)
    func allowedChanges(_ i: Int) throws {
        let (from, to) = Self.allowed[i]
        try SelfImprovement.checkConfigChange(old: Self.base, new: Self.base.replacingOccurrences(of: from, with: to))
    }

    @Test(arguments: refused.indices)
    func refusedChanges(_ i: Int) throws {
        let (from, to, key) = Self.refused[i]
        let new = Self.base.replacingOccurrences(of: from, with: to)
        #expect(new != Self.base)
        #expect {
            try SelfImprovement.checkConfigChange(old: Self.base, new: new)
        } throws: { e in
            guard let e = e as? StewardError else { return false }
            return e.code == .refused && e.message.contains("'\(key)") && e.message.contains("privacy, budget")
        }
    }

    @Test func pathsItMayWrite() throws {
        let p = PathPolicy.selfImprovement
        for ok in ["steward.toml", "prompts/code.md", "skills/x/SKILL.md"] { _ = try p.check(ok) }
        for bad in ["hooks/pre-merge", "Hooks/x", "memory/a.md", "outputs/x", "Steward.toml", "steward.toml/x", ".git/config", "README.md"] {
            #expect(throws: StewardError.self, "\(bad)") { try p.check(bad) }
        }
        // Nobody else gains anything: outside tools still may not touch prompts or config.
        let outside = try PathPolicy.outsideTools()
        for bad in ["steward.toml", "prompts/code.md"] { #expect(throws: StewardError.self) { try outside.check(bad) } }
    }

    @Test func proposeAndApproveEnforceIt() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            let current = String(decoding: try await ws.readFile("steward.toml"), as: UTF8.self)
            let greedy = current.replacingOccurrences(of: "daily_usd = 1.0", with: "daily_usd = 500.0")
            await #expect(throws: StewardError.self) {
                try await ws.propose(
                    title: "more budget", agent: "steward-improve",
                    operations: [.write(path: "steward.toml", content: Data(greedy.utf8), executable: false)], policy: .selfImprovement)
            }
            await #expect(throws: StewardError.self) {
                try await ws.propose(
                    title: "drop config", agent: "steward-improve", operations: [.delete(path: "steward.toml")], policy: .selfImprovement)
            }
            let reordered = current.replacingOccurrences(of: #"fileops = ["ollama", "llamacpp"]"#, with: #"fileops = ["llamacpp", "ollama"]"#)
            #expect(reordered != current)
            let p = try await ws.propose(
                title: "reorder", agent: "steward-improve",
                operations: [
                    .write(path: "steward.toml", content: Data(reordered.utf8), executable: false),
                    .write(path: "prompts/fileops.md", content: Data("List first.\n".utf8), executable: false),
                ], policy: .selfImprovement, rationale: "ollama failed in tasks t1, t2")
            let info = try await ws.proposal(p.number)
            #expect(info.contents == ["config", "prompt"])
            let merged = try await ws.approve(p.number, by: "alice")
            #expect(Set(merged.files) == ["steward.toml", "prompts/fileops.md"])
            #expect(String(decoding: try await ws.readFile("steward.toml"), as: UTF8.self) == reordered)
            // An ordinary proposal still may not land either path.
            await #expect(throws: StewardError.self) {
                try await ws.propose(
                    title: "sneak", agent: "cli", operations: [.write(path: "prompts/fileops.md", content: Data("x".utf8), executable: false)],
                    policy: try PathPolicy.outsideTools())
            }
        }
    }
}
