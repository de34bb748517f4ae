import ArgumentParser
import Foundation
import QueryService
import Translation

struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Ask questions one after another; follow-ups refine the previous one.",
        discussion: """
            Follow-ups: "and by country?", "only 2013", "top 5 instead", "as a share".
            Commands: /sql shows the last SQL, /suggest lists questions to try, /json shows the last answer as JSON, \
            /new forgets the conversation, /quit leaves (or Ctrl-D). Works with piped input too.
            """)

    @OptionGroup var service: ServiceOptions

    @Option(help: "Where line history is kept.")
    var history: String = (ProcessInfo.processInfo.environment["HOME"] ?? ".") + "/.cyclingpro_history"

    func run() async throws {
        let asker = try service.makeService()
        let reader = LineReader(historyPath: history)
        if reader.interactive {
            print("Cycling Pro — ask about customers, products and sales. /suggest for ideas, /quit to leave.")
        }
        var context: ConversationContext?
        var last: Answer?
        while let line = reader.next(prompt: "you> ") {
            let input = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if input.isEmpty { continue }
            switch input.lowercased() {
            case "/quit", "/exit", "quit", "exit", "bye":
                return
            case "/sql":
                print(last?.sql ?? "no SQL yet: ask a question first")
                continue
            case "/json":
                print(last.map { AnswerPrinter.json($0) } ?? "no answer yet")
                continue
            case "/suggest", "/help", "help", "?":
                print("Try:\n" + asker.suggestions.map { "  - \($0)" }.joined(separator: "\n"))
                continue
            case "/new":
                context = nil
                print("(new conversation)")
                continue
            default:
                break
            }
            let answer = await asker.ask(input, context: context, interface: "chat", user: ProcessInfo.processInfo.environment["USER"])
            print(AnswerPrinter.render(answer, showSQL: false))
            print("")
            if answer.status == .answered { context = answer.context ?? context }
            last = answer
        }
    }
}
