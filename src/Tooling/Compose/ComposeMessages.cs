using WitSharp.Tooling.Diff;
using WitSharp.Tooling.Subtyping;

namespace WitSharp.Tooling.Compose
{
    /// <summary>The sentences compose prints: the socket's import is what is required, the plug's export what is provided.</summary>
    public static class ComposeMessages
    {
        /// <summary>Describes a mismatch between the socket's import (required) and plug <paramref name="plug"/>'s export (provided).</summary>
        public static string Describe(Mismatch m, string plug)
        {
            string aspect = m.Aspect.Replace('-', ' ');
            string socketAt = DiffMessages.At(m.RequiredAt), plugAt = DiffMessages.At(m.ProvidedAt);
            return m.Kind switch
            {
                MismatchKind.Missing => $"plug `{plug}` is missing {aspect} `{m.Subject}`{DiffMessages.Spelled(m.Required)} that the socket imports ({socketAt})",
                MismatchKind.Extra => $"plug `{plug}` has {aspect} `{m.Subject}`{DiffMessages.Spelled(m.Provided)} ({plugAt}) that the socket's type lacks ({socketAt}); value types must match exactly",
                _ => $"`{m.Subject}` has the wrong {aspect}: the socket imports `{m.Required}` ({socketAt}) but plug `{plug}` exports `{m.Provided}` ({plugAt})",
            };
        }
    }
}
