import Testing
import TestSupport
import Kamerstuk
@testable import MotieLedger

/// The annex of an annual report (jaarverslag) as `pdftools` gives it: every page of the table
/// one paragraph, its printed lines joined by one space, so that the three columns —
/// Omschrijving van de motie | Vindplaats | Stand van zaken — run into each other line by line.
/// Every ministry's annual report has this annex, and after the motions' tables those of
/// toezeggingen in the same shape; the rows below are made up, in the words of Infrastructuur en
/// Waterstaat and of Landbouw, and every expectation is read off them by hand.
@Suite("An annual report's annex whose columns run into each other")
struct InterleavedAnnexTests {
    /// The annex's text: a heading, then each table's title and one page of it, its printed
    /// lines joined by one space into one paragraph.
    static func read(_ page: [String], toezeggingen: [String] = []) throws -> MotionReader {
        var text = """
            Bijlage 4: Moties en toezeggingen

            Tabel 57 Door de Staten-Generaal aanvaarde moties die nog niet zijn afgerond

            \(page.joined(separator: " "))

            """
        if !toezeggingen.isEmpty {
            text += """
                Tabel 58 Door bewindslieden gedane toezeggingen die nog niet zijn afgerond

                \(toezeggingen.joined(separator: " "))

                """
        }
        text += "Tweede Kamer, vergaderjaar 2023–2024, 36560 XII, nr. 1             201\n"
        return MotionReader(AnswerDocument(try SourceText(validating: Array(text.utf8))))
    }

    static func summary(_ reader: MotionReader) -> [String] {
        reader.motions.map { "\($0.key) \($0.name) \($0.status.rawValue)" }
    }

    @Test("the row's own Kamerstuk, not the paper debated before it nor the letter that closes a sentence of the status column")
    func ownKamerstuk() throws {
        let reader = try Self.read([
            "Omschrijving van de motie                                   Vindplaats                            Stand van zaken",
            "Motie van het lid De Bruijn; De Tweede Kamer verzoekt de    Debat [14-03-2023] -                  De Tweede Kamer wordt in het vierde",
            "regering de geluidsnormen rond regionale vliegvelden te     Tweeminutendebat Luchtvaart           kwartaal van 2024 geïnformeerd over de",
            "herzien en de Kamer voor de zomer te informeren.            (31 936, nr. 1040)                    uitvoering van deze motie.",
            "                                                            (Kamerstukken II 2022/23, 31936,",
            "                                                            nr. 1067)",
            "Motie van de leden Kops en Boutkan; De Tweede Kamer         Debat [05-10-2023] - Commissiedebat   De Tweede Kamer is over de inventarisatie",
            "verzoekt de regering de onderhoudsachterstand van           Water (Kamerstukken II 2023/24,       geïnformeerd met de brief van 12 december 2023",
            "bruggen en sluizen in kaart te brengen.                     27625, nr. 640)                       (Kamerstukken II 2023/24, 27625, nr. 652). De",
            "                                                                                                  Tweede Kamer wordt in 2024 geïnformeerd over",
            "                                                                                                  de uitvoering van deze motie.",
            "Motie van het lid Van der Graaf; De Tweede Kamer            Debat [09-11-2022] - WGO              Momenteel wordt bezien hoe de uitvoering van",
            "verzoekt de regering het openbaar vervoer op de             Infrastructuur (Kamerstukken II       de motie kan worden vormgegeven.",
            "Waddeneilanden te versterken.                               2022/23, 36200 XII, nr. 41)",
        ])
        // De Bruijn: the Vindplaats names the letter debated, `(31 936, nr. 1040)`, before the
        // motion, `(Kamerstukken II 2022/23, 31936, nr. 1067)`, of the debate's session.
        // Kops en Boutkan: the motion's number, `27625, nr. 640)`, is cut from its bracket's
        // `(Kamerstukken II 2023/24,` by the other columns; the status column's letter of the
        // same session ends its sentence, `nr. 652).`.
        #expect(Self.summary(reader) == [
            "kst-31936-1067 De Bruijn in-uitvoering", "kst-27625-640 Kops en Boutkan in-uitvoering",
            "kst-36200-XII-41 Van der Graaf in-behandeling",
        ])
    }

    @Test("rows that open with the name alone on its line, `Motie lid …`, `De motie het lid …` and a first name; `deze motie Kamer` names no motion")
    func openings() throws {
        let reader = try Self.read([
            "Omschrijving van de motie                                   Vindplaats                            Stand van zaken",
            "De motie van de leden Van Ginneken en Alkaya;               Debat [01-02-2023] - Commissiedebat   Momenteel wordt bezien hoe de uitvoering van",
            "De Tweede Kamer verzoekt de regering reizigers met een      Spoor (Kamerstukken II,               de motie kan worden vormgegeven.",
            "beperking overal zonder vooraanmelding te laten reizen.     2022/23, 29984, nr. 1012)",
            "Motie lid Minhas c.s. De Tweede                             Debat [22-06-2022] - Notaoverleg      De Tweede Kamer wordt begin 2024 over de uitvoering van deze motie",
            "Kamer verzoekt de regering de verkeersveiligheid rond       Verkeersveiligheid (Kamerstukken      geïnformeerd.",
            "scholen te verbeteren.                                      2021/22 II, 29398, nr. 1004)",
            "Motie Henri Bontenbal c.s.; De Tweede Kamer verzoekt de     Debat [13-12-2022] - Stemmingen       De Tweede Kamer wordt in het voorjaar van 2024",
            "regering de netcongestie in de provincies in kaart te       over moties ingediend bij het         geïnformeerd over de uitvoering van deze motie.",
            "brengen.                                                    Commissiedebat Klimaat (Kamerstukken",
            "                                                            II 2022/23, 32813, nr. 1150)",
            "De motie het lid Stoffer c.s. De Tweede Kamer verzoekt      Debat [07-07-2022] - Tweeminutendebat De Tweede Kamer is met de brief van 3 maart",
            "de regering de vaarwegen voor de binnenvaart op diepte      Scheepvaart (Kamerstukken II 2021/22, 2023 over de stand van zaken van deze motie",
            "te houden.                                                  31409, nr. 410)                       geïnformeerd (Kamerstukken II 2022/23, 31409,",
            "                                                                                                  nr. 399). De Tweede Kamer wordt in 2024",
            "                                                                                                  geïnformeerd over de uitvoering van deze motie.",
        ])
        #expect(Self.summary(reader) == [
            "kst-29984-1012 Van Ginneken en Alkaya in-behandeling", "kst-29398-1004 Minhas c.s. in-uitvoering",
            "kst-32813-1150 Henri Bontenbal c.s. in-uitvoering", "kst-31409-410 Stoffer c.s. in-uitvoering",
        ])
    }

    @Test("a letter of the status column dated before its bracket, a row whose own number was not read, a motion the description names, motions a toezegging names")
    func lettersAndToezeggingen() throws {
        let reader = try Self.read([
            "Omschrijving van de motie                                   Vindplaats                                    Stand van zaken",
            "Motie van de leden Grinwis en Vedder; De Tweede Kamer       Debat [02-11-2022] -                          Op 15 december 2022 (Kamerstukken II 2022/23, 30252, nr. 80)",
            "verzoekt de regering boeren die willen extensiveren een     Begrotingsbehandeling LNV 2023                is de aanpak met de sector besproken. In het",
            "langjarig perspectief te bieden.                            (Kamerstukken II 2022/23, 36200 XIV, nr. 33)  voorjaar van 2024 wordt de Tweede Kamer",
            "                                                                                                          geïnformeerd over de uitvoering van deze motie.",
            "Motie van het lid Bromet; De Tweede Kamer verzoekt de       Debat [15-03-2018] - VAO Natuur               De AMvB natuurherstel is uitgesteld",
            "regering de natuurdoelen per provincie vast te leggen.      (Kamerstukken II 2017/18, 335760, nr. 113)    (Kamerstukken II 2020/21, 33576, nr. 201).",
            "                                                                                                          Momenteel wordt bezien hoe de uitvoering van",
            "                                                                                                          de motie kan worden vormgegeven.",
            "Motie van het lid Van der Plas; De Tweede Kamer verzoekt    Debat [08-02-2023] - Commissiedebat           Momenteel wordt bezien hoe de uitvoering van",
            "de regering conform de motie-Van der Plas c.s. de           Mestbeleid (Kamerstukken II 2022/23,          de motie kan worden vormgegeven.",
            "mestregels voor kleine boeren te vereenvoudigen.            33037, nr. 470)",
        ], toezeggingen: [
            "Omschrijving van de toezegging                              Vindplaats                                    Stand van zaken",
            "TZ202302-117 De minister zegt toe de Kamer te informeren    Debat [08-02-2023] - Commissiedebat           De Tweede Kamer wordt voor de zomer van 2024",
            "over de appreciatie van                                     Grondbeleid                                   geïnformeerd.",
            "de motie op stuk nr. 41 van het lid Tjeerd de Groot",
            "over grondbeleid.",
            "tz_LNV_2022_14 De minister zegt toe voor het                Debat [21-06-2022] - Commissiedebat           De Tweede Kamer is op 3 maart 2023 per brief",
            "commissiedebat over de uitvoering van de                    Visserij                                      geïnformeerd (Kamerstukken II 2022/23, 29664, nr. 212).",
            "motie-Thijssen (Kamerstuk 35 925 XIV, nr. 60) te",
            "rapporteren.",
        ])
        // Grinwis en Vedder: the letter of the same session stands after a day (`Op 15 december
        // 2022 (Kamerstukken …, nr. 80) is …`), the motion's own in the Vindplaats.
        // Bromet: its own number is printed wrong (`335760`), the one paper cited is of three
        // sessions after its debate: it has no Kamerstuk.
        // Van der Plas: her motion asks to act `conform de motie-Van der Plas c.s.`, an earlier
        // one, only mentioned.
        // In the toezeggingen the status column speaks of the toezegging: the motions named
        // there (`de motie op stuk nr. 41 van het lid Tjeerd de Groot`, `de motie-Thijssen
        // (Kamerstuk 35 925 XIV, nr. 60)`) are only mentioned.
        #expect(Self.summary(reader) == [
            "kst-36200-XIV-33 Grinwis en Vedder in-uitvoering", "motie-bromet Bromet in-behandeling",
            "kst-33037-470 Van der Plas in-behandeling", "motie-plas Van der Plas c.s. onbekend",
            "motie-groot Tjeerd de Groot onbekend", "kst-35925-XIV-60 Thijssen onbekend",
        ])
    }

    @Test("the Verantwoording the status column cites is a paper that reports, and so is its letter behind `deze motie`; in the toezeggingen a citation further on is not the motion's, nor a debate's kind its name")
    func reportsAndCutNames() throws {
        let reader = try Self.read([
            "Omschrijving van de motie                                   Vindplaats                                          Stand van zaken",
            "Motie van de leden Tielen en Paulusma; De Tweede Kamer      Debat [17-11-2022] -                                Aan de motie wordt uitvoering gegeven. Zo is in de",
            "verzoekt de regering de vergunningverlening voor            Begrotingsbehandeling EZK 2023                      Verantwoording over 2022 (Kamerstukken II 2022/23, 36360 XIII, nr. 1)",
            "windparken op zee te versnellen en daarbij de               plenaire behandeling, onderdeel                     de versnelling zichtbaar.",
            "netbeheerders en de provincies te betrekken bij de          energie (Kamerstukken II 2022/23,",
            "planning van de aansluitingen.                              36200 XIII, nr. 52)",
            "Motie van het lid Erkens; De Tweede Kamer verzoekt de       Debat [01-12-2022] - Commissiedebat                 Momenteel wordt bezien hoe de uitvoering van",
            "regering netbeheerders ruimte te geven voor                 Energie (Kamerstukken II 2022/23, 29023, nr. 400)   de motie kan worden vormgegeven.",
            "investeringen.",
            "Motie van het lid Kröger; De Tweede Kamer verzoekt de       Debat [01-12-2022] - Commissiedebat                 De Tweede Kamer is met de brief ‘Warm de winter door’",
            "regering de isolatie van huurwoningen te versnellen.        Energie (Kamerstukken II 2022/23, 29023, nr. 405)   geïnformeerd over de stand van zaken van deze motie",
            "                                                                                                                (Kamerstukken II 2022/23, 29023, nr. 420).",
        ], toezeggingen: [
            "Omschrijving van de toezegging                              Vindplaats                                          Stand van zaken",
            "TZ202212-031 In het voorjaar ontvangt de Tweede Kamer       Debat [14-12-2022] - Commissiedebat                 De Tweede Kamer is op 3 maart 2023 per brief",
            "de uitwerking van de motie van het lid Bontenbal inzake     Klimaat                                             geïnformeerd (Kamerstukken II 2022/23, 29023, nr. 410).",
            "netcongestie.",
            "TZ202212-044 De Tweede Kamer wordt geïnformeerd             Debat [15-12-2022] -                                De Tweede Kamer wordt in 2024 geïnformeerd.",
            "over de aangehouden motie                                   Wetgevingsoverleg Energie",
            "van Kops over kernenergie.",
        ])
        let summary = Self.summary(reader)
        // Tielen en Paulusma: the Verantwoording over 2022 of the same session stands first in
        // the row; the motion's own comes after the other columns' lines.
        #expect(summary.prefix(3) == [
            "kst-36200-XIII-52 Tielen en Paulusma in-uitvoering", "kst-29023-400 Erkens in-behandeling",
            "kst-29023-405 Kröger in-uitvoering",
        ])
        // Kröger: `van deze motie (Kamerstukken …, nr. 420).` is the status column's letter.
        #expect(!summary.contains { $0.hasPrefix("kst-29023-420") })
        // Bontenbal: the status column's letter stands behind his name only where the columns
        // run into each other: the toezegging gives his motion no Kamerstuk.
        #expect(summary.contains("motie-bontenbal Bontenbal onbekend"))
        #expect(!summary.contains { $0.hasPrefix("kst-29023-410") })
        // `de aangehouden motie ⎵ Wetgevingsoverleg Energie ⎵ van Kops`: the Vindplaats column
        // cuts the name; `Wetgevingsoverleg` is none.
        #expect(!reader.motions.contains { $0.name == "Wetgevingsoverleg" })
    }
}
