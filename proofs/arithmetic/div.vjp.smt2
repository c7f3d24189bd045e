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
 (let (($x11 (= 0.0 y)))
 (not $x11)))
(assert
 (let (($x11 (= 0.0 y)))
 (not $x11)))
(assert
 (let (($x11 (= 0.0 y)))
 (not $x11)))
(assert
 (let (($x11 (= 0.0 y)))
 (not $x11)))
(assert
 (let (($x11 (= 0.0 y)))
 (not $x11)))
(assert
 (let (($x11 (= 0.0 y)))
 (not $x11)))
(assert
 (let (($x11 (= 0.0 y)))
 (not $x11)))
(assert
 (let (($x11 (= 0.0 y)))
 (not $x11)))
(assert
 (let (($x11 (= 0.0 y)))
 (not $x11)))
(assert
 (let (($x11 (= 0.0 y)))
 (not $x11)))
(assert
 (let ((?x24 (- x)))
(let ((?x13 (/ 1.0 (* y y))))
(let ((?x23 (* ?x13 ?x24)))
(let ((?x25 (/ 0.0 y)))
(let ((?x21 (+ ?x25 ?x23)))
(let ((?x19 (* g ?x21)))
(let ((?x14 (/ x y)))
(let ((?x28 (* ?x14 g)))
(let ((?x27 (- ?x28)))
(let ((?x26 (/ ?x27 y)))
(or (and (distinct (/ g y) (* g (+ (/ 1.0 y) (* 0.0 ?x13)))) true) (and (distinct ?x26 ?x19) true)))))))))))))
(check-sat)
(pop 1)
