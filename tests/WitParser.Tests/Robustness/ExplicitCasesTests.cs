using System;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace WitSharp.WitParser.Tests.Robustness;

/// <summary>Hand-made hostile inputs: deep nesting, huge tokens, invalid UTF-8.</summary>
public class ExplicitCasesTests
{
    [Fact]
    public void Ten_thousand_nested_lists_give_a_diagnostic_not_a_stack_overflow()
    {
        string text = "package a:b;\ninterface i {\n  type t = " + string.Concat(Enumerable.Repeat("list<", 10_000)) + "u8" +
                      new string('>', 10_000) + ";\n}\n";
        AssertHandled(Encoding.UTF8.GetBytes(text));
        AssertError(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Ten_thousand_unclosed_lists_are_handled()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("package a:b;\ninterface i {\n  type t = " + string.Concat(Enumerable.Repeat("list<", 10_000)));
        AssertHandled(bytes);
        AssertError(bytes);
    }

    [Fact]
    public void A_one_megabyte_identifier_is_handled()
    {
        string name = "a" + new string('b', 1024 * 1024);
        byte[] bytes = Encoding.UTF8.GetBytes($"package a:b;\ninterface {name} {{\n  f: func();\n}}\n");
        AssertHandled(bytes);
        // WIT sets no length limit on identifiers, so this is valid input and must load cleanly.
        Assert.DoesNotContain(FuzzPipeline.Load("long.wit", bytes), d => d.IsError);
    }

    [Fact]
    public void Deeply_nested_braces_and_parens_are_handled()
    {
        foreach (string text in new[]
        {
            "package a:b;\ninterface i {\n  f: func(" + new string('(', 50_000) + ");\n}\n",
            "package a:b;\n" + string.Concat(Enumerable.Repeat("interface i {", 20_000)),
            "package a:b;\ninterface i {\n  type t = " + string.Concat(Enumerable.Repeat("tuple<option<result<", 5_000)),
        })
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            AssertHandled(bytes);
            AssertError(bytes);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00 })]
    [InlineData(new byte[] { (byte)'p', (byte)'a', 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public void Invalid_utf8_gives_a_diagnostic(byte[] tail)
    {
        byte[] bytes = Encoding.UTF8.GetBytes("package a:b;\ninterface i {}\n// ").Concat(tail).ToArray();
        AssertHandled(bytes);
        AssertError(bytes);
    }

    private static void AssertHandled(byte[] bytes)
    {
        var watch = Stopwatch.StartNew();
        Exception? error = FuzzPipeline.Run("hostile.wit", bytes);
        watch.Stop();
        Assert.Null(error);
        // A generous bound: this catches hangs and quadratic blow-ups, not speed (bench/ measures that).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed.TotalMilliseconds:F0} ms");
    }

    private static void AssertError(byte[] bytes) => Assert.Contains(FuzzPipeline.Load("hostile.wit", bytes), d => d.IsError);
}
