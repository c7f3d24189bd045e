; certjax: rule estimators.score_loo_baseline_OneHotCategoricalProbs, obligation 'mass_conserved[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!35 () Real)
(declare-fun log!29 () Real)
(declare-fun log!28 () Real)
(declare-fun log!27 () Real)
(assert
 (let (($x11 (< 0.0 |probs[1]|)))
 (let (($x9 (< 0.0 |probs[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |probs[2]|)))
 (and $x7 $x12))))))
(assert
 (let (($x16 (= 0.0 |probs[2]|)))
 (not $x16)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let (($x20 (= 0.0 ?x17)))
 (not $x20)))))
(assert
 (let (($x22 (= 0.0 |probs[1]|)))
 (not $x22)))
(assert
 (let (($x24 (= 0.0 |probs[0]|)))
 (not $x24)))
(assert
 (< 0.0 |probs[2]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (< 0.0 ?x17))))
(assert
 (< 0.0 |probs[1]|))
(assert
 (< 0.0 |probs[0]|))
(assert
 (let (($x22 (= 0.0 |probs[1]|)))
 (not $x22)))
(assert
 (let (($x24 (= 0.0 |probs[0]|)))
 (not $x24)))
(assert
 (let (($x16 (= 0.0 |probs[2]|)))
 (not $x16)))
(assert
 (let ((?x143 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let ((?x27 (/ 1.0 ?x17)))
 (let ((?x28 (- ?x27)))
 (let ((?x33 (/ 1.0 |probs[0]|)))
 (let ((?x34 (+ ?x33 ?x28)))
 (let ((?x35 (* 0.0 ?x34)))
 (let ((?x30 (/ 0.0 |probs[1]|)))
 (let ((?x31 (+ ?x30 ?x28)))
 (let ((?x138 (+ ?x31 ?x35)))
 (let ((?x25 (/ 0.0 |probs[2]|)))
 (let ((?x29 (+ ?x25 ?x28)))
 (let ((?x129 (* 0.0 ?x29)))
 (let ((?x139 (+ ?x129 ?x138)))
 (let ((?x144 (* ?x139 ?x143)))
 (let ((?x136 (/ (* 1.0 exp!4) exp!1)))
 (let ((?x32 (* 0.0 ?x31)))
 (let ((?x130 (+ ?x34 ?x32)))
 (let ((?x131 (+ ?x129 ?x130)))
 (let ((?x137 (* ?x131 ?x136)))
 (let ((?x145 (+ ?x137 ?x144)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x36 (+ ?x32 ?x35)))
 (let ((?x37 (+ ?x29 ?x36)))
 (let ((?x128 (* ?x37 ?x127)))
 (let ((?x146 (+ ?x128 ?x145)))
 (or (and (distinct 0.0 ?x146) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!35 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!35)))
(assert
 (=> (> (+ |probs[2]| (+ |probs[0]| |probs[1]|)) 0.0) (= exp!1 (+ |probs[2]| (+ |probs[0]| |probs[1]|)))))
(assert
 (= (< log!29 log!35) (< exp!2 exp!1)))
(assert
 (= (< log!35 log!29) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!29 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!29)))
(assert
 (let (($x65 (= exp!2 |probs[2]|)))
 (=> (> |probs[2]| 0.0) $x65)))
(assert
 (= (< log!28 log!35) (< exp!3 exp!1)))
(assert
 (= (< log!35 log!28) (< exp!1 exp!3)))
(assert
 (= (< log!28 log!29) (< exp!3 exp!2)))
(assert
 (= (< log!29 log!28) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!28 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!28)))
(assert
 (let (($x89 (= exp!3 |probs[1]|)))
 (=> (> |probs[1]| 0.0) $x89)))
(assert
 (= (< log!27 log!35) (< exp!4 exp!1)))
(assert
 (= (< log!35 log!27) (< exp!1 exp!4)))
(assert
 (= (< log!27 log!29) (< exp!4 exp!2)))
(assert
 (= (< log!29 log!27) (< exp!2 exp!4)))
(assert
 (= (< log!27 log!28) (< exp!4 exp!3)))
(assert
 (= (< log!28 log!27) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!27 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!27)))
(assert
 (let (($x120 (= exp!4 |probs[0]|)))
(=> (> |probs[0]| 0.0) $x120)))
(check-sat)
(pop 1)
