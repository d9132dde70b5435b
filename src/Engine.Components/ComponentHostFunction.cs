using System.Collections.Generic;
using WitSharp.Runtime;

namespace WitSharp.Engine.Components;

/// <summary>
/// A host function for the dynamic path: receives the lifted arguments (one <see cref="WitValue"/> per parameter, in
/// order) and returns the result, or null for a function without one. Handles arrive and leave as resource reps
/// (<see cref="WitValue.Handle"/>). Throwing traps the calling component instance; the exception is the trap's cause.
/// </summary>
/// <param name="arguments">The arguments, lifted from the guest with the lowering site's canonical options.</param>
public delegate WitValue? ComponentHostFunction(IReadOnlyList<WitValue> arguments);
