using System.Reflection;
using WitSharp.Runtime;

namespace WitSharp.Generator.Tests;

/// <summary>Enums and flags travel as one i32 through both bindings; bad discriminants trap, extra flag bits drop.</summary>
public sealed class EnumFlagsBindingTests
{
    private const string Wit = """
        package t:ef;
        interface paint {
          enum color { red, green, blue }
          flags perms { read, write, exec }
          mix: func(c: color, p: perms) -> color;
          grant: func(c: color) -> perms;
        }
        world w { import paint; export paint; }
        """;

    private const string User = """
        using System;
        using WitSharp.Runtime;
        using global::T.Ef.Paint;
        public sealed class Guest : ICoreFunctionInvoker
        {
            public uint Raw;
            public void Invoke(int export, ReadOnlySpan<CoreValue> a, Span<CoreValue> r) => r[0] = CoreValue.I32(Raw);
            public void PostReturn(int export, ReadOnlySpan<CoreValue> r) { }
        }
        public sealed class Host : IPaint
        {
            public Color Mix(Color c, Perms p) => (p & Perms.Write) != 0 ? Color.Blue : c;
            public Perms Grant(Color c) => c == Color.Green ? Perms.Read | Perms.Exec : Perms.Write;
        }
        public static class Driver
        {
            public static string Run()
            {
                var guest = new Guest();
                IPaintExports exports = new PaintExportsBinding(guest, Cx.New(), n => 0);
                guest.Raw = 2;
                var mixed = exports.Mix(Color.Red, Perms.Write);
                guest.Raw = 0xFF;
                var granted = exports.Grant(Color.Red);
                var r = new CoreValue[1];
                PaintImportsBinding.Mix(new Host(), null!, new[] { CoreValue.I32(1), CoreValue.I32(2) }, r);
                uint hostMixed = (uint)r[0].Bits;
                PaintImportsBinding.Grant(new Host(), null!, new[] { CoreValue.I32(1) }, r);
                return mixed + " " + (int)granted + " " + hostMixed + " " + r[0].Bits;
            }
            public static void BadDiscriminant()
            {
                var guest = new Guest { Raw = 3 };
                new PaintExportsBinding(guest, Cx.New(), n => 0).Mix(Color.Red, default);
            }
        }
        """;

    [Fact]
    public void EnumsAndFlagsRoundTrip()
    {
        var assembly = BindingsCompiler.Load(Generate.FromText(Wit).Sources, User, GuestMemorySource.Text);
        Assert.Equal("Blue 7 2 5", assembly.GetType("Driver")!.GetMethod("Run")!.Invoke(null, null));
    }

    [Fact]
    public void AnOutOfRangeDiscriminantTraps()
    {
        var assembly = BindingsCompiler.Load(Generate.FromText(Wit).Sources, User, GuestMemorySource.Text);
        var error = Assert.Throws<TargetInvocationException>(() => assembly.GetType("Driver")!.GetMethod("BadDiscriminant")!.Invoke(null, null));
        Assert.IsType<CanonicalAbiTrapException>(error.InnerException);
    }
}
