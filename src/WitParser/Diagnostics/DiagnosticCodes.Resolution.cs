namespace WitSharp.WitParser.Diagnostics
{
    public static partial class DiagnosticCodes
    {
        /// <summary>No file of a package has a <c>package</c> header.</summary>
        public const string MissingPackageHeader = "WIT0201";

        /// <summary>Files of one package name different packages.</summary>
        public const string PackageNameMismatch = "WIT0202";

        /// <summary>More than one <c>package</c> header carries doc comments.</summary>
        public const string MultiplePackageDocs = "WIT0203";

        /// <summary>Two interfaces or worlds of a package share a name.</summary>
        public const string DuplicateItem = "WIT0204";

        /// <summary>A name is declared twice at the top level of one file.</summary>
        public const string DuplicateFileName = "WIT0205";

        /// <summary>An interface or world that is referred to does not exist.</summary>
        public const string UndefinedItem = "WIT0206";

        /// <summary>A world was named where an interface is required, or the reverse.</summary>
        public const string ItemKindMismatch = "WIT0207";

        /// <summary>Interfaces, worlds or types depend on themselves.</summary>
        public const string DependencyCycle = "WIT0208";

        /// <summary>A type or name that is referred to does not exist.</summary>
        public const string UndefinedName = "WIT0209";

        /// <summary>A name is defined more than once in one scope.</summary>
        public const string DuplicateName = "WIT0210";

        /// <summary>Something other than a type is used or imported as a type.</summary>
        public const string NotAType = "WIT0211";

        /// <summary><c>own</c>/<c>borrow</c> of something that is not a resource.</summary>
        public const string HandleNotResource = "WIT0212";

        /// <summary>An enum or variant without cases.</summary>
        public const string EmptyType = "WIT0213";

        /// <summary>A resource with two constructors or two functions of one name.</summary>
        public const string DuplicateResourceFunction = "WIT0214";

        /// <summary>A constructor whose declared result is not <c>result&lt;self-resource, E&gt;</c>.</summary>
        public const string InvalidConstructorResult = "WIT0215";

        /// <summary>A function result that contains a <c>borrow&lt;T&gt;</c>.</summary>
        public const string BorrowInResult = "WIT0216";

        /// <summary>A map key type that is not a scalar or string.</summary>
        public const string InvalidMapKey = "WIT0217";

        /// <summary>A world import or export whose name collides with another item.</summary>
        public const string WorldItemConflict = "WIT0218";

        /// <summary>An <c>include … with { a as b }</c> that names nothing in the included world.</summary>
        public const string InvalidIncludeName = "WIT0219";

        /// <summary>An exported interface needs another both imported and exported.</summary>
        public const string IncompatibleTransitiveDependency = "WIT0220";

        /// <summary>A package that is referred to is not among the loaded packages.</summary>
        public const string PackageNotFound = "WIT0221";

        /// <summary>An interface, world or type is not found in a dependency package.</summary>
        public const string ForeignItemNotFound = "WIT0222";

        /// <summary>Packages depend on each other in a cycle.</summary>
        public const string PackageCycle = "WIT0223";

        /// <summary>One package name is defined in two places.</summary>
        public const string DuplicatePackage = "WIT0224";

        /// <summary>A function declares the same parameter twice.</summary>
        public const string DuplicateParameter = "WIT0225";

        /// <summary>An unexpected failure inside the resolver, reported instead of thrown.</summary>
        public const string InternalError = "WIT0299";

        /// <summary>A dependency is a wasm-encoded package, which needs a component decoder.</summary>
        public const string UnsupportedBinaryPackage = "WIT0290";
    }
}
