import Testing
import Kamerstuk
import TestSupport
@testable import MotieLedger

/// Motions in documents of the seed's family that are not shaped like it: an annex table of a
/// budget, a letter about one motion, written questions in the Aanhangsel style, a letter as
/// a PDF conversion, an annotated agenda with motions that were not adopted, and a letter full
/// of citations that are no motions. Every expectation is read off the document by hand.
@Suite("Motions in other documents")
struct FamilyMotionTests {
    static func read(_ name: String) throws -> MotionReader {
        MotionReader(try Fixture.document(name))
    }

    static func summary(_ reader: MotionReader) -> [String] {
        reader.motions.map { "\($0.key) \($0.name) \($0.status.rawValue)" }
    }

    @Test("one submitter, several motions: told apart by submitters and subject, never by a letter about them")
    func sameSubmitter() throws {
        let reader = try Self.read("family-same-submitter.txt")
        #expect(Self.summary(reader) == [
            "kst-28286-1401 Teunissen in-behandeling",                 // `over diertransporten wordt bezien`
            "kst-21501-32-1612 Teunissen niet-uitgevoerd",             // `over bont wordt niet uitgevoerd`
            "motie-baarle-paternotte Van Baarle en Paternotte onbekend", // not `motie Van Baarle`: two motions
            "kst-36800-V-27 Van Baarle in-uitvoering",
            "motie-erkens-oekraine Erkens uitgevoerd",                 // over Oekraïne: keyed by subject, as is
            "motie-erkens-india Erkens in-behandeling",                // over India, in any order
            "motie-kamminga Kamminga c.s. uitgevoerd",                 // footnote 3 is a letter about it
            "motie-klaver Klaver uitgevoerd",                          // footnote 4 is a verslag about it
            "motie-tielen Tielen niet-uitgevoerd",                     // its Kamerstuk broken, unreadable
            "kst-29477-905 Tielen uitgevoerd",                         // `haar motie over medicijntekorten (…)`
        ])
        let pair = try #require(reader.motions.first { $0.key == "motie-baarle-paternotte" })
        #expect(pair.uncertain)
        #expect(pair.findings.contains { $0.category == .uncertainLink && $0.message.contains("kst-36800-V-27") })
        // Nothing in the answer speaks of it: the question that names it is the evidence.
        #expect(pair.evidence.hasPrefix("Wanneer komt er een handelsverbod"))
        #expect(pair.evidenceLine == 20)
        let klaver = try #require(reader.motions.first { $0.key == "motie-klaver" })
        #expect(klaver.id == nil)
        #expect(klaver.findings.contains { $0.message.contains("kst-36600-V-80, a paper about the motion") })
        #expect(try #require(reader.motions.first { $0.key == "motie-kamminga" }).id == nil)
        let tielen = try #require(reader.motions.first { $0.key == "motie-tielen" })
        #expect(tielen.uncertain && tielen.id == nil)
        // No letter or verslag is a motion.
        #expect(!reader.motions.contains { $0.id?.canonical == "kst-21501-20-2400" || $0.id?.canonical == "kst-36600-V-80" })
        #expect(reader.motions.allSatisfy { !$0.evidence.isEmpty })
    }

    @Test("an annex whose first column is the Kamerstuk: each row's motion gets its row's Kamerstuk")
    func kamerstukColumn() throws {
        let reader = try Self.read("family-annex-kamerstuk-column.txt")
        let byName = Dictionary(reader.motions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let expected: [(String, String, MotionStatus)] = [
            ("Paternotte c.s.", "kst-36600-VIII-45", .uitgevoerd),        // the Kamerstuk under the blanked column heads
            ("Soepboer", "kst-36600-VIII-17", .vervallen),
            ("Krul c.s.", "kst-36800-VIII-24", .inUitvoering),          // `Kamerstuk 36 800⏎VIII, nr. 24` down its cell
            ("Van Baarle", "kst-36600-VIII-38", .inBehandeling),
            ("Martens-America", "kst-36600-VIII-52", .inUitvoering),
            ("Bikker en Soepboer", "kst-36600-VIII-70", .uitgevoerd),
            ("Bevers c.s.", "kst-36460-H", .inBehandeling),             // Kamerstukken I, a lettered number
            ("Stoffer", "kst-36600-VIII-61", .uitgevoerd),              // `Afgerond.`
        ]
        for (name, id, status) in expected {
            let motion = try #require(byName[name], "\(name)")
            #expect(motion.id?.canonical == id, "\(name)")
            #expect(motion.status == status, "\(name)")
        }
        // Soepboer's row names Krul's motion in passing: not its status, not its Kamerstuk.
        let passing = try #require(reader.motions.first { $0.key == "motie-krul" })
        #expect(passing.id == nil && passing.status == .onbekend)
        // A row whose first column ran into the description: the link it makes is flagged.
        #expect(try #require(byName["Rooderkerk"]).uncertain)
        // The letters in the status column are no motions.
        #expect(!reader.motions.contains { ["kst-31293-705", "kst-31293-712", "kst-36910-1"].contains($0.id?.canonical ?? "") })
    }

    @Test("an Eerste Kamer letter with a heading per motion: lettered numbers, each motion's own paragraph")
    func eersteKamerLetter() throws {
        let reader = try Self.read("family-eerste-kamer-brief.txt")
        #expect(Self.summary(reader) == [
            "kst-36450-E Dittrich c.s. uitgevoerd",                // `(36 450, letter E)`
            "kst-36450-F Nicolaï c.s. in-uitvoering",              // `(EK 36 450, F)`
            "kst-36600-VI-G Van Apeldoorn in-behandeling",
            "kst-36200-VI-K Dittrich uitgevoerd",                  // under a heading `Eerdere motie-Dittrich …`
            "kst-36450-H Koffeman niet-uitgevoerd",
            "kst-36450-G motie onbekend",                          // the original motion H replaced
            "kst-36450-J Van Hattem en Kemperman vervallen",       // under a heading `Moties van de leden …`
            "kst-36450-K Kemperman en Van Hattem in-behandeling",  // `wordt betrokken bij`
            "kst-36450-18 Bikker in-uitvoering",
        ])
        // No letter, report or bill of the letter is a motion.
        let ids = Set(reader.motions.compactMap(\.id?.canonical))
        for paper in ["kst-36450-A", "kst-36450-D", "kst-36450-M", "kst-36600-VI-C", "kst-36450-B"] {
            #expect(!ids.contains(paper), "\(paper)")
        }
    }

    @Test("a progress letter with a heading per motion over two lines: statuses in many wordings, headings no part of the evidence")
    func progressLetter() throws {
        let reader = try Self.read("family-ienw-voortgang-moties.txt")
        #expect(Self.summary(reader) == [
            "kst-29398-1187 Bikker uitgevoerd",
            "kst-29398-1191 De Hoop en Grinwis in-uitvoering",
            "kst-29398-1195 Olger van Dijk c.s. niet-uitgevoerd",   // `niet uitvoerbaar`; a first name
            "kst-29984-1201 Van der Graaf c.s. in-behandeling",    // `wordt meegenomen`, not `ontraden`
            "kst-23645-842 Stoffer deels-uitgevoerd",
            "kst-36600-A-34 Kostić niet-uitgevoerd",                // `voert de motie daarom niet uit`
            "kst-36600-A-41 Minhas en Veltman vervallen",
            "kst-31305-498 Bamenga in-behandeling",
            "kst-36600-J-17 Grinwis in-uitvoering",                // `vertraagd`
            "kst-27625-712 Bikker uitgevoerd",
            "kst-27625-718 Kröger in-behandeling",
            "motie-bikker Bikker in-behandeling",                  // `over fatbikes`: maybe 1187, flagged
        ])
        let grinwis = try #require(reader.motions.first { $0.key == "kst-29398-1191" })
        #expect(grinwis.evidence == "Deze motie wordt uitgevoerd.")
        #expect(try #require(reader.motions.last).findings.contains { $0.message.contains("kst-29398-1187") })
        let ids = Set(reader.motions.compactMap(\.id?.canonical))
        #expect(ids.isDisjoint(with: ["kst-36800-A-12", "kst-36600-XII-88", "kst-29398-1203"]))  // amendment, letters
    }

    @Test("written answers with superscript endnotes, `Antwoord op de vragen 8 en 9`: every motion with its Kamerstuk and status")
    func budgetAnswers() throws {
        let reader = try Self.read("family-jenv-antwoorden-begroting.txt")
        #expect(Self.summary(reader) == [
            "kst-36600-VI-42 Ellian uitgevoerd",
            "kst-29628-1233 Mutluer c.s. in-uitvoering",              // `… de wijkagent¹`: a superscript endnote marker
            "kst-29628-1260 Michon-Derkzen c.s. in-uitvoering",       // `wordt uitvoering gegeven`: under way
            "kst-36410-VI-71 Van Nispen niet-uitgevoerd",
            "kst-36600-VI-55 Ellian c.s. vervallen",
            "kst-36600-VI-61 Ellian en Van der Werf in-behandeling",  // the answer to questions 8 and 9
            "motie-nispen-ellian Van Nispen/Ellian in-behandeling",   // maybe kst-31753-290: flagged
            "kst-31753-290 Van Nispen en Ellian deels-uitgevoerd",
            "kst-36410-VI-93 Bikker/Mutluer in-uitvoering",           // `Als …, zal ik`: conditional
            "kst-36800-VI-33 Mutluer en Van Nispen uitgevoerd",
            "motie-ellian Ellian onbekend",                           // `bij vraag 1 al geïnformeerd`: flagged
        ])
        #expect(reader.motions.filter(\.uncertain).map(\.key) == ["motie-nispen-ellian", "kst-36410-VI-93", "motie-ellian"])
    }

    @Test("a verslag schriftelijk overleg: reactions read as answers, `de eerste motie` and `de tweede motie` resolved")
    func writtenConsultation() throws {
        let reader = try Self.read("family-vso-justitiele-inrichtingen.txt")
        #expect(Self.summary(reader) == [
            "kst-24587-941 Ellian/Van der Werf in-uitvoering",        // not the question's `nog steeds niet uitgevoerd`
            "kst-19637-3301 Michon-Derkzen uitgevoerd",
            "kst-24587-958 Mutluer deels-uitgevoerd",
            "kst-24587-963 Boswijk en Bikker niet-uitgevoerd",
            "kst-24587-950 Van Nispen c.s. in-behandeling",           // `De eerste motie wordt bezien`
            "kst-24587-951 Van Nispen vervallen",                     // `De tweede motie is vervallen`
            "motie-bikker Bikker in-uitvoering",
            "motie-werf Van der Werf c.s. onbekend",
        ])
        let first = try #require(reader.motions.first { $0.key == "kst-24587-950" })
        #expect(first.expected.map { "\($0.from.iso) \($0.to.iso) \($0.text)" } == "2026-09-01 2026-10-31 na de zomer")
    }

    @Test("a letter as pdftotext gives it: citations broken over a page with its repeated page top are whole again")
    func pdfLetter() throws {
        let reader = try Self.read("family-vws-pdftotext-brief.txt")
        #expect(Self.summary(reader) == [
            "kst-29477-905 Tielen uitgevoerd", "kst-36800-XVI-57 Paulusma c.s. in-uitvoering", "kst-29477-918 Dobbe deels-uitgevoerd",
            "kst-32793-835 Krul en Dijk in-behandeling", "kst-36800-XVI-12 Tielen niet-uitgevoerd",
        ])
        let krul = try #require(reader.motions.first { $0.key == "kst-32793-835" })
        #expect(!krul.evidence.contains("Kenmerk"))
    }

    @Test("a letter of bullets, dashes and numbered items: every motion, two of one bullet, none of the amendment or toezegging")
    func bulletLetter() throws {
        let reader = try Self.read("family-defensie-stand-van-zaken.txt")
        #expect(Self.summary(reader) == [
            "kst-36600-X-12 Boswijk uitgevoerd", "kst-36600-X-19 Tuinman c.s. deels-uitgevoerd",
            "kst-36410-XIV-33 Van der Plas c.s. in-uitvoering", "kst-36410-X-41 Dassen/Eerdmans in-behandeling",
            "kst-36600-X-27 Valstar uitgevoerd", "kst-36600-X-31 Stoffer niet-uitgevoerd",
            "kst-36600-X-35 Kahraman c.s. in-uitvoering", "kst-36600-X-38 Van Dijk in-uitvoering",  // `Beide moties zijn in uitvoering`
            "kst-21501-28-287 Erkens vervallen",
            "kst-36045-251 Brekelmans en Piri uitgevoerd", "kst-36045-256 Brekelmans en Piri uitgevoerd",  // `moties …, nrs. 251 en 256`
            "kst-29521-498 Paternotte onbekend",                                                     // aangehouden
            "kst-36600-X-44 Nordkamp in-uitvoering",                                                 // `werkt de plannen uit`
            "kst-36600-X-52 Hammelburg en Dobbe onbekend",
        ])
        #expect(reader.motions.first { $0.key == "kst-29521-498" }?.findings.map(\.category) == [.notAdopted])
    }

    @Test("a jaarverslag annex with a running number before the Kamerstuk column")
    func numberedAnnex() throws {
        let reader = try Self.read("family-jaarverslag-bijlage-nr.txt")
        #expect(Self.summary(reader) == [
            "kst-36410-XIV-33 Van der Plas c.s. uitgevoerd", "kst-36410-XIV-47 Grinwis en Vedder deels-uitgevoerd",
            "kst-36410-XIV-52 Bromet in-behandeling", "kst-35334-281 Holman onbekend",
            "kst-36410-XIV-60 Vermeer uitgevoerd", "kst-21501-32-1688 Van Campen en Boswijk in-uitvoering",
            "kst-36410-XIV-71 Van Campen uitgevoerd", "kst-36410-XIV-74 Thijssen niet-uitgevoerd",
            "kst-30252-160 Kostić en Podt vervallen",   // `Afgedaan. … is daarmee vervallen`
            "kst-36410-XIV-81 Flach deels-uitgevoerd", "kst-33037-563 Boswijk in-behandeling",  // `Openstaand.`
            "kst-36410-XIV-90 Eerdmans uitgevoerd", "kst-36200-XIV-G Van Gasteren uitgevoerd",
            "kst-36410-XIV-95 Vedder in-uitvoering",
        ])
        // `… over mestverwerking Aangehouden.`: the status cell runs into the description.
        #expect(reader.motions.first { $0.key == "kst-35334-281" }?.findings.map(\.category) == [.notAdopted])
    }

    @Test("an annex table: each row's motion with the status in its last cell")
    func annex() throws {
        let reader = try Self.read("family-annex-overzicht-moties.txt")
        #expect(Self.summary(reader) == [
            "kst-21501-02-3236 Paternotte c.s. uitgevoerd",          // Afgedaan.
            "kst-35207-89 Van Baarle en Paternotte in-behandeling",  // In behandeling.
            "kst-36800-V-41 Ceder c.s. in-uitvoering",               // `36 800 V, nr. 41`, no Kamerstuk word
            "kst-36045-243 Klaver c.s. uitgevoerd",                  // not the replaced nr. 240
            "kst-36600-V-61 Dobbe uitgevoerd",
            "kst-21501-02-3240 Piri en Boswijk vervallen",
            "motie-paternotte Paternotte c.s. onbekend",             // named in passing in Piri's row
            "kst-21501-20-2310 Erkens c.s. in-behandeling",
            "motie-sjoerdsma Sjoerdsma in-behandeling",              // cited by Handelingen only
            "motie-werf Van der Werf c.s. onbekend",                 // in the table of toezeggingen
        ])
        let klaver = try #require(reader.motions.first { $0.key == "kst-36045-243" })
        #expect(klaver.evidence.hasPrefix("Gewijzigde motie van het lid Klaver c.s. (t.v.v. 36 045, nr. 240)"))
        let ceder = try #require(reader.motions.first { $0.key == "kst-36800-V-41" })
        #expect(ceder.expected?.from == Day(year: 2026, month: 7, day: 1))
        #expect(ceder.expected?.to == Day(year: 2026, month: 9, day: 30))
        // The name is the same as the motion of kst-21501-02-3236, but a name is no proof.
        let passing = try #require(reader.motions.first { $0.key == "motie-paternotte" })
        #expect(passing.uncertain)
        #expect(passing.findings.map(\.category) == [.uncertainLink, .statusUnknown])
    }

    @Test("an annex: the bill a motion led to, a letter in a footnote and the page footer are not motions")
    func annexNotMotions() throws {
        let keys = Set(try Self.read("family-annex-overzicht-moties.txt").motions.map(\.key))
        #expect(!keys.contains("kst-36912-2"))       // `het wetsvoorstel ter uitvoering van deze motie … (Kamerstuk 36 912, nr. 2)`
        #expect(!keys.contains("kst-36045-240"))     // t.v.v.
        #expect(!keys.contains("kst-21501-02-3342")) // footnote 1: a letter
        #expect(!keys.contains("kst-36900-V-2"))     // the page footer
    }

    @Test("an annex as `pdftotext -layout` gives it: the columns unfolded, each row's cells read in order")
    func layoutAnnex() throws {
        let reader = try Self.read("family-annex-pdftotext-layout.txt")
        #expect(Self.summary(reader) == [
            "kst-36800-V-30 Van der Werf c.s. in-behandeling",       // `Kamerstuk 36 800 V,⏎nr. 30` down its cell
            "kst-29754-765 Boswijk uitgevoerd",
            "kst-35207-89 Van Baarle en Paternotte in-uitvoering",  // the name broken over the cell's lines
            "kst-36045-243 Klaver uitgevoerd",
        ])
        let werf = reader.motions[0]
        #expect(werf.expected?.from == Day(year: 2026, month: 10, day: 1))
        // Places are the input's, though the text was reordered.
        let boswijk = reader.motions[1]
        #expect(boswijk.mentions.map { "\($0.line):\($0.column)" } == ["12:1", "13:102"])
        #expect(boswijk.evidenceLine == 12)
    }

    @Test("a letter about one motion: its footnote, a later `de motie` and another motion kept apart")
    func letter() throws {
        let reader = try Self.read("family-letter-uitvoering-motie.txt")
        #expect(reader.document.date == Day(year: 2026, month: 5, day: 19))
        #expect(reader.document.number == nil)
        #expect(reader.document.reference == "BZ2612877")  // `Ons kenmerk`, not `Uw kenmerk 2026Z07731`
        #expect(MotionText.render(reader, language: .nl).hasPrefix("(geen documentnummer) — kenmerk BZ2612877 — 2026-05-19\n"))
        #expect(Self.summary(reader) == [
            "kst-36600-IV-21 Kamminga c.s. uitgevoerd",
            "kst-36600-IV-25 Van den Berg onbekend",
        ])
        #expect(reader.motions[0].evidence == "Met deze brief beschouw ik de motie als afgedaan.")
        #expect(reader.motions[0].evidenceLine == 110)
        // Footnote 2 cites a report, not a motion.
        #expect(!reader.motions.contains { $0.key == "kst-36734-5" })
    }

    @Test("Aanhangsel questions: `Vraag 1:` … `Antwoord op vragen 2 en 3:`, markers glued to a question mark and to the subject")
    func aanhangsel() throws {
        let reader = try Self.read("family-aanhangsel-vragen.txt")
        #expect(reader.document.number == "2026D15530")
        #expect(reader.document.date == Day(year: 2026, month: 4, day: 8))
        let read = reader.motions.map { "\($0.key) \($0.name) [\($0.answers.map { $0.label ?? "" }.joined(separator: ","))] \($0.status.rawValue)" }
        #expect(read == [
            "kst-31935-98 Teunissen [2 en 3] deels-uitgevoerd",          // gedeeltelijk uitvoering gegeven
            "kst-36800-XVII-22 Kröger en Thijssen [4] in-behandeling",   // Het kabinet verkent …
            "kst-31935-112 Teunissen/Kröger [5] vervallen",              // ingehaald door …
            "kst-36800-XVII-31 Vestering [6] niet-uitgevoerd",           // ziet … geen mogelijkheid
        ])
        #expect(reader.motions[0].answers.first?.askers == ["Teunissen"])
        #expect(reader.motions[0].expected?.to == Day(year: 2026, month: 6, day: 30))
        // Footnote 4 is the letter of 14 November, not the motion of answer 5.
        #expect(!reader.motions.contains { $0.key == "kst-31935-118" })
    }

    @Test("a PDF conversion with CRLF, ligatures, bracketed footnotes and a citation over a page break")
    func pdfConversion() throws {
        let reader = try Self.read("family-letter-crlf-ligatures.txt")
        #expect(reader.document.number == "2026D19204")
        #expect(reader.document.debate?.label == "commissiedebat Raad Algemene Zaken 2026-05-19")
        #expect(Self.summary(reader) == [
            "kst-21501-02-3301 Sneller c.s. uitgevoerd",                  // In lijn met de motie … heeft
            "kst-21501-02-3310 Paternotte in-uitvoering",                 // wordt … uitgewerkt
            "kst-36800-V-63 Van Campen en Brekelmans in-behandeling",     // wordt … bezien
            "kst-21501-02-3315 Omtzigt niet-uitgevoerd",                  // `motie Omtzigt [2 ]`: wordt niet uitgevoerd
            "kst-36600-V-70 Eerdmans uitgevoerd",                         // `motie\u{200B} van het lid Eerdmans[3 ]`
        ])
        let paternotte = reader.motions[1]
        #expect(paternotte.evidence.contains("uitgewerkt"))
        #expect(paternotte.expected?.from == Day(year: 2026, month: 9, day: 1))
        // The letter that carried Eerdmans' motion out is not a motion.
        #expect(!reader.motions.contains { $0.key == "kst-21501-02-3320" })
    }

    @Test("an annotated agenda: held over, rejected and not yet voted on are findings, not statuses")
    func notAdopted() throws {
        let reader = try Self.read("family-geannoteerde-agenda.txt")
        #expect(Self.summary(reader) == [
            "kst-21501-02-3350 Sjoerdsma onbekend",          // nog niet aangenomen
            "kst-21501-02-3351 Dobbe en Teunissen onbekend", // aangehouden
            "kst-21501-02-3352 Van Baarle onbekend",         // verworpen
            "kst-36045-243 Klaver c.s. uitgevoerd",
            "kst-36500-AB Van Apeldoorn c.s. in-behandeling", // Eerste Kamer: 36 500, AB
        ])
        for motion in reader.motions.prefix(3) {
            #expect(motion.findings.map(\.category) == [.notAdopted])
        }
        let keys = Set(reader.motions.map(\.key))
        #expect(!keys.contains("kst-36800-V-15"))     // an amendment
        #expect(!keys.contains("kst-23432-640"))      // a letter
        #expect(!keys.contains("kst-21501-02-3360"))  // the page footer
    }

    @Test("a letter of citations: only the one motion, linked through a footnote glued to `c.s.`")
    func citationsAreNotMotions() throws {
        let reader = try Self.read("family-citation-forms.txt")
        #expect(Self.summary(reader) == ["kst-21501-02-3236 Paternotte c.s. onbekend"])
    }
}
