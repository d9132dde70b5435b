using System;
using WitSharp.Engine.Components.Engines;
using WitSharp.Engine.Components.Linking;
using WitSharp.Engine.Components.Planning;
using WitSharp.Runtime;

namespace WitSharp.Engine.Components;

/// <summary>
/// What the host provides to components: functions, resource types and instances by name. Top-level imports are
/// defined on <see cref="Root"/>; an imported interface such as <c>wasi:cli/stdout@0.2.0</c> on
/// <see cref="Instance"/>. Versioned names match semver-compatibly (the Explainer's canonical interface names): an
/// import of <c>a:b/c@1.2.0</c> links to a definition of <c>a:b/c@1.3.1</c>.
/// </summary>
/// <remarks>
/// Linking is resolved once by <see cref="Prepare"/>; the <see cref="ComponentInstancePre"/> it returns only
/// allocates when it instantiates. Define everything before preparing: later definitions do not reach an existing
/// <see cref="ComponentInstancePre"/>. Not thread-safe while being defined; a prepared instance is.
/// </remarks>
/// <example>
/// <code>
/// var engine = new WasmEngine();
/// Component calc = Component.FromFile(engine, "calc.component.wasm");
/// var linker = new ComponentLinker(engine);
/// linker.Root.DefineFunction("log", args => { Console.WriteLine(args[0].Text); return null; });
/// using ComponentInstance instance = linker.Instantiate(calc);
/// WitValue? sum = instance.GetFunction("add")!.Invoke(WitValue.Unsigned(1), WitValue.Unsigned(2));
/// </code>
/// </example>
public sealed class ComponentLinker
{
    /// <summary>Creates an empty linker for components of <paramref name="engine"/> (a <see cref="WasmEngine"/> converts implicitly).</summary>
    public ComponentLinker(CoreEngine engine) => Engine = engine ?? throw new ArgumentNullException(nameof(engine));

    /// <summary>The engine the components run on.</summary>
    public CoreEngine Engine { get; }

    /// <summary>The component's top-level imports (functions, resource types, and instances by full name).</summary>
    public ComponentLinkerInstance Root { get; } = new ComponentLinkerInstance("");

    /// <summary>
    /// The host instance <paramref name="name"/> (e.g. <c>wasi:cli/stdout@0.2.0</c>), created on first use; the same as
    /// <c>Root.Instance(name)</c>.
    /// </summary>
    public ComponentLinkerInstance Instance(string name) => Root.Instance(name);

    /// <summary>
    /// Resolves every import of <paramref name="component"/> against this linker's definitions, once, so that
    /// instantiating is only allocation.
    /// </summary>
    /// <exception cref="ComponentLinkException">An import is missing or defined as another kind of item.</exception>
    public ComponentInstancePre Prepare(Component component)
    {
        if (component is null) throw new ArgumentNullException(nameof(component));
        if (!ReferenceEquals(component.Engine, Engine)) throw new ArgumentException("the component was compiled by another engine", nameof(component));
        return new ComponentInstancePre(component, ImportResolver.Resolve(component.Plan, Root));
    }

    /// <summary>
    /// Defines every import of <paramref name="component"/> that this linker does not define yet as a placeholder: a
    /// function that traps when called (naming the import), or a host resource type without a destructor. For running
    /// components whose imports (WASI, say) a test or tool never calls.
    /// </summary>
    public ComponentLinker DefineUnknownImportsAsTraps(Component component)
    {
        if (component is null) throw new ArgumentNullException(nameof(component));
        foreach (HostImport import in component.Plan.HostImports)
        {
            ComponentLinkerInstance scope = Root;
            bool defined = true;
            for (int i = 0; i < import.Path.Length - 1 && defined; i++)
            {
                defined = scope.Find(import.Path[i]) is null or LinkerInstanceItem;
                if (defined) scope = scope.Find(import.Path[i]) is LinkerInstanceItem existing ? existing.Instance : scope.Instance(import.Path[i]);
            }
            string name = import.Path[import.Path.Length - 1];
            if (!defined || scope.Find(name) is not null) continue;
            if (import.Kind == HostImportKind.Resource)
            {
                scope.DefineResource(name);
                continue;
            }
            string what = import.DisplayName;
            scope.DefineFunction(name, _ => throw new CanonicalAbiTrapException("the component called import " + what + ", which the host defines only as a trapping placeholder"));
        }
        return this;
    }

    /// <summary>Prepares and instantiates <paramref name="component"/> in a new store.</summary>
    /// <exception cref="ComponentLinkException">An import is missing or defined as another kind of item.</exception>
    /// <exception cref="WasmTrapException">A core module's start function trapped.</exception>
    /// <exception cref="WasmLinkException">A core module's import does not match the item the component gives it.</exception>
    public ComponentInstance Instantiate(Component component) => Prepare(component).Instantiate();

    /// <summary>Prepares and instantiates <paramref name="component"/> in <paramref name="store"/>.</summary>
    /// <exception cref="ComponentLinkException">An import is missing or defined as another kind of item.</exception>
    /// <exception cref="WasmTrapException">A core module's start function trapped.</exception>
    /// <exception cref="WasmLinkException">A core module's import does not match the item the component gives it.</exception>
    public ComponentInstance Instantiate(CoreStore store, Component component) => Prepare(component).Instantiate(store);
}
