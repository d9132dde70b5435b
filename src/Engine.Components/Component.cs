using System.Collections.Generic;
using System.IO;
using System;
using WitSharp.Components.Binary;
using WitSharp.Components.Model;
using WitSharp.Components.Validation;
using WitSharp.Engine.Components.Engines;
using WitSharp.Engine.Components.Planning;

namespace WitSharp.Engine.Components;

/// <summary>
/// A compiled WebAssembly component: decoded, checked, its core modules compiled once by the engine and its
/// instantiation planned. Immutable and thread-safe: share one across linkers, threads and instances.
/// </summary>
/// <example>
/// <code>
/// var engine = new WasmEngine();            // or any CoreEngine, e.g. new WasmtimeEngine() from WitSharp.Wasmtime
/// Component calc = Component.FromFile(engine, "calc.component.wasm");
/// </code>
/// </example>
public sealed class Component
{
    private Component(CoreEngine engine, ComponentDefinition definition, ComponentPlan plan)
    {
        Engine = engine;
        Definition = definition;
        Plan = plan;
        var imports = new List<string>();
        foreach (ImportDefinition import in definition.Imports) imports.Add(import.Name.Name);
        ImportNames = imports;
        var exports = new List<string>();
        foreach (ExportDefinition export in definition.Exports) exports.Add(export.Name.Name);
        ExportNames = exports;
    }

    /// <summary>The engine that compiled the component's core modules (a <see cref="WasmEngine"/> passed in is behind a <see cref="ManagedCoreEngine"/>).</summary>
    public CoreEngine Engine { get; }

    /// <summary>The decoded component (imports, exports, types, custom sections).</summary>
    public ComponentDefinition Definition { get; }

    /// <summary>The names of the component's top-level imports, in order.</summary>
    public IReadOnlyList<string> ImportNames { get; }

    /// <summary>The names of the component's top-level exports, in order.</summary>
    public IReadOnlyList<string> ExportNames { get; }

    internal ComponentPlan Plan { get; }

    /// <summary>Decodes, checks and compiles the component in <paramref name="bytes"/>.</summary>
    /// <exception cref="ComponentDecodeException">The bytes are not a well-formed component (also when they are a core module).</exception>
    /// <exception cref="ComponentValidationException">The component breaks a validation rule of the Explainer (the message names it and where).</exception>
    /// <exception cref="WasmException">A core module inside is malformed or invalid.</exception>
    /// <exception cref="ComponentNotSupportedException">The component uses a feature this runtime does not run yet, or is malformed in a way decoding does not catch.</exception>
    public static Component FromBytes(CoreEngine engine, ReadOnlyMemory<byte> bytes)
    {
        if (engine is null) throw new ArgumentNullException(nameof(engine));
        ComponentDefinition definition = ComponentDecoder.Decode(bytes);
        ComponentValidator.Validate(definition);
        return new Component(engine, definition, PlanBuilder.Build(engine, definition));
    }

    /// <summary>Reads, decodes, checks and compiles a component file.</summary>
    /// <exception cref="ComponentDecodeException">The file is not a well-formed component.</exception>
    /// <exception cref="ComponentValidationException">The component breaks a validation rule.</exception>
    /// <exception cref="WasmException">A core module inside is malformed or invalid.</exception>
    /// <exception cref="ComponentNotSupportedException">The component uses a feature this runtime does not run yet.</exception>
    public static Component FromFile(CoreEngine engine, string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        return FromBytes(engine, File.ReadAllBytes(path));
    }
}
