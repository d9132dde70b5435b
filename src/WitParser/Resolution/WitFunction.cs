using System.Collections.Generic;

using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>Which kind of function: freestanding or one of the resource function forms, sync or async.</summary>
    public enum WitFunctionKindTag
    {
        /// <summary>A plain function.</summary>
        Freestanding,
        /// <summary><c>async</c> plain function.</summary>
        AsyncFreestanding,
        /// <summary>A resource method (takes <c>self</c>).</summary>
        Method,
        /// <summary><c>async</c> resource method.</summary>
        AsyncMethod,
        /// <summary>A resource <c>static</c> function.</summary>
        Static,
        /// <summary><c>async</c> static function.</summary>
        AsyncStatic,
        /// <summary>A resource constructor.</summary>
        Constructor,
    }

    /// <summary>A parameter: its name and type.</summary>
    public readonly record struct WitParam(string Name, WitType Type);

    /// <summary>A function of an interface or world.</summary>
    public sealed class WitFunction
    {
        /// <summary>Creates a function.</summary>
        public WitFunction(string name, WitFunctionKindTag kind, int resource, IReadOnlyList<WitParam> parameters, WitType? result, WitDocs docs, WitStability stability)
        {
            Name = name;
            Kind = kind;
            Resource = resource;
            Params = parameters;
            Result = result;
            Docs = docs;
            Stability = stability;
        }

        /// <summary>The full name (<c>[method]r.f</c> for resource functions).</summary>
        public string Name { get; internal set; }

        /// <summary>The kind.</summary>
        public WitFunctionKindTag Kind { get; }

        /// <summary>The resource type index for resource functions, else -1.</summary>
        public int Resource { get; internal set; }

        /// <summary>The parameters (methods start with <c>self</c>).</summary>
        public IReadOnlyList<WitParam> Params { get; internal set; }

        /// <summary>The result type, if any.</summary>
        public WitType? Result { get; internal set; }

        /// <summary>Documentation.</summary>
        public WitDocs Docs { get; }

        /// <summary>Gate annotation.</summary>
        public WitStability Stability { get; }

        /// <summary>
        /// Where the function is declared (its name, or <c>constructor</c>), so later stages such as the bindings
        /// generator can point at it; null for functions not made from source.
        /// </summary>
        public SourceLocation? Location { get; internal set; }

        /// <summary>A shallow copy (for world includes that rename functions).</summary>
        /// <summary>The id given by <c>@external-id("…")</c>, or null.</summary>
        public string? ExternalId { get; internal set; }

        internal WitFunction Clone() => new WitFunction(Name, Kind, Resource, Params, Result, Docs, Stability) { Location = Location, ExternalId = ExternalId };
    }
}
