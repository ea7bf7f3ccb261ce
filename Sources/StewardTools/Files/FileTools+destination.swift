import Foundation
import StewardCore
import StewardJSON

/// Where `move_file` and `copy_file` put a file: small models (and people) name the folder
/// to put it in ("into memory/archive/"), not the new path.
extension FileTools {
    /// `to` as a file path: a destination ending in `/` is a folder, and the file keeps its
    /// name in it (`memory/a.md` to `memory/archive/` is `memory/archive/a.md`).
    public static func destination(_ from: String, _ to: String) -> String {
        guard to.hasSuffix("/") else { return to }
        let name = from.split(separator: "/").last.map(String.init) ?? from
        return to + name
    }

    /// The refusal of a move or copy whose `to` names a folder that exists without the
    /// trailing `/`, with the call that puts the file into it; nil otherwise.
    static func intoFolderRefusal(_ tool: String, _ from: String, _ to: String, in context: any ToolContext) async -> ToolOutcome? {
        let proposal = await context.readingProposal()
        guard !to.hasSuffix("/"), let inside = try? await context.workspace.listFiles(under: to, in: proposal, limit: 1), !inside.isEmpty,
            (try? await context.workspace.readFile(to, in: proposal)) == nil
        else { return nil }
        let into = destination(from, to + "/")
        let call = "{\"name\": \"\(tool)\", \"arguments\": " + JSONValue.object(["from": .string(from), "to": .string(into)]).jsonText + "}"
        return ToolOutcome(ok: false, text: "error: \(to) is a folder; to put the file in it, call \(call)")
    }
}
