/// The task sizes AWS Fargate offers: each task `cpu` (in CPU units, 1024 per
/// vCPU) with the task `memory` values (in MiB) it allows, and whether Windows
/// tasks may use it. The rules on Fargate sizes share this one table.
///
/// Sources: the botocore 1.43.11 ECS model (`RegisterTaskDefinitionRequest`
/// `memory` docstring: the rows from 256 to 16384 units); the Amazon ECS
/// Developer Guide pages `task-cpu-memory-error` and `AWS_Fargate` (which rows
/// Windows offers: 1, 2 and 4 vCPU); cfn-lint's `fargate_cpu_memory.json`.
/// The 32 vCPU row (32768 units with 60, 120 or 244 GB) is newer than the
/// botocore model; it is taken from aws-cloudformation/cfn-lint#4668 and
/// pulumi/pulumi-awsx#2053 and marked `isNewerThanModel`.
enum FargateSizes {
    /// One task cpu value and the memory values it allows.
    struct Size: Sendable {
        /// Task cpu in CPU units.
        let cpu: Int
        /// The memory values it allows, in MiB, ascending.
        let memory: [Int]
        /// Whether Windows tasks may use it.
        let windows: Bool
        /// Whether the row is newer than the API model ecslint was built from.
        let isNewerThanModel: Bool
    }

    /// The table, ascending by cpu.
    static let sizes: [Size] = [
        Size(cpu: 256, memory: [512, 1024, 2048], windows: false, isNewerThanModel: false),
        Size(cpu: 512, memory: steps(1024, 4096, by: 1024), windows: false, isNewerThanModel: false),
        Size(cpu: 1024, memory: steps(2048, 8192, by: 1024), windows: true, isNewerThanModel: false),
        Size(cpu: 2048, memory: steps(4096, 16384, by: 1024), windows: true, isNewerThanModel: false),
        Size(cpu: 4096, memory: steps(8192, 30720, by: 1024), windows: true, isNewerThanModel: false),
        Size(cpu: 8192, memory: steps(16384, 61440, by: 4096), windows: false, isNewerThanModel: false),
        Size(cpu: 16384, memory: steps(32768, 122880, by: 8192), windows: false, isNewerThanModel: false),
        Size(cpu: 32768, memory: [61440, 122880, 249856], windows: false, isNewerThanModel: true),
    ]

    /// The smallest task cpu Windows tasks may use on Fargate.
    static let windowsMinimumCPU = 1024

    private static func steps(_ low: Int, _ high: Int, by step: Int) -> [Int] {
        Array(stride(from: low, through: high, by: step))
    }

    /// The row of a cpu value, or nil when Fargate offers no such cpu.
    /// The Fargate cpu values, for messages: `256, 512, 1024, …`.
    static var cpuValuesText: String {
        sizes.map { String($0.cpu) }.joined(separator: ", ")
    }

    static func size(cpu: Int) -> Size? {
        sizes.first { $0.cpu == cpu }
    }

    /// The rows a platform may use.
    static func sizes(windows: Bool) -> [Size] {
        windows ? sizes.filter(\.windows) : sizes
    }

    /// The smallest cpu whose row allows `memory`, for Linux or Windows.
    static func smallestSize(allowing memory: Int, windows: Bool) -> Size? {
        sizes(windows: windows).first { $0.memory.contains(memory) }
    }

    /// The allowed memory value of a row nearest to `memory` (the smaller on a tie).
    static func nearestMemory(in size: Size, to memory: Int) -> Int {
        size.memory.min { abs($0 - memory) < abs($1 - memory) } ?? size.memory[0]
    }

    /// `1024 (1 vCPU)`, `256 (.25 vCPU)`.
    static func label(cpu: Int) -> String {
        "\(cpu) (\(vCPUText(cpu)) vCPU)"
    }

    /// `.25`, `.5`, `1`, `16`: the vCPU count as the AWS tables write it.
    static func vCPUText(_ cpu: Int) -> String {
        if cpu % 1024 == 0 { return String(cpu / 1024) }
        switch cpu {
        case 256: return ".25"
        case 512: return ".5"
        case 768: return ".75"
        default:
            let hundredths = cpu * 100 / 1024
            let whole = hundredths / 100
            let fraction = hundredths % 100
            let fractionText = fraction < 10 ? "0\(fraction)" : String(fraction)
            return (whole == 0 ? "" : String(whole)) + "." + fractionText
        }
    }

    /// `512, 1024 or 2048 MiB`, or `8192 to 30720 MiB in steps of 1024` for long rows.
    static func memoryText(_ size: Size) -> String {
        let values = size.memory
        if values.count <= 4 {
            return EnglishList.join(values.map(String.init)) + " MiB"
        }
        let step = values[1] - values[0]
        return "\(values[0]) to \(values[values.count - 1]) MiB in steps of \(step)"
    }

    /// `256, 512, 1024 … or 32768`: the cpu values a platform may use.
    static func cpuList(windows: Bool) -> String {
        EnglishList.join(sizes(windows: windows).map { String($0.cpu) })
    }
}
