import Hummingbird

/// The web pages: chat, dashboard, review. Static files served by this process (no CDN); they
/// call the JSON API, and charts are drawn from the returned rows, never from returned code.
struct PageRoutes {
    func add(to router: some RouterMethods<AppContext>) {
        for (path, file) in [("/", "chat.html"), ("/dashboard", "dashboard.html"), ("/review", "review.html")] {
            router.get(RouterPath(path)) { _, _ in try Asset.response("pages/" + file, contentType: "text/html; charset=utf-8") }
        }
        router.get("/assets/app.js") { _, _ in try Asset.response("pages/app.js", contentType: "text/javascript; charset=utf-8") }
        router.get("/assets/style.css") { _, _ in try Asset.response("pages/style.css", contentType: "text/css; charset=utf-8") }
    }
}
