import Testing
@testable import MotieLedger

/// Days as the calendar has them, worked out by hand and by the proleptic Gregorian rules
/// (a leap year is divisible by 4, a century only when divisible by 400).
@Suite("Days")
struct DayTests {
    @Test("a day the calendar has is read; one it has not is refused", arguments: [
        ("2024-02-29", true), ("2000-02-29", true), ("2023-02-29", false), ("1900-02-29", false),
        ("2100-02-29", false), ("2026-04-30", true), ("2026-04-31", false), ("0001-01-01", true),
        ("9999-12-31", true),
    ])
    func calendar(_ text: String, _ exists: Bool) {
        #expect((Day(iso: text) != nil) == exists)
    }

    @Test("a text that is no day says why", arguments: [
        ("2026-02-30", DayError.monthHasFewerDays(month: 2, year: 2026, days: 28)),
        ("0000-01-01", .noSuchYear(0)),
        ("2026-13-01", .noSuchMonth(13)),
        ("2026-01-00", .noDayZero),
        ("2026-1-28", .notADate),
        ("28-01-2026", .notADate),
        ("2026-01-28 ", .notADate),
        ("２０２６-01-28", .notADate),
    ])
    func refused(_ text: String, _ error: DayError) {
        #expect(throws: error) { try Day(parsing: text) }
    }

    @Test("the reason names the month and its length")
    func reason() {
        #expect(DayError.monthHasFewerDays(month: 2, year: 2026, days: 28).description == "February 2026 has 28 days")
    }

    @Test("days since 1970-01-01 and the day of the week, at the epoch, around it and at both ends of the range", arguments: [
        ("1970-01-01", 0, 4), ("1969-12-31", -1, 3), ("2000-01-01", 10_957, 6), ("2000-03-01", 11_017, 3),
        ("2026-01-28", 20_481, 3), ("0001-01-01", -719_162, 1), ("9999-12-31", 2_932_896, 5),
    ])
    func epoch(_ text: String, _ days: Int, _ weekday: Int) throws {
        let day = try #require(Day(iso: text))
        #expect(day.daysSinceEpoch == days)
        #expect(Day(daysSinceEpoch: days) == day)
        #expect(day.weekday == weekday)
    }

    @Test("moving by days crosses a leap day, a month's end and a year's end")
    func adding() {
        #expect(Day(iso: "2024-02-28")!.adding(days: 1).iso == "2024-02-29")
        #expect(Day(iso: "2024-02-28")!.adding(days: 2).iso == "2024-03-01")
        #expect(Day(iso: "2025-12-31")!.adding(days: 1).iso == "2026-01-01")
        #expect(Day(iso: "2026-01-01")!.adding(days: -1).iso == "2025-12-31")
        #expect(Day.lastOf(month: 2, year: 2000).iso == "2000-02-29")
        #expect(Day.lastOf(month: 2, year: 2100).iso == "2100-02-28")
    }

    @Test("every day from 1899 to 2101 is one day after the day before it, in order, and counts back to itself")
    func everyDay() {
        var previous: Day?
        var broken: [String] = []
        for year in 1899...2101 {
            for month in 1...12 {
                for number in 1...Day.daysIn(month: month, year: year) {
                    let day = Day(year: year, month: month, day: number)!
                    let follows = previous.map { day.daysSinceEpoch == $0.daysSinceEpoch + 1 && $0 < day } ?? true
                    if Day(daysSinceEpoch: day.daysSinceEpoch) != day || !follows { broken.append(day.iso) }
                    previous = day
                }
            }
        }
        #expect(broken.isEmpty)
    }
}
