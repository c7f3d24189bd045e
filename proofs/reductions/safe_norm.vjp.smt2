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
 (> 0.0 sqrt!9))
(assert
 (let ((?x11 (* |x[1]| |x[1]|)))
 (let ((?x9 (* |x[0]| |x[0]|)))
 (let ((?x12 (+ ?x9 ?x11)))
 (let ((?x7 (* |x[2]| |x[2]|)))
 (let ((?x13 (+ ?x7 ?x12)))
 (<= 0.0 ?x13)))))))
(assert
 (let (($x22 (= 0.0 sqrt!9)))
 (not $x22)))
(assert
 (let ((?x11 (* |x[1]| |x[1]|)))
 (let ((?x9 (* |x[0]| |x[0]|)))
 (let ((?x12 (+ ?x9 ?x11)))
 (let ((?x7 (* |x[2]| |x[2]|)))
 (let ((?x13 (+ ?x7 ?x12)))
 (<= 0.0 ?x13)))))))
(assert
 (let (($x22 (= 0.0 sqrt!9)))
 (not $x22)))
(assert
 (or (and (distinct 0.0 (* g (* (+ |x[0]| |x[0]|) (/ (/ 1.0 2.0) sqrt!9)))) true) (and (distinct 0.0 (* g (* (/ (/ 1.0 2.0) sqrt!9) (+ |x[1]| |x[1]|)))) true) (and (distinct 0.0 (* g (* (/ (/ 1.0 2.0) sqrt!9) (+ |x[2]| |x[2]|)))) true)))
(assert
 (let ((?x11 (* |x[1]| |x[1]|)))
(let ((?x9 (* |x[0]| |x[0]|)))
(let ((?x12 (+ ?x9 ?x11)))
(let ((?x7 (* |x[2]| |x[2]|)))
(let ((?x13 (+ ?x7 ?x12)))
(let (($x17 (>= sqrt!9 0.0)))
(=> (>= ?x13 0.0) (and $x17 (= (* sqrt!9 sqrt!9) ?x13))))))))))
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
 (let ((?x11 (* |x[1]| |x[1]|)))
 (let ((?x9 (* |x[0]| |x[0]|)))
 (let ((?x12 (+ ?x9 ?x11)))
 (let ((?x7 (* |x[2]| |x[2]|)))
 (let ((?x13 (+ ?x7 ?x12)))
 (<= 0.0 ?x13)))))))
(assert
 (let (($x22 (= 0.0 sqrt!9)))
 (not $x22)))
(assert
 (let ((?x11 (* |x[1]| |x[1]|)))
 (let ((?x9 (* |x[0]| |x[0]|)))
 (let ((?x12 (+ ?x9 ?x11)))
 (let ((?x7 (* |x[2]| |x[2]|)))
 (let ((?x13 (+ ?x7 ?x12)))
 (<= 0.0 ?x13)))))))
(assert
 (let (($x22 (= 0.0 sqrt!9)))
 (not $x22)))
(assert
 (let (($x22 (= 0.0 sqrt!9)))
 (not $x22)))
(assert
 (let ((?x50 (+ |x[2]| |x[2]|)))
 (let ((?x42 (/ (/ 1.0 2.0) sqrt!9)))
 (let ((?x32 (* ?x42 ?x50)))
 (let ((?x30 (* g ?x32)))
 (let ((?x86 (/ g sqrt!9)))
 (let ((?x68 (* |x[2]| ?x86)))
 (or (and (distinct (* |x[0]| ?x86) (* g (* (+ |x[0]| |x[0]|) ?x42))) true) (and (distinct (* |x[1]| ?x86) (* g (* ?x42 (+ |x[1]| |x[1]|)))) true) (and (distinct ?x68 ?x30) true)))))))))
(assert
 (let ((?x11 (* |x[1]| |x[1]|)))
(let ((?x9 (* |x[0]| |x[0]|)))
(let ((?x12 (+ ?x9 ?x11)))
(let ((?x7 (* |x[2]| |x[2]|)))
(let ((?x13 (+ ?x7 ?x12)))
(let ((?x18 (* sqrt!9 sqrt!9)))
(let (($x17 (>= sqrt!9 0.0)))
(=> (>= ?x13 0.0) (and $x17 (= ?x18 ?x13)))))))))))
(check-sat)
(pop 1)
