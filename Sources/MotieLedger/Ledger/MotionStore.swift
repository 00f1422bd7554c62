import Kamerstuk

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

/// A status event packed into 56 bytes, so that a million of them fit in memory with room to
/// spare. Its strings are numbers of an interner: a part's while it is read, then the replay's.
struct PackedEvent: Sendable {
    static let manual: UInt8 = 1
    static let corrects: UInt8 = 2
    static let uncertain: UInt8 = 4
    static let corrected: UInt8 = 8
    /// The event gave its key as its `id`.
    static let hasID: UInt8 = 16
    /// A void record withdrew the event (or its document).
    static let voided: UInt8 = 32
    /// A person confirmed the reading as it stands.
    static let confirmed: UInt8 = 64

    var offset: Int
    var seq: Int32
    var rank: Int32
    /// Days since 1970-01-01.
    var day: Int32
    var expectedFrom: Int32
    var expectedTo: Int32
    var key: Int32
    var source: Int32
    var name: Int32
    /// -1 when the event gives none.
    var nameKey: Int32
    /// The motion it was given to as it was applied (-1 before).
    var motion: Int32
    var length: Int32
    var status: MotionStatus
    var flags: UInt8

    var isCorrected: Bool { flags & PackedEvent.corrected != 0 }
    var isVoided: Bool { flags & PackedEvent.voided != 0 }

    static func flags(manual: Bool, corrects: Bool, uncertain: Bool, hasID: Bool) -> UInt8 {
        (manual ? PackedEvent.manual : 0) | (corrects ? PackedEvent.corrects : 0) | (uncertain ? PackedEvent.uncertain : 0)
            | (hasID ? PackedEvent.hasID : 0)
    }
}

/// A reading a manual record corrected: its source (a document number) and its date.
struct CorrectedReading: Hashable {
    var source: Int32
    var day: Int32
}

/// One motion during the replay.
struct MotionStore {
    var key: Int32
    var id: KamerstukID?
    /// Indices into the events, in history order (empty until the events are sorted).
    var events: [Int32] = []
    /// The (day, rank, seq) of the last event in `events`, so that an event in order is appended
    /// without looking at the others.
    var last: (Int32, Int32, Int32) = (.min, .min, .min)
    var names: [Int32] = []
    /// Every key events give the motion, name keys and other keys, in order of first appearance.
    var keys: [Int32] = []
    /// The readings (source and date) whose parser events a manual record corrected.
    var correctedReadings: [CorrectedReading] = []

    init(key: Int32, id: KamerstukID?) {
        self.key = key
        self.id = id
    }
}
