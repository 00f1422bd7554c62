import Kamerstuk
import MotieLedger

/// The commands that read motions from documents: motions, and ingest, which writes them to the ledger.
let motionCommands: [Command] = [motionsCommand, ingestCommand]

let languageOption = DefaultedOption<Language>.choice(
    "lang", valueName: "LANG", among: [.nl, .en], default: .nl, help: "Language of the report: nl (Dutch) or en (English)")

/// `motions [FILE]`.
private let motionsFile = OptionalArgument<String>(
    "FILE", completes: .files, help: "A document (text, PDF, officielebekendmakingen XML); - or none for standard input")

/// `ingest FILE ...` and its options.
private let ingestFiles = ArgumentList<String>(
    "FILE", atLeastOne: true, completes: .files,
    help: "A document (text, PDF, officielebekendmakingen XML), - for standard input, a document's number or URL to fetch, or a folder of documents")
private let debateOption = Option.text(
    "debate", valueName: "LABEL", help: "The debate the documents answer, when they do not say (a trailing YYYY-MM-DD is its date)")
private let documentDate = Option.date("date", help: "The date of documents that give none of their own (a later day than today needs --force)")
private let forceDateFlag = Flag("force-date", help: "Give every document the date of --date, even one that states its own")
let dryRunFlag = Flag("dry-run", help: "Show what would be appended, and write nothing")
private let keepGoingFlag = Flag(
    "keep-going", help: "Read on past a document that fails: append those that read, list those that did not (then exit 65)")
private let verboseFlag = Flag("verbose", short: "v", help: "Name each thing a folder held that was not read, and why")

let motionsCommand = Command(
    spec: CommandSpec(
        name: "motions",
        summary: "List the motions a document mentions, with their Kamerstuk, answers, status and evidence.",
        options: [formatTextJSON, languageOption, pdfLayoutOption],
        positionals: [motionsFile],
        examples: [
            Example("The motions the minister's answers mention, with status and evidence", "motieledger motions 2026D03887.pdf"),
            Example("In English", "motieledger motions --lang en 2026D03887.pdf"),
            Example("As JSON, one motion a line", "motieledger motions --format json kst-36725-XXIII-13.xml"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        let name = arguments[motionsFile] ?? "-"
        let document = try readDocument(name, options: readOptions(arguments))
        let reader = MotionReader(AnswerDocument(document.source))
        warnFindings(reader, file: name, terminal: terminal)
        if arguments[formatTextJSON] == .json {
            try terminal.output.write(JSONValue.lines(reader.motions.lazy.map { withOrigin($0.json, document.source.origin) }))
        } else {
            try terminal.output.write(MotionText.render(reader, language: arguments[languageOption]))
        }
        return .ok
    }
)

/// A motion's JSON object with the `origin` of the text its lines count in.
func withOrigin(_ object: JSONValue, _ origin: Origin) -> JSONValue {
    guard case .object(let members) = object else { return object }
    return .object(members + [("origin", .string(origin.rawValue))])
}

/// Every finding of a reading as a warning line on standard error, in the order of the text.
func warnFindings(_ reader: MotionReader, file: String, terminal: Terminal) {
    let all = reader.findings + reader.motions.flatMap(\.findings)
    for finding in all.sorted(by: { ($0.location ?? SourceLocation(line: 0, column: 0)) < ($1.location ?? SourceLocation(line: 0, column: 0)) }) {
        terminal.warn("\(finding.category): \(finding.message)", at: finding.location.map { Place(path: file, $0) } ?? Place(path: file))
    }
}

let ingestCommand = Command(
    spec: CommandSpec(
        name: "ingest",
        summary: "Read documents into the ledger: an event for each motion a document mentions, at the document's date.",
        options: [debateOption, documentDate, forceDateFlag, forceFlag, dryRunFlag, keepGoingFlag, verboseFlag, formatTextJSON, languageOption, ledgerOption, waitOption,
                  pdfLayoutOption, intoOption, refreshFlag, timeoutOption],
        positionals: [ingestFiles],
        examples: [
            Example("See what reading the minister's answers would append, writing nothing", "motieledger ingest --dry-run 2026D03887.pdf"),
            Example("Read them into the ledger", "motieledger ingest 2026D03887.pdf"),
            Example("Fetch a document by its number (once) and read it", "motieledger ingest kst-36725-XXIII-13"),
            Example("Every document in a folder and the folders in it, appending those that read and listing those that do not",
                    "motieledger ingest --keep-going --verbose stukken/"),
            Example("A note that gives no date or debate of its own",
                    "motieledger ingest --date 2026-04-14 --debate \"commissiedebat Raad Buitenlandse Zaken\" notitie.txt"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        var readings: [DocumentReading] = []
        var files: [String] = []
        var facts: [SourcedFacts] = []
        let now = try currentNow()
        try refuseFuture(arguments[documentDate], option: "--date", today: now.today, force: arguments[forceFlag])
        if arguments[forceDateFlag], arguments[documentDate] == nil {
            throw CLIError(.usage, "--force-date needs --date YYYY-MM-DD: the date to give every document")
        }
        var scratch: [String] = []
        defer { removeScratch(scratch) }
        let inputs = ingestInputs(arguments[ingestFiles], ledger: ledgerPath(arguments))
        var unread = UnreadInputs()
        let documents = inputs.filter { if case .document = $0 { true } else { false } }.count
        let progress = ProgressLine("ingest", total: documents, terminal: terminal)
        var started = 0
        for input in inputs {
            do throws(CLIError) {
                switch input {
                case .skipped(let path, let reason):
                    unread.skipped.append((path, reason))
                case .failed(let error):
                    throw error
                case .document(let argument):
                    progress.update(done: started, current: argument)
                    started += 1
                    let name = try localDocument(argument, arguments: arguments, scratch: &scratch)
                    let document = try readDocument(name, options: readOptions(arguments))
                    let answers = AnswerDocument(document.source)
                    let reader = MotionReader(answers)
                    let reading = try documentReading(reader, bytes: document.source.bytes, file: name, arguments: arguments, terminal: terminal)
                    progress.wipe()
                    warnFindings(reader, file: name, terminal: terminal)
                    readings.append(reading)
                    files.append(name)
                    // What the document says a motion is: a motion's own text, footnotes and sentences that name one.
                    if let own = MotionDocumentFacts.read(document.source) { facts.append(own) }
                    let footnotes = FootnoteFacts.read(answers, reference: reading.number)
                    facts += footnotes + SentenceFacts.read(answers, reference: reading.number, besides: footnotes)
                }
            } catch where arguments[keepGoingFlag] && !error.isQuiet {
                progress.wipe()
                terminal.report(error)
                unread.failed.append((input.name, error))
            } catch {
                progress.wipe()
                // Nothing is appended before every document has been read.
                guard inputs.count > 1 else { throw error }
                throw CLIError(error.code, error.message + "; nothing was appended (--keep-going appends the documents that read)",
                               at: error.place)
            }
        }
        progress.wipe()
        let ledger = ledger(arguments)
        let dryRun = arguments[dryRunFlag]
        let wait = waitSeconds(arguments)
        let report = try ledgerCall { () throws(LedgerError) in try ledger.ingest(readings, now: now, dryRun: dryRun, wait: wait) }
        for reread in report.reread {
            let file = readings.firstIndex { $0.sha256 == reread.sha256 }.map { files[$0] }
            let earlierFile = readings.firstIndex { $0.sha256 == reread.earlier.sha256 }.map { " (\(files[$0]))" } ?? ""
            terminal.warn("document \(reread.number) (SHA-256 \(reread.sha256.prefix(12))…) has other bytes than the \(reread.number) of line \(reread.earlier.seq)\(earlierFile) (SHA-256 \(reread.earlier.sha256.prefix(12))…, dated \(reread.earlier.date.iso)): two documents claim one number; both readings are kept",
                          at: file.map { Place(path: $0) } ?? Place(path: ledger.path))
        }
        try reportAppended(dryRun ? [] : report.records, to: ledger, terminal: terminal) { () throws(CLIError) in
            let summary = IngestSummary(report, ledger: ledger.path)
            if arguments[formatTextJSON] == .json {
                try terminal.output.write(summary.jsonLines)
                try terminal.output.write(unread.jsonLines)
            } else {
                try terminal.output.write(summary.text(arguments[languageOption]))
                try terminal.output.write(unread.text(verbose: arguments[verboseFlag], arguments[languageOption]))
            }
        }
        // Whatever was appended, a document that was not read fails the command.
        let status: ExitCode = unread.failed.isEmpty ? .ok : .dataError
        if !facts.isEmpty {
            let imported = try ledgerCall { () throws(LedgerError) in try ledger.importFacts(facts, now: now, dryRun: dryRun, wait: wait) }
            for match in imported.matches { terminal.warn("\(match.finding.category): \(match.finding.message)") }
            guard !imported.records.isEmpty else { return status }
            try reportAppended(dryRun ? [] : imported.records, to: ledger, terminal: terminal) { () throws(CLIError) in
                try write(FactsImportSummary(imported, ledger: ledger.path), arguments, terminal)
            }
        }
        return status
    }
)

/// What a document says, ready for the ledger: its number (else a name its content gives, never
/// the file's), its date and debate (the flags win over the text), its SHA-256 and its motions.
func documentReading(_ reader: MotionReader, bytes: [UInt8], file: String, arguments: ParsedArguments, terminal: Terminal)
    throws(CLIError) -> DocumentReading
{
    // `--date` fills in a date only where the document gives none; one that states its own
    // keeps it, unless `--force-date`.
    var date = arguments[documentDate]
    if let own = reader.document.date, !arguments[forceDateFlag] {
        if let given = date, given != own {
            terminal.warn("the document is dated \(own.iso) by its own text; --date \(given.iso) applies only to documents without a date (--force-date overrides)",
                          at: Place(path: file))
        }
        date = own
    }
    guard let reading = DocumentReading(reader, bytes: bytes, date: date,
                                        debate: arguments[debateOption].map { Debate(label: $0) })
    else {
        throw CLIError(.dataError, "the document gives no date (such as 'Den Haag, 28 januari 2026'); give it with --date YYYY-MM-DD",
                       at: Place(path: file))
    }
    return reading
}
