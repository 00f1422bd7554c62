import Kamerstuk

/// Reads the motions of a document, as a pipeline of stages each with a result of its own:
/// the document cut into units (``ReadingUnits``: its question/answer pairs, the rows of an
/// annex, or a letter) → the mentions found in them (``MentionFinder``) → each linked to its
/// Kamerstuk (``KamerstukLinker``) → the mentions that name a motion grouped into motions
/// (``MotionGrouper``) → the references back resolved to them (``ReferenceResolver``) → each
/// unit's status of each motion read, with the sentence that shows it (``MotionStatusReader``).
public struct MotionReader {
    public let document: AnswerDocument
    public let motions: [Motion]
    /// Findings about the document's motions as a whole (and the document's own).
    public let findings: [Finding]

    public init(_ document: AnswerDocument) {
        self.document = document
        let found = MentionReader(text: document.body, range: 0..<document.body.count).mentions(inFootnote: false)
        let units = ReadingUnits(document, mentions: found)
        let places = TextPlaces(document.body)
        let motionText = MotionPaper(document)
        let mentions = MentionFinder.find(found, in: document, units: units, motionText: motionText)
        let linker = KamerstukLinker(document, units: units, mentions: mentions)
        let grouper = MotionGrouper(units: units, mentions: mentions, links: linker.links)
        let resolver = ReferenceResolver(document, units: units, places: places, groups: grouper.groups)
        let status = MotionStatusReader(document, units: units, places: places, groups: resolver.groups,
                                        motionPaper: motionText.isMotionText)
        let assembly = MotionAssembly(document, units: units, places: places, status: status)
        motions = resolver.groups.indices.map(assembly.motion).sorted {
            ($0.mentions.first?.line ?? 0, $0.mentions.first?.column ?? 0) < ($1.mentions.first?.line ?? 0, $1.mentions.first?.column ?? 0)
        }
        findings = document.findings + (linker.findings + resolver.findings).map { $0.finding(in: document) }
    }
}
