import Glibc

/// The clock as the ledger sees it: the moment written into records, and the day that counts
/// as today for a manual record without `--date`.
public struct Now: Hashable, Sendable {
    public let timestamp: Timestamp
    public let today: Day

    public init(timestamp: Timestamp, today: Day) {
        self.timestamp = timestamp
        self.today = today
    }

    /// The system clock; today is the local calendar day, as a clerk would name it.
    public static func system() -> Now {
        var seconds = time(nil)
        var local = tm()
        localtime_r(&seconds, &local)
        let today = Day(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))
        return Now(timestamp: Timestamp(secondsSinceEpoch: Int(seconds)), today: today ?? Timestamp(secondsSinceEpoch: Int(seconds)).day)
    }

    /// A fixed clock from an ISO 8601 text, as `MOTIELEDGER_NOW` gives it: a date
    /// (`2026-01-28`, midnight UTC) or a date-time (`2026-01-28T12:00`, `2026-01-28T12:00:00Z`,
    /// `2026-01-28T13:00:00.5+01:00`; without a zone, UTC). Today is the date as written.
    /// `nil` when the text is none of these, or when its moment in UTC falls outside the years
    /// 0001–9999 that a record's `recorded` can hold (`0001-01-01T00:00:00+01:00`).
    package init?(iso8601 text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, let day = Day(iso: String(decoding: bytes[0..<10], as: UTF8.self)) else { return nil }
        var seconds = day.daysSinceEpoch * 86_400
        if bytes.count > 10 {
            guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") || bytes[10] == UInt8(ascii: " ") else { return nil }
            var rest = Array(bytes[11...])
            var offset = 0
            if let last = rest.last, last == UInt8(ascii: "Z") || last == UInt8(ascii: "z") {
                rest.removeLast()
            } else if let sign = rest.lastIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }) {
                let zone = Array(rest[(sign + 1)...]).filter { $0 != UInt8(ascii: ":") }
                guard zone.count == 4, zone.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
                let hours = Int(zone[0] - 0x30) * 10 + Int(zone[1] - 0x30)
                let minutes = Int(zone[2] - 0x30) * 10 + Int(zone[3] - 0x30)
                guard hours < 24, minutes < 60 else { return nil }
                offset = (hours * 3600 + minutes * 60) * (rest[sign] == UInt8(ascii: "+") ? 1 : -1)
                rest.removeSubrange(sign...)
            }
            if let dot = rest.firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) {
                guard dot + 1 < rest.count, rest[(dot + 1)...].allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
                rest.removeSubrange(dot...)
            }
            if rest.count == 5 { rest += Array(":00".utf8) }
            guard let time = rest.withUnsafeBytes(LineValue.clockTime) else { return nil }
            seconds += time - offset
        }
        guard Timestamp.range.contains(seconds) else { return nil }
        self.init(timestamp: Timestamp(secondsSinceEpoch: seconds), today: day)
    }
}
