import Foundation

/// The prompt templates of `prompts/`, read once at start-up so a missing file is found before
/// the first question, not during it.
public struct PromptTemplates: Sendable {
    public static let fileNames = ["translate.md", "semantic-model.md", "examples.md", "question.md", "follow-up.md", "repair.md"]

    public var system: String
    public var semanticModel: String
    public var examples: String
    public var question: String
    public var followUp: String
    public var repair: String

    public init(system: String, semanticModel: String, examples: String, question: String, followUp: String, repair: String) {
        self.system = system
        self.semanticModel = semanticModel
        self.examples = examples
        self.question = question
        self.followUp = followUp
        self.repair = repair
    }

    /// Reads every template from `directory`; the error names the file that is missing.
    public static func load(directory: String) throws -> PromptTemplates {
        var texts: [String: String] = [:]
        for name in fileNames {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw LLMError.configuration("the prompt template \(path) cannot be read; point --prompts (or CYCLINGPRO_PROMPTS) at the project's prompts/ folder")
            }
            texts[name] = text
        }
        return PromptTemplates(
            system: texts["translate.md"]!, semanticModel: texts["semantic-model.md"]!,
            examples: texts["examples.md"]!, question: texts["question.md"]!,
            followUp: texts["follow-up.md"]!, repair: texts["repair.md"]!)
    }

    /// Fills `{{name}}` placeholders. A placeholder without a value, or a value without a
    /// placeholder, is an error naming the template: a typo must fail loudly, not reach a model.
    public static func render(_ template: String, named name: String, values: [String: String]) throws -> String {
        var output = ""
        var used: Set<String> = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            output += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else {
                throw LLMError.configuration("the prompt template \(name) has '{{' without '}}'")
            }
            let key = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard let value = values[key] else {
                throw LLMError.configuration("the prompt template \(name) uses {{\(key)}}, which has no value; known: \(values.keys.sorted().joined(separator: ", "))")
            }
            output += value
            used.insert(key)
            rest = afterOpen[close.upperBound...]
        }
        output += rest
        let unused = Set(values.keys).subtracting(used)
        if !unused.isEmpty {
            throw LLMError.configuration("the prompt template \(name) lacks {{\(unused.sorted().joined(separator: "}}, {{"))}}")
        }
        return output
    }
}
