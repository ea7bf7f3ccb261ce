import Foundation

/// The models a worker's machine serves (their servers answer from here), asked again at most
/// every `seconds` rather than before every claim; `changed` hears each new set (the worker
/// logs it, so a person sees why tasks are left to other machines).
actor ServedModels {
    let seconds: Double
    let changed: @Sendable ([String]) -> Void
    private var last: (at: Date, names: [String])?

    init(seconds: Double = 30, changed: @escaping @Sendable ([String]) -> Void) {
        self.seconds = seconds
        self.changed = changed
    }

    /// The names asked last, or `ask`'s answer when they are older than `seconds`.
    func current(_ ask: @Sendable () async -> [String]) async -> [String] {
        if let last, Date().timeIntervalSince(last.at) < seconds { return last.names }
        let names = await ask()
        if names != last?.names { changed(names) }
        last = (Date(), names)
        return names
    }
}
