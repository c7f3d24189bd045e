; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'second_order.hessian_identity[1]', verdict unproved
; 36 negated queries, one per branch region; expected: see verdict
(set-logic QF_NRA)
; region 1 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (= 0.0 ?x44))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!13))
(assert
 (= 0.0 unknown!15))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x179 (* exp!3 exp!3)))
 (let ((?x180 (/ (* (/ 1.0 exp!2) exp!1) ?x179)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x237 (* ?x236 ?x180)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x196 (* ?x108 ?x52)))
 (let ((?x221 (/ ?x196 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x223 (* 2.0 ?x222)))
 (let ((?x224 (- ?x223)))
 (let ((?x225 (+ ?x109 ?x224)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x226 (+ ?x102 ?x225)))
 (let ((?x227 (* ?x180 ?x226)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x202 (* ?x195 ?x52)))
 (let ((?x215 (/ ?x202 ?x44)))
 (let ((?x214 (- ?x195)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x217 (* 2.0 ?x216)))
 (let ((?x218 (- ?x217)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x213 (- ?x103)))
 (let ((?x220 (+ ?x213 ?x219)))
 (let ((?x231 (* ?x180 ?x220)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x220 ?x227)))
 (let ((?x203 (- ?x196)))
 (let ((?x204 (* ?x202 ?x203)))
 (let ((?x201 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x205 (* ?x201 ?x204)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x193 (* ?x191 ?x52)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x206 (+ ?x199 ?x205)))
 (let ((?x192 (- ?x191)))
 (let ((?x207 (+ ?x192 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x192 ?x209)))
 (let ((?x184 (- ?x183)))
 (let ((?x211 (+ ?x184 ?x210)))
 (let ((?x212 (* ?x180 ?x211)))
 (let ((?x229 (+ ?x212 ?x228)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x230 (* ?x182 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x115 (+ ?x111 ?x114)))
 (let ((?x155 (- ?x115)))
 (let ((?x156 (+ ?x109 ?x155)))
 (let ((?x157 (* ?x153 ?x156)))
 (let ((?x163 (* ?x157 ?x162)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x109 ?x117)))
 (let ((?x119 (+ ?x102 ?x118)))
 (let ((?x122 (* ?x119 1.0)))
 (let ((?x145 (* f2 ?x122)))
 (let ((?x148 (+ ?x145 ?x147)))
 (let ((?x143 (* ?x142 ?x122)))
 (let ((?x149 (+ ?x143 ?x148)))
 (let ((?x150 (- ?x149)))
 (let ((?x152 (* 2.0 ?x150)))
 (let ((?x154 (* ?x153 ?x152)))
 (let ((?x164 (+ ?x154 ?x163)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x150 ?x165)))
 (let ((?x167 (/ ?x166 scale)))
 (let ((?x173 (+ ?x167 ?x172)))
 (let ((?x174 (- ?x173)))
 (let ((?x139 (* |g2[0]| ?x122)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x123 (* (/ 1.0 2.0) ?x122)))
 (let ((?x124 (* 0.0 ?x123)))
 (let ((?x134 (+ ?x124 ?x127)))
 (let ((?x135 (* |h2[1,0]| ?x134)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x132 (+ ?x124 ?x131)))
 (let ((?x133 (* |h2[0,0]| ?x132)))
 (let ((?x136 (+ ?x133 ?x135)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x129 (+ ?x124 ?x128)))
 (let ((?x137 (+ ?x129 ?x136)))
 (let ((?x140 (+ ?x137 ?x139)))
 (let ((?x175 (+ ?x140 ?x174)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x176 (+ ?x100 ?x175)))
 (let ((?x181 (* ?x180 ?x176)))
 (or (and (distinct ?x181 ?x239) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x179 (* exp!3 exp!3)))
 (let ((?x180 (/ (* (/ 1.0 exp!2) exp!1) ?x179)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x237 (* ?x236 ?x180)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x196 (* ?x108 ?x52)))
 (let ((?x221 (/ ?x196 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x223 (* 2.0 ?x222)))
 (let ((?x224 (- ?x223)))
 (let ((?x225 (+ ?x109 ?x224)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x226 (+ ?x102 ?x225)))
 (let ((?x227 (* ?x180 ?x226)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x202 (* ?x195 ?x52)))
 (let ((?x215 (/ ?x202 ?x44)))
 (let ((?x214 (- ?x195)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x217 (* 2.0 ?x216)))
 (let ((?x218 (- ?x217)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x213 (- ?x103)))
 (let ((?x220 (+ ?x213 ?x219)))
 (let ((?x231 (* ?x180 ?x220)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x220 ?x227)))
 (let ((?x203 (- ?x196)))
 (let ((?x204 (* ?x202 ?x203)))
 (let ((?x201 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x205 (* ?x201 ?x204)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x193 (* ?x191 ?x52)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x206 (+ ?x199 ?x205)))
 (let ((?x192 (- ?x191)))
 (let ((?x207 (+ ?x192 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x192 ?x209)))
 (let ((?x184 (- ?x183)))
 (let ((?x211 (+ ?x184 ?x210)))
 (let ((?x212 (* ?x180 ?x211)))
 (let ((?x229 (+ ?x212 ?x228)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x230 (* ?x182 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x109 ?x153)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x240 (+ ?x114 ?x242)))
 (let ((?x919 (- ?x240)))
 (let ((?x906 (+ ?x109 ?x919)))
 (let ((?x920 (* ?x153 ?x906)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x908 (* ?x162 ?x920)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x760 (+ ?x109 ?x759)))
 (let ((?x772 (+ ?x102 ?x760)))
 (let ((?x557 (* 1.0 ?x772)))
 (let ((?x913 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x872 (+ ?x147 ?x913)))
 (let ((?x867 (* ?x142 ?x557)))
 (let ((?x870 (+ ?x867 ?x872)))
 (let ((?x873 (- ?x870)))
 (let ((?x874 (* 2.0 ?x873)))
 (let ((?x902 (* ?x153 ?x874)))
 (let ((?x916 (+ ?x902 ?x908)))
 (let ((?x921 (- ?x916)))
 (let ((?x850 (+ ?x873 ?x921)))
 (let ((?x851 (/ ?x850 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x852 (+ ?x172 ?x851)))
 (let ((?x853 (- ?x852)))
 (let ((?x866 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x859 (+ ?x127 ?x669)))
 (let ((?x860 (* |h2[1,0]| ?x859)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x918 (+ ?x131 ?x669)))
 (let ((?x845 (* |h2[0,0]| ?x918)))
 (let ((?x863 (+ ?x845 ?x860)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x864 (+ ?x670 ?x863)))
 (let ((?x273 (+ ?x864 ?x866)))
 (let ((?x854 (+ ?x273 ?x853)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x975 (+ ?x100 ?x854)))
 (let ((?x607 (* ?x180 ?x975)))
 (or (and (distinct ?x607 ?x239) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (= 0.0 ?x44))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!15))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x179 (* exp!3 exp!3)))
 (let ((?x180 (/ (* (/ 1.0 exp!2) exp!1) ?x179)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x237 (* ?x236 ?x180)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x196 (* ?x108 ?x52)))
 (let ((?x221 (/ ?x196 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x223 (* 2.0 ?x222)))
 (let ((?x224 (- ?x223)))
 (let ((?x225 (+ ?x109 ?x224)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x226 (+ ?x102 ?x225)))
 (let ((?x227 (* ?x180 ?x226)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x202 (* ?x195 ?x52)))
 (let ((?x215 (/ ?x202 ?x44)))
 (let ((?x214 (- ?x195)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x217 (* 2.0 ?x216)))
 (let ((?x218 (- ?x217)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x213 (- ?x103)))
 (let ((?x220 (+ ?x213 ?x219)))
 (let ((?x231 (* ?x180 ?x220)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x220 ?x227)))
 (let ((?x203 (- ?x196)))
 (let ((?x204 (* ?x202 ?x203)))
 (let ((?x201 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x205 (* ?x201 ?x204)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x193 (* ?x191 ?x52)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x206 (+ ?x199 ?x205)))
 (let ((?x192 (- ?x191)))
 (let ((?x207 (+ ?x192 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x192 ?x209)))
 (let ((?x184 (- ?x183)))
 (let ((?x211 (+ ?x184 ?x210)))
 (let ((?x212 (* ?x180 ?x211)))
 (let ((?x229 (+ ?x212 ?x228)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x230 (* ?x182 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x109 ?x153)))
 (let ((?x1930 (- ?x242)))
 (let ((?x955 (+ ?x109 ?x1930)))
 (let ((?x947 (* ?x153 ?x955)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x1975 (* ?x162 ?x947)))
 (let ((?x1897 (* 2.0 ?x242)))
 (let ((?x608 (- ?x1897)))
 (let ((?x611 (+ ?x109 ?x608)))
 (let ((?x1523 (+ ?x102 ?x611)))
 (let ((?x430 (* 1.0 ?x1523)))
 (let ((?x1942 (* f2 ?x430)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x309 (+ ?x147 ?x1942)))
 (let ((?x1655 (* ?x142 ?x430)))
 (let ((?x1976 (+ ?x1655 ?x309)))
 (let ((?x251 (- ?x1976)))
 (let ((?x1607 (* 2.0 ?x251)))
 (let ((?x605 (* ?x153 ?x1607)))
 (let ((?x879 (+ ?x605 ?x1975)))
 (let ((?x1945 (- ?x879)))
 (let ((?x1948 (+ ?x251 ?x1945)))
 (let ((?x1837 (/ ?x1948 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x1419 (+ ?x172 ?x1837)))
 (let ((?x1376 (- ?x1419)))
 (let ((?x1938 (* |g2[0]| ?x430)))
 (let ((?x1985 (* (/ 1.0 2.0) ?x430)))
 (let ((?x1529 (* 0.0 ?x1985)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x270 (+ ?x127 ?x1529)))
 (let ((?x1947 (* |h2[1,0]| ?x270)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x1261 (+ ?x131 ?x1529)))
 (let ((?x279 (* |h2[0,0]| ?x1261)))
 (let ((?x1377 (+ ?x279 ?x1947)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x246 (+ ?x128 ?x1529)))
 (let ((?x833 (+ ?x246 ?x1377)))
 (let ((?x832 (+ ?x833 ?x1938)))
 (let ((?x1845 (+ ?x832 ?x1376)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1984 (+ ?x100 ?x1845)))
 (let ((?x1341 (* ?x180 ?x1984)))
 (or (and (distinct ?x1341 ?x239) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x179 (* exp!3 exp!3)))
 (let ((?x180 (/ (* (/ 1.0 exp!2) exp!1) ?x179)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x237 (* ?x236 ?x180)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x196 (* ?x108 ?x52)))
 (let ((?x221 (/ ?x196 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x223 (* 2.0 ?x222)))
 (let ((?x224 (- ?x223)))
 (let ((?x225 (+ ?x109 ?x224)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x226 (+ ?x102 ?x225)))
 (let ((?x227 (* ?x180 ?x226)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x202 (* ?x195 ?x52)))
 (let ((?x215 (/ ?x202 ?x44)))
 (let ((?x214 (- ?x195)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x217 (* 2.0 ?x216)))
 (let ((?x218 (- ?x217)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x213 (- ?x103)))
 (let ((?x220 (+ ?x213 ?x219)))
 (let ((?x231 (* ?x180 ?x220)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x220 ?x227)))
 (let ((?x203 (- ?x196)))
 (let ((?x204 (* ?x202 ?x203)))
 (let ((?x201 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x205 (* ?x201 ?x204)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x193 (* ?x191 ?x52)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x206 (+ ?x199 ?x205)))
 (let ((?x192 (- ?x191)))
 (let ((?x207 (+ ?x192 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x192 ?x209)))
 (let ((?x184 (- ?x183)))
 (let ((?x211 (+ ?x184 ?x210)))
 (let ((?x212 (* ?x180 ?x211)))
 (let ((?x229 (+ ?x212 ?x228)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x230 (* ?x182 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x109 ?x153)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x240 (+ ?x114 ?x242)))
 (let ((?x919 (- ?x240)))
 (let ((?x906 (+ ?x109 ?x919)))
 (let ((?x920 (* ?x153 ?x906)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x908 (* ?x162 ?x920)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x760 (+ ?x109 ?x759)))
 (let ((?x772 (+ ?x102 ?x760)))
 (let ((?x557 (* 1.0 ?x772)))
 (let ((?x913 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x872 (+ ?x147 ?x913)))
 (let ((?x867 (* ?x142 ?x557)))
 (let ((?x870 (+ ?x867 ?x872)))
 (let ((?x873 (- ?x870)))
 (let ((?x874 (* 2.0 ?x873)))
 (let ((?x902 (* ?x153 ?x874)))
 (let ((?x916 (+ ?x902 ?x908)))
 (let ((?x921 (- ?x916)))
 (let ((?x850 (+ ?x873 ?x921)))
 (let ((?x851 (/ ?x850 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x852 (+ ?x172 ?x851)))
 (let ((?x853 (- ?x852)))
 (let ((?x866 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x859 (+ ?x127 ?x669)))
 (let ((?x860 (* |h2[1,0]| ?x859)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x918 (+ ?x131 ?x669)))
 (let ((?x845 (* |h2[0,0]| ?x918)))
 (let ((?x863 (+ ?x845 ?x860)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x864 (+ ?x670 ?x863)))
 (let ((?x273 (+ ?x864 ?x866)))
 (let ((?x854 (+ ?x273 ?x853)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x975 (+ ?x100 ?x854)))
 (let ((?x607 (* ?x180 ?x975)))
 (or (and (distinct ?x607 ?x239) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 5 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (= 0.0 ?x44))))
(assert
 (= 0.0 unknown!11))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x179 (* exp!3 exp!3)))
 (let ((?x180 (/ (* (/ 1.0 exp!2) exp!1) ?x179)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x237 (* ?x236 ?x180)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x196 (* ?x108 ?x52)))
 (let ((?x221 (/ ?x196 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x223 (* 2.0 ?x222)))
 (let ((?x224 (- ?x223)))
 (let ((?x225 (+ ?x109 ?x224)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x226 (+ ?x102 ?x225)))
 (let ((?x227 (* ?x180 ?x226)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x202 (* ?x195 ?x52)))
 (let ((?x215 (/ ?x202 ?x44)))
 (let ((?x214 (- ?x195)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x217 (* 2.0 ?x216)))
 (let ((?x218 (- ?x217)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x213 (- ?x103)))
 (let ((?x220 (+ ?x213 ?x219)))
 (let ((?x231 (* ?x180 ?x220)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x220 ?x227)))
 (let ((?x203 (- ?x196)))
 (let ((?x204 (* ?x202 ?x203)))
 (let ((?x201 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x205 (* ?x201 ?x204)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x193 (* ?x191 ?x52)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x206 (+ ?x199 ?x205)))
 (let ((?x192 (- ?x191)))
 (let ((?x207 (+ ?x192 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x192 ?x209)))
 (let ((?x184 (- ?x183)))
 (let ((?x211 (+ ?x184 ?x210)))
 (let ((?x212 (* ?x180 ?x211)))
 (let ((?x229 (+ ?x212 ?x228)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x230 (* ?x182 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x455 (* ?x110 ?x162)))
 (let ((?x453 (- ?x455)))
 (let ((?x352 (+ ?x161 ?x453)))
 (let ((?x1978 (- ?x352)))
 (let ((?x496 (* ?x106 ?x1978)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1441 (* ?x111 ?x162)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x109 ?x153)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x240 (+ ?x114 ?x242)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x760 (+ ?x109 ?x759)))
 (let ((?x772 (+ ?x102 ?x760)))
 (let ((?x557 (* 1.0 ?x772)))
 (let ((?x913 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x872 (+ ?x147 ?x913)))
 (let ((?x867 (* ?x142 ?x557)))
 (let ((?x870 (+ ?x867 ?x872)))
 (let ((?x873 (- ?x870)))
 (let ((?x874 (* 2.0 ?x873)))
 (let ((?x1253 (* ?x110 ?x874)))
 (let ((?x717 (+ ?x1253 ?x1441)))
 (let ((?x1266 (- ?x717)))
 (let ((?x1880 (+ ?x873 ?x1266)))
 (let ((?x993 (/ ?x1880 scale)))
 (let ((?x1467 (+ ?x993 ?x496)))
 (let ((?x1829 (- ?x1467)))
 (let ((?x866 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x859 (+ ?x127 ?x669)))
 (let ((?x860 (* |h2[1,0]| ?x859)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x918 (+ ?x131 ?x669)))
 (let ((?x845 (* |h2[0,0]| ?x918)))
 (let ((?x863 (+ ?x845 ?x860)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x864 (+ ?x670 ?x863)))
 (let ((?x273 (+ ?x864 ?x866)))
 (let ((?x1264 (+ ?x273 ?x1829)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1375 (+ ?x100 ?x1264)))
 (let ((?x1336 (* ?x180 ?x1375)))
 (or (and (distinct ?x1336 ?x239) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 6 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x179 (* exp!3 exp!3)))
 (let ((?x180 (/ (* (/ 1.0 exp!2) exp!1) ?x179)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x237 (* ?x236 ?x180)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x196 (* ?x108 ?x52)))
 (let ((?x221 (/ ?x196 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x223 (* 2.0 ?x222)))
 (let ((?x224 (- ?x223)))
 (let ((?x225 (+ ?x109 ?x224)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x226 (+ ?x102 ?x225)))
 (let ((?x227 (* ?x180 ?x226)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x202 (* ?x195 ?x52)))
 (let ((?x215 (/ ?x202 ?x44)))
 (let ((?x214 (- ?x195)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x217 (* 2.0 ?x216)))
 (let ((?x218 (- ?x217)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x213 (- ?x103)))
 (let ((?x220 (+ ?x213 ?x219)))
 (let ((?x231 (* ?x180 ?x220)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x220 ?x227)))
 (let ((?x203 (- ?x196)))
 (let ((?x204 (* ?x202 ?x203)))
 (let ((?x201 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x205 (* ?x201 ?x204)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x193 (* ?x191 ?x52)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x206 (+ ?x199 ?x205)))
 (let ((?x192 (- ?x191)))
 (let ((?x207 (+ ?x192 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x192 ?x209)))
 (let ((?x184 (- ?x183)))
 (let ((?x211 (+ ?x184 ?x210)))
 (let ((?x212 (* ?x180 ?x211)))
 (let ((?x229 (+ ?x212 ?x228)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x230 (* ?x182 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x109 ?x153)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x240 (+ ?x114 ?x242)))
 (let ((?x919 (- ?x240)))
 (let ((?x906 (+ ?x109 ?x919)))
 (let ((?x920 (* ?x153 ?x906)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x908 (* ?x162 ?x920)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x760 (+ ?x109 ?x759)))
 (let ((?x772 (+ ?x102 ?x760)))
 (let ((?x557 (* 1.0 ?x772)))
 (let ((?x913 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x872 (+ ?x147 ?x913)))
 (let ((?x867 (* ?x142 ?x557)))
 (let ((?x870 (+ ?x867 ?x872)))
 (let ((?x873 (- ?x870)))
 (let ((?x874 (* 2.0 ?x873)))
 (let ((?x902 (* ?x153 ?x874)))
 (let ((?x916 (+ ?x902 ?x908)))
 (let ((?x921 (- ?x916)))
 (let ((?x850 (+ ?x873 ?x921)))
 (let ((?x851 (/ ?x850 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x852 (+ ?x172 ?x851)))
 (let ((?x853 (- ?x852)))
 (let ((?x866 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x859 (+ ?x127 ?x669)))
 (let ((?x860 (* |h2[1,0]| ?x859)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x918 (+ ?x131 ?x669)))
 (let ((?x845 (* |h2[0,0]| ?x918)))
 (let ((?x863 (+ ?x845 ?x860)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x864 (+ ?x670 ?x863)))
 (let ((?x273 (+ ?x864 ?x866)))
 (let ((?x854 (+ ?x273 ?x853)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x975 (+ ?x100 ?x854)))
 (let ((?x607 (* ?x180 ?x975)))
 (or (and (distinct ?x607 ?x239) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 7 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (< 0.0 unknown!15))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x179 (* exp!3 exp!3)))
 (let ((?x180 (/ (* (/ 1.0 exp!2) exp!1) ?x179)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x237 (* ?x236 ?x180)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x196 (* ?x108 ?x52)))
 (let ((?x221 (/ ?x196 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x223 (* 2.0 ?x222)))
 (let ((?x224 (- ?x223)))
 (let ((?x225 (+ ?x109 ?x224)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x226 (+ ?x102 ?x225)))
 (let ((?x227 (* ?x180 ?x226)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x202 (* ?x195 ?x52)))
 (let ((?x215 (/ ?x202 ?x44)))
 (let ((?x214 (- ?x195)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x217 (* 2.0 ?x216)))
 (let ((?x218 (- ?x217)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x213 (- ?x103)))
 (let ((?x220 (+ ?x213 ?x219)))
 (let ((?x231 (* ?x180 ?x220)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x220 ?x227)))
 (let ((?x203 (- ?x196)))
 (let ((?x204 (* ?x202 ?x203)))
 (let ((?x201 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x205 (* ?x201 ?x204)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x193 (* ?x191 ?x52)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x206 (+ ?x199 ?x205)))
 (let ((?x192 (- ?x191)))
 (let ((?x207 (+ ?x192 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x192 ?x209)))
 (let ((?x184 (- ?x183)))
 (let ((?x211 (+ ?x184 ?x210)))
 (let ((?x212 (* ?x180 ?x211)))
 (let ((?x229 (+ ?x212 ?x228)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x230 (* ?x182 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x109 ?x153)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x240 (+ ?x114 ?x242)))
 (let ((?x919 (- ?x240)))
 (let ((?x906 (+ ?x109 ?x919)))
 (let ((?x920 (* ?x153 ?x906)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x908 (* ?x162 ?x920)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x760 (+ ?x109 ?x759)))
 (let ((?x772 (+ ?x102 ?x760)))
 (let ((?x557 (* 1.0 ?x772)))
 (let ((?x913 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x872 (+ ?x147 ?x913)))
 (let ((?x867 (* ?x142 ?x557)))
 (let ((?x870 (+ ?x867 ?x872)))
 (let ((?x873 (- ?x870)))
 (let ((?x874 (* 2.0 ?x873)))
 (let ((?x902 (* ?x153 ?x874)))
 (let ((?x916 (+ ?x902 ?x908)))
 (let ((?x921 (- ?x916)))
 (let ((?x850 (+ ?x873 ?x921)))
 (let ((?x851 (/ ?x850 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x852 (+ ?x172 ?x851)))
 (let ((?x853 (- ?x852)))
 (let ((?x866 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x859 (+ ?x127 ?x669)))
 (let ((?x860 (* |h2[1,0]| ?x859)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x918 (+ ?x131 ?x669)))
 (let ((?x845 (* |h2[0,0]| ?x918)))
 (let ((?x863 (+ ?x845 ?x860)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x864 (+ ?x670 ?x863)))
 (let ((?x273 (+ ?x864 ?x866)))
 (let ((?x854 (+ ?x273 ?x853)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x975 (+ ?x100 ?x854)))
 (let ((?x607 (* ?x180 ?x975)))
 (or (and (distinct ?x607 ?x239) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 8 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (= 0.0 ?x1977))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!13))
(assert
 (= 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1816 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1574 (+ ?x1816 ?x1776)))
 (let ((?x1281 (* 2.0 ?x1574)))
 (let ((?x1746 (- ?x1281)))
 (let ((?x904 (+ ?x109 ?x1746)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1519 (+ ?x102 ?x904)))
 (let ((?x1397 (* ?x1807 ?x1519)))
 (let ((?x1535 (* |g2[0]| ?x1397)))
 (let ((?x586 (+ ?x1535 ?x1464)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1884 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1834 (+ ?x1884 ?x1862)))
 (let ((?x1825 (* 2.0 ?x1834)))
 (let ((?x1362 (- ?x1825)))
 (let ((?x1331 (+ ?x214 ?x1362)))
 (let ((?x213 (- ?x103)))
 (let ((?x2056 (+ ?x213 ?x1331)))
 (let ((?x1360 (* ?x1807 ?x2056)))
 (let ((?x1383 (* |g2[1]| ?x1360)))
 (let ((?x984 (* ?x2056 ?x1397)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x2137 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2102 (+ ?x2137 ?x2110)))
 (let ((?x2079 (* 2.0 ?x2102)))
 (let ((?x2063 (- ?x2079)))
 (let ((?x1489 (+ ?x192 ?x2063)))
 (let ((?x184 (- ?x183)))
 (let ((?x2060 (+ ?x184 ?x1489)))
 (let ((?x1916 (* ?x1807 ?x2060)))
 (let ((?x2083 (+ ?x1916 ?x984)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x897 (* ?x182 ?x2083)))
 (let ((?x1854 (+ ?x897 ?x1383)))
 (let ((?x808 (+ ?x1854 ?x586)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1833 (+ ?x111 ?x1585)))
 (let ((?x814 (- ?x1833)))
 (let ((?x1379 (+ ?x109 ?x814)))
 (let ((?x452 (* ?x974 ?x1379)))
 (let ((?x2044 (* ?x452 ?x162)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x479 (* 2.0 ?x1833)))
 (let ((?x1292 (- ?x479)))
 (let ((?x385 (+ ?x109 ?x1292)))
 (let ((?x701 (+ ?x102 ?x385)))
 (let ((?x1329 (* ?x701 1.0)))
 (let ((?x1458 (* f2 ?x1329)))
 (let ((?x1855 (+ ?x1458 ?x147)))
 (let ((?x2013 (* ?x142 ?x1329)))
 (let ((?x1481 (+ ?x2013 ?x1855)))
 (let ((?x1867 (- ?x1481)))
 (let ((?x2097 (* 2.0 ?x1867)))
 (let ((?x806 (* ?x974 ?x2097)))
 (let ((?x2029 (+ ?x806 ?x2044)))
 (let ((?x1382 (- ?x2029)))
 (let ((?x1074 (+ ?x1867 ?x1382)))
 (let ((?x1709 (/ ?x1074 scale)))
 (let ((?x1246 (+ ?x1709 ?x1046)))
 (let ((?x1688 (- ?x1246)))
 (let ((?x1308 (* |g2[0]| ?x1329)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1306 (* (/ 1.0 2.0) ?x1329)))
 (let ((?x1395 (* 0.0 ?x1306)))
 (let ((?x1831 (+ ?x1395 ?x127)))
 (let ((?x1988 (* |h2[1,0]| ?x1831)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x1361 (+ ?x1395 ?x131)))
 (let ((?x1307 (* |h2[0,0]| ?x1361)))
 (let ((?x1267 (+ ?x1307 ?x1988)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x384 (+ ?x1395 ?x128)))
 (let ((?x345 (+ ?x384 ?x1267)))
 (let ((?x379 (+ ?x345 ?x1308)))
 (let ((?x1735 (+ ?x379 ?x1688)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1532 (+ ?x100 ?x1735)))
 (let ((?x2024 (* ?x1807 ?x1532)))
 (or (and (distinct ?x2024 ?x808) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 9 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1816 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1574 (+ ?x1816 ?x1776)))
 (let ((?x1281 (* 2.0 ?x1574)))
 (let ((?x1746 (- ?x1281)))
 (let ((?x904 (+ ?x109 ?x1746)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1519 (+ ?x102 ?x904)))
 (let ((?x1397 (* ?x1807 ?x1519)))
 (let ((?x1535 (* |g2[0]| ?x1397)))
 (let ((?x586 (+ ?x1535 ?x1464)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1884 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1834 (+ ?x1884 ?x1862)))
 (let ((?x1825 (* 2.0 ?x1834)))
 (let ((?x1362 (- ?x1825)))
 (let ((?x1331 (+ ?x214 ?x1362)))
 (let ((?x213 (- ?x103)))
 (let ((?x2056 (+ ?x213 ?x1331)))
 (let ((?x1360 (* ?x1807 ?x2056)))
 (let ((?x1383 (* |g2[1]| ?x1360)))
 (let ((?x984 (* ?x2056 ?x1397)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x2137 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2102 (+ ?x2137 ?x2110)))
 (let ((?x2079 (* 2.0 ?x2102)))
 (let ((?x2063 (- ?x2079)))
 (let ((?x1489 (+ ?x192 ?x2063)))
 (let ((?x184 (- ?x183)))
 (let ((?x2060 (+ ?x184 ?x1489)))
 (let ((?x1916 (* ?x1807 ?x2060)))
 (let ((?x2083 (+ ?x1916 ?x984)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x897 (* ?x182 ?x2083)))
 (let ((?x1854 (+ ?x897 ?x1383)))
 (let ((?x808 (+ ?x1854 ?x586)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x808) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 10 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x2442 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1800 (+ ?x1776 ?x2442)))
 (let ((?x2129 (* 2.0 ?x1800)))
 (let ((?x1170 (- ?x2129)))
 (let ((?x1302 (+ ?x109 ?x1170)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2452 (+ ?x102 ?x1302)))
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x721 (* ?x1807 ?x2452)))
 (let ((?x629 (* |g2[0]| ?x721)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x2445 (+ ?x1464 ?x629)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x690 (* 0.0 ?x214)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1982 (+ ?x1862 ?x690)))
 (let ((?x1768 (* 2.0 ?x1982)))
 (let ((?x816 (- ?x1768)))
 (let ((?x2451 (+ ?x214 ?x816)))
 (let ((?x213 (- ?x103)))
 (let ((?x1997 (+ ?x213 ?x2451)))
 (let ((?x2449 (* ?x1807 ?x1997)))
 (let ((?x1645 (* |g2[1]| ?x2449)))
 (let ((?x269 (* ?x1997 ?x721)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x714 (* 0.0 ?x192)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x414 (+ ?x2110 ?x714)))
 (let ((?x765 (* 2.0 ?x414)))
 (let ((?x483 (- ?x765)))
 (let ((?x1666 (+ ?x192 ?x483)))
 (let ((?x184 (- ?x183)))
 (let ((?x1431 (+ ?x184 ?x1666)))
 (let ((?x1104 (* ?x1807 ?x1431)))
 (let ((?x1122 (+ ?x1104 ?x269)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2448 (* ?x182 ?x1122)))
 (let ((?x2401 (+ ?x2448 ?x1645)))
 (let ((?x2446 (+ ?x2401 ?x2445)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x2446) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 11 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (= 0.0 ?x1977))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1816 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1574 (+ ?x1816 ?x1776)))
 (let ((?x1281 (* 2.0 ?x1574)))
 (let ((?x1746 (- ?x1281)))
 (let ((?x904 (+ ?x109 ?x1746)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1519 (+ ?x102 ?x904)))
 (let ((?x1397 (* ?x1807 ?x1519)))
 (let ((?x1535 (* |g2[0]| ?x1397)))
 (let ((?x586 (+ ?x1535 ?x1464)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1884 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1834 (+ ?x1884 ?x1862)))
 (let ((?x1825 (* 2.0 ?x1834)))
 (let ((?x1362 (- ?x1825)))
 (let ((?x1331 (+ ?x214 ?x1362)))
 (let ((?x213 (- ?x103)))
 (let ((?x2056 (+ ?x213 ?x1331)))
 (let ((?x1360 (* ?x1807 ?x2056)))
 (let ((?x1383 (* |g2[1]| ?x1360)))
 (let ((?x984 (* ?x2056 ?x1397)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x2137 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2102 (+ ?x2137 ?x2110)))
 (let ((?x2079 (* 2.0 ?x2102)))
 (let ((?x2063 (- ?x2079)))
 (let ((?x1489 (+ ?x192 ?x2063)))
 (let ((?x184 (- ?x183)))
 (let ((?x2060 (+ ?x184 ?x1489)))
 (let ((?x1916 (* ?x1807 ?x2060)))
 (let ((?x2083 (+ ?x1916 ?x984)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x897 (* ?x182 ?x2083)))
 (let ((?x1854 (+ ?x897 ?x1383)))
 (let ((?x808 (+ ?x1854 ?x586)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x2160 (- ?x805)))
 (let ((?x1572 (+ ?x109 ?x2160)))
 (let ((?x406 (* ?x974 ?x1572)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x2519 (* ?x162 ?x406)))
 (let ((?x769 (* 2.0 ?x805)))
 (let ((?x636 (- ?x769)))
 (let ((?x1714 (+ ?x109 ?x636)))
 (let ((?x798 (+ ?x102 ?x1714)))
 (let ((?x1685 (* 1.0 ?x798)))
 (let ((?x2361 (* f2 ?x1685)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1561 (+ ?x147 ?x2361)))
 (let ((?x1367 (* ?x142 ?x1685)))
 (let ((?x838 (+ ?x1367 ?x1561)))
 (let ((?x980 (- ?x838)))
 (let ((?x2830 (* 2.0 ?x980)))
 (let ((?x2840 (* ?x974 ?x2830)))
 (let ((?x2798 (+ ?x2840 ?x2519)))
 (let ((?x2045 (- ?x2798)))
 (let ((?x847 (+ ?x980 ?x2045)))
 (let ((?x2513 (/ ?x847 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x950 (+ ?x1046 ?x2513)))
 (let ((?x403 (- ?x950)))
 (let ((?x2754 (* |g2[0]| ?x1685)))
 (let ((?x2388 (* (/ 1.0 2.0) ?x1685)))
 (let ((?x2353 (* 0.0 ?x2388)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1405 (+ ?x127 ?x2353)))
 (let ((?x2737 (* |h2[1,0]| ?x1405)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x711 (+ ?x131 ?x2353)))
 (let ((?x2432 (* |h2[0,0]| ?x711)))
 (let ((?x2807 (+ ?x2432 ?x2737)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x2101 (+ ?x128 ?x2353)))
 (let ((?x810 (+ ?x2101 ?x2807)))
 (let ((?x1255 (+ ?x810 ?x2754)))
 (let ((?x2665 (+ ?x1255 ?x403)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1328 (+ ?x100 ?x2665)))
 (let ((?x2301 (* ?x1807 ?x1328)))
 (or (and (distinct ?x2301 ?x808) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 12 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1816 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1574 (+ ?x1816 ?x1776)))
 (let ((?x1281 (* 2.0 ?x1574)))
 (let ((?x1746 (- ?x1281)))
 (let ((?x904 (+ ?x109 ?x1746)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1519 (+ ?x102 ?x904)))
 (let ((?x1397 (* ?x1807 ?x1519)))
 (let ((?x1535 (* |g2[0]| ?x1397)))
 (let ((?x586 (+ ?x1535 ?x1464)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1884 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1834 (+ ?x1884 ?x1862)))
 (let ((?x1825 (* 2.0 ?x1834)))
 (let ((?x1362 (- ?x1825)))
 (let ((?x1331 (+ ?x214 ?x1362)))
 (let ((?x213 (- ?x103)))
 (let ((?x2056 (+ ?x213 ?x1331)))
 (let ((?x1360 (* ?x1807 ?x2056)))
 (let ((?x1383 (* |g2[1]| ?x1360)))
 (let ((?x984 (* ?x2056 ?x1397)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x2137 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2102 (+ ?x2137 ?x2110)))
 (let ((?x2079 (* 2.0 ?x2102)))
 (let ((?x2063 (- ?x2079)))
 (let ((?x1489 (+ ?x192 ?x2063)))
 (let ((?x184 (- ?x183)))
 (let ((?x2060 (+ ?x184 ?x1489)))
 (let ((?x1916 (* ?x1807 ?x2060)))
 (let ((?x2083 (+ ?x1916 ?x984)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x897 (* ?x182 ?x2083)))
 (let ((?x1854 (+ ?x897 ?x1383)))
 (let ((?x808 (+ ?x1854 ?x586)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x808) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 13 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x2442 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1800 (+ ?x1776 ?x2442)))
 (let ((?x2129 (* 2.0 ?x1800)))
 (let ((?x1170 (- ?x2129)))
 (let ((?x1302 (+ ?x109 ?x1170)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2452 (+ ?x102 ?x1302)))
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x721 (* ?x1807 ?x2452)))
 (let ((?x629 (* |g2[0]| ?x721)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x2445 (+ ?x1464 ?x629)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x690 (* 0.0 ?x214)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1982 (+ ?x1862 ?x690)))
 (let ((?x1768 (* 2.0 ?x1982)))
 (let ((?x816 (- ?x1768)))
 (let ((?x2451 (+ ?x214 ?x816)))
 (let ((?x213 (- ?x103)))
 (let ((?x1997 (+ ?x213 ?x2451)))
 (let ((?x2449 (* ?x1807 ?x1997)))
 (let ((?x1645 (* |g2[1]| ?x2449)))
 (let ((?x269 (* ?x1997 ?x721)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x714 (* 0.0 ?x192)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x414 (+ ?x2110 ?x714)))
 (let ((?x765 (* 2.0 ?x414)))
 (let ((?x483 (- ?x765)))
 (let ((?x1666 (+ ?x192 ?x483)))
 (let ((?x184 (- ?x183)))
 (let ((?x1431 (+ ?x184 ?x1666)))
 (let ((?x1104 (* ?x1807 ?x1431)))
 (let ((?x1122 (+ ?x1104 ?x269)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2448 (* ?x182 ?x1122)))
 (let ((?x2401 (+ ?x2448 ?x1645)))
 (let ((?x2446 (+ ?x2401 ?x2445)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x2446) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 14 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (= 0.0 ?x1977))))
(assert
 (= 0.0 unknown!11))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1816 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1574 (+ ?x1816 ?x1776)))
 (let ((?x1281 (* 2.0 ?x1574)))
 (let ((?x1746 (- ?x1281)))
 (let ((?x904 (+ ?x109 ?x1746)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1519 (+ ?x102 ?x904)))
 (let ((?x1397 (* ?x1807 ?x1519)))
 (let ((?x1535 (* |g2[0]| ?x1397)))
 (let ((?x586 (+ ?x1535 ?x1464)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1884 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1834 (+ ?x1884 ?x1862)))
 (let ((?x1825 (* 2.0 ?x1834)))
 (let ((?x1362 (- ?x1825)))
 (let ((?x1331 (+ ?x214 ?x1362)))
 (let ((?x213 (- ?x103)))
 (let ((?x2056 (+ ?x213 ?x1331)))
 (let ((?x1360 (* ?x1807 ?x2056)))
 (let ((?x1383 (* |g2[1]| ?x1360)))
 (let ((?x984 (* ?x2056 ?x1397)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x2137 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2102 (+ ?x2137 ?x2110)))
 (let ((?x2079 (* 2.0 ?x2102)))
 (let ((?x2063 (- ?x2079)))
 (let ((?x1489 (+ ?x192 ?x2063)))
 (let ((?x184 (- ?x183)))
 (let ((?x2060 (+ ?x184 ?x1489)))
 (let ((?x1916 (* ?x1807 ?x2060)))
 (let ((?x2083 (+ ?x1916 ?x984)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x897 (* ?x182 ?x2083)))
 (let ((?x1854 (+ ?x897 ?x1383)))
 (let ((?x808 (+ ?x1854 ?x586)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x455 (* ?x110 ?x162)))
 (let ((?x453 (- ?x455)))
 (let ((?x352 (+ ?x161 ?x453)))
 (let ((?x1978 (- ?x352)))
 (let ((?x496 (* ?x106 ?x1978)))
 (let ((?x1441 (* ?x111 ?x162)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x783 (* ?x110 ?x1235)))
 (let ((?x2809 (+ ?x783 ?x1441)))
 (let ((?x507 (- ?x2809)))
 (let ((?x394 (+ ?x1213 ?x507)))
 (let ((?x830 (/ ?x394 scale)))
 (let ((?x2085 (+ ?x830 ?x496)))
 (let ((?x2048 (- ?x2085)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x811 (+ ?x1211 ?x2048)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1061 (+ ?x100 ?x811)))
 (let ((?x1525 (* ?x1807 ?x1061)))
 (or (and (distinct ?x1525 ?x808) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 15 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1816 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1574 (+ ?x1816 ?x1776)))
 (let ((?x1281 (* 2.0 ?x1574)))
 (let ((?x1746 (- ?x1281)))
 (let ((?x904 (+ ?x109 ?x1746)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1519 (+ ?x102 ?x904)))
 (let ((?x1397 (* ?x1807 ?x1519)))
 (let ((?x1535 (* |g2[0]| ?x1397)))
 (let ((?x586 (+ ?x1535 ?x1464)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1884 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1834 (+ ?x1884 ?x1862)))
 (let ((?x1825 (* 2.0 ?x1834)))
 (let ((?x1362 (- ?x1825)))
 (let ((?x1331 (+ ?x214 ?x1362)))
 (let ((?x213 (- ?x103)))
 (let ((?x2056 (+ ?x213 ?x1331)))
 (let ((?x1360 (* ?x1807 ?x2056)))
 (let ((?x1383 (* |g2[1]| ?x1360)))
 (let ((?x984 (* ?x2056 ?x1397)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x2137 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2102 (+ ?x2137 ?x2110)))
 (let ((?x2079 (* 2.0 ?x2102)))
 (let ((?x2063 (- ?x2079)))
 (let ((?x1489 (+ ?x192 ?x2063)))
 (let ((?x184 (- ?x183)))
 (let ((?x2060 (+ ?x184 ?x1489)))
 (let ((?x1916 (* ?x1807 ?x2060)))
 (let ((?x2083 (+ ?x1916 ?x984)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x897 (* ?x182 ?x2083)))
 (let ((?x1854 (+ ?x897 ?x1383)))
 (let ((?x808 (+ ?x1854 ?x586)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x808) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 16 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x2442 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1800 (+ ?x1776 ?x2442)))
 (let ((?x2129 (* 2.0 ?x1800)))
 (let ((?x1170 (- ?x2129)))
 (let ((?x1302 (+ ?x109 ?x1170)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2452 (+ ?x102 ?x1302)))
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x721 (* ?x1807 ?x2452)))
 (let ((?x629 (* |g2[0]| ?x721)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x2445 (+ ?x1464 ?x629)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x690 (* 0.0 ?x214)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1982 (+ ?x1862 ?x690)))
 (let ((?x1768 (* 2.0 ?x1982)))
 (let ((?x816 (- ?x1768)))
 (let ((?x2451 (+ ?x214 ?x816)))
 (let ((?x213 (- ?x103)))
 (let ((?x1997 (+ ?x213 ?x2451)))
 (let ((?x2449 (* ?x1807 ?x1997)))
 (let ((?x1645 (* |g2[1]| ?x2449)))
 (let ((?x269 (* ?x1997 ?x721)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x714 (* 0.0 ?x192)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x414 (+ ?x2110 ?x714)))
 (let ((?x765 (* 2.0 ?x414)))
 (let ((?x483 (- ?x765)))
 (let ((?x1666 (+ ?x192 ?x483)))
 (let ((?x184 (- ?x183)))
 (let ((?x1431 (+ ?x184 ?x1666)))
 (let ((?x1104 (* ?x1807 ?x1431)))
 (let ((?x1122 (+ ?x1104 ?x269)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2448 (* ?x182 ?x1122)))
 (let ((?x2401 (+ ?x2448 ?x1645)))
 (let ((?x2446 (+ ?x2401 ?x2445)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x2446) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 17 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (< 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1816 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1574 (+ ?x1816 ?x1776)))
 (let ((?x1281 (* 2.0 ?x1574)))
 (let ((?x1746 (- ?x1281)))
 (let ((?x904 (+ ?x109 ?x1746)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1519 (+ ?x102 ?x904)))
 (let ((?x1397 (* ?x1807 ?x1519)))
 (let ((?x1535 (* |g2[0]| ?x1397)))
 (let ((?x586 (+ ?x1535 ?x1464)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1884 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1834 (+ ?x1884 ?x1862)))
 (let ((?x1825 (* 2.0 ?x1834)))
 (let ((?x1362 (- ?x1825)))
 (let ((?x1331 (+ ?x214 ?x1362)))
 (let ((?x213 (- ?x103)))
 (let ((?x2056 (+ ?x213 ?x1331)))
 (let ((?x1360 (* ?x1807 ?x2056)))
 (let ((?x1383 (* |g2[1]| ?x1360)))
 (let ((?x984 (* ?x2056 ?x1397)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x2137 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2102 (+ ?x2137 ?x2110)))
 (let ((?x2079 (* 2.0 ?x2102)))
 (let ((?x2063 (- ?x2079)))
 (let ((?x1489 (+ ?x192 ?x2063)))
 (let ((?x184 (- ?x183)))
 (let ((?x2060 (+ ?x184 ?x1489)))
 (let ((?x1916 (* ?x1807 ?x2060)))
 (let ((?x2083 (+ ?x1916 ?x984)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x897 (* ?x182 ?x2083)))
 (let ((?x1854 (+ ?x897 ?x1383)))
 (let ((?x808 (+ ?x1854 ?x586)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x808) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 18 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (< 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x2442 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1800 (+ ?x1776 ?x2442)))
 (let ((?x2129 (* 2.0 ?x1800)))
 (let ((?x1170 (- ?x2129)))
 (let ((?x1302 (+ ?x109 ?x1170)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2452 (+ ?x102 ?x1302)))
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x721 (* ?x1807 ?x2452)))
 (let ((?x629 (* |g2[0]| ?x721)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x2445 (+ ?x1464 ?x629)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x690 (* 0.0 ?x214)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1982 (+ ?x1862 ?x690)))
 (let ((?x1768 (* 2.0 ?x1982)))
 (let ((?x816 (- ?x1768)))
 (let ((?x2451 (+ ?x214 ?x816)))
 (let ((?x213 (- ?x103)))
 (let ((?x1997 (+ ?x213 ?x2451)))
 (let ((?x2449 (* ?x1807 ?x1997)))
 (let ((?x1645 (* |g2[1]| ?x2449)))
 (let ((?x269 (* ?x1997 ?x721)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x714 (* 0.0 ?x192)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x414 (+ ?x2110 ?x714)))
 (let ((?x765 (* 2.0 ?x414)))
 (let ((?x483 (- ?x765)))
 (let ((?x1666 (+ ?x192 ?x483)))
 (let ((?x184 (- ?x183)))
 (let ((?x1431 (+ ?x184 ?x1666)))
 (let ((?x1104 (* ?x1807 ?x1431)))
 (let ((?x1122 (+ ?x1104 ?x269)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2448 (* ?x182 ?x1122)))
 (let ((?x2401 (+ ?x2448 ?x1645)))
 (let ((?x2446 (+ ?x2401 ?x2445)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x2446) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 19 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1082 () Real)
(declare-fun exp!5 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (= 0.0 ?x44))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!13))
(assert
 (= 0.0 unknown!15))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x180 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x237 (* ?x236 ?x180)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x196 (* ?x108 ?x52)))
 (let ((?x221 (/ ?x196 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x223 (* 2.0 ?x222)))
 (let ((?x224 (- ?x223)))
 (let ((?x225 (+ ?x109 ?x224)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x226 (+ ?x102 ?x225)))
 (let ((?x227 (* ?x180 ?x226)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x202 (* ?x195 ?x52)))
 (let ((?x215 (/ ?x202 ?x44)))
 (let ((?x214 (- ?x195)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x217 (* 2.0 ?x216)))
 (let ((?x218 (- ?x217)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x213 (- ?x103)))
 (let ((?x220 (+ ?x213 ?x219)))
 (let ((?x231 (* ?x180 ?x220)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x220 ?x227)))
 (let ((?x203 (- ?x196)))
 (let ((?x204 (* ?x202 ?x203)))
 (let ((?x201 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x205 (* ?x201 ?x204)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x193 (* ?x191 ?x52)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x206 (+ ?x199 ?x205)))
 (let ((?x192 (- ?x191)))
 (let ((?x207 (+ ?x192 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x192 ?x209)))
 (let ((?x184 (- ?x183)))
 (let ((?x211 (+ ?x184 ?x210)))
 (let ((?x212 (* ?x180 ?x211)))
 (let ((?x229 (+ ?x212 ?x228)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x230 (* ?x182 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x115 (+ ?x111 ?x114)))
 (let ((?x155 (- ?x115)))
 (let ((?x156 (+ ?x109 ?x155)))
 (let ((?x157 (* ?x153 ?x156)))
 (let ((?x163 (* ?x157 ?x162)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x109 ?x117)))
 (let ((?x119 (+ ?x102 ?x118)))
 (let ((?x122 (* ?x119 1.0)))
 (let ((?x145 (* f2 ?x122)))
 (let ((?x148 (+ ?x145 ?x147)))
 (let ((?x143 (* ?x142 ?x122)))
 (let ((?x149 (+ ?x143 ?x148)))
 (let ((?x150 (- ?x149)))
 (let ((?x152 (* 2.0 ?x150)))
 (let ((?x154 (* ?x153 ?x152)))
 (let ((?x164 (+ ?x154 ?x163)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x150 ?x165)))
 (let ((?x167 (/ ?x166 scale)))
 (let ((?x173 (+ ?x167 ?x172)))
 (let ((?x174 (- ?x173)))
 (let ((?x139 (* |g2[0]| ?x122)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x123 (* (/ 1.0 2.0) ?x122)))
 (let ((?x124 (* 0.0 ?x123)))
 (let ((?x134 (+ ?x124 ?x127)))
 (let ((?x135 (* |h2[1,0]| ?x134)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x132 (+ ?x124 ?x131)))
 (let ((?x133 (* |h2[0,0]| ?x132)))
 (let ((?x136 (+ ?x133 ?x135)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x129 (+ ?x124 ?x128)))
 (let ((?x137 (+ ?x129 ?x136)))
 (let ((?x140 (+ ?x137 ?x139)))
 (let ((?x175 (+ ?x140 ?x174)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x176 (+ ?x100 ?x175)))
 (let ((?x181 (* ?x180 ?x176)))
 (or (and (distinct ?x181 ?x239) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 20 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1082 () Real)
(declare-fun exp!5 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x180 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x237 (* ?x236 ?x180)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x196 (* ?x108 ?x52)))
 (let ((?x221 (/ ?x196 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x223 (* 2.0 ?x222)))
 (let ((?x224 (- ?x223)))
 (let ((?x225 (+ ?x109 ?x224)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x226 (+ ?x102 ?x225)))
 (let ((?x227 (* ?x180 ?x226)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x202 (* ?x195 ?x52)))
 (let ((?x215 (/ ?x202 ?x44)))
 (let ((?x214 (- ?x195)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x217 (* 2.0 ?x216)))
 (let ((?x218 (- ?x217)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x213 (- ?x103)))
 (let ((?x220 (+ ?x213 ?x219)))
 (let ((?x231 (* ?x180 ?x220)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x220 ?x227)))
 (let ((?x203 (- ?x196)))
 (let ((?x204 (* ?x202 ?x203)))
 (let ((?x201 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x205 (* ?x201 ?x204)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x193 (* ?x191 ?x52)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x206 (+ ?x199 ?x205)))
 (let ((?x192 (- ?x191)))
 (let ((?x207 (+ ?x192 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x192 ?x209)))
 (let ((?x184 (- ?x183)))
 (let ((?x211 (+ ?x184 ?x210)))
 (let ((?x212 (* ?x180 ?x211)))
 (let ((?x229 (+ ?x212 ?x228)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x230 (* ?x182 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x109 ?x153)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x240 (+ ?x114 ?x242)))
 (let ((?x919 (- ?x240)))
 (let ((?x906 (+ ?x109 ?x919)))
 (let ((?x920 (* ?x153 ?x906)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x908 (* ?x162 ?x920)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x760 (+ ?x109 ?x759)))
 (let ((?x772 (+ ?x102 ?x760)))
 (let ((?x557 (* 1.0 ?x772)))
 (let ((?x913 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x872 (+ ?x147 ?x913)))
 (let ((?x867 (* ?x142 ?x557)))
 (let ((?x870 (+ ?x867 ?x872)))
 (let ((?x873 (- ?x870)))
 (let ((?x874 (* 2.0 ?x873)))
 (let ((?x902 (* ?x153 ?x874)))
 (let ((?x916 (+ ?x902 ?x908)))
 (let ((?x921 (- ?x916)))
 (let ((?x850 (+ ?x873 ?x921)))
 (let ((?x851 (/ ?x850 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x852 (+ ?x172 ?x851)))
 (let ((?x853 (- ?x852)))
 (let ((?x866 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x859 (+ ?x127 ?x669)))
 (let ((?x860 (* |h2[1,0]| ?x859)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x918 (+ ?x131 ?x669)))
 (let ((?x845 (* |h2[0,0]| ?x918)))
 (let ((?x863 (+ ?x845 ?x860)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x864 (+ ?x670 ?x863)))
 (let ((?x273 (+ ?x864 ?x866)))
 (let ((?x854 (+ ?x273 ?x853)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x975 (+ ?x100 ?x854)))
 (let ((?x607 (* ?x180 ?x975)))
 (or (and (distinct ?x607 ?x239) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 21 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1082 () Real)
(declare-fun exp!5 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (= 0.0 ?x44))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!15))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x180 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x237 (* ?x236 ?x180)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x196 (* ?x108 ?x52)))
 (let ((?x221 (/ ?x196 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x223 (* 2.0 ?x222)))
 (let ((?x224 (- ?x223)))
 (let ((?x225 (+ ?x109 ?x224)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x226 (+ ?x102 ?x225)))
 (let ((?x227 (* ?x180 ?x226)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x202 (* ?x195 ?x52)))
 (let ((?x215 (/ ?x202 ?x44)))
 (let ((?x214 (- ?x195)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x217 (* 2.0 ?x216)))
 (let ((?x218 (- ?x217)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x213 (- ?x103)))
 (let ((?x220 (+ ?x213 ?x219)))
 (let ((?x231 (* ?x180 ?x220)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x220 ?x227)))
 (let ((?x203 (- ?x196)))
 (let ((?x204 (* ?x202 ?x203)))
 (let ((?x201 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x205 (* ?x201 ?x204)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x193 (* ?x191 ?x52)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x206 (+ ?x199 ?x205)))
 (let ((?x192 (- ?x191)))
 (let ((?x207 (+ ?x192 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x192 ?x209)))
 (let ((?x184 (- ?x183)))
 (let ((?x211 (+ ?x184 ?x210)))
 (let ((?x212 (* ?x180 ?x211)))
 (let ((?x229 (+ ?x212 ?x228)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x230 (* ?x182 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x109 ?x153)))
 (let ((?x1930 (- ?x242)))
 (let ((?x955 (+ ?x109 ?x1930)))
 (let ((?x947 (* ?x153 ?x955)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x1975 (* ?x162 ?x947)))
 (let ((?x1897 (* 2.0 ?x242)))
 (let ((?x608 (- ?x1897)))
 (let ((?x611 (+ ?x109 ?x608)))
 (let ((?x1523 (+ ?x102 ?x611)))
 (let ((?x430 (* 1.0 ?x1523)))
 (let ((?x1942 (* f2 ?x430)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x309 (+ ?x147 ?x1942)))
 (let ((?x1655 (* ?x142 ?x430)))
 (let ((?x1976 (+ ?x1655 ?x309)))
 (let ((?x251 (- ?x1976)))
 (let ((?x1607 (* 2.0 ?x251)))
 (let ((?x605 (* ?x153 ?x1607)))
 (let ((?x879 (+ ?x605 ?x1975)))
 (let ((?x1945 (- ?x879)))
 (let ((?x1948 (+ ?x251 ?x1945)))
 (let ((?x1837 (/ ?x1948 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x1419 (+ ?x172 ?x1837)))
 (let ((?x1376 (- ?x1419)))
 (let ((?x1938 (* |g2[0]| ?x430)))
 (let ((?x1985 (* (/ 1.0 2.0) ?x430)))
 (let ((?x1529 (* 0.0 ?x1985)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x270 (+ ?x127 ?x1529)))
 (let ((?x1947 (* |h2[1,0]| ?x270)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x1261 (+ ?x131 ?x1529)))
 (let ((?x279 (* |h2[0,0]| ?x1261)))
 (let ((?x1377 (+ ?x279 ?x1947)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x246 (+ ?x128 ?x1529)))
 (let ((?x833 (+ ?x246 ?x1377)))
 (let ((?x832 (+ ?x833 ?x1938)))
 (let ((?x1845 (+ ?x832 ?x1376)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1984 (+ ?x100 ?x1845)))
 (let ((?x1341 (* ?x180 ?x1984)))
 (or (and (distinct ?x1341 ?x239) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 22 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1082 () Real)
(declare-fun exp!5 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x180 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x237 (* ?x236 ?x180)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x196 (* ?x108 ?x52)))
 (let ((?x221 (/ ?x196 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x223 (* 2.0 ?x222)))
 (let ((?x224 (- ?x223)))
 (let ((?x225 (+ ?x109 ?x224)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x226 (+ ?x102 ?x225)))
 (let ((?x227 (* ?x180 ?x226)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x202 (* ?x195 ?x52)))
 (let ((?x215 (/ ?x202 ?x44)))
 (let ((?x214 (- ?x195)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x217 (* 2.0 ?x216)))
 (let ((?x218 (- ?x217)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x213 (- ?x103)))
 (let ((?x220 (+ ?x213 ?x219)))
 (let ((?x231 (* ?x180 ?x220)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x220 ?x227)))
 (let ((?x203 (- ?x196)))
 (let ((?x204 (* ?x202 ?x203)))
 (let ((?x201 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x205 (* ?x201 ?x204)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x193 (* ?x191 ?x52)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x206 (+ ?x199 ?x205)))
 (let ((?x192 (- ?x191)))
 (let ((?x207 (+ ?x192 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x192 ?x209)))
 (let ((?x184 (- ?x183)))
 (let ((?x211 (+ ?x184 ?x210)))
 (let ((?x212 (* ?x180 ?x211)))
 (let ((?x229 (+ ?x212 ?x228)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x230 (* ?x182 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x109 ?x153)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x240 (+ ?x114 ?x242)))
 (let ((?x919 (- ?x240)))
 (let ((?x906 (+ ?x109 ?x919)))
 (let ((?x920 (* ?x153 ?x906)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x908 (* ?x162 ?x920)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x760 (+ ?x109 ?x759)))
 (let ((?x772 (+ ?x102 ?x760)))
 (let ((?x557 (* 1.0 ?x772)))
 (let ((?x913 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x872 (+ ?x147 ?x913)))
 (let ((?x867 (* ?x142 ?x557)))
 (let ((?x870 (+ ?x867 ?x872)))
 (let ((?x873 (- ?x870)))
 (let ((?x874 (* 2.0 ?x873)))
 (let ((?x902 (* ?x153 ?x874)))
 (let ((?x916 (+ ?x902 ?x908)))
 (let ((?x921 (- ?x916)))
 (let ((?x850 (+ ?x873 ?x921)))
 (let ((?x851 (/ ?x850 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x852 (+ ?x172 ?x851)))
 (let ((?x853 (- ?x852)))
 (let ((?x866 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x859 (+ ?x127 ?x669)))
 (let ((?x860 (* |h2[1,0]| ?x859)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x918 (+ ?x131 ?x669)))
 (let ((?x845 (* |h2[0,0]| ?x918)))
 (let ((?x863 (+ ?x845 ?x860)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x864 (+ ?x670 ?x863)))
 (let ((?x273 (+ ?x864 ?x866)))
 (let ((?x854 (+ ?x273 ?x853)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x975 (+ ?x100 ?x854)))
 (let ((?x607 (* ?x180 ?x975)))
 (or (and (distinct ?x607 ?x239) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 23 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1082 () Real)
(declare-fun exp!5 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (= 0.0 ?x44))))
(assert
 (= 0.0 unknown!11))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x180 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x237 (* ?x236 ?x180)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x196 (* ?x108 ?x52)))
 (let ((?x221 (/ ?x196 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x223 (* 2.0 ?x222)))
 (let ((?x224 (- ?x223)))
 (let ((?x225 (+ ?x109 ?x224)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x226 (+ ?x102 ?x225)))
 (let ((?x227 (* ?x180 ?x226)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x202 (* ?x195 ?x52)))
 (let ((?x215 (/ ?x202 ?x44)))
 (let ((?x214 (- ?x195)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x217 (* 2.0 ?x216)))
 (let ((?x218 (- ?x217)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x213 (- ?x103)))
 (let ((?x220 (+ ?x213 ?x219)))
 (let ((?x231 (* ?x180 ?x220)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x220 ?x227)))
 (let ((?x203 (- ?x196)))
 (let ((?x204 (* ?x202 ?x203)))
 (let ((?x201 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x205 (* ?x201 ?x204)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x193 (* ?x191 ?x52)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x206 (+ ?x199 ?x205)))
 (let ((?x192 (- ?x191)))
 (let ((?x207 (+ ?x192 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x192 ?x209)))
 (let ((?x184 (- ?x183)))
 (let ((?x211 (+ ?x184 ?x210)))
 (let ((?x212 (* ?x180 ?x211)))
 (let ((?x229 (+ ?x212 ?x228)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x230 (* ?x182 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x455 (* ?x110 ?x162)))
 (let ((?x453 (- ?x455)))
 (let ((?x352 (+ ?x161 ?x453)))
 (let ((?x1978 (- ?x352)))
 (let ((?x496 (* ?x106 ?x1978)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1441 (* ?x111 ?x162)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x109 ?x153)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x240 (+ ?x114 ?x242)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x760 (+ ?x109 ?x759)))
 (let ((?x772 (+ ?x102 ?x760)))
 (let ((?x557 (* 1.0 ?x772)))
 (let ((?x913 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x872 (+ ?x147 ?x913)))
 (let ((?x867 (* ?x142 ?x557)))
 (let ((?x870 (+ ?x867 ?x872)))
 (let ((?x873 (- ?x870)))
 (let ((?x874 (* 2.0 ?x873)))
 (let ((?x1253 (* ?x110 ?x874)))
 (let ((?x717 (+ ?x1253 ?x1441)))
 (let ((?x1266 (- ?x717)))
 (let ((?x1880 (+ ?x873 ?x1266)))
 (let ((?x993 (/ ?x1880 scale)))
 (let ((?x1467 (+ ?x993 ?x496)))
 (let ((?x1829 (- ?x1467)))
 (let ((?x866 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x859 (+ ?x127 ?x669)))
 (let ((?x860 (* |h2[1,0]| ?x859)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x918 (+ ?x131 ?x669)))
 (let ((?x845 (* |h2[0,0]| ?x918)))
 (let ((?x863 (+ ?x845 ?x860)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x864 (+ ?x670 ?x863)))
 (let ((?x273 (+ ?x864 ?x866)))
 (let ((?x1264 (+ ?x273 ?x1829)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1375 (+ ?x100 ?x1264)))
 (let ((?x1336 (* ?x180 ?x1375)))
 (or (and (distinct ?x1336 ?x239) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 24 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1082 () Real)
(declare-fun exp!5 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x180 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x237 (* ?x236 ?x180)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x196 (* ?x108 ?x52)))
 (let ((?x221 (/ ?x196 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x223 (* 2.0 ?x222)))
 (let ((?x224 (- ?x223)))
 (let ((?x225 (+ ?x109 ?x224)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x226 (+ ?x102 ?x225)))
 (let ((?x227 (* ?x180 ?x226)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x202 (* ?x195 ?x52)))
 (let ((?x215 (/ ?x202 ?x44)))
 (let ((?x214 (- ?x195)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x217 (* 2.0 ?x216)))
 (let ((?x218 (- ?x217)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x213 (- ?x103)))
 (let ((?x220 (+ ?x213 ?x219)))
 (let ((?x231 (* ?x180 ?x220)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x220 ?x227)))
 (let ((?x203 (- ?x196)))
 (let ((?x204 (* ?x202 ?x203)))
 (let ((?x201 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x205 (* ?x201 ?x204)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x193 (* ?x191 ?x52)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x206 (+ ?x199 ?x205)))
 (let ((?x192 (- ?x191)))
 (let ((?x207 (+ ?x192 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x192 ?x209)))
 (let ((?x184 (- ?x183)))
 (let ((?x211 (+ ?x184 ?x210)))
 (let ((?x212 (* ?x180 ?x211)))
 (let ((?x229 (+ ?x212 ?x228)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x230 (* ?x182 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x109 ?x153)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x240 (+ ?x114 ?x242)))
 (let ((?x919 (- ?x240)))
 (let ((?x906 (+ ?x109 ?x919)))
 (let ((?x920 (* ?x153 ?x906)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x908 (* ?x162 ?x920)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x760 (+ ?x109 ?x759)))
 (let ((?x772 (+ ?x102 ?x760)))
 (let ((?x557 (* 1.0 ?x772)))
 (let ((?x913 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x872 (+ ?x147 ?x913)))
 (let ((?x867 (* ?x142 ?x557)))
 (let ((?x870 (+ ?x867 ?x872)))
 (let ((?x873 (- ?x870)))
 (let ((?x874 (* 2.0 ?x873)))
 (let ((?x902 (* ?x153 ?x874)))
 (let ((?x916 (+ ?x902 ?x908)))
 (let ((?x921 (- ?x916)))
 (let ((?x850 (+ ?x873 ?x921)))
 (let ((?x851 (/ ?x850 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x852 (+ ?x172 ?x851)))
 (let ((?x853 (- ?x852)))
 (let ((?x866 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x859 (+ ?x127 ?x669)))
 (let ((?x860 (* |h2[1,0]| ?x859)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x918 (+ ?x131 ?x669)))
 (let ((?x845 (* |h2[0,0]| ?x918)))
 (let ((?x863 (+ ?x845 ?x860)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x864 (+ ?x670 ?x863)))
 (let ((?x273 (+ ?x864 ?x866)))
 (let ((?x854 (+ ?x273 ?x853)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x975 (+ ?x100 ?x854)))
 (let ((?x607 (* ?x180 ?x975)))
 (or (and (distinct ?x607 ?x239) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 25 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1082 () Real)
(declare-fun exp!5 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (< 0.0 unknown!15))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x180 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x237 (* ?x236 ?x180)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x196 (* ?x108 ?x52)))
 (let ((?x221 (/ ?x196 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x223 (* 2.0 ?x222)))
 (let ((?x224 (- ?x223)))
 (let ((?x225 (+ ?x109 ?x224)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x226 (+ ?x102 ?x225)))
 (let ((?x227 (* ?x180 ?x226)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x202 (* ?x195 ?x52)))
 (let ((?x215 (/ ?x202 ?x44)))
 (let ((?x214 (- ?x195)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x217 (* 2.0 ?x216)))
 (let ((?x218 (- ?x217)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x213 (- ?x103)))
 (let ((?x220 (+ ?x213 ?x219)))
 (let ((?x231 (* ?x180 ?x220)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x220 ?x227)))
 (let ((?x203 (- ?x196)))
 (let ((?x204 (* ?x202 ?x203)))
 (let ((?x201 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x205 (* ?x201 ?x204)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x193 (* ?x191 ?x52)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x206 (+ ?x199 ?x205)))
 (let ((?x192 (- ?x191)))
 (let ((?x207 (+ ?x192 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x192 ?x209)))
 (let ((?x184 (- ?x183)))
 (let ((?x211 (+ ?x184 ?x210)))
 (let ((?x212 (* ?x180 ?x211)))
 (let ((?x229 (+ ?x212 ?x228)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x230 (* ?x182 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x109 ?x153)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x240 (+ ?x114 ?x242)))
 (let ((?x919 (- ?x240)))
 (let ((?x906 (+ ?x109 ?x919)))
 (let ((?x920 (* ?x153 ?x906)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x908 (* ?x162 ?x920)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x760 (+ ?x109 ?x759)))
 (let ((?x772 (+ ?x102 ?x760)))
 (let ((?x557 (* 1.0 ?x772)))
 (let ((?x913 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x872 (+ ?x147 ?x913)))
 (let ((?x867 (* ?x142 ?x557)))
 (let ((?x870 (+ ?x867 ?x872)))
 (let ((?x873 (- ?x870)))
 (let ((?x874 (* 2.0 ?x873)))
 (let ((?x902 (* ?x153 ?x874)))
 (let ((?x916 (+ ?x902 ?x908)))
 (let ((?x921 (- ?x916)))
 (let ((?x850 (+ ?x873 ?x921)))
 (let ((?x851 (/ ?x850 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x852 (+ ?x172 ?x851)))
 (let ((?x853 (- ?x852)))
 (let ((?x866 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x859 (+ ?x127 ?x669)))
 (let ((?x860 (* |h2[1,0]| ?x859)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x918 (+ ?x131 ?x669)))
 (let ((?x845 (* |h2[0,0]| ?x918)))
 (let ((?x863 (+ ?x845 ?x860)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x864 (+ ?x670 ?x863)))
 (let ((?x273 (+ ?x864 ?x866)))
 (let ((?x854 (+ ?x273 ?x853)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x975 (+ ?x100 ?x854)))
 (let ((?x607 (* ?x180 ?x975)))
 (or (and (distinct ?x607 ?x239) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 26 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (= 0.0 ?x1977))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!13))
(assert
 (= 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1816 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1574 (+ ?x1816 ?x1776)))
 (let ((?x1281 (* 2.0 ?x1574)))
 (let ((?x1746 (- ?x1281)))
 (let ((?x904 (+ ?x109 ?x1746)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1519 (+ ?x102 ?x904)))
 (let ((?x1397 (* ?x1807 ?x1519)))
 (let ((?x1535 (* |g2[0]| ?x1397)))
 (let ((?x586 (+ ?x1535 ?x1464)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1884 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1834 (+ ?x1884 ?x1862)))
 (let ((?x1825 (* 2.0 ?x1834)))
 (let ((?x1362 (- ?x1825)))
 (let ((?x1331 (+ ?x214 ?x1362)))
 (let ((?x213 (- ?x103)))
 (let ((?x2056 (+ ?x213 ?x1331)))
 (let ((?x1360 (* ?x1807 ?x2056)))
 (let ((?x1383 (* |g2[1]| ?x1360)))
 (let ((?x984 (* ?x2056 ?x1397)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x2137 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2102 (+ ?x2137 ?x2110)))
 (let ((?x2079 (* 2.0 ?x2102)))
 (let ((?x2063 (- ?x2079)))
 (let ((?x1489 (+ ?x192 ?x2063)))
 (let ((?x184 (- ?x183)))
 (let ((?x2060 (+ ?x184 ?x1489)))
 (let ((?x1916 (* ?x1807 ?x2060)))
 (let ((?x2083 (+ ?x1916 ?x984)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x897 (* ?x182 ?x2083)))
 (let ((?x1854 (+ ?x897 ?x1383)))
 (let ((?x808 (+ ?x1854 ?x586)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1833 (+ ?x111 ?x1585)))
 (let ((?x814 (- ?x1833)))
 (let ((?x1379 (+ ?x109 ?x814)))
 (let ((?x452 (* ?x974 ?x1379)))
 (let ((?x2044 (* ?x452 ?x162)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x479 (* 2.0 ?x1833)))
 (let ((?x1292 (- ?x479)))
 (let ((?x385 (+ ?x109 ?x1292)))
 (let ((?x701 (+ ?x102 ?x385)))
 (let ((?x1329 (* ?x701 1.0)))
 (let ((?x1458 (* f2 ?x1329)))
 (let ((?x1855 (+ ?x1458 ?x147)))
 (let ((?x2013 (* ?x142 ?x1329)))
 (let ((?x1481 (+ ?x2013 ?x1855)))
 (let ((?x1867 (- ?x1481)))
 (let ((?x2097 (* 2.0 ?x1867)))
 (let ((?x806 (* ?x974 ?x2097)))
 (let ((?x2029 (+ ?x806 ?x2044)))
 (let ((?x1382 (- ?x2029)))
 (let ((?x1074 (+ ?x1867 ?x1382)))
 (let ((?x1709 (/ ?x1074 scale)))
 (let ((?x1246 (+ ?x1709 ?x1046)))
 (let ((?x1688 (- ?x1246)))
 (let ((?x1308 (* |g2[0]| ?x1329)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1306 (* (/ 1.0 2.0) ?x1329)))
 (let ((?x1395 (* 0.0 ?x1306)))
 (let ((?x1831 (+ ?x1395 ?x127)))
 (let ((?x1988 (* |h2[1,0]| ?x1831)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x1361 (+ ?x1395 ?x131)))
 (let ((?x1307 (* |h2[0,0]| ?x1361)))
 (let ((?x1267 (+ ?x1307 ?x1988)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x384 (+ ?x1395 ?x128)))
 (let ((?x345 (+ ?x384 ?x1267)))
 (let ((?x379 (+ ?x345 ?x1308)))
 (let ((?x1735 (+ ?x379 ?x1688)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1532 (+ ?x100 ?x1735)))
 (let ((?x2024 (* ?x1807 ?x1532)))
 (or (and (distinct ?x2024 ?x808) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 27 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1816 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1574 (+ ?x1816 ?x1776)))
 (let ((?x1281 (* 2.0 ?x1574)))
 (let ((?x1746 (- ?x1281)))
 (let ((?x904 (+ ?x109 ?x1746)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1519 (+ ?x102 ?x904)))
 (let ((?x1397 (* ?x1807 ?x1519)))
 (let ((?x1535 (* |g2[0]| ?x1397)))
 (let ((?x586 (+ ?x1535 ?x1464)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1884 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1834 (+ ?x1884 ?x1862)))
 (let ((?x1825 (* 2.0 ?x1834)))
 (let ((?x1362 (- ?x1825)))
 (let ((?x1331 (+ ?x214 ?x1362)))
 (let ((?x213 (- ?x103)))
 (let ((?x2056 (+ ?x213 ?x1331)))
 (let ((?x1360 (* ?x1807 ?x2056)))
 (let ((?x1383 (* |g2[1]| ?x1360)))
 (let ((?x984 (* ?x2056 ?x1397)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x2137 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2102 (+ ?x2137 ?x2110)))
 (let ((?x2079 (* 2.0 ?x2102)))
 (let ((?x2063 (- ?x2079)))
 (let ((?x1489 (+ ?x192 ?x2063)))
 (let ((?x184 (- ?x183)))
 (let ((?x2060 (+ ?x184 ?x1489)))
 (let ((?x1916 (* ?x1807 ?x2060)))
 (let ((?x2083 (+ ?x1916 ?x984)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x897 (* ?x182 ?x2083)))
 (let ((?x1854 (+ ?x897 ?x1383)))
 (let ((?x808 (+ ?x1854 ?x586)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x808) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 28 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x2442 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1800 (+ ?x1776 ?x2442)))
 (let ((?x2129 (* 2.0 ?x1800)))
 (let ((?x1170 (- ?x2129)))
 (let ((?x1302 (+ ?x109 ?x1170)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2452 (+ ?x102 ?x1302)))
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x721 (* ?x1807 ?x2452)))
 (let ((?x629 (* |g2[0]| ?x721)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x2445 (+ ?x1464 ?x629)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x690 (* 0.0 ?x214)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1982 (+ ?x1862 ?x690)))
 (let ((?x1768 (* 2.0 ?x1982)))
 (let ((?x816 (- ?x1768)))
 (let ((?x2451 (+ ?x214 ?x816)))
 (let ((?x213 (- ?x103)))
 (let ((?x1997 (+ ?x213 ?x2451)))
 (let ((?x2449 (* ?x1807 ?x1997)))
 (let ((?x1645 (* |g2[1]| ?x2449)))
 (let ((?x269 (* ?x1997 ?x721)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x714 (* 0.0 ?x192)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x414 (+ ?x2110 ?x714)))
 (let ((?x765 (* 2.0 ?x414)))
 (let ((?x483 (- ?x765)))
 (let ((?x1666 (+ ?x192 ?x483)))
 (let ((?x184 (- ?x183)))
 (let ((?x1431 (+ ?x184 ?x1666)))
 (let ((?x1104 (* ?x1807 ?x1431)))
 (let ((?x1122 (+ ?x1104 ?x269)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2448 (* ?x182 ?x1122)))
 (let ((?x2401 (+ ?x2448 ?x1645)))
 (let ((?x2446 (+ ?x2401 ?x2445)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x2446) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 29 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (= 0.0 ?x1977))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1816 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1574 (+ ?x1816 ?x1776)))
 (let ((?x1281 (* 2.0 ?x1574)))
 (let ((?x1746 (- ?x1281)))
 (let ((?x904 (+ ?x109 ?x1746)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1519 (+ ?x102 ?x904)))
 (let ((?x1397 (* ?x1807 ?x1519)))
 (let ((?x1535 (* |g2[0]| ?x1397)))
 (let ((?x586 (+ ?x1535 ?x1464)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1884 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1834 (+ ?x1884 ?x1862)))
 (let ((?x1825 (* 2.0 ?x1834)))
 (let ((?x1362 (- ?x1825)))
 (let ((?x1331 (+ ?x214 ?x1362)))
 (let ((?x213 (- ?x103)))
 (let ((?x2056 (+ ?x213 ?x1331)))
 (let ((?x1360 (* ?x1807 ?x2056)))
 (let ((?x1383 (* |g2[1]| ?x1360)))
 (let ((?x984 (* ?x2056 ?x1397)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x2137 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2102 (+ ?x2137 ?x2110)))
 (let ((?x2079 (* 2.0 ?x2102)))
 (let ((?x2063 (- ?x2079)))
 (let ((?x1489 (+ ?x192 ?x2063)))
 (let ((?x184 (- ?x183)))
 (let ((?x2060 (+ ?x184 ?x1489)))
 (let ((?x1916 (* ?x1807 ?x2060)))
 (let ((?x2083 (+ ?x1916 ?x984)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x897 (* ?x182 ?x2083)))
 (let ((?x1854 (+ ?x897 ?x1383)))
 (let ((?x808 (+ ?x1854 ?x586)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x2160 (- ?x805)))
 (let ((?x1572 (+ ?x109 ?x2160)))
 (let ((?x406 (* ?x974 ?x1572)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x2519 (* ?x162 ?x406)))
 (let ((?x769 (* 2.0 ?x805)))
 (let ((?x636 (- ?x769)))
 (let ((?x1714 (+ ?x109 ?x636)))
 (let ((?x798 (+ ?x102 ?x1714)))
 (let ((?x1685 (* 1.0 ?x798)))
 (let ((?x2361 (* f2 ?x1685)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1561 (+ ?x147 ?x2361)))
 (let ((?x1367 (* ?x142 ?x1685)))
 (let ((?x838 (+ ?x1367 ?x1561)))
 (let ((?x980 (- ?x838)))
 (let ((?x2830 (* 2.0 ?x980)))
 (let ((?x2840 (* ?x974 ?x2830)))
 (let ((?x2798 (+ ?x2840 ?x2519)))
 (let ((?x2045 (- ?x2798)))
 (let ((?x847 (+ ?x980 ?x2045)))
 (let ((?x2513 (/ ?x847 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x950 (+ ?x1046 ?x2513)))
 (let ((?x403 (- ?x950)))
 (let ((?x2754 (* |g2[0]| ?x1685)))
 (let ((?x2388 (* (/ 1.0 2.0) ?x1685)))
 (let ((?x2353 (* 0.0 ?x2388)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1405 (+ ?x127 ?x2353)))
 (let ((?x2737 (* |h2[1,0]| ?x1405)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x711 (+ ?x131 ?x2353)))
 (let ((?x2432 (* |h2[0,0]| ?x711)))
 (let ((?x2807 (+ ?x2432 ?x2737)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x2101 (+ ?x128 ?x2353)))
 (let ((?x810 (+ ?x2101 ?x2807)))
 (let ((?x1255 (+ ?x810 ?x2754)))
 (let ((?x2665 (+ ?x1255 ?x403)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1328 (+ ?x100 ?x2665)))
 (let ((?x2301 (* ?x1807 ?x1328)))
 (or (and (distinct ?x2301 ?x808) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 30 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1816 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1574 (+ ?x1816 ?x1776)))
 (let ((?x1281 (* 2.0 ?x1574)))
 (let ((?x1746 (- ?x1281)))
 (let ((?x904 (+ ?x109 ?x1746)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1519 (+ ?x102 ?x904)))
 (let ((?x1397 (* ?x1807 ?x1519)))
 (let ((?x1535 (* |g2[0]| ?x1397)))
 (let ((?x586 (+ ?x1535 ?x1464)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1884 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1834 (+ ?x1884 ?x1862)))
 (let ((?x1825 (* 2.0 ?x1834)))
 (let ((?x1362 (- ?x1825)))
 (let ((?x1331 (+ ?x214 ?x1362)))
 (let ((?x213 (- ?x103)))
 (let ((?x2056 (+ ?x213 ?x1331)))
 (let ((?x1360 (* ?x1807 ?x2056)))
 (let ((?x1383 (* |g2[1]| ?x1360)))
 (let ((?x984 (* ?x2056 ?x1397)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x2137 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2102 (+ ?x2137 ?x2110)))
 (let ((?x2079 (* 2.0 ?x2102)))
 (let ((?x2063 (- ?x2079)))
 (let ((?x1489 (+ ?x192 ?x2063)))
 (let ((?x184 (- ?x183)))
 (let ((?x2060 (+ ?x184 ?x1489)))
 (let ((?x1916 (* ?x1807 ?x2060)))
 (let ((?x2083 (+ ?x1916 ?x984)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x897 (* ?x182 ?x2083)))
 (let ((?x1854 (+ ?x897 ?x1383)))
 (let ((?x808 (+ ?x1854 ?x586)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x808) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 31 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x2442 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1800 (+ ?x1776 ?x2442)))
 (let ((?x2129 (* 2.0 ?x1800)))
 (let ((?x1170 (- ?x2129)))
 (let ((?x1302 (+ ?x109 ?x1170)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2452 (+ ?x102 ?x1302)))
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x721 (* ?x1807 ?x2452)))
 (let ((?x629 (* |g2[0]| ?x721)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x2445 (+ ?x1464 ?x629)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x690 (* 0.0 ?x214)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1982 (+ ?x1862 ?x690)))
 (let ((?x1768 (* 2.0 ?x1982)))
 (let ((?x816 (- ?x1768)))
 (let ((?x2451 (+ ?x214 ?x816)))
 (let ((?x213 (- ?x103)))
 (let ((?x1997 (+ ?x213 ?x2451)))
 (let ((?x2449 (* ?x1807 ?x1997)))
 (let ((?x1645 (* |g2[1]| ?x2449)))
 (let ((?x269 (* ?x1997 ?x721)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x714 (* 0.0 ?x192)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x414 (+ ?x2110 ?x714)))
 (let ((?x765 (* 2.0 ?x414)))
 (let ((?x483 (- ?x765)))
 (let ((?x1666 (+ ?x192 ?x483)))
 (let ((?x184 (- ?x183)))
 (let ((?x1431 (+ ?x184 ?x1666)))
 (let ((?x1104 (* ?x1807 ?x1431)))
 (let ((?x1122 (+ ?x1104 ?x269)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2448 (* ?x182 ?x1122)))
 (let ((?x2401 (+ ?x2448 ?x1645)))
 (let ((?x2446 (+ ?x2401 ?x2445)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x2446) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 32 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (= 0.0 ?x1977))))
(assert
 (= 0.0 unknown!11))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1816 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1574 (+ ?x1816 ?x1776)))
 (let ((?x1281 (* 2.0 ?x1574)))
 (let ((?x1746 (- ?x1281)))
 (let ((?x904 (+ ?x109 ?x1746)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1519 (+ ?x102 ?x904)))
 (let ((?x1397 (* ?x1807 ?x1519)))
 (let ((?x1535 (* |g2[0]| ?x1397)))
 (let ((?x586 (+ ?x1535 ?x1464)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1884 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1834 (+ ?x1884 ?x1862)))
 (let ((?x1825 (* 2.0 ?x1834)))
 (let ((?x1362 (- ?x1825)))
 (let ((?x1331 (+ ?x214 ?x1362)))
 (let ((?x213 (- ?x103)))
 (let ((?x2056 (+ ?x213 ?x1331)))
 (let ((?x1360 (* ?x1807 ?x2056)))
 (let ((?x1383 (* |g2[1]| ?x1360)))
 (let ((?x984 (* ?x2056 ?x1397)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x2137 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2102 (+ ?x2137 ?x2110)))
 (let ((?x2079 (* 2.0 ?x2102)))
 (let ((?x2063 (- ?x2079)))
 (let ((?x1489 (+ ?x192 ?x2063)))
 (let ((?x184 (- ?x183)))
 (let ((?x2060 (+ ?x184 ?x1489)))
 (let ((?x1916 (* ?x1807 ?x2060)))
 (let ((?x2083 (+ ?x1916 ?x984)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x897 (* ?x182 ?x2083)))
 (let ((?x1854 (+ ?x897 ?x1383)))
 (let ((?x808 (+ ?x1854 ?x586)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x455 (* ?x110 ?x162)))
 (let ((?x453 (- ?x455)))
 (let ((?x352 (+ ?x161 ?x453)))
 (let ((?x1978 (- ?x352)))
 (let ((?x496 (* ?x106 ?x1978)))
 (let ((?x1441 (* ?x111 ?x162)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x783 (* ?x110 ?x1235)))
 (let ((?x2809 (+ ?x783 ?x1441)))
 (let ((?x507 (- ?x2809)))
 (let ((?x394 (+ ?x1213 ?x507)))
 (let ((?x830 (/ ?x394 scale)))
 (let ((?x2085 (+ ?x830 ?x496)))
 (let ((?x2048 (- ?x2085)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x811 (+ ?x1211 ?x2048)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1061 (+ ?x100 ?x811)))
 (let ((?x1525 (* ?x1807 ?x1061)))
 (or (and (distinct ?x1525 ?x808) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 33 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1816 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1574 (+ ?x1816 ?x1776)))
 (let ((?x1281 (* 2.0 ?x1574)))
 (let ((?x1746 (- ?x1281)))
 (let ((?x904 (+ ?x109 ?x1746)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1519 (+ ?x102 ?x904)))
 (let ((?x1397 (* ?x1807 ?x1519)))
 (let ((?x1535 (* |g2[0]| ?x1397)))
 (let ((?x586 (+ ?x1535 ?x1464)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1884 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1834 (+ ?x1884 ?x1862)))
 (let ((?x1825 (* 2.0 ?x1834)))
 (let ((?x1362 (- ?x1825)))
 (let ((?x1331 (+ ?x214 ?x1362)))
 (let ((?x213 (- ?x103)))
 (let ((?x2056 (+ ?x213 ?x1331)))
 (let ((?x1360 (* ?x1807 ?x2056)))
 (let ((?x1383 (* |g2[1]| ?x1360)))
 (let ((?x984 (* ?x2056 ?x1397)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x2137 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2102 (+ ?x2137 ?x2110)))
 (let ((?x2079 (* 2.0 ?x2102)))
 (let ((?x2063 (- ?x2079)))
 (let ((?x1489 (+ ?x192 ?x2063)))
 (let ((?x184 (- ?x183)))
 (let ((?x2060 (+ ?x184 ?x1489)))
 (let ((?x1916 (* ?x1807 ?x2060)))
 (let ((?x2083 (+ ?x1916 ?x984)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x897 (* ?x182 ?x2083)))
 (let ((?x1854 (+ ?x897 ?x1383)))
 (let ((?x808 (+ ?x1854 ?x586)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x808) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 34 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x2442 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1800 (+ ?x1776 ?x2442)))
 (let ((?x2129 (* 2.0 ?x1800)))
 (let ((?x1170 (- ?x2129)))
 (let ((?x1302 (+ ?x109 ?x1170)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2452 (+ ?x102 ?x1302)))
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x721 (* ?x1807 ?x2452)))
 (let ((?x629 (* |g2[0]| ?x721)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x2445 (+ ?x1464 ?x629)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x690 (* 0.0 ?x214)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1982 (+ ?x1862 ?x690)))
 (let ((?x1768 (* 2.0 ?x1982)))
 (let ((?x816 (- ?x1768)))
 (let ((?x2451 (+ ?x214 ?x816)))
 (let ((?x213 (- ?x103)))
 (let ((?x1997 (+ ?x213 ?x2451)))
 (let ((?x2449 (* ?x1807 ?x1997)))
 (let ((?x1645 (* |g2[1]| ?x2449)))
 (let ((?x269 (* ?x1997 ?x721)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x714 (* 0.0 ?x192)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x414 (+ ?x2110 ?x714)))
 (let ((?x765 (* 2.0 ?x414)))
 (let ((?x483 (- ?x765)))
 (let ((?x1666 (+ ?x192 ?x483)))
 (let ((?x184 (- ?x183)))
 (let ((?x1431 (+ ?x184 ?x1666)))
 (let ((?x1104 (* ?x1807 ?x1431)))
 (let ((?x1122 (+ ?x1104 ?x269)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2448 (* ?x182 ?x1122)))
 (let ((?x2401 (+ ?x2448 ?x1645)))
 (let ((?x2446 (+ ?x2401 ?x2445)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x2446) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 35 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (< 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1816 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1574 (+ ?x1816 ?x1776)))
 (let ((?x1281 (* 2.0 ?x1574)))
 (let ((?x1746 (- ?x1281)))
 (let ((?x904 (+ ?x109 ?x1746)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1519 (+ ?x102 ?x904)))
 (let ((?x1397 (* ?x1807 ?x1519)))
 (let ((?x1535 (* |g2[0]| ?x1397)))
 (let ((?x586 (+ ?x1535 ?x1464)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1884 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1834 (+ ?x1884 ?x1862)))
 (let ((?x1825 (* 2.0 ?x1834)))
 (let ((?x1362 (- ?x1825)))
 (let ((?x1331 (+ ?x214 ?x1362)))
 (let ((?x213 (- ?x103)))
 (let ((?x2056 (+ ?x213 ?x1331)))
 (let ((?x1360 (* ?x1807 ?x2056)))
 (let ((?x1383 (* |g2[1]| ?x1360)))
 (let ((?x984 (* ?x2056 ?x1397)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x2137 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2102 (+ ?x2137 ?x2110)))
 (let ((?x2079 (* 2.0 ?x2102)))
 (let ((?x2063 (- ?x2079)))
 (let ((?x1489 (+ ?x192 ?x2063)))
 (let ((?x184 (- ?x183)))
 (let ((?x2060 (+ ?x184 ?x1489)))
 (let ((?x1916 (* ?x1807 ?x2060)))
 (let ((?x2083 (+ ?x1916 ?x984)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x897 (* ?x182 ?x2083)))
 (let ((?x1854 (+ ?x897 ?x1383)))
 (let ((?x808 (+ ?x1854 ?x586)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x808) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 36 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (< 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (< 0.0 ?x1977))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let (($x2091 (= 0.0 ?x1977)))
 (not $x2091)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x104 (- ?x11)))
 (let ((?x107 (* ?x104 ?x106)))
 (let ((?x103 (/ 0.0 scale)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x2442 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1977 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1977)))
 (let ((?x1800 (+ ?x1776 ?x2442)))
 (let ((?x2129 (* 2.0 ?x1800)))
 (let ((?x1170 (- ?x2129)))
 (let ((?x1302 (+ ?x109 ?x1170)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2452 (+ ?x102 ?x1302)))
 (let ((?x1807 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x721 (* ?x1807 ?x2452)))
 (let ((?x629 (* |g2[0]| ?x721)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1464 (* ?x236 ?x1807)))
 (let ((?x2445 (+ ?x1464 ?x629)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x690 (* 0.0 ?x214)))
 (let ((?x1145 (* ?x214 ?x110)))
 (let ((?x1862 (/ ?x1145 ?x1977)))
 (let ((?x1982 (+ ?x1862 ?x690)))
 (let ((?x1768 (* 2.0 ?x1982)))
 (let ((?x816 (- ?x1768)))
 (let ((?x2451 (+ ?x214 ?x816)))
 (let ((?x213 (- ?x103)))
 (let ((?x1997 (+ ?x213 ?x2451)))
 (let ((?x2449 (* ?x1807 ?x1997)))
 (let ((?x1645 (* |g2[1]| ?x2449)))
 (let ((?x269 (* ?x1997 ?x721)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x714 (* 0.0 ?x192)))
 (let ((?x1695 (- ?x111)))
 (let ((?x260 (* ?x1145 ?x1695)))
 (let ((?x905 (/ 1.0 (* ?x1977 ?x1977))))
 (let ((?x1578 (* ?x905 ?x260)))
 (let ((?x2136 (* ?x214 ?x111)))
 (let ((?x2115 (* ?x192 ?x110)))
 (let ((?x1899 (+ ?x2115 ?x2136)))
 (let ((?x408 (/ ?x1899 ?x1977)))
 (let ((?x2110 (+ ?x408 ?x1578)))
 (let ((?x414 (+ ?x2110 ?x714)))
 (let ((?x765 (* 2.0 ?x414)))
 (let ((?x483 (- ?x765)))
 (let ((?x1666 (+ ?x192 ?x483)))
 (let ((?x184 (- ?x183)))
 (let ((?x1431 (+ ?x184 ?x1666)))
 (let ((?x1104 (* ?x1807 ?x1431)))
 (let ((?x1122 (+ ?x1104 ?x269)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2448 (* ?x182 ?x1122)))
 (let ((?x2401 (+ ?x2448 ?x1645)))
 (let ((?x2446 (+ ?x2401 ?x2445)))
 (let ((?x974 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x805 (* ?x109 ?x974)))
 (let ((?x416 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1585 (* 0.0 ?x416)))
 (let ((?x1461 (+ ?x1585 ?x805)))
 (let ((?x520 (- ?x1461)))
 (let ((?x1907 (+ ?x109 ?x520)))
 (let ((?x1369 (* ?x974 ?x1907)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x977 (* ?x162 ?x1369)))
 (let ((?x1309 (* 2.0 ?x1461)))
 (let ((?x1019 (- ?x1309)))
 (let ((?x1827 (+ ?x109 ?x1019)))
 (let ((?x1647 (+ ?x102 ?x1827)))
 (let ((?x322 (* 1.0 ?x1647)))
 (let ((?x1169 (* f2 ?x322)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x912 (+ ?x147 ?x1169)))
 (let ((?x1701 (* ?x142 ?x322)))
 (let ((?x461 (+ ?x1701 ?x912)))
 (let ((?x1213 (- ?x461)))
 (let ((?x1235 (* 2.0 ?x1213)))
 (let ((?x1940 (* ?x974 ?x1235)))
 (let ((?x589 (+ ?x1940 ?x977)))
 (let ((?x887 (- ?x589)))
 (let ((?x593 (+ ?x1213 ?x887)))
 (let ((?x1051 (/ ?x593 scale)))
 (let ((?x1326 (* ?x974 ?x162)))
 (let ((?x585 (- ?x1326)))
 (let ((?x857 (+ ?x161 ?x585)))
 (let ((?x294 (- ?x857)))
 (let ((?x1046 (* ?x106 ?x294)))
 (let ((?x650 (+ ?x1046 ?x1051)))
 (let ((?x1080 (- ?x650)))
 (let ((?x707 (* |g2[0]| ?x322)))
 (let ((?x1172 (* (/ 1.0 2.0) ?x322)))
 (let ((?x894 (* 0.0 ?x1172)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x487 (+ ?x127 ?x894)))
 (let ((?x292 (* |h2[1,0]| ?x487)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x372 (+ ?x131 ?x894)))
 (let ((?x1143 (* |h2[0,0]| ?x372)))
 (let ((?x1138 (+ ?x1143 ?x292)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x282 (+ ?x128 ?x894)))
 (let ((?x1711 (+ ?x282 ?x1138)))
 (let ((?x1211 (+ ?x1711 ?x707)))
 (let ((?x1853 (+ ?x1211 ?x1080)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1381 (+ ?x100 ?x1853)))
 (let ((?x348 (* ?x1807 ?x1381)))
 (or (and (distinct ?x348 ?x2446) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!529 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!529) (< exp!1 exp!3)))
(assert
 (= (< log!529 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!529) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!529 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1082 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1082) (< exp!1 exp!4)))
(assert
 (= (< log!1082 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!1082) (< exp!2 exp!4)))
(assert
 (= (< log!1082 log!529) (< exp!4 exp!3)))
(assert
 (= (< log!529 log!1082) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1082 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!529) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!529) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1082) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
