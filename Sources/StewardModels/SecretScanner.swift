import Foundation

/// Finds secrets in text before it leaves the machine: private keys, cloud access keys, API
/// tokens of common services, `.env`-style assignments, and high-entropy strings in
/// key-like contexts.
public struct SecretScanner: Sendable {
    public struct Finding: Sendable, Hashable {
        public let kind: String
        public let range: Range<String.Index>
    }

    struct Rule: @unchecked Sendable {
        // @unchecked: NSRegularExpression is immutable after creation and safe to share.
        let kind: String
        let regex: NSRegularExpression
        /// Which capture group holds the secret (0: the whole match).
        let group: Int
        let minEntropy: Double
    }

    let rules: [Rule]

    public init() {
        func rule(_ kind: String, _ pattern: String, group: Int = 0, entropy: Double = 0) -> Rule {
            // try!: every pattern is a literal below, each exercised by SecretScannerTests, so a
            // malformed one fails the test suite rather than a user's run.
            Rule(kind: kind, regex: try! NSRegularExpression(pattern: pattern), group: group, minEntropy: entropy)
        }
        rules = [
            rule("private key", "-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----[\\s\\S]*?(-----END [A-Z ]*PRIVATE KEY( BLOCK)?-----|$)"),
            rule("AWS access key", "\\b(AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}\\b"),
            rule("GitHub token", "\\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\\b"),
            rule("Slack token", "\\bxox[abposr]-[A-Za-z0-9-]{10,}\\b"),
            rule("Anthropic API key", "\\bsk-ant-[A-Za-z0-9_-]{20,}"),
            rule("OpenAI API key", "\\bsk-(proj-)?[A-Za-z0-9_-]{20,}"),
            rule("Google API key", "\\bAIza[0-9A-Za-z_-]{35}\\b"),
            rule("Stripe key", "\\b[sr]k_(live|test)_[0-9a-zA-Z]{20,}\\b"),
            rule("JSON web token", "\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"),
            rule(
                ".env secret",
                "(?m)^[ \\t]*(?:export[ \\t]+)?[A-Za-z_][A-Za-z0-9_]*(?:KEY|SECRET|TOKEN|PASSWORD|PASSWD|PWD|CREDENTIALS)[A-Za-z0-9_]*[ \\t]*=[ \\t]*[\"']?([^\\s\"'#]{6,})",
                group: 1),
            rule(
                "secret-looking value",
                "(?i)(?:api[_-]?key|secret|token|password|passwd|auth|bearer)[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9+/_\\-=.]{16,})", group: 1,
                entropy: 3.5),
        ]
    }

    /// Every secret found, in order, without overlaps.
    public func scan(_ text: String) -> [Finding] {
        let ns = NSRange(text.startIndex..., in: text)
        var found: [Finding] = []
        for r in rules {
            for m in r.regex.matches(in: text, range: ns) {
                let nsRange = m.range(at: r.group)
                guard nsRange.location != NSNotFound, let range = Range(nsRange, in: text) else { continue }
                if r.minEntropy > 0 && Self.entropy(text[range]) < r.minEntropy { continue }
                if found.contains(where: { $0.range.overlaps(range) }) { continue }
                found.append(Finding(kind: r.kind, range: range))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The text with every secret replaced by `[REDACTED: kind]`.
    public func redact(_ text: String) -> String {
        var out = text
        for f in scan(text).reversed() {
            out.replaceSubrange(f.range, with: "[REDACTED: \(f.kind)]")
        }
        return out
    }

    /// Shannon entropy in bits per character.
    static func entropy(_ s: Substring) -> Double {
        var counts: [Character: Int] = [:]
        for c in s { counts[c, default: 0] += 1 }
        let n = Double(s.count)
        return counts.values.reduce(0) { acc, c in
            let p = Double(c) / n
            return acc - p * log2(p)
        }
    }
}
