import Kamerstuk

extension HeaderReader {
    /// The Kamerstuk a document is, as the running heads of its pages name it (`Tweede Kamer,
    /// vergaderjaar 2022–2023, 36 360 VIII, nr. 1      1` → `kst-36360-VIII-1`): the number an
    /// annual report, a verslag or an annex printed as a Kamerstuk has of its own, where it
    /// carries no Tweede Kamer document number. Nil when no head names one, or two heads name
    /// different ones: then none of them is certainly the document's own.
    static func ownKamerstuk(text: [UInt8], lines: [TextLine]) -> KamerstukID? {
        var own: KamerstukID?
        for line in lines {
            // A running head opens with `Tweede` or `Eerste`: most lines fail at their first byte.
            let start = line.trimmed(in: text).lowerBound
            guard start < line.range.upperBound, text[start] == UInt8(ascii: "T") || text[start] == UInt8(ascii: "E"),
                  let cited = text.withUnsafeBufferPointer({ PageFurniture.runningHeadKamerstuk(line: line.range, in: $0) })
            else { continue }
            let matches = Array(text[cited]).withUnsafeBufferPointer { CitationScanner.scan($0, mode: .citation) }
            guard matches.count == 1, case .kamerstuk(let id) = matches[0].reading else { continue }
            if let own, own != id { return nil }
            own = id
        }
        return own
    }
}
