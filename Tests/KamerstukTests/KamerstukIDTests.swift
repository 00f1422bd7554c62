import Testing
@testable import Kamerstuk

@Suite("KamerstukID")
struct KamerstukIDTests {
    @Test("parses canonical IDs in any case and prints them canonically", arguments: [
        ("kst-21501-02-3236", "kst-21501-02-3236"), ("KST-36800-v-27", "kst-36800-V-27"),
        ("kst-32735-406", "kst-32735-406"), ("kst-36200-V-J", "kst-36200-V-J"), ("kst-36600-B-K", "kst-36600-B-K"),
        ("kst-33328-ai", "kst-33328-AI"), ("kst-31200-ixb-7", "kst-31200-IXB-7"), ("kst-36800-V-42E", "kst-36800-V-42e"),
    ])
    func canonical(_ text: String, _ expected: String) {
        #expect(KamerstukID(canonical: text)?.canonical == expected)
    }

    @Test("refuses what is not an ID", arguments: [
        "", "kst", "kst-", "kst-21501", "kst-021501-5", "kst-21501-02-0123", "kst-21501-VV-5", "kst-21501-IIII-5",
        "kst-21501-ABC-5", "kst-21501-02-3236-1", "kst-21501--5", "ah-tk-20142015-991", "kst-1234567-5",
        "kst-21501-02-12345678", "kst-21501-02-AAAA",
    ])
    func refuses(_ text: String) {
        #expect(KamerstukID(canonical: text) == nil)
    }

    @Test("links to officielebekendmakingen")
    func url() {
        #expect(KamerstukID(canonical: "kst-36800-V-27")?.url == "https://zoek.officielebekendmakingen.nl/kst-36800-V-27.html")
    }

    @Test("sorts by dossier, toevoeging and number, numerically")
    func order() {
        let ids = ["kst-36800-V-27", "kst-21501-20-2362", "kst-36800-V-9", "kst-21501-02-3236", "kst-36800-27",
                   "kst-36800-V-27a", "kst-9999-1", "kst-36800-IV-1"].compactMap(KamerstukID.init(canonical:))
        #expect(ids.sorted().map(\.canonical) == [
            "kst-9999-1", "kst-21501-02-3236", "kst-21501-20-2362", "kst-36800-27", "kst-36800-IV-1", "kst-36800-V-9",
            "kst-36800-V-27", "kst-36800-V-27a",
        ])
    }

    @Test("Roman chapters are well-formed numerals, with at most one letter behind")
    func roman() {
        for valid in ["I", "IV", "V", "IX", "XIII", "XIV", "XVI", "XL", "L", "IXB", "XIVA"] {
            #expect(Roman.isChapter(valid.utf8), "\(valid)")
        }
        for invalid in ["IIII", "VX", "IL", "LL", "XXXXX", "IXBB", "BI", ""] {
            #expect(!Roman.isChapter(invalid.utf8), "\(invalid)")
        }
    }
}
