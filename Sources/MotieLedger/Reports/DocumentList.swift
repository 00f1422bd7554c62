/// What the ledger has read (`motieledger documents`): each document with its number, date and
/// debate, and what its reading brought — motions read, news, restatements, corrections —
/// oldest first. Its numbers, dates and debate labels are the names `diff` and `--at` take.
package struct DocumentList: FormattedReport, Sendable {
    /// The documents by date, then in the order of reading.
    package let tallies: [DocumentTally]

    package init(timeline: Timeline) {
        tallies = timeline.documentTallies.sorted { ($0.document.date, $0.document.seq) < ($1.document.date, $1.document.seq) }
    }

    /// `3 documenten`, `1 document`.
    func heading(_ language: Language) -> String {
        let count = tallies.count
        return language.pick("\(count) \(count == 1 ? "document" : "documenten")", "\(count) \(count == 1 ? "document" : "documents")")
    }

    /// The column heads of every format but JSON.
    private static func heads(_ language: Language) -> [String] {
        language == .nl
            ? ["Document", "Datum", "Moties", "Nieuw", "Herhaald", "Gecorrigeerd", "Debat"]
            : ["Document", "Date", "Motions", "News", "Restated", "Corrected", "Debate"]
    }

    /// The cells of a document's row, as ``heads(_:)`` names them; a reading under a number
    /// read before is marked.
    private func cells(_ tally: DocumentTally, _ language: Language) -> [String] {
        let document = tally.document
        let number = ReportText.line(document.number) + (tally.isReread ? language.pick(" (opnieuw gelezen)", " (read again)") : "")
        return [number, document.date.iso, String(document.motions.count), String(tally.news), String(tally.restated),
                String(tally.corrected), document.debate.map(ReportText.line) ?? ""]
    }

    /// For people: a heading, then one aligned line a document (the debate last, as long as
    /// it is), and how to name them.
    package func text(_ language: Language) -> String {
        var text = heading(language) + "\n"
        guard !tallies.isEmpty else { return text }
        let rows = [DocumentList.heads(language)] + tallies.map { cells($0, language) }
        let numeric: Set<Int> = [2, 3, 4, 5]
        let widths = (0..<6).map { column in rows.map { $0[column].count }.max() ?? 0 }
        text += "\n"
        for row in rows {
            var line = ""
            for column in 0..<6 {
                let padding = String(repeating: " ", count: widths[column] - row[column].count)
                line += numeric.contains(column) ? padding + row[column] : row[column] + padding
                line += "  "
            }
            text += (line + row[6]).trimmingTrailingSpaces() + "\n"
        }
        text += "\n" + language.pick(
            "diff en --at nemen een documentnummer, een datum (JJJJ-MM-DD) of (een deel van) een debat.",
            "diff and --at take a document number, a date (YYYY-MM-DD) or (part of) a debate.") + "\n"
        return text
    }

    /// A sentence with the count, then a table of the documents.
    package func markdown(_ language: Language) -> String {
        MarkdownText.table(DocumentList.heads(language), tallies.map { cells($0, language).map(MarkdownText.cell) }, under: heading(language) + ".")
    }

    /// A header, then one record a document, with the debate's date, whether the number was
    /// read before, the SHA-256 and the record's line in columns of their own.
    package func csv(_ language: Language, dialect: CSVDialect) -> [UInt8] {
        let heads = language == .nl
            ? ["Document", "Datum", "Debat", "Debatdatum", "Moties", "Nieuw", "Herhaald", "Gecorrigeerd", "Opnieuw gelezen", "SHA-256", "Regel"]
            : ["Document", "Date", "Debate", "Debate date", "Motions", "News", "Restated", "Corrected", "Read again", "SHA-256", "Line"]
        var bytes = dialect.start + Array(dialect.record(heads).utf8)
        for tally in tallies {
            let document = tally.document
            bytes += dialect.record([
                ReportText.line(document.number), document.date.iso, document.debate.map(ReportText.line) ?? "",
                document.debateDate?.iso ?? "", String(document.motions.count), String(tally.news), String(tally.restated),
                String(tally.corrected), dialect.flag(tally.isReread, language), document.sha256, String(document.seq),
            ]).utf8
        }
        return bytes
    }

    /// One object a line: `number`, `date`, `debate`, `debateDate`, `motions` (the keys read,
    /// in document order), `news`, `restated`, `corrected`, `reread`, `sha256` and `seq` (the
    /// line of its record).
    package var jsonLines: [UInt8] {
        JSONValue.lines(tallies.lazy.map { tally in
            let document = tally.document
            return JSONValue.object([
                ("number", .string(document.number)), ("date", .string(document.date.iso)), ("debate", optional(document.debate)),
                ("debateDate", optional(document.debateDate?.iso)), ("motions", .array(document.motions.map { .string($0) })),
                ("news", .int(Int64(tally.news))), ("restated", .int(Int64(tally.restated))), ("corrected", .int(Int64(tally.corrected))),
                ("reread", .bool(tally.isReread)), ("sha256", .string(document.sha256)), ("seq", .int(Int64(document.seq))),
            ])
        })
    }
}

extension String {
    /// The string without spaces at its end.
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
