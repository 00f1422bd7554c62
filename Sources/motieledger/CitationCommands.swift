import Kamerstuk
import MotieLedger

/// The commands that read citations: refs and normalize.
let citationCommands: [Command] = [refsCommand, normalizeCommand]

let formatTextJSON = DefaultedOption<OutputFormat>.choice(
    "format", short: "f", valueName: "FORMAT", among: [.text, .json], default: .text, help: "Output format: text for people, json for scripts")

/// `refs FILE ...`.
private let refsFiles = ArgumentList<String>(
    "FILE", atLeastOne: false, completes: .files, help: "A document (text, PDF, officielebekendmakingen XML); - or none for standard input")

/// `normalize CITATION ...`.
private let citations = ArgumentList<String>("CITATION", atLeastOne: true, help: "A citation such as \"Kamerstuk 21 501-02, nr. 3236\"")

let refsCommand = Command(
    spec: CommandSpec(
        name: "refs",
        summary: "List every Kamerstuk citation in documents, in document order, with its canonical ID.",
        options: [formatTextJSON, pdfLayoutOption],
        positionals: [refsFiles],
        examples: [
            Example("The citations of a document, each with its line and column", "motieledger refs 2026D03887.txt"),
            Example("As JSON, one object a line, from a PDF whose tables stand in columns",
                    "motieledger refs --format json --pdf-layout jaarverslag.pdf"),
            Example("From standard input", "pdftotext brief.pdf - | motieledger refs"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        let json = arguments[formatTextJSON] == .json
        let names = arguments[refsFiles].isEmpty ? ["-"] : arguments[refsFiles]
        var firstError: CLIError?
        for name in names {
            do throws(CLIError) {
                // The listing is made before a line of it is written: an input that changed while
                // it was read is an error, not a listing of what it held meanwhile.
                let listing = try withInputBytes(name) { bytes throws(CLIError) in
                    // UTF-8 text, the common case, is scanned where it lies, on all cores;
                    // anything else (PDF, XML, another encoding) goes through the input stage.
                    if InputKind.of(Array(bytes.prefix(1 << 16))) == .text,
                       let found = try? CitationScanner.validatedAndPlaced(bytes) {
                        return CitationListing(found, of: bytes, file: name, json: json)
                    }
                    do throws(InputError) {
                        return CitationListing(try SourceDocument.read(Array(bytes), options: readOptions(arguments)), file: name, json: json)
                    } catch {
                        throw inputError(error, in: name)
                    }
                }
                try writeRefs(listing, file: name, terminal: terminal)
            } catch where error.code != .ok {
                terminal.report(error)
                firstError = firstError ?? error
            }
        }
        return firstError?.code ?? .ok
    }
)

/// Prints the citations of one input, text or JSON, after the warnings of those that stay open.
private func writeRefs(_ listing: CitationListing, file name: String, terminal: Terminal) throws(CLIError) {
    for finding in listing.warnings {
        terminal.warn("\(finding.category): \(finding.message)", at: finding.location.map { Place(path: name, $0) } ?? Place(path: name))
    }
    for chunk in listing.chunks { try terminal.output.write(chunk) }
}

let normalizeCommand = Command(
    spec: CommandSpec(
        name: "normalize",
        summary: "Print the canonical ID of each Kamerstuk citation given, in any written form.",
        options: [formatTextJSON],
        positionals: [citations],
        examples: [
            Example("The canonical ID of a citation (prints kst-21501-02-3236)", "motieledger normalize \"Kamerstuk 21 501-02, nr. 3236\""),
            Example("Several at once, as JSON", "motieledger normalize --format json \"Kamerstukken I 2019/20, 35 300, nr. F\" 32735-406"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        let json = arguments[formatTextJSON] == .json
        var unread: [String] = []
        for argument in arguments[citations] {
            let citations = SourceText(argument).citations(mode: .citation)
            for citation in citations {
                if case .unresolved(let note) = citation.match.reading {
                    terminal.warn("\(note.category): \(note.message) (in '\(ReportText.line(argument))')")
                }
                if json {
                    // An ambiguous citation too: its object has no ID and says why in `findings`.
                    try terminal.output.write(JSONValue.lines([CitationJSON.object(citation, file: nil, input: argument)]))
                } else if let id = citation.id {
                    try terminal.output.write(id.canonical + "\n")
                }
            }
            if !citations.contains(where: { $0.id != nil }) { unread.append(argument) }
        }
        guard let last = unread.last else { return .ok }
        try terminal.output.flush()
        for argument in unread.dropLast() {
            terminal.report(CLIError(.dataError, "no Kamerstuk citation in '\(ReportText.line(argument))'"))
        }
        throw CLIError(.dataError, "no Kamerstuk citation in '\(ReportText.line(last))'")
    }
)
