import Foundation
import StewardCore
import Testing

/// The OpenAPI document's `info.version` is Steward's one version (the document `serve`
/// answers with is checked against docs/openapi.json in ServerTests).
@Suite("OpenAPI version")
struct OpenAPIVersionTests {
    @Test func infoVersionIsStewardsVersion() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/openapi.json")
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let info = document?["info"] as? [String: Any]
        #expect(
            info?["version"] as? String == StewardVersion.current, "change docs/openapi.json's info.version")
    }
}
