/// The template-placeholders finding (ECS014, an info while linting) turned
/// into the error that stops `ecslint register`: a file whose placeholders are
/// not all filled must not be registered, or ECS stores the literal `${IMAGE}`.
public enum PlaceholderRefusal {
    /// Whether `finding` is one that refuses: the template-placeholders finding.
    public static func refuses(_ finding: Finding) -> Bool { finding.plays(.templatePlaceholders) }

    /// The finding as an error that says the placeholders it lists were not filled.
    public static func refusal(_ finding: Finding) -> Finding {
        var refusal = finding
        refusal.severity = .error
        refusal.message = refusal.placeholdersMessage(ending: " not filled")
        refusal.fix =
            "give their values with --var NAME=VALUE, --var-file FILE or --vars-from-env, "
            + "or render the file first (ecslint render)"
        return refusal
    }
}
