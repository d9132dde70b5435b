using System;

namespace WitSharp.Cli;

/// <summary>The <c>witsharp</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the CLI. Exit codes: 0 success, 1 findings (errors, unformatted files), 2 usage or I/O error.</summary>
    public static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error);
}
