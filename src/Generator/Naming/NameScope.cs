using System.Collections.Generic;

namespace WitSharp.Generator.Naming
{
    /// <summary>
    /// The names already taken in one C# declaration space (a namespace, a type's members, a parameter list).
    /// <see cref="Claim"/> hands out a name that collides with nothing claimed or reserved before, appending
    /// <c>_</c> until it is free. Names are claimed in WIT declaration order, so the outcome is deterministic.
    /// </summary>
    public sealed class NameScope
    {
        private readonly HashSet<string> _taken = new HashSet<string>();

        /// <summary>Creates a scope with <paramref name="reserved"/> names already taken.</summary>
        public NameScope(params string[] reserved)
        {
            foreach (var r in reserved) _taken.Add(r);
        }

        /// <summary>Members every C# record or class already has; WIT names must not hide or clash with them.</summary>
        public static readonly string[] ObjectMembers =
        {
            "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
            "Deconstruct", "EqualityContract", "PrintMembers", "Clone",
        };

        /// <summary>A scope for the members of type <paramref name="typeName"/> (a member may not share its name).</summary>
        public static NameScope ForMembersOf(string typeName, params string[] extra)
        {
            var scope = new NameScope(ObjectMembers);
            scope.Reserve(typeName);
            foreach (var e in extra) scope.Reserve(e);
            return scope;
        }

        /// <summary>Marks <paramref name="name"/> as taken without claiming it.</summary>
        public void Reserve(string name) => _taken.Add(name);

        /// <summary>True when <paramref name="name"/> is taken.</summary>
        public bool IsTaken(string name) => _taken.Contains(name);

        /// <summary>Claims <paramref name="preferred"/>, or the first free variant with <c>_</c> appended.</summary>
        public string Claim(string preferred)
        {
            string name = preferred;
            while (!_taken.Add(name)) name += "_";
            return name;
        }
    }
}
