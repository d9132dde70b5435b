using System.Collections.Generic;

namespace WitSharp.Components.Model;

/// <summary>A 🪙 <c>start</c> definition: calls a function with values; its results enter the value index space.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="FuncIndex">The function, in the function index space.</param>
/// <param name="Arguments">The argument values, in the value index space.</param>
/// <param name="ResultCount">How many results the call produces.</param>
public sealed record StartDefinition(int Offset, uint FuncIndex, IReadOnlyList<uint> Arguments, uint ResultCount) : Definition(Offset);
