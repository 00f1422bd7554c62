import Foundation

/// The 1-based column, in Unicode scalars, of the first occurrence of `marker` in `line`: where
/// a place the tool reports should point.
public func column(of marker: String, in line: String) -> Int {
    let range = line.range(of: marker)!
    return line[..<range.lowerBound].unicodeScalars.count + 1
}
