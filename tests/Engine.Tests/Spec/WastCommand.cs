using System.Collections.Immutable;

namespace WitSharp.Engine.Tests.Spec;

/// <summary>One command of a spec script, as converted by wast2json.</summary>
public sealed record WastCommand
{
    /// <summary>What the command does.</summary>
    public required WastCommandType Type { get; init; }

    /// <summary>The line in the .wast file (for messages).</summary>
    public required int Line { get; init; }

    /// <summary>The full path of the module binary (module and assert_* module commands), or null.</summary>
    public string? ModulePath { get; init; }

    /// <summary>True when the module is in the text format (<c>module_type: "text"</c>): we parse no WAT, so such commands are not applicable.</summary>
    public bool IsTextModule { get; init; }

    /// <summary>The module's name (<c>(module $name ...)</c>) or the name a <c>register</c> refers to.</summary>
    public string? Name { get; init; }

    /// <summary>For <c>register</c>: the import namespace to register under.</summary>
    public string? As { get; init; }

    /// <summary>The expected error text of assert_trap / assert_invalid / assert_malformed / ....</summary>
    public string? Text { get; init; }

    /// <summary>The action of action / assert_return / assert_trap / assert_exhaustion.</summary>
    public WastAction? Action { get; init; }

    /// <summary>The expected results of assert_return (types only for assert_trap).</summary>
    public ImmutableArray<WastValue> Expected { get; init; } = ImmutableArray<WastValue>.Empty;

    /// <summary>The location for messages: <c>file.wast:line</c>.</summary>
    public string Where(WastScript script) => $"{script.Name}.wast:{Line}";
}
