using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Subtyping
{
    /// <summary>
    /// Compares two interfaces as instance types: the provided one must export every type and function of the
    /// required one, each equal; it may export more (width subtyping).
    /// </summary>
    public static class InterfaceComparer
    {
        /// <summary>Compares required interface <paramref name="requiredId"/> with provided interface <paramref name="providedId"/>, naming items under <paramref name="subject"/>.</summary>
        public static void Compare(ComparisonScope scope, string subject, int requiredId, int providedId)
        {
            var ri = scope.Required.Resolve.Interfaces[requiredId];
            var pi = scope.Provided.Resolve.Interfaces[providedId];
            CompareTypes(scope, subject, ri, pi);
            CompareFunctions(scope, subject, ri, WitTypeOwner.Interface(requiredId), pi, WitTypeOwner.Interface(providedId));
        }

        private static void CompareTypes(ComparisonScope scope, string subject, WitInterface ri, WitInterface pi)
        {
            var rr = scope.Required.Resolve;
            var pr = scope.Provided.Resolve;
            foreach (var entry in ri.Types)
            {
                string typeSubject = subject + "." + entry.Key;
                var rd = rr.Types[entry.Value];
                if (!pi.Types.TryGetValue(entry.Key, out int providedId))
                {
                    scope.Missing(TypeText.KindKeyword(rd.Kind) == "resource" ? "resource" : "type", typeSubject, TypeText.Definition(rr, entry.Value),
                        scope.Required.TypeLocation(entry.Value), rd.Stability);
                    continue;
                }
                DefinitionComparer.Compare(scope, typeSubject, entry.Value, providedId);
            }
            foreach (var entry in pi.Types)
            {
                if (ri.Types.ContainsKey(entry.Key)) continue;
                var pd = pr.Types[entry.Value];
                scope.Extra(TypeText.KindKeyword(pd.Kind) == "resource" ? "resource" : "type", subject + "." + entry.Key, TypeText.Definition(pr, entry.Value),
                    scope.Provided.TypeLocation(entry.Value), pd.Stability, breaks: false);
            }
        }

        /// <summary>Compares the functions of two function containers (interfaces, or worlds' function items).</summary>
        public static void CompareFunctions(ComparisonScope scope, string subject, WitInterface ri, WitTypeOwner requiredOwner, WitInterface pi, WitTypeOwner providedOwner)
        {
            foreach (var entry in ri.Functions)
            {
                string fnSubject = subject + "." + FunctionComparer.DisplayName(entry.Key);
                var rf = entry.Value;
                var ra = scope.Required.FunctionLocation(requiredOwner, entry.Key);
                if (!pi.Functions.TryGetValue(entry.Key, out var pf))
                {
                    scope.Missing(Aspect(rf), fnSubject, TypeText.Signature(scope.Required.Resolve, rf), ra, rf.Stability);
                    continue;
                }
                FunctionComparer.Compare(scope, fnSubject, rf, ra, pf, scope.Provided.FunctionLocation(providedOwner, entry.Key));
            }
            foreach (var entry in pi.Functions)
            {
                if (ri.Functions.ContainsKey(entry.Key)) continue;
                var pf = entry.Value;
                scope.Extra(Aspect(pf), subject + "." + FunctionComparer.DisplayName(entry.Key), TypeText.Signature(scope.Provided.Resolve, pf),
                    scope.Provided.FunctionLocation(providedOwner, entry.Key), pf.Stability, breaks: false);
            }
        }

        private static string Aspect(WitFunction f) => f.Kind switch
        {
            WitFunctionKindTag.Method or WitFunctionKindTag.AsyncMethod => "method",
            WitFunctionKindTag.Static or WitFunctionKindTag.AsyncStatic => "static-function",
            WitFunctionKindTag.Constructor => "constructor",
            _ => "function",
        };
    }
}
