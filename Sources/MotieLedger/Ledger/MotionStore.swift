import Kamerstuk

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
