/// The identity of one parliamentary paper, in the form officielebekendmakingen.nl uses:
/// `kst-{dossier}[-{toevoeging}]-{number}`, e.g. `kst-21501-02-3236`, `kst-36800-V-27`,
/// `kst-32735-406`, `kst-36200-V-J`.
///
/// Chamber and session year are not part of the identity; they travel with a ``Citation``.
public struct KamerstukID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The dossier (kamerstuknummer), digits only: `21501`.
    public let dossier: String
    /// The part that splits a dossier: a numeric series (`02`), a budget chapter (`V`, `IXB`)
    /// or a fund letter (`B`). `nil` when the dossier has none.
    public let toevoeging: String?
    /// The document within the dossier: digits with an optional lowercase letter (`3236`, `42e`)
    /// for the Tweede Kamer, capital letters (`J`, `AI`) for the Eerste Kamer.
    public let number: String

    /// Builds an ID from its parts, normalising case; `nil` when a part is not well-formed.
    public init?(dossier: String, toevoeging: String?, number: String) {
        guard let dossier = KamerstukID.normalizedDossier(dossier),
              let number = KamerstukID.normalizedNumber(number)
        else { return nil }
        var normalizedToevoeging: String?
        if let toevoeging {
            guard let t = KamerstukID.normalizedToevoeging(toevoeging) else { return nil }
            normalizedToevoeging = t
        }
        self.dossier = dossier
        self.toevoeging = normalizedToevoeging
        self.number = number
    }

    /// Parses a canonical ID (`kst-21501-02-3236`, in any case); `nil` when it is not one.
    public init?(canonical text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 || parts.count == 4, parts[0].lowercased() == "kst" else { return nil }
        if parts.count == 3 {
            self.init(dossier: parts[1], toevoeging: nil, number: parts[2])
        } else {
            self.init(dossier: parts[1], toevoeging: parts[2], number: parts[3])
        }
    }

    /// The canonical ID: `kst-21501-02-3236`.
    public var canonical: String {
        if let toevoeging { return "kst-\(dossier)-\(toevoeging)-\(number)" }
        return "kst-\(dossier)-\(number)"
    }

    public var description: String { canonical }

    /// Appends the canonical ID's bytes, for output written a byte buffer at a time.
    package func appendCanonical(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: "kst-".utf8)
        bytes.append(contentsOf: dossier.utf8)
        if let toevoeging {
            bytes.append(UInt8(ascii: "-"))
            bytes.append(contentsOf: toevoeging.utf8)
        }
        bytes.append(UInt8(ascii: "-"))
        bytes.append(contentsOf: number.utf8)
    }

    /// The paper's page on officielebekendmakingen.nl.
    public var url: String { "https://zoek.officielebekendmakingen.nl/\(canonical).html" }

    /// Orders by dossier, then toevoeging, then number, each numerically where it is a number,
    /// so that `kst-36800-V-9` comes before `kst-36800-V-27`.
    public static func < (lhs: KamerstukID, rhs: KamerstukID) -> Bool {
        if lhs.dossier != rhs.dossier { return naturalLess(lhs.dossier, rhs.dossier) }
        if lhs.toevoeging != rhs.toevoeging {
            guard let l = lhs.toevoeging else { return true }
            guard let r = rhs.toevoeging else { return false }
            return naturalLess(l, r)
        }
        return naturalLess(lhs.number, rhs.number)
    }

    // MARK: - Validation

    static func normalizedDossier(_ text: String) -> String? {
        let bytes = text.utf8
        guard (1...6).contains(bytes.count), bytes.first != UInt8(ascii: "0"), bytes.allSatisfy(ASCII.isDigit)
        else { return nil }
        return text
    }

    /// A toevoeging is a two-digit series (`02`, `20`), a Roman chapter with at most one letter
    /// behind it (`V`, `XIII`, `IXB`), or a single fund letter (`A`, `B`).
    static func normalizedToevoeging(_ text: String) -> String? {
        let bytes = text.utf8
        if bytes.count == 2, bytes.allSatisfy(ASCII.isDigit) { return text }
        guard (1...8).contains(bytes.count), bytes.allSatisfy(ASCII.isLetter) else { return nil }
        let upper = bytes.contains(where: ASCII.isLower) ? text.uppercased() : text
        guard upper.utf8.count == 1 || Roman.isChapter(upper.utf8) else { return nil }
        return upper
    }

    /// A number is digits with at most one lowercase letter (`42e`), or one to three capital
    /// letters (`J`, `AI`). Case is normalised: `42E` → `42e`, `ai` → `AI`.
    static func normalizedNumber(_ text: String) -> String? {
        let bytes = text.utf8
        guard let first = bytes.first else { return nil }
        if ASCII.isDigit(first) {
            let digits = bytes.prefix(while: ASCII.isDigit).count
            let rest = bytes.count - digits
            guard first != UInt8(ascii: "0"), digits <= 6, rest <= 1 else { return nil }
            if rest == 0 { return text }
            guard let last = bytes.last, ASCII.isLetter(last) else { return nil }
            return ASCII.isUpper(last) ? text.lowercased() : text
        }
        guard bytes.count <= 3, bytes.allSatisfy(ASCII.isLetter) else { return nil }
        return bytes.contains(where: ASCII.isLower) ? text.uppercased() : text
    }
}

/// Compares strings made of a leading number and a tail, numbers by value: `9 < 27`, `42 < 42e`.
func naturalLess(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    let xd = x.prefix(while: ASCII.isDigit), yd = y.prefix(while: ASCII.isDigit)
    if xd.count != yd.count, !xd.isEmpty, !yd.isEmpty { return xd.count < yd.count }
    if !xd.elementsEqual(yd) { return xd.lexicographicallyPrecedes(yd) }
    return x.dropFirst(xd.count).lexicographicallyPrecedes(y.dropFirst(yd.count))
}
