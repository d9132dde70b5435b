using WitSharp.Engine.Components;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.IncomingHandler;
using WitSharp.Wasi.Bindings.Witsharp.WasiHost.V0_2_12.HostWorld;

namespace WitSharp.Wasi.Http;

/// <summary>
/// Binds the generated <c>wasi:http/incoming-handler</c> export of one instance. The world class
/// (<see cref="Host"/>) binds every export of the world at once, and a proxy has no <c>wasi:cli/run</c>, so the
/// interface's binding is made on its own here, with the world's numbering of resource types
/// (<see cref="Host.ResourceTypes"/>).
/// </summary>
internal static class IncomingHandlerBinding
{
    /// <summary>The typed <c>handle</c> export of <paramref name="instance"/>.</summary>
    /// <exception cref="ComponentLinkException">The component exports no <c>wasi:http/incoming-handler@0.2.x</c>.</exception>
    public static IIncomingHandlerExports Bind(ComponentInstance instance)
    {
        ComponentCoreExports exports = instance.CoreExports;
        try
        {
            return new IncomingHandlerExportsBinding(exports, exports.ContextFor(Host.ResourceTypes), exports.ResolveExport);
        }
        catch (System.Collections.Generic.KeyNotFoundException)
        {
            throw new ComponentLinkException("the component is not a wasi:http proxy: it exports no wasi:http/incoming-handler@0.2.x handle function");
        }
    }
}
