/// A proposal as commands, tools and agents name it: numbered `N`, or `oJ`, made while the
/// remote did not answer and waiting for `steward sync` to number it (spec 22.4, "Offline").
public enum ProposalRef: Sendable, Hashable, CustomStringConvertible {
    case number(Int)
    /// J of `oJ`: this machine's offline proposal `refs/steward/offline/J`.
    case offline(Int)

    /// `N`, `#N` or `oJ` (any case), each a positive whole number; nil for anything else.
    public init?(argument: String) {
        if let first = argument.first, first == "o" || first == "O" {
            let digits = argument.dropFirst()
            guard digits.allSatisfy(\.isASCII), let j = Int(digits), j > 0 else { return nil }
            self = .offline(j)
            return
        }
        let digits = argument.hasPrefix("#") ? argument.dropFirst() : Substring(argument)
        guard digits.allSatisfy(\.isASCII), let n = Int(digits), n > 0 else { return nil }
        self = .number(n)
    }

    /// N, or nil for an offline proposal.
    public var number: Int? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// J of `oJ`, or nil for a numbered proposal.
    public var offline: Int? {
        if case .offline(let j) = self { return j }
        return nil
    }

    /// `#17`, or `o2` for one made offline.
    public var description: String {
        switch self {
        case .number(let n): "#\(n)"
        case .offline(let j): "o\(j)"
        }
    }

    /// As a person types it in a command: `17`, or `o2`.
    public var argument: String {
        switch self {
        case .number(let n): "\(n)"
        case .offline(let j): "o\(j)"
        }
    }
}
