/// A calendar day (proleptic Gregorian), the unit in which documents are dated and promises
/// are kept. Written `YYYY-MM-DD`.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A day, or `nil` when there is no such date (`2026-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A date written `YYYY-MM-DD`, as every option and argument that takes a date reads it;
    /// `nil` for anything else (``init(parsing:)`` says why).
    public init?(iso text: some StringProtocol) {
        guard let day = try? Day(parsing: text) else { return nil }
        self = day
    }

    /// The one reading of a date written `YYYY-MM-DD`: a real day of the proleptic Gregorian
    /// calendar, in the years 0001–9999, the range every date of the program shares. Fails
    /// saying why, in words that tell how to mend it.
    public init(parsing text: some StringProtocol) throws(DayError) {
        guard Day.isWrittenAsDate(text) else { throw .notADate }
        let bytes = Array(text.utf8)
        let number = { (range: Range<Int>) in bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } }
        let year = number(0..<4), month = number(5..<7), day = number(8..<10)
        guard year >= 1 else { throw .noSuchYear(year) }
        guard (1...12).contains(month) else { throw .noSuchMonth(month) }
        guard day >= 1 else { throw .noDayZero }
        let length = Day.daysIn(month: month, year: year)
        guard day <= length else { throw .monthHasFewerDays(month: month, year: year, days: length) }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether `text` is written as a date, `YYYY-MM-DD` in ASCII digits, be the day real or not.
    package static func isWrittenAsDate(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 10 && bytes.indices.allSatisfy { i in
            i == 4 || i == 7 ? bytes[i] == UInt8(ascii: "-") : bytes[i] &- UInt8(ascii: "0") < 10
        }
    }

    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The last day of a month.
    package static func lastOf(month: Int, year: Int) -> Day {
        Day(year: year, month: month, day: daysIn(month: month, year: year))!
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    package var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `days` days since 1970-01-01.
    package init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// This day moved by a number of days.
    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

    /// 1 for Monday … 7 for Sunday.
    package var weekday: Int { ((daysSinceEpoch % 7) + 7 + 3) % 7 + 1 }
}
