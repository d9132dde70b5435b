using System;
using WitSharp.Wasi.Bindings.Wasi.Cli.V0_2_12.Environment;

namespace WitSharp.Wasi.Cli;

/// <summary><c>wasi:cli/environment</c>: exactly the arguments and variables the configuration granted.</summary>
internal sealed class EnvironmentHost(Func<WasiContext> context) : IEnvironment
{
    public (string, string)[] GetEnvironment() => (((string, string)[])context().EnvironmentPairs.Clone());

    public string[] GetArguments() => (string[])context().ArgumentArray.Clone();

    public string? InitialCwd() => context().Configuration.InitialCwd;
}
