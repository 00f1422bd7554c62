/// Base64 as RFC 4648 §4 writes it (`A–Z a–z 0–9 + /`, padded with `=`): the form a
/// Content-Security-Policy hash source takes.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encoded(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        var text: [UInt8] = []
        text.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let count = min(3, bytes.count - i)
            let group = (UInt32(bytes[i]) << 16) | (count > 1 ? UInt32(bytes[i + 1]) << 8 : 0) | (count > 2 ? UInt32(bytes[i + 2]) : 0)
            for k in 0..<4 {
                text.append(k <= count ? alphabet[Int(group >> (18 - 6 * UInt32(k)) & 0x3F)] : UInt8(ascii: "="))
            }
            i += 3
        }
        return String(decoding: text, as: UTF8.self)
    }
}
