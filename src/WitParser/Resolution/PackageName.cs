using System;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>A package identifier: <c>namespace:name</c> with an optional <c>@version</c>.</summary>
    public sealed class PackageName : IEquatable<PackageName>
    {
        // Names are compared and used as keys by their text many times per package; build it once.
        private string? _text;

        /// <summary>Creates a package name.</summary>
        public PackageName(string @namespace, string name, SemanticVersion? version)
        {
            Namespace = @namespace;
            Name = name;
            Version = version;
        }

        /// <summary>The namespace before the colon.</summary>
        public string Namespace { get; }

        /// <summary>The package name after the colon.</summary>
        public string Name { get; }

        /// <summary>The version, when the package declares one.</summary>
        public SemanticVersion? Version { get; }

        /// <summary>The <c>namespace:name</c> part without version.</summary>
        public string WithoutVersion => Namespace + ":" + Name;

        /// <inheritdoc />
        public bool Equals(PackageName? other) => other is not null && ToString() == other.ToString();

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PackageName p && Equals(p);

        /// <inheritdoc />
        public override int GetHashCode() => ToString().GetHashCode();

        /// <summary><c>ns:name</c> or <c>ns:name@1.2.3</c>.</summary>
        public override string ToString() => _text ??= Version is null ? WithoutVersion : WithoutVersion + "@" + Version;
    }
}
