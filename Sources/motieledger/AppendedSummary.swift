import MotieLedger

/// What a command prints of what it appended to the ledger — a record, or imported facts —:
/// text for people, or JSON Lines.
protocol AppendedSummary {
    func text(_ language: Language) -> String
    var jsonLines: [UInt8] { get }
}

extension RecordSummary: AppendedSummary {}
extension FactsImportSummary: AppendedSummary {}

/// Prints `summary` as `--format` asks: its JSON Lines, or its text in the language of `--lang`.
func write(_ summary: some AppendedSummary, _ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIError) {
    if arguments[formatTextJSON] == .json {
        try terminal.output.write(summary.jsonLines)
    } else {
        try terminal.output.write(summary.text(arguments[languageOption]))
    }
}
