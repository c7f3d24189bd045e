; certjax: rule estimators.score_constant_baseline_OneHotCategoricalProbs, obligation 'second_order.hessian_identity@0[8]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun |h2[2,2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |g2[2]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,2]| () Real)
(declare-fun |h2[0,2]| () Real)
(declare-fun log!31 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!28 () Real)
(declare-fun log!26 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!27 () Real)
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
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x21 (= 0.0 |probs[2]|)))
 (not $x21)))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x21 (= 0.0 |probs[2]|)))
 (not $x21)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
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
 (let (($x21 (= 0.0 |probs[2]|)))
 (not $x21)))
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
 (let (($x21 (= 0.0 |probs[2]|)))
 (not $x21)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x21 (= 0.0 |probs[2]|)))
 (not $x21)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x21 (= 0.0 |probs[2]|)))
 (not $x21)))
(assert
 (let (($x21 (= 0.0 |probs[2]|)))
 (not $x21)))
(assert
 (let (($x21 (= 0.0 |probs[2]|)))
 (not $x21)))
(assert
 (let (($x21 (= 0.0 |probs[2]|)))
 (not $x21)))
(assert
 (let ((?x214 (+ |h2[2,2]| |h2[2,2]|)))
 (let ((?x215 (* (/ 1.0 2.0) ?x214)))
 (let ((?x190 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x216 (* ?x190 ?x215)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let ((?x118 (/ 1.0 ?x15)))
 (let ((?x119 (- ?x118)))
 (let ((?x124 (/ 0.0 |probs[1]|)))
 (let ((?x125 (+ ?x124 ?x119)))
 (let ((?x126 (* 0.0 ?x125)))
 (let ((?x122 (/ 0.0 |probs[0]|)))
 (let ((?x123 (+ ?x122 ?x119)))
 (let ((?x127 (+ ?x123 ?x126)))
 (let ((?x117 (/ 1.0 |probs[2]|)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 0.0 ?x120)))
 (let ((?x128 (+ ?x121 ?x127)))
 (let ((?x208 (* ?x190 ?x128)))
 (let ((?x212 (* |g2[2]| ?x208)))
 (let ((?x217 (+ ?x212 ?x216)))
 (let ((?x209 (* ?x128 ?x208)))
 (let ((?x182 (* |probs[2]| |probs[2]|)))
 (let ((?x183 (/ 1.0 ?x182)))
 (let ((?x203 (- ?x183)))
 (let ((?x177 (/ 1.0 (* ?x15 ?x15))))
 (let ((?x204 (+ ?x177 ?x203)))
 (let ((?x205 (* 0.0 ?x204)))
 (let ((?x198 (* |probs[0]| |probs[0]|)))
 (let ((?x199 (/ 1.0 ?x198)))
 (let ((?x200 (* 0.0 ?x199)))
 (let ((?x201 (+ ?x177 ?x200)))
 (let ((?x193 (* |probs[1]| |probs[1]|)))
 (let ((?x194 (/ 1.0 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (+ ?x177 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x202 (+ ?x197 ?x201)))
 (let ((?x206 (+ ?x202 ?x205)))
 (let ((?x207 (* ?x190 ?x206)))
 (let ((?x210 (+ ?x207 ?x209)))
 (let ((?x154 (- b)))
 (let ((?x192 (+ f2 ?x154)))
 (let ((?x211 (* ?x192 ?x210)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x116 (* |h2[2,2]| (/ 1.0 2.0))))
 (let ((?x168 (* f2 1.0)))
 (let ((?x167 (* 1.0 ?x154)))
 (let ((?x169 (+ ?x167 ?x168)))
 (let ((?x170 (* 0.0 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x184 (* ?x171 ?x183)))
 (let ((?x158 (* |g2[2]| 1.0)))
 (let ((?x131 (* ?x128 1.0)))
 (let ((?x157 (* f2 ?x131)))
 (let ((?x159 (+ ?x157 ?x158)))
 (let ((?x155 (* ?x131 ?x154)))
 (let ((?x160 (+ ?x155 ?x159)))
 (let ((?x161 (* 0.0 ?x160)))
 (let ((?x181 (/ ?x161 |probs[2]|)))
 (let ((?x185 (+ ?x181 ?x184)))
 (let ((?x172 (- ?x169)))
 (let ((?x173 (+ ?x172 ?x171)))
 (let ((?x174 (+ ?x171 ?x173)))
 (let ((?x175 (- ?x174)))
 (let ((?x178 (* ?x175 ?x177)))
 (let ((?x162 (- ?x161)))
 (let ((?x163 (- ?x160)))
 (let ((?x164 (+ ?x163 ?x162)))
 (let ((?x165 (+ ?x162 ?x164)))
 (let ((?x166 (/ ?x165 ?x15)))
 (let ((?x179 (+ ?x166 ?x178)))
 (let ((?x151 (* |g2[2]| ?x131)))
 (let ((?x132 (* (/ 1.0 2.0) ?x131)))
 (let ((?x133 (* 0.0 ?x132)))
 (let ((?x135 (+ 1.0 (- 1.0))))
 (let ((?x136 (* (/ 1.0 2.0) ?x135)))
 (let ((?x146 (+ ?x136 ?x133)))
 (let ((?x147 (* |h2[2,2]| ?x146)))
 (let ((?x140 (* 0.0 ?x136)))
 (let ((?x141 (+ ?x140 ?x133)))
 (let ((?x144 (* |h2[1,2]| ?x141)))
 (let ((?x142 (* |h2[0,2]| ?x141)))
 (let ((?x145 (+ ?x142 ?x144)))
 (let ((?x148 (+ ?x145 ?x147)))
 (let ((?x137 (* |h2[2,2]| ?x136)))
 (let ((?x138 (+ ?x133 ?x137)))
 (let ((?x149 (+ ?x138 ?x148)))
 (let ((?x152 (+ ?x149 ?x151)))
 (let ((?x180 (+ ?x152 ?x179)))
 (let ((?x186 (+ ?x180 ?x185)))
 (let ((?x187 (+ ?x186 ?x116)))
 (let ((?x188 (+ ?x116 ?x187)))
 (let ((?x191 (* ?x190 ?x188)))
 (or (and (distinct ?x191 ?x218) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!26 log!31) (< exp!3 exp!1)))
(assert
 (= (< log!31 log!26) (< exp!1 exp!3)))
(assert
 (= (< log!26 log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 log!26) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!26 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!26)))
(assert
 (let (($x78 (= exp!3 |probs[0]|)))
 (=> (> |probs[0]| 0.0) $x78)))
(assert
 (= (< log!27 log!31) (< exp!4 exp!1)))
(assert
 (= (< log!31 log!27) (< exp!1 exp!4)))
(assert
 (= (< log!27 log!28) (< exp!4 exp!2)))
(assert
 (= (< log!28 log!27) (< exp!2 exp!4)))
(assert
 (= (< log!27 log!26) (< exp!4 exp!3)))
(assert
 (= (< log!26 log!27) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!27 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!27)))
(assert
 (let (($x108 (= exp!4 |probs[1]|)))
(=> (> |probs[1]| 0.0) $x108)))
(check-sat)
(pop 1)
