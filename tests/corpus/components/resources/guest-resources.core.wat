;; The core module of the guest-resources world (guest-resources.wit): the guest implements `counter`. A counter's rep is the
;; address of a 4-byte cell holding its value (cells are never reused; the destructor only counts). Exported methods
;; receive `self` as the rep, because a borrow of a resource the component itself defines lifts to its rep.
;; Names and core signatures are those of `jco embed --dummy`.
(module
  (import "cm32p2|_ex_witsharp:counters/counters" "counter_drop" (func $counter_drop (param i32)))
  (import "cm32p2|_ex_witsharp:counters/counters" "counter_new" (func $counter_new (param i32) (result i32)))
  (import "cm32p2|_ex_witsharp:counters/counters" "counter_rep" (func $counter_rep (param i32) (result i32)))
  (memory (export "cm32p2_memory") 1)
  (global $next_cell (mut i32) (i32.const 1024))
  (global $dropped (mut i32) (i32.const 0))
  (func (export "cm32p2_initialize"))

  ;; A new cell holding `value`; traps when the one page is full (16,128 counters).
  (func $cell (param $value i32) (result i32)
    (local $at i32)
    (local.set $at (global.get $next_cell))
    (if (i32.ge_u (local.get $at) (i32.const 65536)) (then unreachable))
    (i32.store (local.get $at) (local.get $value))
    (global.set $next_cell (i32.add (local.get $at) (i32.const 4)))
    (local.get $at))

  (func (export "cm32p2|witsharp:counters/counters|[constructor]counter") (param $start i32) (result i32)
    (call $counter_new (call $cell (local.get $start))))
  (func (export "cm32p2|witsharp:counters/counters|[method]counter.increment") (param $self i32) (param $by i32) (result i32)
    (i32.store (local.get $self) (i32.add (i32.load (local.get $self)) (local.get $by)))
    (i32.load (local.get $self)))
  (func (export "cm32p2|witsharp:counters/counters|[method]counter.value") (param $self i32) (result i32)
    (i32.load (local.get $self)))
  (func (export "cm32p2|witsharp:counters/counters|[static]counter.merge") (param $a i32) (param $b i32) (result i32)
    (call $counter_new (call $cell (i32.add (i32.load (local.get $a)) (i32.load (local.get $b))))))
  (func (export "cm32p2|witsharp:counters/counters|dropped") (result i32)
    (global.get $dropped))
  ;; Own handles made, read through resource.rep and dropped (running the destructor) without leaving the guest.
  (func (export "cm32p2|witsharp:counters/counters|churn") (param $n i32) (result i32)
    (local $i i32) (local $handle i32) (local $rep i32) (local $sum i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $handle (call $counter_new (call $cell (i32.const 0))))
        (local.set $rep (call $counter_rep (local.get $handle)))
        (i32.store (local.get $rep) (i32.add (i32.load (local.get $rep)) (local.get $i)))
        (local.set $sum (i32.add (local.get $sum) (i32.load (local.get $rep))))
        (call $counter_drop (local.get $handle))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $sum))
  (func (export "cm32p2|witsharp:counters/counters|counter_dtor") (param $rep i32)
    (global.set $dropped (i32.add (global.get $dropped) (i32.const 1))))
)
