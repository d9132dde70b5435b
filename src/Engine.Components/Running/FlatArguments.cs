using System.Runtime.CompilerServices;

namespace WitSharp.Engine.Components.Running;

/// <summary>
/// Room for a typed call's flat arguments on the stack: as many as a lifted function can take flat
/// (<see cref="WitSharp.WitParser.Abi.CanonicalLayout.MaxFlatParams"/>). A fixed buffer rather than <c>stackalloc</c>, so that the calling
/// method tiers up with profile data like any other (a method with <c>stackalloc</c> is compiled once, without it).
/// </summary>
[InlineArray(Length)]
internal struct FlatArguments
{
    public const int Length = WitSharp.WitParser.Abi.CanonicalLayout.MaxFlatParams;

    private ulong _slot;
}
