; certjax: rule estimators.score_loo_baseline_OneHotCategoricalProbs, obligation 'second_order.hessian_identity@1[7]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun |h2[2,1]| () Real)
(declare-fun |h2[1,2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |g2[2]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun |h2[2,2]| () Real)
(declare-fun |h2[0,2]| () Real)
(declare-fun log!32 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!29 () Real)
(declare-fun log!28 () Real)
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
 (< 0.0 |probs[1]|))
(assert
 (< 0.0 |probs[0]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x21 (= 0.0 |probs[2]|)))
 (not $x21)))
(assert
 (let (($x23 (= 0.0 |probs[1]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[0]|)))
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
 (let (($x21 (= 0.0 |probs[2]|)))
 (not $x21)))
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
 (let (($x21 (= 0.0 |probs[2]|)))
 (not $x21)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x23 (= 0.0 |probs[1]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[0]|)))
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
 (let (($x25 (= 0.0 |probs[0]|)))
 (not $x25)))
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
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x25 (= 0.0 |probs[0]|)))
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
 (let (($x25 (= 0.0 |probs[0]|)))
 (not $x25)))
(assert
 (let (($x23 (= 0.0 |probs[1]|)))
 (not $x23)))
(assert
 (let (($x23 (= 0.0 |probs[1]|)))
 (not $x23)))
(assert
 (let (($x23 (= 0.0 |probs[1]|)))
 (not $x23)))
(assert
 (let (($x23 (= 0.0 |probs[1]|)))
 (not $x23)))
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
 (let ((?x227 (+ |h2[1,2]| |h2[2,1]|)))
 (let ((?x228 (* (/ 1.0 2.0) ?x227)))
 (let ((?x194 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x229 (* ?x194 ?x228)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let ((?x118 (/ 1.0 ?x15)))
 (let ((?x119 (- ?x118)))
 (let ((?x124 (/ 0.0 |probs[0]|)))
 (let ((?x125 (+ ?x124 ?x119)))
 (let ((?x126 (* 0.0 ?x125)))
 (let ((?x122 (/ 1.0 |probs[1]|)))
 (let ((?x123 (+ ?x122 ?x119)))
 (let ((?x127 (+ ?x123 ?x126)))
 (let ((?x117 (/ 0.0 |probs[2]|)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 0.0 ?x120)))
 (let ((?x128 (+ ?x121 ?x127)))
 (let ((?x221 (* ?x194 ?x128)))
 (let ((?x226 (* |g2[2]| ?x221)))
 (let ((?x230 (+ ?x226 ?x229)))
 (let ((?x199 (/ 0.0 |probs[1]|)))
 (let ((?x200 (+ ?x199 ?x119)))
 (let ((?x201 (+ ?x200 ?x126)))
 (let ((?x196 (/ 1.0 |probs[2]|)))
 (let ((?x197 (+ ?x196 ?x119)))
 (let ((?x198 (* 0.0 ?x197)))
 (let ((?x202 (+ ?x198 ?x201)))
 (let ((?x222 (* ?x202 ?x221)))
 (let ((?x213 (* |probs[0]| |probs[0]|)))
 (let ((?x214 (/ 1.0 ?x213)))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x179 (/ 1.0 (* ?x15 ?x15))))
 (let ((?x216 (+ ?x179 ?x215)))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x209 (* |probs[1]| |probs[1]|)))
 (let ((?x210 (/ 1.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x179 ?x211)))
 (let ((?x218 (+ ?x212 ?x217)))
 (let ((?x185 (* |probs[2]| |probs[2]|)))
 (let ((?x186 (/ 1.0 ?x185)))
 (let ((?x206 (* 0.0 ?x186)))
 (let ((?x207 (+ ?x179 ?x206)))
 (let ((?x208 (* 0.0 ?x207)))
 (let ((?x219 (+ ?x208 ?x218)))
 (let ((?x220 (* ?x194 ?x219)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x155 (- b)))
 (let ((?x205 (+ f2 ?x155)))
 (let ((?x224 (* ?x205 ?x223)))
 (let ((?x203 (* ?x194 ?x202)))
 (let ((?x204 (* |g2[1]| ?x203)))
 (let ((?x225 (+ ?x204 ?x224)))
 (let ((?x231 (+ ?x225 ?x230)))
 (let ((?x190 (* |h2[2,1]| (/ 1.0 2.0))))
 (let ((?x170 (* f2 1.0)))
 (let ((?x169 (* 1.0 ?x155)))
 (let ((?x171 (+ ?x169 ?x170)))
 (let ((?x172 (* 0.0 ?x171)))
 (let ((?x184 (* 0.0 ?x172)))
 (let ((?x187 (* ?x184 ?x186)))
 (let ((?x160 (* |g2[1]| 1.0)))
 (let ((?x131 (* ?x128 1.0)))
 (let ((?x158 (* f2 ?x131)))
 (let ((?x161 (+ ?x158 ?x160)))
 (let ((?x156 (* ?x131 ?x155)))
 (let ((?x162 (+ ?x156 ?x161)))
 (let ((?x163 (* 0.0 ?x162)))
 (let ((?x183 (/ ?x163 |probs[2]|)))
 (let ((?x188 (+ ?x183 ?x187)))
 (let ((?x174 (- ?x171)))
 (let ((?x173 (- ?x172)))
 (let ((?x175 (+ ?x173 ?x174)))
 (let ((?x176 (+ ?x173 ?x175)))
 (let ((?x177 (- ?x176)))
 (let ((?x180 (* ?x177 ?x179)))
 (let ((?x165 (- ?x162)))
 (let ((?x164 (- ?x163)))
 (let ((?x166 (+ ?x164 ?x165)))
 (let ((?x167 (+ ?x164 ?x166)))
 (let ((?x168 (/ ?x167 ?x15)))
 (let ((?x181 (+ ?x168 ?x180)))
 (let ((?x152 (* |g2[2]| ?x131)))
 (let ((?x132 (* (/ 1.0 2.0) ?x131)))
 (let ((?x133 (* 0.0 ?x132)))
 (let ((?x136 (+ 1.0 (- 1.0))))
 (let ((?x137 (* (/ 1.0 2.0) ?x136)))
 (let ((?x141 (* 0.0 ?x137)))
 (let ((?x142 (+ ?x141 ?x133)))
 (let ((?x148 (* |h2[2,2]| ?x142)))
 (let ((?x144 (+ ?x137 ?x133)))
 (let ((?x145 (* |h2[1,2]| ?x144)))
 (let ((?x143 (* |h2[0,2]| ?x142)))
 (let ((?x146 (+ ?x143 ?x145)))
 (let ((?x149 (+ ?x146 ?x148)))
 (let ((?x138 (* |h2[2,1]| ?x137)))
 (let ((?x139 (+ ?x133 ?x138)))
 (let ((?x150 (+ ?x139 ?x149)))
 (let ((?x153 (+ ?x150 ?x152)))
 (let ((?x182 (+ ?x153 ?x181)))
 (let ((?x189 (+ ?x182 ?x188)))
 (let ((?x191 (+ ?x189 ?x190)))
 (let ((?x116 (* |h2[1,2]| (/ 1.0 2.0))))
 (let ((?x192 (+ ?x116 ?x191)))
 (let ((?x195 (* ?x194 ?x192)))
 (or (and (distinct ?x195 ?x231) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!32 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!32)))
(assert
 (=> (> (+ |probs[2]| (+ |probs[0]| |probs[1]|)) 0.0) (= exp!1 (+ |probs[2]| (+ |probs[0]| |probs[1]|)))))
(assert
 (= (< log!29 log!32) (< exp!2 exp!1)))
(assert
 (= (< log!32 log!29) (< exp!1 exp!2)))
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
 (= (< log!28 log!32) (< exp!3 exp!1)))
(assert
 (= (< log!32 log!28) (< exp!1 exp!3)))
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
 (let (($x78 (= exp!3 |probs[1]|)))
 (=> (> |probs[1]| 0.0) $x78)))
(assert
 (= (< log!27 log!32) (< exp!4 exp!1)))
(assert
 (= (< log!32 log!27) (< exp!1 exp!4)))
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
