using System.IO;

namespace WitSharp.Cli.Commands;

/// <summary>The check every command that takes a <c>.wasm</c> file makes before reading it.</summary>
internal static class WasmFileArgument
{
    /// <summary>
    /// True when <paramref name="path"/> is a file; otherwise says on <paramref name="stderr"/> why not (a folder, or
    /// nothing there), and the command exits with <see cref="ExitCodes.UsageOrIoError"/>.
    /// </summary>
    public static bool Exists(string path, TextWriter stderr)
    {
        if (File.Exists(path)) return true;
        stderr.WriteLine(Directory.Exists(path) ? $"witsharp: '{path}' is a folder; give a .wasm file." : $"witsharp: '{path}' does not exist.");
        return false;
    }
}
