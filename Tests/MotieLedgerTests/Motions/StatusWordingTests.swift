import Testing
@testable import MotieLedger

/// The wording of the Domain article's execution status (MotieLedger.docc), one sentence at a time: what each says of a motion's execution
/// and the time it promises. Sentences in the style of the answers, not copied from a fixture.
@Suite("Status wording")
struct StatusWordingTests {
    static func words(_ sentence: String) -> (bytes: [UInt8], words: [Word]) {
        let bytes = Array(sentence.utf8)
        return (bytes, Words.split(bytes, in: 0..<bytes.count))
    }

    static func status(_ sentence: String) -> MotionStatus? {
        StatusReader.read(words(sentence).words.map(\.folded), mentionsMotion: true)?.status
    }

    @Test("what each sentence says", arguments: [
        ("Daarmee heeft het kabinet uitvoering gegeven aan de motie.", MotionStatus.uitgevoerd),
        ("De motie is hiermee afgedaan.", .uitgevoerd),
        ("Hiermee is aan de motie voldaan.", .uitgevoerd),
        ("Conform de motie heeft het kabinet de steun verhoogd.", .uitgevoerd),
        ("Ter uitvoering van de motie is een interdepartementale werkgroep ingesteld.", .inUitvoering),
        ("In het kader van de uitvoering van de motie heeft het kabinet een verkenning laten doen.", .inUitvoering),
        ("Het kabinet heeft alvast het budget gecorrigeerd.", .deelsUitgevoerd),
        ("Het kabinet heeft gedeeltelijk uitvoering gegeven aan de motie.", .deelsUitgevoerd),
        ("De motie wordt uitgevoerd: de gezant blijft.", .inUitvoering),
        ("De motie is in uitvoering.", .inUitvoering),
        ("De nadere uitwerking wordt op dit moment voorbereid.", .inUitvoering),
        ("In lijn met de motie zal het kabinet zich inzetten voor een verbod.", .inUitvoering),
        ("Het kabinet beziet hoe deze motie uitgevoerd kan worden.", .inBehandeling),
        ("De mogelijkheden worden op dit moment verkend.", .inBehandeling),
        ("Het kabinet ziet geen aanleiding om de motie uit te voeren.", .nietUitgevoerd),
        ("De motie wordt niet uitgevoerd.", .nietUitgevoerd),
        ("De positie van het kabinet is sindsdien niet veranderd.", .nietUitgevoerd),
        ("De motie is ingehaald door het wetsvoorstel.", .vervallen),
        ("De motie is vervallen.", .vervallen),
        ("De motie wordt op dit moment niet uitgevoerd.", .nietUitgevoerd),
        ("Het kabinet voert de motie daarom niet uit.", .nietUitgevoerd),
        ("Het kabinet zal de motie niet uitvoeren.", .nietUitgevoerd),
        ("Met het programma Digitale Opsporing wordt uitvoering gegeven aan deze motie.", .inUitvoering),
        ("Hiermee wordt uitvoering gegeven aan de motie.", .uitgevoerd),
        ("Met deze brief wordt uitvoering gegeven aan de motie-Bikker.", .uitgevoerd),
        ("Conform de motie Erkens c.s. zet het kabinet zich bij de onderhandelingen in voor een plafond.", .inUitvoering),
        ("De uitvoering van deze motie is vertraagd.", .inUitvoering),
        ("Afgerond.", .uitgevoerd),
        ("Het onderzoek is in maart afgerond.", .uitgevoerd),
        ("Het onderzoek wordt in het derde kwartaal afgerond.", .inUitvoering),
        ("Loopt. Een regeling wordt opgesteld.", .inUitvoering),
        ("Het kabinet verkent hoe de motie over diertransporten kan worden uitgevoerd.", .inBehandeling),
        ("De motie wordt betrokken bij de evaluatie van de Wegenverkeerswet.", .inBehandeling),
        ("Het Rijksvastgoedbedrijf werkt de plannen uit.", .inUitvoering),
        ("Openstaand.", .inBehandeling),
    ])
    func reads(sentence: String, status: MotionStatus) {
        #expect(Self.status(sentence) == status, "\(sentence)")
    }

    @Test("what a motion asks is not what was done, and a sentence without wording reads as nothing")
    func requestsAndSilence() {
        #expect(Self.status("De motie verzoekt de regering om de mogelijkheden te onderzoeken.") == nil)
        #expect(Self.status("De motie Omtzigt vraagt de regering een toezichtsmechanisme in te stellen.") == nil)
        #expect(Self.status("Radio Dabanga is een onafhankelijke zender.") == nil)
    }

    @Test("a negation among a cue's words, or just before them, takes the cue away", arguments: [
        "Aan de motie is nog niet voldaan.",
        "Hiermee is nog niet aan de motie voldaan.",
        "De motie is nog niet afgedaan.",
        "De motie is nog niet in uitvoering.",
        "De implementatie is niet voorzien.",
        "Het onderzoek is nog niet afgerond.",
    ])
    func negations(sentence: String) {
        #expect(Self.status(sentence) == nil, "\(sentence)")
    }

    @Test("a condition makes the reading conditional")
    func conditional() {
        let reading = StatusReader.read(Self.words("Indien de Raad instemt, zal het kabinet de motie uitvoeren.").words.map(\.folded),
                                        mentionsMotion: true)
        #expect(reading?.status == .inUitvoering)
        #expect(reading?.conditional == true)
    }

    @Test("promised times, as ranges from the document's date", arguments: [
        ("Het onderzoek wordt in het vierde kwartaal van 2026 opgeleverd.", "2026-10-01", "2026-12-31"),
        ("De implementatie is in de eerste helft van 2026 voorzien.", "2026-01-01", "2026-06-30"),
        ("Bij de Voorjaarsnota 2026 zal het kabinet invulling geven aan de motie.", "2026-03-01", "2026-06-01"),
        // A deadline runs from the document's date.
        ("Ik informeer uw Kamer voor de zomer.", "2026-01-28", "2026-07-01"),
        ("De uitkomsten deel ik na de zomer met uw Kamer.", "2026-09-01", "2026-10-31"),
    ])
    func promised(sentence: String, from: String, to: String) throws {
        let (bytes, words) = Self.words(sentence)
        let expected = try #require(PromisedTime.read(words, text: bytes, documentDate: Day(year: 2026, month: 1, day: 28)!))
        #expect(expected.from.iso == from)
        #expect(expected.to.iso == to)
    }

    @Test("a promised time keeps its words: `na de zomer`, not `de zomer`")
    func promisedText() throws {
        let (bytes, words) = Self.words("Ik verwacht uw Kamer hierover na de zomer te informeren.")
        let expected = try #require(PromisedTime.read(words, text: bytes, documentDate: Day(year: 2026, month: 3, day: 19)!))
        #expect(expected.text == "na de zomer")
    }

    @Test("a deadline's day keeps its month, with or without a year; a day already past is next year's", arguments: [
        ("Ik stuur uw Kamer uiterlijk 15 april een brief.", "uiterlijk 15 april", "2026-04-15"),
        ("De evaluatie volgt voor 1 maart 2027.", "voor 1 maart 2027", "2027-03-01"),
        ("Het advies komt voor 15 januari beschikbaar.", "voor 15 januari", "2027-01-15"),
    ])
    func promisedDay(sentence: String, text: String, to: String) throws {
        let (bytes, words) = Self.words(sentence)
        let expected = try #require(PromisedTime.read(words, text: bytes, documentDate: Day(year: 2026, month: 1, day: 28)!))
        #expect(expected.text == text)
        #expect(expected.from.iso == "2026-01-28")
        #expect(expected.to.iso == to)
    }

    @Test("a document without a date: only a time with its year is read; a deadline runs from its year's start")
    func promisedWithoutDate() throws {
        func read(_ sentence: String) -> ExpectedTime? {
            let (bytes, words) = Self.words(sentence)
            return PromisedTime.read(words, text: bytes, documentDate: nil)
        }
        #expect(read("Ik informeer uw Kamer voor de zomer.") == nil)
        #expect(read("De uitkomsten deel ik na de zomer met uw Kamer.") == nil)
        #expect(read("Het onderzoek wordt in het vierde kwartaal van 2026 opgeleverd.").map { "\($0.from.iso) \($0.to.iso)" }
                == "2026-10-01 2026-12-31")
        #expect(read("De minister informeert de Eerste Kamer voor 1 december 2026.").map { "\($0.from.iso) \($0.to.iso)" }
                == "2026-01-01 2026-12-01")
    }
}
