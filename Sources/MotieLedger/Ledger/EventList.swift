/// The replay's events in the order of reading: the arrays the parts read, one after another,
/// so that putting the parts together copies no event (a copy would hold the million events
/// twice at once).
struct EventList: Sequence {
    private var segments: [[PackedEvent]] = []
    /// The index of each segment's first event.
    private var starts: [Int] = []
    private(set) var count = 0

    subscript(index: Int) -> PackedEvent {
        get {
            let segment = self.segment(of: index)
            return segments[segment][index - starts[segment]]
        }
        set {
            let segment = self.segment(of: index)
            segments[segment][index - starts[segment]] = newValue
        }
    }

    /// The segment holding `index`: the last that starts at or before it (there are as many
    /// as cores, and one for a batch's own events).
    @inline(__always)
    private func segment(of index: Int) -> Int {
        var segment = starts.count - 1
        while starts[segment] > index { segment -= 1 }
        return segment
    }

    mutating func append(contentsOf events: [PackedEvent]) {
        guard !events.isEmpty else { return }
        segments.append(events)
        starts.append(count)
        count += events.count
    }

    mutating func append(_ event: PackedEvent) {
        if segments.isEmpty {
            append(contentsOf: [event])
        } else {
            segments[segments.count - 1].append(event)
            count += 1
        }
    }

    func makeIterator() -> FlattenSequence<[[PackedEvent]]>.Iterator {
        segments.joined().makeIterator()
    }
}
