/// How many motions had each status at each debate or document date: a stacked bar a date,
/// drawn as inline SVG, with its numbers as a table beside it for whoever cannot see the bars.
///
/// A bar counts every motion's status at the end of its day, as `table --at DATE` would. Its
/// days are those of the documents read and of the records made by hand; more than
/// ``StatusChart/maximumBars`` of them are taken a month a bar, and as many months a year a
/// bar, each bar then the status at the end of its month or year.
struct StatusChart {
    /// One bar: what it stands for, and the motions of each status then.
    struct Bar {
        /// `2026-01-28`, `2026-04` or `2026`.
        let label: String
        /// The count of each status, in the order of ``MotionStatus/allCases``.
        let counts: [Int]
        /// The documents of a day (`2026D03887 (begrotingsbehandeling …)`), for its tooltip.
        let documents: [String]

        var total: Int { counts.reduce(0, +) }
    }

    /// More bars than this would be too thin to see or to point at.
    static let maximumBars = 60

    let bars: [Bar]

    /// The chart of `motions` (each motion that has a status) in `timeline`.
    init(timeline: Timeline, motions: [TimelineMotion]) {
        let changes = motions.map(timeline.statusChanges(of:))
        var days = Set(timeline.documents.map(\.date.daysSinceEpoch))
        for list in changes { for change in list { days.insert(change.date.daysSinceEpoch) } }
        let grain = Grain.fitting(days.sorted().map { Day(daysSinceEpoch: $0) }, most: StatusChart.maximumBars)
        let keys = Array(Set(days.map { grain.key(Day(daysSinceEpoch: $0)) })).sorted()
        let statuses = MotionStatus.allCases
        // Each change counts from its own bar on, until the motion's next change: a count
        // goes up at the first bar and down at the bar of the next change, summed once at the end.
        var steps = [[Int]](repeating: [Int](repeating: 0, count: keys.count + 1), count: statuses.count)
        let barIndex = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        // Every day of a change or a document has its bar.
        func bar(of day: Day) -> Int { barIndex[grain.key(day)]! }
        for list in changes {
            for (index, change) in list.enumerated() {
                let status = statuses.firstIndex(of: change.status)!
                steps[status][bar(of: change.date)] += 1
                let end = index + 1 < list.count ? bar(of: list[index + 1].date) : keys.count
                steps[status][end] -= 1
            }
        }
        var documents = [[String]](repeating: [], count: keys.count)
        if grain == .day {
            for document in timeline.documents {
                let label = document.debate.map { "\(document.number) (\($0))" } ?? document.number
                documents[bar(of: document.date)].append(label)
            }
        }
        var running = [Int](repeating: 0, count: statuses.count)
        bars = keys.indices.map { index in
            for status in statuses.indices { running[status] += steps[status][index] }
            return Bar(label: grain.label(keys[index]), counts: running, documents: documents[index])
        }
    }

    /// How much time a bar stands for.
    enum Grain {
        case day, month, year

        /// The finest grain that gives at most `most` bars for `days` (sorted).
        static func fitting(_ days: [Day], most: Int) -> Grain {
            if days.count <= most { return .day }
            let months = Set(days.map { $0.year * 12 + $0.month - 1 })
            return months.count <= most ? .month : .year
        }

        /// A number for the bar that holds `day`, increasing with time.
        func key(_ day: Day) -> Int {
            switch self {
            case .day: day.daysSinceEpoch
            case .month: day.year * 12 + day.month - 1
            case .year: day.year
            }
        }

        func label(_ key: Int) -> String {
            switch self {
            case .day: Day(daysSinceEpoch: key).iso
            case .month: "\(Day(year: key / 12, month: key % 12 + 1, day: 1)!.iso.prefix(7))"
            case .year: Day(year: key, month: 1, day: 1)!.iso.prefix(4).description
            }
        }
    }

    // MARK: Drawing

    private static let width = 720.0, height = 300.0
    private static let left = 48.0, right = 8.0, top = 12.0, bottom = 36.0

    /// The chart as inline SVG: an axis with ticks, a stacked bar a date (each status's part
    /// coloured by its class, bottom up in the order of ``MotionStatus/allCases``), a label
    /// under some bars, and the bar's date and numbers as its tooltip (`<title>`).
    func svg(_ words: PageWords) -> String {
        let plotWidth = StatusChart.width - StatusChart.left - StatusChart.right
        let plotHeight = StatusChart.height - StatusChart.top - StatusChart.bottom
        let axisTop = StatusChart.niceCeiling(bars.map(\.total).max() ?? 0)
        let step = StatusChart.niceCeiling(max(1, axisTop / 4))
        let baseline = StatusChart.top + plotHeight
        func y(_ count: Int) -> Double { baseline - Double(count) / Double(axisTop) * plotHeight }
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(Int(StatusChart.width)) \(Int(StatusChart.height))\" role=\"img\" "
            + "aria-labelledby=\"chart-title chart-desc\"><title id=\"chart-title\">\(HTMLText.text(words.chartTitle))</title>"
            + "<desc id=\"chart-desc\">\(HTMLText.text(description(words)))</desc>"
        for tick in stride(from: 0, through: axisTop, by: step) {
            let at = StatusChart.number(y(tick))
            svg += "<line class=\"grid\" x1=\"\(StatusChart.number(StatusChart.left))\" x2=\"\(StatusChart.number(StatusChart.width - StatusChart.right))\" y1=\"\(at)\" y2=\"\(at)\"/>"
            svg += "<text class=\"tick\" x=\"\(StatusChart.number(StatusChart.left - 6))\" y=\"\(at)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(tick)</text>"
        }
        let slot = plotWidth / Double(max(bars.count, 1))
        let barWidth = max(1, slot * 0.75)
        let labelEvery = max(1, (bars.count + 7) / 8)
        for (index, bar) in bars.enumerated() {
            let x = StatusChart.left + slot * Double(index) + (slot - barWidth) / 2
            svg += "<g><title>\(HTMLText.text(tooltip(bar, words)))</title>"
            var below = 0
            for (status, count) in zip(MotionStatus.allCases, bar.counts) where count > 0 {
                let top = y(below + count)
                svg += "<rect class=\"st-\(status.rawValue)\" x=\"\(StatusChart.number(x))\" y=\"\(StatusChart.number(top))\" "
                    + "width=\"\(StatusChart.number(barWidth))\" height=\"\(StatusChart.number(y(below) - top))\"/>"
                below += count
            }
            svg += "</g>"
            if index % labelEvery == 0 {
                svg += "<text class=\"tick\" x=\"\(StatusChart.number(x + barWidth / 2))\" y=\"\(StatusChart.number(baseline + 16))\" "
                    + "text-anchor=\"middle\">\(HTMLText.text(bar.label))</text>"
            }
        }
        svg += "<line class=\"axis\" x1=\"\(StatusChart.number(StatusChart.left))\" x2=\"\(StatusChart.number(StatusChart.width - StatusChart.right))\" "
            + "y1=\"\(StatusChart.number(baseline))\" y2=\"\(StatusChart.number(baseline))\"/></svg>"
        return svg
    }

    /// The legend: a swatch and the word of each status.
    func legend(_ words: PageWords) -> String {
        "<ul class=\"legend\">" + MotionStatus.allCases.map { status in
            "<li><span class=\"swatch st-\(status.rawValue)\"></span>\(HTMLText.text(status.word(words.language)))</li>"
        }.joined() + "</ul>"
    }

    /// The numbers of every bar as a table: a row a date, a column a status.
    func table(_ words: PageWords) -> String {
        let statuses = MotionStatus.allCases
        var html = "<table class=\"numbers\"><thead><tr><th scope=\"col\">\(HTMLText.text(words.date))</th>"
        html += statuses.map { "<th scope=\"col\">\(HTMLText.text($0.word(words.language)))</th>" }.joined()
        html += "<th scope=\"col\">\(HTMLText.text(words.total))</th></tr></thead><tbody>"
        for bar in bars {
            html += "<tr><th scope=\"row\">\(HTMLText.text(bar.label))</th>" + bar.counts.map { "<td>\($0)</td>" }.joined()
                + "<td>\(bar.total)</td></tr>"
        }
        return html + "</tbody></table>"
    }

    /// What the chart shows, in a sentence: its span and how the motions stood at its end.
    private func description(_ words: PageWords) -> String {
        guard let first = bars.first, let last = bars.last else { return words.noData }
        return "\(first.label) – \(last.label). \(last.label): \(counted(last, words))"
    }

    /// `2026-01-28: 18 moties — 6 uitgevoerd, 2 deels uitgevoerd, …; 2026D03887 (…)`.
    private func tooltip(_ bar: Bar, _ words: PageWords) -> String {
        var text = "\(bar.label): \(counted(bar, words))"
        if !bar.documents.isEmpty {
            let shown = bar.documents.prefix(3).map { ReportText.shortened($0, limit: 90) }
            text += "; " + shown.joined(separator: "; ")
            if bar.documents.count > 3 { text += " " + words.more(bar.documents.count - 3) }
        }
        return text
    }

    private func counted(_ bar: Bar, _ words: PageWords) -> String {
        let parts = zip(MotionStatus.allCases, bar.counts).filter { $0.1 > 0 }.map { "\($0.1) \($0.0.word(words.language))" }
        return words.motions(bar.total) + (parts.isEmpty ? "" : " — " + parts.joined(separator: ", "))
    }

    /// The smallest of 1, 2 or 5 times a power of ten that is at least `value` (1 for nothing).
    static func niceCeiling(_ value: Int) -> Int {
        var power = 1
        while true {
            for factor in [1, 2, 5] where factor * power >= value { return factor * power }
            power *= 10
        }
    }

    /// A coordinate with at most one decimal, as SVG reads it.
    private static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
