using System;
using System.Collections.Generic;
using System.Reflection;
using Xunit.Sdk;

namespace WitSharp.Testing;

/// <summary>
/// Runs a theory once per engine of <see cref="TestEngines.Names"/>, passing the name as its first (string) parameter
/// and then the attribute's own values: <c>[SkippableTheory, EachEngine] public void Add(string engine)</c>, or
/// <c>[SkippableTheory, EachEngine("utf8"), EachEngine("utf16")] public void Echo(string engine, string encoding)</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class EachEngineAttribute : DataAttribute
{
    private readonly object[] _data;

    /// <summary>Rows of the engine's name followed by <paramref name="data"/>.</summary>
    public EachEngineAttribute(params object[] data) => _data = data;

    /// <inheritdoc/>
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        foreach (string name in TestEngines.Names) yield return [name, .. _data];
    }
}
