; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'second_order.hessian_identity[1]', verdict unproved
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
(declare-fun log!39 () Real)
(declare-fun log!530 () Real)
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
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
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
(declare-fun log!39 () Real)
(declare-fun log!530 () Real)
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
 (let ((?x875 (- ?x240)))
 (let ((?x273 (+ ?x109 ?x875)))
 (let ((?x959 (* ?x153 ?x273)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x960 (* ?x162 ?x959)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x772 (+ ?x109 ?x759)))
 (let ((?x760 (+ ?x102 ?x772)))
 (let ((?x557 (* 1.0 ?x760)))
 (let ((?x429 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x430 (+ ?x147 ?x429)))
 (let ((?x426 (* ?x142 ?x557)))
 (let ((?x433 (+ ?x426 ?x430)))
 (let ((?x434 (- ?x433)))
 (let ((?x435 (* 2.0 ?x434)))
 (let ((?x958 (* ?x153 ?x435)))
 (let ((?x569 (+ ?x958 ?x960)))
 (let ((?x717 (- ?x569)))
 (let ((?x863 (+ ?x434 ?x717)))
 (let ((?x864 (/ ?x863 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x861 (+ ?x172 ?x864)))
 (let ((?x862 (- ?x861)))
 (let ((?x422 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x416 (+ ?x127 ?x669)))
 (let ((?x417 (* |h2[1,0]| ?x416)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x412 (+ ?x131 ?x669)))
 (let ((?x413 (* |h2[0,0]| ?x412)))
 (let ((?x420 (+ ?x413 ?x417)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x421 (+ ?x670 ?x420)))
 (let ((?x425 (+ ?x421 ?x422)))
 (let ((?x483 (+ ?x425 ?x862)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x533 (+ ?x100 ?x483)))
 (let ((?x534 (* ?x180 ?x533)))
 (or (and (distinct ?x534 ?x239) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
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
(declare-fun log!39 () Real)
(declare-fun log!530 () Real)
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
 (let ((?x507 (- ?x242)))
 (let ((?x457 (+ ?x109 ?x507)))
 (let ((?x296 (* ?x153 ?x457)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x1607 (* ?x162 ?x296)))
 (let ((?x1603 (* 2.0 ?x242)))
 (let ((?x537 (- ?x1603)))
 (let ((?x538 (+ ?x109 ?x537)))
 (let ((?x1179 (+ ?x102 ?x538)))
 (let ((?x1184 (* 1.0 ?x1179)))
 (let ((?x1942 (* f2 ?x1184)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1353 (+ ?x147 ?x1942)))
 (let ((?x1523 (* ?x142 ?x1184)))
 (let ((?x1940 (+ ?x1523 ?x1353)))
 (let ((?x1361 (- ?x1940)))
 (let ((?x1294 (* 2.0 ?x1361)))
 (let ((?x1343 (* ?x153 ?x1294)))
 (let ((?x1781 (+ ?x1343 ?x1607)))
 (let ((?x244 (- ?x1781)))
 (let ((?x1441 (+ ?x1361 ?x244)))
 (let ((?x1944 (/ ?x1441 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x1419 (+ ?x172 ?x1944)))
 (let ((?x257 (- ?x1419)))
 (let ((?x246 (* |g2[0]| ?x1184)))
 (let ((?x1187 (* (/ 1.0 2.0) ?x1184)))
 (let ((?x1934 (* 0.0 ?x1187)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1453 (+ ?x127 ?x1934)))
 (let ((?x1227 (* |h2[1,0]| ?x1453)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x522 (+ ?x131 ?x1934)))
 (let ((?x313 (* |h2[0,0]| ?x522)))
 (let ((?x1597 (+ ?x313 ?x1227)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x341 (+ ?x128 ?x1934)))
 (let ((?x1185 (+ ?x341 ?x1597)))
 (let ((?x251 (+ ?x1185 ?x246)))
 (let ((?x536 (+ ?x251 ?x257)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1930 (+ ?x100 ?x536)))
 (let ((?x1655 (* ?x180 ?x1930)))
 (or (and (distinct ?x1655 ?x239) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
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
(declare-fun log!39 () Real)
(declare-fun log!530 () Real)
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
 (let ((?x875 (- ?x240)))
 (let ((?x273 (+ ?x109 ?x875)))
 (let ((?x959 (* ?x153 ?x273)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x960 (* ?x162 ?x959)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x772 (+ ?x109 ?x759)))
 (let ((?x760 (+ ?x102 ?x772)))
 (let ((?x557 (* 1.0 ?x760)))
 (let ((?x429 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x430 (+ ?x147 ?x429)))
 (let ((?x426 (* ?x142 ?x557)))
 (let ((?x433 (+ ?x426 ?x430)))
 (let ((?x434 (- ?x433)))
 (let ((?x435 (* 2.0 ?x434)))
 (let ((?x958 (* ?x153 ?x435)))
 (let ((?x569 (+ ?x958 ?x960)))
 (let ((?x717 (- ?x569)))
 (let ((?x863 (+ ?x434 ?x717)))
 (let ((?x864 (/ ?x863 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x861 (+ ?x172 ?x864)))
 (let ((?x862 (- ?x861)))
 (let ((?x422 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x416 (+ ?x127 ?x669)))
 (let ((?x417 (* |h2[1,0]| ?x416)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x412 (+ ?x131 ?x669)))
 (let ((?x413 (* |h2[0,0]| ?x412)))
 (let ((?x420 (+ ?x413 ?x417)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x421 (+ ?x670 ?x420)))
 (let ((?x425 (+ ?x421 ?x422)))
 (let ((?x483 (+ ?x425 ?x862)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x533 (+ ?x100 ?x483)))
 (let ((?x534 (* ?x180 ?x533)))
 (or (and (distinct ?x534 ?x239) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
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
(declare-fun log!39 () Real)
(declare-fun log!530 () Real)
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
 (let ((?x518 (* ?x110 ?x162)))
 (let ((?x328 (- ?x518)))
 (let ((?x1140 (+ ?x161 ?x328)))
 (let ((?x906 (- ?x1140)))
 (let ((?x753 (* ?x106 ?x906)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1876 (* ?x111 ?x162)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x109 ?x153)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x240 (+ ?x114 ?x242)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x772 (+ ?x109 ?x759)))
 (let ((?x760 (+ ?x102 ?x772)))
 (let ((?x557 (* 1.0 ?x760)))
 (let ((?x429 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x430 (+ ?x147 ?x429)))
 (let ((?x426 (* ?x142 ?x557)))
 (let ((?x433 (+ ?x426 ?x430)))
 (let ((?x434 (- ?x433)))
 (let ((?x435 (* 2.0 ?x434)))
 (let ((?x495 (* ?x110 ?x435)))
 (let ((?x528 (+ ?x495 ?x1876)))
 (let ((?x1909 (- ?x528)))
 (let ((?x1889 (+ ?x434 ?x1909)))
 (let ((?x1620 (/ ?x1889 scale)))
 (let ((?x698 (+ ?x1620 ?x753)))
 (let ((?x629 (- ?x698)))
 (let ((?x422 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x416 (+ ?x127 ?x669)))
 (let ((?x417 (* |h2[1,0]| ?x416)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x412 (+ ?x131 ?x669)))
 (let ((?x413 (* |h2[0,0]| ?x412)))
 (let ((?x420 (+ ?x413 ?x417)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x421 (+ ?x670 ?x420)))
 (let ((?x425 (+ ?x421 ?x422)))
 (let ((?x1424 (+ ?x425 ?x629)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1446 (+ ?x100 ?x1424)))
 (let ((?x1703 (* ?x180 ?x1446)))
 (or (and (distinct ?x1703 ?x239) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
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
(declare-fun log!39 () Real)
(declare-fun log!530 () Real)
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
 (let ((?x875 (- ?x240)))
 (let ((?x273 (+ ?x109 ?x875)))
 (let ((?x959 (* ?x153 ?x273)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x960 (* ?x162 ?x959)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x772 (+ ?x109 ?x759)))
 (let ((?x760 (+ ?x102 ?x772)))
 (let ((?x557 (* 1.0 ?x760)))
 (let ((?x429 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x430 (+ ?x147 ?x429)))
 (let ((?x426 (* ?x142 ?x557)))
 (let ((?x433 (+ ?x426 ?x430)))
 (let ((?x434 (- ?x433)))
 (let ((?x435 (* 2.0 ?x434)))
 (let ((?x958 (* ?x153 ?x435)))
 (let ((?x569 (+ ?x958 ?x960)))
 (let ((?x717 (- ?x569)))
 (let ((?x863 (+ ?x434 ?x717)))
 (let ((?x864 (/ ?x863 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x861 (+ ?x172 ?x864)))
 (let ((?x862 (- ?x861)))
 (let ((?x422 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x416 (+ ?x127 ?x669)))
 (let ((?x417 (* |h2[1,0]| ?x416)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x412 (+ ?x131 ?x669)))
 (let ((?x413 (* |h2[0,0]| ?x412)))
 (let ((?x420 (+ ?x413 ?x417)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x421 (+ ?x670 ?x420)))
 (let ((?x425 (+ ?x421 ?x422)))
 (let ((?x483 (+ ?x425 ?x862)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x533 (+ ?x100 ?x483)))
 (let ((?x534 (* ?x180 ?x533)))
 (or (and (distinct ?x534 ?x239) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
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
(declare-fun log!39 () Real)
(declare-fun log!530 () Real)
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
 (let ((?x875 (- ?x240)))
 (let ((?x273 (+ ?x109 ?x875)))
 (let ((?x959 (* ?x153 ?x273)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x960 (* ?x162 ?x959)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x772 (+ ?x109 ?x759)))
 (let ((?x760 (+ ?x102 ?x772)))
 (let ((?x557 (* 1.0 ?x760)))
 (let ((?x429 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x430 (+ ?x147 ?x429)))
 (let ((?x426 (* ?x142 ?x557)))
 (let ((?x433 (+ ?x426 ?x430)))
 (let ((?x434 (- ?x433)))
 (let ((?x435 (* 2.0 ?x434)))
 (let ((?x958 (* ?x153 ?x435)))
 (let ((?x569 (+ ?x958 ?x960)))
 (let ((?x717 (- ?x569)))
 (let ((?x863 (+ ?x434 ?x717)))
 (let ((?x864 (/ ?x863 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x861 (+ ?x172 ?x864)))
 (let ((?x862 (- ?x861)))
 (let ((?x422 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x416 (+ ?x127 ?x669)))
 (let ((?x417 (* |h2[1,0]| ?x416)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x412 (+ ?x131 ?x669)))
 (let ((?x413 (* |h2[0,0]| ?x412)))
 (let ((?x420 (+ ?x413 ?x417)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x421 (+ ?x670 ?x420)))
 (let ((?x425 (+ ?x421 ?x422)))
 (let ((?x483 (+ ?x425 ?x862)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x533 (+ ?x100 ?x483)))
 (let ((?x534 (* ?x180 ?x533)))
 (or (and (distinct ?x534 ?x239) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (= 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
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
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1778 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1379 (+ ?x1778 ?x1323)))
 (let ((?x1341 (* 2.0 ?x1379)))
 (let ((?x1724 (- ?x1341)))
 (let ((?x1911 (+ ?x109 ?x1724)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1788 (+ ?x102 ?x1911)))
 (let ((?x1643 (* ?x666 ?x1788)))
 (let ((?x1748 (* |g2[0]| ?x1643)))
 (let ((?x1711 (+ ?x1748 ?x1742)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1615 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1829 (+ ?x1615 ?x879)))
 (let ((?x827 (* 2.0 ?x1829)))
 (let ((?x2089 (- ?x827)))
 (let ((?x1802 (+ ?x214 ?x2089)))
 (let ((?x213 (- ?x103)))
 (let ((?x1782 (+ ?x213 ?x1802)))
 (let ((?x1134 (* ?x666 ?x1782)))
 (let ((?x1769 (* |g2[1]| ?x1134)))
 (let ((?x1404 (* ?x1782 ?x1643)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x1520 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2021 (+ ?x1520 ?x1773)))
 (let ((?x1535 (* 2.0 ?x2021)))
 (let ((?x633 (- ?x1535)))
 (let ((?x1458 (+ ?x192 ?x633)))
 (let ((?x184 (- ?x183)))
 (let ((?x1228 (+ ?x184 ?x1458)))
 (let ((?x672 (* ?x666 ?x1228)))
 (let ((?x1128 (+ ?x672 ?x1404)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x352 (* ?x182 ?x1128)))
 (let ((?x1810 (+ ?x352 ?x1769)))
 (let ((?x1690 (+ ?x1810 ?x1711)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1080 (+ ?x111 ?x511)))
 (let ((?x1528 (- ?x1080)))
 (let ((?x473 (+ ?x109 ?x1528)))
 (let ((?x1631 (* ?x1813 ?x473)))
 (let ((?x1941 (* ?x1631 ?x162)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x377 (* 2.0 ?x1080)))
 (let ((?x2136 (- ?x377)))
 (let ((?x1098 (+ ?x109 ?x2136)))
 (let ((?x1470 (+ ?x102 ?x1098)))
 (let ((?x355 (* ?x1470 1.0)))
 (let ((?x1826 (* f2 ?x355)))
 (let ((?x1329 (+ ?x1826 ?x147)))
 (let ((?x1307 (* ?x142 ?x355)))
 (let ((?x2106 (+ ?x1307 ?x1329)))
 (let ((?x1052 (- ?x2106)))
 (let ((?x1415 (* 2.0 ?x1052)))
 (let ((?x902 (* ?x1813 ?x1415)))
 (let ((?x1735 (+ ?x902 ?x1941)))
 (let ((?x1594 (- ?x1735)))
 (let ((?x1595 (+ ?x1052 ?x1594)))
 (let ((?x1344 (/ ?x1595 scale)))
 (let ((?x1868 (+ ?x1344 ?x663)))
 (let ((?x1738 (- ?x1868)))
 (let ((?x1863 (* |g2[0]| ?x355)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x355)))
 (let ((?x320 (* 0.0 ?x1544)))
 (let ((?x1382 (+ ?x320 ?x127)))
 (let ((?x741 (* |h2[1,0]| ?x1382)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x1543 (+ ?x320 ?x131)))
 (let ((?x265 (* |h2[0,0]| ?x1543)))
 (let ((?x1753 (+ ?x265 ?x741)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x367 (+ ?x320 ?x128)))
 (let ((?x2116 (+ ?x367 ?x1753)))
 (let ((?x1705 (+ ?x2116 ?x1863)))
 (let ((?x1459 (+ ?x1705 ?x1738)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1354 (+ ?x100 ?x1459)))
 (let ((?x2079 (* ?x666 ?x1354)))
 (or (and (distinct ?x2079 ?x1690) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
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
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1778 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1379 (+ ?x1778 ?x1323)))
 (let ((?x1341 (* 2.0 ?x1379)))
 (let ((?x1724 (- ?x1341)))
 (let ((?x1911 (+ ?x109 ?x1724)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1788 (+ ?x102 ?x1911)))
 (let ((?x1643 (* ?x666 ?x1788)))
 (let ((?x1748 (* |g2[0]| ?x1643)))
 (let ((?x1711 (+ ?x1748 ?x1742)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1615 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1829 (+ ?x1615 ?x879)))
 (let ((?x827 (* 2.0 ?x1829)))
 (let ((?x2089 (- ?x827)))
 (let ((?x1802 (+ ?x214 ?x2089)))
 (let ((?x213 (- ?x103)))
 (let ((?x1782 (+ ?x213 ?x1802)))
 (let ((?x1134 (* ?x666 ?x1782)))
 (let ((?x1769 (* |g2[1]| ?x1134)))
 (let ((?x1404 (* ?x1782 ?x1643)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x1520 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2021 (+ ?x1520 ?x1773)))
 (let ((?x1535 (* 2.0 ?x2021)))
 (let ((?x633 (- ?x1535)))
 (let ((?x1458 (+ ?x192 ?x633)))
 (let ((?x184 (- ?x183)))
 (let ((?x1228 (+ ?x184 ?x1458)))
 (let ((?x672 (* ?x666 ?x1228)))
 (let ((?x1128 (+ ?x672 ?x1404)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x352 (* ?x182 ?x1128)))
 (let ((?x1810 (+ ?x352 ?x1769)))
 (let ((?x1690 (+ ?x1810 ?x1711)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x1690) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
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
 (let ((?x2438 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1300 (+ ?x1323 ?x2438)))
 (let ((?x1552 (* 2.0 ?x1300)))
 (let ((?x616 (- ?x1552)))
 (let ((?x1605 (+ ?x109 ?x616)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2448 (+ ?x102 ?x1605)))
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x822 (* ?x666 ?x2448)))
 (let ((?x504 (* |g2[0]| ?x822)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x2441 (+ ?x1742 ?x504)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2120 (* 0.0 ?x214)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1321 (+ ?x879 ?x2120)))
 (let ((?x250 (* 2.0 ?x1321)))
 (let ((?x761 (- ?x250)))
 (let ((?x2447 (+ ?x214 ?x761)))
 (let ((?x213 (- ?x103)))
 (let ((?x1815 (+ ?x213 ?x2447)))
 (let ((?x2445 (* ?x666 ?x1815)))
 (let ((?x1007 (* |g2[1]| ?x2445)))
 (let ((?x436 (* ?x1815 ?x822)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x739 (* 0.0 ?x192)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x593 (+ ?x1773 ?x739)))
 (let ((?x1181 (* 2.0 ?x593)))
 (let ((?x2056 (- ?x1181)))
 (let ((?x891 (+ ?x192 ?x2056)))
 (let ((?x184 (- ?x183)))
 (let ((?x1229 (+ ?x184 ?x891)))
 (let ((?x424 (* ?x666 ?x1229)))
 (let ((?x1208 (+ ?x424 ?x436)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2444 (* ?x182 ?x1208)))
 (let ((?x2397 (+ ?x2444 ?x1007)))
 (let ((?x2442 (+ ?x2397 ?x2441)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x2442) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (= 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
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
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1778 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1379 (+ ?x1778 ?x1323)))
 (let ((?x1341 (* 2.0 ?x1379)))
 (let ((?x1724 (- ?x1341)))
 (let ((?x1911 (+ ?x109 ?x1724)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1788 (+ ?x102 ?x1911)))
 (let ((?x1643 (* ?x666 ?x1788)))
 (let ((?x1748 (* |g2[0]| ?x1643)))
 (let ((?x1711 (+ ?x1748 ?x1742)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1615 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1829 (+ ?x1615 ?x879)))
 (let ((?x827 (* 2.0 ?x1829)))
 (let ((?x2089 (- ?x827)))
 (let ((?x1802 (+ ?x214 ?x2089)))
 (let ((?x213 (- ?x103)))
 (let ((?x1782 (+ ?x213 ?x1802)))
 (let ((?x1134 (* ?x666 ?x1782)))
 (let ((?x1769 (* |g2[1]| ?x1134)))
 (let ((?x1404 (* ?x1782 ?x1643)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x1520 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2021 (+ ?x1520 ?x1773)))
 (let ((?x1535 (* 2.0 ?x2021)))
 (let ((?x633 (- ?x1535)))
 (let ((?x1458 (+ ?x192 ?x633)))
 (let ((?x184 (- ?x183)))
 (let ((?x1228 (+ ?x184 ?x1458)))
 (let ((?x672 (* ?x666 ?x1228)))
 (let ((?x1128 (+ ?x672 ?x1404)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x352 (* ?x182 ?x1128)))
 (let ((?x1810 (+ ?x352 ?x1769)))
 (let ((?x1690 (+ ?x1810 ?x1711)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x549 (- ?x1155)))
 (let ((?x2805 (+ ?x109 ?x549)))
 (let ((?x2032 (* ?x1813 ?x2805)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x570 (* ?x162 ?x2032)))
 (let ((?x971 (* 2.0 ?x1155)))
 (let ((?x814 (- ?x971)))
 (let ((?x718 (+ ?x109 ?x814)))
 (let ((?x301 (+ ?x102 ?x718)))
 (let ((?x1066 (* 1.0 ?x301)))
 (let ((?x1345 (* f2 ?x1066)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x2281 (+ ?x147 ?x1345)))
 (let ((?x1789 (* ?x142 ?x1066)))
 (let ((?x2299 (+ ?x1789 ?x2281)))
 (let ((?x525 (- ?x2299)))
 (let ((?x2424 (* 2.0 ?x525)))
 (let ((?x304 (* ?x1813 ?x2424)))
 (let ((?x2344 (+ ?x304 ?x570)))
 (let ((?x2429 (- ?x2344)))
 (let ((?x1236 (+ ?x525 ?x2429)))
 (let ((?x2847 (/ ?x1236 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x1917 (+ ?x663 ?x2847)))
 (let ((?x1209 (- ?x1917)))
 (let ((?x2157 (* |g2[0]| ?x1066)))
 (let ((?x665 (* (/ 1.0 2.0) ?x1066)))
 (let ((?x1792 (* 0.0 ?x665)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1906 (+ ?x127 ?x1792)))
 (let ((?x1912 (* |h2[1,0]| ?x1906)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x2364 (+ ?x131 ?x1792)))
 (let ((?x1682 (* |h2[0,0]| ?x2364)))
 (let ((?x463 (+ ?x1682 ?x1912)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1013 (+ ?x128 ?x1792)))
 (let ((?x896 (+ ?x1013 ?x463)))
 (let ((?x2361 (+ ?x896 ?x2157)))
 (let ((?x2668 (+ ?x2361 ?x1209)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x623 (+ ?x100 ?x2668)))
 (let ((?x1918 (* ?x666 ?x623)))
 (or (and (distinct ?x1918 ?x1690) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
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
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1778 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1379 (+ ?x1778 ?x1323)))
 (let ((?x1341 (* 2.0 ?x1379)))
 (let ((?x1724 (- ?x1341)))
 (let ((?x1911 (+ ?x109 ?x1724)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1788 (+ ?x102 ?x1911)))
 (let ((?x1643 (* ?x666 ?x1788)))
 (let ((?x1748 (* |g2[0]| ?x1643)))
 (let ((?x1711 (+ ?x1748 ?x1742)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1615 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1829 (+ ?x1615 ?x879)))
 (let ((?x827 (* 2.0 ?x1829)))
 (let ((?x2089 (- ?x827)))
 (let ((?x1802 (+ ?x214 ?x2089)))
 (let ((?x213 (- ?x103)))
 (let ((?x1782 (+ ?x213 ?x1802)))
 (let ((?x1134 (* ?x666 ?x1782)))
 (let ((?x1769 (* |g2[1]| ?x1134)))
 (let ((?x1404 (* ?x1782 ?x1643)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x1520 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2021 (+ ?x1520 ?x1773)))
 (let ((?x1535 (* 2.0 ?x2021)))
 (let ((?x633 (- ?x1535)))
 (let ((?x1458 (+ ?x192 ?x633)))
 (let ((?x184 (- ?x183)))
 (let ((?x1228 (+ ?x184 ?x1458)))
 (let ((?x672 (* ?x666 ?x1228)))
 (let ((?x1128 (+ ?x672 ?x1404)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x352 (* ?x182 ?x1128)))
 (let ((?x1810 (+ ?x352 ?x1769)))
 (let ((?x1690 (+ ?x1810 ?x1711)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x1690) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
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
 (let ((?x2438 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1300 (+ ?x1323 ?x2438)))
 (let ((?x1552 (* 2.0 ?x1300)))
 (let ((?x616 (- ?x1552)))
 (let ((?x1605 (+ ?x109 ?x616)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2448 (+ ?x102 ?x1605)))
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x822 (* ?x666 ?x2448)))
 (let ((?x504 (* |g2[0]| ?x822)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x2441 (+ ?x1742 ?x504)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2120 (* 0.0 ?x214)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1321 (+ ?x879 ?x2120)))
 (let ((?x250 (* 2.0 ?x1321)))
 (let ((?x761 (- ?x250)))
 (let ((?x2447 (+ ?x214 ?x761)))
 (let ((?x213 (- ?x103)))
 (let ((?x1815 (+ ?x213 ?x2447)))
 (let ((?x2445 (* ?x666 ?x1815)))
 (let ((?x1007 (* |g2[1]| ?x2445)))
 (let ((?x436 (* ?x1815 ?x822)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x739 (* 0.0 ?x192)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x593 (+ ?x1773 ?x739)))
 (let ((?x1181 (* 2.0 ?x593)))
 (let ((?x2056 (- ?x1181)))
 (let ((?x891 (+ ?x192 ?x2056)))
 (let ((?x184 (- ?x183)))
 (let ((?x1229 (+ ?x184 ?x891)))
 (let ((?x424 (* ?x666 ?x1229)))
 (let ((?x1208 (+ ?x424 ?x436)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2444 (* ?x182 ?x1208)))
 (let ((?x2397 (+ ?x2444 ?x1007)))
 (let ((?x2442 (+ ?x2397 ?x2441)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x2442) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (= 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
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
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1778 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1379 (+ ?x1778 ?x1323)))
 (let ((?x1341 (* 2.0 ?x1379)))
 (let ((?x1724 (- ?x1341)))
 (let ((?x1911 (+ ?x109 ?x1724)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1788 (+ ?x102 ?x1911)))
 (let ((?x1643 (* ?x666 ?x1788)))
 (let ((?x1748 (* |g2[0]| ?x1643)))
 (let ((?x1711 (+ ?x1748 ?x1742)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1615 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1829 (+ ?x1615 ?x879)))
 (let ((?x827 (* 2.0 ?x1829)))
 (let ((?x2089 (- ?x827)))
 (let ((?x1802 (+ ?x214 ?x2089)))
 (let ((?x213 (- ?x103)))
 (let ((?x1782 (+ ?x213 ?x1802)))
 (let ((?x1134 (* ?x666 ?x1782)))
 (let ((?x1769 (* |g2[1]| ?x1134)))
 (let ((?x1404 (* ?x1782 ?x1643)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x1520 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2021 (+ ?x1520 ?x1773)))
 (let ((?x1535 (* 2.0 ?x2021)))
 (let ((?x633 (- ?x1535)))
 (let ((?x1458 (+ ?x192 ?x633)))
 (let ((?x184 (- ?x183)))
 (let ((?x1228 (+ ?x184 ?x1458)))
 (let ((?x672 (* ?x666 ?x1228)))
 (let ((?x1128 (+ ?x672 ?x1404)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x352 (* ?x182 ?x1128)))
 (let ((?x1810 (+ ?x352 ?x1769)))
 (let ((?x1690 (+ ?x1810 ?x1711)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x518 (* ?x110 ?x162)))
 (let ((?x328 (- ?x518)))
 (let ((?x1140 (+ ?x161 ?x328)))
 (let ((?x906 (- ?x1140)))
 (let ((?x753 (* ?x106 ?x906)))
 (let ((?x1876 (* ?x111 ?x162)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x2759 (* ?x110 ?x1189)))
 (let ((?x1109 (+ ?x2759 ?x1876)))
 (let ((?x1104 (- ?x1109)))
 (let ((?x2795 (+ ?x2080 ?x1104)))
 (let ((?x2297 (/ ?x2795 scale)))
 (let ((?x1641 (+ ?x2297 ?x753)))
 (let ((?x2958 (- ?x1641)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x2894 (+ ?x1186 ?x2958)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1710 (+ ?x100 ?x2894)))
 (let ((?x2615 (* ?x666 ?x1710)))
 (or (and (distinct ?x2615 ?x1690) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
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
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1778 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1379 (+ ?x1778 ?x1323)))
 (let ((?x1341 (* 2.0 ?x1379)))
 (let ((?x1724 (- ?x1341)))
 (let ((?x1911 (+ ?x109 ?x1724)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1788 (+ ?x102 ?x1911)))
 (let ((?x1643 (* ?x666 ?x1788)))
 (let ((?x1748 (* |g2[0]| ?x1643)))
 (let ((?x1711 (+ ?x1748 ?x1742)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1615 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1829 (+ ?x1615 ?x879)))
 (let ((?x827 (* 2.0 ?x1829)))
 (let ((?x2089 (- ?x827)))
 (let ((?x1802 (+ ?x214 ?x2089)))
 (let ((?x213 (- ?x103)))
 (let ((?x1782 (+ ?x213 ?x1802)))
 (let ((?x1134 (* ?x666 ?x1782)))
 (let ((?x1769 (* |g2[1]| ?x1134)))
 (let ((?x1404 (* ?x1782 ?x1643)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x1520 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2021 (+ ?x1520 ?x1773)))
 (let ((?x1535 (* 2.0 ?x2021)))
 (let ((?x633 (- ?x1535)))
 (let ((?x1458 (+ ?x192 ?x633)))
 (let ((?x184 (- ?x183)))
 (let ((?x1228 (+ ?x184 ?x1458)))
 (let ((?x672 (* ?x666 ?x1228)))
 (let ((?x1128 (+ ?x672 ?x1404)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x352 (* ?x182 ?x1128)))
 (let ((?x1810 (+ ?x352 ?x1769)))
 (let ((?x1690 (+ ?x1810 ?x1711)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x1690) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
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
 (let ((?x2438 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1300 (+ ?x1323 ?x2438)))
 (let ((?x1552 (* 2.0 ?x1300)))
 (let ((?x616 (- ?x1552)))
 (let ((?x1605 (+ ?x109 ?x616)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2448 (+ ?x102 ?x1605)))
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x822 (* ?x666 ?x2448)))
 (let ((?x504 (* |g2[0]| ?x822)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x2441 (+ ?x1742 ?x504)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2120 (* 0.0 ?x214)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1321 (+ ?x879 ?x2120)))
 (let ((?x250 (* 2.0 ?x1321)))
 (let ((?x761 (- ?x250)))
 (let ((?x2447 (+ ?x214 ?x761)))
 (let ((?x213 (- ?x103)))
 (let ((?x1815 (+ ?x213 ?x2447)))
 (let ((?x2445 (* ?x666 ?x1815)))
 (let ((?x1007 (* |g2[1]| ?x2445)))
 (let ((?x436 (* ?x1815 ?x822)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x739 (* 0.0 ?x192)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x593 (+ ?x1773 ?x739)))
 (let ((?x1181 (* 2.0 ?x593)))
 (let ((?x2056 (- ?x1181)))
 (let ((?x891 (+ ?x192 ?x2056)))
 (let ((?x184 (- ?x183)))
 (let ((?x1229 (+ ?x184 ?x891)))
 (let ((?x424 (* ?x666 ?x1229)))
 (let ((?x1208 (+ ?x424 ?x436)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2444 (* ?x182 ?x1208)))
 (let ((?x2397 (+ ?x2444 ?x1007)))
 (let ((?x2442 (+ ?x2397 ?x2441)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x2442) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
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
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1778 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1379 (+ ?x1778 ?x1323)))
 (let ((?x1341 (* 2.0 ?x1379)))
 (let ((?x1724 (- ?x1341)))
 (let ((?x1911 (+ ?x109 ?x1724)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1788 (+ ?x102 ?x1911)))
 (let ((?x1643 (* ?x666 ?x1788)))
 (let ((?x1748 (* |g2[0]| ?x1643)))
 (let ((?x1711 (+ ?x1748 ?x1742)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1615 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1829 (+ ?x1615 ?x879)))
 (let ((?x827 (* 2.0 ?x1829)))
 (let ((?x2089 (- ?x827)))
 (let ((?x1802 (+ ?x214 ?x2089)))
 (let ((?x213 (- ?x103)))
 (let ((?x1782 (+ ?x213 ?x1802)))
 (let ((?x1134 (* ?x666 ?x1782)))
 (let ((?x1769 (* |g2[1]| ?x1134)))
 (let ((?x1404 (* ?x1782 ?x1643)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x1520 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2021 (+ ?x1520 ?x1773)))
 (let ((?x1535 (* 2.0 ?x2021)))
 (let ((?x633 (- ?x1535)))
 (let ((?x1458 (+ ?x192 ?x633)))
 (let ((?x184 (- ?x183)))
 (let ((?x1228 (+ ?x184 ?x1458)))
 (let ((?x672 (* ?x666 ?x1228)))
 (let ((?x1128 (+ ?x672 ?x1404)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x352 (* ?x182 ?x1128)))
 (let ((?x1810 (+ ?x352 ?x1769)))
 (let ((?x1690 (+ ?x1810 ?x1711)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x1690) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
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
 (let ((?x2438 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1300 (+ ?x1323 ?x2438)))
 (let ((?x1552 (* 2.0 ?x1300)))
 (let ((?x616 (- ?x1552)))
 (let ((?x1605 (+ ?x109 ?x616)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2448 (+ ?x102 ?x1605)))
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x822 (* ?x666 ?x2448)))
 (let ((?x504 (* |g2[0]| ?x822)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x2441 (+ ?x1742 ?x504)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2120 (* 0.0 ?x214)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1321 (+ ?x879 ?x2120)))
 (let ((?x250 (* 2.0 ?x1321)))
 (let ((?x761 (- ?x250)))
 (let ((?x2447 (+ ?x214 ?x761)))
 (let ((?x213 (- ?x103)))
 (let ((?x1815 (+ ?x213 ?x2447)))
 (let ((?x2445 (* ?x666 ?x1815)))
 (let ((?x1007 (* |g2[1]| ?x2445)))
 (let ((?x436 (* ?x1815 ?x822)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x739 (* 0.0 ?x192)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x593 (+ ?x1773 ?x739)))
 (let ((?x1181 (* 2.0 ?x593)))
 (let ((?x2056 (- ?x1181)))
 (let ((?x891 (+ ?x192 ?x2056)))
 (let ((?x184 (- ?x183)))
 (let ((?x1229 (+ ?x184 ?x891)))
 (let ((?x424 (* ?x666 ?x1229)))
 (let ((?x1208 (+ ?x424 ?x436)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2444 (* ?x182 ?x1208)))
 (let ((?x2397 (+ ?x2444 ?x1007)))
 (let ((?x2442 (+ ?x2397 ?x2441)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x2442) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun log!530 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1083 () Real)
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
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun log!530 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x875 (- ?x240)))
 (let ((?x273 (+ ?x109 ?x875)))
 (let ((?x959 (* ?x153 ?x273)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x960 (* ?x162 ?x959)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x772 (+ ?x109 ?x759)))
 (let ((?x760 (+ ?x102 ?x772)))
 (let ((?x557 (* 1.0 ?x760)))
 (let ((?x429 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x430 (+ ?x147 ?x429)))
 (let ((?x426 (* ?x142 ?x557)))
 (let ((?x433 (+ ?x426 ?x430)))
 (let ((?x434 (- ?x433)))
 (let ((?x435 (* 2.0 ?x434)))
 (let ((?x958 (* ?x153 ?x435)))
 (let ((?x569 (+ ?x958 ?x960)))
 (let ((?x717 (- ?x569)))
 (let ((?x863 (+ ?x434 ?x717)))
 (let ((?x864 (/ ?x863 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x861 (+ ?x172 ?x864)))
 (let ((?x862 (- ?x861)))
 (let ((?x422 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x416 (+ ?x127 ?x669)))
 (let ((?x417 (* |h2[1,0]| ?x416)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x412 (+ ?x131 ?x669)))
 (let ((?x413 (* |h2[0,0]| ?x412)))
 (let ((?x420 (+ ?x413 ?x417)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x421 (+ ?x670 ?x420)))
 (let ((?x425 (+ ?x421 ?x422)))
 (let ((?x483 (+ ?x425 ?x862)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x533 (+ ?x100 ?x483)))
 (let ((?x534 (* ?x180 ?x533)))
 (or (and (distinct ?x534 ?x239) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun log!530 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x507 (- ?x242)))
 (let ((?x457 (+ ?x109 ?x507)))
 (let ((?x296 (* ?x153 ?x457)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x1607 (* ?x162 ?x296)))
 (let ((?x1603 (* 2.0 ?x242)))
 (let ((?x537 (- ?x1603)))
 (let ((?x538 (+ ?x109 ?x537)))
 (let ((?x1179 (+ ?x102 ?x538)))
 (let ((?x1184 (* 1.0 ?x1179)))
 (let ((?x1942 (* f2 ?x1184)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1353 (+ ?x147 ?x1942)))
 (let ((?x1523 (* ?x142 ?x1184)))
 (let ((?x1940 (+ ?x1523 ?x1353)))
 (let ((?x1361 (- ?x1940)))
 (let ((?x1294 (* 2.0 ?x1361)))
 (let ((?x1343 (* ?x153 ?x1294)))
 (let ((?x1781 (+ ?x1343 ?x1607)))
 (let ((?x244 (- ?x1781)))
 (let ((?x1441 (+ ?x1361 ?x244)))
 (let ((?x1944 (/ ?x1441 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x1419 (+ ?x172 ?x1944)))
 (let ((?x257 (- ?x1419)))
 (let ((?x246 (* |g2[0]| ?x1184)))
 (let ((?x1187 (* (/ 1.0 2.0) ?x1184)))
 (let ((?x1934 (* 0.0 ?x1187)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1453 (+ ?x127 ?x1934)))
 (let ((?x1227 (* |h2[1,0]| ?x1453)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x522 (+ ?x131 ?x1934)))
 (let ((?x313 (* |h2[0,0]| ?x522)))
 (let ((?x1597 (+ ?x313 ?x1227)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x341 (+ ?x128 ?x1934)))
 (let ((?x1185 (+ ?x341 ?x1597)))
 (let ((?x251 (+ ?x1185 ?x246)))
 (let ((?x536 (+ ?x251 ?x257)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1930 (+ ?x100 ?x536)))
 (let ((?x1655 (* ?x180 ?x1930)))
 (or (and (distinct ?x1655 ?x239) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun log!530 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x875 (- ?x240)))
 (let ((?x273 (+ ?x109 ?x875)))
 (let ((?x959 (* ?x153 ?x273)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x960 (* ?x162 ?x959)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x772 (+ ?x109 ?x759)))
 (let ((?x760 (+ ?x102 ?x772)))
 (let ((?x557 (* 1.0 ?x760)))
 (let ((?x429 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x430 (+ ?x147 ?x429)))
 (let ((?x426 (* ?x142 ?x557)))
 (let ((?x433 (+ ?x426 ?x430)))
 (let ((?x434 (- ?x433)))
 (let ((?x435 (* 2.0 ?x434)))
 (let ((?x958 (* ?x153 ?x435)))
 (let ((?x569 (+ ?x958 ?x960)))
 (let ((?x717 (- ?x569)))
 (let ((?x863 (+ ?x434 ?x717)))
 (let ((?x864 (/ ?x863 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x861 (+ ?x172 ?x864)))
 (let ((?x862 (- ?x861)))
 (let ((?x422 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x416 (+ ?x127 ?x669)))
 (let ((?x417 (* |h2[1,0]| ?x416)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x412 (+ ?x131 ?x669)))
 (let ((?x413 (* |h2[0,0]| ?x412)))
 (let ((?x420 (+ ?x413 ?x417)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x421 (+ ?x670 ?x420)))
 (let ((?x425 (+ ?x421 ?x422)))
 (let ((?x483 (+ ?x425 ?x862)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x533 (+ ?x100 ?x483)))
 (let ((?x534 (* ?x180 ?x533)))
 (or (and (distinct ?x534 ?x239) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun log!530 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x518 (* ?x110 ?x162)))
 (let ((?x328 (- ?x518)))
 (let ((?x1140 (+ ?x161 ?x328)))
 (let ((?x906 (- ?x1140)))
 (let ((?x753 (* ?x106 ?x906)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1876 (* ?x111 ?x162)))
 (let ((?x153 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x109 ?x153)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x240 (+ ?x114 ?x242)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x772 (+ ?x109 ?x759)))
 (let ((?x760 (+ ?x102 ?x772)))
 (let ((?x557 (* 1.0 ?x760)))
 (let ((?x429 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x430 (+ ?x147 ?x429)))
 (let ((?x426 (* ?x142 ?x557)))
 (let ((?x433 (+ ?x426 ?x430)))
 (let ((?x434 (- ?x433)))
 (let ((?x435 (* 2.0 ?x434)))
 (let ((?x495 (* ?x110 ?x435)))
 (let ((?x528 (+ ?x495 ?x1876)))
 (let ((?x1909 (- ?x528)))
 (let ((?x1889 (+ ?x434 ?x1909)))
 (let ((?x1620 (/ ?x1889 scale)))
 (let ((?x698 (+ ?x1620 ?x753)))
 (let ((?x629 (- ?x698)))
 (let ((?x422 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x416 (+ ?x127 ?x669)))
 (let ((?x417 (* |h2[1,0]| ?x416)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x412 (+ ?x131 ?x669)))
 (let ((?x413 (* |h2[0,0]| ?x412)))
 (let ((?x420 (+ ?x413 ?x417)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x421 (+ ?x670 ?x420)))
 (let ((?x425 (+ ?x421 ?x422)))
 (let ((?x1424 (+ ?x425 ?x629)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1446 (+ ?x100 ?x1424)))
 (let ((?x1703 (* ?x180 ?x1446)))
 (or (and (distinct ?x1703 ?x239) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun log!530 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x875 (- ?x240)))
 (let ((?x273 (+ ?x109 ?x875)))
 (let ((?x959 (* ?x153 ?x273)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x960 (* ?x162 ?x959)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x772 (+ ?x109 ?x759)))
 (let ((?x760 (+ ?x102 ?x772)))
 (let ((?x557 (* 1.0 ?x760)))
 (let ((?x429 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x430 (+ ?x147 ?x429)))
 (let ((?x426 (* ?x142 ?x557)))
 (let ((?x433 (+ ?x426 ?x430)))
 (let ((?x434 (- ?x433)))
 (let ((?x435 (* 2.0 ?x434)))
 (let ((?x958 (* ?x153 ?x435)))
 (let ((?x569 (+ ?x958 ?x960)))
 (let ((?x717 (- ?x569)))
 (let ((?x863 (+ ?x434 ?x717)))
 (let ((?x864 (/ ?x863 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x861 (+ ?x172 ?x864)))
 (let ((?x862 (- ?x861)))
 (let ((?x422 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x416 (+ ?x127 ?x669)))
 (let ((?x417 (* |h2[1,0]| ?x416)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x412 (+ ?x131 ?x669)))
 (let ((?x413 (* |h2[0,0]| ?x412)))
 (let ((?x420 (+ ?x413 ?x417)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x421 (+ ?x670 ?x420)))
 (let ((?x425 (+ ?x421 ?x422)))
 (let ((?x483 (+ ?x425 ?x862)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x533 (+ ?x100 ?x483)))
 (let ((?x534 (* ?x180 ?x533)))
 (or (and (distinct ?x534 ?x239) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun log!530 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x875 (- ?x240)))
 (let ((?x273 (+ ?x109 ?x875)))
 (let ((?x959 (* ?x153 ?x273)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x960 (* ?x162 ?x959)))
 (let ((?x241 (* 2.0 ?x240)))
 (let ((?x759 (- ?x241)))
 (let ((?x772 (+ ?x109 ?x759)))
 (let ((?x760 (+ ?x102 ?x772)))
 (let ((?x557 (* 1.0 ?x760)))
 (let ((?x429 (* f2 ?x557)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x430 (+ ?x147 ?x429)))
 (let ((?x426 (* ?x142 ?x557)))
 (let ((?x433 (+ ?x426 ?x430)))
 (let ((?x434 (- ?x433)))
 (let ((?x435 (* 2.0 ?x434)))
 (let ((?x958 (* ?x153 ?x435)))
 (let ((?x569 (+ ?x958 ?x960)))
 (let ((?x717 (- ?x569)))
 (let ((?x863 (+ ?x434 ?x717)))
 (let ((?x864 (/ ?x863 scale)))
 (let ((?x168 (* ?x153 ?x162)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x106 ?x171)))
 (let ((?x861 (+ ?x172 ?x864)))
 (let ((?x862 (- ?x861)))
 (let ((?x422 (* |g2[0]| ?x557)))
 (let ((?x671 (* (/ 1.0 2.0) ?x557)))
 (let ((?x669 (* 0.0 ?x671)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x416 (+ ?x127 ?x669)))
 (let ((?x417 (* |h2[1,0]| ?x416)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x412 (+ ?x131 ?x669)))
 (let ((?x413 (* |h2[0,0]| ?x412)))
 (let ((?x420 (+ ?x413 ?x417)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x670 (+ ?x128 ?x669)))
 (let ((?x421 (+ ?x670 ?x420)))
 (let ((?x425 (+ ?x421 ?x422)))
 (let ((?x483 (+ ?x425 ?x862)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x533 (+ ?x100 ?x483)))
 (let ((?x534 (* ?x180 ?x533)))
 (or (and (distinct ?x534 ?x239) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (= 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
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
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1778 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1379 (+ ?x1778 ?x1323)))
 (let ((?x1341 (* 2.0 ?x1379)))
 (let ((?x1724 (- ?x1341)))
 (let ((?x1911 (+ ?x109 ?x1724)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1788 (+ ?x102 ?x1911)))
 (let ((?x1643 (* ?x666 ?x1788)))
 (let ((?x1748 (* |g2[0]| ?x1643)))
 (let ((?x1711 (+ ?x1748 ?x1742)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1615 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1829 (+ ?x1615 ?x879)))
 (let ((?x827 (* 2.0 ?x1829)))
 (let ((?x2089 (- ?x827)))
 (let ((?x1802 (+ ?x214 ?x2089)))
 (let ((?x213 (- ?x103)))
 (let ((?x1782 (+ ?x213 ?x1802)))
 (let ((?x1134 (* ?x666 ?x1782)))
 (let ((?x1769 (* |g2[1]| ?x1134)))
 (let ((?x1404 (* ?x1782 ?x1643)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x1520 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2021 (+ ?x1520 ?x1773)))
 (let ((?x1535 (* 2.0 ?x2021)))
 (let ((?x633 (- ?x1535)))
 (let ((?x1458 (+ ?x192 ?x633)))
 (let ((?x184 (- ?x183)))
 (let ((?x1228 (+ ?x184 ?x1458)))
 (let ((?x672 (* ?x666 ?x1228)))
 (let ((?x1128 (+ ?x672 ?x1404)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x352 (* ?x182 ?x1128)))
 (let ((?x1810 (+ ?x352 ?x1769)))
 (let ((?x1690 (+ ?x1810 ?x1711)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1080 (+ ?x111 ?x511)))
 (let ((?x1528 (- ?x1080)))
 (let ((?x473 (+ ?x109 ?x1528)))
 (let ((?x1631 (* ?x1813 ?x473)))
 (let ((?x1941 (* ?x1631 ?x162)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x377 (* 2.0 ?x1080)))
 (let ((?x2136 (- ?x377)))
 (let ((?x1098 (+ ?x109 ?x2136)))
 (let ((?x1470 (+ ?x102 ?x1098)))
 (let ((?x355 (* ?x1470 1.0)))
 (let ((?x1826 (* f2 ?x355)))
 (let ((?x1329 (+ ?x1826 ?x147)))
 (let ((?x1307 (* ?x142 ?x355)))
 (let ((?x2106 (+ ?x1307 ?x1329)))
 (let ((?x1052 (- ?x2106)))
 (let ((?x1415 (* 2.0 ?x1052)))
 (let ((?x902 (* ?x1813 ?x1415)))
 (let ((?x1735 (+ ?x902 ?x1941)))
 (let ((?x1594 (- ?x1735)))
 (let ((?x1595 (+ ?x1052 ?x1594)))
 (let ((?x1344 (/ ?x1595 scale)))
 (let ((?x1868 (+ ?x1344 ?x663)))
 (let ((?x1738 (- ?x1868)))
 (let ((?x1863 (* |g2[0]| ?x355)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x355)))
 (let ((?x320 (* 0.0 ?x1544)))
 (let ((?x1382 (+ ?x320 ?x127)))
 (let ((?x741 (* |h2[1,0]| ?x1382)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x1543 (+ ?x320 ?x131)))
 (let ((?x265 (* |h2[0,0]| ?x1543)))
 (let ((?x1753 (+ ?x265 ?x741)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x367 (+ ?x320 ?x128)))
 (let ((?x2116 (+ ?x367 ?x1753)))
 (let ((?x1705 (+ ?x2116 ?x1863)))
 (let ((?x1459 (+ ?x1705 ?x1738)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1354 (+ ?x100 ?x1459)))
 (let ((?x2079 (* ?x666 ?x1354)))
 (or (and (distinct ?x2079 ?x1690) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
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
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1778 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1379 (+ ?x1778 ?x1323)))
 (let ((?x1341 (* 2.0 ?x1379)))
 (let ((?x1724 (- ?x1341)))
 (let ((?x1911 (+ ?x109 ?x1724)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1788 (+ ?x102 ?x1911)))
 (let ((?x1643 (* ?x666 ?x1788)))
 (let ((?x1748 (* |g2[0]| ?x1643)))
 (let ((?x1711 (+ ?x1748 ?x1742)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1615 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1829 (+ ?x1615 ?x879)))
 (let ((?x827 (* 2.0 ?x1829)))
 (let ((?x2089 (- ?x827)))
 (let ((?x1802 (+ ?x214 ?x2089)))
 (let ((?x213 (- ?x103)))
 (let ((?x1782 (+ ?x213 ?x1802)))
 (let ((?x1134 (* ?x666 ?x1782)))
 (let ((?x1769 (* |g2[1]| ?x1134)))
 (let ((?x1404 (* ?x1782 ?x1643)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x1520 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2021 (+ ?x1520 ?x1773)))
 (let ((?x1535 (* 2.0 ?x2021)))
 (let ((?x633 (- ?x1535)))
 (let ((?x1458 (+ ?x192 ?x633)))
 (let ((?x184 (- ?x183)))
 (let ((?x1228 (+ ?x184 ?x1458)))
 (let ((?x672 (* ?x666 ?x1228)))
 (let ((?x1128 (+ ?x672 ?x1404)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x352 (* ?x182 ?x1128)))
 (let ((?x1810 (+ ?x352 ?x1769)))
 (let ((?x1690 (+ ?x1810 ?x1711)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x1690) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
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
 (let ((?x2438 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1300 (+ ?x1323 ?x2438)))
 (let ((?x1552 (* 2.0 ?x1300)))
 (let ((?x616 (- ?x1552)))
 (let ((?x1605 (+ ?x109 ?x616)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2448 (+ ?x102 ?x1605)))
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x822 (* ?x666 ?x2448)))
 (let ((?x504 (* |g2[0]| ?x822)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x2441 (+ ?x1742 ?x504)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2120 (* 0.0 ?x214)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1321 (+ ?x879 ?x2120)))
 (let ((?x250 (* 2.0 ?x1321)))
 (let ((?x761 (- ?x250)))
 (let ((?x2447 (+ ?x214 ?x761)))
 (let ((?x213 (- ?x103)))
 (let ((?x1815 (+ ?x213 ?x2447)))
 (let ((?x2445 (* ?x666 ?x1815)))
 (let ((?x1007 (* |g2[1]| ?x2445)))
 (let ((?x436 (* ?x1815 ?x822)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x739 (* 0.0 ?x192)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x593 (+ ?x1773 ?x739)))
 (let ((?x1181 (* 2.0 ?x593)))
 (let ((?x2056 (- ?x1181)))
 (let ((?x891 (+ ?x192 ?x2056)))
 (let ((?x184 (- ?x183)))
 (let ((?x1229 (+ ?x184 ?x891)))
 (let ((?x424 (* ?x666 ?x1229)))
 (let ((?x1208 (+ ?x424 ?x436)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2444 (* ?x182 ?x1208)))
 (let ((?x2397 (+ ?x2444 ?x1007)))
 (let ((?x2442 (+ ?x2397 ?x2441)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x2442) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (= 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
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
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1778 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1379 (+ ?x1778 ?x1323)))
 (let ((?x1341 (* 2.0 ?x1379)))
 (let ((?x1724 (- ?x1341)))
 (let ((?x1911 (+ ?x109 ?x1724)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1788 (+ ?x102 ?x1911)))
 (let ((?x1643 (* ?x666 ?x1788)))
 (let ((?x1748 (* |g2[0]| ?x1643)))
 (let ((?x1711 (+ ?x1748 ?x1742)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1615 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1829 (+ ?x1615 ?x879)))
 (let ((?x827 (* 2.0 ?x1829)))
 (let ((?x2089 (- ?x827)))
 (let ((?x1802 (+ ?x214 ?x2089)))
 (let ((?x213 (- ?x103)))
 (let ((?x1782 (+ ?x213 ?x1802)))
 (let ((?x1134 (* ?x666 ?x1782)))
 (let ((?x1769 (* |g2[1]| ?x1134)))
 (let ((?x1404 (* ?x1782 ?x1643)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x1520 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2021 (+ ?x1520 ?x1773)))
 (let ((?x1535 (* 2.0 ?x2021)))
 (let ((?x633 (- ?x1535)))
 (let ((?x1458 (+ ?x192 ?x633)))
 (let ((?x184 (- ?x183)))
 (let ((?x1228 (+ ?x184 ?x1458)))
 (let ((?x672 (* ?x666 ?x1228)))
 (let ((?x1128 (+ ?x672 ?x1404)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x352 (* ?x182 ?x1128)))
 (let ((?x1810 (+ ?x352 ?x1769)))
 (let ((?x1690 (+ ?x1810 ?x1711)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x549 (- ?x1155)))
 (let ((?x2805 (+ ?x109 ?x549)))
 (let ((?x2032 (* ?x1813 ?x2805)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x570 (* ?x162 ?x2032)))
 (let ((?x971 (* 2.0 ?x1155)))
 (let ((?x814 (- ?x971)))
 (let ((?x718 (+ ?x109 ?x814)))
 (let ((?x301 (+ ?x102 ?x718)))
 (let ((?x1066 (* 1.0 ?x301)))
 (let ((?x1345 (* f2 ?x1066)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x2281 (+ ?x147 ?x1345)))
 (let ((?x1789 (* ?x142 ?x1066)))
 (let ((?x2299 (+ ?x1789 ?x2281)))
 (let ((?x525 (- ?x2299)))
 (let ((?x2424 (* 2.0 ?x525)))
 (let ((?x304 (* ?x1813 ?x2424)))
 (let ((?x2344 (+ ?x304 ?x570)))
 (let ((?x2429 (- ?x2344)))
 (let ((?x1236 (+ ?x525 ?x2429)))
 (let ((?x2847 (/ ?x1236 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x1917 (+ ?x663 ?x2847)))
 (let ((?x1209 (- ?x1917)))
 (let ((?x2157 (* |g2[0]| ?x1066)))
 (let ((?x665 (* (/ 1.0 2.0) ?x1066)))
 (let ((?x1792 (* 0.0 ?x665)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1906 (+ ?x127 ?x1792)))
 (let ((?x1912 (* |h2[1,0]| ?x1906)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x2364 (+ ?x131 ?x1792)))
 (let ((?x1682 (* |h2[0,0]| ?x2364)))
 (let ((?x463 (+ ?x1682 ?x1912)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1013 (+ ?x128 ?x1792)))
 (let ((?x896 (+ ?x1013 ?x463)))
 (let ((?x2361 (+ ?x896 ?x2157)))
 (let ((?x2668 (+ ?x2361 ?x1209)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x623 (+ ?x100 ?x2668)))
 (let ((?x1918 (* ?x666 ?x623)))
 (or (and (distinct ?x1918 ?x1690) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
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
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1778 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1379 (+ ?x1778 ?x1323)))
 (let ((?x1341 (* 2.0 ?x1379)))
 (let ((?x1724 (- ?x1341)))
 (let ((?x1911 (+ ?x109 ?x1724)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1788 (+ ?x102 ?x1911)))
 (let ((?x1643 (* ?x666 ?x1788)))
 (let ((?x1748 (* |g2[0]| ?x1643)))
 (let ((?x1711 (+ ?x1748 ?x1742)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1615 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1829 (+ ?x1615 ?x879)))
 (let ((?x827 (* 2.0 ?x1829)))
 (let ((?x2089 (- ?x827)))
 (let ((?x1802 (+ ?x214 ?x2089)))
 (let ((?x213 (- ?x103)))
 (let ((?x1782 (+ ?x213 ?x1802)))
 (let ((?x1134 (* ?x666 ?x1782)))
 (let ((?x1769 (* |g2[1]| ?x1134)))
 (let ((?x1404 (* ?x1782 ?x1643)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x1520 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2021 (+ ?x1520 ?x1773)))
 (let ((?x1535 (* 2.0 ?x2021)))
 (let ((?x633 (- ?x1535)))
 (let ((?x1458 (+ ?x192 ?x633)))
 (let ((?x184 (- ?x183)))
 (let ((?x1228 (+ ?x184 ?x1458)))
 (let ((?x672 (* ?x666 ?x1228)))
 (let ((?x1128 (+ ?x672 ?x1404)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x352 (* ?x182 ?x1128)))
 (let ((?x1810 (+ ?x352 ?x1769)))
 (let ((?x1690 (+ ?x1810 ?x1711)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x1690) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
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
 (let ((?x2438 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1300 (+ ?x1323 ?x2438)))
 (let ((?x1552 (* 2.0 ?x1300)))
 (let ((?x616 (- ?x1552)))
 (let ((?x1605 (+ ?x109 ?x616)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2448 (+ ?x102 ?x1605)))
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x822 (* ?x666 ?x2448)))
 (let ((?x504 (* |g2[0]| ?x822)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x2441 (+ ?x1742 ?x504)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2120 (* 0.0 ?x214)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1321 (+ ?x879 ?x2120)))
 (let ((?x250 (* 2.0 ?x1321)))
 (let ((?x761 (- ?x250)))
 (let ((?x2447 (+ ?x214 ?x761)))
 (let ((?x213 (- ?x103)))
 (let ((?x1815 (+ ?x213 ?x2447)))
 (let ((?x2445 (* ?x666 ?x1815)))
 (let ((?x1007 (* |g2[1]| ?x2445)))
 (let ((?x436 (* ?x1815 ?x822)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x739 (* 0.0 ?x192)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x593 (+ ?x1773 ?x739)))
 (let ((?x1181 (* 2.0 ?x593)))
 (let ((?x2056 (- ?x1181)))
 (let ((?x891 (+ ?x192 ?x2056)))
 (let ((?x184 (- ?x183)))
 (let ((?x1229 (+ ?x184 ?x891)))
 (let ((?x424 (* ?x666 ?x1229)))
 (let ((?x1208 (+ ?x424 ?x436)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2444 (* ?x182 ?x1208)))
 (let ((?x2397 (+ ?x2444 ?x1007)))
 (let ((?x2442 (+ ?x2397 ?x2441)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x2442) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (= 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
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
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1778 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1379 (+ ?x1778 ?x1323)))
 (let ((?x1341 (* 2.0 ?x1379)))
 (let ((?x1724 (- ?x1341)))
 (let ((?x1911 (+ ?x109 ?x1724)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1788 (+ ?x102 ?x1911)))
 (let ((?x1643 (* ?x666 ?x1788)))
 (let ((?x1748 (* |g2[0]| ?x1643)))
 (let ((?x1711 (+ ?x1748 ?x1742)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1615 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1829 (+ ?x1615 ?x879)))
 (let ((?x827 (* 2.0 ?x1829)))
 (let ((?x2089 (- ?x827)))
 (let ((?x1802 (+ ?x214 ?x2089)))
 (let ((?x213 (- ?x103)))
 (let ((?x1782 (+ ?x213 ?x1802)))
 (let ((?x1134 (* ?x666 ?x1782)))
 (let ((?x1769 (* |g2[1]| ?x1134)))
 (let ((?x1404 (* ?x1782 ?x1643)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x1520 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2021 (+ ?x1520 ?x1773)))
 (let ((?x1535 (* 2.0 ?x2021)))
 (let ((?x633 (- ?x1535)))
 (let ((?x1458 (+ ?x192 ?x633)))
 (let ((?x184 (- ?x183)))
 (let ((?x1228 (+ ?x184 ?x1458)))
 (let ((?x672 (* ?x666 ?x1228)))
 (let ((?x1128 (+ ?x672 ?x1404)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x352 (* ?x182 ?x1128)))
 (let ((?x1810 (+ ?x352 ?x1769)))
 (let ((?x1690 (+ ?x1810 ?x1711)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x518 (* ?x110 ?x162)))
 (let ((?x328 (- ?x518)))
 (let ((?x1140 (+ ?x161 ?x328)))
 (let ((?x906 (- ?x1140)))
 (let ((?x753 (* ?x106 ?x906)))
 (let ((?x1876 (* ?x111 ?x162)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x2759 (* ?x110 ?x1189)))
 (let ((?x1109 (+ ?x2759 ?x1876)))
 (let ((?x1104 (- ?x1109)))
 (let ((?x2795 (+ ?x2080 ?x1104)))
 (let ((?x2297 (/ ?x2795 scale)))
 (let ((?x1641 (+ ?x2297 ?x753)))
 (let ((?x2958 (- ?x1641)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x2894 (+ ?x1186 ?x2958)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1710 (+ ?x100 ?x2894)))
 (let ((?x2615 (* ?x666 ?x1710)))
 (or (and (distinct ?x2615 ?x1690) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
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
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1778 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1379 (+ ?x1778 ?x1323)))
 (let ((?x1341 (* 2.0 ?x1379)))
 (let ((?x1724 (- ?x1341)))
 (let ((?x1911 (+ ?x109 ?x1724)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1788 (+ ?x102 ?x1911)))
 (let ((?x1643 (* ?x666 ?x1788)))
 (let ((?x1748 (* |g2[0]| ?x1643)))
 (let ((?x1711 (+ ?x1748 ?x1742)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1615 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1829 (+ ?x1615 ?x879)))
 (let ((?x827 (* 2.0 ?x1829)))
 (let ((?x2089 (- ?x827)))
 (let ((?x1802 (+ ?x214 ?x2089)))
 (let ((?x213 (- ?x103)))
 (let ((?x1782 (+ ?x213 ?x1802)))
 (let ((?x1134 (* ?x666 ?x1782)))
 (let ((?x1769 (* |g2[1]| ?x1134)))
 (let ((?x1404 (* ?x1782 ?x1643)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x1520 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2021 (+ ?x1520 ?x1773)))
 (let ((?x1535 (* 2.0 ?x2021)))
 (let ((?x633 (- ?x1535)))
 (let ((?x1458 (+ ?x192 ?x633)))
 (let ((?x184 (- ?x183)))
 (let ((?x1228 (+ ?x184 ?x1458)))
 (let ((?x672 (* ?x666 ?x1228)))
 (let ((?x1128 (+ ?x672 ?x1404)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x352 (* ?x182 ?x1128)))
 (let ((?x1810 (+ ?x352 ?x1769)))
 (let ((?x1690 (+ ?x1810 ?x1711)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x1690) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
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
 (let ((?x2438 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1300 (+ ?x1323 ?x2438)))
 (let ((?x1552 (* 2.0 ?x1300)))
 (let ((?x616 (- ?x1552)))
 (let ((?x1605 (+ ?x109 ?x616)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2448 (+ ?x102 ?x1605)))
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x822 (* ?x666 ?x2448)))
 (let ((?x504 (* |g2[0]| ?x822)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x2441 (+ ?x1742 ?x504)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2120 (* 0.0 ?x214)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1321 (+ ?x879 ?x2120)))
 (let ((?x250 (* 2.0 ?x1321)))
 (let ((?x761 (- ?x250)))
 (let ((?x2447 (+ ?x214 ?x761)))
 (let ((?x213 (- ?x103)))
 (let ((?x1815 (+ ?x213 ?x2447)))
 (let ((?x2445 (* ?x666 ?x1815)))
 (let ((?x1007 (* |g2[1]| ?x2445)))
 (let ((?x436 (* ?x1815 ?x822)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x739 (* 0.0 ?x192)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x593 (+ ?x1773 ?x739)))
 (let ((?x1181 (* 2.0 ?x593)))
 (let ((?x2056 (- ?x1181)))
 (let ((?x891 (+ ?x192 ?x2056)))
 (let ((?x184 (- ?x183)))
 (let ((?x1229 (+ ?x184 ?x891)))
 (let ((?x424 (* ?x666 ?x1229)))
 (let ((?x1208 (+ ?x424 ?x436)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2444 (* ?x182 ?x1208)))
 (let ((?x2397 (+ ?x2444 ?x1007)))
 (let ((?x2442 (+ ?x2397 ?x2441)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x2442) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
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
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1778 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1379 (+ ?x1778 ?x1323)))
 (let ((?x1341 (* 2.0 ?x1379)))
 (let ((?x1724 (- ?x1341)))
 (let ((?x1911 (+ ?x109 ?x1724)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1788 (+ ?x102 ?x1911)))
 (let ((?x1643 (* ?x666 ?x1788)))
 (let ((?x1748 (* |g2[0]| ?x1643)))
 (let ((?x1711 (+ ?x1748 ?x1742)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1615 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1829 (+ ?x1615 ?x879)))
 (let ((?x827 (* 2.0 ?x1829)))
 (let ((?x2089 (- ?x827)))
 (let ((?x1802 (+ ?x214 ?x2089)))
 (let ((?x213 (- ?x103)))
 (let ((?x1782 (+ ?x213 ?x1802)))
 (let ((?x1134 (* ?x666 ?x1782)))
 (let ((?x1769 (* |g2[1]| ?x1134)))
 (let ((?x1404 (* ?x1782 ?x1643)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x1520 (* (/ 1.0 2.0) ?x192)))
 (let ((?x2021 (+ ?x1520 ?x1773)))
 (let ((?x1535 (* 2.0 ?x2021)))
 (let ((?x633 (- ?x1535)))
 (let ((?x1458 (+ ?x192 ?x633)))
 (let ((?x184 (- ?x183)))
 (let ((?x1228 (+ ?x184 ?x1458)))
 (let ((?x672 (* ?x666 ?x1228)))
 (let ((?x1128 (+ ?x672 ?x1404)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x352 (* ?x182 ?x1128)))
 (let ((?x1810 (+ ?x352 ?x1769)))
 (let ((?x1690 (+ ?x1810 ?x1711)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x1690) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
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
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (< 0.0 ?x1359))))
(assert
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
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let (($x1365 (= 0.0 ?x1359)))
 (not $x1365)))))
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
 (let ((?x2438 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1359 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1323 (/ ?x111 ?x1359)))
 (let ((?x1300 (+ ?x1323 ?x2438)))
 (let ((?x1552 (* 2.0 ?x1300)))
 (let ((?x616 (- ?x1552)))
 (let ((?x1605 (+ ?x109 ?x616)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2448 (+ ?x102 ?x1605)))
 (let ((?x666 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x822 (* ?x666 ?x2448)))
 (let ((?x504 (* |g2[0]| ?x822)))
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x1742 (* ?x236 ?x666)))
 (let ((?x2441 (+ ?x1742 ?x504)))
 (let ((?x183 (* 0.0 ?x106)))
 (let ((?x194 (/ (- 1.0) scale)))
 (let ((?x195 (+ ?x194 ?x183)))
 (let ((?x214 (- ?x195)))
 (let ((?x2120 (* 0.0 ?x214)))
 (let ((?x2023 (* ?x214 ?x110)))
 (let ((?x879 (/ ?x2023 ?x1359)))
 (let ((?x1321 (+ ?x879 ?x2120)))
 (let ((?x250 (* 2.0 ?x1321)))
 (let ((?x761 (- ?x250)))
 (let ((?x2447 (+ ?x214 ?x761)))
 (let ((?x213 (- ?x103)))
 (let ((?x1815 (+ ?x213 ?x2447)))
 (let ((?x2445 (* ?x666 ?x1815)))
 (let ((?x1007 (* |g2[1]| ?x2445)))
 (let ((?x436 (* ?x1815 ?x822)))
 (let ((?x186 (/ 1.0 (* ?x105 scale))))
 (let ((?x188 (* ?x186 (- 2.0))))
 (let ((?x189 (* 0.0 ?x188)))
 (let ((?x190 (+ ?x183 ?x189)))
 (let ((?x191 (+ ?x106 ?x190)))
 (let ((?x192 (- ?x191)))
 (let ((?x739 (* 0.0 ?x192)))
 (let ((?x1386 (- ?x111)))
 (let ((?x1687 (* ?x2023 ?x1386)))
 (let ((?x2034 (/ 1.0 (* ?x1359 ?x1359))))
 (let ((?x1925 (* ?x2034 ?x1687)))
 (let ((?x1809 (* ?x214 ?x111)))
 (let ((?x2078 (* ?x192 ?x110)))
 (let ((?x1429 (+ ?x2078 ?x1809)))
 (let ((?x2070 (/ ?x1429 ?x1359)))
 (let ((?x1773 (+ ?x2070 ?x1925)))
 (let ((?x593 (+ ?x1773 ?x739)))
 (let ((?x1181 (* 2.0 ?x593)))
 (let ((?x2056 (- ?x1181)))
 (let ((?x891 (+ ?x192 ?x2056)))
 (let ((?x184 (- ?x183)))
 (let ((?x1229 (+ ?x184 ?x891)))
 (let ((?x424 (* ?x666 ?x1229)))
 (let ((?x1208 (+ ?x424 ?x436)))
 (let ((?x142 (- b)))
 (let ((?x182 (+ f2 ?x142)))
 (let ((?x2444 (* ?x182 ?x1208)))
 (let ((?x2397 (+ ?x2444 ?x1007)))
 (let ((?x2442 (+ ?x2397 ?x2441)))
 (let ((?x1813 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1155 (* ?x109 ?x1813)))
 (let ((?x1177 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x511 (* 0.0 ?x1177)))
 (let ((?x1670 (+ ?x511 ?x1155)))
 (let ((?x1547 (- ?x1670)))
 (let ((?x1757 (+ ?x109 ?x1547)))
 (let ((?x784 (* ?x1813 ?x1757)))
 (let ((?x159 (* f2 1.0)))
 (let ((?x158 (* ?x142 1.0)))
 (let ((?x160 (+ ?x158 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (* 2.0 ?x161)))
 (let ((?x403 (* ?x162 ?x784)))
 (let ((?x1668 (* 2.0 ?x1670)))
 (let ((?x1046 (- ?x1668)))
 (let ((?x1801 (+ ?x109 ?x1046)))
 (let ((?x1391 (+ ?x102 ?x1801)))
 (let ((?x1069 (* 1.0 ?x1391)))
 (let ((?x351 (* f2 ?x1069)))
 (let ((?x147 (* |g2[1]| 1.0)))
 (let ((?x1447 (+ ?x147 ?x351)))
 (let ((?x2017 (* ?x142 ?x1069)))
 (let ((?x1938 (+ ?x2017 ?x1447)))
 (let ((?x2080 (- ?x1938)))
 (let ((?x1189 (* 2.0 ?x2080)))
 (let ((?x567 (* ?x1813 ?x1189)))
 (let ((?x493 (+ ?x567 ?x403)))
 (let ((?x869 (- ?x493)))
 (let ((?x794 (+ ?x2080 ?x869)))
 (let ((?x984 (/ ?x794 scale)))
 (let ((?x1124 (* ?x1813 ?x162)))
 (let ((?x1394 (- ?x1124)))
 (let ((?x1166 (+ ?x161 ?x1394)))
 (let ((?x539 (- ?x1166)))
 (let ((?x663 (* ?x106 ?x539)))
 (let ((?x519 (+ ?x663 ?x984)))
 (let ((?x1586 (- ?x519)))
 (let ((?x620 (* |g2[0]| ?x1069)))
 (let ((?x1983 (* (/ 1.0 2.0) ?x1069)))
 (let ((?x1715 (* 0.0 ?x1983)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1993 (+ ?x127 ?x1715)))
 (let ((?x1347 (* |h2[1,0]| ?x1993)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x754 (+ ?x131 ?x1715)))
 (let ((?x781 (* |h2[0,0]| ?x754)))
 (let ((?x687 (+ ?x781 ?x1347)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x706 (+ ?x128 ?x1715)))
 (let ((?x660 (+ ?x706 ?x687)))
 (let ((?x1186 (+ ?x660 ?x620)))
 (let ((?x909 (+ ?x1186 ?x1586)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x734 (+ ?x100 ?x909)))
 (let ((?x1078 (* ?x666 ?x734)))
 (or (and (distinct ?x1078 ?x2442) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!530 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!530) (< exp!1 exp!3)))
(assert
 (= (< log!530 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!530) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!530 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1083 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1083) (< exp!1 exp!4)))
(assert
 (= (< log!1083 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!1083) (< exp!2 exp!4)))
(assert
 (= (< log!1083 log!530) (< exp!4 exp!3)))
(assert
 (= (< log!530 log!1083) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1083 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1083)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!530) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!530) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1083) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
