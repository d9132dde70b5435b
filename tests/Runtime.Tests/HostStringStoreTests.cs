using System.Collections.Generic;
using System.Linq;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime.Tests;

/// <summary>
/// <see cref="StringSourceEncoding.Host"/>: a host string is stored with exactly one realloc call of its exact size in
/// every guest encoding (what WASI's preview1 adapter needs: its realloc cannot grow a block) and lifts back unchanged.
/// </summary>
public sealed class HostStringStoreTests
{
    public static IEnumerable<object[]> Cases()
    {
        foreach (string text in new[] { "", "ascii only", "héllo wörld", "ÿ Latin-1 only é", "日本語 and 😀", "ünïcödé 🌍" })
        {
            yield return new object[] { text, StringEncoding.Utf8 };
            yield return new object[] { text, StringEncoding.Utf16 };
            yield return new object[] { text, StringEncoding.Latin1Utf16 };
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void One_exact_allocation_and_the_same_text_back(string text, StringEncoding encoding)
    {
        var memory = new RecordingMemory(1 << 16);
        var context = TestTypes.Context(memory, encoding);

        (ulong ptr, ulong units) = StringCodec.StoreIntoRange(context, text, StringSourceEncoding.Host);

        var call = Assert.Single(memory.Calls);
        Assert.Equal(0UL, call.Item1);
        Assert.Equal(ExactSize(text, encoding), call.Item4);
        Assert.Equal(text, StringCodec.Lift(context, ptr, units, out _));
    }

    private static ulong ExactSize(string text, StringEncoding encoding) => encoding switch
    {
        StringEncoding.Utf8 => (ulong)System.Text.Encoding.UTF8.GetByteCount(text),
        StringEncoding.Utf16 => 2 * (ulong)text.Length,
        _ => text.All(c => c <= 0xff) ? (ulong)text.Length : 2 * (ulong)text.Length,
    };
}
