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
 (let ((?x10 (* |x[1]| |x[1]|)))
 (let ((?x8 (* |x[0]| |x[0]|)))
 (let ((?x11 (+ ?x8 ?x10)))
 (let ((?x6 (* |x[2]| |x[2]|)))
 (let ((?x12 (+ ?x6 ?x11)))
 (<= 0.0 ?x12)))))))
(assert
 (let (($x25 (= 0.0 sqrt!9)))
 (not $x25)))
(assert
 (let ((?x10 (* |x[1]| |x[1]|)))
 (let ((?x8 (* |x[0]| |x[0]|)))
 (let ((?x11 (+ ?x8 ?x10)))
 (let ((?x6 (* |x[2]| |x[2]|)))
 (let ((?x12 (+ ?x6 ?x11)))
 (<= 0.0 ?x12)))))))
(assert
 (let (($x25 (= 0.0 sqrt!9)))
 (not $x25)))
(assert
 (or (and (distinct 0.0 (* g (* (+ |x[0]| |x[0]|) (/ (/ 1.0 2.0) sqrt!9)))) true) (and (distinct 0.0 (* g (* (/ (/ 1.0 2.0) sqrt!9) (+ |x[1]| |x[1]|)))) true) (and (distinct 0.0 (* g (* (/ (/ 1.0 2.0) sqrt!9) (+ |x[2]| |x[2]|)))) true)))
(assert
 (let ((?x10 (* |x[1]| |x[1]|)))
(let ((?x8 (* |x[0]| |x[0]|)))
(let ((?x11 (+ ?x8 ?x10)))
(let ((?x6 (* |x[2]| |x[2]|)))
(let ((?x12 (+ ?x6 ?x11)))
(let ((?x17 (* sqrt!9 sqrt!9)))
(let (($x16 (>= sqrt!9 0.0)))
(=> (>= ?x12 0.0) (and $x16 (= ?x17 ?x12)))))))))))
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
 (let ((?x10 (* |x[1]| |x[1]|)))
 (let ((?x8 (* |x[0]| |x[0]|)))
 (let ((?x11 (+ ?x8 ?x10)))
 (let ((?x6 (* |x[2]| |x[2]|)))
 (let ((?x12 (+ ?x6 ?x11)))
 (<= 0.0 ?x12)))))))
(assert
 (let (($x25 (= 0.0 sqrt!9)))
 (not $x25)))
(assert
 (let ((?x10 (* |x[1]| |x[1]|)))
 (let ((?x8 (* |x[0]| |x[0]|)))
 (let ((?x11 (+ ?x8 ?x10)))
 (let ((?x6 (* |x[2]| |x[2]|)))
 (let ((?x12 (+ ?x6 ?x11)))
 (<= 0.0 ?x12)))))))
(assert
 (let (($x25 (= 0.0 sqrt!9)))
 (not $x25)))
(assert
 (let (($x25 (= 0.0 sqrt!9)))
 (not $x25)))
(assert
 (let ((?x33 (+ |x[2]| |x[2]|)))
 (let ((?x27 (/ (/ 1.0 2.0) sqrt!9)))
 (let ((?x39 (* ?x27 ?x33)))
 (let ((?x40 (* g ?x39)))
 (let ((?x43 (/ g sqrt!9)))
 (let ((?x60 (* |x[2]| ?x43)))
 (or (and (distinct (* |x[0]| ?x43) (* g (* (+ |x[0]| |x[0]|) ?x27))) true) (and (distinct (* |x[1]| ?x43) (* g (* ?x27 (+ |x[1]| |x[1]|)))) true) (and (distinct ?x60 ?x40) true)))))))))
(assert
 (let ((?x10 (* |x[1]| |x[1]|)))
(let ((?x8 (* |x[0]| |x[0]|)))
(let ((?x11 (+ ?x8 ?x10)))
(let ((?x6 (* |x[2]| |x[2]|)))
(let ((?x12 (+ ?x6 ?x11)))
(let ((?x17 (* sqrt!9 sqrt!9)))
(let (($x16 (>= sqrt!9 0.0)))
(=> (>= ?x12 0.0) (and $x16 (= ?x17 ?x12)))))))))))
(check-sat)
(pop 1)
