extension DocumentReading {
    /// What a document, read by `reader` from `bytes`, says, ready for the ledger: its number
    /// (else `name`, the name of its file, else `stdin-` and the start of its SHA-256), its date
    /// and debate (`date` and `debate`, given by a person, win over the text's), its SHA-256 and
    /// its motions. `nil` when neither the text nor `date` gives a date.
    public init?(_ reader: MotionReader, bytes: [UInt8], name: String?, date: Day?, debate: Debate?) {
        let document = reader.document
        guard let date = date ?? document.date else { return nil }
        let sha256 = SHA256.hash(bytes).hex
        self.init(number: document.number ?? name ?? "stdin-" + sha256.prefix(12), date: date, debate: debate ?? document.debate,
                  sha256: sha256, motions: reader.motions.map(\.reading))
    }
}

extension Debate {
    /// A debate a person names by its label, as `ingest --debate` does: a last word written
    /// `YYYY-MM-DD` is its day.
    public init(label: String) {
        self.init(label: label, date: label.split(separator: " ").last.flatMap { Day(iso: $0) })
    }
}
