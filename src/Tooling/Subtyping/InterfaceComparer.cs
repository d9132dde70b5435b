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
            NameMatcher.Match(ri.Types, pi.Types,
                (name, id) => scope.Missing(TypeAspect(rr, id), subject + "." + name, TypeText.Definition(rr, id), scope.Required.TypeLocation(id), rr.Types[id].Stability),
                (name, rid, pid) => DefinitionComparer.Compare(scope, subject + "." + name, rid, pid),
                (name, id) => scope.Extra(TypeAspect(pr, id), subject + "." + name, TypeText.Definition(pr, id), scope.Provided.TypeLocation(id), pr.Types[id].Stability, breaks: false));
        }

        /// <summary>Compares the functions of two function containers (interfaces, or worlds' function items).</summary>
        public static void CompareFunctions(ComparisonScope scope, string subject, WitInterface ri, WitTypeOwner requiredOwner, WitInterface pi, WitTypeOwner providedOwner)
        {
            NameMatcher.Match(ri.Functions, pi.Functions,
                (name, f) => scope.Missing(Aspect(f), subject + "." + FunctionComparer.DisplayName(name), TypeText.Signature(scope.Required.Resolve, f),
                    scope.Required.FunctionLocation(requiredOwner, name), f.Stability),
                (name, rf, pf) => FunctionComparer.Compare(scope, subject + "." + FunctionComparer.DisplayName(name),
                    rf, scope.Required.FunctionLocation(requiredOwner, name), pf, scope.Provided.FunctionLocation(providedOwner, name)),
                (name, f) => scope.Extra(Aspect(f), subject + "." + FunctionComparer.DisplayName(name), TypeText.Signature(scope.Provided.Resolve, f),
                    scope.Provided.FunctionLocation(providedOwner, name), f.Stability, breaks: false));
        }

        private static string TypeAspect(WitResolve resolve, int typeId) => resolve.Types[typeId].Kind is WitResourceKind ? "resource" : "type";

        private static string Aspect(WitFunction f) => f.Kind switch
        {
            WitFunctionKindTag.Method or WitFunctionKindTag.AsyncMethod => "method",
            WitFunctionKindTag.Static or WitFunctionKindTag.AsyncStatic => "static-function",
            WitFunctionKindTag.Constructor => "constructor",
            _ => "function",
        };
    }
}
