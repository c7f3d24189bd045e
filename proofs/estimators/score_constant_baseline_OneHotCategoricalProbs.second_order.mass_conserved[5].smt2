; certjax: rule estimators.score_constant_baseline_OneHotCategoricalProbs, obligation 'second_order.mass_conserved[5]', verdict proved
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
(declare-fun log!41 () Real)
(declare-fun log!28 () Real)
(declare-fun log!27 () Real)
(declare-fun log!26 () Real)
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
 (let (($x22 (= 0.0 |probs[1]|)))
 (not $x22)))
(assert
 (let (($x24 (= 0.0 |probs[0]|)))
 (not $x24)))
(assert
 (let (($x16 (= 0.0 |probs[2]|)))
 (not $x16)))
(assert
 (let ((?x142 (/ 0.0 |probs[0]|)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let ((?x136 (/ 1.0 ?x17)))
 (let ((?x137 (- ?x136)))
 (let ((?x143 (+ ?x137 ?x142)))
 (let ((?x144 (* 0.0 ?x143)))
 (let ((?x149 (/ 0.0 |probs[1]|)))
 (let ((?x150 (+ ?x149 ?x137)))
 (let ((?x184 (+ ?x150 ?x144)))
 (let ((?x147 (/ 1.0 |probs[2]|)))
 (let ((?x148 (+ ?x137 ?x147)))
 (let ((?x169 (* 0.0 ?x148)))
 (let ((?x185 (+ ?x169 ?x184)))
 (let ((?x180 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x186 (* ?x180 ?x185)))
 (let ((?x139 (/ 1.0 |probs[1]|)))
 (let ((?x140 (+ ?x137 ?x139)))
 (let ((?x182 (+ ?x140 ?x144)))
 (let ((?x135 (/ 0.0 |probs[2]|)))
 (let ((?x138 (+ ?x135 ?x137)))
 (let ((?x166 (* 0.0 ?x138)))
 (let ((?x183 (+ ?x166 ?x182)))
 (let ((?x187 (* ?x183 ?x186)))
 (let ((?x125 (* |probs[0]| |probs[0]|)))
 (let ((?x126 (/ 1.0 ?x125)))
 (let ((?x127 (* 0.0 ?x126)))
 (let ((?x118 (/ 1.0 (* ?x17 ?x17))))
 (let ((?x128 (+ ?x118 ?x127)))
 (let ((?x129 (* 0.0 ?x128)))
 (let ((?x120 (* |probs[1]| |probs[1]|)))
 (let ((?x121 (/ 1.0 ?x120)))
 (let ((?x122 (* 0.0 ?x121)))
 (let ((?x123 (+ ?x122 ?x118)))
 (let ((?x177 (+ ?x123 ?x129)))
 (let ((?x114 (* |probs[2]| |probs[2]|)))
 (let ((?x115 (/ 1.0 ?x114)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x160 (* 0.0 ?x119)))
 (let ((?x178 (+ ?x160 ?x177)))
 (let ((?x181 (* ?x180 ?x178)))
 (let ((?x188 (+ ?x181 ?x187)))
 (let ((?x151 (* 0.0 ?x150)))
 (let ((?x170 (+ ?x151 ?x143)))
 (let ((?x171 (+ ?x169 ?x170)))
 (let ((?x164 (/ (* 1.0 exp!4) exp!1)))
 (let ((?x172 (* ?x164 ?x171)))
 (let ((?x141 (* 0.0 ?x140)))
 (let ((?x167 (+ ?x143 ?x141)))
 (let ((?x168 (+ ?x166 ?x167)))
 (let ((?x173 (* ?x168 ?x172)))
 (let ((?x124 (* 0.0 ?x123)))
 (let ((?x161 (+ ?x124 ?x128)))
 (let ((?x162 (+ ?x160 ?x161)))
 (let ((?x165 (* ?x164 ?x162)))
 (let ((?x174 (+ ?x165 ?x173)))
 (let ((?x189 (+ ?x174 ?x188)))
 (let ((?x152 (+ ?x151 ?x144)))
 (let ((?x153 (+ ?x148 ?x152)))
 (let ((?x133 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x154 (* ?x133 ?x153)))
 (let ((?x145 (+ ?x141 ?x144)))
 (let ((?x146 (+ ?x138 ?x145)))
 (let ((?x155 (* ?x146 ?x154)))
 (let ((?x130 (+ ?x124 ?x129)))
 (let ((?x131 (+ ?x119 ?x130)))
 (let ((?x134 (* ?x133 ?x131)))
 (let ((?x156 (+ ?x134 ?x155)))
 (let ((?x190 (+ ?x156 ?x189)))
 (or (and (distinct 0.0 ?x190) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!41 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!41)))
(assert
 (=> (> (+ |probs[2]| (+ |probs[0]| |probs[1]|)) 0.0) (= exp!1 (+ |probs[2]| (+ |probs[0]| |probs[1]|)))))
(assert
 (= (< log!28 log!41) (< exp!2 exp!1)))
(assert
 (= (< log!41 log!28) (< exp!1 exp!2)))
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
 (= (< log!27 log!41) (< exp!3 exp!1)))
(assert
 (= (< log!41 log!27) (< exp!1 exp!3)))
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
 (let (($x77 (= exp!3 |probs[1]|)))
 (=> (> |probs[1]| 0.0) $x77)))
(assert
 (= (< log!26 log!41) (< exp!4 exp!1)))
(assert
 (= (< log!41 log!26) (< exp!1 exp!4)))
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
