import Kamerstuk

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
