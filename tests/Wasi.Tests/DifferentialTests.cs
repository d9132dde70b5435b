using System.Collections.Generic;
using System.Linq;
using System.Text;
using WitSharp.Testing;
using WitSharp.Wasi.Tests.Reference;

namespace WitSharp.Wasi.Tests;

/// <summary>
/// Every C program of tests/corpus/wasi, with the same arguments, environment and stdin, under WitSharp.Wasi (what
/// <c>witsharp run</c> runs) and under Wasmtime.Components with <c>AddWasiPreview2</c>: the same stdout, stderr and
/// exit code, on every engine. Clocks and random print properties, so their text is comparable too.
/// </summary>
public sealed class DifferentialTests
{
    public static IEnumerable<object[]> Cases() =>
        from engine in TestEngines.Names
        from program in Programs()
        select (object[])[engine, .. program];

    private static IEnumerable<object[]> Programs()
    {
        yield return Case("hello-bare", "hello", ProgramInput.None);
        yield return Case("hello-args", "hello", ProgramInput.None.WithArgs("one", "two words", "ünïcödé 🌍"));
        yield return Case("hello-env", "hello", ProgramInput.None.WithEnv("GREETING", "bonjour").WithEnv("EMPTY", ""));
        yield return Case("hello-exit-3", "hello", ProgramInput.None.WithArgs("--exit", "3"));
        yield return Case("hello-exit-0", "hello", ProgramInput.None.WithArgs("--exit", "0"));
        yield return Case("hello-exit-255", "hello", ProgramInput.None.WithArgs("--exit", "255"));
        yield return Case("filter-empty-stdin", "filter", ProgramInput.None);
        yield return Case("filter-text", "filter", ProgramInput.None.WithStdin(Encoding.UTF8.GetBytes("hello, world\nsecond line\nno newline at end")));
        yield return Case("filter-large", "filter", ProgramInput.None.WithStdin(LargeInput()));
        yield return Case("clocks", "clocks", ProgramInput.None);
        yield return Case("random", "random", ProgramInput.None);
        yield return Case("component-text-0.2.0", "run-0.2.0", ProgramInput.None);
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Same_stdout_stderr_and_exit_code_as_Wasmtime(string engine, string name, string program, ProgramInput input)
    {
        string component = WasiCorpus.Require(program);
        ProgramOutcome reference = WasmtimeWasiRunner.Run(component, input);
        ProgramOutcome ours = OurWasiRunner.Run(engine, component, input);
        Assert.False(reference.Trapped, $"{name}: the reference trapped:\n{reference}");
        Assert.Equal(reference, ours);
    }

    private static object[] Case(string name, string program, ProgramInput input) => new object[] { name, program, input };

    // 300 KB over many reads and writes: more than one buffer of the adapter, the reader and the writer.
    private static byte[] LargeInput() =>
        Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 12_000).Select(i => $"line {i} of the large input\n")));
}
