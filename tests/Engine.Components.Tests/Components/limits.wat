;; Core code that runs into each limit and trap the engine seam maps: an endless loop (fuel, interruption), a memory
;; that grows on request (the store's page limit), an unreachable, a division, and a host import that may throw.
(component
  (import "fail" (func $fail (param "code" u32)))
  (core func $fail_lowered (canon lower (func $fail)))
  (core module $m
    (import "host" "fail" (func $fail (param i32)))
    (memory (export "memory") 1)
    (func (export "spin") (loop $forever (br $forever)))
    (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
    (func (export "unreachable") (unreachable))
    (func (export "divide") (param i32 i32) (result i32) (i32.div_u (local.get 0) (local.get 1)))
    (func (export "call-fail") (param i32) (call $fail (local.get 0))))
  (core instance $host (export "fail" (func $fail_lowered)))
  (core instance $i (instantiate $m (with "host" (instance $host))))
  (func (export "spin") (canon lift (core func $i "spin")))
  (func (export "grow") (param "pages" u32) (result s32) (canon lift (core func $i "grow")))
  (func (export "unreachable") (canon lift (core func $i "unreachable")))
  (func (export "divide") (param "a" u32) (param "b" u32) (result u32) (canon lift (core func $i "divide")))
  (func (export "call-fail") (param "code" u32) (canon lift (core func $i "call-fail")))
)
