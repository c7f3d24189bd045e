; certjax: rule estimators.score_constant_baseline_CategoricalProbs, obligation 'score_identity@2[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!13 () Real)
(assert
 (let (($x11 (< 0.0 |probs[1]|)))
 (let (($x9 (< 0.0 |probs[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |probs[2]|)))
 (and $x7 $x12))))))
(assert
 (< 0.0 |probs[2]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 |probs[0]|))
(assert
 (< 0.0 |probs[1]|))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (< 0.0 |probs[2]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 |probs[0]|))
(assert
 (< 0.0 |probs[1]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let ((?x85 (- b)))
 (let ((?x112 (+ |f[2]| ?x85)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let ((?x100 (/ 1.0 ?x15)))
 (let ((?x101 (- ?x100)))
 (let ((?x106 (/ 0.0 |probs[1]|)))
 (let ((?x107 (+ ?x106 ?x101)))
 (let ((?x108 (* 0.0 ?x107)))
 (let ((?x103 (/ 1.0 |probs[0]|)))
 (let ((?x104 (+ ?x103 ?x101)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x99 (/ 0.0 |probs[2]|)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x110 (+ ?x102 ?x109)))
 (let ((?x83 (/ (* 1.0 exp!2) exp!4)))
 (let ((?x111 (* ?x83 ?x110)))
 (let ((?x113 (* ?x111 ?x112)))
 (let ((?x88 (* |f[2]| 1.0)))
 (let ((?x86 (* 1.0 ?x85)))
 (let ((?x89 (+ ?x86 ?x88)))
 (let ((?x91 (* 0.0 ?x89)))
 (let ((?x96 (/ ?x91 |probs[0]|)))
 (let ((?x92 (- ?x91)))
 (let ((?x93 (+ ?x92 ?x92)))
 (let ((?x90 (- ?x89)))
 (let ((?x94 (+ ?x90 ?x93)))
 (let ((?x95 (/ ?x94 ?x15)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x98 (* ?x83 ?x97)))
 (or (and (distinct ?x98 ?x113) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x29 (> log!10 0.0)))
 (= $x29 (> exp!1 1.0))))
(assert
 (let ((?x32 (+ 1.0 log!10)))
 (>= exp!1 ?x32)))
(assert
 (let (($x35 (= exp!1 |probs[2]|)))
 (let (($x34 (> |probs[2]| 0.0)))
 (=> $x34 $x35))))
(assert
 (let (($x38 (< log!10 log!10)))
 (= $x38 (< exp!2 exp!1))))
(assert
 (let (($x38 (< log!10 log!10)))
 (= $x38 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x29 (> log!10 0.0)))
 (= $x29 (> exp!2 1.0))))
(assert
 (let ((?x32 (+ 1.0 log!10)))
 (>= exp!2 ?x32)))
(assert
 (let (($x47 (= exp!2 |probs[2]|)))
 (let (($x34 (> |probs[2]| 0.0)))
 (=> $x34 $x47))))
(assert
 (let (($x52 (< log!13 log!10)))
 (= $x52 (< exp!3 exp!2))))
(assert
 (let (($x55 (< log!10 log!13)))
 (= $x55 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x59 (> log!13 0.0)))
 (= $x59 (> exp!3 1.0))))
(assert
 (let ((?x62 (+ 1.0 log!13)))
 (>= exp!3 ?x62)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x64 (> ?x15 0.0)))
 (=> $x64 (= exp!3 ?x15))))))
(assert
 (let (($x52 (< log!13 log!10)))
 (= $x52 (< exp!4 exp!2))))
(assert
 (let (($x55 (< log!10 log!13)))
 (= $x55 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!13 log!13)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x72 (< log!13 log!13)))
 (= $x72 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x59 (> log!13 0.0)))
 (= $x59 (> exp!4 1.0))))
(assert
 (let ((?x62 (+ 1.0 log!13)))
 (>= exp!4 ?x62)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
(let ((?x15 (+ |probs[2]| ?x14)))
(let (($x64 (> ?x15 0.0)))
(=> $x64 (= exp!4 ?x15))))))
(check-sat)
(pop 1)
