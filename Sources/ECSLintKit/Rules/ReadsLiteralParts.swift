/// A rule that reads values through the placeholder model (`Placeholder`,
/// `ImageReference`, `ARN`) and reports only what their literal parts show:
/// the registry host of `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/app`, the
/// tag of `${REPO}:latest`, the partition and service of
/// `arn:aws:iam::${ACCOUNT}:role/app`.
///
/// The engine drops other rules' findings on a value holding a placeholder
/// (it is unknown, and ECS014 lists it); it keeps the findings of these rules.
protocol ReadsLiteralParts {}

extension Rule where Self: ReadsLiteralParts {
    /// True: the engine keeps this rule's findings on templated values.
    static var readsLiteralParts: Bool { true }
}
