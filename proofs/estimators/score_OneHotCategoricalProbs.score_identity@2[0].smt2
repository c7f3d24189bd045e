; certjax: rule estimators.score_OneHotCategoricalProbs, obligation 'score_identity@2[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[2]| () Real)
(declare-fun log!30 () Real)
(declare-fun log!27 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!25 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!26 () Real)
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
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let ((?x132 (/ 1.0 ?x15)))
 (let ((?x133 (- ?x132)))
 (let ((?x138 (/ 0.0 |probs[1]|)))
 (let ((?x139 (+ ?x138 ?x133)))
 (let ((?x140 (* 0.0 ?x139)))
 (let ((?x135 (/ 1.0 |probs[0]|)))
 (let ((?x136 (+ ?x135 ?x133)))
 (let ((?x137 (* 0.0 ?x136)))
 (let ((?x141 (+ ?x137 ?x140)))
 (let ((?x131 (/ 0.0 |probs[2]|)))
 (let ((?x134 (+ ?x131 ?x133)))
 (let ((?x142 (+ ?x134 ?x141)))
 (let ((?x129 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x143 (* ?x129 ?x142)))
 (let ((?x144 (* |f[2]| ?x143)))
 (let ((?x118 (* |f[2]| 1.0)))
 (let ((?x116 (* 0.0 1.0)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x121 (* 0.0 ?x119)))
 (let ((?x126 (/ ?x121 |probs[0]|)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x122 ?x122)))
 (let ((?x120 (- ?x119)))
 (let ((?x124 (+ ?x120 ?x123)))
 (let ((?x125 (/ ?x124 ?x15)))
 (let ((?x127 (+ ?x125 ?x126)))
 (let ((?x130 (* ?x129 ?x127)))
 (or (and (distinct ?x130 ?x144) true))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!30 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!30)))
(assert
 (=> (> (+ |probs[2]| (+ |probs[0]| |probs[1]|)) 0.0) (= exp!1 (+ |probs[2]| (+ |probs[0]| |probs[1]|)))))
(assert
 (= (< log!27 log!30) (< exp!2 exp!1)))
(assert
 (= (< log!30 log!27) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!27 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!27)))
(assert
 (let (($x53 (= exp!2 |probs[2]|)))
 (=> (> |probs[2]| 0.0) $x53)))
(assert
 (= (< log!25 log!30) (< exp!3 exp!1)))
(assert
 (= (< log!30 log!25) (< exp!1 exp!3)))
(assert
 (= (< log!25 log!27) (< exp!3 exp!2)))
(assert
 (= (< log!27 log!25) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!25 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!25)))
(assert
 (let (($x77 (= exp!3 |probs[0]|)))
 (=> (> |probs[0]| 0.0) $x77)))
(assert
 (= (< log!26 log!30) (< exp!4 exp!1)))
(assert
 (= (< log!30 log!26) (< exp!1 exp!4)))
(assert
 (= (< log!26 log!27) (< exp!4 exp!2)))
(assert
 (= (< log!27 log!26) (< exp!2 exp!4)))
(assert
 (= (< log!26 log!25) (< exp!4 exp!3)))
(assert
 (= (< log!25 log!26) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!26 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!26)))
(assert
 (let (($x108 (= exp!4 |probs[1]|)))
(=> (> |probs[1]| 0.0) $x108)))
(check-sat)
(pop 1)
