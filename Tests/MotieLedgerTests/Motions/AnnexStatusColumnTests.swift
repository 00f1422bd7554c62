import Testing
import TestSupport
import Kamerstuk
@testable import MotieLedger

/// The stock phrases of an annual report's status column ("Stand van zaken"), which every
/// ministry writes alike, and the words of the motion's own request beside them, which never
/// count. Sentences and rows made up in the style of other ministries' annexes; each
/// expectation is what the sentence says.
@Suite("Annex status column")
struct AnnexStatusColumnTests {
    static func words(_ sentence: String) -> [String] {
        let bytes = Array(sentence.utf8)
        return Words.split(bytes, in: 0..<bytes.count).map(\.folded)
    }

    @Test("the status column's phrase families, one sentence at a time", arguments: [
        // Taken along in a named vehicle: a bill, an evaluation, a budget — under way.
        ("De motie wordt meegenomen in de evaluatie van de Wet inburgering 2021.", MotionStatus.inUitvoering),
        ("Dit wordt meegenomen in het wetsvoorstel modernisering kinderopvang, dat in 2025 naar de Kamer gaat.", .inUitvoering),
        ("De benodigde aanpassing van de regelgeving zal worden meegenomen in de Verzamelwet SZW 2025.", .inUitvoering),
        // Taken along in a deliberation: still considered.
        ("Het verzoek wordt meegenomen in de afweging bij de Voorjaarsnota.", .inBehandeling),
        // How it could be carried out, still looked at: a possibility is no deed.
        ("Momenteel wordt door BZK en JenV onderzocht hoe deze motie kan worden uitgevoerd.", .inBehandeling),
        ("Er wordt bezien op welke wijze aan de uitvoering van deze motie vorm gegeven kan worden.", .inBehandeling),
        // Talks on how to carry it out.
        ("LNV gaat in gesprek met de provincies over de wijze waarop uitvoering kan worden gegeven aan deze motie.", .inBehandeling),
        ("VWS en SZW zullen over de uitvoering van deze motie in gesprek gaan en de Kamer voor de zomer informeren.", .inBehandeling),
        // Talks on something else are work under way.
        ("IenW gaat in gesprek met de vervoerders over de uitkomsten, die in het najaar worden uitgewerkt.", .inUitvoering),
        // Waiting for an advice, or to be taken up once something is known: not begun.
        ("Afhankelijk van het advies van de Gezondheidsraad zal de minister de Kamer informeren over de invulling.", .inBehandeling),
        ("Uitvoering van de motie wordt opgepakt zodra de evaluatie van de pilot bekend is.", .inBehandeling),
        ("In afwachting van de uitkomsten van het onderzoek wordt de uitvoering van de motie uitgesteld.", .inBehandeling),
        // Looking at further steps says the first were taken.
        ("De voorlichting is verbeterd; er wordt verkend hoe verdere ondersteuning van mantelzorgers kan plaatsvinden.", .inUitvoering),
        ("Er is een vervolggesprek gevoerd en er wordt bezien welke aanvullende stappen nodig zijn.", .inUitvoering),
        // Complying with it.
        ("Daarmee geeft het kabinet ook gehoor aan de motie-Bikker.", .uitgevoerd),
        ("Het kabinet heeft met het nieuwe stelsel gehoor gegeven aan de motie.", .uitgevoerd),
    ])
    func phrases(sentence: String, status: MotionStatus) {
        #expect(StatusReader.read(Self.words(sentence), mentionsMotion: true)?.status == status, "\(sentence)")
    }

    @Test("waiting for an advice is conditional")
    func waiting() {
        let reading = StatusReader.read(Self.words("Uitvoering van de motie wordt opgepakt zodra het advies van de Raad bekend is."),
                                        mentionsMotion: true)
        #expect(reading?.status == .inBehandeling)
        #expect(reading?.conditional == true)
    }

    @Test("in a row whose columns run into each other, the request's words say nothing", arguments: [
        "verzoekt de regering mee te nemen hoe een werkbegeleidende leerweg kan worden vormgegeven",
        "verzoekt de regering met de sector in overleg te gaan over de invulling van de criteria",
        "verzoekt de regering aanvragen die bij de RVO in behandeling zijn opnieuw te toetsen",
        "Voor de zomer wordt de Tweede Kamer verzoekt de regering in het actieplan te bezien welke knelpunten",
    ])
    func requests(row: String) {
        #expect(StatusReader.read(Self.words(row), mentionsMotion: false, inRow: true, interleaved: true)?.status == nil, "\(row)")
    }

    /// A table of three columns as a converter that joins a page's lines leaves it: each printed
    /// line gives a piece of the description, of where it was voted and of the status, in turn,
    /// all on one line.
    static func interleaved(_ rows: [[[String]]]) -> String {
        rows.map { columns in
            (0..<columns.map(\.count).max()!).map { k in
                columns.map { k < $0.count ? $0[k] : "" }.joined(separator: "   ")
            }.joined(separator: " ")
        }.joined(separator: " ")
    }

    @Test("an annual report's annex whose columns run into each other: each row read from its status column")
    func annex() throws {
        let rows: [[[String]]] = [
            [["Motie van het lid Grinwis; De Tweede Kamer verzoekt de", "regering de mestregels voor kleine bedrijven te",
              "vereenvoudigen en de Kamer daarover te informeren."],
             ["Debat [15-11-2022] -", "Begrotingsbehandeling LNV 2023", "(Kamerstukken II 2022/23,", "36200-XIV, nr. 41)"],
             ["De motie wordt meegenomen in de evaluatie van", "de Meststoffenwet. De Tweede Kamer wordt in", "2025 hierover geïnformeerd."]],
            [["Motie van het lid Vestering; De Tweede Kamer verzoekt de", "regering te onderzoeken of de natuurdoelen",
              "eerder gehaald kunnen worden."],
             ["Debat [15-11-2022] -", "Begrotingsbehandeling LNV 2023", "(Kamerstukken II 2022/23,", "36200-XIV, nr. 44)"],
             ["Momenteel wordt door LNV en IenW onderzocht", "hoe deze motie kan worden uitgevoerd."]],
            [["Motie van het lid Bisschop; De Tweede Kamer verzoekt de", "regering met de provincies in overleg te gaan over",
              "de inrichting van het landelijk gebied."],
             ["Debat [16-11-2022] -", "Commissiedebat Stikstof", "(Kamerstukken II 2022/23,", "35334, nr. 215)"],
             ["LNV gaat in gesprek met de provincies over de", "wijze waarop uitvoering kan worden gegeven", "aan deze motie."]],
            [["Motie van het lid Van Campen; De Tweede Kamer verzoekt de", "regering aanvragen die in behandeling zijn te bezien",
              "op hun gevolgen voor boeren."],
             ["Debat [16-11-2022] -", "Commissiedebat Stikstof", "(Kamerstukken II 2022/23,", "35334, nr. 219)"],
             ["In het voorjaar 2023 wordt de Tweede Kamer met", "de voortgangsrapportage geïnformeerd over de", "uitvoering van deze motie."]],
            [["Motie van het lid Thijssen; De Tweede Kamer (constaterende dat",
              "de Kamer proeven op dieren zo snel mogelijk wil afbouwen",
              "(unaniem aangenomen motie van het lid De Groot, Kamerstukken II 2020/21, 35 334, nr. 12);",
              "constaterende dat de minister de eerste stap noemde in de",
              "uitvoering van die motie;) verzoekt de regering een onderzoek",
              "te laten doen."],
             ["Debat [17-11-2022] -", "Wetgevingsoverleg Dierenwelzijn", "(Kamerstukken II 2022/23,", "28286, nr. 1290)"],
             ["Afhankelijk van het advies van de Raad voor", "Dieraangelegenheden besluit de minister."]],
        ]
        let text = "Tabel 88 Door de Staten-Generaal aanvaarde moties die nog niet zijn afgerond\n\n"
            + "Omschrijving van de motie   Vindplaats   Stand van zaken " + Self.interleaved(rows) + "\n"
        let reader = MotionReader(AnswerDocument(try SourceText(validating: Array(text.utf8))))
        let read = Dictionary(reader.motions.map { ($0.key, $0.status) }, uniquingKeysWith: { first, _ in first })
        #expect(read["kst-36200-XIV-41"] == .inUitvoering)     // `wordt meegenomen in de evaluatie`
        #expect(read["kst-36200-XIV-44"] == .inBehandeling)    // `onderzocht hoe deze motie kan worden uitgevoerd`
        #expect(read["kst-35334-215"] == .inBehandeling)       // `de wijze waarop uitvoering kan worden gegeven`; the request's `in overleg te gaan` says nothing
        #expect(read["kst-35334-219"] == .inUitvoering)        // a report to come; the request's `in behandeling`, `te bezien` say nothing
        #expect(read["kst-28286-1290"] == .inBehandeling)      // waits for an advice
        // Named in a bracket of what the Kamer finds, inside another row's request (after the status
        // column's full stop): nothing of its own.
        #expect(read["kst-35334-12"] == .onbekend)
    }
}
