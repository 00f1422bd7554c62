import Kamerstuk
import MotieLedger

/// The commands that read citations: refs and normalize.
let citationCommands: [Command] = [refsCommand, normalizeCommand]

let formatTextJSON = OptionSpec.value("format", short: "f", valueName: "FORMAT", kind: .choice(["text", "json"]),
                                      default: "text", help: "Output format: text for people, json for scripts")

let refsCommand = Command(
    spec: CommandSpec(
        name: "refs",
        summary: "List every Kamerstuk citation in documents, in document order, with its canonical ID.",
        options: [formatTextJSON],
        positionals: [PositionalSpec("FILE", arity: .zeroOrMore, help: "A UTF-8 text document; - or none for standard input")]
    ),
    run: { arguments, terminal throws(CLIError) in
        let json = arguments.value("format") == "json"
        let names = arguments.positionals("FILE").isEmpty ? ["-"] : arguments.positionals("FILE")
        var firstError: CLIError?
        for name in names {
            let document: InputDocument
            do throws(CLIError) {
                document = try readDocument(name)
            } catch {
                terminal.report(error)
                firstError = firstError ?? error
                continue
            }
            for citation in document.text.citations() {
                if case .unresolved(let category, let message) = citation.match.reading {
                    terminal.warn("\(category): \(message)", at: Place(path: name, citation.location))
                }
                if json {
                    var line = citationJSON(citation, file: name).encoded(canonical: false)
                    line.append(0x0A)
                    try terminal.output.write(line)
                } else if let id = citation.id {
                    try terminal.output.write("\(name):\(citation.location.line):\(citation.location.column): \(id.canonical)  \(oneLine(citation.raw))\n")
                }
            }
        }
        return firstError?.code ?? .ok
    }
)

let normalizeCommand = Command(
    spec: CommandSpec(
        name: "normalize",
        summary: "Print the canonical ID of each Kamerstuk citation given, in any written form.",
        options: [formatTextJSON],
        positionals: [PositionalSpec("CITATION", arity: .oneOrMore, help: "A citation such as \"Kamerstuk 21 501-02, nr. 3236\"")]
    ),
    run: { arguments, terminal throws(CLIError) in
        let json = arguments.value("format") == "json"
        var unread: [String] = []
        for argument in arguments.positionals("CITATION") {
            let citations = SourceText(argument).citations(mode: .citation)
            for citation in citations {
                if case .unresolved(let category, let message) = citation.match.reading {
                    terminal.warn("\(category): \(message) (in '\(oneLine(argument))')")
                } else if json {
                    var line = citationJSON(citation, file: nil).encoded(canonical: false)
                    line.append(0x0A)
                    try terminal.output.write(line)
                } else if let id = citation.id {
                    try terminal.output.write(id.canonical + "\n")
                }
            }
            if !citations.contains(where: { $0.id != nil }) { unread.append(argument) }
        }
        guard unread.isEmpty else {
            try terminal.output.flush()
            for argument in unread.dropLast() {
                terminal.report(CLIError(.dataError, "no Kamerstuk citation in '\(oneLine(argument))'"))
            }
            throw CLIError(.dataError, "no Kamerstuk citation in '\(oneLine(unread.last!))'")
        }
        return .ok
    }
)

/// A citation as one JSON object: the fields of the contract first, then what else is known.
func citationJSON(_ citation: Citation, file: String?) -> JSONValue {
    let match = citation.match
    var members: [(String, JSONValue)] = []
    if let file { members.append(("file", .string(file))) }
    members += [
        ("line", .int(Int64(citation.location.line))),
        ("column", .int(Int64(citation.location.column))),
        ("id", citation.id.map { .string($0.canonical) } ?? .null),
        ("dossier", .string(match.dossier)),
        ("toevoeging", citation.id?.toevoeging.map { .string($0) } ?? .null),
        ("number", citation.id.map { .string($0.number) } ?? .null),
        ("raw", .string(citation.raw)),
        ("chamber", match.chamber.map { .string($0.rawValue) } ?? .null),
        ("session", match.session.map { .string($0) } ?? .null),
        ("page", match.page.map { .string($0) } ?? .null),
        ("rijkswet", match.rijkswet.map { .string($0) } ?? .null),
        ("url", citation.id.map { .string($0.url) } ?? .null),
    ]
    var findings: [JSONValue] = []
    if case .unresolved(let category, let message) = match.reading {
        findings.append(.object([("category", .string(category.rawValue)), ("message", .string(message))]))
    }
    members.append(("findings", .array(findings)))
    return .object(members)
}

/// Text on one line: every run of white space that holds a line break becomes one space.
func oneLine(_ text: String) -> String {
    var result = ""
    var pendingBreak = false
    for character in text {
        if character.isNewline {
            pendingBreak = true
        } else if pendingBreak && character.isWhitespace {
            continue
        } else {
            if pendingBreak, !(result.last?.isWhitespace ?? true) { result.append(" ") }
            pendingBreak = false
            result.append(character)
        }
    }
    return result
}
