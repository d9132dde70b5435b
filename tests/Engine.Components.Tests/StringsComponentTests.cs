using System.Collections.Generic;
using System.Text;
using WitSharp.Engine;
using WitSharp.Runtime;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary>
/// The corpus strings component built with each string encoding: the runtime takes the encoding from the binary's
/// canonical options, so strings survive the round trip and the guest sees the code units its encoding implies.
/// </summary>
public sealed class StringsComponentTests
{
    [SkippableTheory]
    [EachEngine("strings-utf8")]
    [EachEngine("strings-utf16")]
    [EachEngine("strings-latin1-utf16")]
    public void StringsRoundTripAndArriveInTheBinarysEncoding(string engine, string name)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component component = Component.FromBytes(core, ComponentCorpus.RequireBytes(name));
        var received = new List<string>();
        var linker = new ComponentLinker(core);
        linker.Root.DefineFunction("host-echo", args =>
        {
            received.Add(args[0].Text!);
            return args[0];
        });
        ComponentInstance instance = linker.Instantiate(component);
        ComponentFunction echo = instance.GetFunction("echo")!, codeUnits = instance.GetFunction("code-units")!;
        var random = new RandomWitValues(7);
        var samples = new List<string> { "", "plain ascii", "Latin-1: ÿéü", "Grüße, 世界 🌍", new string('x', 3000) };
        for (int i = 0; i < 100; i++) samples.Add(random.Text());
        foreach (string text in samples)
        {
            received.Clear();
            Assert.Equal(text, echo.Invoke(WitValue.String(text))!.Text);
            Assert.Equal(text, Assert.Single(received));
            Assert.Equal(ExpectedCodeUnits(name, text), (uint)codeUnits.Invoke(WitValue.String(text))!.Bits);
        }
    }

    private static uint ExpectedCodeUnits(string name, string text)
    {
        if (name == "strings-utf8") return (uint)Encoding.UTF8.GetByteCount(text);
        if (name == "strings-utf16") return (uint)text.Length;
        foreach (char c in text)
        {
            if (c > 0xff) return (uint)text.Length | 0x8000_0000u;
        }
        return (uint)text.Length;
    }
}
