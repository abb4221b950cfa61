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

Model mode (always on): from the same service model and the table in
`scripts/schema_models.py`, it also writes the model readers rules use,
`Sources/ECSLintKit/Model/<File>.generated.swift`: per model type its stored `@Field`
members (from the shape's members: string, integer, boolean, list, map and nested
structure types) and the `init(_ node:, at:)` that reads them through `ObjectReader`.
Effective values (defaults, launch types, helpers) stay hand-written in extensions
in the non-generated files beside them.

Usage:
  python3 scripts/generate_schema.py                 write the files
  python3 scripts/generate_schema.py --check         exit 1 when a committed file is stale, missing
                                                     or an orphan (a Model/*.generated.swift not generated)
  python3 scripts/generate_schema.py --stdout        print instead of writing
  ... --root DIR                                     write or check the files under DIR (default: the repository)
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
TARGET = os.path.join("Sources", "ECSLintKit", "Schema", "ECSAPIShapes.generated.swift")
MODEL_DIR = os.path.join("Sources", "ECSLintKit", "Model")
SCRIPT = "scripts/generate_schema.py"
TABLE = "scripts/schema_models.py"

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
    emit("")
    emit("    /// The shape with the given identity, built the first time it is asked")
    emit("    /// for (a file's check reads a few dozen of the shapes, not all of them).")
    emit("    static func shape(_ id: ECSAPIShapeID) -> SchemaShape {")
    emit("        switch id {")
    for shape in shapes:
        emit(f"        case .{ids[shape.name]}: shape{shape.name}")
    emit("        }")
    emit("    }")
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


# Model mode: the readers of Sources/ECSLintKit/Model/*.generated.swift.

# ObjectReader methods a table entry may name in `readers`, with the Swift type they read and the
# member shape they apply to.
READER_OVERRIDES = {
    "stringsKeepingIndexes": ("[String]?", ("list", "string")),
    "stringMapOrEmpty": ("[String: String]", ("map", "string")),
}


def model_type_names(model, table, aliases):
    """Botocore shape name -> Swift model type name, for every shape a model type reads."""
    names = {}
    for entry in table:
        if isinstance(entry.shape, str):
            names[entry.shape] = entry.name
    for alias, original in aliases.items():
        if original not in names:
            fail(f"alias {alias} names {original}, which is not in the model table")
        ours = [(n, member_signature(m)) for n, m in model.shape_for(original).members.items()]
        theirs = [(n, member_signature(m)) for n, m in model.shape_for(alias).members.items()]
        if ours != theirs:
            fail(f"alias {alias} has other members than {original}: {theirs} vs {ours}")
        names[alias] = names[original]
    return names


def member_signature(shape):
    """What a member reads as: its kind and the structures it holds (scalar shape names may differ)."""
    if shape.type_name == "list":
        return ("list", member_signature(shape.member))
    if shape.type_name == "map":
        return ("map", member_signature(shape.key), member_signature(shape.value))
    if shape.type_name == "structure":
        return ("structure", shape.name)
    return (shape.type_name,)


def united_members(model, entry):
    """The members of the entry's shape (or of its shapes, united in order), with the shapes that have each."""
    shapes = [entry.shape] if isinstance(entry.shape, str) else list(entry.shape)
    members, owners = {}, {}
    for shape_name in shapes:
        for name, member in model.shape_for(shape_name).members.items():
            conflict = name in members and member_signature(members[name]) != member_signature(member)
            if conflict and name not in entry.skip:
                fail(f"{entry.name}: member {name} is {members[name].name} in one shape and {member.name} in another")
            members.setdefault(name, member)
            owners.setdefault(name, []).append(shape_name)
    return shapes, members, owners


def member_reading(entry, owner, key, shape, names, reader="reader", override=None):
    """The Swift type of a member and the ObjectReader call that reads it."""
    kind = shape.type_name
    inner = shape.member.type_name if kind == "list" else (shape.value.type_name if kind == "map" else None)
    if override:
        if override not in READER_OVERRIDES:
            fail(f"{entry.name}: reader {override} of {key} is not one of {sorted(READER_OVERRIDES)}")
        swift_type, applies = READER_OVERRIDES[override]
        if (kind, inner) != applies:
            fail(f"{entry.name}: reader {override} does not apply to {key} ({kind}" + (f" of {inner})" if inner else ")"))
        return swift_type, f'{reader}.{override}("{key}")'

    def model_name(target):
        if target.name not in names:
            fail(f"{owner}.{key} is a {target.name}, which has no model type: add it to {TABLE} or skip {key}")
        return names[target.name]

    scalars = {"string": ("String?", "string"), "integer": ("Int?", "int"), "long": ("Int?", "int"),
               "boolean": ("Bool?", "bool")}
    if kind in scalars:
        swift_type, method = scalars[kind]
        return swift_type, f'{reader}.{method}("{key}")'
    if kind == "list" and inner == "string":
        return "[String]?", f'{reader}.strings("{key}")'
    if kind == "list" and inner in ("integer", "long"):
        return "[Int]?", f'{reader}.ints("{key}")'
    if kind == "list" and inner == "structure":
        element = model_name(shape.member)
        return f"[{element}]", f'{reader}.list("{key}", {element}.init)'
    if kind == "map" and shape.key.type_name == "string" and inner == "string":
        return "[String: String]?", f'{reader}.stringMap("{key}")'
    if kind == "structure":
        target = model_name(shape)
        return f"{target}?", f'{reader}.object("{key}", {target}.init)'
    fail(f"{owner}.{key} is a {kind}" + (f" of {inner}" if inner else "") + f"; ObjectReader has no reader for it: skip it in {TABLE}")


def doc_lines(text, indent):
    return [f"{indent}///" + (f" {line}" if line else "") for line in text.split("\n")]


def check_table_names(entry, members):
    for label, names in (("skip", entry.skip), ("rename", entry.rename), ("readers", entry.readers),
                         ("flatten", entry.flatten), ("docs", entry.docs)):
        unknown = [name for name in names if name not in members]
        if unknown:
            fail(f"{entry.name}: {label} names {unknown}, which are not members of {entry.shape}")


def render_model_type(model, entry, names):
    """One model type: its stored members and its reader."""
    shapes, members, owners = united_members(model, entry)
    check_table_names(entry, members)
    stored, reads = [], []
    for key, member in members.items():
        if key in entry.skip:
            continue
        if key in entry.flatten:
            if member.type_name != "structure":
                fail(f"{entry.name}: flatten names {key}, which is a {member.type_name}, not a structure")
            prefix = entry.flatten[key]
            reads.append(f'let {key} = reader.child("{key}")')
            for inner_key, inner in member.members.items():
                prop = prefix + inner_key[0].upper() + inner_key[1:] if prefix else inner_key
                swift_type, call = member_reading(entry, member.name, inner_key, inner, names, reader=key)
                summary = summarize(inner.documentation)
                stored.append((prop, swift_type, f"`{key}.{inner_key}`" + (f": {summary}" if summary else ".")))
                reads.append(f"_{prop} = {call}")
            continue
        prop = entry.rename.get(key, key)
        swift_type, call = member_reading(entry, entry.name, key, member, names, override=entry.readers.get(key))
        doc = entry.docs.get(key)
        if doc is None:
            summary = summarize(member.documentation) or f"`{key}`."
            doc = f"`{key}`: {summary}" if prop != key else summary
            if len(owners[key]) < len(shapes):
                doc += " Only in " + " and ".join(name.removesuffix("Request") for name in owners[key]) + "."
        stored.append((prop, swift_type, doc))
        reads.append(f"_{prop} = {call}")

    lines = doc_lines(entry.doc, "")
    if entry.is_class:
        lines.append(f"public final class {entry.name}: @unchecked Sendable {{")
    else:
        lines.append(f"public struct {entry.name}: Sendable {{")
    params = []
    if entry.leading:
        name, swift_type, doc = entry.leading
        lines += doc_lines(doc, "    ") + [f"    public let {name}: {swift_type}"]
        params.append(f"{name}: {swift_type}")
    if entry.keeps_node:
        lines += ["    /// The object node this was read from.", "    public let node: Node"]
    lines += ["    /// Where the object is in its document.", "    public let pointer: JSONPointer"]
    for prop, swift_type, doc in stored:
        lines += doc_lines(doc, "    ") + [f"    @Field public var {prop}: {swift_type}"]
    for derived in entry.derived:
        lines += doc_lines(derived.doc, "    ") + [f"    {derived.declaration}"]
    params.append("_ node: Node")
    params.append("at pointer: JSONPointer" + (f" = {entry.default_pointer}" if entry.default_pointer else ""))
    lines.append("")
    lines.append("    /// Reads the object at `pointer`: a member of the wrong type reads as `.wrongType`, with no value.")
    lines.append(f"    {'public ' if entry.public_init else ''}init({', '.join(params)}) {{")
    lines.append(f"        let reader = {entry.reader}")
    if entry.leading:
        lines.append(f"        self.{entry.leading[0]} = {entry.leading[0]}")
    if entry.keeps_node:
        lines.append("        self.node = node")
    lines.append("        self.pointer = pointer")
    lines += [f"        {read}" for read in reads]
    for derived in entry.derived:
        name = derived.declaration.split(":")[0].split()[-1]
        lines.append(f"        {name} = {derived.expression}")
    lines += ["    }", "}"]
    return "\n".join(lines)


def render_models(botocore_version, model, table, aliases):
    """Sources/ECSLintKit/Model/<File>.generated.swift for every file of the table: {relative path: text}."""
    names = model_type_names(model, table, aliases)
    files = {}
    for entry in table:
        files.setdefault(entry.file, []).append(entry)
    outputs = {}
    for file, entries in files.items():
        out = [
            "// swift-format-ignore-file",
            f"// Generated by {SCRIPT} from botocore {botocore_version} ({SERVICE} service model); do not edit.",
            f"// The shapes read, renamed and skipped are listed in {TABLE}; effective values",
            f"// (defaults, launch types, helpers) are hand-written in {file}.swift.",
            f"// Regenerate with `python3 {SCRIPT}`; CI runs `python3 {SCRIPT} --check`.",
        ]
        for entry in entries:
            out += ["", render_model_type(model, entry, names)]
        outputs[os.path.join(MODEL_DIR, f"{file}.generated.swift")] = "\n".join(out) + "\n"
    return outputs


def render_all(botocore_version, model, table, aliases):
    """Every generated file: {path relative to the repository: text}."""
    schema, count = render(botocore_version, model)
    outputs = {TARGET: schema}
    outputs.update(render_models(botocore_version, model, table, aliases))
    return outputs, count


def orphans(root, outputs):
    """Model/*.generated.swift files under `root` that the table no longer generates."""
    directory = os.path.join(root, MODEL_DIR)
    if not os.path.isdir(directory):
        return []
    found = [os.path.join(MODEL_DIR, name) for name in sorted(os.listdir(directory)) if name.endswith(".generated.swift")]
    return [path for path in found if path not in outputs]


def check(root, outputs):
    """0 when every generated file under `root` is as generated and none is an orphan; 1 otherwise."""
    stale = []
    for path, text in outputs.items():
        try:
            with open(os.path.join(root, path), encoding="utf-8") as handle:
                committed = handle.read()
        except FileNotFoundError:
            committed = None
        if committed == text:
            continue
        stale.append(path)
        if committed is None:
            sys.stderr.write(f"{path} is missing\n")
            continue
        diff = difflib.unified_diff(committed.splitlines(), text.splitlines(), "committed", "regenerated",
                                    lineterm="", n=1)
        sys.stderr.write("\n".join(list(diff)[:60]) + "\n")
    for path in orphans(root, outputs):
        stale.append(path)
        sys.stderr.write(f"{path} is generated by no entry of {TABLE}\n")
    if stale:
        sys.stderr.write(f"stale: {', '.join(stale)}; run python3 {SCRIPT}\n")
        return 1
    return 0


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a committed file differs")
    parser.add_argument("--stdout", action="store_true", help="print the generated Swift")
    parser.add_argument("--allow-version-mismatch", action="store_true",
                        help=f"run with a botocore other than {PINNED_BOTOCORE}")
    parser.add_argument("--root", default=REPO, help="the tree whose generated files to write or check")
    args = parser.parse_args(argv)

    try:
        import botocore
        import botocore.session
    except ImportError:
        fail("botocore is not installed (pip install botocore==" + PINNED_BOTOCORE + ")")
    if botocore.__version__ != PINNED_BOTOCORE and not args.allow_version_mismatch:
        fail(f"botocore {botocore.__version__} is installed but the table is pinned to {PINNED_BOTOCORE}; "
             "install the pinned version, or pass --allow-version-mismatch and update PINNED_BOTOCORE")

    import schema_models

    model = botocore.session.get_session().get_service_model(SERVICE)
    outputs, count = render_all(botocore.__version__, model, schema_models.MODELS, schema_models.ALIASES)
    models = len(schema_models.MODELS)

    if args.stdout:
        for path, text in outputs.items():
            sys.stdout.write(f"// ==> {path} <==\n{text}")
        return 0
    if args.check:
        status = check(args.root, outputs)
        if status == 0:
            print(f"{len(outputs)} generated files are up to date ({count} shapes, {models} model types)")
        return status
    for path in orphans(args.root, outputs):
        os.remove(os.path.join(args.root, path))
        print(f"removed {path}")
    for path, text in outputs.items():
        target = os.path.join(args.root, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(text)
    print(f"wrote {len(outputs)} files ({count} shapes, {models} model types)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
