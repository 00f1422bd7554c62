/// What `import` and `fetch --motions` appended to the ledger (or would, in a dry run), as
/// the commands print it.
package struct FactsImportSummary: Sendable {
    package let report: FactsImport
    /// The ledger's path, as the user named it.
    package let ledger: String

    package init(_ report: FactsImport, ledger path: String) {
        self.report = report
        ledger = path
    }

    /// For people: each record on a line (`* kst-…  title, submitters, vote  (opendata 2025Z15877)`,
    /// `= motie-erkens is kst-…`), the names that fit several motions, the facts the ledger
    /// held already, then the count and the new head; in Dutch or English.
    package func text(_ language: Language = .nl) -> String {
        var text: PersonText = ""
        for record in report.records { text += RecordSummary.line(record, language) + "\n" }
        for match in report.matches {
            if case .ambiguous(let candidates) = match.outcome { text += RecordSummary.unjoinedLine(match.key, candidates.map(\.canonical), language) }
        }
        if report.known > 0 {
            text += language == .nl
                ? "\(counted(report.known, "feitenrecord", "feitenrecords")) al in de ledger: niet opnieuw toegevoegd\n"
                : "\(counted(report.known, "facts record", "facts records")) already in the ledger: not appended again\n"
        }
        text += RecordSummary.appendedLine(report.records, ledger: ledger, dryRun: report.dryRun, language)
        return text.text
    }

    /// One JSON object a line: each record exactly as the ledger holds it (or would), then one
    /// `{"type":"ambiguous","key":…,"candidates":[…]}` for each name that fits several motions.
    package var jsonLines: [UInt8] {
        RecordSummary.ledgerLines(report.records) + JSONValue.lines(report.matches.lazy.compactMap { match in
            guard case .ambiguous(let candidates) = match.outcome else { return nil }
            return .object([
                ("type", "ambiguous"), ("key", .string(match.key)), ("candidates", .array(candidates.map { .string($0.canonical) })),
            ])
        })
    }
}
