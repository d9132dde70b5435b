using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Subtyping
{
    /// <summary>
    /// Compares two functions of the same name. Function types are compared by equality: parameter names,
    /// parameter types, the result, and the kind (sync/async, method/static/constructor) must all match.
    /// </summary>
    public static class FunctionComparer
    {
        /// <summary>Compares <paramref name="required"/> with <paramref name="provided"/>, reporting under <paramref name="subject"/>.</summary>
        public static void Compare(ComparisonScope scope, string subject, WitFunction required, SourceLocation? requiredAt, WitFunction provided, SourceLocation? providedAt)
        {
            var rr = scope.Required.Resolve;
            var pr = scope.Provided.Resolve;
            var rs = required.Stability;
            var ps = provided.Stability;
            scope.GateChange(subject, rs, ps, requiredAt, providedAt);
            scope.ExternalIdChange(subject, required.ExternalId, provided.ExternalId, requiredAt, providedAt, rs, ps);
            if (required.Kind != provided.Kind)
            {
                scope.Changed("function-kind", subject, KindText(required.Kind), KindText(provided.Kind), requiredAt, providedAt, rs, ps);
                return;
            }
            if (required.Params.Count != provided.Params.Count)
            {
                scope.Changed("parameters", subject, TypeText.Signature(rr, required), TypeText.Signature(pr, provided), requiredAt, providedAt, rs, ps);
            }
            else
            {
                for (int i = 0; i < required.Params.Count; i++)
                {
                    var a = required.Params[i];
                    var b = provided.Params[i];
                    if (a.Name != b.Name)
                        scope.Changed("parameter-name", subject + "(" + a.Name + ")", a.Name, b.Name, requiredAt, providedAt, rs, ps);
                    else if (!TypeEquivalence.Same(rr, a.Type, pr, b.Type))
                        scope.Changed("parameter", subject + "(" + a.Name + ")", TypeText.Of(rr, a.Type), TypeText.Of(pr, b.Type), requiredAt, providedAt, rs, ps);
                }
            }
            if (!TypeEquivalence.Same(rr, required.Result, pr, provided.Result))
            {
                scope.Changed("result", subject, ResultText(rr, required.Result), ResultText(pr, provided.Result), requiredAt, providedAt, rs, ps);
            }
        }

        /// <summary>How a function of this kind is written (<c>method</c>, <c>async static</c>, …).</summary>
        public static string KindText(WitFunctionKindTag kind) => kind switch
        {
            WitFunctionKindTag.AsyncFreestanding => "async function",
            WitFunctionKindTag.Method => "method",
            WitFunctionKindTag.AsyncMethod => "async method",
            WitFunctionKindTag.Static => "static function",
            WitFunctionKindTag.AsyncStatic => "async static function",
            WitFunctionKindTag.Constructor => "constructor",
            _ => "function",
        };

        /// <summary>The display name of a resolved function name: <c>fields.get</c> for <c>[method]fields.get</c>, <c>fields.constructor</c> for a constructor.</summary>
        public static string DisplayName(string resolvedName)
        {
            if (!resolvedName.StartsWith("[")) return resolvedName;
            int close = resolvedName.IndexOf(']');
            if (close < 0) return resolvedName;
            string rest = resolvedName.Substring(close + 1);
            return resolvedName.StartsWith("[constructor]") ? rest + ".constructor" : rest;
        }

        private static string ResultText(WitResolve resolve, WitType? result) => result is { } r ? TypeText.Of(resolve, r) : "no result";
    }
}
