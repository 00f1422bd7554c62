/// A moment in the ledger's history that a status is asked at: the end of a day, or the end
/// of a document's reading on its day; ``CutoffQuery`` finds the one a person names.
public struct Cutoff: Hashable, Sendable {
    /// What a cutoff was named as.
    public enum Named: Hashable, Sendable {
        /// A date: everything dated up to the end of it.
        case date
        /// A document, up to the end of its reading.
        case document(LedgerDocument)
        /// A debate, as it stood after the latest document that answers it.
        case debate(label: String, after: LedgerDocument)
    }

    public let date: Day
    /// What the cutoff was named as, for a report to say.
    public let named: Named
    /// `date` as days since 1970-01-01, as the replay compares it with every event's.
    let day: Int32
    /// Among events of `date`, those up to this place in the order of reading count.
    let rank: Int32

    /// Everything dated up to and including `day`.
    public static func endOf(_ day: Day) -> Cutoff {
        Cutoff(date: day, rank: .max, named: .date)
    }

    /// Everything up to the end of `document`'s reading, on its date; named as `named`.
    static func after(_ document: LedgerDocument, named: Named) -> Cutoff {
        Cutoff(date: document.date, rank: Int32(document.seq), named: named)
    }

    private init(date: Day, rank: Int32, named: Named) {
        self.date = date
        day = Int32(date.daysSinceEpoch)
        self.rank = rank
        self.named = named
    }

    func includes(day: Int32, rank: Int32) -> Bool {
        day < self.day || (day == self.day && rank <= self.rank)
    }
}
