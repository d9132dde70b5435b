using System;
using WitSharp.Runtime;

namespace WitSharp.Engine.Bindings;

/// <summary>
/// A generated import trampoline: lifts the guest's flat arguments, calls <paramref name="host"/> and lowers the result
/// (the shape of every method of a generated <c>…ImportsBinding</c> class).
/// </summary>
/// <typeparam name="THost">The host's implementation of the imported interface.</typeparam>
/// <param name="host">The host object the call goes to.</param>
/// <param name="context">The calling instance's canonical context.</param>
/// <param name="arguments">The flat arguments of the core import.</param>
/// <param name="results">The flat results of the core import, to be written.</param>
public delegate void CanonicalImport<in THost>(THost host, CallContext context, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results);

/// <summary>
/// A generated trampoline that needs no host object: a method of a host resource (the object comes from the
/// instance's handle table, e.g. <c>FilesImportsBinding.FileName</c>), or a resource intrinsic of a generated
/// <c>CoreImports</c> class (<c>[resource-new]</c>, <c>[resource-rep]</c>, <c>[resource-drop]</c>).
/// </summary>
/// <param name="context">The calling instance's canonical context.</param>
/// <param name="arguments">The flat arguments of the core import.</param>
/// <param name="results">The flat results of the core import, to be written.</param>
public delegate void CanonicalIntrinsic(CallContext context, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results);
