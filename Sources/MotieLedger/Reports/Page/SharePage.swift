import Kamerstuk

/// The whole ledger as one HTML page to share (`motieledger page`): a file that opens from disk
/// or any web server, with nothing fetched from anywhere — its style, script, data and chart
/// inline, and a Content-Security-Policy that forbids anything else.
///
/// It shows the head of the ledger and the day it was made; a stacked bar chart of the motions
/// per status at each debate or document date (``StatusChart``), with the motions past their
/// promised time and those without a response beside it (``PageLists``); and the status table,
/// which its script fills from the data block (``PageData``): sortable by every column,
/// filtered by status, dossier, party and free text with the counts per status, the filters
/// in the URL's fragment, and each motion's history opened in place.
package struct SharePage: Sendable {
    package let timeline: Timeline
    /// When the page is made: its date is shown, and promises are judged on it.
    package let now: Now
    package let language: Language

    package init(timeline: Timeline, now: Now, language: Language) {
        self.timeline = timeline
        self.now = now
        self.language = language
    }

    /// The page, as UTF-8. Every event's words come from the timeline (kept by its replay, or
    /// read from the ledger file), a chunk of motions at a time, on all cores. What the ledger's facts say of a motion (title,
    /// submitters with their parties, vote) shows in the table and its party filter, and
    /// makes the list of motions without a response that of the adopted ones (``UnansweredReport``).
    package func html() throws(LedgerError) -> [UInt8] {
        let words = PageWords(language: language)
        let today = now.today
        let states = timeline.snapshot()
        let facts = timeline.facts()
        let chart = StatusChart(timeline: timeline, motions: states.map(\.motion))
        // Promises are judged on the ledger as it stood at the end of today: the snapshot made,
        // unless an event is dated later.
        let endOfToday = timeline.latestDate.map { $0 > today } ?? false ? timeline.snapshot(at: .endOf(today)) : states
        let overdue = PageLists.overdue(try OverdueReport(timeline: timeline, on: today, states: endOfToday), words)
        let unanswered = PageLists.unanswered(timeline: timeline, states: states, facts: facts, today: today, words)
        let head = timeline.head.description

        var page = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(ContentPolicy.policy)">
        <meta name="referrer" content="no-referrer">
        <title>\(HTMLText.text(words.title))</title>
        <style>\(PageStyle.css)</style>
        </head>
        <body>
        <header>
        <h1>\(HTMLText.text(words.title))</h1>
        <p class="meta">\(words.motions(states.count)) · \(HTMLText.text(words.madeOn)) <time datetime="\(today.iso)">\(today.iso)</time></p>
        <p class="meta">\(HTMLText.text(words.ledgerHead)): <code id="ledger-head">\(head)</code> (\(HTMLText.text(words.checkWith)) <code>motieledger verify --head \(head)</code>)</p>
        </header>
        <main>
        <section class="overview" aria-labelledby="chart-heading">
        <div>
        <h2 id="chart-heading">\(HTMLText.text(words.chartTitle))</h2>
        \(chart.bars.isEmpty ? "<p>\(HTMLText.text(words.noData))</p>" : chart.legend(words) + chart.svg(words))
        <details><summary>\(HTMLText.text(words.chartNumbers))</summary>\(chart.table(words))</details>
        </div>
        <div>
        <h2 id="overdue-heading">\(HTMLText.text(words.overdueHeading)) (\(today.iso)): \(overdue.count)</h2>
        \(PageLists.html(overdue, words))
        <h2 id="unanswered-heading">\(HTMLText.text(words.unansweredHeading)): \(unanswered.entries.count)</h2>
        <p class="small">\(HTMLText.text(unanswered.fromVotes ? words.unansweredFromVotes : words.unansweredFromReadings))</p>
        \(PageLists.html(unanswered.entries, words))
        </div>
        </section>
        <section aria-labelledby="table-heading">
        <h2 id="table-heading">\(HTMLText.text(words.tableHeading))</h2>
        <noscript><p>\(HTMLText.text(words.noScript))</p></noscript>
        <div id="table-part" hidden>
        <form id="filters" class="filters" role="search">
        <label for="f-status">\(HTMLText.text(words["status"]))<select id="f-status"></select></label>
        <label for="f-dossier">\(HTMLText.text(words["dossier"]))<input id="f-dossier" list="dossiers" autocomplete="off" spellcheck="false"></label>
        <datalist id="dossiers"></datalist>
        <label for="f-party">\(HTMLText.text(words["party"]))<select id="f-party"></select></label>
        <label for="f-q">\(HTMLText.text(words["search"]))<input id="f-q" type="search" autocomplete="off"></label>
        <button type="button" id="clear">\(HTMLText.text(words["clear"]))</button>
        </form>
        <ul id="counts" class="counts" aria-label="\(HTMLText.attribute(words["status"]))"></ul>
        <p id="shown" class="shown" aria-live="polite"></p>
        <p id="notice" class="notice" role="status"></p>
        <button type="button" id="earlier" class="more-rows" hidden></button>
        <table class="ledger">
        <caption class="visually-hidden">\(HTMLText.text(words.tableHeading))</caption>
        <colgroup>\(SharePage.columns.map { "<col class=\"col-\($0)\">" }.joined())</colgroup>
        <thead><tr>\(SharePage.columns.map { column in
            "<th scope=\"col\" data-column=\"\(column)\" aria-sort=\"none\"><button type=\"button\">\(HTMLText.text(words[column]))</button></th>"
        }.joined())</tr></thead>
        <tbody id="rows"></tbody>
        </table>
        <p id="no-match" hidden>\(HTMLText.text(words["noMatch"]))</p>
        <button type="button" id="more" class="more-rows" hidden></button>
        </div>
        </section>
        </main>
        <script type="application/json" id="ledger-data">
        """
        var bytes: [UInt8] = []
        // The data is about a third of the ledger's size: room for it at once, not grown by copying.
        bytes.reserveCapacity(timeline.byteCount / 2 + (1 << 16))
        bytes += page.utf8
        try PageData(timeline: timeline, states: states, facts: facts).json(words, today: today, into: &bytes)
        page = """
        </script>
        <script>\(PageScript.javascript)</script>
        </body>
        </html>

        """
        bytes += page.utf8
        return bytes
    }

    /// The table's columns, as the script and the page's words name them.
    static let columns = ["motion", "submitters", "kamerstuk", "status", "since", "source", "passage", "promised"]
}
