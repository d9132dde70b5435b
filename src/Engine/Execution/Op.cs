using static WitSharp.Engine.Execution.OperandKind;

namespace WitSharp.Engine.Execution;

/// <summary>
/// Opcodes of the pre-decoded register IR. Numeric and memory opcodes keep their wasm byte value so the
/// translator maps them without a table; everything else is numbered densely above them so the
/// interpreter's <c>switch</c> compiles to one jump table.
/// Operands follow the opcode in the code array: frame slot offsets first (destination, then sources),
/// then immediates. Each member's <see cref="OperandsAttribute"/> is the one declaration of its operands: the
/// engine's source generator turns them into <see cref="OpWidth"/> (the interpreter's steps) and
/// <see cref="OpLayout"/> (the translator, the verifier and the CIL tier).
/// </summary>
[InstructionSet]
internal enum Op
{
    // 0x28..0x3E loads (dst, addr, offset) and stores (addr, value, offset) keep their wasm numbers.
    [Operands(Slot, Slot, MemoryOffset)] I32Load = 0x28,
    [Operands(Slot, Slot, MemoryOffset)] I64Load = 0x29,
    [Operands(Slot, Slot, MemoryOffset)] F32Load = 0x2A,
    [Operands(Slot, Slot, MemoryOffset)] F64Load = 0x2B,
    [Operands(Slot, Slot, MemoryOffset)] I32Load8S = 0x2C,
    [Operands(Slot, Slot, MemoryOffset)] I32Load8U = 0x2D,
    [Operands(Slot, Slot, MemoryOffset)] I32Load16S = 0x2E,
    [Operands(Slot, Slot, MemoryOffset)] I32Load16U = 0x2F,
    [Operands(Slot, Slot, MemoryOffset)] I64Load8S = 0x30,
    [Operands(Slot, Slot, MemoryOffset)] I64Load8U = 0x31,
    [Operands(Slot, Slot, MemoryOffset)] I64Load16S = 0x32,
    [Operands(Slot, Slot, MemoryOffset)] I64Load16U = 0x33,
    [Operands(Slot, Slot, MemoryOffset)] I64Load32S = 0x34,
    [Operands(Slot, Slot, MemoryOffset)] I64Load32U = 0x35,
    [Operands(Slot, Slot, MemoryOffset)] I32Store = 0x36,
    [Operands(Slot, Slot, MemoryOffset)] I64Store = 0x37,
    [Operands(Slot, Slot, MemoryOffset)] F32Store = 0x38,
    [Operands(Slot, Slot, MemoryOffset)] F64Store = 0x39,
    [Operands(Slot, Slot, MemoryOffset)] I32Store8 = 0x3A,
    [Operands(Slot, Slot, MemoryOffset)] I32Store16 = 0x3B,
    [Operands(Slot, Slot, MemoryOffset)] I64Store8 = 0x3C,
    [Operands(Slot, Slot, MemoryOffset)] I64Store16 = 0x3D,
    [Operands(Slot, Slot, MemoryOffset)] I64Store32 = 0x3E,
    [Operands(Slot)] MemorySize = 0x3F,
    [Operands(Slot, Slot)] MemoryGrow = 0x40,

    // 0x45..0xC4: numeric instructions, (dst, a) or (dst, a, b), same numbers as wasm.
    [Operands(Slot, Slot)] I32Eqz = 0x45,
    [Operands(Slot, Slot, Slot)] I32Eq,
    [Operands(Slot, Slot, Slot)] I32Ne,
    [Operands(Slot, Slot, Slot)] I32LtS,
    [Operands(Slot, Slot, Slot)] I32LtU,
    [Operands(Slot, Slot, Slot)] I32GtS,
    [Operands(Slot, Slot, Slot)] I32GtU,
    [Operands(Slot, Slot, Slot)] I32LeS,
    [Operands(Slot, Slot, Slot)] I32LeU,
    [Operands(Slot, Slot, Slot)] I32GeS,
    [Operands(Slot, Slot, Slot)] I32GeU,
    [Operands(Slot, Slot)] I64Eqz = 0x50,
    [Operands(Slot, Slot, Slot)] I64Eq,
    [Operands(Slot, Slot, Slot)] I64Ne,
    [Operands(Slot, Slot, Slot)] I64LtS,
    [Operands(Slot, Slot, Slot)] I64LtU,
    [Operands(Slot, Slot, Slot)] I64GtS,
    [Operands(Slot, Slot, Slot)] I64GtU,
    [Operands(Slot, Slot, Slot)] I64LeS,
    [Operands(Slot, Slot, Slot)] I64LeU,
    [Operands(Slot, Slot, Slot)] I64GeS,
    [Operands(Slot, Slot, Slot)] I64GeU,
    [Operands(Slot, Slot, Slot)] F32Eq = 0x5B,
    [Operands(Slot, Slot, Slot)] F32Ne,
    [Operands(Slot, Slot, Slot)] F32Lt,
    [Operands(Slot, Slot, Slot)] F32Gt,
    [Operands(Slot, Slot, Slot)] F32Le,
    [Operands(Slot, Slot, Slot)] F32Ge,
    [Operands(Slot, Slot, Slot)] F64Eq = 0x61,
    [Operands(Slot, Slot, Slot)] F64Ne,
    [Operands(Slot, Slot, Slot)] F64Lt,
    [Operands(Slot, Slot, Slot)] F64Gt,
    [Operands(Slot, Slot, Slot)] F64Le,
    [Operands(Slot, Slot, Slot)] F64Ge,
    [Operands(Slot, Slot)] I32Clz = 0x67,
    [Operands(Slot, Slot)] I32Ctz,
    [Operands(Slot, Slot)] I32Popcnt,
    [Operands(Slot, Slot, Slot)] I32Add,
    [Operands(Slot, Slot, Slot)] I32Sub,
    [Operands(Slot, Slot, Slot)] I32Mul,
    [Operands(Slot, Slot, Slot)] I32DivS,
    [Operands(Slot, Slot, Slot)] I32DivU,
    [Operands(Slot, Slot, Slot)] I32RemS,
    [Operands(Slot, Slot, Slot)] I32RemU,
    [Operands(Slot, Slot, Slot)] I32And,
    [Operands(Slot, Slot, Slot)] I32Or,
    [Operands(Slot, Slot, Slot)] I32Xor,
    [Operands(Slot, Slot, Slot)] I32Shl,
    [Operands(Slot, Slot, Slot)] I32ShrS,
    [Operands(Slot, Slot, Slot)] I32ShrU,
    [Operands(Slot, Slot, Slot)] I32Rotl,
    [Operands(Slot, Slot, Slot)] I32Rotr,
    [Operands(Slot, Slot)] I64Clz = 0x79,
    [Operands(Slot, Slot)] I64Ctz,
    [Operands(Slot, Slot)] I64Popcnt,
    [Operands(Slot, Slot, Slot)] I64Add,
    [Operands(Slot, Slot, Slot)] I64Sub,
    [Operands(Slot, Slot, Slot)] I64Mul,
    [Operands(Slot, Slot, Slot)] I64DivS,
    [Operands(Slot, Slot, Slot)] I64DivU,
    [Operands(Slot, Slot, Slot)] I64RemS,
    [Operands(Slot, Slot, Slot)] I64RemU,
    [Operands(Slot, Slot, Slot)] I64And,
    [Operands(Slot, Slot, Slot)] I64Or,
    [Operands(Slot, Slot, Slot)] I64Xor,
    [Operands(Slot, Slot, Slot)] I64Shl,
    [Operands(Slot, Slot, Slot)] I64ShrS,
    [Operands(Slot, Slot, Slot)] I64ShrU,
    [Operands(Slot, Slot, Slot)] I64Rotl,
    [Operands(Slot, Slot, Slot)] I64Rotr,
    [Operands(Slot, Slot)] F32Abs = 0x8B,
    [Operands(Slot, Slot)] F32Neg,
    [Operands(Slot, Slot)] F32Ceil,
    [Operands(Slot, Slot)] F32Floor,
    [Operands(Slot, Slot)] F32Trunc,
    [Operands(Slot, Slot)] F32Nearest,
    [Operands(Slot, Slot)] F32Sqrt,
    [Operands(Slot, Slot, Slot)] F32Add,
    [Operands(Slot, Slot, Slot)] F32Sub,
    [Operands(Slot, Slot, Slot)] F32Mul,
    [Operands(Slot, Slot, Slot)] F32Div,
    [Operands(Slot, Slot, Slot)] F32Min,
    [Operands(Slot, Slot, Slot)] F32Max,
    [Operands(Slot, Slot, Slot)] F32Copysign,
    [Operands(Slot, Slot)] F64Abs = 0x99,
    [Operands(Slot, Slot)] F64Neg,
    [Operands(Slot, Slot)] F64Ceil,
    [Operands(Slot, Slot)] F64Floor,
    [Operands(Slot, Slot)] F64Trunc,
    [Operands(Slot, Slot)] F64Nearest,
    [Operands(Slot, Slot)] F64Sqrt,
    [Operands(Slot, Slot, Slot)] F64Add,
    [Operands(Slot, Slot, Slot)] F64Sub,
    [Operands(Slot, Slot, Slot)] F64Mul,
    [Operands(Slot, Slot, Slot)] F64Div,
    [Operands(Slot, Slot, Slot)] F64Min,
    [Operands(Slot, Slot, Slot)] F64Max,
    [Operands(Slot, Slot, Slot)] F64Copysign,
    [Operands(Slot, Slot)] I32WrapI64 = 0xA7,
    [Operands(Slot, Slot)] I32TruncF32S,
    [Operands(Slot, Slot)] I32TruncF32U,
    [Operands(Slot, Slot)] I32TruncF64S,
    [Operands(Slot, Slot)] I32TruncF64U,
    [Operands(Slot, Slot)] I64ExtendI32S,
    [Operands(Slot, Slot)] I64ExtendI32U,
    [Operands(Slot, Slot)] I64TruncF32S,
    [Operands(Slot, Slot)] I64TruncF32U,
    [Operands(Slot, Slot)] I64TruncF64S,
    [Operands(Slot, Slot)] I64TruncF64U,
    [Operands(Slot, Slot)] F32ConvertI32S,
    [Operands(Slot, Slot)] F32ConvertI32U,
    [Operands(Slot, Slot)] F32ConvertI64S,
    [Operands(Slot, Slot)] F32ConvertI64U,
    [Operands(Slot, Slot)] F32DemoteF64,
    [Operands(Slot, Slot)] F64ConvertI32S,
    [Operands(Slot, Slot)] F64ConvertI32U,
    [Operands(Slot, Slot)] F64ConvertI64S,
    [Operands(Slot, Slot)] F64ConvertI64U,
    [Operands(Slot, Slot)] F64PromoteF32,
    [Operands(Slot, Slot)] I32ReinterpretF32,
    [Operands(Slot, Slot)] I64ReinterpretF64,
    [Operands(Slot, Slot)] F32ReinterpretI32,
    [Operands(Slot, Slot)] F64ReinterpretI64,
    [Operands(Slot, Slot)] I32Extend8S = 0xC0,
    [Operands(Slot, Slot)] I32Extend16S,
    [Operands(Slot, Slot)] I64Extend8S,
    [Operands(Slot, Slot)] I64Extend16S,
    [Operands(Slot, Slot)] I64Extend32S,
    // 0xFC 0..7 saturating truncations follow directly.
    [Operands(Slot, Slot)] I32TruncSatF32S = 0xC5,
    [Operands(Slot, Slot)] I32TruncSatF32U,
    [Operands(Slot, Slot)] I32TruncSatF64S,
    [Operands(Slot, Slot)] I32TruncSatF64U,
    [Operands(Slot, Slot)] I64TruncSatF32S,
    [Operands(Slot, Slot)] I64TruncSatF32U,
    [Operands(Slot, Slot)] I64TruncSatF64S,
    [Operands(Slot, Slot)] I64TruncSatF64U,

    // Control and everything else.
    /// <summary>() traps.</summary>
    [Operands()] Unreachable = 0xD0,
    /// <summary>(target)</summary>
    [Operands(Target)] Br,
    /// <summary>(cond, target): branch when cond (i32) is non-zero.</summary>
    [Operands(Slot, Target)] BrIfNez,
    /// <summary>(cond, target): branch when cond (i32) is zero.</summary>
    [Operands(Slot, Target)] BrIfEqz,
    /// <summary>(index, count, target0 .. targetN): the last target is the default.</summary>
    [Operands(Slot, TargetCount)] BrTable,
    /// <summary>() results are already in slots 0..n-1.</summary>
    [Operands()] Return,
    /// <summary>(function index, argument base slot)</summary>
    [Operands(Function, CallBase)] Call,
    /// <summary>(type index, table index, element slot, argument base slot)</summary>
    [Operands(Type, Table, Slot, CallBase)] CallIndirect,
    /// <summary>(dst, a, b, cond)</summary>
    [Operands(Slot, Slot, Slot, Slot)] Select,
    /// <summary>(dst, src)</summary>
    [Operands(Slot, Slot)] Copy,
    /// <summary>(dst, global index)</summary>
    [Operands(Slot, Global)] GlobalGet,
    /// <summary>(src, global index)</summary>
    [Operands(Slot, Global)] GlobalSet,
    /// <summary>(dst, function index)</summary>
    [Operands(Slot, Function)] RefFunc,
    /// <summary>(dst addr, src offset, n, data index)</summary>
    [Operands(Slot, Slot, Slot, Data)] MemoryInit,
    /// <summary>(data index)</summary>
    [Operands(Data)] DataDrop,
    /// <summary>(dst addr, src addr, n)</summary>
    [Operands(Slot, Slot, Slot)] MemoryCopy,
    /// <summary>(dst addr, value, n)</summary>
    [Operands(Slot, Slot, Slot)] MemoryFill,
    /// <summary>(dst, index, table)</summary>
    [Operands(Slot, Slot, Table)] TableGet,
    /// <summary>(index, value, table)</summary>
    [Operands(Slot, Slot, Table)] TableSet,
    /// <summary>(dst, table)</summary>
    [Operands(Slot, Table)] TableSize,
    /// <summary>(dst, init value, n, table)</summary>
    [Operands(Slot, Slot, Slot, Table)] TableGrow,
    /// <summary>(start, value, n, table)</summary>
    [Operands(Slot, Slot, Slot, Table)] TableFill,
    /// <summary>(dst, src, n, dst table, src table)</summary>
    [Operands(Slot, Slot, Slot, Table, Table)] TableCopy,
    /// <summary>(dst, src, n, table, element index)</summary>
    [Operands(Slot, Slot, Slot, Table, Element)] TableInit,
    /// <summary>(element index)</summary>
    [Operands(Element)] ElemDrop,

    // Fused i32 compare + conditional branch: (a, b, target) or (a, target) for Eqz/Nez.
    [Operands(Slot, Slot, Target)] BrIfI32Eq,
    [Operands(Slot, Slot, Target)] BrIfI32Ne,
    [Operands(Slot, Slot, Target)] BrIfI32LtS,
    [Operands(Slot, Slot, Target)] BrIfI32LtU,
    [Operands(Slot, Slot, Target)] BrIfI32GtS,
    [Operands(Slot, Slot, Target)] BrIfI32GtU,
    [Operands(Slot, Slot, Target)] BrIfI32LeS,
    [Operands(Slot, Slot, Target)] BrIfI32LeU,
    [Operands(Slot, Slot, Target)] BrIfI32GeS,
    [Operands(Slot, Slot, Target)] BrIfI32GeU,
    // The same for i64, in the same order, plus i64 tests against zero.
    [Operands(Slot, Slot, Target)] BrIfI64Eq,
    [Operands(Slot, Slot, Target)] BrIfI64Ne,
    [Operands(Slot, Slot, Target)] BrIfI64LtS,
    [Operands(Slot, Slot, Target)] BrIfI64LtU,
    [Operands(Slot, Slot, Target)] BrIfI64GtS,
    [Operands(Slot, Slot, Target)] BrIfI64GtU,
    [Operands(Slot, Slot, Target)] BrIfI64LeS,
    [Operands(Slot, Slot, Target)] BrIfI64LeU,
    [Operands(Slot, Slot, Target)] BrIfI64GeS,
    [Operands(Slot, Slot, Target)] BrIfI64GeU,
    [Operands(Slot, Target)] BrIfI64Eqz,
    [Operands(Slot, Target)] BrIfI64Nez,

    // Loads whose address is an i32.add: (dst, a, b, offset), address = (u32)(a + b) + offset.
    [Operands(Slot, Slot, Slot, MemoryOffset)] I32LoadAdd,
    [Operands(Slot, Slot, Slot, MemoryOffset)] I64LoadAdd,
    [Operands(Slot, Slot, Slot, MemoryOffset)] I32Load8UAdd,
}
