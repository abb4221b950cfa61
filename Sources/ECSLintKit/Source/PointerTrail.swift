/// The values a depth-first walk has entered, each with the one it hangs
/// from and its token there, so that a walk spells out the JSON Pointer of
/// the few values it reports instead of building one for every value.
struct PointerTrail {
    private var steps: [(parent: Int, token: String)] = []

    /// The step of the root.
    static let root = -1

    /// Enters the member or element `token` of the value at step `parent`;
    /// returns the new step.
    mutating func enter(_ token: String, from parent: Int) -> Int {
        steps.append((parent, token))
        return steps.count - 1
    }

    /// The pointer to the value entered at `step`.
    func pointer(to step: Int) -> JSONPointer {
        var tokens: [String] = []
        var current = step
        while current != Self.root {
            tokens.append(steps[current].token)
            current = steps[current].parent
        }
        return JSONPointer(tokens.reversed())
    }
}
