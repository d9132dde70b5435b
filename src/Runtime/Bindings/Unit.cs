using System;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>
    /// The empty value: the missing side of <c>result&lt;_, E&gt;</c> or <c>result&lt;T&gt;</c>, and the empty
    /// tuple. Generated bindings use it where C# needs a type argument but WIT has no payload.
    /// </summary>
    public readonly struct Unit : IEquatable<Unit>
    {
        /// <summary>The one value.</summary>
        public static Unit Value => default;

        /// <inheritdoc />
        public bool Equals(Unit other) => true;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Unit;

        /// <inheritdoc />
        public override int GetHashCode() => 0;

        /// <inheritdoc />
        public override string ToString() => "()";

        /// <summary>Always true: all units are equal.</summary>
        public static bool operator ==(Unit left, Unit right) => true;

        /// <summary>Always false: all units are equal.</summary>
        public static bool operator !=(Unit left, Unit right) => false;
    }
}
