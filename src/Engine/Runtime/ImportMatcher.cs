using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>The spec's import subtyping (external types matching) for 2.0.</summary>
internal static class ImportMatcher
{
    /// <summary>Null when <paramref name="value"/> satisfies <paramref name="import"/>, else the reason.</summary>
    public static string? Check(WasmStore store, WasmModule module, Import import, object value)
    {
        switch (import.Kind)
        {
            case ExternalKind.Function:
                if (value is not WasmFunction function) return "expected a function";
                if (!ReferenceEquals(function.Store, store)) return "the function belongs to another store";
                FuncType expected = module.Definition.Types[(int)import.FunctionTypeIndex];
                return function.Type.Equals(expected) ? null : $"expected {expected}, found {function.Type}";
            case ExternalKind.Table:
                if (value is not WasmTable table) return "expected a table";
                if (!ReferenceEquals(table.Store, store)) return "the table belongs to another store";
                if (table.Type.ElementType != import.Table.ElementType) return "element type differs";
                return LimitsMatch(table.Size, table.Type.Limits.Maximum, import.Table.Limits);
            case ExternalKind.Memory:
                if (value is not WasmMemory memory) return "expected a memory";
                return LimitsMatch(memory.PageCount, memory.Maximum, import.Memory.Limits);
            default:
                if (value is not WasmGlobal global) return "expected a global";
                if (!ReferenceEquals(global.Store, store)) return "the global belongs to another store";
                return global.Type == import.Global ? null : $"expected {import.Global}, found {global.Type}";
        }
    }

    private static string? LimitsMatch(uint size, uint? maximum, Limits expected)
    {
        if (size < expected.Minimum) return $"size {size} is below the required minimum {expected.Minimum}";
        if (expected.Maximum is uint max && (maximum is not uint actual || actual > max)) return $"maximum must be at most {max}";
        return null;
    }
}
