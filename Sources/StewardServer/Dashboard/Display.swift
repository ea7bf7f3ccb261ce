import StewardCore

/// What a page of the dashboard is given to show. Every string in it, however deep, goes
/// through `Escape.inline` here, once, before any template sees it: a title, path, reason,
/// comment or message cannot hide or reorder text with bidi controls, zero-width or control
/// characters, and a field added later cannot forget it. (Mustache's `{{x}}` then escapes
/// HTML; `Escape.inline` leaves already escaped text as it is.)
enum Display {
    static func prepare(_ value: Any) -> Any {
        switch value {
        case let s as String: Escape.inline(s)
        case let s as Substring: Escape.inline(String(s))
        case let d as [String: Any]: d.mapValues(prepare)
        case let a as [Any]: a.map(prepare)
        default: value
        }
    }
}
