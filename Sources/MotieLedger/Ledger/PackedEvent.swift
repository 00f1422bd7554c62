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
