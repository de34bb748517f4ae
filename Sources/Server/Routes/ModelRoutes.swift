import Hummingbird
import QueryService
import Translation

/// The semantic model as JSON, and questions worth asking.
struct ModelRoutes {
    let service: AskService

    func add(to router: some RouterMethods<AppContext>) {
        router.get("/v1/semantic-model") { _, _ in
            try JSONBody.response(service.model)
        }
        router.get("/v1/suggestions") { _, _ in
            // The verified queries marked as onboarding questions first, then the translator's own.
            try JSONBody.response(["suggestions": service.suggestions])
        }
    }
}
