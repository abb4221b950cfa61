/// The rule catalog as JSON (`ecslint rules --format json`).
public enum RuleCatalogJSON {
    /// Renders every descriptor without its examples.
    public static func render(_ rules: [RuleDescriptor]) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("version", 1)
        json.key("rules")
        json.beginArray()
        for rule in rules {
            json.beginObject()
            json.field("code", rule.code)
            json.field("name", rule.slug)
            json.field("title", rule.title)
            json.field("severity", rule.severity.rawValue)
            json.field("stage", rule.stage.rawValue)
            json.key("enabledByDefault")
            json.bool(rule.isEnabledByDefault)
            json.field("summary", rule.summary)
            json.field("fix", rule.fix)
            json.key("awsErrors")
            json.beginArray()
            for error in rule.awsErrors { json.string(error) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.output + "\n"
    }
}
