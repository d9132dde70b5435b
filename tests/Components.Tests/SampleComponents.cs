namespace WitSharp.Components.Tests;

/// <summary>Hand-built component binaries shared by the decoder and validator tests.</summary>
internal static class SampleComponents
{
    public const byte U32 = 0x79;
    public const byte U8 = 0x7d;
    public const byte StringType = 0x73;

    /// <summary><c>(func (param "a" u32) (param "b" u32) (result u32))</c> as a type definition.</summary>
    public static void AddFuncType(ByteWriter w) =>
        w.Byte(0x40).U32(2).Name("a").Byte(U32).Name("b").Byte(U32).Byte(0x00, U32);

    /// <summary>A component using every section and every type constructor (not meant to validate).</summary>
    public static byte[] Rich()
    {
        byte[] nested = new ComponentBuilder().ToArray();
        return new ComponentBuilder()
            .Types(
                AddFuncType,                                                            // 0
                w => w.Byte(0x72).U32(2).Name("x").Byte(U32).Name("y").Byte(StringType), // 1 record
                w => w.Byte(0x71).U32(2).Name("none").Byte(0x00, 0x00).Name("some").Byte(0x01, U8, 0x00), // 2 variant
                w => w.Byte(0x70, U8),                                                  // 3 list
                w => w.Byte(0x67, U8).U32(4),                                           // 4 fixed list
                w => w.Byte(0x6f).U32(2).Byte(U8, StringType),                          // 5 tuple
                w => w.Byte(0x6e).U32(2).Name("a").Name("b"),                           // 6 flags
                w => w.Byte(0x6d).U32(2).Name("p").Name("q"),                           // 7 enum
                w => w.Byte(0x6b, U32),                                                 // 8 option
                w => w.Byte(0x6a, 0x01, U32, 0x01, StringType),                         // 9 result
                w => w.Byte(0x3f, 0x7f, 0x00),                                          // 10 resource (rep i32)
                w => w.Byte(0x69).U32(10),                                              // 11 own
                w => w.Byte(0x68).U32(10),                                              // 12 borrow
                w => w.Byte(0x66, 0x01, U8),                                            // 13 stream
                w => w.Byte(0x65, 0x00),                                                // 14 future
                w => w.Byte(0x63, StringType, U32),                                     // 15 map
                w => w.Byte(StringType),                                                // 16 primitive
                w => w.Byte(0x42).U32(2)                                                // 17 instance type
                    .Byte(0x01).Byte(0x40).U32(0).Byte(0x01, 0x00)
                    .Byte(0x04).ExternName("f").Byte(0x01).U32(0),
                w => w.Byte(0x41).U32(3)                                                // 18 component type
                    .Byte(0x01).Byte(0x40).U32(0).Byte(0x01, 0x00)
                    .Byte(0x03).ExternName("x").Byte(0x01).U32(0)
                    .Byte(0x04).ExternName("y").Byte(0x01).U32(0))
            .Imports(
                w => w.ExternName("log").Byte(0x01).U32(0),
                w => w.ExternName("wasi:io/streams@0.2.0").Byte(0x05).U32(17),
                w => w.Byte(0x02).Name("store").U32(2).Byte(0x00).Name("wasi:keyvalue/store").Byte(0x02).Name("kv-1").Byte(0x05).U32(17))
            .CoreModule(ComponentBuilder.EmptyCoreModule)
            .Vector(3, 2, (w, i) =>
            {
                if (i == 0) w.Byte(0x60).U32(2).Byte(0x7f, 0x7f).U32(1).Byte(0x7f);
                else w.Byte(0x50).U32(3)
                    .Byte(0x01).Byte(0x60).U32(0).U32(0)
                    .Byte(0x00).Name("a").Name("b").Byte(0x00).U32(0)
                    .Byte(0x03).Name("memory").Byte(0x02, 0x01).U32(1).U32(2);
            })
            .Vector(2, 2, (w, i) =>
            {
                if (i == 0) w.Byte(0x00).U32(0).U32(0);
                else w.Byte(0x01).U32(1).Name("f").Byte(0x00).U32(0);
            })
            .Aliases(
                w => w.Byte(0x00, 0x00).Byte(0x01).U32(0).Name("add"),
                w => w.Byte(0x01).Byte(0x00).U32(1).Name("f"),
                w => w.Byte(0x03).Byte(0x02).U32(0).U32(0))
            .Canons(
                w => w.Byte(0x00, 0x00).U32(0).U32(4).Byte(0x00).Byte(0x03).U32(0).Byte(0x04).U32(1).Byte(0x05).U32(2).U32(0),
                w => w.Byte(0x01, 0x00).U32(0).U32(0),
                w => w.Byte(0x02).U32(10),
                w => w.Byte(0x03).U32(10),
                w => w.Byte(0x04).U32(10),
                w => w.Byte(0x0e).U32(13),
                w => w.Byte(0x09).Byte(0x00, U32).U32(1).Byte(0x03).U32(0))
            .Nested(nested)
            .Vector(5, 2, (w, i) =>
            {
                if (i == 0) w.Byte(0x00).U32(0).U32(1).Name("x").Byte(0x01).U32(0);
                else w.Byte(0x01).U32(1).ExternName("a").Byte(0x01).U32(0);
            })
            .Section(9, w => w.U32(0).U32(0).U32(0))
            .Exports(
                w => w.ExternName("add").Byte(0x01).U32(2).Byte(0x00),
                w => w.ExternName("add2").Byte(0x01).U32(2).Byte(0x01).Byte(0x01).U32(0))
            .Vector(12, 1, (w, _) => w.Byte(U32).U32(1).Byte(0x05))
            .Custom("component-name", new ByteWriter()
                .Byte(0x00).U32(5).Name("rich")
                .Byte(0x01).U32(7).Byte(0x01).U32(1).U32(0).Name("log")
                .ToArray())
            .Custom("producers", new ByteWriter().U32(1).Name("processed-by").U32(1).Name("wit-component").Name("0.1").ToArray())
            .Custom("component-type:w", nested)
            .ToArray();
    }
}
