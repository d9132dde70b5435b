namespace WitSharp.Generator.Tests;

/// <summary>
/// The world's component class (<see cref="BindingsOptions.ComponentBindings"/>) compiled against the real
/// WitSharp.Engine.Components: imported and exported interfaces, and names that collide with its own members.
/// </summary>
public class ComponentWorldEmitTests
{
    private static readonly BindingsOptions s_component = new() { ComponentBindings = true };

    private const string InterfacesWit = """
        package demo:shop@1.2.0;

        interface host {
          log: func(msg: string);
          price: func(item: string) -> u32;
        }

        interface cart {
          total: func(items: list<string>) -> u64;
        }

        world shop {
          import host;
          import clock: interface { now: func() -> u64; }
          export cart;
          export checkout: func(n: u32) -> string;
        }
        """;

    [Fact]
    public void Imported_interfaces_register_on_their_linker_instance_and_exported_ones_are_properties()
    {
        var output = Generate.FromText(InterfacesWit, options: s_component);
        string text = output.AllText();

        Assert.Contains("var __i0 = linker.Instance(\"demo:shop/host@1.2.0\");", text);
        Assert.Contains("__i0.DefineFunction(\"log\", host.Host, global::Demo.Shop.V1_2_0.Host.HostImportsBinding.Log);", text);
        Assert.Contains("__i0.DefineFunction(\"price\", host.Host, global::Demo.Shop.V1_2_0.Host.HostImportsBinding.Price);", text);
        Assert.Contains("linker.Instance(\"clock\")", text);
        Assert.Contains("public sealed class Shop : ExportsBinding, global::System.IDisposable", text);
        output.AssertCompiles("""
            using Demo.Shop.V1_2_0.ShopWorld;

            static class Use
            {
                static string Run(WitSharp.Engine.Components.ComponentLinker linker, IImports host, WitSharp.Engine.Components.Component c)
                {
                    Shop.AddToLinker(linker, host);
                    using Shop shop = Shop.Instantiate(linker, c);
                    return shop.Checkout(shop.Cart.Total(new[] { "a" }) > 0 ? 1u : 0u);
                }
            }
            """);
    }

    [Fact]
    public void Export_names_that_collide_with_the_class_members_move_the_class_members_aside()
    {
        const string wit = """
            package demo:odd;

            world instantiate {
              import dispose: func();
              export instance: func() -> u32;
              export add-to-linker: func();
              export from-instance: func();
            }
            """;
        var output = Generate.FromText(wit, options: s_component);
        string text = output.AllText();

        Assert.Contains("public sealed class Instantiate : ExportsBinding", text);
        Assert.Contains("public static Instantiate Instantiate_(", text);
        Assert.Contains("public static void AddToLinker_(", text);
        Assert.Contains("public global::WitSharp.Engine.Components.ComponentInstance Instance_ { get; }", text);
        output.AssertCompiles();
    }

    [Fact]
    public void Without_the_option_the_world_binding_stays_sealed_and_nothing_names_the_component_runtime()
    {
        string text = Generate.FromText(InterfacesWit).AllText();

        Assert.Contains("public sealed class ExportsBinding : IExports", text);
        Assert.DoesNotContain("WitSharp.Engine.Components", text);
    }
}
