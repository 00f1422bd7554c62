import Testing
import Kamerstuk
import TestSupport
@testable import MotieLedger

/// Every motion 2026D03887 mentions, read by hand: its Kamerstuk (or none), the answers that
/// speak of it and the status their text shows.
@Suite("Motions of 2026D03887")
struct SeedMotionTests {
    struct Expected: Sendable {
        let key: String
        let name: String
        let answers: [Int]
        let status: MotionStatus
        var expected: (String, String)?
        var evidenceLine: Int?
        /// Conditional (`indien`) or linked without certainty.
        var uncertain = false
    }

    static let expected: [Expected] = [
        // Vraag 3 (Van der Werf/Klos), and again for Van Baarle and Teunissen.
        Expected(key: "kst-21501-02-3236", name: "Paternotte c.s.", answers: [3, 38, 46], status: .inUitvoering, evidenceLine: 151),
        Expected(key: "kst-21501-02-3196", name: "Van Campen/Boswijk", answers: [3, 38, 46], status: .uitgevoerd, evidenceLine: 147),
        Expected(key: "kst-36800-V-27", name: "Van Baarle", answers: [3, 38, 46], status: .inUitvoering),
        // "zal … in het vierde kwartaal van 2026 een onderzoek opleveren" (footnote 6).
        Expected(key: "kst-36800-V-30", name: "Van der Werf", answers: [15], status: .inUitvoering,
                 expected: ("2026-10-01", "2026-12-31"), evidenceLine: 555),
        // "alvast het budget … te corrigeren" (footnote 7).
        Expected(key: "kst-32735-406", name: "Piri c.s.", answers: [16], status: .deelsUitgevoerd, evidenceLine: 588),
        // "Bij de Voorjaarsnota 2026 … de rest van de motie" (footnote 8).
        Expected(key: "kst-36045-243", name: "Klaver", answers: [17], status: .deelsUitgevoerd,
                 expected: ("2026-03-01", "2026-06-01"), evidenceLine: 610),
        // Known only through footnote 9; "De positie van het kabinet is sindsdien niet veranderd."
        Expected(key: "kst-36200-V-J", name: "Karimi c.s.", answers: [19], status: .nietUitgevoerd, evidenceLine: 660),
        // Two different motions Boswijk (footnotes 10 and 11).
        Expected(key: "kst-29754-765", name: "Boswijk", answers: [24], status: .uitgevoerd, evidenceLine: 808),
        Expected(key: "kst-21501-20-2362", name: "Boswijk", answers: [26], status: .uitgevoerd, evidenceLine: 861),
        // Footnotes 12 and 13 lost: linked by the answer's own citations.
        Expected(key: "kst-36600-V-27", name: "Van der Burg c.s.", answers: [29], status: .inUitvoering,
                 expected: ("2026-01-01", "2026-06-30"), evidenceLine: 999),
        Expected(key: "kst-21501-02-3000", name: "Van der Burg en Piri", answers: [29], status: .nietUitgevoerd, evidenceLine: 1007),
        // No Kamerstuk anywhere in the document.
        Expected(key: "motie-erkens", name: "Erkens c.s.", answers: [33], status: .uitgevoerd, evidenceLine: 1113),
        // "indien …": conditional.
        Expected(key: "kst-35207-89", name: "Van Baarle en Paternotte", answers: [43], status: .inUitvoering, evidenceLine: 1440,
                 uncertain: true),
        // "de aangenomen motie van de SGP?15" and "de SGP-motie (Kamerstuk 36 600-V, nr. 45)".
        Expected(key: "kst-36600-V-45", name: "SGP", answers: [45], status: .uitgevoerd, evidenceLine: 1501),
        // "een motie17": known by its footnote and its subject.
        Expected(key: "kst-21501-20-2366", name: "om de mogelijke afhankelijkheden in kaart te brengen …", answers: [48],
                 status: .inUitvoering, evidenceLine: 1584),
        Expected(key: "motie-inzake-radio-dabanga", name: "inzake Radio Dabanga", answers: [56], status: .inBehandeling,
                 evidenceLine: 1819),
        // Two different motions Dobbe (footnotes 18 and 19).
        Expected(key: "kst-21501-02-3305", name: "Dobbe", answers: [57], status: .inBehandeling, evidenceLine: 1842),
        Expected(key: "kst-32735-386", name: "Dobbe", answers: [58], status: .uitgevoerd, evidenceLine: 1863),
    ]

    let reader: MotionReader

    init() throws {
        reader = MotionReader(try Fixture.document("2026D03887.txt"))
    }

    @Test("the complete list, in document order")
    func completeList() {
        #expect(reader.motions.map(\.key) == Self.expected.map(\.key))
    }

    @Test("each motion: name, answers, status, promised time, evidence line", arguments: expected)
    func eachMotion(_ want: Expected) throws {
        let motion = try #require(reader.motions.first { $0.key == want.key })
        #expect(motion.name == want.name)
        #expect(motion.answers.map(\.index) == want.answers)
        #expect(motion.status == want.status)
        #expect(motion.expected.map { ($0.from.iso, $0.to.iso) } ?? ("-", "-") == want.expected ?? ("-", "-"))
        if let line = want.evidenceLine { #expect(motion.evidenceLine == line) }
        #expect(!motion.evidence.isEmpty)
        #expect(motion.uncertain == want.uncertain)
        #expect(!motion.mixed)
        #expect(motion.id?.canonical == (want.key.hasPrefix("kst-") ? want.key : nil))
    }

    @Test("none of the other papers the document cites comes out as a motion")
    func otherPapersAreNotMotions() {
        let keys = Set(reader.motions.map(\.key))
        for paper in ["kst-28676-554", "kst-22112-4209", "kst-32852-224", "kst-36180-189", "kst-36200-V-M", "kst-26150-242",
                      "kst-32735-422"] {
            #expect(!keys.contains(paper), "\(paper) is not a motion")
        }
    }

    @Test("one motion named two ways is one; two motions by one member are two")
    func identity() {
        let paternotte = reader.motions.first { $0.key == "kst-21501-02-3236" }
        #expect(paternotte?.mentions.map(\.line) == [138, 152, 1291, 1535])
        let burgPiri = reader.motions.first { $0.key == "kst-21501-02-3000" }
        #expect(burgPiri?.mentions.map(\.text) == ["motie van den Burg/Piri", "motie van de leden Van der Burg en Piri"])
        #expect(reader.motions.filter { $0.name == "Boswijk" }.count == 2)
        #expect(reader.motions.filter { $0.name == "Dobbe" }.count == 2)
        #expect(reader.motions.first { $0.key == "kst-36800-V-27" }?.name != reader.motions.first { $0.key == "kst-35207-89" }?.name)
    }

    @Test("a motion without a Kamerstuk keeps a stable key and no ID")
    func keyedMotions() {
        let erkens = reader.motions.first { $0.nameKey == "motie-erkens" }
        #expect(erkens?.id == nil)
        #expect(erkens?.key == "motie-erkens")
        #expect(reader.motions.first { $0.key == "kst-21501-02-3000" }?.nameKey == "motie-burg-piri")
    }

    @Test("the evidence is the sentence that shows the status")
    func evidence() {
        let byKey = Dictionary(uniqueKeysWithValues: reader.motions.map { ($0.key, $0) })
        #expect(byKey["kst-32735-386"]?.evidence.hasPrefix("Hier is het afgelopen jaar in specifieke casuïstiek uitvoering aan gegeven") == true)
        #expect(byKey["kst-36200-V-J"]?.evidence == "De positie van het kabinet is sindsdien niet veranderd.")
        #expect(byKey["kst-21501-02-3000"]?.evidence
            == "Het ministerie van Buitenlandse Zaken is tot de conclusie gekomen dat andere methodes effectiever zijn om gijzeldiplomatie te voorkomen.")
        #expect(byKey["kst-36045-243"]?.evidence
            == "Bij de Voorjaarsnota 2026 zal het demissionaire kabinet, of het nieuwe kabinet, invulling geven aan de rest van de motie.")
    }

    @Test("a conditional answer is flagged; plain ones are not")
    func uncertainty() {
        let byKey = Dictionary(uniqueKeysWithValues: reader.motions.map { ($0.key, $0) })
        #expect(byKey["kst-35207-89"]?.uncertain == true)   // "indien nieuwe informatie aan het licht komt"
        #expect(byKey["kst-36045-243"]?.uncertain == false)
        #expect(byKey["kst-21501-02-3236"]?.mixed == false)  // three answers, one reading
    }

    @Test("answers carry their askers and party")
    func askers() {
        let answer = reader.motions.first { $0.key == "kst-21501-02-3236" }?.answers.first
        #expect(answer == AnswerReference(index: 3, label: nil, askers: ["van der Werf", "Klos"], party: "D66"))
    }
}
