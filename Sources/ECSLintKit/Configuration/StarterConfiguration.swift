/// The commented `.ecslint.yml` that `ecslint init` writes.
public enum StarterConfiguration {
    /// The file's content; every setting is commented out, so it changes nothing until edited.
    public static let text = """
        # ecslint configuration. ecslint uses the nearest .ecslint.yml (or .ecslint.yaml) in the
        # folder of a linted file or above it (or the file given with --config).

        # Lowest severity that fails the run (exit status 1): error, warning, info or never.
        # The --fail-on option overrides it.
        # fail-on: error

        # Lowest severity reported: info, warning or error (--min-severity overrides it).
        # min-severity: info

        # Rule selection: default, or strict for every rule, the opt-in ones included (--strict).
        # preset: default

        # What reads these files: aws-cli (register-task-definition --cli-input-json; nulls and
        # read-only describe fields are errors) or deploy-action (the "Deploy to Amazon ECS"
        # GitHub action strips them: warnings). The --consumer option overrides it.
        # consumer: aws-cli

        # Launch type assumed when a task definition has no requiresCompatibilities:
        # EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES. The --launch-type option overrides it.
        # launch-type: FARGATE

        # Rules by code or name (see `ecslint rules`): off, on, a severity (error, warning,
        # info), or a mapping with enabled, severity and options.
        rules:
          # image-latest-tag: off
          # ECS250: info
          # image-registry-not-allowed:
          #   options:
          #     allowed-registries: ["*.dkr.ecr.*.amazonaws.com", "public.ecr.aws"]
          # required-tags:
          #   options:
          #     required-tags: [team, cost-center]

        # Findings to ignore in some files; paths are globs relative to this file's folder
        # (* within a folder, ** across folders). Without rules, every rule is ignored there.
        ignore:
          # - paths: ["legacy/**"]
          #   rules: [ECS250]
          # JSON files cannot hold comments: silence one place by its JSON Pointer.
          # - paths: ["deploy/web.json"]
          #   rules: [image-latest-tag]
          #   pointers: ["/containerDefinitions/0/image"]

        """
}
