using System;
using System.Collections.Generic;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>
    /// A WIT <c>option&lt;T&gt;</c> for the cases C# <c>T?</c> cannot express: an option whose payload is itself
    /// an option (<c>option&lt;option&lt;u32&gt;&gt;</c> has three distinct values, <c>uint??</c> has two).
    /// </summary>
    public readonly struct Option<T> : IEquatable<Option<T>>
    {
        private readonly T _value;

        private Option(T value)
        {
            _value = value;
            HasValue = true;
        }

        /// <summary>The empty option.</summary>
        public static Option<T> None => default;

        /// <summary>An option holding <paramref name="value"/>.</summary>
        public static Option<T> Some(T value) => new Option<T>(value);

        /// <summary>True for <c>some</c>.</summary>
        public bool HasValue { get; }

        /// <summary>The payload of a <c>some</c>; throws on <c>none</c>.</summary>
        public T Value => HasValue ? _value : throw new InvalidOperationException("The option is none.");

        /// <summary>The payload when there is one.</summary>
        public bool TryGetValue(out T value)
        {
            value = _value;
            return HasValue;
        }

        /// <inheritdoc />
        public bool Equals(Option<T> other) =>
            HasValue == other.HasValue && (!HasValue || EqualityComparer<T>.Default.Equals(_value, other._value));

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Option<T> o && Equals(o);

        /// <inheritdoc />
        public override int GetHashCode() => HasValue ? EqualityComparer<T>.Default.GetHashCode(_value!) ^ 0x5bd1e995 : 0;

        /// <inheritdoc />
        public override string ToString() => HasValue ? "some(" + _value + ")" : "none";

        /// <summary>Value equality.</summary>
        public static bool operator ==(Option<T> left, Option<T> right) => left.Equals(right);

        /// <summary>Value inequality.</summary>
        public static bool operator !=(Option<T> left, Option<T> right) => !left.Equals(right);
    }
}
