/// The page's Content-Security-Policy: nothing from anywhere (`default-src 'none'`: no script,
/// style, image, font, frame or connection from outside, and none inline either), except its
/// own script and style sheet, each allowed by the SHA-256 of its text rather than by
/// `'unsafe-inline'`. So text that got into the page as markup could still run nothing and
/// load nothing. The data block is no script a browser runs, and needs no allowance.
enum ContentPolicy {
    /// The policy, for a `<meta http-equiv="Content-Security-Policy">`.
    static let policy = "default-src 'none'; script-src \(source(PageScript.javascript)); style-src \(source(PageStyle.css)); "
        + "base-uri 'none'; form-action 'none'"

    /// The hash source of an inline element's text: `'sha256-…'`, the digest of its UTF-8 in base64.
    static func source(_ text: String) -> String {
        "'sha256-\(Base64.encoded(SHA256.hash(Array(text.utf8)).bytes))'"
    }
}
