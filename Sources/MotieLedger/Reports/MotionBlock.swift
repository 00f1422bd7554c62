import Kamerstuk

/// A motion in a text report, as `status`, `diff` and `overdue` show it: its key and name, its
/// page, then lines of `label: value` in one column. The one rendering of a motion's details:
/// each report adds its own rows (the status, the days overdue), and the status's details
/// (``details(of:_:)``) are written the same everywhere.
struct MotionBlock {
    private(set) var text: PersonText

    init(_ motion: TimelineMotion) {
        text = MotionBlock.heading(motion) + "\n"
        if let id = motion.id { text += "  \(id.url)\n" }
    }

    /// A motion known by its Kamerstuk, with the name the ledger gives it, if any.
    init(id: KamerstukID, name: String?) {
        text = name.map { "\(id.canonical) — \($0)\n" } ?? "\(id.canonical)\n"
        text += "  \(id.url)\n"
    }

    /// The motion as a report's heading names it: its key, and its name when that says more.
    static func heading(_ motion: TimelineMotion) -> PersonText {
        ReportText.line(motion.name) == ReportText.line(motion.key) ? "\(motion.key)" : "\(motion.key) — \(motion.name)"
    }

    /// Adds `label: value`, the values of a block lined up.
    mutating func row(_ label: String, _ value: PersonText) {
        let label = label + ":"
        text += "  \(label)\(PersonText(stringLiteral: String(repeating: " ", count: max(1, 14 - label.count))))\(value)\n"
    }

    /// Adds a line of its own, indented as the rows are.
    mutating func line(_ line: PersonText) {
        text += "  \(line)\n"
    }

    /// Adds the details of the event that set a status: source, evidence, promised time,
    /// uncertainty (as `timeline` holds it: a confirmed reading is no longer uncertain) with the
    /// findings the reading kept, who recorded it and the note.
    mutating func details(of event: StatusEvent, _ language: Language, timeline: Timeline? = nil, seq: Int? = nil,
                          uncertain: Bool? = nil) {
        var source: PersonText = "\(event.source), \(event.date)"
        if let debate = event.debate { source += " (\(debate))" }
        row(language.pick("bron", "source"), source)
        if let evidence = event.evidence {
            let line: PersonText = event.evidenceLine.map { " (\(language.pick("regel", "line")) \($0))" } ?? ""
            row(language.pick("passage", "evidence"), "\u{201C}\(evidence)\u{201D}\(line)")
        }
        if let expected = event.expected {
            row(language.pick("verwacht", "expected"), "\(expected.text) (\(ReportWords.range(expected, language)))")
        }
        let confirmation = seq.flatMap { timeline?.confirmation(ofEvent: $0) }
        let findings = seq.flatMap { timeline?.keptFindings(of: $0) } ?? []
        if uncertain ?? event.uncertain, confirmation == nil {
            // The reason kept with the reading is its finding; a reading kept before findings
            // were has only the flag, and the words say where to look.
            let why: PersonText = findings.isEmpty
                ? ReportWords.uncertainInLedger(event.source, language)
                : "\(language.pick("ja — zie de bevinding; lees de passage na", "yes — see the finding; read the passage"))"
            row(language.pick("onzeker", "uncertain"), why)
        }
        for finding in findings { row(language.pick("bevinding", "finding"), "\(finding.text(language))") }
        if let confirmation {
            row(language.pick("bevestigd", "confirmed"), "\(confirmation.record.who) (\(language.pick("regel", "line")) \(confirmation.seq))")
        }
        if event.by == .manual {
            let correction = event.corrects ? language.pick(", correctie van de bron", ", correcting the source") : ""
            row(language.pick("vastgelegd", "recorded by"), "\(event.who ?? "?")\(correction)")
        }
        if let note = event.note { row(language.pick("notitie", "note"), "\(note)") }
    }
}
