/// What a rule reads beyond the container definitions, declared in its
/// descriptor (`needs: [.taskLevel]`) so the engine knows where the rule can
/// run without the rule's code being listed anywhere else.
///
/// A container list (Terraform's `container_definitions`) has no task around
/// it: a rule that reads the task's members would report what the task
/// resource provides elsewhere. The engine skips such rules there; the
/// container-list input shape says when the network mode is known.
public enum RuleNeed: String, Sendable, Hashable, CaseIterable {
    /// The rule reads task-level members: the declared launch types, the
    /// task size, volumes, roles, runtime platform or the declared network
    /// mode. It never runs on a container list.
    case taskLevel
    /// The rule's findings depend on the effective network mode. On a
    /// container list it runs only when the launch type makes the mode known
    /// (`--launch-type FARGATE`: awsvpc).
    case networkMode
    /// The rule reads task-level members only where the file has them, to
    /// place or word a finding (one finding per task, at the task's role
    /// rather than at an image) or to tell more precisely; on a container
    /// list it runs and never finds more than on the whole task.
    case taskContext
}
