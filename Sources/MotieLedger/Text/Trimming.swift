extension StringProtocol {
    /// Without white space (a no-break space included) at either end: titles and values from
    /// metadata and open data often end in a space.
    var trimmingWhitespace: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
