import MotieLedger

/// The reports: documents, diff, overdue, unanswered, table, page and review.
let reportCommands: [Command] = [documentsCommand, diffCommand, overdueCommand, unansweredCommand, tableCommand, pageCommand, reviewCommand]

/// `--format text|markdown|json`, text by default.
private let formatTextMarkdownJSON = DefaultedOption<OutputFormat>.choice(
    "format", short: "f", valueName: "FORMAT", among: [.text, .markdown, .json], default: .text,
    help: "Output format: text for people, markdown to paste, json for scripts")

/// `--format text|markdown|csv|json`, text by default.
private let formatTextMarkdownCSVJSON = DefaultedOption<OutputFormat>.choice(
    "format", short: "f", valueName: "FORMAT", among: [.text, .markdown, .csv, .json], default: .text,
    help: "Output format: text for people, markdown to paste, csv for a spreadsheet, json for scripts")

/// `--excel`: CSV as a spreadsheet on a Dutch desktop opens it.
let excelFlag = Flag(
    "excel", help: "With --format csv: ';' between fields and a UTF-8 byte-order mark, as Excel and LibreOffice open it by a double click")

/// The CSV dialect `--excel` asks for; a usage error without `--format csv`.
func csvDialect(_ arguments: ParsedArguments, csv: Bool) throws(CLIError) -> CSVDialect {
    guard arguments[excelFlag] else { return .rfc4180 }
    guard csv else { throw CLIError(.usage, "--excel shapes CSV only; give it with --format csv") }
    return .spreadsheet
}

let documentsCommand = Command(
    spec: CommandSpec(
        name: "documents",
        summary: "List the documents the ledger has read: number, date, debate, motions read, news and restatements.",
        options: [formatTextMarkdownCSVJSON, excelFlag, languageOption, ledgerOption, waitOption],
        examples: [
            Example("What the ledger has read, to find a name for diff or --at", "motieledger documents"),
            Example("For a spreadsheet that opens by a double click", "motieledger documents --format csv --excel > documenten.csv"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        let format = arguments[formatTextMarkdownCSVJSON]
        let dialect = try csvDialect(arguments, csv: format == .csv)
        let list = DocumentList(timeline: try fullTimeline(arguments))
        let language = arguments[languageOption]
        switch format {
        case .json: try terminal.output.write(list.jsonLines)
        case .markdown: try terminal.output.write(list.markdown(language))
        case .csv: try terminal.output.write(list.csv(language, dialect: dialect))
        case .text: try terminal.output.write(list.text(language))
        }
        return .ok
    }
)

/// `diff FROM TO [--all]`.
private let diffFrom = Argument.moment("FROM", help: "A debate label, a document number (2026D03887) or a date (YYYY-MM-DD)")
private let diffTo = Argument.moment("TO", help: "The moment to compare FROM with, given the same way")
private let allFlag = Flag("all", help: "List the motions whose status did not change as well")

/// `overdue --on DATE`.
private let overdueOn = Option.date("on", help: "The day to judge the promises on (default: today)")

/// `table`'s own options.
private let groupBy = Option<StatusTable.Grouping>.choice("group-by", valueName: "FIELD", among: [.status], help: "Group the rows by status")
private let tableFormat = DefaultedOption<StatusTable.Format>.choice(
    "format", short: "f", valueName: "FORMAT", among: [.markdown, .json, .csv], default: .markdown,
    help: "Output format: markdown (GitHub-flavoured), json (one motion a line) or csv (RFC 4180; --excel for a spreadsheet)")

/// The whole ledger replayed, as every report reads it, with the words of every event when
/// `keepingTexts` (the page's); a ledger that is not there fails (66).
private func fullTimeline(_ arguments: ParsedArguments, keepingTexts: Bool = false) throws(CLIError) -> Timeline {
    let ledger = ledger(arguments)
    let wait = waitSeconds(arguments)
    return try ledgerCall { () throws(LedgerError) in try ledger.existingTimeline(wait: wait, keepingTexts: keepingTexts) }
}

/// The day `option` gives, else today.
private func day(_ option: Option<Day>, _ arguments: ParsedArguments) throws(CLIError) -> Day {
    // `??` would take the clock's typed throw as an untyped one.
    if let given = arguments[option] { return given }
    return try currentNow().today
}

/// The cutoff that the argument or option `name` gives; a failure says which one it was.
private func reportCutoff(_ query: CutoffQuery, named name: String, in timeline: Timeline) throws(CLIError) -> Cutoff {
    do {
        return try query.resolve(in: timeline)
    } catch {
        throw CLIError(LedgerError(error.kind, "\(name): \(error.message)", path: error.path, line: error.line, column: error.column))
    }
}

let diffCommand = Command(
    spec: CommandSpec(
        name: "diff",
        summary: "Show the motions whose status changed between two debates, documents or dates, old and new side by side.",
        options: [allFlag, formatTextMarkdownCSVJSON, excelFlag, languageOption, ledgerOption, waitOption],
        positionals: [diffFrom, diffTo],
        examples: [
            Example("What changed between two dates", "motieledger diff 2026-01-31 2026-04-30"),
            Example("Between two documents, as Markdown to paste", "motieledger diff --format markdown 2026D03887 2026D11873"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        let timeline = try fullTimeline(arguments)
        let from = try reportCutoff(arguments[diffFrom], named: "FROM", in: timeline)
        let to = try reportCutoff(arguments[diffTo], named: "TO", in: timeline)
        let includeUnchanged = arguments[allFlag]
        let diff = try ledgerCall { () throws(LedgerError) in
            try StatusDiff(timeline: timeline, from: from, to: to, includeUnchanged: includeUnchanged)
        }
        try write(diff, csv: diff.csv, arguments, terminal)
        return .ok
    }
)

/// Prints a report in the format and language asked for; CSV as `--excel` shapes it.
func write(_ report: some FormattedReport, csv: (Language, CSVDialect) -> [UInt8], _ arguments: ParsedArguments, _ terminal: Terminal)
    throws(CLIError)
{
    let format = arguments[formatTextMarkdownCSVJSON]
    let dialect = try csvDialect(arguments, csv: format == .csv)
    switch format {
    case .json: try terminal.output.write(report.jsonLines)
    case .markdown: try terminal.output.write(report.markdown(arguments[languageOption]))
    case .csv: try terminal.output.write(csv(arguments[languageOption], dialect))
    case .text: try terminal.output.write(report.text(arguments[languageOption]))
    }
}

let overdueCommand = Command(
    spec: CommandSpec(
        name: "overdue",
        summary: "List the motions whose promised time has passed with no newer status: what to ask the minister about next.",
        options: [overdueOn, formatTextMarkdownCSVJSON, excelFlag, languageOption, ledgerOption, waitOption],
        examples: [
            Example("The promises whose time has passed today", "motieledger overdue"),
            Example("Those that will have passed by the summer recess, as Markdown", "motieledger overdue --on 2026-07-03 --format markdown"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        let day = try day(overdueOn, arguments)
        let timeline = try fullTimeline(arguments)
        let report = try ledgerCall { () throws(LedgerError) in try OverdueReport(timeline: timeline, on: day) }
        try write(report, csv: report.csv, arguments, terminal)
        return .ok
    }
)

/// `table`'s limits.
private let tableAll = Flag("all", help: "Also list motions known only from open data that were not adopted (rejected, withdrawn, held over)")
private let adoptedFlag = Flag("adopted", help: "Only motions the open data say were adopted")
private let dossierOption = Option.text("dossier", valueName: "DOSSIER", help: "Only motions of this dossier (36725, 21501-02, 36800-V)")
private let partyOption = Option.text("party", valueName: "PARTY", help: "Only motions a member of this party submitted or co-signed")
private let sinceOption = Option.date("since", help: "Only motions voted on (else submitted, else with a status) on or after this day")

/// `unanswered`'s options.
private let unansweredOn = Option.date("on", help: "The day to count to (default: today)")
private let olderThan = Option<Int>.positiveInteger("older-than", valueName: "DAYS", help: "Only motions adopted more than DAYS days before")

let unansweredCommand = Command(
    spec: CommandSpec(
        name: "unanswered",
        summary: "List the adopted motions the government has not reported on since the vote, oldest first (needs open data: import).",
        options: [unansweredOn, olderThan, formatTextMarkdownCSVJSON, excelFlag, languageOption, ledgerOption, waitOption],
        examples: [
            Example("Adopted motions without a reaction for more than 90 days", "motieledger unanswered --older-than 90"),
            Example("All of them for a spreadsheet", "motieledger unanswered --format csv --excel > onbeantwoord.csv"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        let report = UnansweredReport(timeline: try fullTimeline(arguments), on: try day(unansweredOn, arguments), olderThan: arguments[olderThan])
        try write(report, csv: report.csv, arguments, terminal)
        return .ok
    }
)

let tableCommand = Command(
    spec: CommandSpec(
        name: "table",
        summary: "Print the status table of every motion: Markdown to paste, or JSON or CSV.",
        options: [atOption, groupBy, tableAll, adoptedFlag, dossierOption, partyOption, sinceOption, tableFormat, excelFlag, languageOption,
                  ledgerOption, waitOption],
        examples: [
            Example("The table to paste into a committee's notes", "motieledger table > moties.md"),
            Example("Grouped by status, in English", "motieledger table --group-by status --lang en"),
            Example("One dossier as it stood at the end of March, for a spreadsheet",
                    "motieledger table --dossier 21501-02 --at 2026-03-31 --format csv --excel > moties.csv"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        let dialect = try csvDialect(arguments, csv: arguments[tableFormat] == .csv)
        let timeline = try fullTimeline(arguments)
        let cutoff = try arguments[atOption].map { query throws(CLIError) in try reportCutoff(query, named: "--at", in: timeline) }
        let grouping = arguments[groupBy] ?? .none
        // Written a chunk at a time: a ledger of fifty thousand motions would hold every
        // record, and the whole text, at once.
        let selection = TableSelection(all: arguments[tableAll], adoptedOnly: arguments[adoptedFlag], dossier: arguments[dossierOption],
                                       party: arguments[partyOption], since: arguments[sinceOption])
        var chunks = StatusTable.Chunks(timeline: timeline, at: cutoff, grouping: grouping, selection: selection,
                                        format: arguments[tableFormat], language: arguments[languageOption], dialect: dialect)
        while let chunk = try ledgerCall({ () throws(LedgerError) in try chunks.next() }) {
            try terminal.output.write(chunk)
        }
        return .ok
    }
)

/// `page --out FILE`.
private let pageOut = Option.text("out", short: "o", valueName: "FILE", help: "Write the page to FILE, whole or not at all (default: standard output)")

let pageCommand = Command(
    spec: CommandSpec(
        name: "page",
        summary: "Write the whole ledger as one self-contained HTML page to share: chart, lists, and a table to sort and filter.",
        options: [pageOut, languageOption, ledgerOption, waitOption],
        examples: [
            Example("The page to send round; open moties.html in any browser", "motieledger page --out moties.html"),
            Example("In English, of another ledger", "motieledger page --lang en --ledger archief/moties.jsonl --out motions.html"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        let now = try currentNow()
        let timeline = try fullTimeline(arguments, keepingTexts: true)
        let page = SharePage(timeline: timeline, now: now, language: arguments[languageOption])
        let html = try ledgerCall { () throws(LedgerError) in try page.html() }
        if let path = arguments[pageOut] {
            try writeFileWhole(html, to: path)
        } else {
            try terminal.output.write(html)
        }
        return .ok
    }
)

let reviewCommand = Command(
    spec: CommandSpec(
        name: "review",
        summary: "List what needs a person, newest first: uncertain readings with why, findings, aliases, numbers read twice.",
        options: [formatTextMarkdownJSON, languageOption, ledgerOption, waitOption],
        examples: [
            Example("What to look at, in Dutch", "motieledger review"),
            Example("The same for a script, one object an item", "motieledger review --format json"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        let report = ReviewReport(timeline: try fullTimeline(arguments), language: arguments[languageOption])
        let language = arguments[languageOption]
        switch arguments[formatTextMarkdownJSON] {
        case .json: try terminal.output.write(report.jsonLines)
        case .markdown: try terminal.output.write(report.markdown(language))
        case .text, .csv: try terminal.output.write(report.text(language))
        }
        return .ok
    }
)
