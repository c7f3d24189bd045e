; certjax: rule estimators.score_constant_baseline_OneHotCategoricalProbs, obligation 'score_identity@1[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!31 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!28 () Real)
(declare-fun log!27 () Real)
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
 (< 0.0 |probs[1]|))
(assert
 (< 0.0 |probs[0]|))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x23 (= 0.0 |probs[1]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[0]|)))
 (not $x25)))
(assert
 (let (($x23 (= 0.0 |probs[1]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[0]|)))
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
 (< 0.0 |probs[1]|))
(assert
 (< 0.0 |probs[0]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x25 (= 0.0 |probs[0]|)))
 (not $x25)))
(assert
 (let (($x23 (= 0.0 |probs[1]|)))
 (not $x23)))
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
 (let (($x23 (= 0.0 |probs[1]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[0]|)))
 (not $x25)))
(assert
 (let ((?x117 (- b)))
 (let ((?x146 (+ |f[1]| ?x117)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let ((?x134 (/ 1.0 ?x15)))
 (let ((?x135 (- ?x134)))
 (let ((?x140 (/ 1.0 |probs[0]|)))
 (let ((?x141 (+ ?x140 ?x135)))
 (let ((?x142 (* 0.0 ?x141)))
 (let ((?x138 (/ 0.0 |probs[1]|)))
 (let ((?x139 (+ ?x138 ?x135)))
 (let ((?x143 (+ ?x139 ?x142)))
 (let ((?x133 (/ 0.0 |probs[2]|)))
 (let ((?x136 (+ ?x133 ?x135)))
 (let ((?x137 (* 0.0 ?x136)))
 (let ((?x144 (+ ?x137 ?x143)))
 (let ((?x131 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x145 (* ?x131 ?x144)))
 (let ((?x147 (* ?x145 ?x146)))
 (let ((?x120 (* |f[1]| 1.0)))
 (let ((?x118 (* 1.0 ?x117)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x122 (* 0.0 ?x121)))
 (let ((?x128 (/ ?x122 |probs[0]|)))
 (let ((?x124 (- ?x121)))
 (let ((?x123 (- ?x122)))
 (let ((?x125 (+ ?x123 ?x124)))
 (let ((?x126 (+ ?x123 ?x125)))
 (let ((?x127 (/ ?x126 ?x15)))
 (let ((?x129 (+ ?x127 ?x128)))
 (let ((?x132 (* ?x131 ?x129)))
 (or (and (distinct ?x132 ?x147) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!31 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!31)))
(assert
 (=> (> (+ |probs[2]| (+ |probs[0]| |probs[1]|)) 0.0) (= exp!1 (+ |probs[2]| (+ |probs[0]| |probs[1]|)))))
(assert
 (= (< log!28 log!31) (< exp!2 exp!1)))
(assert
 (= (< log!31 log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (let (($x53 (= exp!2 |probs[2]|)))
 (=> (> |probs[2]| 0.0) $x53)))
(assert
 (= (< log!27 log!31) (< exp!3 exp!1)))
(assert
 (= (< log!31 log!27) (< exp!1 exp!3)))
(assert
 (= (< log!27 log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 log!27) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!27 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!27)))
(assert
 (let (($x78 (= exp!3 |probs[1]|)))
 (=> (> |probs[1]| 0.0) $x78)))
(assert
 (= (< log!26 log!31) (< exp!4 exp!1)))
(assert
 (= (< log!31 log!26) (< exp!1 exp!4)))
(assert
 (= (< log!26 log!28) (< exp!4 exp!2)))
(assert
 (= (< log!28 log!26) (< exp!2 exp!4)))
(assert
 (= (< log!26 log!27) (< exp!4 exp!3)))
(assert
 (= (< log!27 log!26) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!26 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!26)))
(assert
 (let (($x108 (= exp!4 |probs[0]|)))
(=> (> |probs[0]| 0.0) $x108)))
(check-sat)
(pop 1)
