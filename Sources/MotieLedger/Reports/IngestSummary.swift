/// What `ingest` appended to the ledger (or would, in a dry run), as the command prints it.
package struct IngestSummary: Sendable {
    package let report: IngestReport
    /// The ledger's path, as the user named it.
    package let ledger: String

    package init(_ report: IngestReport, ledger path: String) {
        self.report = report
        ledger = path
    }

    /// What one document of the batch brought: its record, and the events and aliases
    /// appended before it, in order.
    struct Reading {
        let document: DocumentRecord
        let records: [LedgerRecord]
        /// The findings kept with the reading, each about a line of the ledger.
        var findings: [FoundRecord] = []

        var events: [LedgerRecord] { records.filter { if case .status = $0.entry { true } else { false } } }
        var aliases: Int { records.count - events.count }
    }

    /// The batch's records grouped by the document whose record closes them.
    var readings: [Reading] {
        var readings: [Reading] = []
        var pending: [LedgerRecord] = []
        for record in report.records {
            if case .found(let findings) = record.entry {
                // A reading's findings follow its document's record, so they come under it.
                if !readings.isEmpty { readings[readings.count - 1].findings.append(findings) }
                continue
            }
            guard case .document(let document) = record.entry else {
                pending.append(record)
                continue
            }
            readings.append(Reading(document: document, records: pending))
            pending = []
        }
        return readings
    }

    /// For people, in Dutch or English: per document its events (news `+`, a restatement `·`),
    /// aliases and keys left unjoined, then a line with the count and the new head.
    package func text(_ language: Language = .nl) -> String {
        var text: PersonText = ""
        if report.createdLedger {
            text += report.dryRun
                ? "\(language.pick("proefdraai: er is nog geen ledger in", "dry run: there is no ledger at")) \(ledger)\(language.pick("; die zou worden gemaakt", " yet; it would be made"))\n"
                : "\(language.pick("nieuwe ledger gemaakt", "made a new ledger")): \(ledger)\n"
        }
        for reading in readings {
            let document = reading.document
            let events = reading.events.count
            var header: PersonText = "\(document.number) (\(document.date)"
            if let debate = document.debate { header += ", \(debate)" }
            header += "): \(counted(document.motions.count, language.pick("motie genoemd", "motion mentioned"), language.pick("moties genoemd", "motions mentioned")))"
            header += ", \(counted(events, language.pick("gebeurtenis", "event"), language.pick("gebeurtenissen", "events")))"
            let restating = reading.records.filter { report.restatements.contains($0.seq) }.count
            if restating > 0 {
                header += " (\(restating) \(language.pick(restating == 1 ? "herhaalt" : "herhalen", "restating")) \(language.pick("wat de ledger al had", "what the ledger held")))"
            }
            if reading.aliases > 0 { header += ", \(counted(reading.aliases, language.pick("alias", "alias"), language.pick("aliassen", "aliases")))" }
            text += header + "\n"
            for line in reading.records {
                text += "  " + RecordSummary.line(line, language, restating: report.restatements.contains(line.seq)) + "\n"
            }
            for key in report.unjoined where key.document == document.number {
                text += "  " + RecordSummary.unjoinedLine(key.key, key.candidates, language)
            }
            for kept in reading.findings {
                for finding in kept.found {
                    text += "  ! \(RecordSummary.findingsPlace(kept.target, language)): \(KeptFinding.coded(finding).text(language))\n"
                }
            }
        }
        for document in report.reread {
            text += "\(document.number): \(language.pick("opnieuw gelezen met andere bytes", "read again with other bytes")) (SHA-256 \(document.sha256.prefix(12))…, "
            text += "\(language.pick("niet", "not")) \(document.earlier.sha256.prefix(12))… \(language.pick("van regel", "of line")) \(document.earlier.seq)); "
            text += "\(language.pick("beide lezingen blijven staan, elk op de eigen datum", "both readings are kept, each at its own date"))\n"
        }
        for document in report.skipped {
            text += "\(document.number): \(language.pick("staat al in de ledger als", "already in the ledger as")) \(document.existing.number) "
            text += "(\(language.pick("regel", "line")) \(document.existing.seq), \(language.pick("zelfde", "same")) SHA-256); \(language.pick("niets toegevoegd", "nothing appended"))\n"
        }
        text += RecordSummary.appendedLine(report.records, ledger: ledger, dryRun: report.dryRun, language)
        return text.text
    }

    /// One JSON object a line: each record exactly as the ledger holds it (or would), then one
    /// `{"type":"reading","document":…,"date":…,"debate":…,"motions":N,"news":[SEQ…],
    /// "restated":[SEQ…],"aliases":N}` for each document read — what the text report's
    /// header and its `+` and `·` say —, one
    /// `{"type":"reread",…}` object for each document read again with other bytes, one
    /// `{"type":"skipped",…}` object for each document already in the ledger, and one
    /// `{"type":"unjoined","key":…,"document":…,"candidates":[…]}` for each key left unjoined,
    /// and `{"type":"created","ledger":PATH}` when the ingest made the ledger.
    package var jsonLines: [UInt8] {
        var objects: [JSONValue] = readings.map { reading in
            let events = reading.events.map(\.seq)
            return .object([
                ("type", "reading"), ("document", .string(reading.document.number)), ("date", .string(reading.document.date.iso)),
                ("debate", reading.document.debate.map { .string($0) } ?? .null), ("motions", .int(Int64(reading.document.motions.count))),
                ("news", .array(events.filter { !report.restatements.contains($0) }.map { .int(Int64($0)) })),
                ("restated", .array(events.filter { report.restatements.contains($0) }.map { .int(Int64($0)) })),
                ("aliases", .int(Int64(reading.aliases))),
            ])
        }
        objects += report.reread.map { document in
            .object([
                ("type", "reread"), ("document", .string(document.number)), ("sha256", .string(document.sha256)),
                ("earlierSHA256", .string(document.earlier.sha256)), ("seq", .int(Int64(document.earlier.seq))),
            ])
        }
        objects += report.skipped.map { document in
            .object([
                ("type", "skipped"), ("document", .string(document.number)), ("sha256", .string(document.sha256)),
                ("existing", .string(document.existing.number)), ("seq", .int(Int64(document.existing.seq))),
            ])
        }
        objects += report.unjoined.map { key in
            .object([
                ("type", "unjoined"), ("key", .string(key.key)), ("document", .string(key.document)),
                ("candidates", .array(key.candidates.map { .string($0) })),
            ])
        }
        if report.createdLedger { objects.append(.object([("type", "created"), ("ledger", .string(ledger))])) }
        return RecordSummary.ledgerLines(report.records) + JSONValue.lines(objects)
    }
}
