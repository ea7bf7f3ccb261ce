import StewardConfig
import StewardCore
import TOMLKit

/// The settings in `steward.toml` that the sandbox uses, read from `main`'s tree.
/// Every key has a default; an unknown key, a wrong type or a number out of its range (`ranges`)
/// is an error naming the key. An unknown top-level section (a newer Steward's) is a note
/// (`notes`), so machines running an older Steward keep working (spec 22.1).
public struct WorkspaceConfig: Sendable, Hashable {
    /// Files bigger than this are refused in proposals (`[sandbox] max_file_bytes`).
    public var maxFileBytes = 10 * 1024 * 1024
    /// Operations (one commit each) a proposal may hold in all (`[sandbox] max_operations`).
    public var maxOperations = 1_000
    /// How long one hook may run before it is killed and counted as broken
    /// (`[hooks] timeout_seconds`).
    public var hookTimeoutSeconds = 10.0
    /// Extra environment for hooks (`[hooks.env]`), e.g. `STEWARD_MAX_BYTES` for the default
    /// size hook. Names are `[A-Z_][A-Z0-9_]*`; Steward's own variables cannot be replaced.
    public var hookEnvironment: [String: String] = [:]
    /// How long one skill script may run (`[skills] timeout_seconds`).
    public var skillTimeoutSeconds = 60.0
    /// Address space a skill script may use, in MiB (`[skills] memory_mb`).
    public var skillMemoryMB = 512
    /// Processes (threads) a skill script may start (`[skills] max_processes`).
    public var skillMaxProcesses = 64
    /// Folders whose proposals an agent's finished task may approve without asking
    /// (`[policy] auto_approve`, the person's setting alone): each one a rule, `policy:FOLDER`.
    public var autoApprove: [String] = []
    /// The folders `[policy] auto_approve` may name: never `skills/` (scripts, self-modification).
    public static let autoApprovable = ["memory", "outputs", "temp"]
    /// One line per top-level section this Steward does not know, naming it (ignored, not a
    /// failure: a newer Steward's setting, or a typo). Commands print each once; doctor lists them.
    public var notes: [String] = []

    public init() {}

    /// The range of each numeric key (docs/spec.md section 9 lists them).
    public enum Ranges {
        /// 1 byte to 1 GiB (a proposal's files are held in memory).
        public static let maxFileBytes = 1...(1 << 30)
        /// 1 to 100,000 operations in one proposal (each is a commit a person reviews).
        public static let maxOperations = 1...100_000
        /// More than 0 s, at most a day.
        public static let hookTimeoutSeconds = SettingRange.seconds()
        public static let skillTimeoutSeconds = SettingRange.seconds()
        /// 16 MiB (a shell and little more) to 1 TiB; `memory_mb << 20` never overflows.
        public static let skillMemoryMB = 16...(1 << 20)
        /// 1 to 4096 processes (threads) besides the caller's own.
        public static let skillMaxProcesses = 1...4096
    }

    /// The sections other parts of Steward own; their keys are checked there.
    /// `notify` belongs in `.steward/config.toml`; on main it is not used, and warned about
    /// (`MachineConfig.misplacedInMain`), rather than stopping every proposal.
    static let otherSections: Set<String> = ["models", "routes", "privacy", "budget", "router", "agents", "server", "memory", "notify"]

    /// Parses `steward.toml` text.
    /// - Throws: `StewardError.failure` naming the file, the line or the key (exit 1: the
    ///   configuration is broken, not the command line).
    public static func parse(_ text: String, source: String = "steward.toml") throws -> WorkspaceConfig {
        let table = try ConfigTOML.table(text, source: source)
        var config = WorkspaceConfig()
        for key in table.keys.sorted() {
            switch key {
            case "sandbox":
                let t = try section(table, key, source)
                for k in t.keys {
                    switch k {
                    case "max_file_bytes":
                        config.maxFileBytes = try t.whole(
                            k, key: "sandbox.max_file_bytes", range: Ranges.maxFileBytes, unit: "bytes", source: source)!
                    case "max_operations":
                        config.maxOperations = try t.whole(
                            k, key: "sandbox.max_operations", range: Ranges.maxOperations, unit: "operations", source: source)!
                    default: throw unknown(source, "sandbox.\(k)", ["max_file_bytes", "max_operations"])
                    }
                }
            case "hooks":
                let t = try section(table, key, source)
                for k in t.keys {
                    switch k {
                    case "timeout_seconds":
                        config.hookTimeoutSeconds = try t.number(k, key: "hooks.timeout_seconds", range: Ranges.hookTimeoutSeconds, source: source)!
                    case "env":
                        guard let env = t[k]?.table else { throw wrongType(source, "hooks.env", "a table ([hooks.env])") }
                        for name in env.keys {
                            guard let value = env[name]?.string else { throw wrongType(source, "hooks.env.\(name)", "a string") }
                            guard isEnvName(name), !fixedHookVariables.contains(name) else {
                                throw StewardError.failure(
                                    "\(source): 'hooks.env.\(Escape.inline(name))' is not a name hooks may be given (use A-Z, 0-9, _; PATH, HOME and Steward's own STEWARD_EVENT/PROPOSAL/WORKSPACE/BIN/ACCEPT_RISKS are fixed); fix it and commit to main"
                                )
                            }
                            config.hookEnvironment[name] = value
                        }
                    default: throw unknown(source, "hooks.\(k)", ["timeout_seconds", "env"])
                    }
                }
            case "skills":
                let t = try section(table, key, source)
                for k in t.keys {
                    switch k {
                    case "timeout_seconds":
                        config.skillTimeoutSeconds = try t.number(
                            k, key: "skills.timeout_seconds", range: Ranges.skillTimeoutSeconds, source: source)!
                    case "memory_mb":
                        config.skillMemoryMB = try t.whole(k, key: "skills.memory_mb", range: Ranges.skillMemoryMB, unit: "MiB", source: source)!
                    case "max_processes":
                        config.skillMaxProcesses = try t.whole(
                            k, key: "skills.max_processes", range: Ranges.skillMaxProcesses, unit: "processes", source: source)!
                    default: throw unknown(source, "skills.\(k)", ["timeout_seconds", "memory_mb", "max_processes"])
                    }
                }
            case "policy":
                let t = try section(table, key, source)
                for k in t.keys {
                    switch k {
                    case "auto_approve":
                        guard let list = t[k]?.array else {
                            throw wrongType(source, "policy.auto_approve", "a list of folder names, e.g. [\"memory\"]")
                        }
                        for item in list {
                            guard let f = item.string, autoApprovable.contains(f) else {
                                throw StewardError.failure(
                                    "\(source): policy.auto_approve may name only \(autoApprovable.joined(separator: ", ")) (got \(Escape.inline("\(item)"))); fix it and commit to main"
                                )
                            }
                            if !config.autoApprove.contains(f) { config.autoApprove.append(f) }
                        }
                    default: throw unknown(source, "policy.\(k)", ["auto_approve"])
                    }
                }
            case let k where otherSections.contains(k):
                continue
            default:
                let known = ["sandbox", "hooks", "skills", "policy"] + otherSections.sorted()
                // A section ([quota], [[quota]]) is a newer Steward's; a bare key at the top
                // (`max_file_bytes = 5`) is a mistake, and stays an error.
                let value = table[key]
                let isSection = value?.table != nil || (value?.array.map { !$0.isEmpty && $0.allSatisfy { $0.table != nil } } ?? false)
                guard isSection else { throw unknown(source, key, known) }
                config.notes.append(
                    "\(source): unknown section '\(Escape.inline(key))' is ignored (known here: \(known.joined(separator: ", "))); a newer Steward's setting, or a typo"
                )
            }
        }
        return config
    }

    /// Variables Steward sets for every hook that `[hooks.env]` cannot replace.
    public static let fixedHookVariables: Set<String> = [
        "PATH", "HOME", "STEWARD_EVENT", "STEWARD_PROPOSAL", "STEWARD_WORKSPACE", "STEWARD_BIN", "STEWARD_ACCEPT_RISKS",
    ]

    static func isEnvName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || ("A"..."Z").contains(first) else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    private static func section(_ table: TOMLTable, _ key: String, _ source: String) throws -> TOMLTable {
        guard let t = table[key]?.table else { throw wrongType(source, key, "a table ([\(key)])") }
        return t
    }

    private static func wrongType(_ source: String, _ key: String, _ expected: String) -> StewardError {
        .failure("\(source): '\(key)' must be \(expected); fix it and commit to main")
    }

    private static func unknown(_ source: String, _ key: String, _ known: [String]) -> StewardError {
        .failure("\(source): unknown key '\(Escape.inline(key))' (known here: \(known.joined(separator: ", "))); fix it and commit to main")
    }
}
