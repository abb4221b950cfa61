extension Sequence {
    /// Each element whose key an earlier element already had, with that key
    /// and the first element that had it: what the duplicate rules report,
    /// with a "first … here" note at `first`. Elements without a key (nil)
    /// are skipped.
    func repeats<Key: Hashable>(by key: (Element) -> Key?) -> [(element: Element, key: Key, first: Element)] {
        var firsts: [Key: Element] = [:]
        var repeats: [(element: Element, key: Key, first: Element)] = []
        for element in self {
            guard let value = key(element) else { continue }
            if let first = firsts[value] {
                repeats.append((element, value, first))
            } else {
                firsts[value] = element
            }
        }
        return repeats
    }
}
