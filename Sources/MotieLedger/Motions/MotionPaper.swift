import Kamerstuk

/// A motion's own text (`De Kamer, gehoord de beraadslaging, … verzoekt de regering …`, as
/// officielebekendmakingen publishes it): what it says of other motions is the Kamer's view
/// (`constaterende dat … niet is uitgevoerd`), never a report of how far they have come; its
/// title in capitals names the motion itself, or, for a changed one, also the motion it
/// replaces (`GEWIJZIGDE MOTIE VAN HET LID CEDER TER VERVANGING VAN DIE GEDRUKT ONDER NR. 3482`).
struct MotionPaper {
    /// The document is a motion's text.
    let isMotionText: Bool
    /// Its own Kamerstuk, from its number (`kst-19637-3488`), for the number it replaces.
    let ownID: KamerstukID?

    /// The formula every motion opens with, after its title.
    static let formula = Array("gehoord de beraadslaging".utf8)

    init(_ document: AnswerDocument) {
        let head = document.body.prefix(16_384)
        isMotionText = MotionPaper.contains(head, MotionPaper.formula)
        ownID = document.number.flatMap { KamerstukID(canonical: $0) }
    }

    /// Whether `bytes` hold `needle`, ignoring the case of ASCII letters.
    static func contains(_ bytes: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        var i = bytes.startIndex
        while i + needle.count <= bytes.endIndex {
            if bytes[i] | 0x20 == needle[0], zip(bytes[i..<(i + needle.count)], needle).allSatisfy({ ($0 | 0x20) == $1 || $0 == $1 }) {
                return true
            }
            i += 1
        }
        return false
    }

    /// What a mention in a title in capitals is: nil when it is the motion's own title (no
    /// mention of another motion); the replaced motion's Kamerstuk when the title goes on `TER
    /// VERVANGING VAN DIE GEDRUKT ONDER NR. 3482` (a number in the motion's own dossier).
    /// `.some(nil)`: not a title.
    func titleTarget(of mention: Mention, in body: [UInt8]) -> KamerstukID?? {
        guard isMotionText, mention.kind == .named, mention.range.count >= 5,
              body[mention.range.lowerBound..<(mention.range.lowerBound + 5)].allSatisfy(TextBytes.isUpper)
        else { return .some(nil) }
        let after = Words.split(body, in: mention.range.upperBound..<min(body.count, mention.range.upperBound + 80))
        let replaced = ["ter", "vervanging", "van", "die", "gedrukt", "onder", "nr"]
        guard after.count > replaced.count, after.prefix(replaced.count).map(\.folded) == replaced,
              let own = ownID, let id = KamerstukID(dossier: own.dossier, toevoeging: own.toevoeging, number: after[replaced.count].folded)
        else { return nil }
        return id
    }
}
