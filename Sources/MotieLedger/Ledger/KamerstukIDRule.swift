import Kamerstuk

/// The rule itself, applied each time.
struct KamerstukIDRule: KamerstukIDCheck {
    func canonicalID(_ contents: UnsafeRawBufferPointer) -> CheckedID? {
        KamerstukIDRule.id(contents).map(CheckedID.parsed)
    }

    /// The ID whose canonical form `contents` are: `kst-`, the dossier, the toevoeging if any
    /// and the number, each part as ``KamerstukID`` normalises it. What
    /// `KamerstukID(canonical:)` and a comparison with its `canonical` tell, read from the
    /// bytes without building the strings (a reader meets thousands of IDs).
    static func id(_ contents: UnsafeRawBufferPointer) -> KamerstukID? {
        guard contents.count > 4, bytesEqual(UnsafeRawBufferPointer(rebasing: contents[0..<4]), "kst-") else { return nil }
        var dashes = (0, 0), count = 0
        for index in 4..<contents.count where contents[index] == UInt8(ascii: "-") {
            guard count < 2 else { return nil }
            if count == 0 { dashes.0 = index } else { dashes.1 = index }
            count += 1
        }
        guard count > 0 else { return nil }
        func part(_ range: Range<Int>) -> String { String(decoding: UnsafeRawBufferPointer(rebasing: contents[range]), as: UTF8.self) }
        let dossier = part(4..<dashes.0)
        let toevoeging = count == 2 ? part(dashes.0 + 1..<dashes.1) : nil
        let number = part((count == 2 ? dashes.1 : dashes.0) + 1..<contents.count)
        guard let id = KamerstukID(dossier: dossier, toevoeging: toevoeging, number: number),
              id.dossier == dossier, id.toevoeging == toevoeging, id.number == number
        else { return nil }
        return id
    }
}
