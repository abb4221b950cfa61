extension TaskDefinition {
    /// Where the task asks for a launch type: its entry in
    /// `requiresCompatibilities`, else the task itself (when the launch type
    /// came from `--launch-type`). Findings about something a launch type
    /// requires but the file lacks point here.
    func compatibilityPointer(_ launchType: LaunchType) -> JSONPointer {
        if let index = requiresCompatibilities?.firstIndex(of: launchType.rawValue) {
            return pointer / "requiresCompatibilities" / index
        }
        return pointer
    }

    /// Whether `networkMode` is written but not one of the API's values (the schema check reports it).
    var hasInvalidNetworkMode: Bool {
        $networkModeValue.isSet && declaredNetworkMode == nil
    }
}
