using WitSharp.Engine.Model;

namespace WitSharp.Engine.Binary;

/// <summary>
/// The engine's implementation limits: the numbers the WebAssembly JavaScript API sets for the web (its
/// "Limits" section, with imports and exports at 1,000,000 since July 2024), so a module that loads in a
/// browser loads here and one a browser rejects is rejected here too. The decoder enforces every static limit
/// and reports which limit, the value and where as a <see cref="WasmDecodeException"/>; beyond being a
/// compatibility promise they keep every count and frame size far below what a 32-bit index can hold, which
/// the interpreter's frame layout relies on.
/// </summary>
public static class ImplementationLimits
{
    /// <summary>The largest module binary, in bytes (1 GiB).</summary>
    public const int MaxModuleSize = 1 << 30;

    /// <summary>The most function types in the type section.</summary>
    public const int MaxTypes = 1_000_000;

    /// <summary>The most functions defined in the function section (imports not counted).</summary>
    public const int MaxFunctions = 1_000_000;

    /// <summary>The most imports.</summary>
    public const int MaxImports = 1_000_000;

    /// <summary>The most exports.</summary>
    public const int MaxExports = 1_000_000;

    /// <summary>The most globals defined in the global section (imports not counted).</summary>
    public const int MaxGlobals = 1_000_000;

    /// <summary>The most data segments.</summary>
    public const int MaxDataSegments = 100_000;

    /// <summary>The most element segments.</summary>
    public const int MaxElementSegments = 10_000_000;

    /// <summary>The most tables, imported ones included.</summary>
    public const int MaxTables = 100_000;

    /// <summary>
    /// The most elements a table may hold. A dynamic limit: a module declaring more is valid (as on the web) and
    /// fails when a table that large is created or grown at run time.
    /// </summary>
    public const int MaxTableSize = 10_000_000;

    /// <summary>The largest function body in bytes, local declarations included.</summary>
    public const int MaxFunctionBodySize = 7_654_321;

    /// <summary>The most locals of one function, parameters included.</summary>
    public const int MaxFunctionLocals = 50_000;

    /// <summary>The most parameters of a function type (so of any function or block).</summary>
    public const int MaxFunctionParameters = 1_000;

    /// <summary>The most results of a function type (so of any function or block).</summary>
    public const int MaxFunctionResults = 1_000;

    /// <summary>The most pages (64 KiB each) of a linear memory (the core spec's own bound); checked by the validator.</summary>
    public const int MaxMemoryPages = (int)MemoryType.MaxPages;

    /// <summary>Throws when <paramref name="count"/> of <paramref name="what"/> exceeds <paramref name="limit"/>.</summary>
    /// <param name="count">The value found.</param>
    /// <param name="limit">The limit it must not exceed.</param>
    /// <param name="what">What is counted, plural ("types", "locals in function 3").</param>
    /// <param name="offset">Where in the binary the count was read.</param>
    internal static void Check(ulong count, int limit, string what, int offset)
    {
        if (count > (ulong)limit) throw TooMany(count, limit, what, offset);
    }

    /// <summary>The error for a count over a limit; its reason starts "too many" (the spec suite's wording for locals).</summary>
    internal static WasmDecodeException TooMany(ulong count, int limit, string what, int offset) =>
        new($"too many {what}: {count} exceeds the implementation limit of {limit}", offset);
}
