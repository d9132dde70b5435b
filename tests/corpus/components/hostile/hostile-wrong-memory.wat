;; Hand-written hostile canonical options (hostile.wit, world hostile-wrong-memory): `text` is lifted with memory index 3
;; where the component has one core memory (index 0). Validation must reject the component with a clear message.
(component
  (core module $m
    (memory (export "memory") 1)
    (func (export "good") (result i32) (i32.const 7))
    (func (export "text") (result i32) (i32.const 0))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32) unreachable))
  (core instance $i (instantiate $m))
  (alias core export $i "memory" (core memory $mem))
  (func (export "good") (result u32) (canon lift (core func $i "good")))
  (func (export "text") (result string) (canon lift (core func $i "text") (memory 3) (realloc (core func $i "realloc"))))
)
