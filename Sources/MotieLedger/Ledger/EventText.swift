import Kamerstuk

/// What a status event says in words, beyond what the replay keeps of it: the debate its source
/// answers, the answers it reads, its evidence and the line of it, the words of its promised
/// time, who recorded it and why. Each value is as its line holds it (canonical JSON, a
/// string's contents still escaped), so that a report of every reading (the page) takes what it
/// shows without building a ``StatusEvent`` of every line.
struct EventText: Sendable {
    /// The members kept, in the order of a line's keys.
    enum Field: Int, CaseIterable {
        case answers, debate, evidence, evidenceLine, expected, note, who

        var statusField: StatusEvent.Field {
            switch self {
            case .answers: .answers
            case .debate: .debate
            case .evidence: .evidence
            case .evidenceLine: .evidenceLine
            case .expected: .expected
            case .note: .note
            case .who: .who
            }
        }
    }

    /// Every field, in order (``Field/allCases`` once).
    static let fields = Field.allCases

    /// The values, one after another.
    let bytes: ArraySlice<UInt8>
    /// Where each value ends, counted from the start of `bytes`, by ``Field``.
    let ends: SIMD8<Int32>

    /// The values of a checked status line's fields, appended to `bytes`; where each ends,
    /// counted from where they start.
    static func append(_ fields: RecordFields<StatusEvent.Field>, to bytes: inout [UInt8]) -> SIMD8<Int32> {
        let start = bytes.count
        var ends = SIMD8<Int32>()
        for field in EventText.fields {
            bytes.append(contentsOf: fields.raw(field.statusField))
            ends[field.rawValue] = Int32(bytes.count - start)
        }
        return ends
    }

    /// The value of `field` as the line holds it.
    func withValue<Result>(_ field: Field, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let start = field.rawValue == 0 ? 0 : Int(ends[field.rawValue - 1])
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<Int(ends[field.rawValue])])) }
    }

    /// The contents of a string member, still escaped, or `nil` when it is null.
    func withContents<Result>(_ field: Field, _ body: (UnsafeRawBufferPointer?) -> Result) -> Result {
        withValue(field) { body(LineValue.contents($0)) }
    }

    /// The line of the evidence in its document.
    var evidenceLine: Int? {
        withValue(.evidenceLine) { LineValue.isNull($0) ? nil : LineValue.integer($0) }
    }

    /// The words of the promised time, still escaped, or `nil` when it has none.
    func withPromisedWords<Result>(_ body: (UnsafeRawBufferPointer?) -> Result) -> Result {
        withValue(.expected) { value in
            guard !LineValue.isNull(value) else { return body(nil) }
            let text = LineValue.member(ExpectedTime.Field.text.rawValue, of: value, FieldLayout.promisedTime)
            return body(LineValue.contents(text))
        }
    }

    /// Calls `body` with each answer's askers and party (string contents, still escaped), in
    /// order. The answers were checked when the line was read, so their members are found by
    /// their place alone.
    func forEachAnswer(_ body: ([UnsafeRawBufferPointer], UnsafeRawBufferPointer?) -> Void) {
        withValue(.answers) { array in
            var askers: [UnsafeRawBufferPointer] = []
            var position = 1
            while position < array.count - 1 {
                let end = LineValue.valueEnd(array, from: position)
                let answer = UnsafeRawBufferPointer(rebasing: array[position..<end])
                askers.removeAll(keepingCapacity: true)
                _ = LineValue.forEachString(inArray: LineValue.member(AnswerReference.Field.askers.rawValue, of: answer, FieldLayout.answer)) {
                    askers.append($0)
                }
                body(askers, LineValue.contents(LineValue.member(AnswerReference.Field.party.rawValue, of: answer, FieldLayout.answer)))
                position = end + 1
            }
        }
    }
}
