import Kamerstuk

/// A mention placed in the document.
struct PlacedMention {
    /// Where the mention was found, and what that gives it before any linking.
    enum Source: Equatable {
        /// The running text.
        case text
        /// One of the motions of a plural mention that carries its submitters, one per
        /// citation behind it (`De moties van de leden Brekelmans en Piri … (Kamerstuk 36 045,
        /// nrs. 251 en 256)`): this one's citation.
        case listed(KamerstukID)
        /// The text of a footnote, an index into `AnswerDocument.footnotes`.
        case footnote(Int)
        /// The title of a changed motion's text, naming the motion it replaces: that one's
        /// Kamerstuk (``MotionPaper``).
        case replaced(KamerstukID)
    }

    let mention: Mention
    let source: Source
    /// The unit it belongs to (``ReadingUnits``).
    let unit: Int?
    /// The offset that places the mention in a sentence: the mention itself, or for a
    /// mention in a footnote the footnote's marker in the text.
    let anchor: Int
}

/// The mentions of a document in order of their anchors, with search by place.
struct PlacedMentions {
    let all: [PlacedMention]

    subscript(_ index: Int) -> PlacedMention { all[index] }

    var indices: Range<Int> { all.indices }

    /// The mentions anchored in a range.
    func indices(in range: Range<Int>) -> Range<Int> {
        let lo = Sorted.firstIndex(all, atOrAfter: range.lowerBound, by: \.anchor) ?? all.count
        let hi = Sorted.firstIndex(all, atOrAfter: range.upperBound, by: \.anchor) ?? all.count
        return lo..<max(lo, hi)
    }
}

/// The second stage: every mention of a motion in the running text and in the footnotes,
/// placed in its unit (``MentionReader`` reads each one's words).
enum MentionFinder {
    /// Places the mentions `found` in the running text, and finds those in the footnotes.
    static func find(_ found: [Mention], in document: AnswerDocument, units: ReadingUnits, motionText: MotionPaper) -> PlacedMentions {
        var placed: [PlacedMention] = []
        let body = document.body
        for mention in found {
            let unit = units.unit(containing: mention.range.lowerBound)
            // A motion's own title is no mention of a motion; a changed motion's names the one it replaces.
            switch motionText.titleTarget(of: mention, in: body) {
            case .none: continue
            case .some(.some(let replaced)):
                placed.append(PlacedMention(mention: mention, source: .replaced(replaced), unit: unit, anchor: mention.range.lowerBound))
                continue
            case .some(.none): break
            }
            placed.append(PlacedMention(mention: mention, source: .text, unit: unit, anchor: mention.range.lowerBound))
            // `De moties van de leden Brekelmans en Piri over … (Kamerstuk 36 045, nrs. 251 en
            // 256)`: a motion of those submitters for each document cited. `veel moties zijn
            // aangenomen om … (35 334, nrs. 383, 348 en 309)`: a motion, unnamed, for each
            // document the lists in brackets of the plural's clause cite.
            guard mention.kind == .plural else { continue }
            let named = !mention.submitters.isEmpty
            let ids = named ? CitationLists(document).list(after: mention.subjectEnd ?? mention.range.upperBound)
                : CitationLists(document).clauseLists(after: mention.range.upperBound)
            guard ids.count >= 2 else { continue }
            for id in ids {
                let each = Mention(kind: named ? .named : .unnamed, range: mention.range, submitters: mention.submitters, surnames: mention.surnames,
                                   cosigned: mention.cosigned, party: nil, subject: mention.subject, subjectEnd: mention.subjectEnd,
                                   name: mention.name, inFootnote: false, list: mention.range.lowerBound)
                placed.append(PlacedMention(mention: each, source: .listed(id), unit: unit, anchor: mention.range.lowerBound))
            }
        }
        let clean = document.text.bytes
        for (index, footnote) in document.footnotes.enumerated() {
            // A footnote names one motion at most: its first.
            guard let first = MentionReader(text: clean, range: footnote.range).mentions(inFootnote: true)
                .first(where: { $0.kind != .plural && $0.kind != .backReference })
            else { continue }
            let marker = footnote.marker.map { document.markers[$0] }
            placed.append(PlacedMention(mention: first, source: .footnote(index),
                                        unit: marker.flatMap { units.unit(containing: $0.range.lowerBound) },
                                        anchor: marker?.range.lowerBound ?? footnote.range.lowerBound))
        }
        // Stable: mentions of one anchor (a plural's members) keep their order.
        let sorted = placed.enumerated().sorted { ($0.element.anchor, $0.offset) < ($1.element.anchor, $1.offset) }.map(\.element)
        return PlacedMentions(all: sorted)
    }
}
