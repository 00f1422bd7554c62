/// The words of the shared page, in Dutch or English: those the tool writes into the page, and
/// those its script shows (handed to it with the data, so that one script serves both languages
/// and keeps one hash in the page's Content-Security-Policy).
struct PageWords {
    let language: Language

    var title: String { language.pick("Moties: stand van uitvoering", "Motions: state of execution") }
    var madeOn: String { language.pick("Gemaakt op", "Made on") }
    var ledgerHead: String { language.pick("Kop van het grootboek", "Ledger head") }
    var checkWith: String { language.pick("controleer met", "check with") }
    var overview: String { language.pick("Overzicht", "Overview") }
    var chartTitle: String { language.pick("Moties per status op elke debat- of documentdatum", "Motions per status at each debate or document date") }
    var chartNumbers: String { language.pick("De cijfers van de grafiek", "The chart's numbers") }
    var date: String { language.pick("Datum", "Date") }
    var total: String { language.pick("Totaal", "Total") }
    var noData: String { language.pick("Het grootboek bevat nog geen moties.", "The ledger holds no motions yet.") }
    var overdueHeading: String { language.pick("Termijn verstreken", "Past the promised time") }
    var unansweredHeading: String { language.pick("Zonder reactie", "No response") }
    var unansweredFromVotes: String {
        language.pick("Aangenomen moties waarover sinds de stemming geen document iets over de uitvoering zegt.",
                      "Adopted motions on whose execution no document has said anything since the vote.")
    }
    var unansweredFromReadings: String {
        language.pick("Moties die wel genoemd zijn, maar waarover geen document iets over de uitvoering zegt.",
                      "Motions that were mentioned, but on whose execution no document has said anything.")
    }
    var none: String { language.pick("Geen.", "None.") }
    var noScript: String {
        language.pick("De tabel heeft JavaScript nodig; de grafiek en de lijsten hierboven staan er zonder.",
                      "The table needs JavaScript; the chart and the lists above do without.")
    }
    var tableHeading: String { language.pick("Alle moties", "All motions") }

    func motions(_ count: Int) -> String {
        language.pick("\(count) \(count == 1 ? "motie" : "moties")", "\(count) \(count == 1 ? "motion" : "motions")")
    }

    func days(_ count: Int) -> String { ReportWords.days(count, language) }

    func more(_ count: Int) -> String {
        language.pick("en nog \(count)", "and \(count) more")
    }

    /// `2026-10-01 t/m 2026-12-31`, written as every report writes a range.
    func range(_ expected: ExpectedTime) -> String { ReportWords.range(expected, language) }

    /// The word the script knows as `name`, for the page's own markup.
    subscript(_ name: String) -> String {
        script.first { $0.0 == name }!.1
    }

    /// What the script shows, by the names it asks for.
    var script: [(String, String)] {
        [
            ("motion", language.pick("Motie", "Motion")), ("submitters", language.pick("Indieners", "Submitters")),
            ("kamerstuk", "Kamerstuk"), ("status", "Status"), ("since", language.pick("Sinds", "Since")),
            ("source", language.pick("Bron", "Source")), ("passage", "Passage"), ("promised", language.pick("Verwacht", "Promised")),
            ("all", language.pick("alle", "all")), ("allStatuses", language.pick("Alle statussen", "All statuses")),
            ("allParties", language.pick("Alle partijen", "All parties")),
            ("dossier", "Dossier"), ("party", language.pick("Partij", "Party")), ("search", language.pick("Zoeken", "Search")),
            ("clear", language.pick("Filters wissen", "Clear filters")),
            ("shown", language.pick("{n} van {m} moties getoond", "{n} of {m} motions shown")),
            ("more", language.pick("Meer tonen ({n} van {m})", "Show more ({n} of {m})")),
            ("earlier", language.pick("De {n} moties ervoor tonen", "Show the {n} motions before")),
            ("history", language.pick("Geschiedenis", "History")), ("hideHistory", language.pick("Geschiedenis verbergen", "Hide history")),
            ("line", language.pick("regel", "line")), ("manual", language.pick("handmatig", "manual")),
            ("recordedBy", language.pick("vastgelegd door", "recorded by")),
            ("correction", language.pick("correctie van wat uit de bron gelezen was", "correction of what was read from the source")),
            ("corrected", language.pick("gecorrigeerd: telt niet meer", "corrected: no longer counts")),
            ("uncertain", language.pick("onzeker", "uncertain")),
            ("noReason", language.pick("reden niet in het grootboek vastgelegd; lees de passage na",
                                       "reason not recorded in the ledger; check the passage")),
            ("note", language.pick("notitie", "note")), ("askedBy", language.pick("vragen van", "asked by")),
            ("overdue", language.pick("termijn verstreken", "past its promised time")),
            ("current", language.pick("geldt nu", "current")),
            ("noMatch", language.pick("Geen motie past bij deze filters.", "No motion fits these filters.")),
            ("outside", language.pick("{k} valt buiten de filters.", "{k} is outside the filters.")),
            ("unknownMotion", language.pick("Het grootboek kent {k} niet.", "The ledger does not know {k}.")),
            ("sortBy", language.pick("sorteer op {c}", "sort by {c}")),
        ]
    }
}
