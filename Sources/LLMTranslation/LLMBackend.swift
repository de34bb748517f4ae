/// The HTTP API shapes the LLM translators speak.
public enum LLMBackend: String, Sendable, Codable, CaseIterable {
    /// `POST {base}/chat/completions` with a bearer key: OpenAI, vLLM, llama.cpp, LM Studio, Ollama's /v1, Groq, ...
    case openai
    /// OpenAI's shape at Azure's URL (`/openai/deployments/{model}/chat/completions?api-version=`) with an `api-key` header.
    case azure
    /// Ollama's native `POST /api/chat`.
    case ollama
    /// Anthropic's Messages API, `POST /v1/messages`.
    case anthropic
}
