;; Host imports exported again without any core code: a function at the root and a whole imported instance.
(component
  (import "double" (func $double (param "x" u32) (result u32)))
  (import "witsharp:test/math@1.0.0" (instance $math
    (export "square" (func (param "x" u32) (result u32)))))
  (export "double-again" (func $double))
  (export "witsharp:test/math@1.0.0" (instance $math))
)
