import MotieLedger

/// A value as the parser read it, checked: what a typed key (Keys.swift) hands the command.
enum ParsedValue: Equatable, Sendable {
    case text(String)
    case day(Day)
    case integer(Int)
    case moment(CutoffQuery)
    case status(MotionStatus)
}
