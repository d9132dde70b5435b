using System;
using System.IO;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary>The components under Components/, written in the component text format and assembled by jco (skips without it).</summary>
internal static class HandWrittenComponents
{
    /// <summary>The binary of <c>Components/<paramref name="name"/>.wat</c>.</summary>
    public static byte[] Require(string name)
    {
        Jco jco = Jco.Require();
        string source = RepositoryPaths.InRepository("tests", "Engine.Components.Tests", "Components", name + ".wat");
        string output = Path.Combine(Path.GetTempPath(), "witsharp-engine-components-" + name + "-" + Guid.NewGuid().ToString("N") + ".wasm");
        try
        {
            jco.Parse(source, output);
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
