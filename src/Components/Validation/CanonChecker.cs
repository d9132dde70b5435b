using System.Collections.Generic;
using WitSharp.Components.Model;
using WitSharp.Components.Validation.Types;

namespace WitSharp.Components.Validation;

/// <summary>
/// Validates canonical definitions: lift and lower signatures against the flattened function types, the canonical
/// options (CanonicalABI.md "Canonical definitions"), and the resource built-ins; reports the async, stream, future,
/// error-context and thread built-ins as unsupported by name.
/// </summary>
internal static class CanonChecker
{
    private static readonly CoreFuncType s_reallocType = new(
        new[] { CoreValType.I32, CoreValType.I32, CoreValType.I32, CoreValType.I32 }, new[] { CoreValType.I32 });

    public static void Check(Scope scope, CanonDefinition canon)
    {
        int offset = canon.Offset;
        switch (canon)
        {
            case CanonLift lift:
            {
                CoreEntity core = CoreFunc(scope, lift.CoreFuncIndex, offset);
                if (lift.TypeIndex >= (uint)scope.Types.Count || scope.Types[(int)lift.TypeIndex] is not FuncTypeNode func)
                    throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"canon lift: type {lift.TypeIndex} is not a function type");
                CoreFuncType expected = Flattening.Signature(func, lower: false);
                CheckOptions(scope, lift.Options, func, isLift: true, expected, offset);
                if (!core.Func!.SignatureEquals(expected))
                    throw TypeResolver.Fail(ValidationRules.CanonSignature, offset, $"canon lift: core function {lift.CoreFuncIndex} has type {core.Func}, but lifting {func.Describe()} needs {expected}");
                scope.Funcs.Add(func);
                break;
            }
            case CanonLower lower:
            {
                if (lower.FuncIndex >= (uint)scope.Funcs.Count)
                    throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"canon lower: function {lower.FuncIndex} is out of bounds ({scope.Funcs.Count} functions)");
                FuncTypeNode func = scope.Funcs[(int)lower.FuncIndex];
                CoreFuncType signature = Flattening.Signature(func, lower: true);
                CheckOptions(scope, lower.Options, func, isLift: false, signature, offset);
                scope.Core(Sort.CoreFunc).Add(new CoreEntity(Sort.CoreFunc, signature, null));
                break;
            }
            case CanonResourceNew resourceNew:
                LocalResource(scope, resourceNew.TypeIndex, "resource.new", offset);
                AddCoreFunc(scope, new[] { CoreValType.I32 }, new[] { CoreValType.I32 });
                break;
            case CanonResourceRep resourceRep:
                LocalResource(scope, resourceRep.TypeIndex, "resource.rep", offset);
                AddCoreFunc(scope, new[] { CoreValType.I32 }, new[] { CoreValType.I32 });
                break;
            case CanonResourceDrop resourceDrop:
                if (resourceDrop.TypeIndex >= (uint)scope.Types.Count || scope.Types[(int)resourceDrop.TypeIndex] is not ResourceTypeNode)
                    throw TypeResolver.Fail(ValidationRules.Resource, offset, $"resource.drop: type {resourceDrop.TypeIndex} is not a resource type");
                AddCoreFunc(scope, new[] { CoreValType.I32 }, System.Array.Empty<CoreValType>());
                break;
            case CanonUnsupportedBuiltin builtin:
                throw TypeResolver.Fail(ValidationRules.Unsupported, offset, $"canon {builtin.Name} (opcode 0x{builtin.Opcode:x2}) is an async, stream, future, error-context or thread built-in, which is not supported");
        }
    }

    private static void AddCoreFunc(Scope scope, CoreValType[] parameters, CoreValType[] results) =>
        scope.Core(Sort.CoreFunc).Add(new CoreEntity(Sort.CoreFunc, new CoreFuncType(parameters, results), null));

    private static CoreEntity CoreFunc(Scope scope, uint index, int offset) =>
        scope.CoreItem(Sort.CoreFunc, index)
        ?? throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"core function {index} is out of bounds ({scope.Core(Sort.CoreFunc).Count} core functions)");

    private static void LocalResource(Scope scope, uint index, string builtin, int offset)
    {
        if (index >= (uint)scope.Types.Count || scope.Types[(int)index] is not ResourceTypeNode resource)
            throw TypeResolver.Fail(ValidationRules.Resource, offset, $"{builtin}: type {index} is not a resource type");
        if (!resource.DefinedHere)
            throw TypeResolver.Fail(ValidationRules.Resource, offset, $"{builtin}: resource type {index} is not defined by this component ({resource.Id.Origin})");
    }

    private static void CheckOptions(Scope scope, CanonicalOptions options, FuncTypeNode func, bool isLift, CoreFuncType flat, int offset)
    {
        string where = isLift ? "canon lift" : "canon lower";
        bool encoding = false, memory = false, realloc = false, postReturn = false;
        foreach (CanonOption option in options.All)
        {
            switch (option.Kind)
            {
                case CanonOptionKind.Utf8:
                case CanonOptionKind.Utf16:
                case CanonOptionKind.Latin1Utf16:
                    Once(ref encoding, "string-encoding", where, option.Offset);
                    break;
                case CanonOptionKind.Memory:
                {
                    Once(ref memory, "memory", where, option.Offset);
                    CoreEntity m = scope.CoreItem(Sort.CoreMemory, option.Index)
                        ?? throw TypeResolver.Fail(ValidationRules.CanonOptions, option.Offset, $"{where}: memory {option.Index} is out of bounds ({scope.Core(Sort.CoreMemory).Count} core memories)");
                    if (m.Type is CoreMemoryExtern { Is64: true })
                        throw TypeResolver.Fail(ValidationRules.Unsupported, option.Offset, $"{where}: memory {option.Index} is a 64-bit memory, which is not supported");
                    break;
                }
                case CanonOptionKind.Realloc:
                {
                    Once(ref realloc, "realloc", where, option.Offset);
                    CoreEntity f = scope.CoreItem(Sort.CoreFunc, option.Index)
                        ?? throw TypeResolver.Fail(ValidationRules.CanonOptions, option.Offset, $"{where}: realloc function {option.Index} is out of bounds");
                    if (!f.Func!.SignatureEquals(s_reallocType))
                        throw TypeResolver.Fail(ValidationRules.CanonOptions, option.Offset, $"{where}: realloc must have type {s_reallocType}, found {f.Func}");
                    break;
                }
                case CanonOptionKind.PostReturn:
                {
                    Once(ref postReturn, "post-return", where, option.Offset);
                    if (!isLift) throw TypeResolver.Fail(ValidationRules.CanonOptions, option.Offset, "canon lower: post-return is only allowed on canon lift");
                    CoreEntity f = scope.CoreItem(Sort.CoreFunc, option.Index)
                        ?? throw TypeResolver.Fail(ValidationRules.CanonOptions, option.Offset, $"{where}: post-return function {option.Index} is out of bounds");
                    var expected = new CoreFuncType(flat.Results, System.Array.Empty<CoreValType>());
                    if (!f.Func!.SignatureEquals(expected))
                        throw TypeResolver.Fail(ValidationRules.CanonOptions, option.Offset, $"{where}: post-return must have type {expected}, found {f.Func}");
                    break;
                }
                case CanonOptionKind.Async:
                case CanonOptionKind.Callback:
                    throw TypeResolver.Fail(ValidationRules.Unsupported, option.Offset, $"{where}: the {(option.Kind == CanonOptionKind.Async ? "async" : "callback")} option (🔀) is not supported");
            }
        }

        bool paramsNeedMemory = Flattening.ParamsSpill(func);
        foreach (var (_, type) in func.Parameters) paramsNeedMemory |= type.NeedsMemory();
        bool resultNeedsMemory = func.Result is not null && func.Result.NeedsMemory();
        bool resultSpills = Flattening.ResultSpills(func);
        if ((paramsNeedMemory || resultNeedsMemory || resultSpills) && !memory)
            throw TypeResolver.Fail(ValidationRules.CanonOptions, offset, $"{where}: {func.Describe()} passes strings, lists or spilled values through memory, so the memory option is required");
        // Whoever receives strings or lists allocates them with realloc: the callee's parameters when lifting, the caller's results when lowering.
        bool needsRealloc = isLift ? paramsNeedMemory : resultNeedsMemory;
        if (needsRealloc && !realloc)
            throw TypeResolver.Fail(ValidationRules.CanonOptions, offset, $"{where}: {func.Describe()} needs the realloc option to allocate {(isLift ? "its parameters" : "its results")} in guest memory");
    }

    private static void Once(ref bool seen, string option, string where, int offset)
    {
        if (seen) throw TypeResolver.Fail(ValidationRules.CanonOptions, offset, $"{where}: the {option} option is given more than once");
        seen = true;
    }
}
