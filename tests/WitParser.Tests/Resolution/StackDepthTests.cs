using System.Linq;
using System.Text;
using System.Threading;

namespace WitSharp.WitParser.Tests.Resolution;

/// <summary>
/// Small inputs resolve on the caller's thread, large ones on a big-stack thread; either way a long chain of
/// interfaces (each using the previous one, all imported by a world) must resolve without a stack overflow.
/// </summary>
public sealed class StackDepthTests
{
    private static string InterfaceChain(int links)
    {
        var sb = new StringBuilder("package a:b;\ninterface i0 { type t = u8; }\n");
        for (int i = 1; i < links; i++) sb.Append("interface i").Append(i).Append(" { use i").Append(i - 1).Append(".{t}; }\n");
        return sb.Append("world w { import i").Append(links - 1).Append("; }\n").ToString();
    }

    private static int ImportCount(string text)
    {
        var result = WitLoader.LoadText("chain.wit", text);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Resolve!.Worlds.Single().Imports.Count;
    }

    [Fact]
    public void A_twenty_thousand_interface_chain_resolves()
    {
        Assert.Equal(20_000, ImportCount(InterfaceChain(20_000)));
    }

    [Fact]
    public void A_small_input_resolves_on_a_thread_with_a_small_stack()
    {
        string text = InterfaceChain(300);
        Assert.True(text.Length < 16 * 1024);
        int count = -1;
        // Too little stack for the inline run's guard: the load must move to its own big-stack thread.
        var thread = new Thread(() => count = ImportCount(text), 192 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal(300, count);
    }
}
