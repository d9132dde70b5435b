using System.Collections.Generic;
using System.Linq;
using System.Text;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;
using Witsharp.Strings.StringsWorld;

namespace WitSharp.ComponentBindings.Tests;

/// <summary>
/// One set of generated bindings runs the strings component built in each of the three string encodings: the
/// encoding comes from the component's canonical options, never from user code.
/// </summary>
public sealed class StringEncodingBindingTests
{
    private static readonly string[] s_texts = { "ascii", "Grüße", "Grüße 🌍", "", "世界" };

    private sealed class EchoHost : IImports
    {
        public List<string> Seen { get; } = new();

        public string HostEcho(string s)
        {
            Seen.Add(s);
            return s;
        }
    }

    [SkippableTheory]
    [EachEngine("utf8")]
    [EachEngine("utf16")]
    [EachEngine("latin1-utf16")]
    public void Strings_cross_unchanged_and_the_guest_receives_its_own_encoding(string engine, string encoding)
    {
        byte[] bytes = ComponentCorpus.RequireBytes("strings-" + encoding);
        CoreEngine core = TestEngines.Create(engine);
        var linker = new ComponentLinker(core);
        var host = new EchoHost();
        Strings.AddToLinker(linker, host);
        using Strings strings = Strings.Instantiate(linker, Component.FromBytes(core, bytes));

        foreach (string text in s_texts)
        {
            Assert.Equal(text, strings.Echo(text));
            Assert.Equal(CodeUnits(encoding, text), strings.CodeUnits(text));
        }
        Assert.Equal(s_texts, host.Seen);
    }

    // What the Canonical ABI hands the guest as a string's length in each encoding (CanonicalABI.md, store_string).
    private static uint CodeUnits(string encoding, string text) => encoding switch
    {
        "utf8" => (uint)Encoding.UTF8.GetByteCount(text),
        "utf16" => (uint)text.Length,
        _ => text.All(c => c <= '\u00ff') ? (uint)text.Length : (uint)text.Length | 0x8000_0000u,
    };
}
