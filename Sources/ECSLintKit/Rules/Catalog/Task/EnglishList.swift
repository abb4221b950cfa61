/// Joins words for messages: `a`, `a or b`, `a, b or c`.
enum EnglishList {
    /// `a, b or c` (or `a, b and c` with `conjunction: "and"`).
    static func join(_ items: [String], conjunction: String = "or") -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
