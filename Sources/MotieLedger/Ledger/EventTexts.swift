/// The words of the events a replay read from one part of the file, kept when asked for: the
/// values of every status line, one after another in one buffer, by the event's place among
/// the replay's events.
struct EventTexts: Sendable {
    /// The place among the replay's events of the first event here.
    var first = 0
    private var bytes: [UInt8] = []
    private var spans: [(start: Int, ends: SIMD8<Int32>)] = []

    var count: Int { spans.count }

    /// Room for half as many bytes as lines of `lineBytes` bytes in all: more than the words
    /// of a ledger's lines mostly take (a third, in a ledger of documents read), so that the
    /// buffer is seldom grown by copying.
    init(lineBytes: Int) {
        bytes.reserveCapacity(lineBytes / 2)
    }

    mutating func append(_ fields: RecordFields<StatusEvent.Field>) {
        let start = bytes.count
        spans.append((start, EventText.append(fields, to: &bytes)))
    }

    /// The words of the event at `index` among the replay's events, if kept here.
    func text(of index: Int) -> EventText? {
        guard index >= first, index - first < spans.count else { return nil }
        let span = spans[index - first]
        return EventText(bytes: bytes[span.start..<span.start + Int(span.ends[EventText.fields.count - 1])], ends: span.ends)
    }
}
