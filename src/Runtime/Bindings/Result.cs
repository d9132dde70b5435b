using System;
using System.Collections.Generic;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>
    /// A WIT <c>result&lt;T, E&gt;</c>: either <c>ok</c> with a <typeparamref name="TOk"/> or <c>error</c> with a
    /// <typeparamref name="TErr"/>. A missing payload is <see cref="Unit"/>. A struct so results cost no allocation.
    /// </summary>
    public readonly struct Result<TOk, TErr> : IEquatable<Result<TOk, TErr>>
    {
        private readonly TOk _ok;
        private readonly TErr _err;

        private Result(bool isOk, TOk ok, TErr err)
        {
            IsOk = isOk;
            _ok = ok;
            _err = err;
        }

        /// <summary>A success.</summary>
        public static Result<TOk, TErr> Ok(TOk value) => new Result<TOk, TErr>(true, value, default!);

        /// <summary>A failure.</summary>
        public static Result<TOk, TErr> Err(TErr error) => new Result<TOk, TErr>(false, default!, error);

        /// <summary>True for <c>ok</c>. The default value of the struct is an <c>error</c> with a default payload.</summary>
        public bool IsOk { get; }

        /// <summary>True for <c>error</c>.</summary>
        public bool IsErr => !IsOk;

        /// <summary>The success payload; throws on an error.</summary>
        public TOk Value => IsOk ? _ok : throw new InvalidOperationException("The result is an error: " + _err);

        /// <summary>The error payload; throws on a success.</summary>
        public TErr Error => !IsOk ? _err : throw new InvalidOperationException("The result is ok.");

        /// <summary>The success payload when this is <c>ok</c>.</summary>
        public bool TryGetValue(out TOk value)
        {
            value = _ok;
            return IsOk;
        }

        /// <summary>The error payload when this is <c>error</c>.</summary>
        public bool TryGetError(out TErr error)
        {
            error = _err;
            return !IsOk;
        }

        /// <inheritdoc />
        public bool Equals(Result<TOk, TErr> other) =>
            IsOk == other.IsOk && (IsOk
                ? EqualityComparer<TOk>.Default.Equals(_ok, other._ok)
                : EqualityComparer<TErr>.Default.Equals(_err, other._err));

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Result<TOk, TErr> r && Equals(r);

        /// <inheritdoc />
        public override int GetHashCode() =>
            IsOk ? EqualityComparer<TOk>.Default.GetHashCode(_ok!) : ~EqualityComparer<TErr>.Default.GetHashCode(_err!);

        /// <inheritdoc />
        public override string ToString() => IsOk ? "ok(" + _ok + ")" : "error(" + _err + ")";

        /// <summary>Value equality.</summary>
        public static bool operator ==(Result<TOk, TErr> left, Result<TOk, TErr> right) => left.Equals(right);

        /// <summary>Value inequality.</summary>
        public static bool operator !=(Result<TOk, TErr> left, Result<TOk, TErr> right) => !left.Equals(right);
    }
}
