using System;
using System.Collections.Immutable;
using System.Text;

namespace WitSharp.Engine.Model;

/// <summary>A function signature: parameter and result types. Compared structurally.</summary>
public sealed class FuncType : IEquatable<FuncType>
{
    /// <summary>Creates a function type.</summary>
    public FuncType(ImmutableArray<ValType> parameters, ImmutableArray<ValType> results)
    {
        Parameters = parameters.IsDefault ? ImmutableArray<ValType>.Empty : parameters;
        Results = results.IsDefault ? ImmutableArray<ValType>.Empty : results;
    }

    /// <summary>The parameter types, in order.</summary>
    public ImmutableArray<ValType> Parameters { get; }

    /// <summary>The result types, in order.</summary>
    public ImmutableArray<ValType> Results { get; }

    /// <summary>The type <c>[] -> []</c>.</summary>
    public static FuncType Empty { get; } = new(ImmutableArray<ValType>.Empty, ImmutableArray<ValType>.Empty);

    /// <inheritdoc/>
    public bool Equals(FuncType? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        return Parameters.AsSpan().SequenceEqual(other.Parameters.AsSpan()) && Results.AsSpan().SequenceEqual(other.Results.AsSpan());
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FuncType);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (ValType t in Parameters) hash.Add(t);
        hash.Add(-1);
        foreach (ValType t in Results) hash.Add(t);
        return hash.ToHashCode();
    }

    /// <summary>The text-format form, e.g. <c>(func (param i32) (result i64))</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("(func");
        if (Parameters.Length > 0)
        {
            sb.Append(" (param");
            foreach (ValType t in Parameters) sb.Append(' ').Append(t.ToWatName());
            sb.Append(')');
        }
        if (Results.Length > 0)
        {
            sb.Append(" (result");
            foreach (ValType t in Results) sb.Append(' ').Append(t.ToWatName());
            sb.Append(')');
        }
        return sb.Append(')').ToString();
    }
}
