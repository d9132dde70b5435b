using System.Collections.Generic;
using System.Linq;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Subtyping
{
    /// <summary>
    /// Compares the bodies of two named type definitions of the same name: fields, cases, flags, alias targets.
    /// Value types are invariant, so any added, removed, reordered or retyped member is a mismatch.
    /// </summary>
    public static class DefinitionComparer
    {
        /// <summary>Compares required type <paramref name="requiredId"/> with provided type <paramref name="providedId"/>, naming them <paramref name="subject"/>.</summary>
        public static void Compare(ComparisonScope scope, string subject, int requiredId, int providedId)
        {
            var rr = scope.Required.Resolve;
            var pr = scope.Provided.Resolve;
            var rd = rr.Types[requiredId];
            var pd = pr.Types[providedId];
            var ra = scope.Required.TypeLocation(requiredId);
            var pa = scope.Provided.TypeLocation(providedId);
            scope.GateChange(subject, rd.Stability, pd.Stability, ra, pa);
            scope.ExternalIdChange(subject, rd.ExternalId, pd.ExternalId, ra, pa, rd.Stability, pd.Stability);
            string rk = TypeText.KindKeyword(rd.Kind), pk = TypeText.KindKeyword(pd.Kind);
            if (rk != pk)
            {
                scope.Changed("kind", subject, rk, pk, ra, pa, rd.Stability, pd.Stability);
                return;
            }
            switch (rd.Kind)
            {
                case WitRecordKind rec:
                    var pf = ((WitRecordKind)pd.Kind).Fields;
                    Members(scope, subject, "field", requiredId, providedId,
                        rec.Fields.Select(f => (f.Name, (WitType?)f.Type)).ToList(), pf.Select(f => (f.Name, (WitType?)f.Type)).ToList());
                    break;
                case WitVariantKind v:
                    var pc = ((WitVariantKind)pd.Kind).Cases;
                    Members(scope, subject, "case", requiredId, providedId,
                        v.Cases.Select(c => (c.Name, c.Type)).ToList(), pc.Select(c => (c.Name, c.Type)).ToList());
                    break;
                case WitEnumKind e:
                    Members(scope, subject, "case", requiredId, providedId,
                        e.Cases.Select(c => (c.Name, (WitType?)null)).ToList(), ((WitEnumKind)pd.Kind).Cases.Select(c => (c.Name, (WitType?)null)).ToList());
                    break;
                case WitFlagsKind fl:
                    Members(scope, subject, "flag", requiredId, providedId,
                        fl.Flags.Select(c => (c.Name, (WitType?)null)).ToList(), ((WitFlagsKind)pd.Kind).Flags.Select(c => (c.Name, (WitType?)null)).ToList());
                    break;
                case WitResourceKind:
                    break; // A resource's functions are compared with the interface's functions.
                default:
                    if (!SameDefinition(rr, rd, pr, pd))
                        scope.Changed("definition", subject, TypeText.Definition(rr, requiredId), TypeText.Definition(pr, providedId), ra, pa, rd.Stability, pd.Stability);
                    break;
            }
        }

        private static bool SameDefinition(WitResolve rr, WitTypeDef rd, WitResolve pr, WitTypeDef pd)
        {
            if (rd.Kind is WitAliasKind || pd.Kind is WitAliasKind)
            {
                var rt = rd.Kind is WitAliasKind a ? a.Target : (WitType?)null;
                var pt = pd.Kind is WitAliasKind b ? b.Target : (WitType?)null;
                if (rt is null || pt is null) return false;
                return TypeEquivalence.Same(rr, rt.Value, pr, pt.Value);
            }
            return TypeEquivalence.SameShape(rr, rd.Kind, pr, pd.Kind);
        }

        private static void Members(ComparisonScope scope, string subject, string aspect, int requiredId, int providedId,
            IReadOnlyList<(string Name, WitType? Type)> required, IReadOnlyList<(string Name, WitType? Type)> provided)
        {
            var rr = scope.Required.Resolve;
            var pr = scope.Provided.Resolve;
            var rStab = rr.Types[requiredId].Stability;
            var pStab = pr.Types[providedId].Stability;
            var providedIndex = new Dictionary<string, int>();
            for (int i = 0; i < provided.Count; i++) providedIndex[provided[i].Name] = i;
            var requiredNames = new HashSet<string>(required.Select(m => m.Name));
            bool anyMissingOrExtra = false;
            foreach (var (name, type) in required)
            {
                string memberSubject = subject + "." + name;
                var ra = scope.Required.TypeMemberLocation(requiredId, name);
                if (!providedIndex.TryGetValue(name, out int pi))
                {
                    anyMissingOrExtra = true;
                    scope.Missing(aspect, memberSubject, type is { } t ? TypeText.Of(rr, t) : null, ra, rStab);
                    continue;
                }
                var ptype = provided[pi].Type;
                if (!TypeEquivalence.Same(rr, type, pr, ptype))
                {
                    scope.Changed(aspect == "field" ? "field-type" : "payload", memberSubject, TypeText.Of(rr, type), TypeText.Of(pr, ptype),
                        ra, scope.Provided.TypeMemberLocation(providedId, name), rStab, pStab);
                }
            }
            foreach (var (name, type) in provided)
            {
                if (requiredNames.Contains(name)) continue;
                anyMissingOrExtra = true;
                scope.Extra(aspect, subject + "." + name, type is { } t ? TypeText.Of(pr, t) : null,
                    scope.Provided.TypeMemberLocation(providedId, name), pStab, breaks: true, scope.Required.TypeLocation(requiredId));
            }
            // Same members in another order: the canonical ABI numbers cases and flags, and lays out fields, by position.
            if (!anyMissingOrExtra && !required.Select(m => m.Name).SequenceEqual(provided.Select(m => m.Name)))
            {
                scope.Changed("order", subject, string.Join(", ", required.Select(m => m.Name)), string.Join(", ", provided.Select(m => m.Name)),
                    scope.Required.TypeLocation(requiredId), scope.Provided.TypeLocation(providedId), rStab, pStab);
            }
        }
    }
}
