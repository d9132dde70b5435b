using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using WitSharp.Tooling.Reporting;

namespace WitSharp.Tooling.Config
{
    /// <summary>
    /// Finds and reads <c>.witlint.json</c>:
    /// <code>
    /// { "rules": { "WITL001": "off", "WITL008": { "severity": "error", "max-functions": 40 } } }
    /// </code>
    /// A rule's value is a severity (<c>off|note|warning|error</c>) or an object with an optional <c>severity</c>
    /// and integer options. Comments and trailing commas are allowed. Anything else (an unknown top-level key, rule or
    /// option) is an error, as a wrong value is: a misspelt key would otherwise be ignored without a word.
    /// </summary>
    public static class LintConfigLoader
    {
        /// <summary>The configuration file name searched for.</summary>
        public const string FileName = ".witlint.json";

        /// <summary>
        /// The nearest <see cref="FileName"/> in the folder of <paramref name="inputPath"/> (the folder itself for a
        /// directory) or any folder above it; null when there is none.
        /// </summary>
        public static string? Find(string inputPath)
        {
            string full = System.IO.Path.GetFullPath(inputPath);
            string? folder = Directory.Exists(full) ? full : System.IO.Path.GetDirectoryName(full);
            while (folder is not null)
            {
                string candidate = System.IO.Path.Combine(folder, FileName);
                if (File.Exists(candidate)) return candidate;
                folder = System.IO.Path.GetDirectoryName(folder);
            }
            return null;
        }

        /// <summary>
        /// Reads a configuration file; the error message (with the path) when it is not valid. With
        /// <paramref name="knownOptions"/> (rule id to option names), an option a rule does not read is an error too.
        /// </summary>
        public static (LintConfig? Config, string? Error) Load(string path, ICollection<string> knownRuleIds,
            IReadOnlyDictionary<string, IReadOnlyList<string>>? knownOptions = null)
        {
            string text;
            try { text = File.ReadAllText(path); }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException) { return (null, $"{path}: {e.Message}"); }
            var (config, error) = Parse(text, path, knownRuleIds, knownOptions);
            return (config, error is null ? null : $"{path}: {error}");
        }

        /// <summary>Parses configuration text; the error message when it is not valid (see <see cref="Load"/>).</summary>
        public static (LintConfig? Config, string? Error) Parse(string text, string? path, ICollection<string> knownRuleIds,
            IReadOnlyDictionary<string, IReadOnlyList<string>>? knownOptions = null)
        {
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            }
            catch (JsonException e) { return (null, "not valid JSON: " + e.Message); }
            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object) return (null, "the configuration must be a JSON object");
                foreach (var key in doc.RootElement.EnumerateObject())
                {
                    if (key.Name != "rules") return (null, $"unknown key '{key.Name}' (the only key is \"rules\")");
                }
                var rules = new Dictionary<string, RuleSetting>(LintConfig.IdComparer);
                if (doc.RootElement.TryGetProperty("rules", out var rulesElement))
                {
                    if (rulesElement.ValueKind != JsonValueKind.Object) return (null, "\"rules\" must be an object keyed by rule id");
                    foreach (var property in rulesElement.EnumerateObject())
                    {
                        if (!knownRuleIds.Contains(property.Name)) return (null, $"unknown rule '{property.Name}'");
                        IReadOnlyList<string>? options = null;
                        knownOptions?.TryGetValue(property.Name, out options);
                        var (setting, error) = ParseSetting(property.Value, knownOptions is null ? null : options ?? Array.Empty<string>());
                        if (error is not null) return (null, $"rule {property.Name}: {error}");
                        rules[property.Name] = setting!;
                    }
                }
                return (new LintConfig(rules, path), null);
            }
        }

        private static (RuleSetting? Setting, string? Error) ParseSetting(JsonElement value, IReadOnlyList<string>? knownOptions)
        {
            var options = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            if (value.ValueKind == JsonValueKind.String) return ParseSeverity(value.GetString()!, options);
            if (value.ValueKind != JsonValueKind.Object) return (null, "expected a severity string or an object");
            RuleSetting setting = new RuleSetting(false, null, options);
            foreach (var property in value.EnumerateObject())
            {
                if (property.Name == "severity")
                {
                    if (property.Value.ValueKind != JsonValueKind.String) return (null, "\"severity\" must be off, note, warning or error");
                    var (parsed, error) = ParseSeverity(property.Value.GetString()!, options);
                    if (error is not null) return (null, error);
                    setting = parsed!;
                }
                else if (knownOptions is not null && !knownOptions.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                {
                    return (null, knownOptions.Count == 0
                        ? $"unknown option '{property.Name}' (the rule has none; only \"severity\")"
                        : $"unknown option '{property.Name}' (the rule's options: {string.Join(", ", knownOptions)}, and \"severity\")");
                }
                else if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out int number) && number >= 0)
                {
                    options[property.Name] = number;
                }
                else
                {
                    return (null, $"option '{property.Name}' must be a non-negative integer");
                }
            }
            return (setting, null);
        }

        private static (RuleSetting? Setting, string? Error) ParseSeverity(string text, Dictionary<string, int> options)
        {
            if (string.Equals(text.Trim(), "off", StringComparison.OrdinalIgnoreCase)) return (new RuleSetting(true, null, options), null);
            if (SeverityNames.TryParse(text, out var severity)) return (new RuleSetting(false, severity, options), null);
            return (null, $"severity '{text}' must be off, note, warning or error");
        }
    }
}
