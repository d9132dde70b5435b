using System;
using System.Reflection;

namespace WitSharp.Generator.Tests;

/// <summary>Resource classes in unusual places compile cleanly and keep working through a world's bindings.</summary>
public sealed class ResourceCompileTests
{
    [Fact]
    public void MethodsNamedLikeGeneratedMembersAreRenamed()
    {
        const string Wit = """
            package t:names;
            interface host-side {
              resource core-imports {
                constructor();
                dispose: func();
                core-imports: func() -> string;
                handle: func(other: borrow<core-imports>) -> u32;
                resource-drop: func();
              }
            }
            interface guest-side {
              resource thing {
                constructor();
                dispose: func();
                core-imports: func() -> string;
                handle: func(other: borrow<thing>) -> thing;
                context: func() -> u32;
              }
            }
            world w { import host-side; export guest-side; }
            """;
        var output = Generate.FromText(Wit);
        output.AssertCompiles();
        string text = output.AllText();
        Assert.Contains("public sealed class Thing : global::WitSharp.Runtime.Bindings.IGuestResource", text);
        Assert.Contains("public static class CoreImports_", text);
        Assert.Contains("public abstract void Dispose_();", text);
    }

    [Fact]
    public void WorldResourcesAndWorldFunctionsOverGuestResourcesCompile()
    {
        const string Wit = """
            package t:world-res;
            interface counters {
              resource counter { constructor(start: u32); get: func() -> u32; }
            }
            world w {
              resource token { name: func() -> string; }
              import mint: func() -> token;
              import spend: func(t: token) -> option<token>;
              use counters.{counter};
              export counters;
              export fresh: func() -> counter;
              export pair: func(a: borrow<counter>) -> result<counter, string>;
            }
            """;
        var output = Generate.FromText(Wit);
        output.AssertCompiles();
        string text = output.AllText();
        Assert.Contains("public abstract class Token : global::System.IDisposable", text);
        Assert.Contains("[resource-drop]token</c> of <c>$root", text);
    }

    // Guest resources reached through the world's binding (nested interface bindings share one context).
    [Fact]
    public void GuestResourcesWorkThroughTheWorldBinding()
    {
        const string Wit = """
            package t:wb;
            interface counters {
              resource counter { constructor(start: u32); get: func() -> u32; }
            }
            world w { export counters; }
            """;
        const string User = """
            using System;
            using System.Collections.Generic;
            using WitSharp.Runtime;
            using WitSharp.Runtime.Resources;
            public sealed class Guest : ICoreFunctionInvoker
            {
                public readonly List<string> Names = new();
                public readonly List<string> Log = new();
                public readonly CallContext Cx = new(new GuestMemory(256, 128), CanonicalOptions.Default, new ComponentInstanceState(), new BorrowScope());
                public int Resolve(string name) { Names.Add(name); return Names.Count - 1; }
                public void Invoke(int export, ReadOnlySpan<CoreValue> a, Span<CoreValue> r)
                {
                    string name = Names[export];
                    Log.Add(name + "(" + a[0].Bits + ")");
                    if (name.EndsWith("[constructor]counter"))
                    {
                        global::T.Wb.Counters.Counter.CoreImports.ResourceNew(Cx, new[] { CoreValue.I32((uint)a[0].Bits * 10) }, r);
                    }
                    else if (name.EndsWith("[method]counter.get")) r[0] = CoreValue.I32((uint)a[0].Bits + 1);
                }
                public void PostReturn(int export, ReadOnlySpan<CoreValue> r) { }
            }
            public static class Driver
            {
                public static string Run()
                {
                    var g = new Guest();
                    var world = new global::T.Wb.WWorld.ExportsBinding(g, g.Cx, g.Resolve);
                    using (var c = world.Counters.CreateCounter(4)) { g.Log.Add("get=" + c.Get()); }
                    return string.Join(" ", g.Log);
                }
            }
            """;
        var assembly = BindingsCompiler.Load(Generate.FromText(Wit).Sources, User, GuestMemorySource.Text);
        Assert.Equal("t:wb/counters#[constructor]counter(4) t:wb/counters#[method]counter.get(40) get=41 t:wb/counters#[dtor]counter(40)",
            assembly.GetType("Driver")!.GetMethod("Run")!.Invoke(null, null));
    }
}
