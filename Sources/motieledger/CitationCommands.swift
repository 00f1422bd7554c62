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
        var line: [UInt8] = []
        for name in names {
            let bytes: [UInt8]
            do throws(CLIError) {
                bytes = try readText(name)
            } catch {
                terminal.report(error)
                firstError = firstError ?? error
                continue
            }
            let found = bytes.withUnsafeBufferPointer { CitationScanner.placed($0) }
            for placed in found {
                if case .unresolved(let category, let message) = placed.match.reading {
                    terminal.warn("\(category): \(message)", at: Place(path: name, placed.location))
                }
                line.removeAll(keepingCapacity: true)
                if json {
                    let raw = String(decoding: bytes[placed.match.range], as: UTF8.self)
                    citationJSON(Citation(match: placed.match, location: placed.location, raw: raw), file: name)
                        .encode(into: &line, canonical: false)
                } else if let id = placed.match.id {
                    // `FILE:LINE:COLUMN: ID  RAW`, written byte by byte: this is the hot path of large inputs.
                    line.append(contentsOf: name.utf8)
                    line.append(UInt8(ascii: ":"))
                    appendDecimal(placed.location.line, to: &line)
                    line.append(UInt8(ascii: ":"))
                    appendDecimal(placed.location.column, to: &line)
                    line.append(contentsOf: ": ".utf8)
                    id.appendCanonical(to: &line)
                    line.append(contentsOf: "  ".utf8)
                    appendOneLine(bytes[placed.match.range], to: &line)
                } else {
                    continue
                }
                line.append(0x0A)
                try terminal.output.write(line)
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
    var bytes: [UInt8] = []
    appendOneLine(ArraySlice(text.utf8), to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
}

/// Appends `text` with every run of white space that holds a line break made one space.
func appendOneLine(_ text: ArraySlice<UInt8>, to output: inout [UInt8]) {
    var runStart: Int?
    var runHasBreak = false
    for i in text.indices {
        let b = text[i]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
            if runStart == nil { runStart = i }
            if b != 0x20 && b != 0x09 { runHasBreak = true }
            continue
        }
        if let start = runStart {
            if runHasBreak { output.append(0x20) } else { output.append(contentsOf: text[start..<i]) }
            runStart = nil
            runHasBreak = false
        }
        output.append(b)
    }
    if let start = runStart, !runHasBreak { output.append(contentsOf: text[start...]) }
}

/// Appends a non-negative number in decimal.
func appendDecimal(_ value: Int, to output: inout [UInt8]) {
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var n = value
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
        repeat {
            buffer[19 - count] = UInt8(ascii: "0") + UInt8(n % 10)
            n /= 10
            count += 1
        } while n > 0
        output.append(contentsOf: buffer[(20 - count)...])
    }
}
