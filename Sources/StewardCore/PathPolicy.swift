import Foundation
import StewardJSON

/// A path inside the workspace that has passed the path policy: relative, `/`-separated,
/// NFC, no hidden git or Steward state, inside the writer's folders.
public struct SandboxPath: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public let rawValue: String
    fileprivate init(unchecked: String) { rawValue = unchecked }
    public var description: String { rawValue }
    public var components: [String] { rawValue.utf8.split(separator: UInt8(ascii: "/")).map { String(decoding: $0, as: UTF8.self) } }
    /// The top-level folder (`skills`, `memory`, …).
    public var topFolder: String { components[0] }
    public static func < (a: SandboxPath, b: SandboxPath) -> Bool { Array(a.rawValue.utf8).lexicographicallyPrecedes(b.rawValue.utf8) }
    public init(from decoder: Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        self = try PathPolicy.lexical.check(raw)
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// Who may write where, enforced in one place (ARCHITECTURE.md, "Who may write where").
/// Every path of every operation passes `check` before anything is written.
public struct PathPolicy: Sendable, Hashable {
    /// The folders a writer may change, e.g. `["skills", "memory", "temp", "outputs"]`.
    public let allowedFolders: [String]
    /// Who the policy is for, named in refusals ("outside tools", "the code agent").
    public let writer: String

    public static let maxComponentBytes = 255
    public static let maxPathBytes = 4096
    /// Folders no writer but the person may ever change, whatever `allowedFolders` says.
    public static let protectedNames: Set<String> = ["hooks", "prompts", "steward.toml"]
    /// The folders `steward propose` and outside tools may write.
    public static let proposeFolders = ["skills", "memory", "temp", "outputs"]

    /// Checks the form of a path only (no folder restriction). Used to read paths back.
    public static let lexical = PathPolicy(writer: "any writer", allowedFolders: nil)

    private let restrictFolders: Bool
    /// Names in `protectedNames` this writer may change anyway (only self-improvement:
    /// `prompts` and `steward.toml`; never `hooks`).
    public let allowedProtected: Set<String>
    /// Whether changes to `steward.toml` must also pass the key policy (`SelfImprovement`
    /// in StewardSandbox): routes and per-model tuning only.
    public let guardsConfig: Bool

    public init(writer: String, allowedFolders: [String]?, allowedProtected: Set<String> = [], guardsConfig: Bool = false) {
        self.writer = writer
        self.allowedFolders = allowedFolders ?? []
        self.restrictFolders = allowedFolders != nil
        self.allowedProtected = allowedProtected.subtracting(["hooks"])
        self.guardsConfig = guardsConfig
    }

    /// `steward improve`: `skills/`, `prompts/` and `steward.toml` (whose keys are checked
    /// separately); never `hooks/` (ARCHITECTURE.md, "Who may write where").
    public static let selfImprovement = PathPolicy(
        writer: "self-improvement", allowedFolders: ["skills", "prompts"], allowedProtected: ["prompts", "steward.toml"], guardsConfig: true)

    /// The policy for `steward propose` and outside tools, optionally narrowed by `--folders`.
    /// - Throws: `StewardError.usage` when `folders` asks for something outside the default set.
    public static func outsideTools(folders: [String]? = nil) throws -> PathPolicy {
        guard let folders else { return PathPolicy(writer: "outside tools", allowedFolders: proposeFolders) }
        for f in folders where !proposeFolders.contains(f) {
            throw StewardError.usage(
                "--folders may only narrow \(proposeFolders.joined(separator: ",")); '\(Escape.inline(f))' is not one of them")
        }
        return PathPolicy(writer: "outside tools", allowedFolders: folders)
    }

    /// Returns the checked path, or throws a refusal that names the rule broken.
    /// - Throws: `StewardError.refused`.
    public func check(_ path: String) throws -> SandboxPath {
        let shown = Escape.inline(path)
        func refuse(_ rule: String) -> StewardError {
            .refused("refused path '\(shown)': \(rule)", paths: [path])
        }
        let bytes = Array(path.utf8)
        if bytes.isEmpty { throw refuse("the path is empty") }
        if bytes.count > Self.maxPathBytes { throw refuse("the path is \(bytes.count) bytes; the limit is \(Self.maxPathBytes)") }
        if bytes.contains(0) { throw refuse("it contains a NUL byte") }
        for scalar in path.unicodeScalars where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
            _ = scalar
            throw refuse("it contains a control character")
        }
        for scalar in path.unicodeScalars where scalar.isInvisible {
            throw refuse(
                "it contains an invisible or formatting character (U+\(String(scalar.value, radix: 16, uppercase: true))) that could disguise the name"
            )
        }
        if bytes.contains(UInt8(ascii: "\\")) { throw refuse("backslashes are not allowed; separate folders with '/'") }
        if bytes.first == UInt8(ascii: "/") { throw refuse("absolute paths are not allowed; give a path relative to the workspace") }
        if bytes.count >= 2, bytes[1] == UInt8(ascii: ":"), (bytes[0] | 0x20) >= 0x61, (bytes[0] | 0x20) <= 0x7A {
            throw refuse("drive-letter paths are not allowed; give a path relative to the workspace")
        }
        // NFC check compares bytes: Swift's String == treats "e\u{301}" and "é" as equal.
        if Array(path.precomposedStringWithCanonicalMapping.utf8) != bytes {
            let visible = path.unicodeScalars.map { $0.isASCII ? String($0) : "\\u{" + String($0.value, radix: 16, uppercase: true) + "}" }.joined()
            throw refuse("it is not in Unicode NFC form (\(visible)); normalise it to NFC first so it cannot pose as another file")
        }
        // Split on the byte '/', not on Characters: a combining mark after '/' would glue two
        // components into one grapheme cluster.
        let components = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        for name in components {
            if name.isEmpty { throw refuse("it has an empty component ('//' or a trailing '/')") }
            if name == "." { throw refuse("'.' components are not allowed") }
            if name == ".." { throw refuse("'..' is not allowed anywhere in a path") }
            if name.utf8.count > Self.maxComponentBytes {
                throw refuse("a name is \(name.utf8.count) bytes; the limit is \(Self.maxComponentBytes)")
            }
            let lower = name.lowercased()
            if lower.hasPrefix(".git") { throw refuse("'\(Escape.inline(name))' is git's own (any '.git*' name is refused)") }
            if lower == ".steward" { throw refuse("'.steward' holds Steward's local state and is never written") }
            // NTFS short name of .git (git itself refuses it too).
            if lower == "git~1" { throw refuse("'\(Escape.inline(name))' is another name for '.git' on some filesystems") }
            // Trailing dots and spaces alias other names on some filesystems (".git." == ".git").
            let trimmed = lower.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            if trimmed != lower && (trimmed.hasPrefix("git") || trimmed == "steward") && lower.hasPrefix(".") {
                throw refuse("'\(Escape.inline(name))' aliases a protected name")
            }
        }
        if restrictFolders {
            let top = components[0]
            if Self.protectedNames.contains(top.lowercased()) && !allowedProtected.contains(top) {
                throw refuse("'\(top)' is written only by the person, by committing to main")
            }
            if top == "steward.toml" && components.count == 1 && allowedProtected.contains(top) {
                return SandboxPath(unchecked: path)
            }
            if components.count < 2 {
                throw refuse("files go inside a folder: \(allowedFolders.map { $0 + "/" }.joined(separator: " "))")
            }
            if !allowedFolders.contains(top) {
                throw refuse("\(writer) may write only in \(allowedFolders.map { $0 + "/" }.joined(separator: " "))")
            }
        }
        return SandboxPath(unchecked: path)
    }
}
