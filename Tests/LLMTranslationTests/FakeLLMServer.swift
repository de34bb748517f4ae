import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1 (an OS-chosen port) that answers from a script and
/// records every request, for testing the LLM clients over real sockets: canned completions,
/// delays, 429 with Retry-After, 500s, malformed bodies, dropped and hanging connections.
/// POSIX sockets and a thread per connection: no dependency, and faults HTTP libraries would
/// not let a server make.
final class FakeLLMServer: @unchecked Sendable {
    struct Request: Sendable {
        var method: String
        /// Path and query, as sent.
        var target: String
        /// Header names lower-cased.
        var headers: [String: String]
        var body: Data
        var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
        var path: String { String(target.split(separator: "?", maxSplits: 1).first ?? "") }
        var query: String? { target.split(separator: "?", maxSplits: 1).dropFirst().first.map(String.init) }
    }

    enum Reply: Sendable {
        case respond(status: Int, headers: [String: String] = [:], body: String)
        /// Waits (on the server's thread), then replies.
        indirect case delayed(Double, Reply)
        /// Reads the request and closes the connection without a word.
        case drop
        /// Reads the request and never answers (until the server stops).
        case hang
        /// Bytes written as they are, for broken HTTP.
        case raw(String)

        static func json(_ body: String, status: Int = 200, headers: [String: String] = [:]) -> Reply {
            .respond(status: status, headers: headers, body: body)
        }
    }

    let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var script: [Reply]
    private var recorded: [Request] = []
    private var openConnections: Set<Int32> = []
    private var stopped = false
    private var waiters: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []

    init(_ replies: [Reply]) throws {
        script = replies
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        listener = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }
    var requests: [Request] { lock.withLock { recorded } }

    /// Returns once `count` requests have arrived: tests wait for the state, not for time.
    func waitForRequests(_ count: Int) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready = lock.withLock { () -> Bool in
                if recorded.count >= count { return true }
                waiters.append((count, continuation))
                return false
            }
            if ready { continuation.resume() }
        }
    }

    /// Closes the listener and every open connection (hanging ones included).
    func stop() {
        let fds: [Int32] = lock.withLock {
            if stopped { return [] }
            stopped = true
            return Array(openConnections) + [listener]
        }
        for fd in fds {
            shutdown(fd, Int32(SHUT_RDWR))
            close(fd)
        }
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if lock.withLock({ stopped }) { return }
                if errno == EINTR { continue }
                return
            }
            let accepted = lock.withLock { () -> Bool in
                if stopped { return false }
                openConnections.insert(connection)
                return true
            }
            guard accepted else { close(connection); return }
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func finish(_ fd: Int32) {
        let mine = lock.withLock { openConnections.remove(fd) != nil }
        if mine {
            shutdown(fd, Int32(SHUT_RDWR))
            close(fd)
        }
    }

    private func serve(_ fd: Int32) {
        guard let request = readRequest(fd) else { finish(fd); return }
        let (reply, woken): (Reply, [CheckedContinuation<Void, Never>]) = lock.withLock {
            recorded.append(request)
            let woken = waiters.filter { $0.count <= recorded.count }.map(\.continuation)
            waiters.removeAll { $0.count <= recorded.count }
            return (script.count > 1 ? script.removeFirst() : (script.first ?? .respond(status: 500, body: "no reply scripted")), woken)
        }
        woken.forEach { $0.resume() }
        answer(reply, on: fd)
    }

    private func answer(_ reply: Reply, on fd: Int32) {
        switch reply {
        case .respond(let status, let headers, let body):
            var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n"
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            write(fd, head + "\r\n" + body)
            finish(fd)
        case .delayed(let seconds, let next):
            Thread.sleep(forTimeInterval: seconds)
            answer(next, on: fd)
        case .drop:
            finish(fd)
        case .hang:
            // The connection stays open until stop() closes it.
            break
        case .raw(let text):
            write(fd, text)
            finish(fd)
        }
    }

    private func write(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            sent += n
        }
    }

    /// Reads the head and a Content-Length body; answers `Expect: 100-continue`.
    private func readRequest(_ fd: Int32) -> Request? {
        var buffer = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let separator: [UInt8] = [13, 10, 13, 10]
        var headEnd: Int?
        while headEnd == nil {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n <= 0 { return nil }
            buffer += chunk[0..<n]
            if buffer.count >= 4 {
                for i in 0...(buffer.count - 4) where Array(buffer[i..<(i + 4)]) == separator { headEnd = i; break }
            }
        }
        let head = String(decoding: buffer[0..<headEnd!], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(buffer[(headEnd! + 4)...])
        let length = Int(headers["content-length"] ?? "0") ?? 0
        if headers["expect"]?.lowercased() == "100-continue" && body.count < length {
            write(fd, "HTTP/1.1 100 Continue\r\n\r\n")
        }
        while body.count < length {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n <= 0 { return nil }
            body += chunk[0..<n]
        }
        return Request(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: Data(body))
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 404: return "Not Found"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 529: return "Overloaded"
        default: return "Status"
        }
    }
}
