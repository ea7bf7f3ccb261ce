import Foundation

/// Server-Sent Events: `event:`/`data:` lines, an event per blank line.
struct SSEEvent: Sendable {
    var event: String?
    var data: String
}

extension AsyncThrowingStream where Element == String, Failure == Error {
    /// Groups lines into Server-Sent Events.
    func serverSentEvents() -> AsyncThrowingStream<SSEEvent, Error> {
        let lines = self
        return AsyncThrowingStream<SSEEvent, Error> { continuation in
            let task = Task {
                var event: String?
                var data: [String] = []
                do {
                    for try await line in lines {
                        if line.isEmpty {
                            if !data.isEmpty || event != nil { continuation.yield(SSEEvent(event: event, data: data.joined(separator: "\n"))) }
                            event = nil
                            data = []
                        } else if line.hasPrefix(":") {
                            continue
                        } else if line.hasPrefix("event:") {
                            event = String(line.dropFirst(6)).trimmingCharacters(in: .whitespaces)
                        } else if line.hasPrefix("data:") {
                            var d = line.dropFirst(5)
                            if d.first == " " { d = d.dropFirst() }
                            data.append(String(d))
                        }
                    }
                    if !data.isEmpty { continuation.yield(SSEEvent(event: event, data: data.joined(separator: "\n"))) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
