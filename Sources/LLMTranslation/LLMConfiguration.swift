import Foundation
import SemanticModel
import Translation

/// The translator settings of `ask`, `chat` and `serve`, from (strongest first) flags, the
/// environment, an optional JSON config file, and defaults. API keys come only from the
/// environment or a key file, never from a flag (flags show in `ps`), and never print.
public struct LLMConfiguration: Sendable, Equatable, CustomStringConvertible {
    public enum Mode: String, Sendable, CaseIterable { case rules, llm, auto }

    /// The flags as the CLI parsed them (nil when not given): `--translator`, `--llm`,
    /// `--llm-model`, `--llm-base-url`, `--llm-config`, `--prompts`.
    public struct Flags: Sendable {
        public var translator: String?
        public var llm: String?
        public var llmModel: String?
        public var llmBaseURL: String?
        public var llmConfig: String?
        public var prompts: String?

        public init(
            translator: String? = nil, llm: String? = nil, llmModel: String? = nil, llmBaseURL: String? = nil,
            llmConfig: String? = nil, prompts: String? = nil
        ) {
            self.translator = translator
            self.llm = llm
            self.llmModel = llmModel
            self.llmBaseURL = llmBaseURL
            self.llmConfig = llmConfig
            self.prompts = prompts
        }
    }

    public var mode: Mode = .rules
    public var backend: LLMBackend = .openai
    /// nil: the backend's default (`defaultModel`).
    public var model: String?
    /// nil: the backend's environment variable, else its public address.
    public var baseURL: String?
    /// One HTTP request's limit; a hosted model answers a prompt of this size in 2-15 s.
    public var timeoutSeconds: Double = 30
    public var temperature: Double = 0
    public var maxTokens: Int = 1_024
    public var maxRepairs: Int = 2
    public var maxTries: Int = 3
    public var tokenBudget: Int = 8_000
    public var breakerThreshold: Int = 5
    public var breakerCooldownSeconds: Double = 30
    public var promptsDirectory: String = "prompts"
    public var apiKeyFile: String?
    public var azureAPIVersion: String = "2024-10-21"

    public init() {}

    static let numberKeys: Set<String> = [
        "timeout_seconds", "temperature", "max_tokens", "max_repairs", "max_tries", "token_budget",
        "breaker_threshold", "breaker_cooldown_seconds",
    ]

    /// The file keys of the config file (JSON object); the environment's names are `CYCLINGPRO_` + upper case.
    public static let fileKeys = [
        "translator", "llm", "model", "base_url", "timeout_seconds", "temperature", "max_tokens",
        "max_repairs", "max_tries", "token_budget", "breaker_threshold", "breaker_cooldown_seconds",
        "prompts", "api_key_file", "azure_api_version",
    ]

    /// Flags, then `CYCLINGPRO_TRANSLATOR`, `CYCLINGPRO_LLM`, `CYCLINGPRO_LLM_MODEL`,
    /// `CYCLINGPRO_LLM_BASE_URL`, `CYCLINGPRO_LLM_TIMEOUT`, `CYCLINGPRO_LLM_API_KEY_FILE`,
    /// `CYCLINGPRO_PROMPTS`, then the file of `--llm-config` / `CYCLINGPRO_LLM_CONFIG`.
    public static func resolve(flags: Flags, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LLMConfiguration {
        var configuration = LLMConfiguration()
        if let path = flags.llmConfig ?? environment["CYCLINGPRO_LLM_CONFIG"] {
            try configuration.apply(file: path)
        }
        func pick(_ flag: String?, _ variable: String) -> (String, String)? {
            if let flag { return (flag, "the flag") }
            if let value = environment[variable], !value.isEmpty { return (value, variable) }
            return nil
        }
        if let (value, source) = pick(flags.translator, "CYCLINGPRO_TRANSLATOR") {
            configuration.mode = try parseMode(value, source: source == "the flag" ? "--translator" : source)
        }
        if let (value, source) = pick(flags.llm, "CYCLINGPRO_LLM") {
            configuration.backend = try parseBackend(value, source: source == "the flag" ? "--llm" : source)
        }
        if let (value, _) = pick(flags.llmModel, "CYCLINGPRO_LLM_MODEL") { configuration.model = value }
        if let (value, _) = pick(flags.llmBaseURL, "CYCLINGPRO_LLM_BASE_URL") { configuration.baseURL = value }
        if let (value, _) = pick(flags.prompts, "CYCLINGPRO_PROMPTS") { configuration.promptsDirectory = value }
        if let value = environment["CYCLINGPRO_LLM_API_KEY_FILE"], !value.isEmpty { configuration.apiKeyFile = value }
        if let value = environment["CYCLINGPRO_LLM_TIMEOUT"], !value.isEmpty {
            guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
                throw LLMError.configuration("CYCLINGPRO_LLM_TIMEOUT must be a positive number of seconds, not '\(value)'")
            }
            configuration.timeoutSeconds = seconds
        }
        return configuration
    }

    static func parseMode(_ value: String, source: String) throws -> Mode {
        guard let mode = Mode(rawValue: value.lowercased()) else {
            throw LLMError.configuration("\(source) '\(value)' is not a translator; use one of \(Mode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return mode
    }

    static func parseBackend(_ value: String, source: String) throws -> LLMBackend {
        guard let backend = LLMBackend(rawValue: value.lowercased()) else {
            throw LLMError.configuration("\(source) '\(value)' is not an LLM backend; use one of \(LLMBackend.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return backend
    }

    /// Reads the JSON config file. Unknown keys and keys holding a secret are errors naming them.
    mutating func apply(file path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LLMError.configuration("the LLM config file \(path) cannot be read")
        }
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw LLMError.configuration("the LLM config file \(path) is not a JSON object")
        }
        if object["api_key"] != nil {
            throw LLMError.configuration("the LLM config file \(path) holds 'api_key': keep keys out of config files; set the backend's environment variable or 'api_key_file'")
        }
        let unknown = Set(object.keys).subtracting(Self.fileKeys)
        if !unknown.isEmpty {
            throw LLMError.configuration("the LLM config file \(path) has unknown keys \(unknown.sorted().joined(separator: ", ")); known: \(Self.fileKeys.joined(separator: ", "))")
        }
        func string(_ key: String) throws -> String? {
            guard let value = object[key] else { return nil }
            guard let text = value as? String else { throw LLMError.configuration("the LLM config file \(path): '\(key)' must be text") }
            return text
        }
        // Numbers are read by JSONDecoder: JSONSerialization's NSNumber cannot tell 1 from true on Linux.
        let numbers = try? JSONDecoder().decode(
            [String: Double].self,
            from: JSONSerialization.data(
                withJSONObject: object.filter { Self.numberKeys.contains($0.key) }))
        func number(_ key: String) throws -> Double? {
            guard object[key] != nil else { return nil }
            guard let value = numbers?[key], value.isFinite, value >= 0 else {
                throw LLMError.configuration("the LLM config file \(path): '\(key)' must be a number of zero or more")
            }
            return value
        }
        if let value = try string("translator") { mode = try Self.parseMode(value, source: "\(path): translator") }
        if let value = try string("llm") { backend = try Self.parseBackend(value, source: "\(path): llm") }
        if let value = try string("model") { model = value }
        if let value = try string("base_url") { baseURL = value }
        if let value = try string("prompts") { promptsDirectory = value }
        if let value = try string("api_key_file") { apiKeyFile = value }
        if let value = try string("azure_api_version") { azureAPIVersion = value }
        if let value = try number("timeout_seconds") {
            guard value > 0 else { throw LLMError.configuration("the LLM config file \(path): 'timeout_seconds' must be more than 0") }
            timeoutSeconds = value
        }
        if let value = try number("temperature") { temperature = value }
        if let value = try number("max_tokens") { maxTokens = max(1, Int(value)) }
        if let value = try number("max_repairs") { maxRepairs = Int(value) }
        if let value = try number("max_tries") { maxTries = max(1, Int(value)) }
        if let value = try number("token_budget") { tokenBudget = Int(value) }
        if let value = try number("breaker_threshold") { breakerThreshold = max(1, Int(value)) }
        if let value = try number("breaker_cooldown_seconds") { breakerCooldownSeconds = value }
    }

    /// How long the service should let one LLM translation take, repairs included (retries
    /// aside): the query's own time limit (5 s by default) is too short for a model.
    public var translationBudgetSeconds: Double { timeoutSeconds * Double(1 + maxRepairs) }

    /// The model asked when none is configured. Azure names deployments, so it has none.
    public var defaultModel: String? {
        switch backend {
        case .openai: return "gpt-4o-mini"
        case .azure: return nil
        case .ollama: return "llama3.1"
        case .anthropic: return "claude-3-5-haiku-latest"
        }
    }

    /// The variable holding the backend's key.
    public var keyVariable: String {
        switch backend {
        case .openai: return "OPENAI_API_KEY"
        case .azure: return "AZURE_OPENAI_API_KEY"
        case .ollama: return "OLLAMA_API_KEY"
        case .anthropic: return "ANTHROPIC_API_KEY"
        }
    }

    /// The base URL: configured, else the backend's own variable, else its public address.
    public func resolvedBaseURL(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        let text: String
        if let baseURL, !baseURL.isEmpty {
            text = baseURL
        } else {
            switch backend {
            case .openai: text = environment["OPENAI_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "https://api.openai.com/v1"
            case .azure:
                guard let endpoint = environment["AZURE_OPENAI_ENDPOINT"], !endpoint.isEmpty else {
                    throw LLMError.configuration("the azure backend needs its endpoint: --llm-base-url https://RESOURCE.openai.azure.com or AZURE_OPENAI_ENDPOINT")
                }
                text = endpoint
            case .ollama: text = Self.ollamaHost(environment["OLLAMA_HOST"])
            case .anthropic: text = environment["ANTHROPIC_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "https://api.anthropic.com"
            }
        }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else {
            throw LLMError.configuration("the LLM base URL '\(text)' must be an http:// or https:// URL with a host, e.g. http://127.0.0.1:11434")
        }
        return url
    }

    /// OLLAMA_HOST as Ollama reads it: `host`, `host:port`, `:port` or a URL; 0.0.0.0 (listen
    /// everywhere) is reached on loopback; the port defaults to 11434.
    static func ollamaHost(_ value: String?) -> String {
        guard var text = value?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return "http://127.0.0.1:11434" }
        var scheme = "http"
        if let range = text.range(of: "://") {
            scheme = String(text[..<range.lowerBound])
            text = String(text[range.upperBound...])
        }
        while text.hasSuffix("/") { text.removeLast() }
        var host = text
        var port = scheme == "https" ? "443" : "11434"
        if let colon = text.lastIndex(of: ":"), !text.hasSuffix("]") {
            host = String(text[..<colon])
            port = String(text[text.index(after: colon)...])
        }
        if host.isEmpty || host == "0.0.0.0" { host = "127.0.0.1" }
        if host == "[::]" { host = "[::1]" }
        return "\(scheme)://\(host):\(port)"
    }

    /// The key, from `api_key_file` when set, else the backend's variable (Azure also takes
    /// OPENAI_API_KEY). A backend on this machine (loopback) may go without; others may not.
    public func apiKey(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LLMAPIKey? {
        if let apiKeyFile {
            guard let text = try? String(contentsOfFile: apiKeyFile, encoding: .utf8),
                !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            else {
                throw LLMError.configuration("the API key file \(apiKeyFile) cannot be read or is empty")
            }
            return LLMAPIKey(text, source: apiKeyFile)
        }
        var variables = [keyVariable]
        if backend == .azure { variables.append("OPENAI_API_KEY") }
        for variable in variables {
            if let value = environment[variable], !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                return LLMAPIKey(value, source: variable)
            }
        }
        let host = (try? resolvedBaseURL(environment: environment))?.host?.lowercased() ?? ""
        let local = ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host)
        if backend == .ollama || local { return nil }
        throw LLMError.missingKey(backend: backend.rawValue, variable: keyVariable)
    }

    /// The HTTP client for these settings. Build it once per process and reuse it (the circuit
    /// breaker's memory lives in it).
    public func makeClient(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        retry: RetryPolicy? = nil, breaker: CircuitBreaker? = nil
    ) throws -> HTTPLLMClient {
        guard let model = model ?? defaultModel, !model.isEmpty else {
            throw LLMError.configuration("the \(backend.rawValue) backend needs a model: --llm-model NAME (for Azure, the deployment name)")
        }
        return try HTTPLLMClient(
            backend: backend, baseURL: try resolvedBaseURL(environment: environment), model: model,
            apiKey: try apiKey(environment: environment), timeout: timeoutSeconds,
            retry: retry ?? RetryPolicy(maxTries: maxTries),
            breaker: breaker ?? CircuitBreaker(threshold: breakerThreshold, cooldown: breakerCooldownSeconds),
            azureAPIVersion: azureAPIVersion)
    }

    /// The LLM translator over `client`, with the prompts of `promptsDirectory`.
    public func makeLLMTranslator(
        model semanticModel: SemanticModel, client: any LLMClient, check: @escaping SQLCheck.Checker,
        onAttempts: (@Sendable (String, [LLMAttempt]) -> Void)? = nil
    ) throws -> LLMTranslator {
        let prompts = PromptBuilder(
            templates: try PromptTemplates.load(directory: promptsDirectory), model: semanticModel,
            tokenBudget: tokenBudget)
        return LLMTranslator(
            client: client, prompts: prompts, check: check, maxRepairs: maxRepairs, temperature: temperature,
            maxTokens: maxTokens, onAttempts: onAttempts)
    }

    /// The translator of `mode`: the rules, the LLM, or the rules then the LLM.
    public func makeTranslator(
        model semanticModel: SemanticModel, rules: any Translator, client: @autoclosure () throws -> any LLMClient,
        check: @escaping SQLCheck.Checker,
        onAttempts: (@Sendable (String, [LLMAttempt]) -> Void)? = nil
    ) throws -> any Translator {
        switch mode {
        case .rules: return rules
        case .llm: return try makeLLMTranslator(model: semanticModel, client: try client(), check: check, onAttempts: onAttempts)
        case .auto:
            return AutoTranslator(
                rules: rules,
                llm: try makeLLMTranslator(
                    model: semanticModel, client: try client(), check: check,
                    onAttempts: onAttempts))
        }
    }

    /// For logs and `--help`-style output: never the key.
    public var description: String {
        var parts = ["translator=\(mode.rawValue)"]
        if mode != .rules {
            parts += [
                "llm=\(backend.rawValue)", "model=\(model ?? defaultModel ?? "(none)")", "base_url=\(baseURL.map { URL(string: $0).map(HTTPLLMClient.shown) ?? $0 } ?? "(from environment/default)")",
                "timeout=\(LLMError.format(timeoutSeconds))s", "temperature=\(temperature)", "prompts=\(promptsDirectory)",
            ]
            if let apiKeyFile { parts.append("api_key_file=\(apiKeyFile)") }
        }
        return parts.joined(separator: " ")
    }
}
