import Kamerstuk

/// Words for people that several reports share, in Dutch or English.
enum ReportWords {
    /// What a cutoff was named as: `begrotingsbehandeling … 2026-01-27 (na 2026D03887,
    /// 2026-01-28)`, `2026D03887 (2026-01-28)` or `2026-01-28`.
    static func cutoff(_ cutoff: Cutoff, _ language: Language) -> String {
        switch cutoff.named {
        case .debate(let label, let document):
            "\(label) (\(language.pick("na", "after")) \(document.number), \(document.date.iso))"
        case .document(let document):
            "\(document.number) (\(document.date.iso))"
        case .date:
            cutoff.date.iso
        }
    }

    /// The range of days of a promised time: `2026-10-01 t/m 2026-12-31`, or `2026-10-01 to 2026-12-31`.
    static func range(_ expected: ExpectedTime, _ language: Language) -> String {
        "\(expected.from.iso) \(language.pick("t/m", "to")) \(expected.to.iso)"
    }

    /// Why a status read from `source` is uncertain, as far as the ledger knows: the kinds of
    /// reason a reading has, and where to see which it was (the ledger keeps the flag only).
    static func uncertainInLedger(_ source: String, _ language: Language) -> PersonText {
        language == .nl
            ? "ja — een voorwaarde, antwoorden die verschillen of een koppeling die onjuist kan zijn; welke, zegt 'motieledger motions' van \(source); lees de passage na"
            : "yes — a condition, answers that disagree or a link that may be wrong; 'motieledger motions' of \(source) says which; read the passage"
    }

    /// Why the reading of a motion is uncertain: the passage sets a condition, the answers
    /// disagree, the link to its Kamerstuk may be wrong (each as the reading found it).
    static func uncertaintyReasons(_ motion: Motion, _ language: Language) -> [String] {
        let chosen = motion.readings.first { $0.evidenceLine == motion.evidenceLine && $0.evidence == motion.evidence }
        let categories = (chosen?.conditional == true ? [Finding.Category.conditional] : []) + (motion.mixed ? [.mixedReadings] : [])
            + motion.findings.map(\.category)
        return uncertaintyReasons(categories, language)
    }

    /// Why a reading is uncertain, in few words, from the categories of the findings kept with
    /// it (each reason once, in their order): `de passage stelt een voorwaarde`, `de antwoorden
    /// verschillen`, `de koppeling kan onjuist zijn`, `alleen de titel van de tabel geeft de status`.
    static func uncertaintyReasons(_ categories: [Finding.Category], _ language: Language) -> [String] {
        var reasons: [String] = []
        for category in categories {
            let reason: String? = switch category {
            case .conditional: language.pick("de passage stelt een voorwaarde", "the passage sets a condition")
            case .mixedReadings: language.pick("de antwoorden verschillen", "the answers disagree")
            case .uncertainLink: language.pick("de koppeling kan onjuist zijn", "the link may be wrong")
            case .uncertainStatus: language.pick("alleen de titel van de tabel geeft de status", "only the table's title gives the status")
            default: nil
            }
            if let reason, !reasons.contains(reason) { reasons.append(reason) }
        }
        return reasons
    }

    /// How many motions: `geen moties`, `1 motie`, `2 moties` (`no motions`, `1 motion`, …).
    static func motions(_ count: Int, _ language: Language) -> String {
        count == 0 ? language.pick("geen moties", "no motions") : counted(count, language.pick("motie", "motion"), language.pick("moties", "motions"))
    }

    /// `152 dagen`, `1 day`.
    static func days(_ count: Int, _ language: Language) -> String {
        counted(count, language.pick("dag", "day"), language.pick("dagen", "days"))
    }

    /// `onzeker`, and why when the findings kept with the reading say: `onzeker: de passage
    /// stelt een voorwaarde`.
    static func uncertain(_ categories: [Finding.Category], _ language: Language) -> String {
        let reasons = uncertaintyReasons(categories, language)
        return language.pick("onzeker", "uncertain") + (reasons.isEmpty ? "" : ": " + reasons.joined(separator: "; "))
    }

    /// A list of names with its first letter capitalised, as it opens a line: `van der Werf,
    /// Klos` → `Van der Werf, Klos`.
    static func capitalisingStart(_ list: String) -> String {
        guard let first = list.first, first.isLowercase else { return list }
        return first.uppercased() + list.dropFirst()
    }
}

/// `count` and the word for that many: `1 gebeurtenis`, `2 gebeurtenissen`.
func counted(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count == 1 ? one : many)"
}
