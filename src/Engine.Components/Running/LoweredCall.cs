using System;
using WitSharp.Engine.Components.Planning;
using WitSharp.Runtime;
using WitSharp.WitParser.Abi;

namespace WitSharp.Engine.Components.Running;

/// <summary>
/// <c>canon_lower</c>: the core function a guest calls for an imported (or another instance's) function. Traps unless
/// the calling instance may leave, lifts the flat arguments with the lower site's options, calls the callee (a host
/// trampoline directly on flat values, a dynamic host function, or a lifted function of another instance), lowers the
/// result, and returns the handles lent for borrowed arguments.
/// </summary>
internal static class LoweredCall
{
    public static void Run(InstanceRuntime runtime, LowerSite site, ReadOnlySpan<ulong> args, Span<ulong> results)
    {
        runtime.TrapUnlessMayLeave(site.Node, site.Name);
        FunctionSignature signature = site.Callee.Type;
        CoreFunctionType type = signature.Lower;
        CallContext cx = runtime.LowerContext(site);
        int count = type.Params.Count;
        Span<CoreValue> flat = count <= 16 ? stackalloc CoreValue[count] : new CoreValue[count];
        for (int i = 0; i < count; i++) flat[i] = new CoreValue(type.Params[i], args[i]);
        try
        {
            if (site.Callee is HostFunctionValue host && runtime.Imports.Functions[host.HostImport]!.Trampoline is { } trampoline)
            {
                Span<CoreValue> lowered = stackalloc CoreValue[Math.Max(type.Results.Count, 1)];
                trampoline(cx, flat, lowered.Slice(0, type.Results.Count));
                for (int i = 0; i < type.Results.Count; i++) results[i] = lowered[i].Bits;
                return;
            }
            var reader = new FlatReader(flat);
            WitValue[] arguments = CanonicalAbi.LiftFlatValues(cx, CanonicalLayout.MaxFlatParams, ref reader, signature.Parameters);
            WitValue[] returned = site.Callee is LiftedFunction lifted ? runtime.CallLifted(lifted, arguments, site.Node) : CallHost(runtime, site, (HostFunctionValue)site.Callee, arguments);
            if (signature.ResultsInMemory)
            {
                CanonicalAbi.LowerFlatValues(cx, CanonicalLayout.MaxFlatResults, returned, signature.Results, args[count - 1]);
            }
            else if (type.Results.Count == 1)
            {
                results[0] = CanonicalAbi.LowerFlatValues(cx, CanonicalLayout.MaxFlatResults, returned, signature.Results)[0].Bits;
            }
        }
        finally
        {
            cx.BorrowScope.ReturnLentHandles();
        }
    }

    private static WitValue[] CallHost(InstanceRuntime runtime, LowerSite site, HostFunctionValue host, WitValue[] arguments)
    {
        ComponentHostFunction function = runtime.Imports.Functions[host.HostImport]!.Dynamic!;
        WitValue? result = function(arguments);
        if (host.Type.Results.Fields.Count == 0) return Array.Empty<WitValue>();
        return new[] { result ?? throw new CanonicalAbiTrapException("host function " + site.Name + " returned no value, but its type has a result") };
    }
}
