; certjax: rule estimators.score_loo_baseline_OneHotCategoricalProbs, obligation 'mass_conserved[1]', verdict proved
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
 (let ((?x121 (/ 0.0 |probs[0]|)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let ((?x115 (/ 1.0 ?x17)))
 (let ((?x116 (- ?x115)))
 (let ((?x122 (+ ?x116 ?x121)))
 (let ((?x123 (* 0.0 ?x122)))
 (let ((?x118 (/ 1.0 |probs[1]|)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x140 (+ ?x119 ?x123)))
 (let ((?x114 (/ 0.0 |probs[2]|)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x132 (* 0.0 ?x117)))
 (let ((?x141 (+ ?x132 ?x140)))
 (let ((?x143 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x144 (* ?x143 ?x141)))
 (let ((?x120 (* 0.0 ?x119)))
 (let ((?x133 (+ ?x122 ?x120)))
 (let ((?x134 (+ ?x132 ?x133)))
 (let ((?x136 (/ (* 1.0 exp!4) exp!1)))
 (let ((?x137 (* ?x136 ?x134)))
 (let ((?x145 (+ ?x137 ?x144)))
 (let ((?x124 (+ ?x120 ?x123)))
 (let ((?x125 (+ ?x117 ?x124)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x128 (* ?x127 ?x125)))
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
 (let (($x53 (= exp!2 |probs[2]|)))
 (=> (> |probs[2]| 0.0) $x53)))
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
 (let (($x77 (= exp!3 |probs[1]|)))
 (=> (> |probs[1]| 0.0) $x77)))
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
 (let (($x108 (= exp!4 |probs[0]|)))
(=> (> |probs[0]| 0.0) $x108)))
(check-sat)
(pop 1)
