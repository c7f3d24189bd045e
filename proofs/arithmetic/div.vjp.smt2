; certjax: rule arithmetic.div, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun g () Real)
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let ((?x23 (- x)))
(let ((?x21 (* y y)))
(let ((?x22 (/ 1.0 ?x21)))
(let ((?x24 (* ?x22 ?x23)))
(let ((?x20 (/ 0.0 y)))
(let ((?x25 (+ ?x20 ?x24)))
(let ((?x26 (* g ?x25)))
(let ((?x17 (- g)))
(let ((?x16 (/ x y)))
(let ((?x18 (* ?x16 ?x17)))
(let ((?x19 (/ ?x18 y)))
(or (and (distinct (/ g y) (* g (/ 1.0 y))) true) (and (distinct ?x19 ?x26) true))))))))))))))
(check-sat)
(pop 1)
