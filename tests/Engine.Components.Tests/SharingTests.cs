using System.Threading.Tasks;
using WitSharp.Runtime;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary>One compiled component and one prepared instance shared by threads, each thread with instances of its own.</summary>
public sealed class SharingTests
{
    [SkippableTheory, EachEngine]
    public void APreparedComponentInstantiatesAndRunsOnManyThreadsAtOnce(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component calc = Component.FromBytes(core, ComponentCorpus.RequireBytes("calc"));
        var linker = new ComponentLinker(core);
        linker.Root.DefineFunction("log", _ => null);
        ComponentInstancePre pre = linker.Prepare(calc);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            for (int round = 0; round < 50; round++)
            {
                using ComponentInstance instance = pre.Instantiate();
                uint a = (uint)(worker * 1000 + round);
                ulong sum = instance.GetFunction("add")!.Invoke(WitValue.Unsigned(a), WitValue.Unsigned(1))!.Bits;
                string greeting = instance.GetFunction("greet")!.Invoke(WitValue.String("w" + a))!.Text!;
                if (sum != a + 1 || greeting != "Hello, w" + a + "!") failures.Add(worker + "/" + round + ": " + sum + " " + greeting);
            }
        });
        Assert.Empty(failures);
    }
}
