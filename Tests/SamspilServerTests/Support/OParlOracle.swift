import Foundation
import Testing

/// The official OParl 1.1 schema files (`OParlSchema/`, see its NOTICE.md) read by the PyPI validator
/// `jsonschema` in a python3 subprocess: every object Samspil's OParl API serves must validate against them.
/// The rules the files cannot express (listed in that NOTICE.md) the tests assert themselves. Without the
/// packages the tests that need them are skipped unless SAMSPIL_TEST_REQUIRE_BROWSER=1 (set by `scripts/test`,
/// like for the browser tests) makes a missing package a failure.
enum OParlOracle {
    static var isRequired: Bool { ProcessInfo.processInfo.environment[BrowserEnvironment.requireKey] == "1" }

    /// rfc3339_validator too: without it jsonschema skips the "date-time" format without a word.
    static let isInstalled: Bool = (try? run(["-c", "import jsonschema, referencing, rfc3339_validator"]).status) == 0

    static var shouldRun: Bool { isRequired || isInstalled }

    static var skipReason: Comment {
        Comment(rawValue: "python3 with the PyPI packages jsonschema, referencing and rfc3339-validator is not installed "
            + "(pip install jsonschema referencing rfc3339-validator); skipped. "
            + "Set \(BrowserEnvironment.requireKey)=1 to make this a failure.")
    }

    /// The copied schema files, a resource of the test bundle.
    static var schemaDirectory: URL {
        // Should the resource be missing, this path does not exist either and the script fails saying so,
        // which reads better than a crash.
        Bundle.module.url(forResource: "OParlSchema", withExtension: nil)
            ?? Bundle.module.bundleURL.appendingPathComponent("OParlSchema", isDirectory: true)
    }

    private static let script = #"""
    import glob, json, os, sys
    import rfc3339_validator  # without it jsonschema skips "date-time" silently; fail loudly instead
    from jsonschema import Draft7Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT7

    schema_dir, objects_file = sys.argv[1], sys.argv[2]

    def with_refs(node):
        # The OParl files mark an embedded object with a non-standard "schema": "X.json" beside
        # "type": "object". As a "$ref" the validator follows it into X.json, whose own "type" then applies.
        if isinstance(node, list):
            return [with_refs(item) for item in node]
        if not isinstance(node, dict):
            return node
        node = {key: with_refs(value) for key, value in node.items()}
        target = node.get("schema")
        if node.get("type") == "object" and isinstance(target, str) and target.endswith(".json"):
            node = {key: value for key, value in node.items() if key not in ("schema", "type")}
            node["$ref"] = target
        return node

    schemas = {}
    for path in sorted(glob.glob(os.path.join(schema_dir, "*.json"))):
        with open(path, encoding="utf-8") as file:
            schemas[os.path.basename(path)] = with_refs(json.load(file))
    if not schemas:
        sys.exit(f"no *.json schema files in {schema_dir}")
    for schema in schemas.values():
        Draft7Validator.check_schema(schema)  # a damaged copy should fail here, not pass everything
    # The files carry no "$id" and no "$schema", and a "$ref" names a file: register each under its name, as draft 7.
    registry = Registry().with_resources(
        (name, Resource.from_contents(schema, default_specification=DRAFT7)) for name, schema in schemas.items())

    with open(objects_file, encoding="utf-8") as file:
        objects = json.load(file)
    errors = []
    for thing in objects:
        if not isinstance(thing, dict):
            errors.append(f"?: $: not a JSON object: {json.dumps(thing)}")
            continue
        ident, kind = thing.get("id", "?"), thing.get("type")
        name = (kind.rsplit("/", 1)[-1] if isinstance(kind, str) else "") + ".json"
        if name not in schemas:
            errors.append(f"{ident}: $.type: unknown OParl type {json.dumps(kind)}")
            continue
        validator = Draft7Validator(schemas[name], registry=registry, format_checker=Draft7Validator.FORMAT_CHECKER)
        for error in sorted(validator.iter_errors(thing), key=lambda error: error.json_path):
            errors.append(f"{ident}: {error.json_path}: {error.message}")
    print(json.dumps(errors, ensure_ascii=False))
    """#

    /// Every schema error in `objects`, each the JSON of one top-level OParl object (embedded objects are
    /// checked through their parent), as "<object id>: <JSON path>: <message>"; empty when all validate.
    /// Throws with python's own message when the script fails: a missing package, JSON that does not parse,
    /// no schema files in `schemaDirectory`.
    static func errors(in objects: [Data], schemaDirectory: URL) throws -> [String] {
        // Joined as they are rather than decoded and encoded again, so that python reads the very bytes the
        // API served.
        let array = Data("[".utf8) + Data(objects.joined(separator: Data(",".utf8))) + Data("]".utf8)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("samspil-oparl-\(UUID().uuidString).json")
        try array.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(["-c", script, schemaDirectory.path, file.path])
        guard result.status == 0 else {
            throw OracleError(description: "the OParl schema check failed: \(result.errors)")
        }
        return try JSONDecoder().decode([String].self, from: result.output)
    }

    typealias OracleError = Python.Failure

    private static func run(_ arguments: [String]) throws -> Python.Result { try Python.run(arguments) }
}
