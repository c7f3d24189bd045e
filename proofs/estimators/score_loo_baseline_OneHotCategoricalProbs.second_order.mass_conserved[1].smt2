; certjax: rule estimators.score_loo_baseline_OneHotCategoricalProbs, obligation 'second_order.mass_conserved[1]', verdict proved
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
(declare-fun log!42 () Real)
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
 (let ((?x150 (/ 0.0 |probs[0]|)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x17 (+ |probs[2]| ?x14)))
 (let ((?x136 (/ 1.0 ?x17)))
 (let ((?x137 (- ?x136)))
 (let ((?x151 (+ ?x137 ?x150)))
 (let ((?x152 (* 0.0 ?x151)))
 (let ((?x147 (/ 1.0 |probs[1]|)))
 (let ((?x148 (+ ?x137 ?x147)))
 (let ((?x184 (+ ?x148 ?x152)))
 (let ((?x135 (/ 0.0 |probs[2]|)))
 (let ((?x138 (+ ?x135 ?x137)))
 (let ((?x167 (* 0.0 ?x138)))
 (let ((?x185 (+ ?x167 ?x184)))
 (let ((?x180 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x186 (* ?x180 ?x185)))
 (let ((?x142 (/ 1.0 |probs[0]|)))
 (let ((?x143 (+ ?x142 ?x137)))
 (let ((?x144 (* 0.0 ?x143)))
 (let ((?x139 (/ 0.0 |probs[1]|)))
 (let ((?x140 (+ ?x139 ?x137)))
 (let ((?x182 (+ ?x140 ?x144)))
 (let ((?x183 (+ ?x167 ?x182)))
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
 (let ((?x161 (* 0.0 ?x119)))
 (let ((?x178 (+ ?x161 ?x177)))
 (let ((?x181 (* ?x180 ?x178)))
 (let ((?x188 (+ ?x181 ?x187)))
 (let ((?x149 (* 0.0 ?x148)))
 (let ((?x170 (+ ?x151 ?x149)))
 (let ((?x171 (+ ?x167 ?x170)))
 (let ((?x165 (/ (* 1.0 exp!4) exp!1)))
 (let ((?x172 (* ?x165 ?x171)))
 (let ((?x141 (* 0.0 ?x140)))
 (let ((?x168 (+ ?x143 ?x141)))
 (let ((?x169 (+ ?x167 ?x168)))
 (let ((?x173 (* ?x169 ?x172)))
 (let ((?x124 (* 0.0 ?x123)))
 (let ((?x162 (+ ?x124 ?x128)))
 (let ((?x163 (+ ?x161 ?x162)))
 (let ((?x166 (* ?x165 ?x163)))
 (let ((?x174 (+ ?x166 ?x173)))
 (let ((?x189 (+ ?x174 ?x188)))
 (let ((?x153 (+ ?x149 ?x152)))
 (let ((?x154 (+ ?x138 ?x153)))
 (let ((?x133 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x155 (* ?x133 ?x154)))
 (let ((?x145 (+ ?x141 ?x144)))
 (let ((?x146 (+ ?x138 ?x145)))
 (let ((?x156 (* ?x146 ?x155)))
 (let ((?x130 (+ ?x124 ?x129)))
 (let ((?x131 (+ ?x119 ?x130)))
 (let ((?x134 (* ?x133 ?x131)))
 (let ((?x157 (+ ?x134 ?x156)))
 (let ((?x190 (+ ?x157 ?x189)))
 (or (and (distinct 0.0 ?x190) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!42 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!42)))
(assert
 (=> (> (+ |probs[2]| (+ |probs[0]| |probs[1]|)) 0.0) (= exp!1 (+ |probs[2]| (+ |probs[0]| |probs[1]|)))))
(assert
 (= (< log!29 log!42) (< exp!2 exp!1)))
(assert
 (= (< log!42 log!29) (< exp!1 exp!2)))
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
 (= (< log!28 log!42) (< exp!3 exp!1)))
(assert
 (= (< log!42 log!28) (< exp!1 exp!3)))
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
 (= (< log!27 log!42) (< exp!4 exp!1)))
(assert
 (= (< log!42 log!27) (< exp!1 exp!4)))
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
