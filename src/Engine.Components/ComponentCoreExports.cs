using System;
using WitSharp.Engine.Components.Running;
using WitSharp.Runtime;

namespace WitSharp.Engine.Components;

/// <summary>
/// A component instance's lifted exports seen from generated export bindings: the core function behind each
/// (<see cref="ICoreFunctionInvoker"/>, with its post-return), the shared <see cref="Context"/> (the memory, realloc and
/// string encoding the component's <c>canon lift</c>s name) and <see cref="ResolveExport"/>, which maps the bindings'
/// names to indices once. Calls through it check the instance's flags (re-entrance, poisoning) like every call.
/// </summary>
public sealed class ComponentCoreExports : ICoreFunctionInvoker
{
    private readonly InstanceRuntime _runtime;

    internal ComponentCoreExports(InstanceRuntime runtime)
    {
        _runtime = runtime;
        Context = runtime.SharedExportContext();
        ResolveExport = runtime.Plan.Exports.ResolveCoreName;
    }

    /// <summary>The canonical context every lifted export of the instance shares.</summary>
    public CallContext Context { get; }

    /// <summary>
    /// Maps a generated binding's export name to the index <see cref="Invoke"/> takes: <c>add</c> for a root function,
    /// <c>ns:pkg/iface@1.0.0#add</c> for a function of an exported instance, <c>ns:pkg/iface@1.0.0#[dtor]r</c> for the
    /// destructor of an exported resource. An unknown name throws <see cref="System.Collections.Generic.KeyNotFoundException"/>.
    /// </summary>
    public Func<string, int> ResolveExport { get; }

    /// <summary>
    /// <see cref="Context"/> for generated export bindings that number resource types as <paramref name="resources"/>
    /// describes (what a generated world class passes its export binding).
    /// </summary>
    public CallContext ContextFor(BindingResourceTypes resources)
    {
        if (resources is null) throw new ArgumentNullException(nameof(resources));
        return Context.WithResourceTypes(resources.MapFor(_runtime.Plan));
    }

    /// <inheritdoc/>
    public void Invoke(int export, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results) =>
        _runtime.InvokeCore(export, arguments, results);

    /// <inheritdoc/>
    public void PostReturn(int export, ReadOnlySpan<CoreValue> results) => _runtime.PostReturnCore(export, results);
}
