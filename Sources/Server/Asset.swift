import Foundation
import Hummingbird

/// Files served from the module's resources: the pages, their script and style, the OpenAPI file.
enum Asset {
    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { throw APIError.notFound("no asset \(name)") }
        return data
    }

    static func response(_ name: String, contentType: String) throws -> Response {
        Response(
            status: .ok, headers: [.contentType: contentType, .cacheControl: "no-cache"],
            body: .init(byteBuffer: ByteBuffer(bytes: try data(name))))
    }
}
