import ArgumentParser
import Foundation
import QueryService

struct AskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer a business question from the warehouse: the answer, the table, and the SQL behind it.",
        discussion: """
            Exit code 0 when answered or refused (with the reason and suggestions), 1 when the question failed.
            Example: cyclingpro ask "top 5 products by revenue in 2013"
            """)

    @Argument(help: "The question, in plain language.")
    var question: String

    @Flag(help: "Print exactly one JSON object instead of text.")
    var json = false

    @OptionGroup var service: ServiceOptions

    func run() async throws {
        let asker: AskService
        do {
            asker = try service.makeService()
        } catch {
            var failure = Answer.failure(question: String(question.prefix(AskService.maxQuestionCharacters)), message: "\(error)")
            failure.log_id = service.logFailure(question: question, interface: "cli", message: "\(error)")
            if json {
                print(AnswerPrinter.json(failure))
            } else {
                FileHandle.standardError.write(Data("error: \(TerminalText.escape("\(error)"))\n".utf8))
            }
            throw ExitCode(1)
        }
        let answer = await asker.ask(question, interface: "cli", user: ProcessInfo.processInfo.environment["USER"])
        print(json ? AnswerPrinter.json(answer) : AnswerPrinter.render(answer))
        if answer.status == .failed { throw ExitCode(1) }
    }
}
