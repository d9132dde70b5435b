using System.Collections.Generic;
using System.Linq;
using WitSharp.Engine;
using WitSharp.Runtime;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary>
/// The corpus echo component: every value type is lowered into the guest, lowered again to the host's echo import,
/// lifted back and returned, so each export must return its argument; the host sees the same value on the way.
/// </summary>
public sealed class EchoComponentTests
{
    [SkippableTheory, EachEngine]
    public void EveryExportReturnsItsArgumentsOverRandomValues(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component echo = Component.FromBytes(core, ComponentCorpus.RequireBytes("echo"));
        var seen = new List<(string Name, IReadOnlyList<WitValue> Arguments)>();
        var linker = new ComponentLinker(core);
        foreach (string import in echo.ImportNames)
        {
            string name = import;
            linker.Root.DefineFunction(name, args =>
            {
                seen.Add((name, args));
                // host-echo-many returns (q, m, j): its last u64, its string and its f64.
                return name == "host-echo-many" ? WitValue.Sequence(new[] { args[16], args[12], args[9] }) : args[0];
            });
        }
        ComponentInstance instance = linker.Instantiate(echo);
        var random = new RandomWitValues(20261204);
        int calls = 0;
        foreach (string export in echo.ExportNames)
        {
            ComponentFunction function = instance.GetFunction(export)!;
            for (int round = 0; round < 80; round++)
            {
                WitValue[] arguments = function.ParameterTypes.Select(t => random.Next(t)).ToArray();
                seen.Clear();
                WitValue result = function.Invoke(arguments)!;
                calls++;
                Assert.Equal("host-" + export, Assert.Single(seen).Name);
                for (int i = 0; i < arguments.Length; i++)
                {
                    Assert.True(RandomWitValues.Same(function.ParameterTypes[i], arguments[i], seen[0].Arguments[i]), export + " argument " + i + " reached the host changed");
                }
                WitValue expected = export == "echo-many" ? WitValue.Sequence(new[] { arguments[16], arguments[12], arguments[9] }) : arguments[0];
                Assert.True(RandomWitValues.Same(function.ResultType!, expected, result), export + " returned a different value");
            }
        }
        Assert.Equal(25 * 80, calls);
        Assert.False(instance.HasTrapped);
    }
}
