import Foundation

/// A moment of the ledger's history as a person names it, for `--at` and for diff's FROM and
/// TO: a document number (up to the end of its reading), a date `YYYY-MM-DD` (the end of that
/// day), or a debate label (after the latest document that answers the debate; any case,
/// spaces and hyphens ignored, and part of a label will do when it names one debate). Resolved
/// once into a ``Cutoff`` that says which of these it named.
package struct CutoffQuery: Hashable, Sendable {
    /// The words as given, without white space at either end.
    package let text: String
    /// The day the words name when they are written as a date.
    private let day: Day?

    /// Reads the words; written as a date (`YYYY-MM-DD`), they must be a real day in the range
    /// every date shares, or they are a mistake in the call rather than a name to look for.
    package init(_ text: String) throws(DayError) {
        self.text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        day = Day.isWrittenAsDate(self.text) ? try Day(parsing: self.text) : nil
    }

    /// The cutoff the words name in `timeline`. Fails with `noMatch` when they name none, and
    /// with `rejected` when they fit several debates.
    package func resolve(in timeline: Timeline) throws(LedgerError) -> Cutoff {
        if let document = timeline.document(number: text) { return .after(document, named: .document(document)) }
        if let day { return .endOf(day) }
        let wanted = CutoffQuery.labelForm(text)
        let labelled = timeline.documents.compactMap { document in document.debate.map { (label: $0, document: document) } }
        var matches = labelled.filter { CutoffQuery.labelForm($0.label) == wanted }
        if matches.isEmpty, !wanted.isEmpty {
            matches = labelled.filter { label, document in
                let form = CutoffQuery.labelForm(label)
                return form.contains(wanted) || (form + (document.debateDate.map { CutoffQuery.labelForm($0.iso) } ?? "")).contains(wanted)
            }
        }
        let debates = matches.map(\.label).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if debates.count > 1 {
            throw LedgerError(.rejected, "'\(text)' names several debates: \(debates.joined(separator: "; ")); give more of the label",
                              path: timeline.path)
        }
        guard let latest = matches.max(by: { ($0.document.date, $0.document.seq) < ($1.document.date, $1.document.seq) }) else {
            throw LedgerError(.noMatch, "'\(text)' matched nothing: it is not a date (YYYY-MM-DD), nor a document or a debate in the ledger\(nearest(in: timeline))",
                              path: timeline.path)
        }
        return .after(latest.document, named: .debate(label: latest.label, after: latest.document))
    }

    /// What the ledger holds nearest to the words, for the message of a query that matched
    /// nothing: the nearest debates and documents (or that none is near), and where to find them all.
    private func nearest(in timeline: Timeline) -> String {
        let documents = timeline.documents
        guard !documents.isEmpty else { return "; the ledger holds no documents yet" }
        var text = ""
        let debates = Nearness.nearest(to: self.text, among: documents.compactMap(\.debate))
        if !debates.isEmpty { text += "; nearest debates: " + debates.map { "'\($0)'" }.joined(separator: ", ") }
        let numbers = Nearness.nearest(to: self.text, among: documents.map(\.number))
        if !numbers.isEmpty { text += "; nearest documents: " + numbers.joined(separator: ", ") }
        if text.isEmpty { text = "; no debate or document in the ledger is near it" }
        return text + " ('motieledger documents' lists them all)"
    }

    /// A label without case, diacritics, or anything but letters and digits.
    static func labelForm(_ text: String) -> String {
        String(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars
            .filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
