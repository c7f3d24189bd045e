; certjax: rule estimators.score_OneHotCategoricalProbs, obligation 'second_order.hessian_identity@2[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[2,0]| () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x211 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x212 (* (/ 1.0 2.0) ?x211)))
 (let ((?x188 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x213 (* ?x188 ?x212)))
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let ((?x118 (/ 1.0 ?x15)))
 (let ((?x119 (- ?x118)))
 (let ((?x124 (/ 0.0 |probs[1]|)))
 (let ((?x125 (+ ?x124 ?x119)))
 (let ((?x126 (* 0.0 ?x125)))
 (let ((?x121 (/ 1.0 |probs[0]|)))
 (let ((?x122 (+ ?x121 ?x119)))
 (let ((?x123 (* 0.0 ?x122)))
 (let ((?x127 (+ ?x123 ?x126)))
 (let ((?x117 (/ 0.0 |probs[2]|)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x128 (+ ?x120 ?x127)))
 (let ((?x205 (* ?x188 ?x128)))
 (let ((?x209 (* |g2[0]| ?x205)))
 (let ((?x214 (+ ?x209 ?x213)))
 (let ((?x206 (* ?x128 ?x205)))
 (let ((?x197 (* |probs[1]| |probs[1]|)))
 (let ((?x198 (/ 1.0 ?x197)))
 (let ((?x199 (* 0.0 ?x198)))
 (let ((?x175 (/ 1.0 (* ?x15 ?x15))))
 (let ((?x200 (+ ?x175 ?x199)))
 (let ((?x201 (* 0.0 ?x200)))
 (let ((?x180 (* |probs[0]| |probs[0]|)))
 (let ((?x181 (/ 1.0 ?x180)))
 (let ((?x194 (- ?x181)))
 (let ((?x195 (+ ?x175 ?x194)))
 (let ((?x196 (* 0.0 ?x195)))
 (let ((?x202 (+ ?x196 ?x201)))
 (let ((?x190 (* |probs[2]| |probs[2]|)))
 (let ((?x191 (/ 1.0 ?x190)))
 (let ((?x192 (* 0.0 ?x191)))
 (let ((?x193 (+ ?x175 ?x192)))
 (let ((?x203 (+ ?x193 ?x202)))
 (let ((?x204 (* ?x188 ?x203)))
 (let ((?x207 (+ ?x204 ?x206)))
 (let ((?x208 (* f2 ?x207)))
 (let ((?x210 (+ ?x208 ?x209)))
 (let ((?x215 (+ ?x210 ?x214)))
 (let ((?x116 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x166 (* f2 1.0)))
 (let ((?x165 (* 0.0 1.0)))
 (let ((?x167 (+ ?x165 ?x166)))
 (let ((?x169 (* 0.0 ?x167)))
 (let ((?x170 (- ?x169)))
 (let ((?x182 (* ?x170 ?x181)))
 (let ((?x156 (* |g2[0]| 1.0)))
 (let ((?x131 (* ?x128 1.0)))
 (let ((?x155 (* f2 ?x131)))
 (let ((?x157 (+ ?x155 ?x156)))
 (let ((?x153 (* 0.0 ?x131)))
 (let ((?x158 (+ ?x153 ?x157)))
 (let ((?x160 (* 0.0 ?x158)))
 (let ((?x179 (/ ?x160 |probs[0]|)))
 (let ((?x183 (+ ?x179 ?x182)))
 (let ((?x171 (+ ?x170 ?x170)))
 (let ((?x168 (- ?x167)))
 (let ((?x172 (+ ?x168 ?x171)))
 (let ((?x173 (- ?x172)))
 (let ((?x176 (* ?x173 ?x175)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (+ ?x161 ?x161)))
 (let ((?x159 (- ?x158)))
 (let ((?x163 (+ ?x159 ?x162)))
 (let ((?x164 (/ ?x163 ?x15)))
 (let ((?x177 (+ ?x164 ?x176)))
 (let ((?x151 (* |g2[0]| ?x131)))
 (let ((?x132 (* (/ 1.0 2.0) ?x131)))
 (let ((?x133 (* 0.0 ?x132)))
 (let ((?x135 (+ 1.0 (- 1.0))))
 (let ((?x136 (* (/ 1.0 2.0) ?x135)))
 (let ((?x142 (* 0.0 ?x136)))
 (let ((?x143 (+ ?x142 ?x133)))
 (let ((?x147 (* |h2[2,0]| ?x143)))
 (let ((?x144 (* |h2[1,0]| ?x143)))
 (let ((?x139 (+ ?x136 ?x133)))
 (let ((?x140 (* |h2[0,0]| ?x139)))
 (let ((?x145 (+ ?x140 ?x144)))
 (let ((?x148 (+ ?x145 ?x147)))
 (let ((?x137 (* |h2[0,0]| ?x136)))
 (let ((?x138 (+ ?x133 ?x137)))
 (let ((?x149 (+ ?x138 ?x148)))
 (let ((?x152 (+ ?x149 ?x151)))
 (let ((?x178 (+ ?x152 ?x177)))
 (let ((?x184 (+ ?x178 ?x183)))
 (let ((?x185 (+ ?x184 ?x116)))
 (let ((?x186 (+ ?x116 ?x185)))
 (let ((?x189 (* ?x188 ?x186)))
 (or (and (distinct ?x189 ?x215) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
