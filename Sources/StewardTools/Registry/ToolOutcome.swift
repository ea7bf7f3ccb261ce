import Foundation
import StewardSandbox

/// What one tool call came to: text for the model, whether it worked, and whether it ends
/// the task (`finish`).
public struct ToolOutcome: Sendable, Hashable {
    public var ok: Bool
    public var text: String
    public var finished: Bool
    /// Paths the call changed in the proposal.
    public var changed: [String]
    /// The proposal the call's change went to (MCP tells its client where).
    public var proposal: ProposalResult?
    public init(ok: Bool, text: String, finished: Bool = false, changed: [String] = [], proposal: ProposalResult? = nil) {
        self.ok = ok
        self.text = text
        self.finished = finished
        self.changed = changed
        self.proposal = proposal
    }

    public init(_ r: FileTools.Result) { self.init(ok: r.ok, text: r.text) }

    /// Results longer than this are cut (small models have small contexts).
    public static let maxResultBytes = FileTools.maxResultBytes

    /// `text`, cut to ``maxResultBytes`` when it is more than 200 bytes longer.
    public static func cut(_ text: String) -> String {
        text.utf8.count <= maxResultBytes + 200 ? text : String(decoding: Array(text.utf8.prefix(maxResultBytes)), as: UTF8.self) + "\n… (cut)"
    }
}
