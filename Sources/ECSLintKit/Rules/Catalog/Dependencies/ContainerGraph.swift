/// A directed graph between the containers of a task (`dependsOn` or
/// `links`), used to find cycles.
struct ContainerGraph {
    /// One reference from a container to another, and where it is written.
    struct Edge {
        /// The index of the referring container.
        var from: Int
        /// The index of the referred container.
        var to: Int
        /// Where the reference is written.
        var pointer: JSONPointer
    }

    /// The number of containers.
    var count: Int
    /// The references.
    var edges: [Edge]

    /// Builds the graph of references that name containers of the task;
    /// `references` returns each container's referred names with their pointers.
    init(_ task: TaskDefinition, references: (ContainerDefinition) -> [(name: String, pointer: JSONPointer)]) {
        var indexByName: [String: Int] = [:]
        for (position, container) in task.containers.enumerated() {
            if let name = container.name, indexByName[name] == nil { indexByName[name] = position }
        }
        count = task.containers.count
        edges = []
        for (position, container) in task.containers.enumerated() {
            for reference in references(container) {
                guard let target = indexByName[reference.name] else { continue }
                edges.append(Edge(from: position, to: target, pointer: reference.pointer))
            }
        }
    }

    /// Cycles, each as the edges along it starting at its first container
    /// (in file order); a self-reference is a cycle of one edge. A container
    /// appears in at most one reported cycle.
    func cycles() -> [[Edge]] {
        var outgoing = [[Int]](repeating: [], count: count)
        for (position, edge) in edges.enumerated() { outgoing[edge.from].append(position) }
        var covered = Set<Int>()
        var found: [[Edge]] = []
        for start in 0..<count where !covered.contains(start) {
            guard let cycle = shortestCycle(through: start, outgoing: outgoing) else { continue }
            let nodes = Set(cycle.map(\.from))
            guard nodes.isDisjoint(with: covered) else { continue }
            covered.formUnion(nodes)
            found.append(cycle)
        }
        return found
    }

    /// The shortest cycle from `start` back to itself (breadth-first).
    private func shortestCycle(through start: Int, outgoing: [[Int]]) -> [Edge]? {
        var arrivedBy: [Int: Int] = [:]
        var queue = outgoing[start]
        var head = 0
        while head < queue.count {
            let edgeIndex = queue[head]
            head += 1
            let node = edges[edgeIndex].to
            if node == start {
                var path = [edges[edgeIndex]]
                var current = edges[edgeIndex].from
                while current != start, let previous = arrivedBy[current] {
                    path.append(edges[previous])
                    current = edges[previous].from
                }
                return path.reversed()
            }
            guard arrivedBy[node] == nil else { continue }
            arrivedBy[node] = edgeIndex
            queue.append(contentsOf: outgoing[node])
        }
        return nil
    }
}

extension TaskDefinition {
    /// The names of the containers, for messages: `'app', 'proxy'` (at most eight).
    var containerNameList: String {
        let names = containers.compactMap(\.name)
        let shown = names.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
        return names.count > 8 ? shown + ", …" : shown
    }
}
