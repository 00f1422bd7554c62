/// How far a motion has been carried out, in the one small vocabulary of
/// <doc:Domain#Execution-status>.
/// The source's own words travel along as evidence.
public enum MotionStatus: String, CaseIterable, Hashable, Sendable, Comparable {
    /// Carried out (afgedaan).
    case uitgevoerd
    /// Part done, part pending.
    case deelsUitgevoerd = "deels-uitgevoerd"
    /// Being carried out.
    case inUitvoering = "in-uitvoering"
    /// The government still considers how or whether.
    case inBehandeling = "in-behandeling"
    /// Will not or cannot be carried out.
    case nietUitgevoerd = "niet-uitgevoerd"
    /// Lapsed or superseded.
    case vervallen
    /// Mentioned, but nothing said about its execution.
    case onbekend

    /// How far along the road to done a status stands: when several answers of one document
    /// read differently, the most advanced wins (uitgevoerd > deels-uitgevoerd > in-uitvoering
    /// > in-behandeling > onbekend). Refusal and lapse stand apart: they count only when stated
    /// outright and nothing in the same document reads further along.
    public var progress: Int {
        switch self {
        case .uitgevoerd: 5
        case .deelsUitgevoerd: 4
        case .inUitvoering: 3
        case .inBehandeling: 2
        case .nietUitgevoerd, .vervallen: 1
        case .onbekend: 0
        }
    }

    /// Orders by `progress`, then by declaration for a stable order among equals.
    public static func < (lhs: MotionStatus, rhs: MotionStatus) -> Bool {
        if lhs.progress != rhs.progress { return lhs.progress < rhs.progress }
        return allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The status a person typed, in any form a report shows it: as in JSON (`in-behandeling`),
    /// as the Dutch or English report words it (`in behandeling`, `under consideration`), in
    /// any case, with spaces, hyphens or underscores between the words.
    public init?(written text: String) {
        let wanted = MotionStatus.comparable(text)
        guard let status = MotionStatus.allCases.first(where: { status in
            [status.rawValue, status.word(.nl), status.word(.en)].contains { MotionStatus.comparable($0) == wanted }
        }) else { return nil }
        self = status
    }

    /// Lowercase words joined by one hyphen.
    private static func comparable(_ text: String) -> String {
        text.lowercased().split { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" }.joined(separator: "-")
    }

    /// The word for people, in Dutch (the default) or English.
    public func word(_ language: Language) -> String {
        switch (self, language) {
        case (.uitgevoerd, .nl): "uitgevoerd"
        case (.deelsUitgevoerd, .nl): "deels uitgevoerd"
        case (.inUitvoering, .nl): "in uitvoering"
        case (.inBehandeling, .nl): "in behandeling"
        case (.nietUitgevoerd, .nl): "niet uitgevoerd"
        case (.vervallen, .nl): "vervallen"
        case (.onbekend, .nl): "onbekend"
        case (.uitgevoerd, .en): "carried out"
        case (.deelsUitgevoerd, .en): "partly carried out"
        case (.inUitvoering, .en): "being carried out"
        case (.inBehandeling, .en): "under consideration"
        case (.nietUitgevoerd, .en): "not carried out"
        case (.vervallen, .en): "lapsed"
        case (.onbekend, .en): "unknown"
        }
    }
}
