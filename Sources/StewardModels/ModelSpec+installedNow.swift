import Foundation

extension ModelSpec {
    /// What this model's server says it has installed, asked now with short time-outs (2 s to
    /// connect, 3 s of silence): `steward models` shows it, a queue worker serves only models
    /// whose server answers from its machine (spec 23.4). The caller decides whether a cloud
    /// provider may be contacted at all.
    public func installedNow() async -> Result<[String], any Error> {
        var quick = self
        quick.connectTimeout = min(connectTimeout, 2)
        quick.idleTimeout = min(idleTimeout, 3)
        do {
            return .success(try await ModelRouter.provider(for: quick).installedModels())
        } catch {
            return .failure(error)
        }
    }

    /// Whether the server answered `installedNow` at all (any answer, even an error status: a
    /// server that does not list models still runs them), and does not say it lacks this model.
    public static func answers(_ spec: ModelSpec, _ result: Result<[String], any Error>) -> Bool {
        switch result {
        case .success(let names): return names.isEmpty || spec.isServed(by: names)
        case .failure(let error):
            guard let e = error as? ModelError else { return false }
            return e.kind != .connection && e.kind != .timeout
        }
    }
}
