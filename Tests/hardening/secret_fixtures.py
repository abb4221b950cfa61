"""Task definition files holding secrets of every kind ecslint must mask."""
import json

# name -> (value, the part that must never be printed in full)
SECRETS = {
    "DB_PASSWORD": ("hunter2-prod-2024", "hunter2-prod-2024"),
    "AWS_ACCESS_KEY_ID": ("AKIAZ7EXAMPLE4QWERTY", "AKIAZ7EXAMPLE4QWERTY"),
    "AWS_SECRET_ACCESS_KEY": ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    "NEUTRAL_ONE": ("ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"),
    "NEUTRAL_TWO": ("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTU",
                    "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTU"),
    "BOT": ("xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "AbCdEfGhIjKlMnOpQrStUvWx"),
    "USER_BOT": ("xoxp-123456789012-123456789012-123456789012-0123456789abcdef0123456789abcdef",
                 "0123456789abcdef0123456789abcdef"),
    "HOOK": ("https://hooks.slack.com/services/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",
             "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2"),
    "SESSION": ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
                "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"),
    "TLS_KEY_PEM": ("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7bq98PEMBODYfakefakefake0123456789\n-----END RSA PRIVATE KEY-----",
                    "MIIEpAIBAAKCAQEA7bq98PEMBODYfakefakefake0123456789"),
    "DATABASE_URL": ("postgres://app:Sup3rS3cretPw@db.internal:5432/app", "Sup3rS3cretPw"),
    "API_TOKEN": ("pa$$w0rd-Xy9-templ", "pa$$w0rd-Xy9-templ"),
    "PAYMENTS": ("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    "CLIENT_SECRET": ("Zq8vN3kP1xR7tY2wQe5s", "Zq8vN3kP1xR7tY2wQe5s"),
}
COMMAND_SECRET = "cmdline-s3cret-99"
NOT_SECRET = ("PASSWORD_HASH_ALGO", "argon2id")


def secret_parts():
    return [part for _, part in SECRETS.values()] + [COMMAND_SECRET]


def task(with_errors=True):
    environment = [{"name": name, "value": value} for name, (value, _) in SECRETS.items()]
    environment.append({"name": NOT_SECRET[0], "value": NOT_SECRET[1]})
    container = {"name": "app", "image": "public.ecr.aws/nginx/nginx:1.27", "memory": 512, "essential": True,
                 "command": ["sh", "-c", f"DB_PASS={COMMAND_SECRET} ./run"], "environment": environment}
    if with_errors:
        container["portMappings"] = [{"containerPort": 80, "hostPort": 8080}]
    return {"family": "web", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
            "cpu": "256", "memory": "512", "containerDefinitions": [container]}


def json_text(with_errors=True):
    return json.dumps(task(with_errors), indent=2)


def yaml_text():
    lines = ["family: web", "networkMode: awsvpc", "requiresCompatibilities: [FARGATE]", "cpu: '256'",
             "memory: '512'", "containerDefinitions:", "  - name: app", "    image: public.ecr.aws/nginx/nginx:1.27",
             "    memory: 512", "    portMappings:", "      - containerPort: 80", "        hostPort: 8080",
             f"    command: [sh, -c, 'DB_PASS={COMMAND_SECRET} ./run']", "    environment:"]
    for name, (value, _) in SECRETS.items():
        lines.append(f"      - name: {name}")
        if "\n" in value:
            lines.append("        value: |")
            lines += ["          " + line for line in value.split("\n")]
        else:
            lines.append(f"        value: {json.dumps(value)}")
    lines += [f"      - name: {NOT_SECRET[0]}", f"        value: {NOT_SECRET[1]}"]
    return "\n".join(lines) + "\n"


def broken_variants():
    """Invalid files whose syntax error sits on or near a secret (read leniently)."""
    text = json_text()
    single = text.replace('"hunter2-prod-2024"', "'hunter2-prod-2024'")
    unquoted = text.replace('"Zq8vN3kP1xR7tY2wQe5s"', "Zq8vN3kP1xR7tY2wQe5s")
    # a missing comma right after the GitHub token: the error's code frame shows its line
    missing_comma = text.replace('"ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"\n',
                                 '"ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789" "x"\n')
    cut = text[: text.index("sk_live_4eC39HqLyjWDarjtT1zdp7dc") + 40]
    yaml_bad = yaml_text().replace("value: \"Zq8vN3kP1xR7tY2wQe5s\"", "value: \"Zq8vN3kP1xR7tY2wQe5s\" : bad")
    return {"single-quoted.json": single, "unquoted.json": unquoted, "missing-comma.json": missing_comma,
            "cut.json": cut, "bad.yaml": yaml_bad}
