#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

extension CitationScanner {
    /// Checks that a large input is UTF-8 text and finds its citations with their places, on
    /// all cores: the text is cut at line breaks into parts that are checked and scanned at
    /// once. The result is that of `SourceText.validate(_:)` and then `placed(_:)`, in parts.
    package static func validatedAndPlaced(_ text: UnsafeBufferPointer<UInt8>) throws(TextError) -> PlacedParts {
        let cores = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        // Several parts a core, so that a core slowed by other work does not hold up the rest.
        return try validatedAndPlaced(text, parts: min(cores * 4, text.count / (1 << 20) + 1))
    }

    /// The same, cut into about `wanted` parts.
    static func validatedAndPlaced(_ text: UnsafeBufferPointer<UInt8>, parts wanted: Int) throws(TextError) -> PlacedParts {
        let bounds = partBounds(text, parts: wanted)
        let results = Mutex([Part](repeating: Part(), count: bounds.count - 1))
        let shared = SharedText(buffer: text)
        DispatchQueue.concurrentPerform(iterations: bounds.count - 1) { k in
            let text = shared.buffer
            let range = bounds[k]..<bounds[k + 1]
            var part = Part()
            if let (offset, kind) = UTF8Check.firstProblem(UnsafeBufferPointer(rebasing: text[range])) {
                part.problem = (range.lowerBound + offset, kind)
            } else {
                var cursor = LineCursor(lineStartingAt: range.lowerBound)
                part.matches = scan(text, startingIn: range).map {
                    PlacedMatch(match: $0, location: cursor.advance(to: $0.range.lowerBound, in: text))
                }
                _ = cursor.advance(to: range.upperBound, in: text)
                part.lines = cursor.linesPassed
            }
            results.withLock { swap(&$0[k], &part) }
        }
        let parts = results.withLock { $0 }
        if let (offset, kind) = parts.compactMap(\.problem).first {
            var cursor = LineCursor()
            throw TextError(kind: kind, offset: offset, location: cursor.advance(to: offset, in: text))
        }
        // Lines carry on from part to part; a citation that ran on into the next part was read
        // whole by its own, so what the next part found inside it goes.
        var placed: [PlacedParts.Part] = []
        var linesBefore = 0
        var end = 0
        for part in parts {
            let fresh = part.matches.firstIndex { $0.match.range.lowerBound >= end } ?? part.matches.endIndex
            let kept = part.matches[fresh...]
            placed.append(PlacedParts.Part(matches: kept, linesBefore: linesBefore))
            end = max(end, kept.last?.match.range.upperBound ?? 0)
            linesBefore += part.lines
        }
        return PlacedParts(parts: placed)
    }

    /// Where to cut: about evenly, each cut just after a line break.
    static func partBounds(_ text: UnsafeBufferPointer<UInt8>, parts: Int) -> [Int] {
        var bounds = [0]
        guard let base = text.baseAddress, parts > 1 else { return [0, text.count] }
        for k in 1..<parts {
            let from = max(bounds.last!, text.count * k / parts)
            guard from < text.count, let newline = memchr(base + from, 0x0A, text.count - from) else { break }
            bounds.append(UnsafePointer<UInt8>(newline.assumingMemoryBound(to: UInt8.self)) - base + 1)
        }
        if bounds.last! < text.count { bounds.append(text.count) }
        return bounds
    }

    struct Part: Sendable {
        var problem: (Int, TextError.Kind)?
        var matches: [PlacedMatch] = []
        var lines = 0
    }

    /// The input, read by every part's thread and written by none.
    struct SharedText: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
    }
}
