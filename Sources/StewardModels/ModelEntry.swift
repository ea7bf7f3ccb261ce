import Foundation

/// One configured model: an entry of `steward models --json` and of the API's `GET models`.
/// The API does not contact the model servers, so there the probe's fields (`reachable`,
/// `installed`, `hint`, `error`) are absent; `steward models` always has `reachable`.
public struct ModelEntry: Codable, Sendable, Hashable {
    public var name: String
    public var provider: String
    public var model: String
    public var url: String
    public var cloud: Bool
    public var context: Int
    /// Whether the server answered the probe (absent when it was not probed).
    public var reachable: Bool?
    /// Whether the server serves the model (absent when unknown).
    public var installed: Bool?
    /// What to do when the server answers but does not serve the model, in its provider's terms.
    public var hint: String?
    public var error: String?
    /// The routes (`[routes]` purposes) that use this model.
    public var routes: [String]

    /// The entry of `spec` under `config`, not probed.
    public init(_ spec: ModelSpec, in config: ModelsConfig) {
        name = spec.name
        provider = spec.provider.rawValue
        model = spec.model
        url = spec.url
        cloud = spec.cloud
        context = spec.context
        routes = ModelsConfig.purposes.filter { config.route($0).contains(spec.name) }
    }

    /// Every configured model, by name, not probed.
    public static func all(_ config: ModelsConfig) -> [ModelEntry] {
        config.models.values.sorted { $0.name < $1.name }.map { ModelEntry($0, in: config) }
    }
}
