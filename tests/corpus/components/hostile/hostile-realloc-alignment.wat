;; A hand-written hostile realloc (hostile.wit, world hostile-realloc-alignment): for a list<u32> argument it returns
;; an odd pointer, which the host must refuse as misaligned before writing. `good` returns 7.
(component
  (core module $m
    (memory (export "memory") 1)
    (func (export "good") (result i32) (i32.const 7))
    (func (export "take-list") (param i32 i32) (result i32) (local.get 1))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32) (i32.const 1001)))
  (core instance $i (instantiate $m))
  (func (export "good") (result u32) (canon lift (core func $i "good")))
  (func (export "take-list") (param "v" (list u32)) (result u32)
    (canon lift (core func $i "take-list") (memory (core memory $i "memory")) (realloc (core func $i "realloc"))))
)
