import MotieLedger

/// The reports: diff, overdue and table.
let reportCommands: [Command] = [diffCommand, overdueCommand, tableCommand]

/// `--format text|markdown|json`, text by default.
private let formatTextMarkdownJSON = OptionSpec.value(
    "format", short: "f", valueName: "FORMAT", kind: .choice(["text", "markdown", "json"]), default: "text",
    help: "Output format: text for people, markdown to paste, json for scripts")

/// The whole ledger replayed, as every report reads it; a ledger that is not there fails (66).
private func fullTimeline(_ arguments: ParsedArguments) throws(CLIError) -> Timeline {
    let ledger = ledger(arguments)
    let wait = waitSeconds(arguments)
    return try ledgerCall { () throws(LedgerError) in try ledger.existingTimeline(wait: wait) }
}

/// The report's language, `--lang`.
private func language(_ arguments: ParsedArguments) -> Language {
    Language(rawValue: arguments.value("lang")!)!
}

/// The cutoff that the argument or option `name` gives; a failure says which one it was.
private func reportCutoff(_ text: String, named name: String, in timeline: Timeline) throws(CLIError) -> Cutoff {
    do {
        return try CutoffQuery(text).resolve(in: timeline)
    } catch {
        throw CLIError(LedgerError(error.kind, "\(name): \(error.message)", path: error.path, line: error.line, column: error.column))
    }
}

let diffCommand = Command(
    spec: CommandSpec(
        name: "diff",
        summary: "Show the motions whose status changed between two debates, documents or dates, old and new side by side.",
        options: [
            .flag("all", help: "List the motions whose status did not change as well"),
            formatTextMarkdownJSON, languageOption, ledgerOption, waitOption,
        ],
        positionals: [
            PositionalSpec("FROM", help: "A debate label, a document number (2026D03887) or a date (YYYY-MM-DD)"),
            PositionalSpec("TO", help: "The moment to compare FROM with, given the same way"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        let (fromText, toText) = (arguments.positional("FROM")!, arguments.positional("TO")!)
        try checkMoment(fromText, named: "FROM")
        try checkMoment(toText, named: "TO")
        let timeline = try fullTimeline(arguments)
        let from = try reportCutoff(fromText, named: "FROM", in: timeline)
        let to = try reportCutoff(toText, named: "TO", in: timeline)
        let includeUnchanged = arguments.flag("all")
        let diff = try ledgerCall { () throws(LedgerError) in
            try StatusDiff(timeline: timeline, from: from, to: to, includeUnchanged: includeUnchanged)
        }
        try write(diff, arguments, terminal)
        return .ok
    }
)

/// Prints a report in the format and language asked for.
func write(_ report: some FormattedReport, _ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    switch arguments.value("format") {
    case "json": try terminal.output.write(report.jsonLines)
    case "markdown": try terminal.output.write(report.markdown(language(arguments)))
    default: try terminal.output.write(report.text(language(arguments)))
    }
}

let overdueCommand = Command(
    spec: CommandSpec(
        name: "overdue",
        summary: "List the motions whose promised time has passed with no newer status: what to ask the minister about next.",
        options: [
            .value("on", valueName: "YYYY-MM-DD", kind: .date, help: "The day to judge the promises on (default: today)"),
            formatTextMarkdownJSON, languageOption, ledgerOption, waitOption,
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        // `??` would take the clock's typed throw as an untyped one.
        let day: Day
        if let given = arguments.value("on").flatMap({ Day(iso: $0) }) { day = given } else { day = try currentNow().today }
        let timeline = try fullTimeline(arguments)
        let report = try ledgerCall { () throws(LedgerError) in try OverdueReport(timeline: timeline, on: day) }
        try write(report, arguments, terminal)
        return .ok
    }
)

let tableCommand = Command(
    spec: CommandSpec(
        name: "table",
        summary: "Print the status table of every motion: Markdown to paste, or JSON or CSV.",
        options: [
            atOption,
            .value("group-by", valueName: "FIELD", kind: .choice(["status"]), help: "Group the rows by status"),
            .value("format", short: "f", valueName: "FORMAT", kind: .choice(["markdown", "json", "csv"]), default: "markdown",
                   help: "Output format: markdown (GitHub-flavoured), json (one motion a line) or csv (RFC 4180)"),
            languageOption, ledgerOption, waitOption,
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        if let at = arguments.value("at") { try checkMoment(at, named: "--at") }
        let timeline = try fullTimeline(arguments)
        let cutoff = try arguments.value("at").map { text throws(CLIError) in try reportCutoff(text, named: "--at", in: timeline) }
        let grouping = arguments.value("group-by").flatMap(StatusTable.Grouping.init) ?? .none
        // Written a chunk at a time: a ledger of fifty thousand motions would hold every
        // record, and the whole text, at once.
        var chunks = StatusTable.Chunks(timeline: timeline, at: cutoff, grouping: grouping,
                                        format: StatusTable.Format(rawValue: arguments.value("format")!)!,
                                        language: language(arguments))
        while let chunk = try ledgerCall({ () throws(LedgerError) in try chunks.next() }) {
            try terminal.output.write(chunk)
        }
        return .ok
    }
)
