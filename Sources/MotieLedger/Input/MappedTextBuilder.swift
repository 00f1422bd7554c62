/// Text put together from pieces of a file, with the anchors that say where each run of it
/// came from (see `SourceText(derived:from:anchors:)`). White space is laid out as running
/// text: a run of it inside a block is one space, blocks are separated by a blank line.
struct MappedTextBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var anchors: [(text: Int, original: Int)] = []
    /// White space seen but not yet written: written as one space before the next text on the line.
    private var pendingSpace = false

    /// Appends `piece`, whose bytes come from the file as `points` say (from
    /// `XMLSourceLocator.locate`), collapsing its runs of white space. Runs of other bytes are
    /// copied whole.
    mutating func append(_ piece: [UInt8], points: [(piece: Int, file: Int)]) {
        piece.withUnsafeBufferPointer { p in
            var k = 0
            var point = 0
            let n = p.count
            while k < n {
                let b = p[k]
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                    pendingSpace = true
                    k += 1
                    continue
                }
                if pendingSpace {
                    if let last = bytes.last, last != 0x0A { bytes.append(0x20) }
                    pendingSpace = false
                }
                // A run of text up to the next white space or the next point, from one place.
                while point + 1 < points.count, points[point + 1].piece <= k { point += 1 }
                let limit = point + 1 < points.count ? points[point + 1].piece : n
                var end = k + 1
                while end < limit, p[end] != 0x20, p[end] != 0x0A, p[end] != 0x09, p[end] != 0x0D { end += 1 }
                if !points.isEmpty {
                    let original = points[point].file + (k - points[point].piece)
                    if projected(bytes.count) != original { anchors.append((bytes.count, original)) }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[k..<end]))
                k = end
            }
        }
    }

    /// Text that is in no file (a heading the reader adds), placed at `original`.
    mutating func appendSynthetic(_ text: String, at original: Int) {
        pendingSpace = false
        anchors.append((bytes.count, original))
        bytes.append(contentsOf: text.utf8)
    }

    /// A space, unless the line is empty or ends in one.
    mutating func space() { pendingSpace = true }

    /// Ends the current block: what follows starts after a blank line.
    mutating func endBlock() {
        pendingSpace = false
        guard !bytes.isEmpty else { return }
        if bytes.last != 0x0A { bytes.append(0x0A) }
        if bytes.count < 2 || bytes[bytes.count - 2] != 0x0A { bytes.append(0x0A) }
    }

    /// A line break where the text stands (no anchor of its own).
    mutating func appendBreak() {
        pendingSpace = false
        bytes.append(0x0A)
    }

    /// Drops the last byte (a line break the layout added).
    mutating func dropLast() {
        bytes.removeLast()
        while let last = anchors.last, last.text >= bytes.count { anchors.removeLast() }
    }

    /// Whether nothing stands on the current line yet.
    var atLineStart: Bool { bytes.isEmpty || bytes.last == 0x0A }

    /// Appends another builder's text, its anchors moved along.
    mutating func append(_ other: MappedTextBuilder) {
        let base = bytes.count
        anchors += other.anchors.map { ($0.text + base, $0.original) }
        bytes += other.bytes
    }

    private func projected(_ offset: Int) -> Int? {
        guard let last = anchors.last else { return nil }
        return last.original + (offset - last.text)
    }
}

extension MappedTextBuilder {
    /// Ends the current line (a table cell's), without a blank line.
    mutating func endLine() {
        space()
        if !atLineStart { appendBreak() }
    }
}
