import Foundation
import Testing
import Translation

@testable import LLMTranslation

/// Flags, environment variables and the config file, as the CLI will pass them.
@Suite struct ConfigurationTests {
    typealias Flags = LLMConfiguration.Flags

    @Test func defaultsAreTheRulesAndTemperatureZero() throws {
        let configuration = try LLMConfiguration.resolve(flags: Flags(), environment: [:])
        #expect(configuration.mode == .rules)
        #expect(configuration.temperature == 0)
        #expect(configuration.description == "translator=rules")
    }

    @Test func flagsBeatTheEnvironment() throws {
        let configuration = try LLMConfiguration.resolve(
            flags: Flags(translator: "auto", llm: "ollama", llmModel: "qwen2.5-coder"),
            environment: [
                "CYCLINGPRO_TRANSLATOR": "llm", "CYCLINGPRO_LLM": "anthropic", "CYCLINGPRO_LLM_MODEL": "x",
                "CYCLINGPRO_LLM_BASE_URL": "http://10.0.0.2:11434",
            ])
        #expect(configuration.mode == .auto && configuration.backend == .ollama && configuration.model == "qwen2.5-coder")
        #expect(configuration.baseURL == "http://10.0.0.2:11434")
    }

    @Test func unknownValuesNameTheFlagAndTheChoices() {
        #expect(throws: LLMError.configuration("--translator 'gpt' is not a translator; use one of rules, llm, auto")) {
            try LLMConfiguration.resolve(flags: Flags(translator: "gpt"), environment: [:])
        }
        #expect(throws: LLMError.configuration("CYCLINGPRO_LLM 'openia' is not an LLM backend; use one of openai, azure, ollama, anthropic")) {
            try LLMConfiguration.resolve(flags: Flags(), environment: ["CYCLINGPRO_LLM": "openia"])
        }
    }

    @Test func theBackendsOwnVariablesAreHonoured() throws {
        var configuration = LLMConfiguration()
        configuration.backend = .openai
        let env = [
            "OPENAI_BASE_URL": "https://api.groq.com/openai/v1", "OPENAI_API_KEY": "sk-o",
            "ANTHROPIC_BASE_URL": "https://proxy.example/anthropic", "ANTHROPIC_API_KEY": "sk-a", "OLLAMA_HOST": "0.0.0.0:11500",
        ]
        #expect(try configuration.makeClient(environment: env).endpoint.absoluteString == "https://api.groq.com/openai/v1/chat/completions")
        #expect(try configuration.apiKey(environment: env) == LLMAPIKey("sk-o", source: "OPENAI_API_KEY"))
        configuration.backend = .anthropic
        #expect(try configuration.makeClient(environment: env).endpoint.absoluteString == "https://proxy.example/anthropic/v1/messages")
        #expect(try configuration.apiKey(environment: env)?.source == "ANTHROPIC_API_KEY")
        configuration.backend = .ollama
        #expect(try configuration.makeClient(environment: env).endpoint.absoluteString == "http://127.0.0.1:11500/api/chat")
        #expect(try configuration.apiKey(environment: env) == nil)
        configuration.backend = .openai
        #expect(try configuration.makeClient(environment: ["OPENAI_API_KEY": "k"]).endpoint.absoluteString == "https://api.openai.com/v1/chat/completions")
        #expect(throws: LLMError.missingKey(backend: "openai", variable: "OPENAI_API_KEY")) { try configuration.makeClient(environment: [:]) }
    }

    @Test func ollamaHostForms() {
        #expect(LLMConfiguration.ollamaHost(nil) == "http://127.0.0.1:11434")
        #expect(LLMConfiguration.ollamaHost("gpu-box") == "http://gpu-box:11434")
        #expect(LLMConfiguration.ollamaHost("0.0.0.0") == "http://127.0.0.1:11434")
        #expect(LLMConfiguration.ollamaHost("https://ollama.example/") == "https://ollama.example:443")
        #expect(LLMConfiguration.ollamaHost(":9999") == "http://127.0.0.1:9999")
    }

    @Test func aHostedBackendWithoutAKeyIsRefusedWithTheVariable() {
        var configuration = LLMConfiguration()
        configuration.backend = .anthropic
        #expect(throws: LLMError.missingKey(backend: "anthropic", variable: "ANTHROPIC_API_KEY")) {
            try configuration.makeClient(environment: [:])
        }
        // A server on this machine (llama.cpp, vLLM) needs none.
        configuration.backend = .openai
        configuration.baseURL = "http://127.0.0.1:8080"
        #expect(throws: Never.self) { try configuration.makeClient(environment: [:]) }
        configuration.backend = .azure
        configuration.baseURL = "https://res.openai.azure.com"
        #expect(throws: LLMError.configuration("the azure backend needs a model: --llm-model NAME (for Azure, the deployment name)")) {
            try configuration.makeClient(environment: ["AZURE_OPENAI_API_KEY": "k"])
        }
    }

    @Test func theConfigFileKeyFileAndTheirMistakes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("llm-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let keyFile = dir.appendingPathComponent("key").path
        try "sk-from-file\n".write(toFile: keyFile, atomically: true, encoding: .utf8)
        let file = dir.appendingPathComponent("llm.json").path
        try """
        {"translator": "llm", "llm": "anthropic", "model": "claude-x", "timeout_seconds": 12.5, "max_repairs": 1,
         "api_key_file": "\(keyFile)", "prompts": "/opt/prompts"}
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let configuration = try LLMConfiguration.resolve(flags: Flags(llmConfig: file), environment: ["ANTHROPIC_API_KEY": "sk-env"])
        #expect(configuration.mode == .llm && configuration.backend == .anthropic && configuration.model == "claude-x")
        #expect(configuration.timeoutSeconds == 12.5 && configuration.maxRepairs == 1 && configuration.promptsDirectory == "/opt/prompts")
        let key = try #require(try configuration.apiKey(environment: ["ANTHROPIC_API_KEY": "sk-env"]))
        #expect(key.value == "sk-from-file")
        #expect(!configuration.description.contains("sk-"))
        #expect(!"\(key)".contains("sk-"))

        try #"{"llm": "openai", "api_key": "sk-oops"}"#.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: LLMError.self) { try LLMConfiguration.resolve(flags: Flags(llmConfig: file), environment: [:]) }
        try #"{"max_tries": true}"#.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: LLMError.configuration("the LLM config file \(file): 'max_tries' must be a number of zero or more")) {
            try LLMConfiguration.resolve(flags: Flags(llmConfig: file), environment: [:])
        }
        try #"{"modle": "x"}"#.write(toFile: file, atomically: true, encoding: .utf8)
        do {
            _ = try LLMConfiguration.resolve(flags: Flags(), environment: ["CYCLINGPRO_LLM_CONFIG": file])
            Issue.record("an unknown key should be refused")
        } catch {
            #expect("\(error)".contains("has unknown keys modle"))
        }
    }

    @Test func makeTranslatorBuildsEachMode() throws {
        var configuration = LLMConfiguration()
        configuration.promptsDirectory = Fixtures.root + "/prompts"
        let rules = StubRules(answers: [:])
        let client = InMemoryLLMClient(replies: [])
        for (mode, name) in [(LLMConfiguration.Mode.rules, "rules"), (.llm, "llm:memory"), (.auto, "auto")] {
            configuration.mode = mode
            let translator = try configuration.makeTranslator(model: Fixtures.model, rules: rules, client: client, check: Fixtures.guardCheck)
            #expect(translator.name == name)
        }
    }
}
