import Kamerstuk

extension DocumentReading {
    /// What a document, read by `reader` from `bytes`, says, ready for the ledger: its number
    /// (else `sha256:` and the first 12 hex digits of its SHA-256 — a name its content gives,
    /// the same whatever the file is called), its date and debate (`date` and `debate`, given by
    /// a person, win over the text's), its SHA-256 and its motions. `nil` when neither the text
    /// nor `date` gives a date.
    public init?(_ reader: MotionReader, bytes: [UInt8], date: Day?, debate: Debate?) {
        let document = reader.document
        guard let date = date ?? document.date else { return nil }
        let sha256 = SHA256.hash(bytes).hex
        let motions = reader.motions.map { motion in
            var reading = motion.reading
            reading.findings = motion.kept
            return reading
        }
        self.init(number: document.number ?? DocumentReading.contentName(sha256: sha256), date: date,
                  debate: debate ?? document.debate, sha256: sha256, motions: motions,
                  findings: reader.findings)
    }


    /// The name of a document without a number of its own: `sha256:` and the first 12 hex
    /// digits of the SHA-256 of its bytes.
    package static func contentName(sha256: String) -> String { "sha256:" + sha256.prefix(12) }
}

extension Debate {
    /// A debate a person names by its label, as `ingest --debate` does: a last word written
    /// `YYYY-MM-DD` is its day.
    public init(label: String) {
        self.init(label: label, date: label.split(separator: " ").last.flatMap { Day(iso: $0) })
    }
}

extension Motion {
    /// The findings a reading keeps with the motion's event: its own, and, for a status that
    /// hangs on a condition, that condition, so that "uncertain" always says why.
    var kept: [Finding] {
        var kept = findings
        // Uncertain without a finding of its own and with answers that agree: the status
        // hangs on a condition (`indien`, `mits`), the one other reason a reading is uncertain.
        let conditional = readings.contains { $0.conditional && $0.evidenceLine == evidenceLine }
        if uncertain, !mixed, conditional || kept.isEmpty {
            kept.append(FindingText.conditional.finding(at: SourceLocation(line: evidenceLine, column: 1)))
        }
        return kept
    }
}
