extension JSONValue {
    /// `values` as JSON Lines, as the reports' `--format json` prints them: each value compact
    /// (not canonical) on a line of its own, every line ending in a line break.
    package static func lines(_ values: some Sequence<JSONValue>) -> [UInt8] {
        var bytes: [UInt8] = []
        for value in values {
            value.encode(into: &bytes, canonical: false)
            bytes.append(0x0A)
        }
        return bytes
    }
}
