import Testing
import TestSupport
import Kamerstuk
@testable import MotieLedger

/// Shapes of real documents that misled an earlier reader: several tables in one annex, table
/// rows not set apart by blank lines, a letterhead of labels and values, a numbered list, a
/// subject that holds a word of voting, a word broken at a soft hyphen.
@Suite("Reading pitfalls")
struct PitfallTests {
    static func read(_ text: String) throws -> MotionReader {
        MotionReader(AnswerDocument(try SourceText(validating: Array(text.utf8))))
    }

    static func summary(_ reader: MotionReader) -> [String] {
        reader.motions.map { "\($0.key) \($0.name) \($0.status.rawValue)" }
    }

    @Test("an annex of two tables: the rows of both")
    func twoTables() throws {
        let reader = try Self.read("""
            Bijlage 3 Overzicht moties en toezeggingen

            Tabel 12 Openstaande moties

            Motie van het lid Boswijk over de inzet voor christenen (Kamerstuk 29 754, nr. 765)
            Afgedaan. Het kabinet heeft uitvoering gegeven aan de motie.

            Motie van het lid Klaver over steun aan Oekraïne (Kamerstuk 36 045, nr. 243)
            In behandeling.

            Tabel 13 Afgedane moties

            Motie van het lid Dobbe over Iran (Kamerstuk 36 600 V, nr. 45)
            Afgedaan.

            """)
        #expect(reader.document.rows.count == 3)
        #expect(Self.summary(reader) == [
            "kst-29754-765 Boswijk uitgevoerd", "kst-36045-243 Klaver in-behandeling", "kst-36600-V-45 Dobbe uitgevoerd",
        ])
    }

    @Test("pdftotext -layout rows without blank lines between: each row's cells stay its own")
    func denseLayout() throws {
        let reader = try Self.read("""
            Omschrijving                                   Vindplaats                  Stand van zaken

            Motie van het lid Boswijk over de inzet        Kamerstuk 29 754, nr.       Afgedaan. Het kabinet heeft
            voor christenen in het Midden-Oosten           765                         uitvoering gegeven aan de motie.
            Motie van het lid Klaver over aanvullende      Kamerstuk 36 045, nr. 243   In behandeling. Het kabinet
            steun aan Oekraïne                                                         beziet hoe deze motie uitgevoerd
                                                                                       kan worden.
            Motie van het lid Dobbe over Iran              Kamerstuk 36 600 V,         Het kabinet ziet geen aanleiding
                                                           nr. 45                      om de motie uit te voeren.

            """)
        #expect(Self.summary(reader) == [
            "kst-29754-765 Boswijk uitgevoerd", "kst-36045-243 Klaver in-behandeling", "kst-36600-V-45 Dobbe niet-uitgevoerd",
        ])
        #expect(reader.motions.map(\.mentions.first!.line) == [3, 5, 8])
    }

    @Test("a letterhead of labels and values is not a table")
    func letterhead() throws {
        let reader = try Self.read("""
            De Voorzitter van de Tweede Kamer
            der Staten-Generaal

            Datum        19 mei 2026
            Betreft      Uitvoering motie van het lid Kamminga c.s. (Kamerstuk 36 600 IV, nr. 21)
            Kenmerk      BZ2612877

            Geachte voorzitter,

            Ik informeer uw Kamer graag over de stand van zaken.

            Met deze brief beschouw ik deze motie als afgedaan.

            """)
        #expect(reader.document.reference == "BZ2612877")
        #expect(reader.document.date == Day(year: 2026, month: 5, day: 19))
        #expect(Self.summary(reader) == ["kst-36600-IV-21 Kamminga c.s. uitgevoerd"])
        #expect(reader.motions.first?.evidence == "Met deze brief beschouw ik deze motie als afgedaan.")
    }

    @Test("a numbered list of motions is running text, not footnotes")
    func numberedList() throws {
        let reader = try Self.read("""
            Den Haag, 3 maart 2026

            Hierbij informeer ik uw Kamer over de uitvoering van twee moties. Het kabinet heeft
            uitvoering gegeven aan de volgende moties:
            1 Motie van het lid Klaver over steun aan Oekraïne (Kamerstuk 36 045, nr. 243);
            2 Motie van het lid Dobbe over Iran (Kamerstuk 36 600 V, nr. 45).

            Beide moties zijn hiermee afgedaan.

            """)
        #expect(reader.document.footnotes.isEmpty)
        #expect(Self.summary(reader) == ["kst-36045-243 Klaver uitgevoerd", "kst-36600-V-45 Dobbe uitgevoerd"])
    }

    @Test("a word of voting in a motion's subject says nothing of its adoption")
    func votingWordInSubject() throws {
        let reader = try Self.read("""
            Den Haag, 3 maart 2026

            Hierbij informeer ik uw Kamer over de motie van het lid Klaver over ingetrokken verblijfsvergunningen (Kamerstuk 36 045, nr. 243).

            Het kabinet heeft uitvoering gegeven aan de motie.

            """)
        #expect(Self.summary(reader) == ["kst-36045-243 Klaver uitgevoerd"])
        #expect(reader.motions.first?.findings.isEmpty == true)
    }

    @Test("a word broken at a soft hyphen over a line is one word")
    func softHyphen() throws {
        let reader = try Self.read("Den Haag, 3 maart 2026\n\nHierbij informeer ik uw Kamer over de mo\u{AD}\ntie van het lid Klaver (Kamerstuk 36 045, nr. 243). Het kabinet heeft uitvoe\u{AD}\nring gegeven aan de motie.\n")
        #expect(Self.summary(reader) == ["kst-36045-243 Klaver uitgevoerd"])
        #expect(reader.motions.first?.mentions.first?.text == "motie van het lid Klaver")
        #expect(reader.motions.first?.evidence == "Het kabinet heeft uitvoering gegeven aan de motie.")
    }

    @Test("two submitters written with a slash, the second with particles: `motie-Ellian/Van der Werf`")
    func slashWithParticles() throws {
        let reader = try Self.read("Den Haag, 3 maart 2026\n\nDe motie-Ellian/Van der Werf (Kamerstuk 24 587, nr. 941) wordt uitgevoerd.\n")
        #expect(Self.summary(reader) == ["kst-24587-941 Ellian/Van der Werf in-uitvoering"])
        #expect(reader.motions.first?.nameKeys.first == "motie-ellian-werf")
    }

    @Test("a member named with a first name: the surname is the motion's name and key")
    func firstName() throws {
        let reader = try Self.read("""
            Den Haag, 3 maart 2026

            De motie van het lid Olger van Dijk c.s. over speed pedelecs (Kamerstuk 29 398, nr. 1195) is uitgevoerd.

            De motie van het lid Jesse Klaver over de gezant (Kamerstuk 36 600-V, nr. 12) is uitgevoerd.

            De motie Van Dijk over fatbikes wordt bezien.

            """)
        #expect(Self.summary(reader) == [
            "kst-29398-1195 Olger van Dijk c.s. uitgevoerd", "kst-36600-V-12 Jesse Klaver uitgevoerd",
            "motie-dijk Van Dijk in-behandeling",
        ])
        #expect(reader.motions.first?.nameKeys.contains("motie-dijk") == true)
    }

    @Test("several answers on one motion: each reading kept, the most advanced taken, refusal only when outright, flagged mixed")
    func mixedReadings() throws {
        let reader = try Self.read("""
            2026D09120

            Antwoord van minister Van Weel (Buitenlandse Zaken) (ontvangen 12 maart 2026)

            Vragen van het lid Teunissen (PvdD) aan de minister van Buitenlandse Zaken.

            Vraag 1

            Hoe staat het met de motie Klaver (Kamerstuk 36 045, nr. 243)?

            Antwoord 1

            De motie Klaver wordt bezien.

            Vraag 2

            Heeft u al iets gedaan met de motie Klaver (Kamerstuk 36 045, nr. 243)?

            Antwoord 2

            Het kabinet heeft alvast het budget gecorrigeerd, zoals de motie Klaver vraagt.

            Vraag 3

            Voert u de motie Klaver (Kamerstuk 36 045, nr. 243) volledig uit?

            Antwoord 3

            Het kabinet ziet geen aanleiding de motie Klaver verder uit te voeren.

            Vraag 4

            Hoe staat het met de motie Dobbe (Kamerstuk 21 501-02, nr. 3305)?

            Antwoord 4

            De motie Dobbe wordt niet uitgevoerd.

            Vraag 5

            Kunt u meer zeggen over de motie Dobbe (Kamerstuk 21 501-02, nr. 3305)?

            Antwoord 5

            Over de motie Dobbe heeft de Kamer eerder een brief ontvangen.

            """)
        #expect(Self.summary(reader) == ["kst-36045-243 Klaver deels-uitgevoerd", "kst-21501-02-3305 Dobbe niet-uitgevoerd"])
        let klaver = try #require(reader.motions.first)
        #expect(klaver.readings.map(\.status) == [.inBehandeling, .deelsUitgevoerd, .nietUitgevoerd])
        #expect(klaver.mixed && klaver.uncertain)
        #expect(klaver.evidence == "Het kabinet heeft alvast het budget gecorrigeerd, zoals de motie Klaver vraagt.")
        #expect(klaver.findings.map(\.category) == [.mixedReadings])
        // Nothing said in the one, a refusal said outright in the other: the refusal.
        let dobbe = try #require(reader.motions.last)
        #expect(dobbe.readings.map(\.status) == [.nietUitgevoerd, .onbekend])
        #expect(dobbe.mixed)
    }

    @Test("`de eerste motie`, `de tweede motie`: the first and second of the motions named just before")
    func ordinalReferences() throws {
        let reader = try Self.read("""
            Den Haag, 19 maart 2026

            De leden van de SP-fractie verwijzen naar de motie-Van Nispen c.s. over een
            maximale caseload (Kamerstuk 24 587, nr. 950) en naar de motie-Van Nispen over de
            arbeidsvoorwaarden van het personeel (Kamerstuk 24 587, nr. 951).

            Reactie van de minister

            De eerste motie wordt bezien in het kader van het programma Werken bij DJI. De tweede
            motie is vervallen: de afspraken zijn ingehaald door de cao Rijk 2026–2027.

            """)
        #expect(Self.summary(reader) == ["kst-24587-950 Van Nispen c.s. in-behandeling", "kst-24587-951 Van Nispen vervallen"])
        #expect(reader.motions.first?.evidence.hasPrefix("De eerste motie wordt bezien") == true)
    }

    @Test("two motions of one name told apart by subject are keyed by it in every order, so that no document gives one the other's key")
    func keysOfOneName() throws {
        let alone = try Self.read("Den Haag, 3 maart 2026\n\nDe motie Erkens over India wordt bezien.\n")
        #expect(Self.summary(alone) == ["motie-erkens Erkens in-behandeling"])
        for text in ["De motie Erkens over Oekraïne is uitgevoerd. De motie Erkens over India wordt uitgevoerd.",
                     "De motie Erkens over India wordt uitgevoerd. De motie Erkens over Oekraïne is uitgevoerd."] {
            let both = try Self.read("Den Haag, 3 april 2026\n\n\(text)\n")
            #expect(Set(Self.summary(both)) == ["motie-erkens-oekraine Erkens uitgevoerd", "motie-erkens-india Erkens in-uitvoering"])
            #expect(both.motions.allSatisfy { $0.nameKeys.contains("motie-erkens") })
        }
    }

    @Test("a capitalised word after a name is no surname unless the name follows `het lid`: `motie Klaver Afgedaan`")
    func noFirstNameOutsideLid() throws {
        let reader = try Self.read("Den Haag, 3 maart 2026\n\nDe motie Klaver       Afgedaan is uitgevoerd.\n")
        #expect(reader.motions.map(\.key) == ["motie-klaver"])
    }

    @Test("a row's second motion with its own Kamerstuk in brackets is linked to it without doubt")
    func citedRowSecondMotion() throws {
        let reader = try Self.read("""
            Bijlage 3 Overzicht moties

            36 600 VIII, nr. 45
            Motie van het lid Soepboer over krimp, ingehaald door de motie van het lid Paternotte (Kamerstuk 36 600 VIII, nr. 80)
            Vervallen.

            36 600 VIII, nr. 52
            Motie van het lid Stoffer over de vrijheid van onderwijs
            Afgerond.

            """)
        let paternotte = try #require(reader.motions.first { $0.id?.canonical == "kst-36600-VIII-80" })
        #expect(!paternotte.uncertain)
        #expect(reader.motions.first?.id?.canonical == "kst-36600-VIII-45")
    }

    @Test("a row's one-word status is a label: its own sentence that says more goes before it")
    func labelThenSentence() throws {
        let reader = try Self.read("""
            Bijlage 4 Overzicht van aangenomen moties

            Motie van de leden Kostić en Podt over de veewet (Kamerstuk 30 252, nr. 160)
            Afgedaan. De motie is ingehaald door de nieuwe Wet dieren en is daarmee vervallen.

            Motie van het lid Boswijk over de derogatie (Kamerstuk 33 037, nr. 563)
            Openstaand.

            """)
        #expect(Self.summary(reader) == ["kst-30252-160 Kostić en Podt vervallen", "kst-33037-563 Boswijk in-behandeling"])
    }

    @Test("a table with a running number before the Kamerstuk column: each row's motion gets its row's Kamerstuk")
    func numberedCitedRows() throws {
        let reader = try Self.read("""
            Bijlage 4 Overzicht van aangenomen moties

            Nr.   Vindplaats           Omschrijving                                Stand van zaken

            1     36 410 XIV, nr. 33   Motie van het lid Van der Plas c.s. over    Afgedaan. Het kabinet heeft
                                       de mestmarkt                                uitvoering gegeven aan de motie.

            2     36 410 XIV, nr. 47   Motie van de leden Grinwis en Vedder over   In behandeling. Het kabinet
                                       het veenweidegebied                         beziet hoe de motie kan worden
                                                                                   uitgevoerd.

            3     36 410 XIV, nr. 52   Motie van het lid Bromet over natuur        Het Rijksvastgoedbedrijf werkt
                                                                                   de plannen uit.

            """)
        #expect(Self.summary(reader) == [
            "kst-36410-XIV-33 Van der Plas c.s. uitgevoerd", "kst-36410-XIV-47 Grinwis en Vedder in-behandeling",
            "kst-36410-XIV-52 Bromet in-uitvoering",
        ])
    }

    @Test("`de moties van de leden A en B … (Kamerstuk …, nrs. X en Y)`: a motion for each document, both of A and B")
    func sharedSubmittersPlural() throws {
        let reader = try Self.read("""
            Den Haag, 12 november 2026

            • De moties van de leden Brekelmans en Piri over steun aan Oekraïne (Kamerstuk 36 045, nrs. 251 en 256) zijn uitgevoerd.
            • De motie van het lid Boswijk over de krijgsmacht (Kamerstuk 36 600 X, nr. 12) wordt bezien.
            • De moties die de Kamer bij de begroting aannam, zijn in behandeling.

            """)
        #expect(Self.summary(reader) == [
            "kst-36045-251 Brekelmans en Piri uitgevoerd", "kst-36045-256 Brekelmans en Piri uitgevoerd",
            "kst-36600-X-12 Boswijk in-behandeling",
        ])
    }

    @Test("the salutation is no part of the first sentence: `Geachte voorzitter,` then the motion")
    func salutation() throws {
        let reader = try Self.read("Den Haag, 12 november 2026\n\nGeachte voorzitter,\n\nDe motie-Nordkamp (Kamerstuk 36 600 X, nr. 44) is uitgevoerd.\n")
        #expect(reader.motions.first?.evidence == "De motie-Nordkamp (Kamerstuk 36 600 X, nr. 44) is uitgevoerd.")
        #expect(reader.motions.first?.evidenceLine == 5)
    }

    @Test("motions referred to together: one for each document the lists in brackets of their clause cite (kst-28973-273)")
    func pluralWithClauseLists() throws {
        // `overwegende dat door de Kamer het afgelopen jaar al veel moties zijn aangenomen om snel
        // tot doelsturing over te gaan (35 334, nrs. 383, 348 en 309), waaronder specifiek in de
        // melkveehouderij (30 252, nr. 184);` — a motion's own text: nothing of their execution.
        let real = MotionReader(AnswerDocument(try SourceDocument.read(try Fixture.bytes("corpus/xml/kst-28973-273.xml"))))
        #expect(real.motions.map { "\($0.key) \($0.status.rawValue)" } == [
            "kst-35334-383 onbekend", "kst-35334-348 onbekend", "kst-35334-309 onbekend", "kst-30252-184 onbekend",
        ])

        // Made up in a letter's wording: the clause's lists are the motions'; a list after the
        // sentence's end, or behind another paper, is not.
        let letter = try Self.read("""
            Geachte voorzitter,

            De afgelopen jaren zijn door uw Kamer verschillende moties aangenomen over de wachtlijsten in de jeugdzorg (Kamerstuk 31 839, nrs. 700 en 701), waaronder over de gesloten jeugdzorg (Kamerstuk 31 839, nr. 712). Met deze brief informeer ik u over de voortgang.

            Ook zijn eerder moties aangenomen. In de brief van 3 maart (Kamerstuk 31 839, nr. 650) schreef ik daarover.

            Er zijn moties aangenomen, zoals beschreven in het verslag (Kamerstuk 31 839, nrs. 660 en 661).

            """)
        #expect(letter.motions.map(\.key) == ["kst-31839-700", "kst-31839-701", "kst-31839-712"])
    }

    @Test("`de motie uit 2021 (20 361, nr. 190)`: a back-reference with its year takes the citation behind it (kst-20361-226)")
    func backReferenceWithYear() throws {
        // Line 52 `een aangenomen motie uit 2021 over openbaarmaking van de archieven`, line 62
        // `de volledige afronding van de motie uit 2021 (20 361, nr. 190)`.
        let real = MotionReader(AnswerDocument(try SourceDocument.read(try Fixture.bytes("corpus/xml/kst-20361-226.xml"))))
        #expect(real.motions.map { "\($0.key) \($0.status.rawValue) \($0.evidenceLine)" } == ["kst-20361-190 onbekend 52"])

        // Made up in a letter's wording: the year is the motion's; other words are not.
        let letter = try Self.read("""
            Geachte voorzitter,

            Over de uitvoering van de motie uit 2019 (Kamerstuk 31 839, nr. 640) bericht ik u later.

            Ook de motie bij uw Kamer ingediend (Kamerstuk 31 839, nr. 641) noem ik hier.

            """)
        #expect(letter.motions.compactMap { $0.id?.canonical } == ["kst-31839-640"])
    }
}
