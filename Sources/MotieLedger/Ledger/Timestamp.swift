/// A moment in UTC to the second, written `2026-01-28T12:00:00Z`: when a record was written.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSinceEpoch: Int

    public init(secondsSinceEpoch: Int) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// Parses exactly the form ``iso`` writes; `nil` for anything else.
    public init?(iso text: some StringProtocol) {
        guard let moment = Array(text.utf8).withUnsafeBytes(LineValue.timestamp) else { return nil }
        self = moment
    }

    /// The moments a ledger can hold, in seconds since the epoch: 0001-01-01T00:00:00Z to
    /// 9999-12-31T23:59:59Z, the years a `Day` has.
    static let range = Day(year: 1, month: 1, day: 1)!.daysSinceEpoch * 86_400
        ..< (Day(year: 9999, month: 12, day: 31)!.daysSinceEpoch + 1) * 86_400

    /// The day of the moment, in UTC.
    public var day: Day { Day(daysSinceEpoch: Int((Double(secondsSinceEpoch) / 86_400).rounded(.down))) }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    public var iso: String {
        let seconds = secondsSinceEpoch - day.daysSinceEpoch * 86_400
        return "\(day.iso)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
    }

    public var description: String { iso }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }
}

private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
