/// Text for a person to read, built by interpolation: what the program itself writes stays as
/// written, and every text interpolated into it — a name, a source, evidence, a label, a key —
/// is put on one line by ``ReportText/line(_:)``, its controls, terminal escapes and
/// bidirectional overrides made U+FFFD. The one place where every text report (status,
/// history, diff, overdue, motions, what ingest and record appended) escapes what it shows, so
/// that no report can forget to.
struct PersonText: ExpressibleByStringInterpolation, Sendable {
    private(set) var text: String

    init(stringLiteral literal: String) {
        text = literal
    }

    init(stringInterpolation: Interpolation) {
        text = stringInterpolation.text
    }

    /// Adds `other`, already safe.
    static func + (lhs: PersonText, rhs: PersonText) -> PersonText {
        var joined = lhs
        joined.text += rhs.text
        return joined
    }

    static func += (lhs: inout PersonText, rhs: PersonText) {
        lhs.text += rhs.text
    }

    struct Interpolation: StringInterpolationProtocol {
        fileprivate var text = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) {
            text += literal
        }

        /// Text from outside the program, made one safe line.
        mutating func appendInterpolation(_ value: some StringProtocol) {
            text += ReportText.line(String(value))
        }

        /// Text already made safe.
        mutating func appendInterpolation(_ value: PersonText) {
            text += value.text
        }

        /// A number, which holds nothing to escape.
        mutating func appendInterpolation(_ value: Int) {
            text += String(value)
        }

        /// A day, written `YYYY-MM-DD`.
        mutating func appendInterpolation(_ value: Day) {
            text += value.iso
        }
    }
}
