using System;
using System.IO;
using System.Security.Cryptography;
using WitSharp.Testing;

namespace WitSharp.Components.Tests.Corpus;

/// <summary>
/// Component text (WAT) assembled by <c>jco parse</c>, cached by a hash of the text in the component cache folder so
/// that each file is assembled once per machine. Skips with a reason when jco is missing.
/// </summary>
internal static class JcoAssembled
{
    public static byte[] Assemble(string wat)
    {
        Jco jco = Jco.Require();
        string hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(jco.Version + "\n" + wat)))[..16].ToLowerInvariant();
        string folder = Path.Combine(ComponentCorpus.CacheFolder, "wat");
        string output = Path.Combine(folder, hash + ".wasm");
        if (!File.Exists(output))
        {
            Directory.CreateDirectory(folder);
            string scratch = Path.Combine(folder, $"tmp-{Guid.NewGuid():N}");
            File.WriteAllText(scratch + ".wat", wat);
            try
            {
                jco.Parse(scratch + ".wat", scratch + ".wasm");
                File.Move(scratch + ".wasm", output, overwrite: true);
            }
            finally
            {
                File.Delete(scratch + ".wat");
                File.Delete(scratch + ".wasm");
            }
        }
        return File.ReadAllBytes(output);
    }
}
