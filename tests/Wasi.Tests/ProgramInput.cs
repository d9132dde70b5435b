using System.Collections.Generic;

namespace WitSharp.Wasi.Tests;

/// <summary>What a WASI command is given: arguments after the program name, environment variables and stdin.</summary>
public sealed record ProgramInput(IReadOnlyList<string> Args, IReadOnlyList<KeyValuePair<string, string>> Env, byte[]? Stdin)
{
    public const string ProgramName = "prog";

    public static ProgramInput None { get; } = new(new string[0], new KeyValuePair<string, string>[0], null);

    public ProgramInput WithArgs(params string[] args) => this with { Args = args };

    public ProgramInput WithEnv(string name, string value) =>
        this with { Env = new List<KeyValuePair<string, string>>(Env) { new(name, value) } };

    public ProgramInput WithStdin(byte[] bytes) => this with { Stdin = bytes };
}
