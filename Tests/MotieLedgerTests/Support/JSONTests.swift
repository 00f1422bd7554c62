import Foundation
import MotieLedger
import Testing

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

private func parseError(_ input: [UInt8]) -> JSONParseError? {
    do {
        _ = try JSONParser.parse(input)
        return nil
    } catch {
        return error
    }
}

// MARK: - Encoding

@Suite struct JSONEncodingTests {
    @Test func encodesEveryKindCompactly() {
        let value: JSONValue = [
            "null": .null, "yes": true, "no": false, "zero": 0, "min": .int(.min), "max": .int(.max),
            "text": "tekst", "empty": "", "list": [1, "twee", [], [:]], "nested": ["a": ["b": -3]],
        ]
        #expect(
            text(value.encoded(canonical: false))
                == #"{"null":null,"yes":true,"no":false,"zero":0,"min":-9223372036854775808,"#
                + #""max":9223372036854775807,"text":"tekst","empty":"","#
                + #""list":[1,"twee",[],{}],"nested":{"a":{"b":-3}}}"#
        )
    }

    @Test func canonicalSortsKeysByUTF8BytesAtEveryLevel() {
        let value: JSONValue = [
            "b": 1, "a": ["z": 1, "y": 2], "B": 2, "aa": 3, "é": 4, "😀": 5, "\u{FFFD}": 6, "Ω": 7,
        ]
        // UTF-8 order puts U+FFFD before U+1F600, unlike UTF-16 order.
        #expect(
            text(value.encoded(canonical: true))
                == #"{"B":2,"a":{"y":2,"z":1},"aa":3,"b":1,"é":4,"Ω":7,"\#u{FFFD}":6,"😀":5}"#
        )
        #expect(text(value.encoded(canonical: false)).hasPrefix(#"{"b":1,"a":{"z":1,"y":2},"B":2"#))
    }

    @Test func canonicalNormalizesStringsAndKeysToNFC() {
        let decomposed = "e\u{301}"
        #expect(JSONValue.string(decomposed).encoded(canonical: true) == bytes("\"\u{E9}\""))
        #expect(JSONValue.string(decomposed).encoded(canonical: false) == [0x22, 0x65, 0xCC, 0x81, 0x22])
        #expect(text(JSONValue.object([(decomposed, .string("Ange\u{301}lique"))]).encoded(canonical: true))
            == "{\"\u{E9}\":\"Ang\u{E9}lique\"}")
        // Characters with many marks are reordered and composed as Unicode specifies.
        #expect(JSONValue.string("a\u{323}\u{302}").encoded(canonical: true) == bytes("\"\u{1EAD}\""))
        #expect(JSONValue.string("\u{212B}").encoded(canonical: true) == bytes("\"\u{C5}\""))
    }

    @Test func canonicalSortsKeysAfterNormalizing() {
        // "é" decomposed starts with "e", but its NFC form sorts after "f".
        let value = JSONValue.object([("e\u{301}", 1), ("f", 2)])
        #expect(text(value.encoded(canonical: true)) == "{\"f\":2,\"\u{E9}\":1}")
    }

    /// The encoder skips Foundation's normalization for text below U+0300; check that it is NFC.
    @Test func textBelowU0300IsAlreadyNFC() {
        let scalars = (0x20..<0x300).compactMap(Unicode.Scalar.init)
        for first in scalars {
            // Every ordered pair of the range occurs in this string, so any composition would show.
            var sample = String.UnicodeScalarView()
            for second in scalars {
                sample.append(first)
                sample.append(second)
            }
            let string = String(sample)
            #expect(Array(string.precomposedStringWithCanonicalMapping.utf8) == Array(string.utf8))
        }
    }

    @Test func escapesEveryASCIICharacterExactly() throws {
        let named: [UInt8: String] = [
            0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#,
            0x22: #"\""#, 0x5C: #"\\"#,
        ]
        for code in UInt8(0)...0x7F {
            let expected: String
            if let escape = named[code] {
                expected = escape
            } else if code < 0x20 || code == 0x7F {
                expected = String(format: "\\u%04x", Int(code))
            } else {
                expected = String(UnicodeScalar(code))
            }
            let value = JSONValue.string(String(UnicodeScalar(code)))
            for canonical in [false, true] {
                #expect(text(value.encoded(canonical: canonical)) == "\"\(expected)\"", "U+\(code)")
            }
            #expect(try JSONParser.parse(value.encoded(canonical: true)) == value)
        }
    }

    @Test func writesSlashAndNonASCIIRaw() {
        let value = JSONValue.string("a/b \u{2028}\u{2029} één 😀 \u{10FFFF}")
        #expect(value.encoded(canonical: true) == bytes("\"a/b \u{2028}\u{2029} één 😀 \u{10FFFF}\""))
    }

    @Test func encodeIntoAppends() {
        var output = bytes("prefix ")
        JSONValue.array([1, 2]).encode(into: &output, canonical: true)
        #expect(text(output) == "prefix [1,2]")
    }
}

// MARK: - Values

@Suite struct JSONValueTests {
    @Test func accessors() {
        let value: JSONValue = ["id": "36200-7", "count": 3, "done": false, "list": [.null], "sub": ["x": 1]]
        #expect(value["id"]?.stringValue == "36200-7")
        #expect(value["count"]?.intValue == 3)
        #expect(value["done"]?.boolValue == false)
        #expect(value["list"]?.arrayValue == [.null])
        #expect(value["list"]?.arrayValue?.first?.isNull == true)
        #expect(value["sub"]?.objectValue?.first?.0 == "x")
        #expect(value["missing"] == nil)
        #expect(value["id"]?.intValue == nil)
        #expect(value["count"]?.stringValue == nil)
        #expect(JSONValue.int(1)["id"] == nil)
        #expect(value.isNull == false)
        #expect(value.description == #"{"id":"36200-7","count":3,"done":false,"list":[null],"sub":{"x":1}}"#)
    }

    @Test func equalityIsStructuralAndOrderSensitive() {
        let ab: JSONValue = ["a": 1, "b": 2]
        let ba: JSONValue = ["b": 2, "a": 1]
        #expect(ab == ["a": 1, "b": 2])
        #expect(ab != ba)
        #expect(ab.encoded(canonical: true) == ba.encoded(canonical: true))
        #expect(JSONValue.int(1) != JSONValue.string("1"))
        #expect(JSONValue.array([]) != JSONValue.object([]))
        // Strings compare up to canonical equivalence, like Swift strings.
        #expect(JSONValue.string("e\u{301}") == JSONValue.string("\u{E9}"))
        let set: Set<JSONValue> = [ab, ["a": 1, "b": 2], ba, .null, .bool(false), .int(0)]
        #expect(set.count == 5)
    }
}

// MARK: - Parsing

@Suite struct JSONParserTests {
    @Test(arguments: [
        "null", "true", "false", "0", "-1", "9223372036854775807", "-9223372036854775808", #""""#,
        #""tekst met spaties""#, "[]", "{}", "[1,[2,[3]],{}]", #"{"a":{"b":{"c":[]}}}"#,
        #"{"B":1,"a":2,"b":[true,false,null]}"#, #"{"naam":"één","stem":"voor"}"#,
        #""\"\\\b\f\n\r\t\u0000\u001f\u007f""#,
    ])
    func canonicalTextRoundTripsExactly(input: String) throws {
        let value = try JSONParser.parse(bytes(input))
        #expect(text(value.encoded(canonical: true)) == input)
        #expect(text(value.encoded(canonical: false)) == input)
    }

    @Test(arguments: [
        (" { \"b\" : 1 ,\n\t\"a\" : [ 1 , 2 ] }\r\n ", #"{"a":[1,2],"b":1}"#),
        (#""\/\u00e9\u00E9\ud83d\ude00""#, #""/éé😀""#),
        (#""\uDBFF\uDFFF""#, "\"\u{10FFFF}\""),
        (#""\u0041\u00410""#, #""AA0""#),
        ("\"del \u{7F}\"", #""del \u007f""#),
    ])
    func nonCanonicalTextParsesAndReencodesCanonically(input: String, canonical: String) throws {
        let value = try JSONParser.parse(bytes(input))
        #expect(text(value.encoded(canonical: true)) == canonical)
        #expect(value.encoded(canonical: true) != bytes(input))
    }

    @Test func decomposedTextParsesButIsNotCanonical() throws {
        let line = bytes("{\"naam\":\"Rene\u{301}\"}")
        let value = try JSONParser.parse(line)
        #expect(value["naam"]?.stringValue?.unicodeScalars.count == 5)
        #expect(value.encoded(canonical: false) == line)
        #expect(value.encoded(canonical: true) != line)
        #expect(value.encoded(canonical: true) == bytes("{\"naam\":\"Ren\u{E9}\"}"))
    }

    @Test func parsesFromARawBuffer() throws {
        let input = bytes(#"{"a":[1,2]}"#)
        let value = try input.withUnsafeBytes { buffer throws(JSONParseError) in try JSONParser.parse(buffer) }
        #expect(value == ["a": [1, 2]])
    }

    struct Rejection: CustomTestStringConvertible, Sendable {
        let input: [UInt8]
        let message: String
        let offset: Int
        let line: Int
        let column: Int

        init(_ input: String, _ message: String, offset: Int, line: Int = 1, column: Int) {
            self.init(bytes(input), message, offset: offset, line: line, column: column)
        }

        init(_ input: [UInt8], _ message: String, offset: Int, line: Int = 1, column: Int) {
            self.input = input
            self.message = message
            self.offset = offset
            self.line = line
            self.column = column
        }

        var testDescription: String { "\(text(input).debugDescription) → \(message)" }
    }

    @Test(arguments: [
        // Byte order mark, empty input, truncation.
        Rejection([0xEF, 0xBB, 0xBF] + bytes("{}"), "byte order mark (BOM) is not allowed", offset: 0, column: 1),
        Rejection("", "empty input", offset: 0, column: 1),
        Rejection(" \n ", "empty input", offset: 3, line: 2, column: 2),
        Rejection(#"{"a":"#, "unexpected end of input", offset: 5, column: 6),
        Rejection(#"{"a""#, "unexpected end of input", offset: 4, column: 5),
        Rejection("[1,", "unexpected end of input", offset: 3, column: 4),
        Rejection("[", "unexpected end of input", offset: 1, column: 2),
        Rejection(#""abc"#, "unexpected end of input", offset: 4, column: 5),
        Rejection(#""\"#, "unexpected end of input", offset: 2, column: 3),
        Rejection(#""\u12"#, "unexpected end of input", offset: 5, column: 6),
        Rejection(#""\ud800"#, "unexpected end of input", offset: 7, column: 8),
        Rejection(#""\ud800\"#, "unexpected end of input", offset: 8, column: 9),
        Rejection("tru", "unexpected end of input", offset: 3, column: 4),
        Rejection("-", "unexpected end of input", offset: 1, column: 2),
        Rejection([0x22, 0xC3], "unexpected end of input", offset: 2, column: 3),
        // Invalid UTF-8, with columns counted in scalars.
        Rejection(bytes(#"{"naam":"één"#) + [0xFF] + bytes(#""}"#), "invalid UTF-8 byte 0xFF at byte offset 14",
                  offset: 14, column: 13),
        Rejection(bytes("[\"ü\",\n\"€") + [0xE2, 0x28, 0xA1, 0x22, 0x5D],
                  "invalid UTF-8 byte 0x28 at byte offset 12", offset: 12, line: 2, column: 4),
        Rejection([0x22, 0xC0, 0x80, 0x22], "invalid UTF-8 byte 0xC0", offset: 1, column: 2),
        Rejection([0x22, 0xED, 0xA0, 0x80, 0x22], "invalid UTF-8 byte 0xA0", offset: 2, column: 3),
        Rejection([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "invalid UTF-8 byte 0x90", offset: 2, column: 3),
        Rejection([0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], "invalid UTF-8 byte 0xF5", offset: 1, column: 2),
        Rejection([0x22, 0x80, 0x22], "invalid UTF-8 byte 0x80", offset: 1, column: 2),
        Rejection([0x5B, 0xFF, 0x5D], "invalid UTF-8 byte 0xFF", offset: 1, column: 2),
        // Duplicate keys, also when they differ only in escaping or normalization.
        Rejection(#"{"a":1,"bc":2,"a":3}"#, #"duplicate key "a""#, offset: 14, column: 15),
        Rejection("{\n  \"id\": 1,\n  \"id\": 2\n}", #"duplicate key "id""#, offset: 15, line: 3, column: 3),
        Rejection(#"{"a":1,"\u0061":2}"#, #"duplicate key "a""#, offset: 7, column: 8),
        Rejection("{\"\u{E9}\":1,\"e\u{301}\":2}", "duplicate key \"e\u{301}\"", offset: 8, column: 8),
        Rejection(#"[{"a":1},{"b":{"c":1,"c":2}}]"#, #"duplicate key "c""#, offset: 21, column: 22),
        // Numbers.
        Rejection("1.5", "floating-point numbers are not allowed", offset: 0, column: 1),
        Rejection("[1, 2.0]", "floating-point numbers are not allowed", offset: 4, column: 5),
        Rejection("1e5", "floating-point numbers are not allowed", offset: 0, column: 1),
        Rejection("-2E-3", "floating-point numbers are not allowed", offset: 0, column: 1),
        Rejection("0.0", "floating-point numbers are not allowed", offset: 0, column: 1),
        Rejection("9223372036854775808", "integer out of range", offset: 0, column: 1),
        Rejection("-9223372036854775809", "integer out of range", offset: 0, column: 1),
        Rejection("123456789012345678901234567890", "integer out of range", offset: 0, column: 1),
        Rejection("01", "leading zeros are not allowed", offset: 0, column: 1),
        Rejection("[-007]", "leading zeros are not allowed", offset: 1, column: 2),
        Rejection("-0", "negative zero is not allowed", offset: 0, column: 1),
        Rejection(#"{"n":-0}"#, "negative zero is not allowed", offset: 5, column: 6),
        Rejection("-a", "expected a digit after '-'", offset: 1, column: 2),
        Rejection("+1", "unexpected character '+'", offset: 0, column: 1),
        // Strings.
        Rejection("\"a\tb\"", "unescaped control character U+0009", offset: 2, column: 3),
        Rejection("\"a\nb\"", "unescaped control character U+000A", offset: 2, column: 3),
        Rejection("\"\u{0}\"", "unescaped control character U+0000", offset: 1, column: 2),
        Rejection(#""a\xb""#, "invalid escape sequence: backslash followed by 'x'", offset: 2, column: 3),
        Rejection(#""\U0041""#, "invalid escape sequence: backslash followed by 'U'", offset: 1, column: 2),
        Rejection("\"\\\n\"", "invalid escape sequence: backslash followed by U+000A", offset: 1, column: 2),
        Rejection([0x22, 0x5C, 0xFF, 0x22], "invalid UTF-8 byte 0xFF", offset: 2, column: 3),
        Rejection(#""\u12G4""#, "expected four hexadecimal digits", offset: 1, column: 2),
        Rejection(#""é\ud800""#, #"high surrogate \uD800 is not followed by a low surrogate"#, offset: 3, column: 3),
        Rejection(#""\ud800x""#, "is not followed by a low surrogate", offset: 1, column: 2),
        Rejection(#""\ud800\n""#, "is not followed by a low surrogate", offset: 1, column: 2),
        Rejection(#""\ud800\u0041""#, #"high surrogate \uD800 is followed by \u0041, not a low surrogate"#,
                  offset: 1, column: 2),
        Rejection(#""\ud800\ud800""#, "not a low surrogate", offset: 1, column: 2),
        Rejection(#""\udc00""#, #"low surrogate \uDC00 without a preceding high surrogate"#, offset: 1, column: 2),
        Rejection(#""\ude00\ud83d""#, "low surrogate", offset: 1, column: 2),
        // Structure and trailing data.
        Rejection("{} x", "trailing data after the JSON value, starting with 'x'", offset: 3, column: 4),
        Rejection("1 2", "trailing data after the JSON value", offset: 2, column: 3),
        Rejection("{}}", "trailing data after the JSON value", offset: 2, column: 3),
        Rejection("{}\u{0}", "trailing data after the JSON value, starting with U+0000", offset: 2, column: 3),
        Rejection("{a:1}", "expected a string key", offset: 1, column: 2),
        Rejection(#"{"a" 1}"#, "expected ':' after the key", offset: 5, column: 6),
        Rejection(#"{"a":1 "b":2}"#, "expected ',' or '}' in object", offset: 7, column: 8),
        Rejection("[1 2]", "expected ',' or ']' in array", offset: 3, column: 4),
        Rejection("[1,]", "trailing comma is not allowed", offset: 2, column: 3),
        Rejection(#"{"a":1, }"#, "trailing comma is not allowed", offset: 6, column: 7),
        Rejection("[,1]", "unexpected character ','; expected a JSON value", offset: 1, column: 2),
        Rejection("nul!", "invalid literal; expected 'null'", offset: 0, column: 1),
        Rejection("True", "unexpected character 'T'", offset: 0, column: 1),
        Rejection("'a'", "unexpected character '''", offset: 0, column: 1),
        Rejection("[ü]", "unexpected character 'ü'", offset: 1, column: 2),
        Rejection("[\u{A0}]", "unexpected character U+00A0", offset: 1, column: 2),
    ])
    func rejects(_ rejection: Rejection) throws {
        let error = try #require(parseError(rejection.input))
        #expect(error.message.contains(rejection.message), "message: \(error.message)")
        #expect(error.offset == rejection.offset)
        #expect(error.line == rejection.line)
        #expect(error.column == rejection.column)
    }

    @Test func errorDescriptionNamesLineAndColumn() throws {
        let error = try #require(parseError(bytes("{\n\"a\": 1.5}")))
        #expect(error.description == "line 2, column 6: floating-point numbers are not allowed")
    }

    @Test func acceptsNestingUpToTheLimit() throws {
        let depth = JSONParser.maximumDepth
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(text(try JSONParser.parse(bytes(arrays)).encoded(canonical: true)) == arrays)
        let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        #expect(text(try JSONParser.parse(bytes(objects)).encoded(canonical: true)) == objects)
    }

    @Test(arguments: [JSONParser.maximumDepth + 1, 100_000])
    func rejectsDeeperNestingWithoutCrashing(depth: Int) throws {
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let error = try #require(parseError(bytes(arrays)))
        #expect(error.message == "nesting deeper than 64 levels")
        #expect(error.offset == JSONParser.maximumDepth)
        #expect(error.column == JSONParser.maximumDepth + 1)

        let objects = String(repeating: #"{"a":[{"b":"#, count: depth)
        let objectError = try #require(parseError(bytes(objects)))
        #expect(objectError.message == "nesting deeper than 64 levels")
    }

    @Test func largeObjectsStillRejectDuplicates() throws {
        let members = (0..<100).map { "\"k\($0)\":\($0)" }
        let unique = "{" + members.joined(separator: ",") + "}"
        #expect(try JSONParser.parse(bytes(unique)).objectValue?.count == 100)
        let duplicated = "{" + (members + [#""k42":0"#]).joined(separator: ",") + "}"
        #expect(parseError(bytes(duplicated))?.message == #"duplicate key "k42""#)
    }
}

// MARK: - Properties

@Suite struct JSONPropertyTests {
    private static let stringPieces: [String] = [
        "a", "Z", "0", " ", "motie", "\"", "\\", "/", "\u{0}", "\u{1}", "\n", "\t", "\u{1F}", "\u{7F}",
        "é", "e", "\u{301}", "\u{323}", "Ω", "\u{212B}", "😀", "\u{2028}", "\u{FFFD}", "\u{10FFFF}", "中",
    ]

    private static func randomString(_ generator: inout SplitMix64) -> String {
        (0..<Int.random(in: 0...6, using: &generator))
            .map { _ in stringPieces.randomElement(using: &generator)! }
            .joined()
    }

    private static func randomValue(_ generator: inout SplitMix64, depth: Int = 0) -> JSONValue {
        let kinds = depth >= 4 ? 4 : 6
        switch Int.random(in: 0..<kinds, using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2:
            let special: [Int64] = [0, -1, 1, .min, .max, 9, 10, -10]
            return .int(Bool.random(using: &generator)
                ? special.randomElement(using: &generator)!
                : Int64.random(in: .min ... .max, using: &generator))
        case 3: return .string(randomString(&generator))
        case 4:
            return .array((0..<Int.random(in: 0...4, using: &generator)).map { _ in
                randomValue(&generator, depth: depth + 1)
            })
        default:
            var members: [(String, JSONValue)] = []
            for _ in 0..<Int.random(in: 0...5, using: &generator) {
                let key = randomString(&generator)
                // Keys must be unique up to canonical equivalence, which String's == tests.
                guard !members.contains(where: { $0.0 == key }) else { continue }
                members.append((key, randomValue(&generator, depth: depth + 1)))
            }
            return .object(members)
        }
    }

    @Test func randomValuesRoundTrip() throws {
        var generator = SplitMix64(state: 0x4D4F_5449_45)
        for _ in 0..<3000 {
            let value = Self.randomValue(&generator)
            let plain = value.encoded(canonical: false)
            let parsed = try JSONParser.parse(plain)
            #expect(parsed == value)
            #expect(parsed.encoded(canonical: false) == plain)

            // Canonical form is a fixed point: parsing and re-encoding changes nothing.
            let canonical = value.encoded(canonical: true)
            let reparsed = try JSONParser.parse(canonical)
            #expect(reparsed.encoded(canonical: true) == canonical)
            #expect(reparsed.encoded(canonical: false) == canonical)
        }
    }

    @Test func mutatedInputEitherParsesOrThrowsCleanly() throws {
        var generator = SplitMix64(state: 0x4C45_4447_4552)
        let interesting = Array(#"{}[],:"\u0123456789-.eEtfnl "#.utf8) + [0x00, 0x0A, 0x80, 0xC3, 0xED, 0xF0, 0xFF]
        var parsedCount = 0
        for _ in 0..<3000 {
            var input = Self.randomValue(&generator).encoded(canonical: Bool.random(using: &generator))
            for _ in 0...Int.random(in: 0...2, using: &generator) {
                let byte = Bool.random(using: &generator)
                    ? interesting.randomElement(using: &generator)!
                    : UInt8.random(in: 0...255, using: &generator)
                let index = Int.random(in: 0...input.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0 where index < input.count: input[index] = byte
                case 1: input.insert(byte, at: index)
                case 2 where index < input.count: input.remove(at: index)
                default: input.removeSubrange(index...)
                }
            }
            do {
                let value = try JSONParser.parse(input)
                parsedCount += 1
                #expect(try JSONParser.parse(value.encoded(canonical: false)) == value)
            } catch {
                #expect((0...input.count).contains(error.offset))
                #expect(error.line >= 1 && error.column >= 1)
                #expect(error.column <= error.offset + 1)
            }
        }
        // Some mutations keep the input valid; both outcomes must have been exercised.
        #expect(parsedCount > 0 && parsedCount < 3000)
    }
}
