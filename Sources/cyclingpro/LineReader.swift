import CReadline
import Foundation

/// Reads chat input: GNU readline (line editing, history saved between sessions) on a terminal,
/// plain lines when input is piped, so the chat can be scripted and tested.
final class LineReader {
    let interactive: Bool
    let historyPath: String

    init(historyPath: String) {
        interactive = isatty(0) != 0
        self.historyPath = historyPath
        if interactive { read_history(historyPath) }
    }

    func next(prompt: String) -> String? {
        guard interactive else { return readLine() }
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(raw)
            write_history(historyPath)
        }
        return line
    }
}
