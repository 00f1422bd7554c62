import Kamerstuk

/// Facts from footnotes that name a motion with its Kamerstuk: `Motie van het lid Dobbe over
/// steun aan Radio Dabanga, Kamerstuk 36600-V, nr. 61` gives kst-36600-V-61 its title and
/// submitter. A footnote may name several papers, separated by `;`: each part is read alone,
/// and only a part that is a motion's title followed by exactly one Kamerstuk gives facts (a
/// title over two documents cannot say which one it names).
package enum FootnoteFacts {
    /// The facts the footnotes of `document` give, dated by the document.
    /// - Parameter reference: what names the document in the ledger (its number, else its file).
    package static func read(_ document: AnswerDocument, reference: String) -> [SourcedFacts] {
        var all: [SourcedFacts] = []
        var seen: Set<KamerstukID> = []
        for footnote in document.footnotes {
            for part in footnote.text.split(separator: ";") {
                guard let facts = facts(String(part)), let id = facts.id, seen.insert(id).inserted else { continue }
                all.append(SourcedFacts(facts, source: FactsSource(kind: .footnote, reference: reference, date: document.date)))
            }
        }
        return all
    }

    /// The facts of one part of a footnote, if it names one motion and one Kamerstuk.
    static func facts(_ part: String) -> MotionFacts? {
        let text = String(part.trimmingWhitespace.drop { $0.isNumber }).trimmingWhitespace
        guard let title = MotionTitle(text) else { return nil }
        let ids = CitationScanner.scan(text).compactMap { match -> KamerstukID? in
            if case .kamerstuk(let id) = match.reading { return id }
            return nil
        }
        guard Set(ids).count == 1 else { return nil }
        return MotionFacts(id: ids[0], title: title.text, submitters: title.names.map { Submitter(name: $0) },
                           replaces: title.replaces)
    }
}
