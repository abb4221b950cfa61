import Testing

@testable import ECSLintKit

/// Checks that every rule declares in its descriptor what it reads beyond
/// the containers (`needs`), by running each of its examples twice: as the
/// whole task definition, and as the bare list of its containers (what a
/// Terraform `container_definitions` file holds), with the launch type given
/// as `--launch-type` would give it.
///
/// A rule that declares nothing must find the same on the list as on the
/// task (leaving out what the task finds at its own members, which a list
/// does not have); one that declares `.networkMode` the same once the list
/// is given the task's network mode; one that declares `.taskContext` never
/// more on the list than on the task. Otherwise it reads task-level data and
/// the test names the need to declare.
@Suite struct RuleNeedTests {
    static let cases: [NeedCase] = RuleRegistry.rules.flatMap { rule in
        rule.descriptor.examples.indices.map { NeedCase(rule: rule, index: $0) }
    }

    @Test(arguments: cases)
    func findingsOnTheContainersAloneAgreeUnlessTheRuleDeclaresWhatItNeeds(_ example: NeedCase) {
        for problem in NeedCheck.problems(of: example.rule, in: example.example) {
            Issue.record("\(example): \(problem)")
        }
    }

    @Test func aRuleThatReadsTheTaskSizeWithoutDeclaringItFails() {
        let task = RuleExample.good(
            #"{"family": "web", "cpu": "256", "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]}"#)
        let problems = NeedCheck.problems(of: ReadsTaskSize.self, in: task)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("needs: [.taskLevel]") == true, "\(problems)")
        #expect(NeedCheck.problems(of: ReadsTaskSizeDeclared.self, in: task).isEmpty)
        let asContext = NeedCheck.problems(of: ReadsTaskSizeAsContext.self, in: task)
        #expect(asContext.first?.contains("more on the list") == true, "\(asContext)")
    }

    @Test func aRuleThatReadsTheNetworkModeIsToldToDeclareIt() {
        let task = RuleExample.good(
            #"{"family": "web", "networkMode": "host", "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]}"#
        )
        let problems = NeedCheck.problems(of: ReadsNetworkMode.self, in: task)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("needs: [.networkMode]") == true, "\(problems)")
    }

    @Test func theEngineSkipsWhatAContainerListCannotMeet() {
        let list = #"[{"name": "app", "image": "nginx:1.27", "portMappings": [{"containerPort": 80, "hostPort": 81}]}]"#
        let rules: [any Rule] = [ReadsTaskSizeDeclared(), ReadsNetworkModeDeclared()]
        let plain = Linter(options: LintOptions(), rules: rules).lint(SourceText(path: "c.json", text: list))
        #expect(!plain.findings.contains { $0.message.hasPrefix("test:") }, "\(plain.findings.map(\.message))")
        let fargate = Linter(options: LintOptions(launchType: .fargate), rules: rules)
            .lint(SourceText(path: "c.json", text: list))
        #expect(fargate.findings.filter { $0.message.hasPrefix("test:") }.map(\.message) == ["test: awsvpc"])
    }

    @Test func theContainerListFindingCountsTheRulesThatDeclareNeeds() {
        let declared = RuleRegistry.rules.map { $0.descriptor }.filter {
            $0.needs.contains(.taskLevel) || $0.needs.contains(.networkMode)
        }
        let taskLevel = declared.filter { $0.needs.contains(.taskLevel) }
        #expect(RuleRegistry.skippedOnContainerList(networkModeKnown: true).count == taskLevel.count)
        #expect(RuleRegistry.skippedOnContainerList(networkModeKnown: false).count == declared.count)
        let message = lintInput(#"[{"name": "app", "image": "nginx:1.27"}]"#).findings(
            ContainerDefinitionsArray.descriptor.code
        )
        .first?.message
        #expect(message?.contains("\(declared.count) rules that need the task") == true, "\(message ?? "none")")
    }
}

/// One example of one rule.
struct NeedCase: Sendable, CustomTestStringConvertible {
    let rule: any Rule.Type
    let index: Int

    var example: RuleExample { rule.descriptor.examples[index] }
    var testDescription: String { "\(rule.descriptor.code) example \(index + 1)" }
}

/// Runs a rule on the task definitions of an example and on their containers alone.
enum NeedCheck {
    /// What is wrong with the rule's declared needs, as shown by `example`:
    /// one sentence per task definition whose containers alone give other findings.
    static func problems(of rule: any Rule.Type, in example: RuleExample) -> [String] {
        let needs = rule.descriptor.needs
        guard example.taskDefinition == nil, !needs.contains(.taskLevel) else { return [] }
        let text = example.unmarked.text
        let loaded = InputLoader.load(SourceText(path: "example." + example.format.rawValue, text: text))
        let options = example.options.isEmpty ? [:] : [rule.descriptor.code: example.options]
        var problems: [String] = []
        for document in loaded.documents {
            let targets = InputClassifier.classify(document.root, launchType: example.launchType).targets
            for target in targets where target.service == nil && !target.isContainerFragment {
                guard let containers = target.root["containerDefinitions"],
                    let list = InputClassifier.classify(containers).targets.first,
                    list.isContainerFragment
                else { continue }
                let task = TaskDefinition(target.root)
                var context = RuleContext(task: task, launchTypeOption: example.launchType)
                context.ruleOptions = options
                let whole = findings(of: rule, on: task, in: context)
                let alone = TaskDefinition(list.root)
                var listContext = self.listContext(for: alone, like: context, target: list)
                if !list.runs(needing: needs, in: listContext) { listContext.networkMode = context.networkMode }
                let onList = findings(of: rule, on: alone, in: listContext)
                let comparable = whole.filter(\.isPossibleOnAList)
                let shown = "on the containers alone \(onList.sorted()), on the whole task \(whole.sorted())"
                if needs.contains(.taskContext) {
                    if onList.count > whole.count {
                        problems.append("\(shown): more on the list; declare needs: [.taskLevel] in its descriptor")
                    }
                    continue
                }
                guard onList != comparable else { continue }
                listContext.networkMode = context.networkMode
                let need =
                    findings(of: rule, on: alone, in: listContext) == comparable
                    ? ".networkMode" : onList.count > whole.count ? ".taskLevel" : ".taskLevel] or [.taskContext"
                problems.append("\(shown): the rule reads task-level data; declare needs: [\(need)] in its descriptor")
            }
        }
        return problems
    }

    /// The context the engine gives a container list whose launch types
    /// come from `--launch-type` (the ones of the whole task).
    private static func listContext(for task: TaskDefinition, like whole: RuleContext, target: LintTarget)
        -> RuleContext
    {
        var context = RuleContext(
            task: task, launchTypeOption: whole.launchTypes.count == 1 ? whole.launchTypes.first : nil)
        if whole.launchTypes.count > 1 {
            context.launchTypes = whole.launchTypes
            context.launchTypesAreDeclared = true
        }
        context.ruleOptions = whole.ruleOptions
        target.adjust(&context)
        return context
    }

    /// The rule's violations, as comparable text.
    private static func findings(of rule: any Rule.Type, on task: TaskDefinition, in context: RuleContext) -> Set<
        String
    > {
        Set(rule.init().check(task, in: context).map { "\($0.pointer) \($0.target) \($0.message)" })
    }
}

extension String {
    /// Whether a violation's text (pointer first) is about the document or a
    /// container; a finding on a task member cannot appear on a list, which
    /// does not have that member.
    fileprivate var isPossibleOnAList: Bool { hasPrefix(" ") || hasPrefix("/containerDefinitions/") }
}

/// A rule that reads the task's cpu without declaring it.
private struct ReadsTaskSize: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS998", slug: "reads-task-size", title: "t", severity: .info, stage: .practice, summary: "s",
        rationale: "r", fix: "f", examples: [])

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.cpu == nil ? task.containers.map { Violation("test: no cpu", at: $0.pointer) } : []
    }
}

/// The same rule, declaring that it reads the task.
private struct ReadsTaskSizeDeclared: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS998", slug: "reads-task-size", title: "t", severity: .info, stage: .practice, needs: [.taskLevel],
        summary: "s", rationale: "r", fix: "f", examples: [])

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        ReadsTaskSize().check(task, in: context)
    }
}

/// The same rule, claiming to read the task only as context.
private struct ReadsTaskSizeAsContext: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS998", slug: "reads-task-size", title: "t", severity: .info, stage: .practice,
        needs: [.taskContext], summary: "s", rationale: "r", fix: "f", examples: [])

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        ReadsTaskSize().check(task, in: context)
    }
}

/// A rule that reports each container's network mode without declaring it.
private struct ReadsNetworkMode: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS997", slug: "reads-network-mode", title: "t", severity: .info, stage: .practice, summary: "s",
        rationale: "r", fix: "f", examples: [])

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.map { Violation("test: \(context.networkMode.rawValue)", at: $0.pointer) }
    }
}

/// The same rule, declaring that it reads the network mode.
private struct ReadsNetworkModeDeclared: Rule {
    static let descriptor = RuleDescriptor(
        code: "ECS997", slug: "reads-network-mode", title: "t", severity: .info, stage: .practice,
        needs: [.networkMode], summary: "s", rationale: "r", fix: "f", examples: [])

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        ReadsNetworkMode().check(task, in: context)
    }
}
