import Kamerstuk

/// Where facts come from, and the day they speak for: of two sources that give the same field,
/// the later one wins.
package struct FactsSource: Hashable, Sendable {
    package enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The Tweede Kamer's open data (a Zaak, Besluit or Stemming record).
        case openData = "opendata"
        /// The motion's own text (officielebekendmakingen XML, or its PDF).
        case motion
        /// A footnote of another document that names the motion.
        case footnote
        /// A person, with `record`.
        case manual
    }

    package var kind: Kind
    /// What names the source: a Zaak number, a Besluit's id, a document's number.
    package var reference: String
    /// The day the source speaks for (a record's last change, a document's date).
    package var date: Day?

    package init(kind: Kind, reference: String, date: Day?) {
        self.kind = kind
        self.reference = reference
        self.date = date
    }
}
