import Foundation
import Kamerstuk

/// The shapes of text that once made `refs` super-linear (issue 10: a 480 KB document on one
/// line took 1.24 s, 50 MB on one line did not finish in 300 s), each at 1×, 10× and 100× its
/// size: the time per byte must not grow. Made of 2026D03887's own text, as extractors leave
/// it: every line break dropped (one line), a paragraph per line, and lines of 256 KB. The
/// unit is the text 16 times over (1 MB), so that 1× does not sit in a cache that 100× cannot.
func benchRefsShapes() throws {
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/2026D03887.txt")
    let seed = String(repeating: try String(contentsOf: fixture, encoding: .utf8) + "\n", count: 16)
    let oneLine = seed.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ")
    let paragraphs = seed.components(separatedBy: "\n\n").map { $0.split(separator: "\n").joined(separator: " ") }
        .filter { !$0.isEmpty }.joined(separator: "\n")
    let shapes: [(String, (Int) -> [UInt8])] = [
        ("one line", { factor in Array(repeatElement(oneLine, count: factor).joined(separator: " ").utf8) }),
        ("a paragraph per line", { factor in Array(repeatElement(paragraphs, count: factor).joined(separator: "\n").utf8) }),
        ("lines of 256 KB", { factor in
            let line = Array(oneLine.utf8)
            var text: [UInt8] = []
            text.reserveCapacity(line.count * factor + factor)
            while text.count < line.count * factor {
                let lineStart = text.count
                while text.count - lineStart < 256 << 10, text.count < line.count * factor {
                    text += line
                    text.append(0x20)
                }
                text.append(0x0A)
            }
            return text
        }),
    ]
    print("refs: shapes that must stay linear, 2026D03887's text ×16 at 1×, 10× and 100× (validate, scan, place on all cores)")
    for (name, make) in shapes {
        var perByte: [Double] = []
        for factor in [1, 10, 100] {
            let text = make(factor)
            var found = 0
            let seconds = bestOf(factor == 100 ? 3 : 5) {
                text.withUnsafeBufferPointer { buffer in
                    found = (try? CitationScanner.validatedAndPlaced(buffer))?.parts.reduce(0) { $0 + $1.matches.count } ?? -1
                }
            }
            perByte.append(seconds / Double(text.count))
            report("\(name), \(factor)× (\(text.count / 1000) kB)", seconds: seconds, megabytes: Double(text.count) / 1_000_000,
                   note: "\(found) citations")
        }
        print(String(format: "    growth per byte, 10× and 100× against 1×: %.2f and %.2f (1.00 is linear)",
                     perByte[1] / perByte[0], perByte[2] / perByte[0]))
    }
}
