;; A hand-written hostile realloc (hostile.wit, world hostile-realloc-bounds): for a string argument it returns a
;; pointer past the end of memory, which the host must refuse before writing. `good` returns 7.
(component
  (core module $m
    (memory (export "memory") 1)
    (func (export "good") (result i32) (i32.const 7))
    (func (export "take-string") (param i32 i32) (result i32) (local.get 1))
    ;; 16 bytes below 4 GiB: far outside the one 64 KiB page.
    (func (export "realloc") (param i32 i32 i32 i32) (result i32) (i32.const -16)))
  (core instance $i (instantiate $m))
  (func (export "good") (result u32) (canon lift (core func $i "good")))
  (func (export "take-string") (param "s" string) (result u32)
    (canon lift (core func $i "take-string") (memory (core memory $i "memory")) (realloc (core func $i "realloc"))))
)
