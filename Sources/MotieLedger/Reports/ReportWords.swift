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
}

/// `word` for `count` of them: `1 event`, `2 events`, `2 aliases`.
func plural(_ count: Int, _ word: String) -> String {
    count == 1 ? word : (word.hasSuffix("s") ? word + "es" : word + "s")
}
