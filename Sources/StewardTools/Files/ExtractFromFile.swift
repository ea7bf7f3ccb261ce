import Foundation
import StewardCore
import StewardJSON

/// `extract_from_file`: the email addresses, web links, dates, phone numbers, amounts of money,
/// reference codes or numbers in a file, written one per line into a new file (a Markdown list for `.md`, a
/// JSON array for `.json`). Done by code, not by a model copying them out: a 0.5B model asked to pull the
/// addresses out of a note wrote a sentence naming two of three, or the note itself.
public enum ExtractFromFile: Tool {
    public static let name = "extract_from_file"
    public struct Arguments: Decodable, Sendable {
        public var from: String
        public var what: String
        public var to: String
    }

    public static let definition = ToolDefinition(
        name: name,
        description:
            "Write the emails, links, dates, phone numbers, amounts of money, references or numbers found in a file into a new file, one per line.",
        parameters: ToolSchema.object(
            [
                ("from", "string", "the file to read"), ("what", "string", "emails, links, dates, phone numbers, amounts, references or numbers"),
                ("to", "string", "the new file"),
            ], required: ["from", "what", "to"]))

    public static func plannedChanges(_ a: Arguments) -> [PlannedChange] { [.write(path: a.to)] }

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        guard let kind = Kind(a.what) else {
            return ToolOutcome(
                ok: false,
                text:
                    "error: \(name) finds \(Kind.allCases.map(\.rawValue).joined(separator: ", ")), not \(ToolSchema.quoted(a.what)); for anything else, read the file and use write_file"
            )
        }
        guard a.from != a.to else {
            return ToolOutcome(ok: false, text: "error: \(name) would replace \(a.from) with what it found; give a new file as \"to\"")
        }
        let data = try await context.workspace.readFile(a.from, in: await context.readingProposal())
        guard let text = String(data: data, encoding: .utf8) else { return ToolOutcome(ok: false, text: "error: \(a.from) is not text") }
        let found = kind.find(in: text)
        guard !found.isEmpty else {
            return ToolOutcome(
                ok: false,
                text:
                    "error: there are no \(kind.rawValue) in \(Escape.inline(a.from)); nothing was written. If the task asks for something else, read the file and use write_file"
            )
        }
        let written = formatted(found, for: a.to)
        return try await context.changed(
            [.write(path: a.to, content: Data(written.utf8), executable: false)], tool: name,
            "wrote the \(found.count) \(kind.rawValue) in \(Escape.inline(a.from)) to \(Escape.inline(a.to)):\n"
                + found.prefix(6).joined(separator: "\n"))
    }

    /// `items` as the content of `path`: a JSON array for `.json`, a Markdown list for `.md`,
    /// one per line otherwise.
    public static func formatted(_ items: [String], for path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) {
        case "json" where path.contains("."): JSONValue.array(items.map { .string($0) }).jsonText + "\n"
        case "md" where path.contains("."), "markdown" where path.contains("."): items.map { "- " + $0 }.joined(separator: "\n") + "\n"
        default: items.joined(separator: "\n") + "\n"
        }
    }

    /// What can be found, and how.
    public enum Kind: String, CaseIterable, Sendable {
        case emails, links, dates
        case phoneNumbers = "phone numbers"
        case amounts = "amounts of money"
        /// Booking, order or policy references and codes: "K7PQ2M", "ART-77215", or the
        /// digits after "reference", "order number", … ("order number 48213977").
        case references
        case numbers

        /// The kind a few words name ("email addresses", "URLs", "the phone numbers", "what we
        /// spent"), if one: by whole words and their beginnings ("emails", "costs"), so "hotel"
        /// is not a phone number ("tel") nor "holiday" a date ("day").
        public init?(_ words: String) {
            let w = words.lowercased()
            let names = w.split(whereSeparator: { !$0.isLetter }).map(String.init)
            func named(_ stems: [String]) -> Bool { names.contains { n in stems.contains { n.hasPrefix($0) } } }
            // Links first: "web addresses" are links, "email addresses" emails.
            if named(["link", "url", "web", "site", "http"]) {
                self = .links
            } else if named(["mail", "email", "address"]) {
                self = .emails
            } else if named(["date", "day", "when", "deadline", "birthday", "anniversar"]) {
                self = .dates
            } else if named(["phone", "telephone", "tel", "mobile", "cell"]) {
                self = .phoneNumbers
            } else if named(Self.moneyWords) || w.contains(where: { "€$£¥".contains($0) }) {
                self = .amounts
            } else if !Set(names).isDisjoint(with: Self.referenceWords)
                || (Set(names).contains { ["number", "numbers", "no"].contains($0) } && !Set(names).isDisjoint(with: Self.referenceQualifiers))
            {
                self = .references
            } else if named(["number", "figure", "digit"]) {
                self = .numbers
            } else {
                return nil
            }
        }

        /// Words that ask for amounts of money ("the costs", "what we spent", "prices in euros").
        static let moneyWords = [
            "money", "amount", "price", "cost", "spen", "paid", "pay", "expens", "fee", "total", "eur", "dollar", "usd", "pound", "gbp", "currenc",
            "cash", "bill", "charge",
        ]

        /// Words that ask for references ("the booking refs", "confirmation codes"), and those
        /// that make "numbers" references ("order numbers", "the policy number").
        public static let referenceWords: Set<String> = ["ref", "refs", "reference", "references", "code", "codes", "confirmation", "confirmations"]
        public static let referenceQualifiers: Set<String> = [
            "booking", "order", "policy", "tracking", "confirmation", "membership", "account", "reservation", "ticket", "customer", "claim",
        ]

        /// Each match in `text`, in order, once (emails compared without case), trailing
        /// punctuation dropped; amounts of money each time they occur (two lunches at €12 are
        /// two amounts).
        public func find(in text: String) -> [String] {
            var seen: Set<String> = []
            var out: [String] = []
            for pattern in patterns {
                // try!: the patterns are this file's constants, each compiled by the unit tests.
                let re = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
                for m in re.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    // A pattern's first group, when it has one, is the item ("reference: 556102").
                    guard let r = Range(m.numberOfRanges > 1 ? m.range(at: 1) : m.range, in: text) else { continue }
                    var s = String(text[r]).trimmingCharacters(in: .whitespaces)
                    while let c = s.last, ".,;:!?)'\"".contains(c) { s.removeLast() }
                    // A phone number has 7 digits or more, and is not a date (2026-06-12, 12.06.2026).
                    if self == .phoneNumbers
                        && (s.filter(\.isNumber).count < 7
                            || s.range(of: #"^(\d{4}-\d{2}-\d{2}|\d{1,2}[.-]\d{1,2}[.-]\d{2,4})$"#, options: .regularExpression) != nil)
                    {
                        continue
                    }
                    // A code has letters and digits, its letters capitals, five of them or more
                    // ("K7PQ2M", "LE-3093-XK"; not "3rd", "10am", "A4"); or it is the digits
                    // a reference's word names.
                    if self == .references, m.numberOfRanges == 1,
                        s.filter({ $0.isLetter || $0.isNumber }).count < 5 || s.contains(where: \.isLowercase) || !s.contains(where: \.isNumber)
                            || !s.contains(where: \.isLetter)
                    {
                        continue
                    }
                    let key = self == .emails ? s.lowercased() : s
                    // Dates: a longer form already found holds a shorter one ("12 June 2026", "12 June").
                    if s.isEmpty || (self != .amounts && seen.contains(key)) || (self == .dates && out.contains { $0.contains(s) }) { continue }
                    seen.insert(key)
                    out.append(s)
                }
            }
            guard self == .dates || self == .references else { return out }
            // Several patterns: back in the order of the text.
            return out.sorted { (text.range(of: $0)?.lowerBound ?? text.endIndex) < (text.range(of: $1)?.lowerBound ?? text.endIndex) }
        }

        static let month =
            "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"

        /// An amount as written: a currency sign or code before the number ("€32", "$1,200.00",
        /// "EUR 15") or a sign, code or word after it ("84.50 euros", "27,80 EUR", "5 £"). The
        /// number has `,`, `.` or `'` between thousands and up to two decimals.
        static let amount: String = {
            let number = #"(?:\d{1,3}(?:[,.']\d{3})+|\d+)(?:[.,]\d{1,2})?(?![\d])"#
            let before = #"(?:(?:US|CA|AU)?\$|€|£|¥|\b(?:EUR|USD|GBP|CHF)\b)[ \u00A0]?"#
            let after = #"[ \u00A0]?(?:€|\$|£|¥|(?:EUR|USD|GBP|CHF|euros?|dollars?|pounds?|francs?|cents?|bucks)\b)"#
            return #"(?<![\w.,])"# + "(?:" + before + number + "|" + number + after + ")"
        }()

        var patterns: [String] {
            switch self {
            case .emails: [#"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#]
            case .links: [#"\bhttps?://[^\s<>"'`]+"#, #"(?<![/@\w.])www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s<>"'`]*"#]
            case .dates:
                [
                    #"\b\d{1,2}(?:st|nd|rd|th)?(?: of)? "# + Self.month + #"\b(?:,? \d{4})?"#,
                    #"\b"# + Self.month + #" \d{1,2}(?:st|nd|rd|th)?\b(?:,? \d{4})?"#, #"\b\d{4}-\d{2}-\d{2}\b"#,
                    #"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"#,
                    // A day and month with a weekday before them or a word that says when ("Sun 8/11",
                    // "planned for 29/11"); not a fraction or a score ("1/2", "3/4 of them").
                    #"\b(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|on|by|for|from|until|till|before|after)\s+(?:the\s+)?(\d{1,2}/\d{1,2})\b(?![/.]\d)"#,
                ]
            case .phoneNumbers: [#"(?<![\w.])\+?(?:\(\d{1,4}\)[ .-]?)?\d[\d .-]{5,}\d(?![\w.]*@)"#]
            case .amounts: [Self.amount]
            case .references:
                [
                    #"(?<![\w-])(?:[A-Z0-9]+(?:[-/][A-Z0-9]+)*)(?![\w-])"#,
                    #"\b(?:ref(?:erence)?\.?|code|(?:booking|order|policy|tracking|confirmation|membership|account|reservation|ticket|customer|claim) (?:number|no\.?|#))(?: (?:number|no\.?|#))?:? ?#?(\d[\d-]{3,}\d)\b"#,
                ]
            case .numbers: [#"(?<![\w.])-?\d+(?:[.,]\d+)*(?![\w@])"#]
            }
        }
    }
}
