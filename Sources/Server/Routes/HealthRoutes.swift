import Foundation
import Hummingbird
import QueryService
import SemanticModel

/// Liveness, readiness, metrics and the API's description.
struct HealthRoutes {
    let service: AskService
    let metrics: ServerMetrics

    func add(to router: some RouterMethods<AppContext>) {
        router.get("/healthz") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
        }
        router.get("/readyz") { _, _ in
            guard FileManager.default.fileExists(atPath: service.configuration.warehousePath) else {
                throw APIError(status: .serviceUnavailable, code: "not_ready", message: "no warehouse at \(service.configuration.warehousePath)")
            }
            return try JSONBody.response([
                "status": "ready", "warehouse": service.configuration.warehousePath,
                "semantic_model": service.model.name, "log": service.logProblem ?? "ok",
            ])
        }
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(string: metrics.text)))
        }
        router.get("/openapi.yaml") { _, _ in
            try Asset.response("openapi.yaml", contentType: "application/yaml")
        }
    }
}
