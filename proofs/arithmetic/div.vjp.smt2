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
 (let ((?x25 (- x)))
(let ((?x14 (/ 1.0 (* y y))))
(let ((?x26 (* ?x14 ?x25)))
(let ((?x24 (/ 0.0 y)))
(let ((?x27 (+ ?x24 ?x26)))
(let ((?x28 (* g ?x27)))
(let ((?x20 (/ x y)))
(let ((?x21 (* ?x20 g)))
(let ((?x22 (- ?x21)))
(let ((?x23 (/ ?x22 y)))
(or (and (distinct (/ g y) (* g (+ (/ 1.0 y) (* 0.0 ?x14)))) true) (and (distinct ?x23 ?x28) true)))))))))))))
(check-sat)
(pop 1)
