import Foundation
import StewardCore
import StewardSandbox

/// The file tools Steward's agents and outside tools (MCP clients) share: list, read, search
/// and the search-and-replace edit, on a pending proposal's tree (so reads see its changes)
/// or on `main`. Results are text for a model; failures a model can act on are results with
/// `ok == false`, not throws. Writes are not here: each caller commits through `propose` or
/// `append` with its own policy.
public struct FileTools: Sendable {
    public let workspace: Workspace
    /// Results longer than this are cut (small models have small contexts).
    public static let maxResultBytes = 6_000

    public init(workspace: Workspace) { self.workspace = workspace }

    public struct Result: Sendable, Hashable {
        public var ok: Bool
        public var text: String
        public init(ok: Bool, text: String) {
            self.ok = ok
            self.text = text
        }
    }

    /// Folder paths given with or without a trailing slash, or "." / "/" for everything.
    public static func folderArgument(_ f: String) -> String {
        var f = f.trimmingCharacters(in: .whitespaces)
        if f == "." || f == "/" || f == "./" { return "" }
        if f.hasPrefix("./") { f.removeFirst(2) }
        while f.hasSuffix("/") { f.removeLast() }
        return f
    }

    /// - Throws: `StewardError` for a hostile folder or a proposal that is not pending.
    public func list(folder: String, proposal: ProposalRef?) async throws -> Result {
        let folder = Self.folderArgument(folder)
        let files = try await workspace.listFiles(under: folder, in: proposal, limit: 201)
        let shown = files.prefix(200).map { "\($0.path) (\($0.size) bytes)" }
        let place = folder.isEmpty ? "the workspace" : folder + "/"
        if files.isEmpty { return Result(ok: true, text: "no files in \(place)") }
        let more = files.count > 200 ? "\n… and more; list a smaller folder" : ""
        return Result(ok: true, text: "\(min(files.count, 200)) file(s) in \(place):\n" + shown.joined(separator: "\n") + more)
    }

    /// - Throws: `StewardError` `.notFound`, `.refused` (hostile path, a link), `.usage` (a folder).
    public func read(_ path: String, proposal: ProposalRef?) async throws -> Result {
        let data = try await workspace.readFile(path, in: proposal)
        guard let text = String(data: data, encoding: .utf8) else {
            return Result(ok: false, text: "error: \(path) is not text (\(data.count) bytes of binary data)")
        }
        if data.count <= Self.maxResultBytes { return Result(ok: true, text: text.isEmpty ? "(\(path) is empty)" : text) }
        let cut = String(decoding: data.prefix(Self.maxResultBytes), as: UTF8.self)
        return Result(ok: true, text: cut + "\n… (cut: \(data.count) bytes in all)")
    }

    /// Lines containing `query` (case-insensitive): at most 50, in files up to 1 MiB, 20 MiB read in all.
    public func search(_ query: String, folder: String, proposal: ProposalRef?) async throws -> Result {
        let q = query.lowercased()
        guard !q.isEmpty else { return Result(ok: false, text: "error: \(SearchFiles.name) needs a non-empty query") }
        let folder = Self.folderArgument(folder)
        var hits: [String] = []
        var scanned = 0
        for f in try await workspace.listFiles(under: folder, in: proposal, limit: 5_000) where f.size <= 1 << 20 {
            guard hits.count < 50, scanned < 20 << 20 else { break }
            scanned += f.size
            guard let text = String(data: try await workspace.readFile(f.path, in: proposal), encoding: .utf8) else { continue }
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.lowercased().contains(q) {
                hits.append("\(f.path):\(i + 1): \(line.prefix(200))")
                if hits.count >= 50 { break }
            }
        }
        if hits.isEmpty { return Result(ok: true, text: "no line contains \"\(query)\"") }
        return Result(ok: true, text: hits.joined(separator: "\n"))
    }

    /// The file's new content with `search` (which must occur exactly once) replaced, or why not.
    public func edited(_ path: String, search: String, replace: String, proposal: ProposalRef?) async throws -> Swift.Result<Data, FileToolRefusal> {
        guard !search.isEmpty else { return .failure(FileToolRefusal("error: \(EditFile.name) needs the exact text to replace in \"search\"")) }
        let data = try await workspace.readFile(path, in: proposal)
        guard let text = String(data: data, encoding: .utf8) else { return .failure(FileToolRefusal("error: \(path) is not text")) }
        let count = text.components(separatedBy: search).count - 1
        if count == 0 {
            return .failure(
                FileToolRefusal("error: the search text does not occur in \(path); \(ReadFile.name) it and copy the exact text to replace"))
        }
        if count > 1 {
            return .failure(
                FileToolRefusal("error: the search text occurs \(count) times in \(path); include more of the surrounding text so it occurs once"))
        }
        return .success(Data(text.replacingOccurrences(of: search, with: replace).utf8))
    }
}

/// Why an edit could not be made, as the text a model reads.
public struct FileToolRefusal: Error, Sendable, Hashable {
    public let text: String
    public init(_ text: String) { self.text = text }
}
