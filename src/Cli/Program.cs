using System.CommandLine;

namespace WitSharp.Cli;

/// <summary>The <c>witsharp</c> entry point: builds the command tree and runs it.</summary>
public static class Program
{
    /// <summary>Runs the CLI. Exit codes: 0 success, 1 findings (errors, unformatted files), 2 usage or I/O error.</summary>
    public static int Main(string[] args)
    {
        var root = new RootCommand("witsharp: the .NET toolchain for WebAssembly Component Model WIT packages.");
        return root.Parse(args).Invoke();
    }
}
