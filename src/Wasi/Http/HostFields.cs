using System;
using System.Collections.Generic;
using System.Linq;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.Types;

namespace WitSharp.Wasi.Http;

/// <summary>
/// <c>fields</c> (headers and trailers): an ordered list of name/value pairs, names compared case-insensitively and
/// kept as given. Fields the host hands out as a request's or response's headers are immutable: <c>set</c>,
/// <c>append</c> and <c>delete</c> return <c>immutable</c>.
/// </summary>
public sealed class HostFields : Fields
{
    private readonly List<(string Name, byte[] Value)> _entries;

    /// <summary>Empty, mutable fields.</summary>
    public HostFields() => _entries = new List<(string, byte[])>();

    /// <summary>Fields holding <paramref name="entries"/> (validated by the caller), immutable when <paramref name="immutable"/>.</summary>
    public HostFields(IEnumerable<(string Name, byte[] Value)> entries, bool immutable)
    {
        _entries = entries.ToList();
        IsImmutable = immutable;
    }

    /// <summary>True when the guest cannot change these fields.</summary>
    public bool IsImmutable { get; private set; }

    /// <summary>Every entry, in order.</summary>
    public IReadOnlyList<(string Name, byte[] Value)> EntryList => _entries;

    /// <summary>Makes these fields immutable: a response's headers once it is sent, a request's once it is handed on.</summary>
    public void Freeze() => IsImmutable = true;

    /// <summary>Validates <paramref name="entries"/> as <c>fields.from-list</c> does.</summary>
    public static Result<Fields, HeaderError> FromList((string, byte[])[] entries)
    {
        foreach (var (name, value) in entries)
        {
            if (!HeaderRules.IsValidName(name) || !HeaderRules.IsValidValue(value)) return Result<Fields, HeaderError>.Err(new HeaderError.InvalidSyntax());
            if (HeaderRules.IsForbidden(name)) return Result<Fields, HeaderError>.Err(new HeaderError.Forbidden());
        }
        return Result<Fields, HeaderError>.Ok(new HostFields(entries.Select(e => (e.Item1, e.Item2)), immutable: false));
    }

    /// <inheritdoc />
    public override byte[][] Get(string name) =>
        _entries.Where(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(e => e.Value).ToArray();

    /// <inheritdoc />
    public override bool Has(string name) => _entries.Any(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public override Result<Unit, HeaderError> Set(string name, byte[][] value)
    {
        if (Check(name, value) is { } error) return error;
        Remove(name);
        foreach (byte[] v in value) _entries.Add((name, v));
        return Result<Unit, HeaderError>.Ok(Unit.Value);
    }

    /// <inheritdoc />
    public override Result<Unit, HeaderError> Delete(string name)
    {
        if (Check(name, Array.Empty<byte[]>()) is { } error) return error;
        Remove(name);
        return Result<Unit, HeaderError>.Ok(Unit.Value);
    }

    /// <inheritdoc />
    public override Result<Unit, HeaderError> Append(string name, byte[] value)
    {
        if (Check(name, new[] { value }) is { } error) return error;
        _entries.Add((name, value));
        return Result<Unit, HeaderError>.Ok(Unit.Value);
    }

    /// <inheritdoc />
    public override (string, byte[])[] Entries() => _entries.Select(e => (e.Name, e.Value)).ToArray();

    /// <inheritdoc />
    public override Fields Clone_() => new HostFields(_entries, immutable: false);

    private Result<Unit, HeaderError>? Check(string name, byte[][] values)
    {
        if (IsImmutable) return Result<Unit, HeaderError>.Err(new HeaderError.Immutable());
        if (!HeaderRules.IsValidName(name) || values.Any(v => !HeaderRules.IsValidValue(v))) return Result<Unit, HeaderError>.Err(new HeaderError.InvalidSyntax());
        if (HeaderRules.IsForbidden(name)) return Result<Unit, HeaderError>.Err(new HeaderError.Forbidden());
        return null;
    }

    private void Remove(string name) => _entries.RemoveAll(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
