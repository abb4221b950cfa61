/// ECR image URIs have a fixed shape; a wrong account length, a made-up
/// region, a `.com` host for a China region or an ECR Public URI without its
/// alias registers fine and then fails every pull.
struct InvalidECRImageURI: Rule, ReadsLiteralParts {
    static let descriptor = RuleDescriptor(
        code: "ECS707", slug: "invalid-ecr-image-uri", title: "Malformed ECR image URI",
        severity: .error, stage: .launch,
        summary:
            "ECR images must be <12-digit account>.dkr.ecr.<region>.<partition domain>/<repository> or public.ecr.aws/<alias>/<repository>.",
        rationale: """
            A private ECR registry host is the 12-digit registry ID, `dkr.ecr` (or `dkr.ecr-fips`), \
            a Region, and the domain of that Region's partition: `amazonaws.com`, `amazonaws.com.cn` \
            for `cn-*` Regions, and the ISO and European Sovereign Cloud domains. Repository names \
            are 2–256 characters. ECR Public images are `public.ecr.aws/<registry alias>/<repository>` \
            (`gallery.ecr.aws` is the website, not the registry). Anything else cannot be resolved \
            and the task stops with CannotPullContainerError. Placeholder accounts are reported by \
            placeholder-account-id instead.
            """,
        fix: "Copy the repository URI from the ECR console (Repositories → URI) or `aws ecr describe-repositories`.",
        references: [
            "https://docs.aws.amazon.com/AmazonECR/latest/userguide/Registries.html",
            "https://docs.aws.amazon.com/AmazonECR/latest/public/public-registries.html",
        ],
        examples: [
            .bad(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": ↓"21098765432.dkr.ecr.us-east-1.amazonaws.com/app:1.0", "memory": 512},
                    {"name": "cn", "image": ↓"210987654321.dkr.ecr.cn-north-1.amazonaws.com/app:1.0", "memory": 512},
                    {"name": "proxy", "image": ↓"public.ecr.aws/nginx:1.27", "memory": 128}
                  ]
                }
                """,
                expect: [
                    "the image '21098765432.dkr.ecr.us-east-1.amazonaws.com/app:1.0' of container 'app': registry host '21098765432.dkr.ecr.us-east-1.amazonaws.com' has account '21098765432'; an ECR registry ID is 12 digits; the pull fails with CannotPullContainerError",
                    "the image '210987654321.dkr.ecr.cn-north-1.amazonaws.com/app:1.0' of container 'cn': registry host '210987654321.dkr.ecr.cn-north-1.amazonaws.com' ends in 'amazonaws.com', but ECR hosts in cn-north-1 (partition aws-cn) end in 'amazonaws.com.cn'; the pull fails with CannotPullContainerError",
                    "the image 'public.ecr.aws/nginx:1.27' of container 'proxy': an ECR Public image needs a registry alias and a repository, public.ecr.aws/<alias>/<repository> (for example public.ecr.aws/nginx/nginx); the pull fails with CannotPullContainerError",
                ]),
            .good(
                """
                {
                  "family": "web",
                  "executionRoleArn": "arn:aws-us-gov:iam::210987654321:role/ecsTaskExecutionRole",
                  "containerDefinitions": [
                    {"name": "app", "image": "210987654321.dkr.ecr-fips.us-gov-west-1.amazonaws.com/team/app:1.0", "memory": 512},
                    {"name": "proxy", "image": "public.ecr.aws/nginx/nginx:1.27", "memory": 128}
                  ]
                }
                """),
        ]
    )

    func check(_ task: TaskDefinition, in context: RuleContext) -> [Violation] {
        task.containers.compactMap { container -> Violation? in
            guard let image = container.image, let reference = container.imageReference else { return nil }
            guard reference.passesECSChecks, !reference.isDigestOnly, let problem = Self.problem(reference) else {
                return nil
            }
            return .invalidECRImage(image, problem: problem, of: container)
        }
    }

    static func problem(_ reference: ImageReference) -> String? {
        guard let host = reference.host else { return nil }
        if host == "gallery.ecr.aws" {
            return
                "gallery.ecr.aws is the ECR Public Gallery website; images are pulled from public.ecr.aws/<alias>/<repository>"
        }
        let path = reference.path.lowercased()
        switch reference.registry {
        case .ecrPrivate:
            if let problem = reference.ecrHost?.problem() { return problem }
            if !reference.isTemplated(reference.path), path.utf8.count < 2 || path.utf8.count > 256 {
                return "ECR repository name '\(reference.path)' must be 2 to 256 characters"
            }
        case .ecrPublic:
            guard !reference.isTemplated(reference.path) else { return nil }
            let components = path.split(separator: "/", omittingEmptySubsequences: false)
            guard components.count >= 2 else {
                return
                    "an ECR Public image needs a registry alias and a repository, public.ecr.aws/<alias>/<repository> (for example public.ecr.aws/nginx/nginx)"
            }
            let alias = components[0]
            let repository = components.dropFirst().joined(separator: "/")
            let aliasValid =
                (2...50).contains(alias.utf8.count) && alias.utf8.first.map(ASCIIClass.isLower) == true
            if !aliasValid {
                return
                    "ECR Public registry alias '\(alias)' must be 2 to 50 characters starting with a lower-case letter"
            }
            if !(2...205).contains(repository.utf8.count) {
                return "ECR Public repository name '\(repository)' must be 2 to 205 characters"
            }
        case .dockerHub, .other, .templated:
            return nil
        }
        return nil
    }
}

extension Violation {
    /// ECS707: an ECR image URI that ECR cannot serve (`problem` says why).
    fileprivate static func invalidECRImage(_ image: String, problem: String, of container: ContainerDefinition)
        -> Violation
    {
        Violation(
            "the image '\(image)' of container \(container.displayName): \(problem); the pull fails with CannotPullContainerError",
            at: container.pointer / "image")
    }
}
