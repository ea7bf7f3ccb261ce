import StewardGit

/// A ref of spec 22.3's table, read from its local name, and what a remote may do to it (the
/// table's last column). Anything else — `refs/steward/offline*`, `refs/steward-sync/*`, the
/// person's other branches and tags, `steward/x` or a number with a leading zero — is not one:
/// never taken from a fetch, never pushed.
enum SyncedRef: Hashable {
    case main
    /// `refs/steward/proposals/N`.
    case claim(Int)
    /// `refs/steward/applied/N` and `applied/N-K`.
    case applied(Int)
    case expired(Int)
    /// `refs/steward/undone/N` and `undone/N-K`.
    case undone(Int)
    case archive(Int)
    /// `refs/steward/superseded/N-K`.
    case superseded(Int)
    /// `refs/heads/steward/N` (taken or pushed only when N has a claim).
    case branch(Int)
    case comments(Int)
    case audit
    /// `refs/steward/trail/ID`, ID a machine id.
    case trail(String)

    init?(_ ref: String) {
        if ref == Refs.main {
            self = .main
        } else if ref == Refs.audit {
            self = .audit
        } else if ref.hasPrefix("refs/heads/steward/") {
            guard let n = Self.number(ref.dropFirst("refs/heads/steward/".count)) else { return nil }
            self = .branch(n)
        } else if ref.hasPrefix("refs/steward/") {
            let rest = ref.dropFirst("refs/steward/".count)
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            let name = rest[rest.index(after: slash)...]
            let part = Self.part(name)
            switch rest[..<slash] {
            case "proposals":
                guard let n = Self.number(name) else { return nil }
                self = .claim(n)
            case "applied":
                guard let n = Self.number(name) ?? part else { return nil }
                self = .applied(n)
            case "undone":
                guard let n = Self.number(name) ?? part else { return nil }
                self = .undone(n)
            case "archive":
                guard let n = Self.number(name) else { return nil }
                self = .archive(n)
            case "superseded":
                guard let n = part else { return nil }
                self = .superseded(n)
            case "expired":
                guard let n = Self.number(name) else { return nil }
                self = .expired(n)
            case "comments":
                guard let n = Self.number(name) else { return nil }
                self = .comments(n)
            case "trail":
                guard name.count == 16, name.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
                self = .trail(String(name))
            default: return nil
            }
        } else {
            return nil
        }
    }

    /// A positive decimal number as Steward writes one: digits only, no leading zero.
    static func number(_ s: Substring) -> Int? {
        guard let first = s.first, first != "0", s.count <= 9, s.allSatisfy({ $0 >= "0" && $0 <= "9" }) else { return nil }
        return Int(s)
    }

    /// N of `N-K` (a part, or the K-th refresh), both positive numbers.
    static func part(_ s: Substring) -> Int? {
        guard let dash = s.firstIndex(of: "-"), number(s[s.index(after: dash)...]) != nil else { return nil }
        return number(s[..<dash])
    }

    /// The catch-up's order (spec 22.6): claims, the decisions, then the refs a decision may
    /// delete (archives and superseded heads, then branches), the chains, `main` last. A ref is
    /// deleted here only once the decision that allows it is here too.
    var stage: Int {
        switch self {
        case .claim: 0
        case .applied, .expired, .undone: 1
        case .archive, .superseded: 2
        case .branch: 3
        case .comments, .audit, .trail: 4
        case .main: 5
        }
    }

    /// Whether a remote may move it to a descendant of its value here (a fast-forward);
    /// the others never move once made.
    var movesForward: Bool {
        switch self {
        case .main, .branch, .undone, .comments, .audit, .trail: true
        case .claim, .applied, .expired, .archive, .superseded: false
        }
    }

    /// The proposal whose decision may delete it: a branch goes with `applied/N`, `archive/N`
    /// or `expired/N`; an archive or superseded ref only with `expired/N`. Nil: never deleted.
    var deletedWith: (n: Int, refs: [String])? {
        switch self {
        case .branch(let n): (n, [Refs.applied(n), Refs.archive(n), Refs.expired(n)])
        case .archive(let n), .superseded(let n): (n, [Refs.expired(n)])
        default: nil
        }
    }

    /// Why a remote may not do what it did, for the problem the catch-up reports (spec 22.3).
    func rule(deleted: Bool) -> String {
        switch self {
        case .claim: deleted ? "a claim is never deleted" : "a claim is never moved"
        case .applied, .expired, .archive: "a decision is never undone by \(deleted ? "deleting" : "moving") a ref"
        case .superseded: "a replaced head is kept as evidence until its archive expires"
        case .undone: deleted ? "a rollback is never undone by deleting a ref" : "a rollback ref moves only to a newer rollback"
        case .branch:
            deleted
                ? "a pending proposal's branch goes only with its decision (applied, archive or expired)"
                : "a proposal's branch moves only forward, or with a superseded ref naming its old head"
        case .comments: "comments are only ever appended"
        case .audit, .trail: "an audit chain is only ever appended"
        case .main: "main moves only forward"
        }
    }
}

/// What a fetched `main` may not bring without the person's say (spec 22.9): a change to
/// `hooks/`, `prompts/` or `steward.toml` (top component, case-insensitively, as the path
/// policy's rule 18 reads it).
enum RulesPaths {
    static func contains(_ path: String) -> Bool {
        let top = path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.lowercased() } ?? ""
        return top == "hooks" || top == "prompts" || top == "steward.toml"
    }
}
