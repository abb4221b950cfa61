#!/usr/bin/env python3
"""Generate the ECS API shape table used by ecslint's schema check.

Reads the `ecs` service model that botocore ships, walks every shape reachable
from the input shapes of `RegisterTaskDefinition`, `CreateService`,
`UpdateService` and `RunTask` (in that order, so the shapes of the task
definition keep their identities), and writes
`Sources/ECSLintKit/Schema/ECSAPIShapes.generated.swift`: one `static let` per
shape (kind, members in model order with their target shape and whether they
are required, list member, map key and value, enum values, min/max, pattern,
and a one-line summary of each member's documentation), plus the read-only
members of the `TaskDefinition` output shape that are not register inputs.

Usage:
  python3 scripts/generate_schema.py                 write the file
  python3 scripts/generate_schema.py --check         exit 1 when the committed file is stale
  python3 scripts/generate_schema.py --stdout        print instead of writing
  ... --allow-version-mismatch                       accept a botocore other than PINNED_BOTOCORE

Exit status: 0 ok, 1 stale (with --check), 2 usage error or botocore version mismatch.
"""

import argparse
import difflib
import html
import os
import re
import sys

PINNED_BOTOCORE = "1.43.11"
SERVICE = "ecs"
OPERATION = "RegisterTaskDefinition"
# The other requests ecslint checks: the service and task documents of `--cli-input-json`.
OTHER_OPERATIONS = ["CreateService", "UpdateService", "RunTask"]
OUTPUT_SHAPE = "TaskDefinition"
SUMMARY_LIMIT = 200

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(REPO, "Sources", "ECSLintKit", "Schema", "ECSAPIShapes.generated.swift")
SCRIPT = "scripts/generate_schema.py"

KINDS = {"structure", "list", "map", "string", "integer", "long", "boolean", "double", "float", "timestamp"}

SWIFT_KEYWORDS = {
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
    "inout", "internal", "let", "open", "operator", "private", "protocol", "public", "rethrows", "static",
    "struct", "subscript", "typealias", "var", "break", "case", "continue", "default", "defer", "do",
    "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while",
    "as", "catch", "false", "is", "nil", "self", "super", "throw", "throws", "true", "try", "any", "some",
}


def fail(message):
    sys.stderr.write(f"generate_schema.py: {message}\n")
    sys.exit(2)


def summarize(doc):
    """First sentence of an HTML docstring as plain text, at most SUMMARY_LIMIT characters."""
    if not doc:
        return ""
    text = re.sub(r"<[^>]+>", " ", doc)
    text = html.unescape(text)
    text = re.sub(r"\s+", " ", text).strip()
    match = re.search(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)\.(\s|$)", text)
    if match:
        text = text[: match.start() + 1]
    text = re.sub(r"\s+([.,;:)])", r"\1", text).replace("( ", "(")
    if len(text) > SUMMARY_LIMIT:
        cut = text[: SUMMARY_LIMIT - 1]
        space = cut.rfind(" ")
        if space > SUMMARY_LIMIT // 2:
            cut = cut[:space]
        text = cut.rstrip(" ,;:") + "…"
    return text


def case_name(shape_name):
    """Swift case name for a shape: lowerCamelCase, acronyms lowered (EFSVolume -> efsVolume)."""
    if shape_name.startswith("FSx"):
        name = "fsx" + shape_name[3:]
    else:
        run = 0
        while run < len(shape_name) and shape_name[run].isupper():
            run += 1
        if run == 0:
            name = shape_name
        elif run == 1 or run == len(shape_name):
            name = shape_name[:run].lower() + shape_name[run:]
        else:
            name = shape_name[: run - 1].lower() + shape_name[run - 1 :]
    name = re.sub(r"[^A-Za-z0-9_]", "", name)
    return f"`{name}`" if name in SWIFT_KEYWORDS else name


def swift_string(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ").replace("\r", " ")
    escaped = escaped.replace("\t", " ")
    return f'"{escaped}"'


def swift_bound(shape, key):
    value = shape.metadata.get(key)
    if value is None:
        return "nil"
    if isinstance(value, float):
        if not value.is_integer():
            fail(f"shape {shape.name} has a non-integral {key} {value}; extend SchemaShape to hold it")
        value = int(value)
    return str(int(value))


def reachable_shapes(model):
    """Every shape reachable from the operations' inputs, in depth-first model order."""
    root = model.operation_model(OPERATION).input_shape
    others = [model.operation_model(name).input_shape for name in OTHER_OPERATIONS]
    order = []
    seen = {}

    def visit(shape):
        if shape.name in seen:
            return
        if shape.type_name not in KINDS:
            fail(f"shape {shape.name} has kind {shape.type_name}, which the Swift table does not support")
        seen[shape.name] = shape
        order.append(shape)
        if shape.type_name == "structure":
            for member in shape.members.values():
                visit(member)
        elif shape.type_name == "list":
            visit(shape.member)
        elif shape.type_name == "map":
            visit(shape.key)
            visit(shape.value)

    visit(root)
    for other in others:
        visit(other)
    return root, others, order


def read_only_members(model, root):
    output = model.shape_for(OUTPUT_SHAPE)
    return [name for name in output.members if name not in root.members]


def render(botocore_version, model):
    root, others, shapes = reachable_shapes(model)
    ids = {}
    for shape in shapes:
        ident = case_name(shape.name)
        if ident in ids.values():
            fail(f"two shapes map to the Swift name {ident}")
        ids[shape.name] = ident
    api_version = model.metadata.get("apiVersion", "")
    read_only = read_only_members(model, root)
    structures = sum(1 for s in shapes if s.type_name == "structure")
    members = sum(len(s.members) for s in shapes if s.type_name == "structure")

    out = []
    emit = out.append
    emit("// swift-format-ignore-file")
    emit("// GENERATED FILE. DO NOT EDIT.")
    emit(f"// Generated by {SCRIPT} from botocore {botocore_version}")
    operations = ", ".join([OPERATION] + OTHER_OPERATIONS)
    emit(f"// ({SERVICE} service model, API version {api_version}, input shapes of {operations}).")
    emit(f"// Regenerate with `python3 {SCRIPT}`; CI runs `python3 {SCRIPT} --check`.")
    emit(f"// {len(shapes)} shapes, {structures} structures, {members} structure members.")
    emit("")
    emit("/// The identity of every ECS API shape reachable from the inputs of RegisterTaskDefinition,")
    emit("/// CreateService, UpdateService and RunTask.")
    emit("enum ECSAPIShapeID: Int, Sendable, CaseIterable {")
    for index, shape in enumerate(shapes):
        emit(f"    /// `{shape.name}` ({shape.type_name}).")
        emit(f"    case {ids[shape.name]} = {index}")
    emit("}")
    emit("")
    emit("/// The ECS API shapes of the requests ecslint checks, generated from botocore's service model.")
    emit("enum ECSAPIShapes {")
    emit("    /// The botocore version the table was generated from.")
    emit(f"    static let botocoreVersion: String = {swift_string(botocore_version)}")
    emit("    /// The ECS API version of the service model.")
    emit(f"    static let apiVersion: String = {swift_string(api_version)}")
    emit("    /// The shape of a whole task definition document (the request).")
    emit(f"    static let root: ECSAPIShapeID = .{ids[root.name]}")
    for name, shape in zip(OTHER_OPERATIONS, others):
        emit(f"    /// The shape of a `{name}` request document.")
        emit(f"    static let {case_name(name)}Request: ECSAPIShapeID = .{ids[shape.name]}")
    emit("")
    emit(f"    /// Members of the `{OUTPUT_SHAPE}` output shape that are not {OPERATION} inputs:")
    emit("    /// what `describe-task-definition` adds and the register call rejects.")
    emit("    static let readOnlyTaskDefinitionMembers: [String] = [")
    for name in read_only:
        emit(f"        {swift_string(name)},")
    emit("    ]")
    emit("")
    emit("    /// Every shape, indexed by `ECSAPIShapeID.rawValue`.")
    emit("    static let shapes: [SchemaShape] = [")
    for shape in shapes:
        emit(f"        shape{shape.name},")
    emit("    ]")
    for shape in shapes:
        emit("")
        emit(render_shape(shape, ids))
    emit("}")
    return "\n".join(out) + "\n", len(shapes)


def render_shape(shape, ids):
    kind = shape.type_name
    lines = [f"    private static let shape{shape.name}: SchemaShape = SchemaShape("]
    lines.append(f"        id: .{ids[shape.name]}, name: {swift_string(shape.name)}, kind: .{kind},")
    if kind == "structure":
        required = set(shape.required_members)
        if shape.members:
            lines.append("        members: [")
            for name, member in shape.members.items():
                lines.append(
                    f"            SchemaMember(name: {swift_string(name)}, target: .{ids[member.name]}, "
                    f"isRequired: {'true' if name in required else 'false'},"
                )
                lines.append(f"                summary: {swift_string(summarize(member.documentation))}),")
            lines.append("        ],")
        unknown_required = required - set(shape.members)
        if unknown_required:
            fail(f"shape {shape.name} requires unknown members {sorted(unknown_required)}")
    if kind == "list":
        lines.append(f"        listMember: .{ids[shape.member.name]},")
    if kind == "map":
        lines.append(f"        mapKey: .{ids[shape.key.name]}, mapValue: .{ids[shape.value.name]},")
    enum = shape.metadata.get("enum") or []
    if enum:
        lines.append("        enumValues: [" + ", ".join(swift_string(v) for v in enum) + "],")
    if "min" in shape.metadata or "max" in shape.metadata:
        lines.append(f"        min: {swift_bound(shape, 'min')}, max: {swift_bound(shape, 'max')},")
    pattern = shape.metadata.get("pattern")
    if pattern:
        lines.append(f"        pattern: {swift_string(pattern)},")
    lines[-1] = lines[-1].rstrip(",")
    lines.append("    )")
    return "\n".join(lines)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed file differs")
    parser.add_argument("--stdout", action="store_true", help="print the generated Swift")
    parser.add_argument("--allow-version-mismatch", action="store_true",
                        help=f"run with a botocore other than {PINNED_BOTOCORE}")
    parser.add_argument("--output", default=TARGET, help="the Swift file to write or check")
    args = parser.parse_args(argv)

    try:
        import botocore
        import botocore.session
    except ImportError:
        fail("botocore is not installed (pip install botocore==" + PINNED_BOTOCORE + ")")
    if botocore.__version__ != PINNED_BOTOCORE and not args.allow_version_mismatch:
        fail(f"botocore {botocore.__version__} is installed but the table is pinned to {PINNED_BOTOCORE}; "
             "install the pinned version, or pass --allow-version-mismatch and update PINNED_BOTOCORE")

    model = botocore.session.get_session().get_service_model(SERVICE)
    text, count = render(botocore.__version__, model)

    if args.stdout:
        sys.stdout.write(text)
        return 0
    if args.check:
        try:
            with open(args.output, encoding="utf-8") as handle:
                committed = handle.read()
        except FileNotFoundError:
            committed = ""
        if committed == text:
            print(f"{os.path.relpath(args.output, REPO)} is up to date ({count} shapes)")
            return 0
        diff = difflib.unified_diff(committed.splitlines(), text.splitlines(),
                                    "committed", "regenerated", lineterm="", n=1)
        sys.stderr.write("\n".join(list(diff)[:60]) + "\n")
        sys.stderr.write(f"{os.path.relpath(args.output, REPO)} is stale; run python3 {SCRIPT}\n")
        return 1
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"wrote {os.path.relpath(args.output, REPO)} ({count} shapes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
