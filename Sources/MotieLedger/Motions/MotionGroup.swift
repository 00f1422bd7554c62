import Kamerstuk

/// A motion being assembled from its mentions.
struct MotionGroup {
    /// A party as a motion's name, with the subject the mention gives (as a key).
    struct PartyName {
        let party: String
        let subject: String?
    }

    var id: KamerstukID?
    var nameKey: String?
    /// Its mentions, indices into ``PlacedMentions``.
    var members: [Int] = []
    var units: Set<Int> = []
    /// The submitter lists and parties its mentions name, each once, for matching.
    var submitterLists: [[String]] = []
    /// Those of the lists written with `c.s.`: the submitters named are not all.
    var cosignedLists: Set<[String]> = []
    /// The content words of the subjects its mentions give (`over diertransporten`).
    var subjects: [Set<String>] = []
    /// The parties whose motion it is (`de motie van de VVD`), folded, each with the subject
    /// its mention gives.
    var parties: [PartyName] = []
    var uncertain = false
    var notes: [MotionNote] = []

    /// Named by a submitter or a party.
    var hasName: Bool { !submitterLists.isEmpty || !parties.isEmpty }

    /// Whether one of the motion's subjects is `words`' (``MotionNames/sameSubject(_:_:)``).
    func hasSubject(like words: Set<String>) -> Bool {
        subjects.contains { MotionNames.sameSubject($0, words) }
    }
}
