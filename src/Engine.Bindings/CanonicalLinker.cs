using System;
using System.Collections.Generic;
using WitSharp.Engine.Model;
using WitSharp.Runtime;
using WitSharp.Runtime.Resources;

namespace WitSharp.Engine.Bindings;

/// <summary>
/// Links a guest core module's imports to generated import trampolines and instantiates it as a
/// <see cref="GuestInstance"/> whose <see cref="GuestInstance.Context"/> the trampolines receive. Core imports not
/// defined here resolve through <see cref="Linker"/> (define WASI or other host functions there).
/// </summary>
/// <example>
/// <code>
/// var engine = new WasmEngine();
/// WasmModule module = engine.LoadModuleFile("guest.wasm");
/// var linker = new CanonicalLinker(engine)
///     .DefineImport("demo:text/host@0.1.0", "log", host, HostImportsBinding.Log)
///     .DefineImport("demo:text/host@0.1.0", "lookup", host, HostImportsBinding.Lookup);
/// GuestInstance guest = linker.Instantiate(new WasmStore(engine), module);
/// ITextExports text = new TextExportsBinding(guest, guest.Context, guest.ResolveExport);
/// </code>
/// </example>
public sealed class CanonicalLinker
{
    // A trampoline bound to its host object, waiting for the instance's context.
    private delegate void Bound(CallContext context, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results);

    // CallsHost: the trampoline runs host code, during which the guest must not be re-entered.
    private readonly Dictionary<(string Module, string Name), (Bound Bound, bool CallsHost)> _imports = new();

    /// <summary>Creates a linker for modules of <paramref name="engine"/>.</summary>
    public CanonicalLinker(WasmEngine engine)
    {
        Linker = new WasmLinker(engine ?? throw new ArgumentNullException(nameof(engine)));
    }

    /// <summary>The engine linker underneath, for core imports that are not canonical trampolines.</summary>
    public WasmLinker Linker { get; }

    /// <summary>String encoding and address type of the instances made from now on (default: UTF-8, 32-bit memory).</summary>
    public CanonicalOptions Options
    {
        get => _options;
        set => _options = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The name of the guest's exported linear memory (default <c>memory</c>).</summary>
    public string MemoryExport
    {
        get => _memoryExport;
        set => _memoryExport = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The name of the guest's exported allocator (default <c>cabi_realloc</c>).</summary>
    public string ReallocExport
    {
        get => _reallocExport;
        set => _reallocExport = value ?? throw new ArgumentNullException(nameof(value));
    }

    private CanonicalOptions _options = CanonicalOptions.Default;
    private string _memoryExport = "memory";
    private string _reallocExport = "cabi_realloc";

    /// <summary>
    /// Defines core import <paramref name="name"/> of <paramref name="module"/> (<c>ns:pkg/iface@version</c>) as a
    /// generated trampoline calling <paramref name="host"/>, e.g. <c>HostImportsBinding.Log</c>.
    /// </summary>
    public CanonicalLinker DefineImport<THost>(string module, string name, THost host, CanonicalImport<THost> trampoline)
    {
        if (host is null) throw new ArgumentNullException(nameof(host));
        if (trampoline is null) throw new ArgumentNullException(nameof(trampoline));
        return Define(module, name, (cx, args, results) => trampoline(host, cx, args, results), callsHost: true);
    }

    /// <summary>
    /// Defines core import <paramref name="name"/> of <paramref name="module"/> as a trampoline without a host
    /// object: a host resource's method (<c>FilesImportsBinding.FileName</c> under <c>[method]file.name</c>) or a
    /// resource intrinsic (<c>File.CoreImports.ResourceDrop</c> under <c>[resource-drop]file</c>).
    /// </summary>
    public CanonicalLinker DefineIntrinsic(string module, string name, CanonicalIntrinsic intrinsic)
    {
        if (intrinsic is null) throw new ArgumentNullException(nameof(intrinsic));
        return Define(module, name, (cx, args, results) => intrinsic(cx, args, results), callsHost: false);
    }

    private CanonicalLinker Define(string module, string name, Bound bound, bool callsHost)
    {
        if (module is null) throw new ArgumentNullException(nameof(module));
        if (name is null) throw new ArgumentNullException(nameof(name));
        _imports[(module, name)] = (bound, callsHost);
        return this;
    }

    /// <summary>Instantiates <paramref name="module"/> with a fresh <see cref="ComponentInstanceState"/>.</summary>
    /// <exception cref="WasmLinkException">An import is missing or incompatible.</exception>
    /// <exception cref="WasmTrapException">Instantiation trapped (a segment did not fit, or the start function).</exception>
    public GuestInstance Instantiate(WasmStore store, WasmModule module) => Instantiate(store, module, new ComponentInstanceState());

    /// <summary>
    /// Instantiates <paramref name="module"/> in <paramref name="store"/> with <paramref name="state"/> as its handle
    /// tables and implemented resources; every trampoline defined here receives the instance's context.
    /// </summary>
    /// <exception cref="WasmLinkException">An import is missing or incompatible.</exception>
    /// <exception cref="WasmTrapException">Instantiation trapped (a segment did not fit, or the start function).</exception>
    public GuestInstance Instantiate(WasmStore store, WasmModule module, ComponentInstanceState state)
    {
        if (store is null) throw new ArgumentNullException(nameof(store));
        if (module is null) throw new ArgumentNullException(nameof(module));
        if (state is null) throw new ArgumentNullException(nameof(state));
        // The guest needs the engine instance and the trampolines need the guest: they reach it through this box.
        var box = new GuestBox();
        foreach (Import import in module.Imports)
        {
            if (import.Kind != ExternalKind.Function || !_imports.TryGetValue((import.Module, import.Name), out var definition)) continue;
            FuncType type = module.Definition.Types[(int)import.FunctionTypeIndex];
            Linker.DefineFunction(import.Module, import.Name, type, Callback(type, definition.Bound, definition.CallsHost, box, import.Module + "::" + import.Name));
        }
        WasmInstance instance = Linker.Instantiate(store, module);
        box.Guest = new GuestInstance(instance, MemoryExport, ReallocExport, Options, state);
        return box.Guest;
    }

    private sealed class GuestBox
    {
        public GuestInstance? Guest;
    }

    // The engine callback of one trampoline: raw slots in, typed flat values through, raw slots out.
    private static WasmHostCallback Callback(FuncType type, Bound bound, bool callsHost, GuestBox box, string what) => (caller, args, results) =>
    {
        GuestInstance guest = box.Guest
            ?? throw new CanonicalAbiTrapException("core import " + what + " was called while the module was being instantiated, before the guest's memory is known");
        int parameters = type.Parameters.Length, count = type.Results.Length;
        Span<CoreValue> flat = parameters <= 16 ? stackalloc CoreValue[parameters] : new CoreValue[parameters];
        Span<CoreValue> lowered = count <= 16 ? stackalloc CoreValue[count] : new CoreValue[count];
        for (int i = 0; i < parameters; i++) flat[i] = CoreValues.FromSlot(type.Parameters[i], args[i]);
        if (callsHost) guest.EnterHost();
        try
        {
            bound(guest.Context, flat, lowered);
        }
        finally
        {
            if (callsHost) guest.LeaveHost();
        }
        for (int i = 0; i < count; i++) results[i] = lowered[i].Bits;
    };
}
