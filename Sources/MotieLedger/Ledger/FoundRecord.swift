/// What a reading found beside its statuses, kept with what it found it in, as codes that a
/// report says in Dutch or English (``FindingText``): the findings of a status event (why it is
/// uncertain) or of a document record (a footnote lost, a mention that identifies no motion).
/// `target` is the line of that event or document. Written by `ingest` since schema version 4;
/// the ``FindingsRecord``s written before keep their English sentences.
package struct FoundRecord: Hashable, Sendable {
    package var target: Int
    package var found: [CodedFinding]

    package init(target: Int, found: [CodedFinding]) {
        self.target = target
        self.found = found
    }
}
