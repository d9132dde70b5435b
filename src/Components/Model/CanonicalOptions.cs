using System.Collections.Generic;

namespace WitSharp.Components.Model;

/// <summary>The <c>canonopt</c> kinds; each value is its binary opcode.</summary>
public enum CanonOptionKind : byte
{
    /// <summary><c>string-encoding=utf8</c>.</summary>
    Utf8 = 0x00,
    /// <summary><c>string-encoding=utf16</c>.</summary>
    Utf16 = 0x01,
    /// <summary><c>string-encoding=latin1+utf16</c>.</summary>
    Latin1Utf16 = 0x02,
    /// <summary><c>(memory m)</c>.</summary>
    Memory = 0x03,
    /// <summary><c>(realloc f)</c>.</summary>
    Realloc = 0x04,
    /// <summary><c>(post-return f)</c>.</summary>
    PostReturn = 0x05,
    /// <summary><c>async</c> (🔀).</summary>
    Async = 0x06,
    /// <summary><c>(callback f)</c> (🔀).</summary>
    Callback = 0x07,
}

/// <summary>The string encodings a canonical function may use.</summary>
public enum CanonStringEncoding : byte
{
    /// <summary>UTF-8 (the default).</summary>
    Utf8,
    /// <summary>UTF-16.</summary>
    Utf16,
    /// <summary>Latin-1 when possible, else UTF-16.</summary>
    Latin1Utf16,
}

/// <summary>One canonical option as written.</summary>
/// <param name="Kind">The option.</param>
/// <param name="Index">The index immediate (core memory or core function), 0 for options without one.</param>
/// <param name="Offset">Absolute offset of the option.</param>
public readonly record struct CanonOption(CanonOptionKind Kind, uint Index, int Offset);

/// <summary>
/// The canonical options of a <c>canon</c> definition, as written (<see cref="All"/>, which validation checks for
/// duplicates and conflicts) and as resolved values (the first of each kind).
/// </summary>
/// <param name="All">Every option in binary order.</param>
public sealed record CanonicalOptions(IReadOnlyList<CanonOption> All)
{
    /// <summary>No options.</summary>
    public static CanonicalOptions None { get; } = new(System.Array.Empty<CanonOption>());

    /// <summary>The string encoding (UTF-8 when none is given).</summary>
    public CanonStringEncoding StringEncoding
    {
        get
        {
            foreach (CanonOption option in All)
            {
                if (option.Kind == CanonOptionKind.Utf16) return CanonStringEncoding.Utf16;
                if (option.Kind == CanonOptionKind.Latin1Utf16) return CanonStringEncoding.Latin1Utf16;
                if (option.Kind == CanonOptionKind.Utf8) return CanonStringEncoding.Utf8;
            }
            return CanonStringEncoding.Utf8;
        }
    }

    /// <summary>The core memory index, if given.</summary>
    public uint? Memory => Find(CanonOptionKind.Memory);

    /// <summary>The core realloc function index, if given.</summary>
    public uint? Realloc => Find(CanonOptionKind.Realloc);

    /// <summary>The core post-return function index, if given.</summary>
    public uint? PostReturn => Find(CanonOptionKind.PostReturn);

    /// <summary>The async callback core function index, if given (🔀).</summary>
    public uint? Callback => Find(CanonOptionKind.Callback);

    /// <summary>True when the <c>async</c> option is present (🔀).</summary>
    public bool IsAsync
    {
        get
        {
            foreach (CanonOption option in All) if (option.Kind == CanonOptionKind.Async) return true;
            return false;
        }
    }

    private uint? Find(CanonOptionKind kind)
    {
        foreach (CanonOption option in All) if (option.Kind == kind) return option.Index;
        return null;
    }
}
