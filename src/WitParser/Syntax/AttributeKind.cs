namespace WitSharp.WitParser.Syntax
{
    /// <summary>Which attribute an <see cref="AttributeSyntax"/> is.</summary>
    public enum AttributeKind
    {
        /// <summary>A name the parser does not know (always reported as an error).</summary>
        Unknown = 0,
        /// <summary><c>@since(version = x.y.z)</c></summary>
        Since,
        /// <summary><c>@unstable(feature = name)</c></summary>
        Unstable,
        /// <summary><c>@deprecated(version = x.y.z)</c></summary>
        Deprecated,
        /// <summary><c>@external-id("...")</c></summary>
        ExternalId,
    }
}
