import Kamerstuk

/// The lists beside the chart: the motions past their promised time, and those no document
/// has answered on. Each names its motion with a link that opens its history in the table.
struct PageLists {
    /// More entries than this are counted, not listed: the table sorts the rest.
    static let shown = 100

    /// One motion in a list.
    struct Entry {
        /// The key that opens the motion in the table; `nil` for a motion the table does not
        /// hold (known from its facts alone).
        let key: String?
        let id: KamerstukID?
        let name: String
        /// What the list says of it: `152 dagen — in het vierde kwartaal van 2026`.
        let detail: String
    }

    /// The motions past their promised time on the report's day, longest overdue first, each
    /// made when it is listed: thousands are counted, a hundred shown.
    static func overdue(_ report: OverdueReport, _ words: PageWords) -> some RandomAccessCollection<Entry> {
        report.entries.lazy.map { entry in
            let motion = entry.row.motion
            return Entry(key: motion.key, id: motion.id, name: motion.name,
                         detail: "\(words.days(entry.daysOverdue)) — \(entry.expected.text) (\(words.range(entry.expected)))")
        }
    }

    /// The motions no document has answered on. Where the ledger holds facts: the adopted
    /// motions without a reading of their execution since the vote, oldest vote first, with
    /// the days since it, as `unanswered` lists them (``UnansweredReport``). Where it holds
    /// none: the motions whose every reading says nothing of their execution.
    static func unanswered(timeline: Timeline, states: [MotionState], facts: FactsMerge, today: Day,
                           _ words: PageWords) -> (entries: [Entry], fromVotes: Bool) {
        guard !facts.profiles.isEmpty else {
            let silent = states.filter { $0.event.status == .onbekend }
            return (silent.map { Entry(key: $0.motion.key, id: $0.motion.id, name: $0.motion.name, detail: $0.since.iso) }, false)
        }
        let report = UnansweredReport(timeline: timeline, on: today)
        return (report.entries.map { entry in
            Entry(key: entry.motion?.key, id: entry.id, name: MotionTitleText.title(entry.motion, entry.facts) ?? entry.motion?.name ?? entry.id.canonical,
                  detail: "\(words.days(entry.days)) — \(entry.adopted.iso)")
        }, true)
    }

    /// A list as HTML: at most ``shown`` entries, then how many more there are.
    static func html(_ entries: some RandomAccessCollection<Entry>, _ words: PageWords) -> String {
        guard !entries.isEmpty else { return "<p>\(HTMLText.text(words.none))</p>" }
        var html = "<ol class=\"motions\">"
        for entry in entries.prefix(shown) {
            let name = HTMLText.text(ReportText.shortened(entry.name, limit: 120))
            let link: String
            if let key = entry.key {
                link = "<a href=\"#open=\(HTMLText.fragmentValue(key))\">\(name)</a>"
            } else if let id = entry.id {
                link = "<a href=\"\(HTMLText.attribute(id.url))\">\(name)</a>"
            } else {
                link = name
            }
            let id = entry.id.map { " <span class=\"id\">\(HTMLText.text($0.canonical))</span>" } ?? ""
            html += "<li>\(link)\(id) <span class=\"detail\">\(HTMLText.text(entry.detail))</span></li>"
        }
        html += "</ol>"
        if entries.count > shown { html += "<p class=\"more\">\(HTMLText.text(words.more(entries.count - shown)))</p>" }
        return html
    }
}
