using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Elaboration
{
    /// <summary>How printed WIT names an interface: by its bare name inside its own package, else in full.</summary>
    internal static class InterfaceReference
    {
        /// <summary><c>types</c> when <paramref name="interfaceId"/> belongs to <see cref="IndentedText.LocalPackage"/>, else <c>ns:pkg/types@1.0.0</c>.</summary>
        public static string? Of(IndentedText text, WitResolve resolve, int interfaceId)
        {
            var iface = resolve.Interfaces[interfaceId];
            if (iface.Name is not null && text.LocalPackage is int local && iface.Package == local) return TypeText.Identifier(iface.Name);
            return resolve.QualifiedInterfaceName(interfaceId);
        }
    }
}
