using System.IO;
using System.Linq;
using WitSharp.Components.Wit;
using WitSharp.Testing;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Components.Tests.Wit;

/// <summary>
/// Issue #15's binary side: Binary.md's name attributes 🏷️ <c>(implements "…")</c> and <c>(external-id "…")</c>, as
/// jco writes them from WIT, are read into the resolved model where the front end puts them for the same WIT.
/// </summary>
public sealed class ComponentWitAnnotationTests
{
    private const string Wit = """
        package my:comp@0.1.0;

        interface store {
          @external-id("urn:store:entry")
          record entry { k: string }
          @external-id("urn:store:get")
          get: func(key: string) -> option<entry>;
        }

        world my-component {
          @external-id("https://esm.unpkg.com/slugify@1.6.6")
          import slugify: func(text: string) -> string;
          @external-id("urn:store")
          import store;
          import backup: store;
          export primary: store;
        }
        """;

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void AttributesLandWhereTheFrontEndPutsThem(bool component)
    {
        var jco = Jco.Require();
        string folder = Directory.CreateTempSubdirectory("witsharp-annotations-").FullName;
        try
        {
            string wit = Path.Combine(folder, "w.wit"), embedded = Path.Combine(folder, "e.wasm"), built = Path.Combine(folder, "c.wasm");
            File.WriteAllText(wit, Wit);
            jco.Run(new[] { "embed", "--dummy", "--wit", wit, "-o", embedded });
            if (component) jco.New(embedded, built);
            var decoded = ComponentWit.FromBinary(File.ReadAllBytes(component ? built : embedded));
            var resolve = decoded.Resolve;
            var world = resolve.Worlds[decoded.World!.Value];

            var store = resolve.Interfaces.Select((iface, id) => (iface, id)).Single(x => x.iface.Name == "store").id;
            var slugify = world.Imports.Single(e => e.Key.IsName && e.Key.Name == "slugify").Value;
            Assert.Equal("https://esm.unpkg.com/slugify@1.6.6", slugify.Function!.ExternalId);
            var byPath = world.Imports.Single(e => !e.Key.IsName && e.Key.InterfaceId == store).Value;
            Assert.Equal("urn:store", byPath.ExternalId);
            // `import backup: store;` and `export primary: store;`: plain names that implement the named interface.
            var backup = world.Imports.Single(e => e.Key.IsName && e.Key.Name == "backup").Value;
            Assert.Equal(WitWorldItemKind.Interface, backup.Kind);
            Assert.Equal(store, backup.Id);
            Assert.Null(backup.ExternalId);
            var primary = world.Exports.Single(e => e.Key.IsName && e.Key.Name == "primary").Value;
            Assert.Equal(store, primary.Id);

            var iface = resolve.Interfaces[store];
            Assert.Equal("urn:store:get", iface.Functions.GetValue("get").ExternalId);
            Assert.Equal("urn:store:entry", resolve.Types[iface.Types.GetValue("entry")].ExternalId);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
