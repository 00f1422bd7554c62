import Dispatch
import Kamerstuk
import MotieLedger
import Synchronization

/// The commands that read citations: refs and normalize.
let citationCommands: [Command] = [refsCommand, normalizeCommand]

let formatTextJSON = DefaultedOption<OutputFormat>.choice(
    "format", short: "f", valueName: "FORMAT", among: [.text, .json], default: .text, help: "Output format: text for people, json for scripts")

/// `refs FILE ...`.
private let refsFiles = ArgumentList<String>(
    "FILE", atLeastOne: false, help: "A document (text, PDF, officielebekendmakingen XML); - or none for standard input")

/// `normalize CITATION ...`.
private let citations = ArgumentList<String>("CITATION", atLeastOne: true, help: "A citation such as \"Kamerstuk 21 501-02, nr. 3236\"")

let refsCommand = Command(
    spec: CommandSpec(
        name: "refs",
        summary: "List every Kamerstuk citation in documents, in document order, with its canonical ID.",
        options: [formatTextJSON, pdfLayoutOption],
        positionals: [refsFiles]
    ),
    run: { arguments, terminal throws(CLIError) in
        let json = arguments[formatTextJSON] == .json
        let names = arguments[refsFiles].isEmpty ? ["-"] : arguments[refsFiles]
        var firstError: CLIError?
        for name in names {
            do throws(CLIError) {
                try InputBytes.open(name).withBytes { bytes throws(CLIError) in
                    // UTF-8 text, the common case, is scanned where it lies, on all cores;
                    // anything else (PDF, XML, another encoding) goes through the input stage.
                    if InputKind.of(Array(bytes.prefix(1 << 16))) == .text,
                       let found = try? CitationScanner.validatedAndPlaced(bytes) {
                        try writeRefs(found, of: bytes, file: name, json: json, terminal: terminal)
                        return
                    }
                    let document: SourceDocument
                    do throws(InputError) {
                        document = try SourceDocument.read(Array(bytes), options: readOptions(arguments))
                    } catch {
                        throw inputError(error, in: name)
                    }
                    try writeRefs(of: document, file: name, json: json, terminal: terminal)
                }
            } catch where error.code != .ok {
                terminal.report(error)
                firstError = firstError ?? error
            }
        }
        return firstError?.code ?? .ok
    }
)

/// Prints the citations of one input, text or JSON, and warns of those that stay open.
/// The lines are formatted on all cores in chunks, then written in order.
func writeRefs(_ found: PlacedParts, of bytes: UnsafeBufferPointer<UInt8>, file name: String, json: Bool,
               terminal: Terminal) throws(CLIError) {
    var chunks: [PlacedParts.Part] = []
    for part in found.parts {
        for from in stride(from: part.matches.startIndex, to: part.matches.endIndex, by: 4096) {
            chunks.append(PlacedParts.Part(matches: part.matches[from..<min(from + 4096, part.matches.endIndex)], linesBefore: part.linesBefore))
        }
    }
    let formatted = Mutex([Formatted](repeating: Formatted(), count: chunks.count))
    let shared = SharedInput(bytes: bytes, chunks: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks.count) { k in
        var out = formatRefs(shared.chunks[k], of: shared.bytes, file: name, json: json)
        formatted.withLock { swap(&$0[k], &out) }
    }
    let chunksFormatted = formatted.withLock { $0 }
    for chunk in chunksFormatted {
        for (message, location) in chunk.warnings { terminal.warn(message, at: Place(path: name, location)) }
    }
    for chunk in chunksFormatted { try terminal.output.write(chunk.lines) }
}

/// Prints the citations of a document the input stage read (PDF, XML, another encoding), with
/// the publisher's links among them, and warns of those that stay open and of links the text
/// disagrees with.
func writeRefs(of document: SourceDocument, file name: String, json: Bool, terminal: Terminal) throws(CLIError) {
    let (citations, findings) = document.citations()
    var warnings = findings.map { ("\($0.category): \($0.message)", $0.location) }
    var out: [UInt8] = []
    for citation in citations {
        if case .unresolved(let category, let message) = citation.match.reading {
            warnings.append(("\(category): \(message)", citation.location))
        }
        if json {
            citationJSON(citation, file: name, origin: document.origin).encode(into: &out, canonical: false)
        } else if let id = citation.id {
            out.append(contentsOf: "\(name):\(citation.location.line):\(citation.location.column): \(id.canonical)  ".utf8)
            Array(citation.raw.utf8).withUnsafeBufferPointer { appendOneLine($0, to: &out) }
        } else {
            continue
        }
        out.append(0x0A)
    }
    for (message, location) in warnings.sorted(by: { ($0.1 ?? SourceLocation(line: 0, column: 0)) < ($1.1 ?? SourceLocation(line: 0, column: 0)) }) {
        terminal.warn(message, at: location.map { Place(path: name, $0) } ?? Place(path: name))
    }
    try terminal.output.write(out)
}

/// Some citations formatted: their output lines, and a warning for each that stays open.
struct Formatted: Sendable {
    var lines: [UInt8] = []
    var warnings: [(String, SourceLocation)] = []
}

/// What the threads that format share: the input, read only, and the chunks of its citations.
private struct SharedInput: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    let chunks: [PlacedParts.Part]
}

/// The output lines of some citations of one part of the input (`FILE:LINE:COLUMN: ID  RAW`,
/// or JSON objects), and the warnings of those that stay open.
func formatRefs(_ part: PlacedParts.Part, of bytes: UnsafeBufferPointer<UInt8>, file name: String, json: Bool) -> Formatted {
    let found = part.matches
    let nameBytes = Array(name.utf8)
    var out: [UInt8] = []
    var warnings: [(String, SourceLocation)] = []
    out.reserveCapacity(found.count * (nameBytes.count + (json ? 400 : 80)))
    for index in found.indices {
        let placed = found[index]
        let raw = UnsafeBufferPointer(rebasing: bytes[placed.match.range])
        let location = part.location(of: placed)
        if case .unresolved(let category, let message) = placed.match.reading {
            warnings.append(("\(category): \(message)", location))
        }
        if json {
            let citation = Citation(match: placed.match, location: location, raw: String(decoding: raw, as: UTF8.self))
            citationJSON(citation, file: name, origin: .text).encode(into: &out, canonical: false)
        } else if let id = placed.match.id {
            out.append(contentsOf: nameBytes)
            out.append(UInt8(ascii: ":"))
            appendDecimal(location.line, to: &out)
            out.append(UInt8(ascii: ":"))
            appendDecimal(location.column, to: &out)
            out.append(contentsOf: ": ".utf8)
            id.appendCanonical(to: &out)
            out.append(contentsOf: "  ".utf8)
            // The page's footnotes and page number inside a citation broken over a page: `…`.
            var from = placed.match.range.lowerBound
            for gap in placed.match.gaps where gap.lowerBound >= from && gap.upperBound <= placed.match.range.upperBound {
                appendOneLine(UnsafeBufferPointer(rebasing: bytes[from..<gap.lowerBound]), to: &out)
                out.append(contentsOf: " … ".utf8)
                from = gap.upperBound
            }
            appendOneLine(UnsafeBufferPointer(rebasing: bytes[from..<placed.match.range.upperBound]), to: &out)
        } else {
            continue
        }
        out.append(0x0A)
    }
    return Formatted(lines: out, warnings: warnings)
}

let normalizeCommand = Command(
    spec: CommandSpec(
        name: "normalize",
        summary: "Print the canonical ID of each Kamerstuk citation given, in any written form.",
        options: [formatTextJSON],
        positionals: [citations]
    ),
    run: { arguments, terminal throws(CLIError) in
        let json = arguments[formatTextJSON] == .json
        var unread: [String] = []
        for argument in arguments[citations] {
            let citations = SourceText(argument).citations(mode: .citation)
            for citation in citations {
                if case .unresolved(let category, let message) = citation.match.reading {
                    terminal.warn("\(category): \(message) (in '\(ReportText.line(argument))')")
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
        guard let last = unread.last else { return .ok }
        try terminal.output.flush()
        for argument in unread.dropLast() {
            terminal.report(CLIError(.dataError, "no Kamerstuk citation in '\(ReportText.line(argument))'"))
        }
        throw CLIError(.dataError, "no Kamerstuk citation in '\(ReportText.line(last))'")
    }
)

/// A citation as one JSON object: the fields of the contract first, then what else is known —
/// for a document's citation, the `origin` of the text its line and column count in.
func citationJSON(_ citation: Citation, file: String?, origin: Origin? = nil) -> JSONValue {
    let match = citation.match
    var members: [(String, JSONValue)] = []
    if let file { members.append(("file", .string(file))) }
    if let origin { members.append(("origin", .string(origin.rawValue))) }
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

/// Appends `text` with every run of white space that holds a line break made one space, and
/// a word broken at a soft hyphen (`Kamer\u{AD}⏎stuk`) made whole.
func appendOneLine(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    // Most citations hold no line break, no soft hyphen and no other control: as they are.
    if !text.contains(where: { $0 < 0x20 || $0 == 0xC2 }) {
        output.append(contentsOf: text)
        return
    }
    var runStart: Int?
    var runHasBreak = false
    var joinWord = false
    for i in text.indices {
        let b = text[i]
        if b == 0xC2, i + 1 < text.count, text[i + 1] == 0xAD {
            joinWord = true
            continue
        }
        if b == 0xAD, i > 0, text[i - 1] == 0xC2 { continue }
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0B || b == 0x0D || b == 0x0C {
            if runStart == nil { runStart = i }
            if b != 0x20 && b != 0x09 { runHasBreak = true }
            continue
        }
        if let start = runStart {
            if joinWord {
                // The rest of the word broken at the soft hyphen follows the break directly.
            } else if runHasBreak {
                output.append(0x20)
            } else {
                output.append(contentsOf: text[start..<i])
            }
            runStart = nil
            runHasBreak = false
        }
        joinWord = false
        output.append(b)
    }
    if let start = runStart, !runHasBreak { output.append(contentsOf: text[start..<text.count]) }
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
