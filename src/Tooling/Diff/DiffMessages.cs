using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Diff
{
    /// <summary>The sentences a diff prints for each kind of mismatch.</summary>
    public static class DiffMessages
    {
        /// <summary>Describes <paramref name="m"/> (old = required, new = provided) as a sentence.</summary>
        public static string Describe(Mismatch m, ChangeClass cls)
        {
            string aspect = m.Aspect.Replace('-', ' ');
            string text = m.Kind switch
            {
                MismatchKind.Missing => $"removed {aspect} `{m.Subject}`{Spelled(m.Required)} (was at {At(m.RequiredAt)})",
                MismatchKind.Extra => $"added {aspect} `{m.Subject}`{Spelled(m.Provided)} at {At(m.ProvidedAt)}",
                _ => $"`{m.Subject}` changed {aspect} from `{m.Required}` ({At(m.RequiredAt)}) to `{m.Provided}` ({At(m.ProvidedAt)})",
            };
            if (m.IsUnstable && cls == ChangeClass.Note) text += "; the item is @unstable, so this carries no compatibility promise";
            else text += Consequence(m);
            return text;
        }

        private static string Consequence(Mismatch m) => (m.Kind, m.Aspect) switch
        {
            (MismatchKind.Extra, "external-id") => "; hosts that honour external ids now bind the item by it instead of its name",
            (_, "external-id") => "; hosts that bind the item by its old external id no longer find it",
            (MismatchKind.Extra, "import") => "; hosts running the world must now provide it",
            (MismatchKind.Missing, "import") => "; hosts may still provide it, nothing needs it",
            (MismatchKind.Missing, "export") => "; hosts relying on it can no longer call it",
            (MismatchKind.Extra, _) when m.Breaks => $"; value types are invariant, so adding a {m.Aspect.Replace('-', ' ')} breaks existing users",
            _ => "",
        };

        /// <summary><c>path:line:col</c>, or <c>unknown location</c>.</summary>
        public static string At(SourceLocation? location) => location is { } l ? l.ToString() : "unknown location";

        /// <summary><c> (`text`)</c>, or nothing for no text.</summary>
        internal static string Spelled(string? text) => string.IsNullOrEmpty(text) ? "" : $" (`{text}`)";
    }
}
