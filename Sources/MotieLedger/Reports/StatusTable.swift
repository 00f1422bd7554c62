/// The status table of every motion in the ledger at a cutoff (`motieledger table`): one row a
/// motion, ordered by Kamerstuk (dossier, toevoeging, number) with the motions without one
/// after them by key, and optionally grouped by status.
public struct StatusTable: Sendable {
    /// How the rows are grouped.
    public enum Grouping: String, Sendable {
        /// One table in Kamerstuk order.
        case none
        /// A table for each status, in the order of ``MotionStatus/allCases``, each in Kamerstuk order.
        case status
    }

    /// The cutoff asked for; `nil` for the ledger as it stands.
    public let cutoff: ReportCutoff?
    public let grouping: Grouping
    /// The rows in the order shown.
    public let rows: [StatusRow]

    /// The table of `timeline` at `cutoff`; motions with no status by then are left out.
    public init(timeline: Timeline, at cutoff: ReportCutoff? = nil, grouping: Grouping = .none) throws(LedgerError) {
        var rows: [StatusRow] = []
        for state in timeline.snapshot(at: cutoff?.cutoff) {
            rows.append(try StatusRow(state, in: timeline))
        }
        self.cutoff = cutoff
        self.grouping = grouping
        self.rows = grouping == .status ? StatusTable.groups(rows).flatMap(\.rows) : rows
    }

    /// How many motions have each status, in the order of ``MotionStatus/allCases``; statuses
    /// no motion has are left out.
    public var totals: [(status: MotionStatus, count: Int)] {
        StatusTable.groups(rows).map { ($0.status, $0.rows.count) }
    }

    private static func groups(_ rows: [StatusRow]) -> [(status: MotionStatus, rows: [StatusRow])] {
        MotionStatus.allCases.compactMap { status in
            let members = rows.filter { $0.event.status == status }
            return members.isEmpty ? nil : (status, members)
        }
    }

    // MARK: Markdown

    /// The table in GitHub-flavoured Markdown: a line naming the cutoff (if one was asked), the
    /// table (a heading and a table for each status when grouped), and a line of totals. Every
    /// cell is escaped by ``MarkdownText``; evidence is shortened to 160 characters.
    public func markdown(_ language: Language) -> String {
        var text = ""
        if let cutoff {
            text += "\(language.pick("Stand per", "As of")) \(MarkdownText.cell(cutoff.description(language)))\n\n"
        }
        switch grouping {
        case .none:
            text += markdownTable(rows, language)
        case .status:
            for (status, members) in StatusTable.groups(rows) {
                text += "### \(status.word(language)) (\(members.count))\n\n" + markdownTable(members, language) + "\n"
            }
        }
        // A blank line first: a line right under a table would be read as another row.
        return text + (grouping == .none ? "\n" : "") + totalsLine(language) + "\n"
    }

    private func markdownTable(_ rows: [StatusRow], _ language: Language) -> String {
        let heads = language == .nl
            ? ["Motie", "Kamerstuk", "Status", "Sinds", "Bron", "Bewijs", "Verwacht"]
            : ["Motion", "Kamerstuk", "Status", "Since", "Source", "Evidence", "Expected"]
        var text = MarkdownText.row(heads) + MarkdownText.delimiterRow(columns: heads.count)
        for row in rows {
            text += MarkdownText.row([
                MarkdownText.cell(row.motion.name), row.motion.kamerstukCell, MarkdownText.cell(row.statusText(language)),
                row.state.since.iso, MarkdownText.cell(row.sourceText(language)),
                MarkdownText.cell(ReportText.shortened(row.evidence ?? "")),
                MarkdownText.cell(row.expectedText(language) ?? ""),
            ])
        }
        return text
    }

    /// `Totaal: 19 moties — 10 uitgevoerd, 3 in uitvoering, …`.
    func totalsLine(_ language: Language) -> String {
        let count = rows.count
        var line = language.pick("Totaal: \(count) \(count == 1 ? "motie" : "moties")",
                                 "Total: \(count) \(count == 1 ? "motion" : "motions")")
        let parts = totals.map { "\($0.count) \($0.status.word(language))" }
        if !parts.isEmpty { line += " — " + parts.joined(separator: ", ") }
        return line
    }

    // MARK: CSV and JSON

    /// The table as CSV (RFC 4180: CRLF line ends, fields quoted where needed, formula
    /// injection guarded by ``CSVText``): a header, then one record a motion with its link
    /// and the promised range in columns of their own, and the evidence in full.
    public func csv(_ language: Language) -> String {
        var text = CSVText.record(language == .nl
            ? ["Motie", "Kamerstuk", "Link", "Status", "Sinds", "Bron", "Bewijs", "Verwacht", "Verwacht vanaf", "Verwacht tot"]
            : ["Motion", "Kamerstuk", "Link", "Status", "Since", "Source", "Evidence", "Expected", "Expected from", "Expected to"])
        for row in rows {
            let expected = row.event.expected
            text += CSVText.record([
                ReportText.line(row.motion.name), row.motion.id?.canonical ?? ReportText.line(row.motion.key),
                row.motion.id?.url ?? "", row.statusText(language), row.state.since.iso, row.sourceText(language),
                ReportText.line(row.evidence ?? ""), expected.map { ReportText.line($0.text) } ?? "",
                expected?.from.iso ?? "", expected?.to.iso ?? "",
            ])
        }
        return text
    }

    /// One JSON object a line, a motion each: key, id, name, url, status (the ledger's word),
    /// since, date, source, debate, evidence, evidenceLine, expected, uncertain, by, who, note.
    public var jsonLines: [UInt8] {
        var bytes: [UInt8] = []
        for row in rows {
            JSONValue.object(row.jsonMembers).encode(into: &bytes, canonical: false)
            bytes.append(0x0A)
        }
        return bytes
    }
}
