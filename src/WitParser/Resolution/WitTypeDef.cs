using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>What owns a type definition.</summary>
    public enum WitTypeOwnerKind
    {
        /// <summary>Anonymous types (<c>list&lt;u8&gt;</c>, …) have no owner.</summary>
        None,
        /// <summary>Defined in an interface.</summary>
        Interface,
        /// <summary>Defined in a world.</summary>
        World,
    }

    /// <summary>The owner of a type definition: nothing, an interface index or a world index.</summary>
    public readonly struct WitTypeOwner : System.IEquatable<WitTypeOwner>
    {
        /// <summary>Creates an owner.</summary>
        public WitTypeOwner(WitTypeOwnerKind kind, int id)
        {
            Kind = kind;
            Id = id;
        }

        /// <summary>No owner.</summary>
        public static WitTypeOwner None => new WitTypeOwner(WitTypeOwnerKind.None, -1);

        /// <summary>Owned by interface <paramref name="id"/>.</summary>
        public static WitTypeOwner Interface(int id) => new WitTypeOwner(WitTypeOwnerKind.Interface, id);

        /// <summary>Owned by world <paramref name="id"/>.</summary>
        public static WitTypeOwner World(int id) => new WitTypeOwner(WitTypeOwnerKind.World, id);

        /// <summary>The kind of owner.</summary>
        public WitTypeOwnerKind Kind { get; }

        /// <summary>The interface or world index, or -1.</summary>
        public int Id { get; }

        /// <inheritdoc />
        public bool Equals(WitTypeOwner other) => Kind == other.Kind && Id == other.Id;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is WitTypeOwner o && Equals(o);

        /// <inheritdoc />
        public override int GetHashCode() => ((int)Kind * 397) ^ Id;
    }

    /// <summary>A type definition in <see cref="WitResolve.Types"/>.</summary>
    public sealed class WitTypeDef
    {
        /// <summary>Creates a type definition.</summary>
        public WitTypeDef(string? name, WitTypeDefKind kind, WitTypeOwner owner, WitDocs docs, WitStability stability)
        {
            Name = name;
            Kind = kind;
            Owner = owner;
            Docs = docs;
            Stability = stability;
        }

        /// <summary>
        /// Where the type is defined (its name; the type expression for anonymous types), so later stages such as
        /// the bindings generator can point at it; null for types not made from source.
        /// </summary>
        public SourceLocation? Location { get; internal set; }

        /// <summary>The name, or null for anonymous types.</summary>
        public string? Name { get; internal set; }

        /// <summary>What the type is.</summary>
        public WitTypeDefKind Kind { get; internal set; }

        /// <summary>The interface or world defining it.</summary>
        public WitTypeOwner Owner { get; internal set; }

        /// <summary>Documentation.</summary>
        public WitDocs Docs { get; }

        /// <summary>Gate annotation.</summary>
        public WitStability Stability { get; internal set; }

        /// <summary>The id given by <c>@external-id("…")</c>, or null.</summary>
        public string? ExternalId { get; internal set; }
    }
}
