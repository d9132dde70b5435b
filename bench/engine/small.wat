;; The instantiate/call micro-benchmark module: one memory page, one data segment, ten functions.
;; "add" is the trivial i32 function the host->wasm call benchmark invokes.
(module
  (memory (export "memory") 1)
  (data (i32.const 16) "WitSharp engine benchmark: a small data segment.")
  (global $counter (mut i32) (i32.const 0))
  (func $add (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func $sub (export "sub") (param i32 i32) (result i32) (i32.sub (local.get 0) (local.get 1)))
  (func $mul (export "mul") (param i32 i32) (result i32) (i32.mul (local.get 0) (local.get 1)))
  (func $load (export "load") (param i32) (result i32) (i32.load8_u offset=16 (local.get 0)))
  (func $store (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func $bump (export "bump") (result i32)
    (global.set $counter (i32.add (global.get $counter) (i32.const 1)))
    (global.get $counter))
  (func $sum (export "sum") (param $n i32) (result i32) (local $acc i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $acc (i32.add (local.get $acc) (call $load (local.get $n))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $acc))
  (func $pages (export "pages") (result i32) (memory.size))
  (func $twice (export "twice") (param i32) (result i32) (call $add (local.get 0) (local.get 0)))
  (func $f64add (export "f64add") (param f64 f64) (result f64) (f64.add (local.get 0) (local.get 1))))
