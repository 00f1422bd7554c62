/// What stands before a citation's dossier: `Kamerstukken II 2024/25`, `TK 2019/20`.
struct Prefix {
    var chamber: Chamber?
    var session: String?
}
