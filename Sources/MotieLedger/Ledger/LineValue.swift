import Kamerstuk

/// The rules of the values, on the bytes of a value of a line the ``LineScanner`` has checked
/// (so its syntax is canonical JSON: a string's bytes with their quotes, an integer's digits).
enum LineValue {
    static func isNull(_ value: UnsafeRawBufferPointer) -> Bool { bytesEqual(value, "null") }

    /// The contents of a string value, still escaped, without quotes; `nil` for another value.
    @inline(__always)
    static func contents(_ value: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        guard value.first == UInt8(ascii: "\"") else { return nil }
        return UnsafeRawBufferPointer(rebasing: value[1..<(value.count - 1)])
    }

    /// An integer that fits 64 bits.
    static func integer(_ value: UnsafeRawBufferPointer) -> Int? {
        guard let base = value.baseAddress, value.count > 0 else { return nil }
        let negative = base.load(as: UInt8.self) == UInt8(ascii: "-")
        let start = negative ? 1 : 0
        guard value.count > start else { return nil }
        var magnitude: UInt64 = 0
        if value.count - start <= 19 {
            // Nineteen digits never overflow 64 bits.
            for offset in start..<value.count {
                let digit = base.load(fromByteOffset: offset, as: UInt8.self) &- 0x30
                guard digit < 10 else { return nil }
                magnitude = magnitude &* 10 &+ UInt64(digit)
            }
        } else {
            for offset in start..<value.count {
                let digit = base.load(fromByteOffset: offset, as: UInt8.self) &- 0x30
                guard digit < 10 else { return nil }
                let (times, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(UInt64(digit))
                guard !overflow1, !overflow2 else { return nil }
                magnitude = sum
            }
        }
        if negative { return magnitude <= UInt64(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- magnitude) : nil }
        return magnitude <= UInt64(Int.max) ? Int(magnitude) : nil
    }

    static func bool(_ value: UnsafeRawBufferPointer) -> Bool? {
        if bytesEqual(value, "true") { return true }
        if bytesEqual(value, "false") { return false }
        return nil
    }

    /// A day from the ten bytes `YYYY-MM-DD`.
    static func day(_ digits: UnsafeRawBufferPointer) -> Day? {
        guard digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-"),
              let y = number(digits, 0, 4), let m = number(digits, 5, 2), let d = number(digits, 8, 2)
        else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// A moment from the twenty bytes `YYYY-MM-DDTHH:MM:SSZ`.
    static func timestamp(_ digits: UnsafeRawBufferPointer) -> Timestamp? {
        guard digits.count == 20, digits[10] == UInt8(ascii: "T"), digits[19] == UInt8(ascii: "Z"),
              let day = day(UnsafeRawBufferPointer(rebasing: digits[0..<10])),
              let time = clockTime(UnsafeRawBufferPointer(rebasing: digits[11..<19]))
        else { return nil }
        return Timestamp(secondsSinceEpoch: day.daysSinceEpoch * 86_400 + time)
    }

    /// `HH:MM:SS` as seconds of the day.
    static func clockTime(_ digits: UnsafeRawBufferPointer) -> Int? {
        guard digits.count == 8, digits[2] == UInt8(ascii: ":"), digits[5] == UInt8(ascii: ":"),
              let h = number(digits, 0, 2), let m = number(digits, 3, 2), let s = number(digits, 6, 2),
              h < 24, m < 60, s < 60
        else { return nil }
        return h * 3600 + m * 60 + s
    }

    /// The `count` decimal digits at `start`.
    @inline(__always)
    private static func number(_ digits: UnsafeRawBufferPointer, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for offset in 0..<count {
            let digit = digits.load(fromByteOffset: start + offset, as: UInt8.self) &- 0x30
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return value
    }

    /// Whether the contents are 64 lowercase hexadecimal digits: eight bytes at a time, each
    /// byte of a word tested at once (the bytes are below 0x80 first, so no sum carries into
    /// the next byte).
    static func isDigest(_ digits: UnsafeRawBufferPointer) -> Bool {
        guard digits.count == 64, let base = digits.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs = ones &* 0x80
        var valid = highs
        for offset in stride(from: 0, to: 64, by: 8) {
            let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // The high bit of each byte: at least '0', above '9', at least 'a', above 'f'.
            let atLeastZero = word &+ ones &* 0x50, aboveNine = word &+ ones &* 0x46
            let atLeastA = word &+ ones &* 0x1F, aboveF = word &+ ones &* 0x19
            valid &= ~word & ((atLeastZero & ~aboveNine) | (atLeastA & ~aboveF))
        }
        return valid == highs
    }

    private static let outcomeBytes = VoteOutcome.allCases.map { ($0, Array("\"\($0.rawValue)\"".utf8)) }
    private static let factsKindBytes = FactsSource.Kind.allCases.map { ($0, Array("\"\($0.rawValue)\"".utf8)) }

    static func outcome(_ value: UnsafeRawBufferPointer) -> VoteOutcome? {
        for (outcome, bytes) in outcomeBytes where bytes.count == value.count {
            if bytes.withUnsafeBytes({ sameBytes(value.baseAddress!, $0.baseAddress, value.count) }) { return outcome }
        }
        return nil
    }

    static func factsKind(_ value: UnsafeRawBufferPointer) -> FactsSource.Kind? {
        for (kind, bytes) in factsKindBytes where bytes.count == value.count {
            if bytes.withUnsafeBytes({ sameBytes(value.baseAddress!, $0.baseAddress, value.count) }) { return kind }
        }
        return nil
    }

    private static let statusBytes = MotionStatus.allCases.map { ($0, Array("\"\($0.rawValue)\"".utf8)) }

    /// The place of the status `value` names among ``MotionStatus/allCases``.
    static func statusIndex(_ value: UnsafeRawBufferPointer) -> Int? {
        for (index, (_, bytes)) in statusBytes.enumerated() where bytes.count == value.count {
            if bytes.withUnsafeBytes({ sameBytes(value.baseAddress!, $0.baseAddress, value.count) }) { return index }
        }
        return nil
    }

    static func origin(_ value: UnsafeRawBufferPointer) -> EventOrigin? {
        if bytesEqual(value, "\"parser\"") { return .parser }
        if bytesEqual(value, "\"manual\"") { return .manual }
        return nil
    }

    /// Calls `body` with the contents of each element of `array`, still escaped, in order, and
    /// tells whether it is an array of strings. An element ends at the first quote that no
    /// backslash escapes, and a comma or the closing bracket follows it.
    static func forEachString(inArray array: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard array.first == UInt8(ascii: "[") else { return false }
        var position = 1
        while position < array.count - 1 {
            guard array[position] == UInt8(ascii: "\"") else { return false }
            let start = position + 1
            var end = start
            while array[end] != UInt8(ascii: "\"") { end += array[end] == UInt8(ascii: "\\") ? 2 : 1 }
            body(UnsafeRawBufferPointer(rebasing: array[start..<end]))
            position = end + 2
        }
        return true
    }

    /// Calls `body` with each member of `object` (its field's raw value, the value's bytes and
    /// what ``FieldShape/read(_:ids:parsedIDs:)`` read of it) and tells whether the object has
    /// exactly the layout's members, each of its shape.
    static func forEachMember(
        of object: UnsafeRawBufferPointer, _ layout: FieldLayout, ids: inout some KamerstukIDCheck,
        _ body: (Int, UnsafeRawBufferPointer, Int) -> Void
    ) -> Bool {
        objectEnd(object, at: 0, layout, ids: &ids, body) == object.count
    }

    /// Calls `body` with each member of each element of `array`, an array of objects of
    /// `layout`'s members, as ``forEachMember(of:_:ids:_:)`` does, and `next` after each
    /// element; tells whether it is such an array.
    static func forEachObject(
        inArray array: UnsafeRawBufferPointer, _ layout: FieldLayout, ids: inout some KamerstukIDCheck,
        _ body: (Int, UnsafeRawBufferPointer, Int) -> Void, next: () -> Void = {}
    ) -> Bool {
        guard array.first == UInt8(ascii: "[") else { return false }
        var position = 1
        while position < array.count - 1 {
            guard let end = objectEnd(array, at: position, layout, ids: &ids, body) else { return false }
            next()
            position = end + 1
        }
        return true
    }

    /// Walks the object at `start` of `bytes`, calling `body` with each member (its field's raw
    /// value, the value's bytes and what its shape read of it), and returns the index just past
    /// it when it has exactly the layout's members, each of its shape. In canonical JSON the
    /// keys come in the layout's order, so they are compared one by one.
    private static func objectEnd(
        _ bytes: UnsafeRawBufferPointer, at start: Int, _ layout: FieldLayout, ids: inout some KamerstukIDCheck,
        _ body: (Int, UnsafeRawBufferPointer, Int) -> Void
    ) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        // A nested object holds no Kamerstuk ID the line's reader would take.
        var parsedIDs: [KamerstukID] = []
        let shapes = layout.shapes, starts = layout.openingStarts, fields = layout.ownField
        var position = start
        let found = layout.memberOpenings.withUnsafeBytes { openings in
            for index in shapes.indices {
                // `{"key":` or `,"key":`, then the value.
                let opening = starts[index], length = starts[index + 1] - opening
                let valueStart = position + length
                guard valueStart < bytes.count, sameBytes(base + position, openings.baseAddress! + opening, length) else { return false }
                let end = valueEnd(bytes, from: valueStart)
                let value = UnsafeRawBufferPointer(start: base + valueStart, count: end - valueStart)
                guard let reading = shapes[index].read(value, ids: &ids, parsedIDs: &parsedIDs) else { return false }
                body(fields[index], value, reading)
                position = end
            }
            return position < bytes.count && base.load(fromByteOffset: position, as: UInt8.self) == UInt8(ascii: "}")
        }
        return found ? position + 1 : nil
    }

    /// The value of the member `field` (by raw value) of `object`, an object of `layout`'s
    /// members that its shape's read has admitted.
    static func member(_ field: Int, of object: UnsafeRawBufferPointer, _ layout: FieldLayout) -> UnsafeRawBufferPointer {
        var position = 0
        for index in layout.keys.indices {
            let start = position + layout.openingStarts[index + 1] - layout.openingStarts[index]
            position = valueEnd(object, from: start)
            if layout.ownField[index] == field { return UnsafeRawBufferPointer(rebasing: object[start..<position]) }
        }
        preconditionFailure("no member \(field) in a checked object")
    }

    /// A promised time's two days, packed by ``packDays(_:_:)``, when it is an object of its
    /// members, each of its shape, and `from` is not after `to`.
    static func promisedDays(_ value: UnsafeRawBufferPointer) -> Int? {
        var from = 0, to = 0
        var ids = KamerstukIDRule()
        let whole = forEachMember(of: value, FieldLayout.promisedTime, ids: &ids) { field, _, reading in
            switch ExpectedTime.Field(rawValue: field) {
            case .from: from = reading
            case .to: to = reading
            case .text, nil: break
            }
        }
        guard whole, from <= to else { return nil }
        return packDays(from, to)
    }

    /// Two days since 1970-01-01 in one word: `from` in the high 32 bits, `to` in the low. A
    /// day of the years 0001–9999 is within ±3 million days.
    static func packDays(_ from: Int, _ to: Int) -> Int {
        from << 32 | Int(UInt32(truncatingIfNeeded: to))
    }

    /// The two days ``packDays(_:_:)`` packed.
    static func unpackDays(_ packed: Int) -> (from: Int, to: Int) {
        (packed >> 32, Int(Int32(truncatingIfNeeded: packed)))
    }

    /// The end of the value that starts at `start` in the checked bytes `bytes`.
    @inline(__always)
    static func valueEnd(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        var position = start
        var depth = 0
        repeat {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                position += 1
                while bytes[position] != UInt8(ascii: "\"") { position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1 }
                position += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                position += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                position += 1
            case UInt8(ascii: ","), UInt8(ascii: ":"):
                position += 1
            default:
                while position < bytes.count, !isDelimiter(bytes[position]) { position += 1 }
            }
        } while depth > 0
        return position
    }

    @inline(__always)
    private static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
    }

    /// `{"askers": [string], …}`: a nested object's members, for messages.
    static func describe(_ layout: FieldLayout) -> String {
        "{" + layout.keys.indices.map { "\"\(layout.keys[$0])\": \(layout.shapes[$0].typeName)" }.joined(separator: ", ") + "}"
    }
}
