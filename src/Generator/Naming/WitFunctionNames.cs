namespace WitSharp.Generator.Naming
{
    /// <summary>Reads the parts of WIT function names (<c>[method]r.f</c>, <c>[static]r.f</c>, <c>[constructor]r</c>).</summary>
    public static class WitFunctionNames
    {
        /// <summary>The function's own name: <c>f</c> for <c>[method]r.f</c>, <c>r</c> for <c>[constructor]r</c>, the name itself otherwise.</summary>
        public static string Plain(string functionName)
        {
            int bracket = functionName.IndexOf(']');
            string name = bracket >= 0 ? functionName.Substring(bracket + 1) : functionName;
            int dot = name.IndexOf('.');
            return dot >= 0 ? name.Substring(dot + 1) : name;
        }
    }
}
