import Foundation
import Testing

/// The `steward.toml` the real-model suites write (`realModelConfig`), with and without
/// `STEWARD_SUITE_CONSTRAINED`; no model needed.
@Suite("Real-model suites: their configuration")
struct RealModelConfigTests {
    @Test func constrainedIsWrittenOnlyWhenAsked() {
        let unset = realModelConfig("http://127.0.0.1:18080", constrained: nil, model: "qwen2.5-coder-0.5b")
        #expect(
            unset.hasPrefix(
                "[models.real]\nprovider = \"openai\"\nurl = \"http://127.0.0.1:18080\"\nmodel = \"qwen2.5-coder-0.5b\"\ntool_results = \"user\"\ntool_calls = \"prompt\"\ntimeout = 300\n\n[routes]\n"
            ))
        #expect(!unset.contains("constrained"))
        for on in [true, false] {
            let text = realModelConfig("http://127.0.0.1:18080", constrained: on, model: "qwen2.5-coder-0.5b")
            #expect(text == unset.replacingOccurrences(of: "tool_calls = \"prompt\"\n", with: "tool_calls = \"prompt\"\nconstrained = \(on)\n"))
        }
        // Another model's name (STEWARD_TEST_OPENAI_MODEL): only the name differs.
        let other = realModelConfig("http://127.0.0.1:18080", constrained: nil, model: "qwen2.5-coder-1.5b")
        #expect(other == unset.replacingOccurrences(of: "qwen2.5-coder-0.5b", with: "qwen2.5-coder-1.5b"))
    }
}
