; certjax: rule reductions.safe_norm, obligation 'vjp', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun sqrt!9 () Real)
(declare-fun |x[1]| () Real)
(declare-fun |x[0]| () Real)
(declare-fun |x[2]| () Real)
(declare-fun g () Real)
(assert
 (= 0.0 sqrt!9))
(assert
 (let ((?x8 (* |x[1]| |x[1]|)))
 (let ((?x23 (* |x[0]| |x[0]|)))
 (let ((?x9 (+ ?x23 ?x8)))
 (let ((?x14 (* |x[2]| |x[2]|)))
 (let ((?x10 (+ ?x14 ?x9)))
 (<= 0.0 ?x10)))))))
(assert
 (let (($x41 (= 0.0 sqrt!9)))
 (not $x41)))
(assert
 (let ((?x8 (* |x[1]| |x[1]|)))
 (let ((?x23 (* |x[0]| |x[0]|)))
 (let ((?x9 (+ ?x23 ?x8)))
 (let ((?x14 (* |x[2]| |x[2]|)))
 (let ((?x10 (+ ?x14 ?x9)))
 (<= 0.0 ?x10)))))))
(assert
 (let (($x41 (= 0.0 sqrt!9)))
 (not $x41)))
(assert
 (or (and (distinct 0.0 (* g (* (+ |x[0]| |x[0]|) (/ (/ 1.0 2.0) sqrt!9)))) true) (and (distinct 0.0 (* g (* (/ (/ 1.0 2.0) sqrt!9) (+ |x[1]| |x[1]|)))) true) (and (distinct 0.0 (* g (* (/ (/ 1.0 2.0) sqrt!9) (+ |x[2]| |x[2]|)))) true)))
(assert
 (let ((?x8 (* |x[1]| |x[1]|)))
(let ((?x23 (* |x[0]| |x[0]|)))
(let ((?x9 (+ ?x23 ?x8)))
(let ((?x14 (* |x[2]| |x[2]|)))
(let ((?x10 (+ ?x14 ?x9)))
(let ((?x15 (* sqrt!9 sqrt!9)))
(let (($x13 (>= sqrt!9 0.0)))
(=> (>= ?x10 0.0) (and $x13 (= ?x15 ?x10)))))))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun sqrt!9 () Real)
(declare-fun |x[1]| () Real)
(declare-fun |x[0]| () Real)
(declare-fun |x[2]| () Real)
(declare-fun g () Real)
(assert
 (< 0.0 sqrt!9))
(assert
 (let ((?x8 (* |x[1]| |x[1]|)))
 (let ((?x23 (* |x[0]| |x[0]|)))
 (let ((?x9 (+ ?x23 ?x8)))
 (let ((?x14 (* |x[2]| |x[2]|)))
 (let ((?x10 (+ ?x14 ?x9)))
 (<= 0.0 ?x10)))))))
(assert
 (let (($x41 (= 0.0 sqrt!9)))
 (not $x41)))
(assert
 (let ((?x8 (* |x[1]| |x[1]|)))
 (let ((?x23 (* |x[0]| |x[0]|)))
 (let ((?x9 (+ ?x23 ?x8)))
 (let ((?x14 (* |x[2]| |x[2]|)))
 (let ((?x10 (+ ?x14 ?x9)))
 (<= 0.0 ?x10)))))))
(assert
 (let (($x41 (= 0.0 sqrt!9)))
 (not $x41)))
(assert
 (let (($x41 (= 0.0 sqrt!9)))
 (not $x41)))
(assert
 (let ((?x37 (+ |x[2]| |x[2]|)))
 (let ((?x33 (/ (/ 1.0 2.0) sqrt!9)))
 (let ((?x29 (* ?x33 ?x37)))
 (let ((?x28 (* g ?x29)))
 (let ((?x49 (/ g sqrt!9)))
 (let ((?x61 (* |x[2]| ?x49)))
 (or (and (distinct (* |x[0]| ?x49) (* g (* (+ |x[0]| |x[0]|) ?x33))) true) (and (distinct (* |x[1]| ?x49) (* g (* ?x33 (+ |x[1]| |x[1]|)))) true) (and (distinct ?x61 ?x28) true)))))))))
(assert
 (let ((?x8 (* |x[1]| |x[1]|)))
(let ((?x23 (* |x[0]| |x[0]|)))
(let ((?x9 (+ ?x23 ?x8)))
(let ((?x14 (* |x[2]| |x[2]|)))
(let ((?x10 (+ ?x14 ?x9)))
(let ((?x15 (* sqrt!9 sqrt!9)))
(let (($x13 (>= sqrt!9 0.0)))
(=> (>= ?x10 0.0) (and $x13 (= ?x15 ?x10)))))))))))
(check-sat)
(pop 1)
