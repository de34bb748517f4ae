import Foundation
import Testing

/// The LLM translators through the command line, with no model reachable: nothing a test may
/// depend on is on the network. (The backends themselves are tested against fake servers in
/// LLMTranslationTests.)
@Suite(.serialized) struct LLMCLITests {
    var warehouse: String { get throws { try CLITests.work.appendingPathComponent("w/warehouse.sqlite").path } }

    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not JSON: \(text)")
    }

    /// Port 9 (discard) on loopback: nothing listens there, so a connection is refused at once.
    let nowhere = ["--llm", "openai", "--llm-base-url", "http://127.0.0.1:9/v1", "--llm-model", "test-model"]

    @Test func anUnreachableLLMFailsClearlyAndIsLogged() throws {
        let log = try CLI.temporaryDirectory().appendingPathComponent("log.sqlite").path
        var environment = ProcessInfo.processInfo.environment
        environment["OPENAI_API_KEY"] = "sk-test-not-a-real-key-0123456789"
        let result = try CLI.run(
            ["ask", "--json", "--warehouse", warehouse, "--log", log, "--translator", "llm"] + nowhere
                + ["revenue by country"], environment: environment)
        #expect(result.status == 1)
        let answer = try object(result.stdout)
        #expect(answer["status"] as? String == "failed")
        #expect((answer["message"] as? String)?.contains("127.0.0.1:9") == true, "\(answer["message"] ?? "")")
        #expect(!result.stdout.contains("sk-test") && !result.stderr.contains("sk-test"), "the key leaked")
        let id = try #require(answer["log_id"] as? Int)
        let show = try CLI.run(["logs", "show", String(id), "--log", log]).stdout
        #expect(show.contains("attempt 1") && show.contains("error"), "\(show)")
        #expect(!show.contains("sk-test"))
        let stats = try CLI.run(["logs", "stats", "--log", log]).stdout
        #expect(stats.contains("llm requests") && stats.contains("prompt tokens"))
    }

    @Test func autoAnswersWhatTheRulesKnowAndSaysWhyItCannotAskTheLLM() throws {
        let log = try CLI.temporaryDirectory().appendingPathComponent("log.sqlite").path
        var environment = ProcessInfo.processInfo.environment
        environment["OPENAI_API_KEY"] = "sk-test-not-a-real-key-0123456789"
        let known = try object(
            try CLI.run(
                ["ask", "--json", "--warehouse", warehouse, "--log", log, "--translator", "auto"] + nowhere
                    + ["revenue by country"], environment: environment
            ).stdout)
        #expect(known["status"] as? String == "answered")
        let unknown = try object(
            try CLI.run(
                ["ask", "--json", "--warehouse", warehouse, "--log", log, "--translator", "auto"] + nowhere
                    + ["which bikes do our friends like best on rainy tuesdays"], environment: environment
            ).stdout)
        #expect(unknown["status"] as? String != "answered")
        #expect(unknown["sql"] is NSNull)
    }

    @Test(arguments: [["--translator", "magic"], ["--translator", "llm", "--llm", "carrier-pigeon"]])
    func badLLMSettingsAreNamed(_ options: [String]) throws {
        let result = try CLI.run(["ask", "--json", "--warehouse", warehouse] + options + ["revenue"])
        #expect(result.status == 1)
        let message = try object(result.stdout)["message"] as? String ?? ""
        #expect(message.contains(options.last!), "\(message)")
    }
}
