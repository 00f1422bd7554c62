import MotieLedger

/// The command that brings the Tweede Kamer's open data into the ledger: import.
let factsCommands: [Command] = [importCommand]

/// `import FILE ...`.
private let importFiles = ArgumentList<String>(
    "FILE", atLeastOne: true, completes: .files,
    help: "Open-data JSON: one Zaak, Besluit or Stemming record, an OData page (value), an array of records, or JSON Lines; - for standard input")

let importCommand = Command(
    spec: CommandSpec(
        name: "import",
        summary: "Import motion facts from Tweede Kamer open data (Zaak, Besluit, Stemming): title, submitters, vote, advice.",
        options: [dryRunFlag, formatTextJSON, languageOption, ledgerOption, waitOption],
        positionals: [importFiles],
        examples: [
            Example("See what the open data would add, writing nothing", "motieledger import --dry-run zaken.json besluiten.json stemmingen.json"),
            Example("Import them", "motieledger import zaken.json besluiten.json stemmingen.json"),
        ]
    ),
    run: { arguments, terminal throws(CLIError) in
        // Every file is read whole before anything is written: a malformed record stops the
        // import with nothing of it in the ledger.
        var batch = OpenDataBatch()
        for name in arguments[importFiles] {
            let bytes = try readBytes(name)
            do throws(OpenDataError) {
                try batch.read(bytes, file: name)
            } catch {
                throw CLIError(.dataError, "\(error.message); nothing was imported", at: Place(path: name, line: error.line, column: error.column))
            }
        }
        try appendFacts(batch.facts, arguments: arguments, terminal: terminal)
        return .ok
    }
)

/// Appends the facts of open data as `import` does, with its findings as warnings, and prints
/// what was appended.
func appendFacts(_ facts: OpenDataFacts, arguments: ParsedArguments, terminal: Terminal) throws(CLIError) {
    for finding in facts.findings { terminal.warn("\(finding.category): \(finding.message)") }
    let ledger = ledger(arguments)
    let now = try currentNow()
    let dryRun = arguments[dryRunFlag]
    let wait = waitSeconds(arguments)
    let report = try ledgerCall { () throws(LedgerError) in
        try ledger.importFacts(facts.facts, now: now, dryRun: dryRun, wait: wait)
    }
    for match in report.matches { terminal.warn("\(match.finding.category): \(match.finding.message)") }
    try reportAppended(dryRun ? [] : report.records, to: ledger, terminal: terminal) { () throws(CLIError) in
        try write(FactsImportSummary(report, ledger: ledger.path), arguments, terminal)
    }
}
