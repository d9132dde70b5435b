using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Engine.Components.Planning;

/// <summary>
/// Reads the root component's imports into what the host must supply: a function import becomes a
/// <see cref="HostFunctionValue"/>, a <c>(sub resource)</c> a host <see cref="ResourceRoot"/>, and an instance import
/// its instance type's exports, read with fresh resources, recursively.
/// </summary>
internal sealed class HostImportReader
{
    private readonly ComponentPlan _plan;
    private readonly TypeConverter _types;

    public HostImportReader(ComponentPlan plan, TypeConverter types)
    {
        _plan = plan;
        _types = types;
    }

    /// <summary>The value of root import <paramref name="import"/>, whose type is read in <paramref name="scope"/>.</summary>
    public object? Read(ImportDefinition import, PlanScope scope) => Extern(import.Type, scope, new[] { import.Name.Name }, import.Offset);

    private object Extern(ExternType type, PlanScope scope, string[] path, int offset)
    {
        switch (type.Kind)
        {
            case ExternKind.Func:
            {
                FunctionSignature signature = scope.Get(Sort.Type, type.Index, offset) is FuncTypeValue func
                    ? func.Signature
                    : throw PlanException.At(offset, "import '" + string.Join("#", path) + "' names type " + type.Index + ", which is not a function type");
                HostImport import = Add(path, HostImportKind.Function, signature);
                return new HostFunctionValue(import.Index, signature);
            }
            case ExternKind.Type when type.Bound == ExternBound.SubResource:
            {
                HostImport import = Add(path, HostImportKind.Resource, null);
                int id = _types.NewResource(path[path.Length - 1]);
                var root = new ResourceRoot(id, string.Join("#", path), -1, -1, import.Index);
                _plan.Resources.Add(root);
                return new ResourceValue(root);
            }
            case ExternKind.Type when type.Bound == ExternBound.Eq:
                return scope.Get(Sort.Type, type.Index, offset) ?? throw PlanException.At(offset, "type " + type.Index + " has no value");
            case ExternKind.Instance:
                return scope.Get(Sort.Type, type.Index, offset) is InstanceTypeValue instance
                    ? Instance(instance, path)
                    : throw PlanException.At(offset, "import '" + string.Join("#", path) + "' names type " + type.Index + ", which is not an instance type");
            case ExternKind.Value:
                throw PlanException.Unsupported(offset, "a value import");
            case ExternKind.CoreModule:
                throw PlanException.Unsupported(offset, "a core module import");
            case ExternKind.Component:
                throw PlanException.Unsupported(offset, "a component import");
            default:
                throw PlanException.Unsupported(offset, "import kind " + type.Kind);
        }
    }

    private InstanceValue Instance(InstanceTypeValue type, string[] path)
    {
        var local = new PlanScope(type.Scope, type.Scope.Node);
        var instance = new InstanceValue();
        foreach (Definition declaration in type.Definition.Declarations)
        {
            switch (declaration)
            {
                case CoreTypeDefinition coreType:
                    for (int i = 0; i < coreType.IndexCount; i++) local.Add(Sort.CoreType, OpaqueTypeValue.Instance);
                    break;
                case TypeDefinition definition:
                    local.Add(Sort.Type, _types.Convert(definition.Type, local, definition.Offset));
                    break;
                case OuterAlias alias:
                    local.Add(alias.Sort, local.OuterAt(alias.Count, alias.Offset).Get(alias.Sort, alias.Index, alias.Offset));
                    break;
                case ExportDeclaration export:
                {
                    var itemPath = new string[path.Length + 1];
                    path.CopyTo(itemPath, 0);
                    itemPath[path.Length] = export.Name.Name;
                    object item = Extern(export.Type, local, itemPath, export.Offset);
                    instance.Items[export.Name.Name] = item;
                    local.Add(export.Type.Sort, item);
                    break;
                }
                default:
                    throw PlanException.Unsupported(declaration.Offset, "instance type declaration " + declaration.GetType().Name);
            }
        }
        return instance;
    }

    private HostImport Add(string[] path, HostImportKind kind, FunctionSignature? signature)
    {
        var import = new HostImport(_plan.HostImports.Count, path, kind, signature);
        _plan.HostImports.Add(import);
        return import;
    }
}
