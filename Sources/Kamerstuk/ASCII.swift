/// Byte tests for ASCII, for code that reads UTF-8 bytes directly: the scanner and the ID's
/// parts.
///
/// `package`, so that the document reader may use them — though not in its loops over every
/// byte: Swift 6.3 inlines no `package` function into another module (its body is not
/// serialized), and a call per byte made the motions pass 5% slower. `TextBytes` keeps
/// MotieLedger's own copy of these four tests for that.
package enum ASCII {
    @inline(__always) package static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) package static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) package static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) package static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) package static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
}
