using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using WitSharp.Cli;
using WitSharp.Testing;
using WitSharp.Wasi.Http.Tests.Reference;

namespace WitSharp.Wasi.Http.Tests.Cli;

/// <summary><c>witsharp serve</c>: its help, its errors, and a real process serving the tiny handler.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void HelpHasAnExample()
    {
        var stdout = new StringWriter();
        int exit = CliApp.Run(new[] { "serve", "--help" }, stdout, new StringWriter());
        Assert.Equal(0, exit);
        Assert.Contains("witsharp serve handler.wasm --addr 127.0.0.1:8080", stdout.ToString());
        Assert.Contains("witsharp serve handler.wasm --engine wasmtime", stdout.ToString());
        Assert.Contains("--timeout 5s --max-memory 64MiB", stdout.ToString());
        Assert.DoesNotContain("--max-memory-mib", stdout.ToString());
    }

    // The limits take the same values as on `witsharp run`, checked before anything is loaded; a value that makes no
    // sense is a usage error naming it, never quietly clamped to something else.
    [Theory]
    [InlineData("--timeout", "soon", "--timeout 'soon' is not a duration")]
    [InlineData("--timeout", "0s", "--timeout '0s' is not a duration")]
    [InlineData("--max-memory", "lots", "--max-memory 'lots' is not a size")]
    [InlineData("--max-memory-mib", "0", "--max-memory-mib '0' is not a number of MiB")]
    [InlineData("--max-memory-mib", "-1", "--max-memory-mib '-1' is not a number of MiB")]
    public void AMalformedLimitIsAUsageErrorNamingIt(string option, string value, string expected)
    {
        var stderr = new StringWriter();
        Assert.Equal(2, CliApp.Run(new[] { "serve", "handler.wasm", option, value }, new StringWriter(), stderr));
        Assert.Contains(expected, stderr.ToString());
    }

    [Fact]
    public void BothMemorySpellingsAtOnceAreAUsageError()
    {
        string file = Path.GetTempFileName();
        try
        {
            var stderr = new StringWriter();
            Assert.Equal(2, CliApp.Run(new[] { "serve", file, "--max-memory", "64MiB", "--max-memory-mib", "64" }, new StringWriter(), stderr));
            Assert.Contains("--max-memory and --max-memory-mib say the same thing", stderr.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AnUnknownEngineIsAUsageError()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, CliApp.Run(new[] { "serve", "handler.wasm", "--engine", "wasmer" }, new StringWriter(), stderr));
        Assert.Contains("--engine 'wasmer' is not an engine; use 'managed' or 'wasmtime'", stderr.ToString());
    }

    [Fact]
    public void MissingFileIsAUsageError()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, CliApp.Run(new[] { "serve", "no-such-handler.wasm" }, new StringWriter(), stderr));
        Assert.Contains("does not exist", stderr.ToString());
    }

    [SkippableTheory, EachEngine]
    public async Task ServesTheTinyHandlerFromAProcess(string engine)
    {
        string component = HttpCorpus.Require("tiny");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[] { Path.Combine(AppContext.BaseDirectory, "witsharp.dll"), "serve", component, "--addr", "127.0.0.1:0", "--engine", engine }) psi.ArgumentList.Add(argument);
        using Process process = Process.Start(psi)!;
        try
        {
            // The first line names the address: "witsharp serve: <file> on http://127.0.0.1:<port>/".
            string? line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.NotNull(line);
            var address = new Uri(line![(line.LastIndexOf(" on ", StringComparison.Ordinal) + 4)..]);
            using var client = new HttpClient();
            RecordedResponse response = await RecordedResponse.SendAsync(client, address, HttpRequestSpec.Of("GET", "/from/cli"));
            Assert.Equal("hello from C: /from/cli\n", response.Text);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }
}
