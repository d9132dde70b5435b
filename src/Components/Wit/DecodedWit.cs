using System.Collections.Generic;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Components.Wit;

/// <summary>What a binary's WIT describes.</summary>
public enum DecodedWitKind
{
    /// <summary>A component (or a core module's <c>component-type</c> section): one world.</summary>
    Component,
    /// <summary>A WIT package encoded as a component: interfaces and worlds, no code.</summary>
    WitPackage,
}

/// <summary>
/// The WIT of a binary in the resolved model the front end produces (<see cref="WitResolve"/>), so the JSON writer,
/// the printer, the bindings generator and diff work on it as on WIT read from source.
/// </summary>
public sealed class DecodedWit
{
    internal DecodedWit(WitResolve resolve, DecodedWitKind kind, int package, int? world)
    {
        Resolve = resolve;
        Kind = kind;
        Package = package;
        World = world;
    }

    /// <summary>The resolved packages: the main one last, the packages whose interfaces it uses before it.</summary>
    public WitResolve Resolve { get; }

    /// <summary>Whether this is a component's world or an encoded WIT package.</summary>
    public DecodedWitKind Kind { get; }

    /// <summary>
    /// The main package: <c>root:component</c> for a component (the binary does not name its world), the world's own
    /// package for a <c>component-type</c> section, the encoded package otherwise.
    /// </summary>
    public int Package { get; }

    /// <summary>The component's world, or null for a WIT package.</summary>
    public int? World { get; }

    /// <summary>Every package, in dependency order (the main package last).</summary>
    public IReadOnlyList<int> Packages
    {
        get
        {
            var all = new List<int>();
            for (int i = 0; i < Resolve.Packages.Count; i++) if (i != Package) all.Add(i);
            all.Add(Package);
            return all;
        }
    }
}
