using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using WitSharp.Cli.Output;
using WitSharp.Components.Binary;

namespace WitSharp.Cli.Commands;

/// <summary>
/// <c>witsharp component inspect &lt;file.wasm&gt; [--format text|json]</c>: a component's imports and exports (with
/// their name attributes), core modules with their sizes, canonical functions with their options, nested components,
/// custom sections and producers; for a core module, its size and custom sections.
/// </summary>
public static class ComponentInspectCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("file") { Description = "A component or core module (.wasm)." };
        var format = new Option<string>("--format")
        {
            Description = "text (default): an indented listing; json: one JSON document.",
            HelpName = "text|json",
            DefaultValueFactory = _ => "text",
            CustomParser = ParseFormat,
        };
        var command = new Command("inspect",
            "List what a component is made of: imports and exports (kind, name, implements/external-id/version-suffix attributes), core modules " +
            "with their offsets and sizes, canonical functions (lift, lower, resource.*) with their options (string encoding, memory, realloc, " +
            "post-return), nested components, custom sections and the producers section. A core module lists its size and custom sections.\n" +
            "Exit code 0: listed, 1: the binary is malformed, 2: usage or I/O error.\n\n" +
            "Example:\n  witsharp component inspect calc.wasm\n  witsharp component inspect calc.wasm --format json");
        command.Arguments.Add(path);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            string input = parse.GetValue(path)!;
            if (!WasmFileArgument.Exists(input, stderr)) return ExitCodes.UsageOrIoError;
            byte[] bytes = File.ReadAllBytes(input);
            ComponentInspection inspection;
            try
            {
                inspection = ComponentInspection.Read(bytes);
            }
            catch (ComponentDecodeException e)
            {
                stderr.WriteLine($"error: {input}: {e.Message}");
                return ExitCodes.Findings;
            }
            stdout.Write(parse.GetValue(format) == "json" ? inspection.ToJson() : inspection.ToText());
            return ExitCodes.Success;
        });
        return command;
    }

    private static string ParseFormat(ArgumentResult result)
    {
        string text = result.Tokens.Count == 0 ? "text" : result.Tokens[0].Value;
        if (text is "text" or "json") return text;
        result.AddError($"--format must be text or json, not '{text}'.");
        return "text";
    }
}
