; certjax: rule estimators.score_OneHotCategoricalProbs, obligation 'second_order.hessian_identity@2[2]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun |h2[2,0]| () Real)
(declare-fun |h2[0,2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[2]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x224 (+ |h2[0,2]| |h2[2,0]|)))
 (let ((?x225 (* (/ 1.0 2.0) ?x224)))
 (let ((?x192 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x226 (* ?x192 ?x225)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let ((?x118 (/ 1.0 ?x15)))
 (let ((?x119 (- ?x118)))
 (let ((?x124 (/ 0.0 |probs[0]|)))
 (let ((?x125 (+ ?x124 ?x119)))
 (let ((?x126 (* 0.0 ?x125)))
 (let ((?x121 (/ 0.0 |probs[1]|)))
 (let ((?x122 (+ ?x121 ?x119)))
 (let ((?x123 (* 0.0 ?x122)))
 (let ((?x127 (+ ?x123 ?x126)))
 (let ((?x117 (/ 1.0 |probs[2]|)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x128 (+ ?x120 ?x127)))
 (let ((?x216 (* ?x192 ?x128)))
 (let ((?x223 (* |g2[0]| ?x216)))
 (let ((?x227 (+ ?x223 ?x226)))
 (let ((?x211 (/ 1.0 |probs[0]|)))
 (let ((?x212 (+ ?x211 ?x119)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x213 ?x123)))
 (let ((?x209 (/ 0.0 |probs[2]|)))
 (let ((?x210 (+ ?x209 ?x119)))
 (let ((?x215 (+ ?x210 ?x214)))
 (let ((?x220 (* ?x192 ?x215)))
 (let ((?x221 (* |g2[2]| ?x220)))
 (let ((?x217 (* ?x215 ?x216)))
 (let ((?x183 (* |probs[0]| |probs[0]|)))
 (let ((?x184 (/ 1.0 ?x183)))
 (let ((?x203 (* 0.0 ?x184)))
 (let ((?x177 (/ 1.0 (* ?x15 ?x15))))
 (let ((?x204 (+ ?x177 ?x203)))
 (let ((?x205 (* 0.0 ?x204)))
 (let ((?x198 (* |probs[1]| |probs[1]|)))
 (let ((?x199 (/ 1.0 ?x198)))
 (let ((?x200 (* 0.0 ?x199)))
 (let ((?x201 (+ ?x177 ?x200)))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x206 (+ ?x202 ?x205)))
 (let ((?x194 (* |probs[2]| |probs[2]|)))
 (let ((?x195 (/ 1.0 ?x194)))
 (let ((?x196 (* 0.0 ?x195)))
 (let ((?x197 (+ ?x177 ?x196)))
 (let ((?x207 (+ ?x197 ?x206)))
 (let ((?x208 (* ?x192 ?x207)))
 (let ((?x218 (+ ?x208 ?x217)))
 (let ((?x219 (* f2 ?x218)))
 (let ((?x222 (+ ?x219 ?x221)))
 (let ((?x228 (+ ?x222 ?x227)))
 (let ((?x188 (* |h2[0,2]| (/ 1.0 2.0))))
 (let ((?x168 (* f2 1.0)))
 (let ((?x167 (* 0.0 1.0)))
 (let ((?x169 (+ ?x167 ?x168)))
 (let ((?x171 (* 0.0 ?x169)))
 (let ((?x182 (* 0.0 ?x171)))
 (let ((?x185 (* ?x182 ?x184)))
 (let ((?x158 (* |g2[2]| 1.0)))
 (let ((?x131 (* ?x128 1.0)))
 (let ((?x156 (* f2 ?x131)))
 (let ((?x159 (+ ?x156 ?x158)))
 (let ((?x154 (* 0.0 ?x131)))
 (let ((?x160 (+ ?x154 ?x159)))
 (let ((?x162 (* 0.0 ?x160)))
 (let ((?x181 (/ ?x162 |probs[0]|)))
 (let ((?x186 (+ ?x181 ?x185)))
 (let ((?x172 (- ?x171)))
 (let ((?x173 (+ ?x172 ?x172)))
 (let ((?x170 (- ?x169)))
 (let ((?x174 (+ ?x170 ?x173)))
 (let ((?x175 (- ?x174)))
 (let ((?x178 (* ?x175 ?x177)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x163 ?x163)))
 (let ((?x161 (- ?x160)))
 (let ((?x165 (+ ?x161 ?x164)))
 (let ((?x166 (/ ?x165 ?x15)))
 (let ((?x179 (+ ?x166 ?x178)))
 (let ((?x152 (* |g2[0]| ?x131)))
 (let ((?x132 (* (/ 1.0 2.0) ?x131)))
 (let ((?x133 (* 0.0 ?x132)))
 (let ((?x136 (+ 1.0 (- 1.0))))
 (let ((?x137 (* (/ 1.0 2.0) ?x136)))
 (let ((?x147 (+ ?x137 ?x133)))
 (let ((?x148 (* |h2[2,0]| ?x147)))
 (let ((?x141 (* 0.0 ?x137)))
 (let ((?x142 (+ ?x141 ?x133)))
 (let ((?x145 (* |h2[1,0]| ?x142)))
 (let ((?x143 (* |h2[0,0]| ?x142)))
 (let ((?x146 (+ ?x143 ?x145)))
 (let ((?x149 (+ ?x146 ?x148)))
 (let ((?x138 (* |h2[0,2]| ?x137)))
 (let ((?x139 (+ ?x133 ?x138)))
 (let ((?x150 (+ ?x139 ?x149)))
 (let ((?x153 (+ ?x150 ?x152)))
 (let ((?x180 (+ ?x153 ?x179)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x189 (+ ?x187 ?x188)))
 (let ((?x116 (* |h2[2,0]| (/ 1.0 2.0))))
 (let ((?x190 (+ ?x116 ?x189)))
 (let ((?x193 (* ?x192 ?x190)))
 (or (and (distinct ?x193 ?x228) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
