import Foundation
import Hummingbird
import NIOFoundationEssentialsCompat

/// Request and response bodies as JSON, with errors that say what to fix.
enum JSONBody {
    /// Decodes the body as `T`: 415 for another content type, 413 past the body cap, 400 naming
    /// the field for JSON that does not fit.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: AppContext) async throws -> T {
        let contentType = request.headers[.contentType] ?? ""
        guard contentType.lowercased().hasPrefix("application/json") else {
            throw APIError(
                status: .unsupportedMediaType, code: "unsupported_media_type",
                message: "send the body as JSON with 'Content-Type: application/json'\(contentType.isEmpty ? "" : ", not '\(contentType)'")")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: ServerSettings.maxBodyBytes)
        } catch {
            throw APIError(
                status: .contentTooLarge, code: "content_too_large",
                message: "the request body is larger than \(ServerSettings.maxBodyBytes) bytes")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw APIError.badRequest(describe(error))
        } catch {
            throw APIError.badRequest("the body is not JSON: \(error.localizedDescription)")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            guard !keys.isEmpty else { return "the body" }
            return keys.enumerated().map { index, key in
                key.intValue.map { "[\($0)]" } ?? (index == 0 ? key.stringValue : "." + key.stringValue)
            }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing field '\(path(context.codingPath + [key]))'"
        case .typeMismatch(let type, let context): return "\(path(context.codingPath)) must be \(name(of: type))"
        case .valueNotFound(let type, let context): return "\(path(context.codingPath)) must be \(name(of: type)), not null"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "the body is not valid JSON" : "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "the body does not match the expected shape"
        }
    }

    static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Int64.Type, is Double.Type: return "a number"
        case is [Any].Type: return "an array"
        default: return "an object"
        }
    }

    static func response<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}
