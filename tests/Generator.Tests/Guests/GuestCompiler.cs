using System;
using System.IO;
using WitSharp.Testing;

namespace WitSharp.Generator.Tests;

/// <summary>
/// Builds the guest fixtures of this folder into core modules at test time (no .wasm is checked in): C with
/// clang-19 (no libc), WebAssembly text with wat2wasm. Skips the calling test visibly when the tool is missing.
/// </summary>
public static class GuestCompiler
{
    /// <summary>The module compiled from <c>Guests/<paramref name="fileName"/></c> with clang-19.</summary>
    public static byte[] CompileC(string fileName)
    {
        string clang = ExternalTool.Require("clang-19", "apt-get install clang-19 lld-19");
        string source = RepositoryPaths.InRepository("tests", "Generator.Tests", "Guests", fileName);
        return Build(clang, output => "--target=wasm32 -nostdlib -O2 -mbulk-memory -Wl,--no-entry -o \"" + output + "\" \"" + source + "\"");
    }

    /// <summary>The module assembled from WebAssembly text <paramref name="wat"/> with wat2wasm.</summary>
    public static byte[] AssembleText(string wat)
    {
        string wat2wasm = ExternalTool.Require("wat2wasm", "apt-get install wabt");
        string dir = NewFolder();
        try
        {
            string input = Path.Combine(dir, "guest.wat");
            File.WriteAllText(input, wat);
            return Build(wat2wasm, output => "\"" + input + "\" -o \"" + output + "\"");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static byte[] Build(string tool, Func<string, string> arguments)
    {
        string dir = NewFolder();
        try
        {
            string output = Path.Combine(dir, "guest.wasm");
            var (exit, stdout, stderr) = ExternalTool.Run(tool, arguments(output));
            Assert.True(exit == 0, Path.GetFileName(tool) + " failed:\n" + stdout + stderr);
            return File.ReadAllBytes(output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string NewFolder()
    {
        string dir = Path.Combine(Path.GetTempPath(), "witsharp-guest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
