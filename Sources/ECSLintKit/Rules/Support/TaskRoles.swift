/// Whether a task definition names its IAM roles, for the rules that need one.
enum TaskRoles {
    /// Whether `executionRoleArn` is given: a non-empty string, or a value of
    /// the wrong type (the schema check reports that one).
    static func hasExecutionRole(_ task: TaskDefinition) -> Bool {
        isSet(task, "executionRoleArn")
    }

    /// Whether `taskRoleArn` is given, in the same sense.
    static func hasTaskRole(_ task: TaskDefinition) -> Bool {
        isSet(task, "taskRoleArn")
    }

    private static func isSet(_ task: TaskDefinition, _ key: String) -> Bool {
        guard let value = task.node[key], !value.isNull else { return false }
        if let text = value.stringValue { return !text.isEmpty }
        return true
    }
}
