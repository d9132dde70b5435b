using System;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>The key of a world import or export: a plain name, or an interface referenced by path.</summary>
    public readonly struct WitWorldKey : IEquatable<WitWorldKey>
    {
        private WitWorldKey(string? name, int interfaceId)
        {
            Name = name;
            InterfaceId = interfaceId;
        }

        /// <summary>A named item (<c>import foo: …</c>).</summary>
        public static WitWorldKey FromName(string name) => new WitWorldKey(name, -1);

        /// <summary>An interface imported or exported by path.</summary>
        public static WitWorldKey FromInterface(int id) => new WitWorldKey(null, id);

        /// <summary>The name, or null for an interface key.</summary>
        public string? Name { get; }

        /// <summary>The interface index for an interface key, else -1.</summary>
        public int InterfaceId { get; }

        /// <summary>True for a name key.</summary>
        public bool IsName => Name is not null;

        /// <inheritdoc />
        public bool Equals(WitWorldKey other) => Name == other.Name && InterfaceId == other.InterfaceId;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is WitWorldKey k && Equals(k);

        /// <inheritdoc />
        public override int GetHashCode() => Name?.GetHashCode() ?? InterfaceId;

        /// <inheritdoc />
        public override string ToString() => Name ?? "interface-" + InterfaceId;
    }

    /// <summary>What a world imports or exports.</summary>
    public enum WitWorldItemKind
    {
        /// <summary>An interface.</summary>
        Interface,
        /// <summary>A function.</summary>
        Function,
        /// <summary>A type (imports only).</summary>
        Type,
    }

    /// <summary>One import or export of a world.</summary>
    public sealed class WitWorldItem
    {
        private WitWorldItem(WitWorldItemKind kind, int id, WitFunction? function, WitStability stability)
        {
            Kind = kind;
            Id = id;
            Function = function;
            Stability = stability;
        }

        /// <summary>An interface item.</summary>
        public static WitWorldItem ForInterface(int id, WitStability stability) => new WitWorldItem(WitWorldItemKind.Interface, id, null, stability);

        /// <summary>A function item.</summary>
        public static WitWorldItem ForFunction(WitFunction f) => new WitWorldItem(WitWorldItemKind.Function, -1, f, f.Stability);

        /// <summary>A type item.</summary>
        public static WitWorldItem ForType(int id) => new WitWorldItem(WitWorldItemKind.Type, id, null, WitStability.Unknown);

        /// <summary>The kind.</summary>
        public WitWorldItemKind Kind { get; }

        /// <summary>The interface or type index (-1 for functions).</summary>
        public int Id { get; internal set; }

        /// <summary>The function for function items.</summary>
        public WitFunction? Function { get; }

        /// <summary>Gate annotation of an interface item (a function's own for function items).</summary>
        public WitStability Stability { get; }

        /// <summary>Docs written on an <c>import</c>/<c>export</c> of an interface by path (an inline interface keeps its own).</summary>
        public WitDocs Docs { get; internal set; } = WitDocs.None;

        /// <summary>The id given by <c>@external-id("…")</c> on an interface import or export, or null.</summary>
        public string? ExternalId { get; internal set; }

        /// <summary>The same interface item for interface <paramref name="id"/> under <paramref name="stability"/>, docs and id kept.</summary>
        internal WitWorldItem WithInterface(int id, WitStability stability) =>
            new WitWorldItem(WitWorldItemKind.Interface, id, null, stability) { Docs = Docs, ExternalId = ExternalId };
    }

    /// <summary>A world: imports and exports, in elaborated (dependency-complete) order.</summary>
    public sealed class WitWorld
    {
        /// <summary>Creates a world.</summary>
        public WitWorld(string name) => Name = name;

        /// <summary>The world name.</summary>
        public string Name { get; internal set; }

        /// <summary>The imports.</summary>
        public OrderedMap<WitWorldKey, WitWorldItem> Imports { get; internal set; } = new OrderedMap<WitWorldKey, WitWorldItem>();

        /// <summary>The exports.</summary>
        public OrderedMap<WitWorldKey, WitWorldItem> Exports { get; internal set; } = new OrderedMap<WitWorldKey, WitWorldItem>();

        /// <summary>The owning package index.</summary>
        public int? Package { get; internal set; }

        /// <summary>Documentation.</summary>
        public WitDocs Docs { get; internal set; } = WitDocs.None;

        /// <summary>Gate annotation.</summary>
        public WitStability Stability { get; internal set; } = WitStability.Unknown;
    }
}
