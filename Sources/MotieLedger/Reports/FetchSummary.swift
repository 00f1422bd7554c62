/// What `fetch` says of a document it was asked for: where it now is, and whether it was
/// downloaded or already there.
package struct FetchSummary: Sendable {
    package let id: PublicationID
    package let outcome: DocumentFetcher.Outcome

    package init(_ id: PublicationID, _ outcome: DocumentFetcher.Outcome) {
        self.id = id
        self.outcome = outcome
    }

    /// One line, in Dutch or English: `kst-36725-XXIII-13: opgehaald, PATH`, or `… al
    /// opgehaald, PATH (--refresh haalt het opnieuw op)`.
    package func text(_ language: Language = .nl) -> String {
        let text: PersonText = switch outcome {
        case .fetched(let path): "\(id.value): \(language.pick("opgehaald", "fetched")) \(path)\n"
        case .present(let path):
            "\(id.value): \(language.pick("al opgehaald", "already fetched")), \(path) (\(language.pick("--refresh haalt het opnieuw op", "--refresh fetches it again")))\n"
        }
        return text.text
    }
}
