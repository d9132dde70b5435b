namespace WitSharp.Engine.Execution;

/// <summary>
/// Opcodes of the pre-decoded register IR. Numeric and memory opcodes keep their wasm byte value so the
/// translator maps them without a table; everything else is numbered densely above them so the
/// interpreter's <c>switch</c> compiles to one jump table.
/// Operands follow the opcode in the code array: frame slot offsets first (destination, then sources),
/// then immediates.
/// </summary>
internal enum Op
{
    // 0x28..0x3E loads (dst, addr, offset) and stores (addr, value, offset) keep their wasm numbers.
    I32Load = 0x28, I64Load = 0x29, F32Load = 0x2A, F64Load = 0x2B,
    I32Load8S = 0x2C, I32Load8U = 0x2D, I32Load16S = 0x2E, I32Load16U = 0x2F,
    I64Load8S = 0x30, I64Load8U = 0x31, I64Load16S = 0x32, I64Load16U = 0x33, I64Load32S = 0x34, I64Load32U = 0x35,
    I32Store = 0x36, I64Store = 0x37, F32Store = 0x38, F64Store = 0x39,
    I32Store8 = 0x3A, I32Store16 = 0x3B, I64Store8 = 0x3C, I64Store16 = 0x3D, I64Store32 = 0x3E,
    MemorySize = 0x3F, MemoryGrow = 0x40,

    // 0x45..0xC4: numeric instructions, (dst, a) or (dst, a, b), same numbers as wasm.
    I32Eqz = 0x45, I32Eq, I32Ne, I32LtS, I32LtU, I32GtS, I32GtU, I32LeS, I32LeU, I32GeS, I32GeU,
    I64Eqz = 0x50, I64Eq, I64Ne, I64LtS, I64LtU, I64GtS, I64GtU, I64LeS, I64LeU, I64GeS, I64GeU,
    F32Eq = 0x5B, F32Ne, F32Lt, F32Gt, F32Le, F32Ge,
    F64Eq = 0x61, F64Ne, F64Lt, F64Gt, F64Le, F64Ge,
    I32Clz = 0x67, I32Ctz, I32Popcnt, I32Add, I32Sub, I32Mul, I32DivS, I32DivU, I32RemS, I32RemU,
    I32And, I32Or, I32Xor, I32Shl, I32ShrS, I32ShrU, I32Rotl, I32Rotr,
    I64Clz = 0x79, I64Ctz, I64Popcnt, I64Add, I64Sub, I64Mul, I64DivS, I64DivU, I64RemS, I64RemU,
    I64And, I64Or, I64Xor, I64Shl, I64ShrS, I64ShrU, I64Rotl, I64Rotr,
    F32Abs = 0x8B, F32Neg, F32Ceil, F32Floor, F32Trunc, F32Nearest, F32Sqrt, F32Add, F32Sub, F32Mul, F32Div, F32Min, F32Max, F32Copysign,
    F64Abs = 0x99, F64Neg, F64Ceil, F64Floor, F64Trunc, F64Nearest, F64Sqrt, F64Add, F64Sub, F64Mul, F64Div, F64Min, F64Max, F64Copysign,
    I32WrapI64 = 0xA7, I32TruncF32S, I32TruncF32U, I32TruncF64S, I32TruncF64U,
    I64ExtendI32S, I64ExtendI32U, I64TruncF32S, I64TruncF32U, I64TruncF64S, I64TruncF64U,
    F32ConvertI32S, F32ConvertI32U, F32ConvertI64S, F32ConvertI64U, F32DemoteF64,
    F64ConvertI32S, F64ConvertI32U, F64ConvertI64S, F64ConvertI64U, F64PromoteF32,
    I32ReinterpretF32, I64ReinterpretF64, F32ReinterpretI32, F64ReinterpretI64,
    I32Extend8S = 0xC0, I32Extend16S, I64Extend8S, I64Extend16S, I64Extend32S,
    // 0xFC 0..7 saturating truncations follow directly.
    I32TruncSatF32S = 0xC5, I32TruncSatF32U, I32TruncSatF64S, I32TruncSatF64U,
    I64TruncSatF32S, I64TruncSatF32U, I64TruncSatF64S, I64TruncSatF64U,

    // Control and everything else.
    /// <summary>() traps.</summary>
    Unreachable = 0xD0,
    /// <summary>(target)</summary>
    Br,
    /// <summary>(cond, target): branch when cond (i32) is non-zero.</summary>
    BrIfNez,
    /// <summary>(cond, target): branch when cond (i32) is zero.</summary>
    BrIfEqz,
    /// <summary>(index, count, target0 .. targetN): the last target is the default.</summary>
    BrTable,
    /// <summary>() results are already in slots 0..n-1.</summary>
    Return,
    /// <summary>(function index, argument base slot)</summary>
    Call,
    /// <summary>(type index, table index, element slot, argument base slot)</summary>
    CallIndirect,
    /// <summary>(dst, a, b, cond)</summary>
    Select,
    /// <summary>(dst, src)</summary>
    Copy,
    /// <summary>(dst, global index)</summary>
    GlobalGet,
    /// <summary>(src, global index)</summary>
    GlobalSet,
    /// <summary>(dst, function index)</summary>
    RefFunc,
    /// <summary>(dst addr, src offset, n, data index)</summary>
    MemoryInit,
    /// <summary>(data index)</summary>
    DataDrop,
    /// <summary>(dst addr, src addr, n)</summary>
    MemoryCopy,
    /// <summary>(dst addr, value, n)</summary>
    MemoryFill,
    /// <summary>(dst, index, table)</summary>
    TableGet,
    /// <summary>(index, value, table)</summary>
    TableSet,
    /// <summary>(dst, table)</summary>
    TableSize,
    /// <summary>(dst, init value, n, table)</summary>
    TableGrow,
    /// <summary>(start, value, n, table)</summary>
    TableFill,
    /// <summary>(dst, src, n, dst table, src table)</summary>
    TableCopy,
    /// <summary>(dst, src, n, table, element index)</summary>
    TableInit,
    /// <summary>(element index)</summary>
    ElemDrop,

    // Fused i32 compare + conditional branch: (a, b, target) or (a, target) for Eqz/Nez.
    BrIfI32Eq, BrIfI32Ne, BrIfI32LtS, BrIfI32LtU, BrIfI32GtS, BrIfI32GtU, BrIfI32LeS, BrIfI32LeU, BrIfI32GeS, BrIfI32GeU,
    // The same for i64, in the same order, plus i64 tests against zero.
    BrIfI64Eq, BrIfI64Ne, BrIfI64LtS, BrIfI64LtU, BrIfI64GtS, BrIfI64GtU, BrIfI64LeS, BrIfI64LeU, BrIfI64GeS, BrIfI64GeU,
    BrIfI64Eqz, BrIfI64Nez,

    // Loads whose address is an i32.add: (dst, a, b, offset), address = (u32)(a + b) + offset.
    I32LoadAdd, I64LoadAdd, I32Load8UAdd,
}
