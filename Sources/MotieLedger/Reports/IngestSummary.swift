/// What `ingest` appended to the ledger (or would, in a dry run), as the command prints it.
public struct IngestSummary: Sendable {
    public let report: IngestReport
    /// The ledger's path, as the user named it.
    public let ledger: String

    public init(_ report: IngestReport, ledger path: String) {
        self.report = report
        ledger = path
    }

    /// For people: per document its events, aliases and keys left unjoined, then a line with
    /// the count and the new head.
    public func text() -> String {
        var text: PersonText = ""
        if report.createdLedger {
            text += report.dryRun ? "dry run: there is no ledger at \(ledger) yet; it would be made\n" : "made a new ledger: \(ledger)\n"
        }
        var pending: [LedgerRecord] = []
        for record in report.records {
            if case .findings(let findings) = record.entry {
                // A reading's findings follow its document's record, so they come under it.
                for finding in findings.findings { text += "  ! \(RecordSummary.findingsPlace(findings.target)): \(finding)\n" }
                continue
            }
            guard case .document(let document) = record.entry else {
                pending.append(record)
                continue
            }
            let events = pending.filter { if case .status = $0.entry { true } else { false } }.count
            let aliases = pending.filter { if case .alias = $0.entry { true } else { false } }.count
            var header: PersonText = "\(document.number) (\(document.date)"
            if let debate = document.debate { header += ", \(debate)" }
            header += "): \(document.motions.count) \(plural(document.motions.count, "motion")) mentioned, \(events) \(plural(events, "event"))"
            let restating = pending.filter { report.restatements.contains($0.seq) }.count
            if restating > 0 { header += " (\(restating) restating what the ledger held)" }
            if aliases > 0 { header += ", \(aliases) \(plural(aliases, "alias"))" }
            text += header + "\n"
            for line in pending { text += "  " + RecordSummary.line(line, restating: report.restatements.contains(line.seq)) + "\n" }
            for key in report.unjoined where key.document == document.number {
                text += "  ? \(key.key) may be \(key.candidates.joined(separator: " or ")): not joined, it is not sure which\n"
            }
            pending = []
        }
        for document in report.reread {
            text += "\(document.number): read again with other bytes (SHA-256 \(document.sha256.prefix(12))…, not \(document.earlier.sha256.prefix(12))… of line \(document.earlier.seq)); both readings are kept, each at its own date\n"
        }
        for document in report.skipped {
            text += "\(document.number): already in the ledger as \(document.existing.number) (line \(document.existing.seq), same SHA-256); nothing appended\n"
        }
        text += RecordSummary.appendedLine(report.records, ledger: ledger, dryRun: report.dryRun)
        return text.text
    }

    /// One JSON object a line: each record exactly as the ledger holds it (or would), then one
    /// `{"type":"reread",…}` object for each document read again with other bytes, one
    /// `{"type":"skipped",…}` object for each document already in the ledger, and one
    /// `{"type":"unjoined","key":…,"document":…,"candidates":[…]}` for each key left unjoined,
    /// and `{"type":"created","ledger":PATH}` when the ingest made the ledger.
    public var jsonLines: [UInt8] {
        var bytes: [UInt8] = []
        for record in report.records {
            bytes += record.line
            bytes.append(0x0A)
        }
        for document in report.reread {
            bytes += JSONValue.object([
                ("type", "reread"), ("document", .string(document.number)), ("sha256", .string(document.sha256)),
                ("earlierSHA256", .string(document.earlier.sha256)), ("seq", .int(Int64(document.earlier.seq))),
            ]).encoded(canonical: false)
            bytes.append(0x0A)
        }
        for document in report.skipped {
            bytes += JSONValue.object([
                ("type", "skipped"), ("document", .string(document.number)), ("sha256", .string(document.sha256)),
                ("existing", .string(document.existing.number)), ("seq", .int(Int64(document.existing.seq))),
            ]).encoded(canonical: false)
            bytes.append(0x0A)
        }
        for key in report.unjoined {
            bytes += JSONValue.object([
                ("type", "unjoined"), ("key", .string(key.key)), ("document", .string(key.document)),
                ("candidates", .array(key.candidates.map { .string($0) })),
            ]).encoded(canonical: false)
            bytes.append(0x0A)
        }
        if report.createdLedger {
            bytes += JSONValue.object([("type", "created"), ("ledger", .string(ledger))]).encoded(canonical: false)
            bytes.append(0x0A)
        }
        return bytes
    }
}
