/// Why a text is not a day, as ``Day/init(parsing:)`` reads it: each says what is wrong.
public enum DayError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not written `YYYY-MM-DD` in digits.
    case notADate
    /// A year before 0001, the first a day can have.
    case noSuchYear(Int)
    case noSuchMonth(Int)
    case noDayZero
    /// A day past the end of its month.
    case monthHasFewerDays(month: Int, year: Int, days: Int)

    /// `write it as YYYY-MM-DD, such as 2026-03-14`, `February 2026 has 28 days`.
    public var description: String {
        switch self {
        case .notADate: "write it as YYYY-MM-DD, such as 2026-03-14"
        case .noSuchYear(let year): "there is no year \(String(repeating: "0", count: 4 - String(year).count) + String(year)); years run from 0001 to 9999"
        case .noSuchMonth(let month): "there is no month \(month)"
        case .noDayZero: "there is no day 0"
        case .monthHasFewerDays(let month, let year, let days): "\(DayError.monthNames[month - 1]) \(year) has \(days) days"
        }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
