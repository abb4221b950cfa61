/// Overflow-checked arithmetic on numbers taken from the input.
///
/// Every number a rule reads from a task definition is user data: `cpu`,
/// `memoryReservation` and the like are `Int`s that may be as large as
/// `Int.max`, so adding them with `+` can trap. Rules add such numbers with
/// these helpers; a total that does not fit `Int` is nil, and the rule stays
/// silent, because such a total needs a value far past the API's 32-bit range,
/// which the schema check already reports at that value.
extension Sequence {
    /// The sum of `value` over the elements (nil values count 0), or nil when
    /// it overflows `Int`.
    func checkedSum(_ value: (Element) -> Int?) -> Int? {
        var total = 0
        for element in self {
            let (sum, overflow) = total.addingReportingOverflow(value(element) ?? 0)
            if overflow { return nil }
            total = sum
        }
        return total
    }
}
