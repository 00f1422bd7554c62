import Foundation
import Testing
import TestSupport

/// The libraries' public API is what a user embedding them needs, and no more: everything the
/// command line, the benchmarks and the tests share besides is `package`. Every `public`
/// declaration in `Sources/Kamerstuk` and `Sources/MotieLedger` stands in `Tests/PublicAPI.txt`,
/// one a line as `Target.Enclosing.Type: declaration`; a new one fails here until it is made
/// `package` or added to the list on purpose, and one that is no longer public fails until it
/// leaves the list.
@Suite struct PublicAPITests {
    @Test func publicDeclarationsAreThoseListed() throws {
        let listed = try String(contentsOf: repository.appendingPathComponent("Tests/PublicAPI.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
        var found: [String] = []
        for target in ["Kamerstuk", "MotieLedger"] {
            found += try PublicDeclarations.scan(target: target, in: repository.appendingPathComponent("Sources/\(target)"))
        }
        let new = found.filter { !listed.contains($0) }
        let gone = listed.filter { !found.contains($0) }
        #expect(new.isEmpty, "public, but not in Tests/PublicAPI.txt (make it `package`, or list it):\n\(new.joined(separator: "\n"))")
        #expect(gone.isEmpty, "in Tests/PublicAPI.txt, but no longer public (take it off the list):\n\(gone.joined(separator: "\n"))")
        #expect(Set(found).count == found.count, "a public declaration is found twice: \(found.count - Set(found).count)")
    }
}

/// The `public` declarations of a target's sources, read line by line: a declaration belongs to
/// the type or extension above it at a smaller indent.
enum PublicDeclarations {
    static func scan(target: String, in directory: URL) throws -> [String] {
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path } ?? []
        var declarations: [String] = []
        for file in files {
            var enclosing: [(indent: Int, name: String)] = []
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true) {
                let indent = line.prefix { $0 == " " }.count
                let code = line.dropFirst(indent)
                if code.isEmpty || code.hasPrefix("//") { continue }
                while let last = enclosing.last, last.indent >= indent { enclosing.removeLast() }
                let words = code.split(separator: " ").map(String.init)
                let modifiers = words.prefix { !typeKeywords.contains($0) && ($0.hasPrefix("@") || accessAndModifiers.contains($0)) }
                let isPublic = modifiers.contains("public")
                if isPublic {
                    let context = ([target] + enclosing.map(\.name)).joined(separator: ".")
                    let isStored = ["let", "var"].contains(words.dropFirst(modifiers.count).first ?? "")
                    declarations.append("\(context): \(signature(code, stored: isStored))")
                }
                if words.count > modifiers.count + 1, typeKeywords.contains(words[modifiers.count]) {
                    let name = words[modifiers.count + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
                    enclosing.append((indent, String(name)))
                }
            }
        }
        return declarations
    }

    private static let typeKeywords: Set<String> = ["struct", "enum", "class", "protocol", "actor", "extension"]
    private static let accessAndModifiers: Set<String> = [
        "public", "package", "internal", "fileprivate", "private", "private(set)", "internal(set)", "package(set)",
        "static", "final", "indirect", "mutating", "nonmutating", "nonisolated", "override", "convenience", "required", "lazy",
    ]

    /// The declaration as written, without its body or a stored property's initial value.
    private static func signature(_ code: Substring, stored: Bool) -> String {
        var text = String(code)
        if let body = text.range(of: " {") { text = String(text[..<body.lowerBound]) }
        if stored, let value = text.range(of: " = ") {
            text = String(text[..<value.lowerBound])
        }
        return text
    }
}
