using System.Linq;
using WitSharp.Components.Binary;
using WitSharp.Components.Model;

namespace WitSharp.Components.Tests.Binary;

public class SectionDecodingTests
{
    private static readonly ComponentDefinition s_rich = ComponentDecoder.Decode(SampleComponents.Rich());

    private static T Type<T>(int index) where T : DefinedType =>
        Assert.IsType<T>(((TypeDefinition)s_rich.IndexSpace(Sort.Type)[index].Definition).Type);

    [Fact]
    public void Every_defined_value_type_decodes()
    {
        FuncType func = Type<FuncType>(0);
        Assert.False(func.IsAsync);
        Assert.Equal(new[] { "a", "b" }, func.Parameters.Select(p => p.Label));
        Assert.Equal(ValType.Of(PrimitiveValueType.U32), func.Result);
        Assert.Equal(new[] { "x", "y" }, Type<RecordType>(1).Fields.Select(f => f.Label));
        VariantType variant = Type<VariantType>(2);
        Assert.Null(variant.Cases[0].Type);
        Assert.Equal(ValType.Of(PrimitiveValueType.U8), variant.Cases[1].Type);
        Assert.Equal(ValType.Of(PrimitiveValueType.U8), Type<ListType>(3).Element);
        Assert.Equal(4u, Type<FixedListType>(4).Length);
        Assert.Equal(2, Type<TupleType>(5).Types.Count);
        Assert.Equal(new[] { "a", "b" }, Type<FlagsType>(6).Names);
        Assert.Equal(new[] { "p", "q" }, Type<EnumType>(7).Cases);
        Assert.Equal(ValType.Of(PrimitiveValueType.U32), Type<OptionType>(8).Type);
        ResultType result = Type<ResultType>(9);
        Assert.Equal(ValType.Of(PrimitiveValueType.String), result.Error);
        ResourceType resource = Type<ResourceType>(10);
        Assert.Equal(CoreValType.I32, resource.Representation);
        Assert.Null(resource.Destructor);
        Assert.Equal(10u, Type<OwnType>(11).ResourceTypeIndex);
        Assert.Equal(10u, Type<BorrowType>(12).ResourceTypeIndex);
        Assert.Equal(ValType.Of(PrimitiveValueType.U8), Type<StreamType>(13).Element);
        Assert.Null(Type<FutureType>(14).Element);
        Assert.Equal(ValType.Of(PrimitiveValueType.String), Type<MapType>(15).Key);
        Assert.Equal(PrimitiveValueType.String, Type<PrimitiveType>(16).Type);
    }

    [Fact]
    public void Instance_and_component_types_keep_their_declarators()
    {
        InstanceType instance = Type<InstanceType>(17);
        Assert.IsType<TypeDefinition>(instance.Declarations[0]);
        ExportDeclaration export = Assert.IsType<ExportDeclaration>(instance.Declarations[1]);
        Assert.Equal("f", export.Name.Name);
        Assert.Equal(ExternKind.Func, export.Type.Kind);
        ComponentType component = Type<ComponentType>(18);
        Assert.Equal("x", Assert.IsType<ImportDefinition>(component.Declarations[1]).Name.Name);
        Assert.Equal("y", Assert.IsType<ExportDeclaration>(component.Declarations[2]).Name.Name);
    }

    [Fact]
    public void Imports_carry_names_versions_and_attributes()
    {
        Assert.Equal(new[] { "log", "wasi:io/streams@0.2.0", "store" }, s_rich.Imports.Select(i => i.Name.Name));
        ExternName store = s_rich.Imports[2].Name;
        Assert.Equal("wasi:keyvalue/store", store.Implements);
        Assert.Equal("kv-1", store.ExternalId);
        Assert.Null(store.VersionSuffix);
        Assert.Equal(ExternKind.Instance, s_rich.Imports[1].Type.Kind);
        Assert.Equal(17u, s_rich.Imports[1].Type.Index);
    }

    [Fact]
    public void Core_module_bytes_are_a_slice_with_their_offset()
    {
        CoreModuleDefinition module = Assert.Single(s_rich.CoreModules);
        Assert.Equal(ComponentBuilder.EmptyCoreModule, module.Bytes.ToArray());
        byte[] all = SampleComponents.Rich();
        Assert.Equal(ComponentBuilder.EmptyCoreModule, all[module.Offset..module.End]);
    }

    [Fact]
    public void Core_types_and_module_types_decode()
    {
        var func = Assert.IsType<CoreFuncType>(((CoreTypeDefinition)s_rich.IndexSpace(Sort.CoreType)[0].Definition).Type);
        Assert.Equal(new[] { CoreValType.I32, CoreValType.I32 }, func.Parameters);
        var module = Assert.IsType<CoreModuleType>(((CoreTypeDefinition)s_rich.IndexSpace(Sort.CoreType)[1].Definition).Type);
        CoreImportDeclaration import = Assert.IsType<CoreImportDeclaration>(module.Declarations[1]);
        Assert.Equal(("a", "b"), (import.Module, import.Name));
        CoreExportDeclaration memory = Assert.IsType<CoreExportDeclaration>(module.Declarations[2]);
        CoreMemoryExtern memoryType = Assert.IsType<CoreMemoryExtern>(memory.Type);
        Assert.Equal(new CoreLimits(1, 2), memoryType.Limits);
    }

    [Fact]
    public void Canonical_definitions_keep_their_options_and_unsupported_builtins_their_names()
    {
        CanonLift lift = s_rich.Definitions.OfType<CanonLift>().Single();
        Assert.Equal(CanonStringEncoding.Utf8, lift.Options.StringEncoding);
        Assert.Equal(0u, lift.Options.Memory);
        Assert.Equal(1u, lift.Options.Realloc);
        Assert.Equal(2u, lift.Options.PostReturn);
        Assert.Single(s_rich.Definitions.OfType<CanonLower>());
        Assert.Equal(10u, s_rich.Definitions.OfType<CanonResourceNew>().Single().TypeIndex);
        Assert.Equal(10u, s_rich.Definitions.OfType<CanonResourceDrop>().Single().TypeIndex);
        Assert.Equal(10u, s_rich.Definitions.OfType<CanonResourceRep>().Single().TypeIndex);
        var builtins = s_rich.Definitions.OfType<CanonUnsupportedBuiltin>().ToList();
        Assert.Equal(new[] { "stream.new", "task.return" }, builtins.Select(b => b.Name));
        Assert.Equal(new long[] { 13 }, builtins[0].Immediates);
        Assert.Equal(0u, builtins[1].Options!.Memory);
    }

    [Fact]
    public void Index_spaces_grow_with_each_definition()
    {
        Assert.Equal(19 + 1, s_rich.IndexSpace(Sort.Type).Count);       // 19 types and an outer alias
        Assert.Equal(5, s_rich.IndexSpace(Sort.Func).Count);             // import, export alias, lift, two exports
        Assert.Equal(4, s_rich.IndexSpace(Sort.Instance).Count);         // two imports, two instance definitions
        Assert.Equal(7, s_rich.IndexSpace(Sort.CoreFunc).Count);         // core alias, lower, three resource built-ins, two async built-ins
        Assert.Equal(2, s_rich.IndexSpace(Sort.CoreInstance).Count);
        Assert.Single(s_rich.IndexSpace(Sort.Component));
        Assert.Single(s_rich.IndexSpace(Sort.CoreModule));
        Assert.Single(s_rich.IndexSpace(Sort.Value));
        Assert.IsType<CanonLift>(s_rich.IndexSpace(Sort.Func)[2].Definition);
        Assert.Same(s_rich.Exports[1], s_rich.IndexSpace(Sort.Func)[4].Definition);
        Assert.IsType<OuterAlias>(s_rich.IndexSpace(Sort.Type)[19].Definition);
    }

    [Fact]
    public void Custom_sections_decode_names_producers_and_component_type()
    {
        Assert.Equal("rich", s_rich.Names!.ComponentName);
        Assert.Equal("log", s_rich.Names.NameOf(Sort.Func, 0));
        ProducersField field = Assert.Single(s_rich.Producers!.Fields);
        Assert.Equal("processed-by", field.Name);
        Assert.Equal(new ProducerValue("wit-component", "0.1"), Assert.Single(field.Values));
        CustomSection componentType = Assert.Single(s_rich.ComponentTypeSections);
        ComponentDefinition embedded = ComponentDecoder.DecodeComponentType(componentType);
        Assert.Equal(componentType.PayloadOffset, embedded.Offset);
    }

    [Fact]
    public void Start_value_nested_component_and_instances_decode()
    {
        StartDefinition start = s_rich.Definitions.OfType<StartDefinition>().Single();
        Assert.Equal(0u, start.ResultCount);
        ValueDefinition value = s_rich.Definitions.OfType<ValueDefinition>().Single();
        Assert.Equal(new byte[] { 0x05 }, value.Bytes.ToArray());
        Assert.Empty(Assert.Single(s_rich.NestedComponents).Component.Definitions);
        ComponentInstantiation instantiation = s_rich.Definitions.OfType<ComponentInstantiation>().Single();
        Assert.Equal(new InstantiateArgument("x", new SortIndex(Sort.Func, 0)), Assert.Single(instantiation.Arguments));
        Assert.Equal(new SortIndex(Sort.Func, 0), Assert.Single(s_rich.Definitions.OfType<InlineExportInstance>().Single().Exports).Item);
        Assert.Equal(ExternKind.Func, s_rich.Exports[1].AscribedType!.Kind);
    }
}
