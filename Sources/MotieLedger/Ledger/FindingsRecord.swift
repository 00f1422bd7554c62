/// What a reading found beside its statuses, kept with what it found it in: the findings of a
/// status event (why it is uncertain: a conditional answer, answers that disagree, a link that
/// may be wrong) or of a document record (a mention that identifies no motion). `event` is the
/// line of that event or document; each finding is written `LINE:COLUMN: category: message`
/// (without a place, `category: message`), as `ingest` warned it.
package struct FindingsRecord: Hashable, Sendable {
    package var target: Int
    package var findings: [String]

    package init(target: Int, findings: [String]) {
        self.target = target
        self.findings = findings
    }
}
