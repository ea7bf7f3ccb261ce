/// The HTTP API's OpenAPI 3.1 document, which `serve` answers /api/v1/openapi.json with.
/// Its one source is docs/openapi.json (kept by hand): Sources/StewardServer/openapi.json is a
/// symbolic link to it, embedded in the binary by SwiftPM (`.embedInCode` in Package.swift), so
/// the document served is the file's bytes and the binary needs no file beside it.
enum OpenAPIDocument {
    static let json = String(decoding: PackageResources.openapi_json, as: UTF8.self)
}
