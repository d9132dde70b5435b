using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;

namespace WitSharp.Engine.Tests.Spec;

/// <summary>A spec test script: the commands of one .wast file, loaded from wast2json's JSON output.</summary>
public sealed class WastScript
{
    private WastScript(string name, ImmutableArray<WastCommand> commands)
    {
        Name = name;
        Commands = commands;
    }

    /// <summary>The script's name (the .wast file name without extension).</summary>
    public string Name { get; }

    /// <summary>The commands in order.</summary>
    public ImmutableArray<WastCommand> Commands { get; }

    /// <summary>Loads wast2json output; module paths are resolved against the JSON file's folder.</summary>
    public static WastScript Load(string jsonPath, string name)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(jsonPath))!;
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(jsonPath));
        var commands = ImmutableArray.CreateBuilder<WastCommand>();
        foreach (JsonElement command in document.RootElement.GetProperty("commands").EnumerateArray())
        {
            commands.Add(ReadCommand(command, folder));
        }
        return new WastScript(name, commands.ToImmutable());
    }

    private static WastCommand ReadCommand(JsonElement c, string folder)
    {
        string type = c.GetProperty("type").GetString()!;
        string? file = OptionalString(c, "filename");
        return new WastCommand
        {
            Type = ParseType(type),
            Line = c.GetProperty("line").GetInt32(),
            ModulePath = file is null ? null : Path.Combine(folder, file),
            IsTextModule = OptionalString(c, "module_type") == "text",
            Name = OptionalString(c, "name"),
            As = OptionalString(c, "as"),
            Text = OptionalString(c, "text"),
            Action = c.TryGetProperty("action", out JsonElement action) ? ReadAction(action) : null,
            Expected = c.TryGetProperty("expected", out JsonElement expected) ? ReadValues(expected) : ImmutableArray<WastValue>.Empty,
        };
    }

    private static WastAction ReadAction(JsonElement a)
    {
        string type = a.GetProperty("type").GetString()!;
        if (type != "invoke" && type != "get") throw new InvalidDataException($"unknown action type {type}");
        return new WastAction(
            type == "invoke",
            OptionalString(a, "module"),
            a.GetProperty("field").GetString()!,
            a.TryGetProperty("args", out JsonElement args) ? ReadValues(args) : ImmutableArray<WastValue>.Empty);
    }

    private static ImmutableArray<WastValue> ReadValues(JsonElement array)
    {
        var values = ImmutableArray.CreateBuilder<WastValue>();
        foreach (JsonElement v in array.EnumerateArray())
        {
            values.Add(WastValue.Parse(v.GetProperty("type").GetString()!, OptionalString(v, "value")));
        }
        return values.ToImmutable();
    }

    private static string? OptionalString(JsonElement element, string property) =>
        element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static readonly Dictionary<string, WastCommandType> s_types = new(StringComparer.Ordinal)
    {
        ["module"] = WastCommandType.Module,
        ["register"] = WastCommandType.Register,
        ["action"] = WastCommandType.Action,
        ["assert_return"] = WastCommandType.AssertReturn,
        ["assert_trap"] = WastCommandType.AssertTrap,
        ["assert_exhaustion"] = WastCommandType.AssertExhaustion,
        ["assert_invalid"] = WastCommandType.AssertInvalid,
        ["assert_malformed"] = WastCommandType.AssertMalformed,
        ["assert_unlinkable"] = WastCommandType.AssertUnlinkable,
        ["assert_uninstantiable"] = WastCommandType.AssertUninstantiable,
    };

    private static WastCommandType ParseType(string type) =>
        s_types.TryGetValue(type, out WastCommandType t) ? t : throw new InvalidDataException($"unknown spec command type {type}");
}
