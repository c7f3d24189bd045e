; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'second_order.hessian_identity[2]', verdict unproved
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x191 (* exp!3 exp!3)))
 (let ((?x192 (/ (* (/ 1.0 exp!2) exp!1) ?x191)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x192)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x216 (* ?x108 ?x52)))
 (let ((?x232 (/ ?x216 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x109 ?x235)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x237 (+ ?x102 ?x236)))
 (let ((?x238 (* ?x192 ?x237)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x200 (* ?x198 ?x52)))
 (let ((?x201 (/ ?x200 ?x44)))
 (let ((?x199 (- ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x203 (* 2.0 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x206 (+ ?x195 ?x205)))
 (let ((?x239 (* ?x206 ?x238)))
 (let ((?x222 (- ?x216)))
 (let ((?x223 (* ?x200 ?x222)))
 (let ((?x221 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x198 ?x216)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x215 (* ?x213 ?x52)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x44)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x210 (- ?x107)))
 (let ((?x230 (+ ?x210 ?x229)))
 (let ((?x231 (* ?x192 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x241 (* ?x209 ?x240)))
 (let ((?x207 (* ?x192 ?x206)))
 (let ((?x208 (* |g2[0]| ?x207)))
 (let ((?x242 (+ ?x208 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x161 (/ 1.0 exp!3)))
 (let ((?x177 (* ?x161 ?x166)))
 (let ((?x178 (- ?x177)))
 (let ((?x179 (+ ?x154 ?x178)))
 (let ((?x183 (* ?x106 ?x179)))
 (let ((?x184 (- ?x183)))
 (let ((?x180 (* ?x176 ?x179)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x115 (+ ?x111 ?x114)))
 (let ((?x163 (- ?x115)))
 (let ((?x164 (+ ?x109 ?x163)))
 (let ((?x165 (* ?x161 ?x164)))
 (let ((?x167 (* ?x165 ?x166)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x109 ?x117)))
 (let ((?x119 (+ ?x102 ?x118)))
 (let ((?x122 (* ?x119 1.0)))
 (let ((?x144 (* f2 ?x122)))
 (let ((?x147 (+ ?x144 ?x146)))
 (let ((?x142 (* ?x141 ?x122)))
 (let ((?x148 (+ ?x142 ?x147)))
 (let ((?x149 (- ?x148)))
 (let ((?x160 (* 2.0 ?x149)))
 (let ((?x162 (* ?x161 ?x160)))
 (let ((?x168 (+ ?x162 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x149 ?x169)))
 (let ((?x171 (* ?x106 ?x170)))
 (let ((?x181 (+ ?x171 ?x180)))
 (let ((?x182 (* ?x11 ?x181)))
 (let ((?x185 (+ ?x182 ?x184)))
 (let ((?x186 (- ?x185)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x150 (/ ?x149 scale)))
 (let ((?x157 (+ ?x150 ?x156)))
 (let ((?x138 (* |g2[1]| ?x122)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x123 (* (/ 1.0 2.0) ?x122)))
 (let ((?x124 (* 0.0 ?x123)))
 (let ((?x133 (+ ?x124 ?x132)))
 (let ((?x134 (* |h2[1,1]| ?x133)))
 (let ((?x129 (+ ?x124 ?x126)))
 (let ((?x130 (* |h2[0,1]| ?x129)))
 (let ((?x135 (+ ?x130 ?x134)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x128 (+ ?x124 ?x127)))
 (let ((?x136 (+ ?x128 ?x135)))
 (let ((?x139 (+ ?x136 ?x138)))
 (let ((?x158 (+ ?x139 ?x157)))
 (let ((?x187 (+ ?x158 ?x186)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x188 (+ ?x100 ?x187)))
 (let ((?x193 (* ?x192 ?x188)))
 (or (and (distinct ?x193 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x191 (* exp!3 exp!3)))
 (let ((?x192 (/ (* (/ 1.0 exp!2) exp!1) ?x191)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x192)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x216 (* ?x108 ?x52)))
 (let ((?x232 (/ ?x216 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x109 ?x235)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x237 (+ ?x102 ?x236)))
 (let ((?x238 (* ?x192 ?x237)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x200 (* ?x198 ?x52)))
 (let ((?x201 (/ ?x200 ?x44)))
 (let ((?x199 (- ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x203 (* 2.0 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x206 (+ ?x195 ?x205)))
 (let ((?x239 (* ?x206 ?x238)))
 (let ((?x222 (- ?x216)))
 (let ((?x223 (* ?x200 ?x222)))
 (let ((?x221 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x198 ?x216)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x215 (* ?x213 ?x52)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x44)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x210 (- ?x107)))
 (let ((?x230 (+ ?x210 ?x229)))
 (let ((?x231 (* ?x192 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x241 (* ?x209 ?x240)))
 (let ((?x207 (* ?x192 ?x206)))
 (let ((?x208 (* |g2[0]| ?x207)))
 (let ((?x242 (+ ?x208 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x161 (/ 1.0 exp!3)))
 (let ((?x251 (* ?x109 ?x161)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x249 (+ ?x114 ?x251)))
 (let ((?x384 (- ?x249)))
 (let ((?x597 (+ ?x109 ?x384)))
 (let ((?x596 (* ?x161 ?x597)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x601 (* ?x166 ?x596)))
 (let ((?x250 (* 2.0 ?x249)))
 (let ((?x599 (- ?x250)))
 (let ((?x598 (+ ?x109 ?x599)))
 (let ((?x587 (+ ?x102 ?x598)))
 (let ((?x380 (* 1.0 ?x587)))
 (let ((?x352 (* f2 ?x380)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x356 (+ ?x146 ?x352)))
 (let ((?x348 (* ?x141 ?x380)))
 (let ((?x382 (+ ?x348 ?x356)))
 (let ((?x372 (- ?x382)))
 (let ((?x381 (* 2.0 ?x372)))
 (let ((?x383 (* ?x161 ?x381)))
 (let ((?x600 (+ ?x383 ?x601)))
 (let ((?x606 (- ?x600)))
 (let ((?x270 (+ ?x372 ?x606)))
 (let ((?x271 (* ?x106 ?x270)))
 (let ((?x177 (* ?x161 ?x166)))
 (let ((?x178 (- ?x177)))
 (let ((?x179 (+ ?x154 ?x178)))
 (let ((?x180 (* ?x176 ?x179)))
 (let ((?x517 (+ ?x180 ?x271)))
 (let ((?x518 (* ?x11 ?x517)))
 (let ((?x183 (* ?x106 ?x179)))
 (let ((?x184 (- ?x183)))
 (let ((?x519 (+ ?x184 ?x518)))
 (let ((?x520 (- ?x519)))
 (let ((?x373 (/ ?x372 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x376 (+ ?x156 ?x373)))
 (let ((?x332 (* |g2[1]| ?x380)))
 (let ((?x406 (* (/ 1.0 2.0) ?x380)))
 (let ((?x430 (* 0.0 ?x406)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x324 (+ ?x132 ?x430)))
 (let ((?x327 (* |h2[1,1]| ?x324)))
 (let ((?x297 (+ ?x126 ?x430)))
 (let ((?x323 (* |h2[0,1]| ?x297)))
 (let ((?x328 (+ ?x323 ?x327)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x296 (+ ?x127 ?x430)))
 (let ((?x331 (+ ?x296 ?x328)))
 (let ((?x362 (+ ?x331 ?x332)))
 (let ((?x377 (+ ?x362 ?x376)))
 (let ((?x523 (+ ?x377 ?x520)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x524 (+ ?x100 ?x523)))
 (let ((?x527 (* ?x192 ?x524)))
 (or (and (distinct ?x527 ?x248) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x191 (* exp!3 exp!3)))
 (let ((?x192 (/ (* (/ 1.0 exp!2) exp!1) ?x191)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x192)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x216 (* ?x108 ?x52)))
 (let ((?x232 (/ ?x216 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x109 ?x235)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x237 (+ ?x102 ?x236)))
 (let ((?x238 (* ?x192 ?x237)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x200 (* ?x198 ?x52)))
 (let ((?x201 (/ ?x200 ?x44)))
 (let ((?x199 (- ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x203 (* 2.0 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x206 (+ ?x195 ?x205)))
 (let ((?x239 (* ?x206 ?x238)))
 (let ((?x222 (- ?x216)))
 (let ((?x223 (* ?x200 ?x222)))
 (let ((?x221 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x198 ?x216)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x215 (* ?x213 ?x52)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x44)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x210 (- ?x107)))
 (let ((?x230 (+ ?x210 ?x229)))
 (let ((?x231 (* ?x192 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x241 (* ?x209 ?x240)))
 (let ((?x207 (* ?x192 ?x206)))
 (let ((?x208 (* |g2[0]| ?x207)))
 (let ((?x242 (+ ?x208 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x161 (/ 1.0 exp!3)))
 (let ((?x251 (* ?x109 ?x161)))
 (let ((?x1547 (- ?x251)))
 (let ((?x1940 (+ ?x109 ?x1547)))
 (let ((?x258 (* ?x161 ?x1940)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x1294 (* ?x166 ?x258)))
 (let ((?x1590 (* 2.0 ?x251)))
 (let ((?x528 (- ?x1590)))
 (let ((?x531 (+ ?x109 ?x528)))
 (let ((?x1298 (+ ?x102 ?x531)))
 (let ((?x361 (* 1.0 ?x1298)))
 (let ((?x503 (* f2 ?x361)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x1376 (+ ?x146 ?x503)))
 (let ((?x1580 (* ?x141 ?x361)))
 (let ((?x1924 (+ ?x1580 ?x1376)))
 (let ((?x1892 (- ?x1924)))
 (let ((?x1005 (* 2.0 ?x1892)))
 (let ((?x407 (* ?x161 ?x1005)))
 (let ((?x1840 (+ ?x407 ?x1294)))
 (let ((?x1890 (- ?x1840)))
 (let ((?x1175 (+ ?x1892 ?x1890)))
 (let ((?x575 (* ?x106 ?x1175)))
 (let ((?x177 (* ?x161 ?x166)))
 (let ((?x178 (- ?x177)))
 (let ((?x179 (+ ?x154 ?x178)))
 (let ((?x180 (* ?x176 ?x179)))
 (let ((?x923 (+ ?x180 ?x575)))
 (let ((?x1984 (* ?x11 ?x923)))
 (let ((?x183 (* ?x106 ?x179)))
 (let ((?x184 (- ?x183)))
 (let ((?x1029 (+ ?x184 ?x1984)))
 (let ((?x1985 (- ?x1029)))
 (let ((?x1663 (/ ?x1892 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x921 (+ ?x156 ?x1663)))
 (let ((?x285 (* |g2[1]| ?x361)))
 (let ((?x824 (* (/ 1.0 2.0) ?x361)))
 (let ((?x1966 (* 0.0 ?x824)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1976 (+ ?x132 ?x1966)))
 (let ((?x1997 (* |h2[1,1]| ?x1976)))
 (let ((?x1003 (+ ?x126 ?x1966)))
 (let ((?x920 (* |h2[0,1]| ?x1003)))
 (let ((?x1571 (+ ?x920 ?x1997)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x298 (+ ?x127 ?x1966)))
 (let ((?x303 (+ ?x298 ?x1571)))
 (let ((?x1225 (+ ?x303 ?x285)))
 (let ((?x978 (+ ?x1225 ?x921)))
 (let ((?x493 (+ ?x978 ?x1985)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x255 (+ ?x100 ?x493)))
 (let ((?x494 (* ?x192 ?x255)))
 (or (and (distinct ?x494 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x191 (* exp!3 exp!3)))
 (let ((?x192 (/ (* (/ 1.0 exp!2) exp!1) ?x191)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x192)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x216 (* ?x108 ?x52)))
 (let ((?x232 (/ ?x216 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x109 ?x235)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x237 (+ ?x102 ?x236)))
 (let ((?x238 (* ?x192 ?x237)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x200 (* ?x198 ?x52)))
 (let ((?x201 (/ ?x200 ?x44)))
 (let ((?x199 (- ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x203 (* 2.0 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x206 (+ ?x195 ?x205)))
 (let ((?x239 (* ?x206 ?x238)))
 (let ((?x222 (- ?x216)))
 (let ((?x223 (* ?x200 ?x222)))
 (let ((?x221 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x198 ?x216)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x215 (* ?x213 ?x52)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x44)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x210 (- ?x107)))
 (let ((?x230 (+ ?x210 ?x229)))
 (let ((?x231 (* ?x192 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x241 (* ?x209 ?x240)))
 (let ((?x207 (* ?x192 ?x206)))
 (let ((?x208 (* |g2[0]| ?x207)))
 (let ((?x242 (+ ?x208 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x161 (/ 1.0 exp!3)))
 (let ((?x251 (* ?x109 ?x161)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x249 (+ ?x114 ?x251)))
 (let ((?x384 (- ?x249)))
 (let ((?x597 (+ ?x109 ?x384)))
 (let ((?x596 (* ?x161 ?x597)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x601 (* ?x166 ?x596)))
 (let ((?x250 (* 2.0 ?x249)))
 (let ((?x599 (- ?x250)))
 (let ((?x598 (+ ?x109 ?x599)))
 (let ((?x587 (+ ?x102 ?x598)))
 (let ((?x380 (* 1.0 ?x587)))
 (let ((?x352 (* f2 ?x380)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x356 (+ ?x146 ?x352)))
 (let ((?x348 (* ?x141 ?x380)))
 (let ((?x382 (+ ?x348 ?x356)))
 (let ((?x372 (- ?x382)))
 (let ((?x381 (* 2.0 ?x372)))
 (let ((?x383 (* ?x161 ?x381)))
 (let ((?x600 (+ ?x383 ?x601)))
 (let ((?x606 (- ?x600)))
 (let ((?x270 (+ ?x372 ?x606)))
 (let ((?x271 (* ?x106 ?x270)))
 (let ((?x177 (* ?x161 ?x166)))
 (let ((?x178 (- ?x177)))
 (let ((?x179 (+ ?x154 ?x178)))
 (let ((?x180 (* ?x176 ?x179)))
 (let ((?x517 (+ ?x180 ?x271)))
 (let ((?x518 (* ?x11 ?x517)))
 (let ((?x183 (* ?x106 ?x179)))
 (let ((?x184 (- ?x183)))
 (let ((?x519 (+ ?x184 ?x518)))
 (let ((?x520 (- ?x519)))
 (let ((?x373 (/ ?x372 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x376 (+ ?x156 ?x373)))
 (let ((?x332 (* |g2[1]| ?x380)))
 (let ((?x406 (* (/ 1.0 2.0) ?x380)))
 (let ((?x430 (* 0.0 ?x406)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x324 (+ ?x132 ?x430)))
 (let ((?x327 (* |h2[1,1]| ?x324)))
 (let ((?x297 (+ ?x126 ?x430)))
 (let ((?x323 (* |h2[0,1]| ?x297)))
 (let ((?x328 (+ ?x323 ?x327)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x296 (+ ?x127 ?x430)))
 (let ((?x331 (+ ?x296 ?x328)))
 (let ((?x362 (+ ?x331 ?x332)))
 (let ((?x377 (+ ?x362 ?x376)))
 (let ((?x523 (+ ?x377 ?x520)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x524 (+ ?x100 ?x523)))
 (let ((?x527 (* ?x192 ?x524)))
 (or (and (distinct ?x527 ?x248) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x191 (* exp!3 exp!3)))
 (let ((?x192 (/ (* (/ 1.0 exp!2) exp!1) ?x191)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x192)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x216 (* ?x108 ?x52)))
 (let ((?x232 (/ ?x216 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x109 ?x235)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x237 (+ ?x102 ?x236)))
 (let ((?x238 (* ?x192 ?x237)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x200 (* ?x198 ?x52)))
 (let ((?x201 (/ ?x200 ?x44)))
 (let ((?x199 (- ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x203 (* 2.0 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x206 (+ ?x195 ?x205)))
 (let ((?x239 (* ?x206 ?x238)))
 (let ((?x222 (- ?x216)))
 (let ((?x223 (* ?x200 ?x222)))
 (let ((?x221 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x198 ?x216)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x215 (* ?x213 ?x52)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x44)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x210 (- ?x107)))
 (let ((?x230 (+ ?x210 ?x229)))
 (let ((?x231 (* ?x192 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x241 (* ?x209 ?x240)))
 (let ((?x207 (* ?x192 ?x206)))
 (let ((?x208 (* |g2[0]| ?x207)))
 (let ((?x242 (+ ?x208 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1131 (* ?x110 ?x166)))
 (let ((?x654 (- ?x1131)))
 (let ((?x353 (+ ?x154 ?x654)))
 (let ((?x533 (* ?x106 ?x353)))
 (let ((?x1497 (- ?x533)))
 (let ((?x620 (* ?x176 ?x353)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1891 (* ?x111 ?x166)))
 (let ((?x161 (/ 1.0 exp!3)))
 (let ((?x251 (* ?x109 ?x161)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x249 (+ ?x114 ?x251)))
 (let ((?x250 (* 2.0 ?x249)))
 (let ((?x599 (- ?x250)))
 (let ((?x598 (+ ?x109 ?x599)))
 (let ((?x587 (+ ?x102 ?x598)))
 (let ((?x380 (* 1.0 ?x587)))
 (let ((?x352 (* f2 ?x380)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x356 (+ ?x146 ?x352)))
 (let ((?x348 (* ?x141 ?x380)))
 (let ((?x382 (+ ?x348 ?x356)))
 (let ((?x372 (- ?x382)))
 (let ((?x381 (* 2.0 ?x372)))
 (let ((?x1360 (* ?x110 ?x381)))
 (let ((?x1036 (+ ?x1360 ?x1891)))
 (let ((?x1760 (- ?x1036)))
 (let ((?x1918 (+ ?x372 ?x1760)))
 (let ((?x1067 (* ?x106 ?x1918)))
 (let ((?x1397 (+ ?x1067 ?x620)))
 (let ((?x837 (* ?x11 ?x1397)))
 (let ((?x1904 (+ ?x837 ?x1497)))
 (let ((?x565 (- ?x1904)))
 (let ((?x373 (/ ?x372 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x376 (+ ?x156 ?x373)))
 (let ((?x332 (* |g2[1]| ?x380)))
 (let ((?x406 (* (/ 1.0 2.0) ?x380)))
 (let ((?x430 (* 0.0 ?x406)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x324 (+ ?x132 ?x430)))
 (let ((?x327 (* |h2[1,1]| ?x324)))
 (let ((?x297 (+ ?x126 ?x430)))
 (let ((?x323 (* |h2[0,1]| ?x297)))
 (let ((?x328 (+ ?x323 ?x327)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x296 (+ ?x127 ?x430)))
 (let ((?x331 (+ ?x296 ?x328)))
 (let ((?x362 (+ ?x331 ?x332)))
 (let ((?x377 (+ ?x362 ?x376)))
 (let ((?x1130 (+ ?x377 ?x565)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1584 (+ ?x100 ?x1130)))
 (let ((?x1297 (* ?x192 ?x1584)))
 (or (and (distinct ?x1297 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x191 (* exp!3 exp!3)))
 (let ((?x192 (/ (* (/ 1.0 exp!2) exp!1) ?x191)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x192)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x216 (* ?x108 ?x52)))
 (let ((?x232 (/ ?x216 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x109 ?x235)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x237 (+ ?x102 ?x236)))
 (let ((?x238 (* ?x192 ?x237)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x200 (* ?x198 ?x52)))
 (let ((?x201 (/ ?x200 ?x44)))
 (let ((?x199 (- ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x203 (* 2.0 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x206 (+ ?x195 ?x205)))
 (let ((?x239 (* ?x206 ?x238)))
 (let ((?x222 (- ?x216)))
 (let ((?x223 (* ?x200 ?x222)))
 (let ((?x221 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x198 ?x216)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x215 (* ?x213 ?x52)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x44)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x210 (- ?x107)))
 (let ((?x230 (+ ?x210 ?x229)))
 (let ((?x231 (* ?x192 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x241 (* ?x209 ?x240)))
 (let ((?x207 (* ?x192 ?x206)))
 (let ((?x208 (* |g2[0]| ?x207)))
 (let ((?x242 (+ ?x208 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x161 (/ 1.0 exp!3)))
 (let ((?x251 (* ?x109 ?x161)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x249 (+ ?x114 ?x251)))
 (let ((?x384 (- ?x249)))
 (let ((?x597 (+ ?x109 ?x384)))
 (let ((?x596 (* ?x161 ?x597)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x601 (* ?x166 ?x596)))
 (let ((?x250 (* 2.0 ?x249)))
 (let ((?x599 (- ?x250)))
 (let ((?x598 (+ ?x109 ?x599)))
 (let ((?x587 (+ ?x102 ?x598)))
 (let ((?x380 (* 1.0 ?x587)))
 (let ((?x352 (* f2 ?x380)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x356 (+ ?x146 ?x352)))
 (let ((?x348 (* ?x141 ?x380)))
 (let ((?x382 (+ ?x348 ?x356)))
 (let ((?x372 (- ?x382)))
 (let ((?x381 (* 2.0 ?x372)))
 (let ((?x383 (* ?x161 ?x381)))
 (let ((?x600 (+ ?x383 ?x601)))
 (let ((?x606 (- ?x600)))
 (let ((?x270 (+ ?x372 ?x606)))
 (let ((?x271 (* ?x106 ?x270)))
 (let ((?x177 (* ?x161 ?x166)))
 (let ((?x178 (- ?x177)))
 (let ((?x179 (+ ?x154 ?x178)))
 (let ((?x180 (* ?x176 ?x179)))
 (let ((?x517 (+ ?x180 ?x271)))
 (let ((?x518 (* ?x11 ?x517)))
 (let ((?x183 (* ?x106 ?x179)))
 (let ((?x184 (- ?x183)))
 (let ((?x519 (+ ?x184 ?x518)))
 (let ((?x520 (- ?x519)))
 (let ((?x373 (/ ?x372 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x376 (+ ?x156 ?x373)))
 (let ((?x332 (* |g2[1]| ?x380)))
 (let ((?x406 (* (/ 1.0 2.0) ?x380)))
 (let ((?x430 (* 0.0 ?x406)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x324 (+ ?x132 ?x430)))
 (let ((?x327 (* |h2[1,1]| ?x324)))
 (let ((?x297 (+ ?x126 ?x430)))
 (let ((?x323 (* |h2[0,1]| ?x297)))
 (let ((?x328 (+ ?x323 ?x327)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x296 (+ ?x127 ?x430)))
 (let ((?x331 (+ ?x296 ?x328)))
 (let ((?x362 (+ ?x331 ?x332)))
 (let ((?x377 (+ ?x362 ?x376)))
 (let ((?x523 (+ ?x377 ?x520)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x524 (+ ?x100 ?x523)))
 (let ((?x527 (* ?x192 ?x524)))
 (or (and (distinct ?x527 ?x248) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x191 (* exp!3 exp!3)))
 (let ((?x192 (/ (* (/ 1.0 exp!2) exp!1) ?x191)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x192)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x216 (* ?x108 ?x52)))
 (let ((?x232 (/ ?x216 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x109 ?x235)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x237 (+ ?x102 ?x236)))
 (let ((?x238 (* ?x192 ?x237)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x200 (* ?x198 ?x52)))
 (let ((?x201 (/ ?x200 ?x44)))
 (let ((?x199 (- ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x203 (* 2.0 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x206 (+ ?x195 ?x205)))
 (let ((?x239 (* ?x206 ?x238)))
 (let ((?x222 (- ?x216)))
 (let ((?x223 (* ?x200 ?x222)))
 (let ((?x221 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x198 ?x216)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x215 (* ?x213 ?x52)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x44)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x210 (- ?x107)))
 (let ((?x230 (+ ?x210 ?x229)))
 (let ((?x231 (* ?x192 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x241 (* ?x209 ?x240)))
 (let ((?x207 (* ?x192 ?x206)))
 (let ((?x208 (* |g2[0]| ?x207)))
 (let ((?x242 (+ ?x208 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x161 (/ 1.0 exp!3)))
 (let ((?x251 (* ?x109 ?x161)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x249 (+ ?x114 ?x251)))
 (let ((?x384 (- ?x249)))
 (let ((?x597 (+ ?x109 ?x384)))
 (let ((?x596 (* ?x161 ?x597)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x601 (* ?x166 ?x596)))
 (let ((?x250 (* 2.0 ?x249)))
 (let ((?x599 (- ?x250)))
 (let ((?x598 (+ ?x109 ?x599)))
 (let ((?x587 (+ ?x102 ?x598)))
 (let ((?x380 (* 1.0 ?x587)))
 (let ((?x352 (* f2 ?x380)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x356 (+ ?x146 ?x352)))
 (let ((?x348 (* ?x141 ?x380)))
 (let ((?x382 (+ ?x348 ?x356)))
 (let ((?x372 (- ?x382)))
 (let ((?x381 (* 2.0 ?x372)))
 (let ((?x383 (* ?x161 ?x381)))
 (let ((?x600 (+ ?x383 ?x601)))
 (let ((?x606 (- ?x600)))
 (let ((?x270 (+ ?x372 ?x606)))
 (let ((?x271 (* ?x106 ?x270)))
 (let ((?x177 (* ?x161 ?x166)))
 (let ((?x178 (- ?x177)))
 (let ((?x179 (+ ?x154 ?x178)))
 (let ((?x180 (* ?x176 ?x179)))
 (let ((?x517 (+ ?x180 ?x271)))
 (let ((?x518 (* ?x11 ?x517)))
 (let ((?x183 (* ?x106 ?x179)))
 (let ((?x184 (- ?x183)))
 (let ((?x519 (+ ?x184 ?x518)))
 (let ((?x520 (- ?x519)))
 (let ((?x373 (/ ?x372 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x376 (+ ?x156 ?x373)))
 (let ((?x332 (* |g2[1]| ?x380)))
 (let ((?x406 (* (/ 1.0 2.0) ?x380)))
 (let ((?x430 (* 0.0 ?x406)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x324 (+ ?x132 ?x430)))
 (let ((?x327 (* |h2[1,1]| ?x324)))
 (let ((?x297 (+ ?x126 ?x430)))
 (let ((?x323 (* |h2[0,1]| ?x297)))
 (let ((?x328 (+ ?x323 ?x327)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x296 (+ ?x127 ?x430)))
 (let ((?x331 (+ ?x296 ?x328)))
 (let ((?x362 (+ ?x331 ?x332)))
 (let ((?x377 (+ ?x362 ?x376)))
 (let ((?x523 (+ ?x377 ?x520)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x524 (+ ?x100 ?x523)))
 (let ((?x527 (* ?x192 ?x524)))
 (or (and (distinct ?x527 ?x248) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (= 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x1636 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1044 (+ ?x1636 ?x1621)))
 (let ((?x901 (* 2.0 ?x1044)))
 (let ((?x1585 (- ?x901)))
 (let ((?x1285 (+ ?x109 ?x1585)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x354 (+ ?x102 ?x1285)))
 (let ((?x1421 (* ?x1816 ?x354)))
 (let ((?x256 (* |g2[1]| ?x1421)))
 (let ((?x1002 (+ ?x256 ?x1103)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x568 (* (/ 1.0 2.0) ?x199)))
 (let ((?x2081 (+ ?x568 ?x2082)))
 (let ((?x2079 (* 2.0 ?x2081)))
 (let ((?x2074 (- ?x2079)))
 (let ((?x2043 (+ ?x199 ?x2074)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2040 (+ ?x195 ?x2043)))
 (let ((?x1283 (* ?x2040 ?x1421)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x2019 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1738 (+ ?x2019 ?x1761)))
 (let ((?x1707 (* 2.0 ?x1738)))
 (let ((?x1915 (- ?x1707)))
 (let ((?x1698 (+ ?x214 ?x1915)))
 (let ((?x210 (- ?x107)))
 (let ((?x1696 (+ ?x210 ?x1698)))
 (let ((?x1695 (* ?x1816 ?x1696)))
 (let ((?x1277 (+ ?x1695 ?x1283)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1082 (* ?x209 ?x1277)))
 (let ((?x1553 (* ?x1816 ?x2040)))
 (let ((?x1528 (* |g2[0]| ?x1553)))
 (let ((?x1270 (+ ?x1528 ?x1082)))
 (let ((?x967 (+ ?x1270 ?x1002)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x1409 (+ ?x111 ?x701)))
 (let ((?x2032 (- ?x1409)))
 (let ((?x2117 (+ ?x109 ?x2032)))
 (let ((?x1896 (* ?x1942 ?x2117)))
 (let ((?x2056 (* ?x1896 ?x166)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x1514 (* 2.0 ?x1409)))
 (let ((?x2007 (- ?x1514)))
 (let ((?x1069 (+ ?x109 ?x2007)))
 (let ((?x1866 (+ ?x102 ?x1069)))
 (let ((?x1136 (* ?x1866 1.0)))
 (let ((?x1994 (* f2 ?x1136)))
 (let ((?x737 (+ ?x1994 ?x146)))
 (let ((?x674 (* ?x141 ?x1136)))
 (let ((?x1804 (+ ?x674 ?x737)))
 (let ((?x1356 (- ?x1804)))
 (let ((?x585 (* 2.0 ?x1356)))
 (let ((?x2100 (* ?x1942 ?x585)))
 (let ((?x1456 (+ ?x2100 ?x2056)))
 (let ((?x1435 (- ?x1456)))
 (let ((?x1511 (+ ?x1356 ?x1435)))
 (let ((?x1910 (* ?x106 ?x1511)))
 (let ((?x1765 (+ ?x1910 ?x1649)))
 (let ((?x1309 (* ?x11 ?x1765)))
 (let ((?x1851 (+ ?x1309 ?x833)))
 (let ((?x1755 (- ?x1851)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x707 (/ ?x1356 scale)))
 (let ((?x1344 (+ ?x707 ?x156)))
 (let ((?x1899 (* |g2[1]| ?x1136)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1686 (* (/ 1.0 2.0) ?x1136)))
 (let ((?x1756 (* 0.0 ?x1686)))
 (let ((?x647 (+ ?x1756 ?x132)))
 (let ((?x628 (* |h2[1,1]| ?x647)))
 (let ((?x650 (+ ?x1756 ?x126)))
 (let ((?x1217 (* |h2[0,1]| ?x650)))
 (let ((?x1482 (+ ?x1217 ?x628)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1412 (+ ?x1756 ?x127)))
 (let ((?x1536 (+ ?x1412 ?x1482)))
 (let ((?x1545 (+ ?x1536 ?x1899)))
 (let ((?x294 (+ ?x1545 ?x1344)))
 (let ((?x1118 (+ ?x294 ?x1755)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1333 (+ ?x100 ?x1118)))
 (let ((?x2086 (* ?x1816 ?x1333)))
 (or (and (distinct ?x2086 ?x967) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x1636 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1044 (+ ?x1636 ?x1621)))
 (let ((?x901 (* 2.0 ?x1044)))
 (let ((?x1585 (- ?x901)))
 (let ((?x1285 (+ ?x109 ?x1585)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x354 (+ ?x102 ?x1285)))
 (let ((?x1421 (* ?x1816 ?x354)))
 (let ((?x256 (* |g2[1]| ?x1421)))
 (let ((?x1002 (+ ?x256 ?x1103)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x568 (* (/ 1.0 2.0) ?x199)))
 (let ((?x2081 (+ ?x568 ?x2082)))
 (let ((?x2079 (* 2.0 ?x2081)))
 (let ((?x2074 (- ?x2079)))
 (let ((?x2043 (+ ?x199 ?x2074)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2040 (+ ?x195 ?x2043)))
 (let ((?x1283 (* ?x2040 ?x1421)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x2019 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1738 (+ ?x2019 ?x1761)))
 (let ((?x1707 (* 2.0 ?x1738)))
 (let ((?x1915 (- ?x1707)))
 (let ((?x1698 (+ ?x214 ?x1915)))
 (let ((?x210 (- ?x107)))
 (let ((?x1696 (+ ?x210 ?x1698)))
 (let ((?x1695 (* ?x1816 ?x1696)))
 (let ((?x1277 (+ ?x1695 ?x1283)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1082 (* ?x209 ?x1277)))
 (let ((?x1553 (* ?x1816 ?x2040)))
 (let ((?x1528 (* |g2[0]| ?x1553)))
 (let ((?x1270 (+ ?x1528 ?x1082)))
 (let ((?x967 (+ ?x1270 ?x1002)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x967) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x764 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x2455 (+ ?x1621 ?x764)))
 (let ((?x540 (* 2.0 ?x2455)))
 (let ((?x676 (- ?x540)))
 (let ((?x1749 (+ ?x109 ?x676)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1095 (+ ?x102 ?x1749)))
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1111 (* ?x1816 ?x1095)))
 (let ((?x2085 (* |g2[1]| ?x1111)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x2097 (+ ?x1103 ?x2085)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1544 (* 0.0 ?x199)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x897 (+ ?x2082 ?x1544)))
 (let ((?x851 (* 2.0 ?x897)))
 (let ((?x1972 (- ?x851)))
 (let ((?x535 (+ ?x199 ?x1972)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2458 (+ ?x195 ?x535)))
 (let ((?x1269 (* ?x2458 ?x1111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2459 (* 0.0 ?x214)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x1970 (+ ?x1761 ?x2459)))
 (let ((?x838 (* 2.0 ?x1970)))
 (let ((?x2408 (- ?x838)))
 (let ((?x751 (+ ?x214 ?x2408)))
 (let ((?x210 (- ?x107)))
 (let ((?x2456 (+ ?x210 ?x751)))
 (let ((?x862 (* ?x1816 ?x2456)))
 (let ((?x480 (+ ?x862 ?x1269)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x260 (* ?x209 ?x480)))
 (let ((?x793 (* ?x1816 ?x2458)))
 (let ((?x2449 (* |g2[0]| ?x793)))
 (let ((?x1476 (+ ?x2449 ?x260)))
 (let ((?x2047 (+ ?x1476 ?x2097)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x2047) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (= 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x1636 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1044 (+ ?x1636 ?x1621)))
 (let ((?x901 (* 2.0 ?x1044)))
 (let ((?x1585 (- ?x901)))
 (let ((?x1285 (+ ?x109 ?x1585)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x354 (+ ?x102 ?x1285)))
 (let ((?x1421 (* ?x1816 ?x354)))
 (let ((?x256 (* |g2[1]| ?x1421)))
 (let ((?x1002 (+ ?x256 ?x1103)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x568 (* (/ 1.0 2.0) ?x199)))
 (let ((?x2081 (+ ?x568 ?x2082)))
 (let ((?x2079 (* 2.0 ?x2081)))
 (let ((?x2074 (- ?x2079)))
 (let ((?x2043 (+ ?x199 ?x2074)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2040 (+ ?x195 ?x2043)))
 (let ((?x1283 (* ?x2040 ?x1421)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x2019 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1738 (+ ?x2019 ?x1761)))
 (let ((?x1707 (* 2.0 ?x1738)))
 (let ((?x1915 (- ?x1707)))
 (let ((?x1698 (+ ?x214 ?x1915)))
 (let ((?x210 (- ?x107)))
 (let ((?x1696 (+ ?x210 ?x1698)))
 (let ((?x1695 (* ?x1816 ?x1696)))
 (let ((?x1277 (+ ?x1695 ?x1283)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1082 (* ?x209 ?x1277)))
 (let ((?x1553 (* ?x1816 ?x2040)))
 (let ((?x1528 (* |g2[0]| ?x1553)))
 (let ((?x1270 (+ ?x1528 ?x1082)))
 (let ((?x967 (+ ?x1270 ?x1002)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1617 (- ?x1343)))
 (let ((?x2768 (+ ?x109 ?x1617)))
 (let ((?x989 (* ?x1942 ?x2768)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x1228 (* ?x166 ?x989)))
 (let ((?x419 (* 2.0 ?x1343)))
 (let ((?x308 (- ?x419)))
 (let ((?x1023 (+ ?x109 ?x308)))
 (let ((?x1039 (+ ?x102 ?x1023)))
 (let ((?x1308 (* 1.0 ?x1039)))
 (let ((?x2064 (* f2 ?x1308)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x2511 (+ ?x146 ?x2064)))
 (let ((?x1074 (* ?x141 ?x1308)))
 (let ((?x2818 (+ ?x1074 ?x2511)))
 (let ((?x1882 (- ?x2818)))
 (let ((?x1418 (* 2.0 ?x1882)))
 (let ((?x2828 (* ?x1942 ?x1418)))
 (let ((?x2076 (+ ?x2828 ?x1228)))
 (let ((?x962 (- ?x2076)))
 (let ((?x490 (+ ?x1882 ?x962)))
 (let ((?x827 (* ?x106 ?x490)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x1954 (+ ?x1649 ?x827)))
 (let ((?x1181 (* ?x11 ?x1954)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x2913 (+ ?x833 ?x1181)))
 (let ((?x2355 (- ?x2913)))
 (let ((?x2418 (/ ?x1882 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x2342 (+ ?x156 ?x2418)))
 (let ((?x581 (* |g2[1]| ?x1308)))
 (let ((?x1822 (* (/ 1.0 2.0) ?x1308)))
 (let ((?x1965 (* 0.0 ?x1822)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1555 (+ ?x132 ?x1965)))
 (let ((?x584 (* |h2[1,1]| ?x1555)))
 (let ((?x1151 (+ ?x126 ?x1965)))
 (let ((?x854 (* |h2[0,1]| ?x1151)))
 (let ((?x1034 (+ ?x854 ?x584)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1740 (+ ?x127 ?x1965)))
 (let ((?x304 (+ ?x1740 ?x1034)))
 (let ((?x2438 (+ ?x304 ?x581)))
 (let ((?x1622 (+ ?x2438 ?x2342)))
 (let ((?x1777 (+ ?x1622 ?x2355)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x610 (+ ?x100 ?x1777)))
 (let ((?x2903 (* ?x1816 ?x610)))
 (or (and (distinct ?x2903 ?x967) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x1636 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1044 (+ ?x1636 ?x1621)))
 (let ((?x901 (* 2.0 ?x1044)))
 (let ((?x1585 (- ?x901)))
 (let ((?x1285 (+ ?x109 ?x1585)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x354 (+ ?x102 ?x1285)))
 (let ((?x1421 (* ?x1816 ?x354)))
 (let ((?x256 (* |g2[1]| ?x1421)))
 (let ((?x1002 (+ ?x256 ?x1103)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x568 (* (/ 1.0 2.0) ?x199)))
 (let ((?x2081 (+ ?x568 ?x2082)))
 (let ((?x2079 (* 2.0 ?x2081)))
 (let ((?x2074 (- ?x2079)))
 (let ((?x2043 (+ ?x199 ?x2074)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2040 (+ ?x195 ?x2043)))
 (let ((?x1283 (* ?x2040 ?x1421)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x2019 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1738 (+ ?x2019 ?x1761)))
 (let ((?x1707 (* 2.0 ?x1738)))
 (let ((?x1915 (- ?x1707)))
 (let ((?x1698 (+ ?x214 ?x1915)))
 (let ((?x210 (- ?x107)))
 (let ((?x1696 (+ ?x210 ?x1698)))
 (let ((?x1695 (* ?x1816 ?x1696)))
 (let ((?x1277 (+ ?x1695 ?x1283)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1082 (* ?x209 ?x1277)))
 (let ((?x1553 (* ?x1816 ?x2040)))
 (let ((?x1528 (* |g2[0]| ?x1553)))
 (let ((?x1270 (+ ?x1528 ?x1082)))
 (let ((?x967 (+ ?x1270 ?x1002)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x967) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x764 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x2455 (+ ?x1621 ?x764)))
 (let ((?x540 (* 2.0 ?x2455)))
 (let ((?x676 (- ?x540)))
 (let ((?x1749 (+ ?x109 ?x676)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1095 (+ ?x102 ?x1749)))
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1111 (* ?x1816 ?x1095)))
 (let ((?x2085 (* |g2[1]| ?x1111)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x2097 (+ ?x1103 ?x2085)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1544 (* 0.0 ?x199)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x897 (+ ?x2082 ?x1544)))
 (let ((?x851 (* 2.0 ?x897)))
 (let ((?x1972 (- ?x851)))
 (let ((?x535 (+ ?x199 ?x1972)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2458 (+ ?x195 ?x535)))
 (let ((?x1269 (* ?x2458 ?x1111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2459 (* 0.0 ?x214)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x1970 (+ ?x1761 ?x2459)))
 (let ((?x838 (* 2.0 ?x1970)))
 (let ((?x2408 (- ?x838)))
 (let ((?x751 (+ ?x214 ?x2408)))
 (let ((?x210 (- ?x107)))
 (let ((?x2456 (+ ?x210 ?x751)))
 (let ((?x862 (* ?x1816 ?x2456)))
 (let ((?x480 (+ ?x862 ?x1269)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x260 (* ?x209 ?x480)))
 (let ((?x793 (* ?x1816 ?x2458)))
 (let ((?x2449 (* |g2[0]| ?x793)))
 (let ((?x1476 (+ ?x2449 ?x260)))
 (let ((?x2047 (+ ?x1476 ?x2097)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x2047) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (= 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x1636 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1044 (+ ?x1636 ?x1621)))
 (let ((?x901 (* 2.0 ?x1044)))
 (let ((?x1585 (- ?x901)))
 (let ((?x1285 (+ ?x109 ?x1585)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x354 (+ ?x102 ?x1285)))
 (let ((?x1421 (* ?x1816 ?x354)))
 (let ((?x256 (* |g2[1]| ?x1421)))
 (let ((?x1002 (+ ?x256 ?x1103)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x568 (* (/ 1.0 2.0) ?x199)))
 (let ((?x2081 (+ ?x568 ?x2082)))
 (let ((?x2079 (* 2.0 ?x2081)))
 (let ((?x2074 (- ?x2079)))
 (let ((?x2043 (+ ?x199 ?x2074)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2040 (+ ?x195 ?x2043)))
 (let ((?x1283 (* ?x2040 ?x1421)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x2019 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1738 (+ ?x2019 ?x1761)))
 (let ((?x1707 (* 2.0 ?x1738)))
 (let ((?x1915 (- ?x1707)))
 (let ((?x1698 (+ ?x214 ?x1915)))
 (let ((?x210 (- ?x107)))
 (let ((?x1696 (+ ?x210 ?x1698)))
 (let ((?x1695 (* ?x1816 ?x1696)))
 (let ((?x1277 (+ ?x1695 ?x1283)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1082 (* ?x209 ?x1277)))
 (let ((?x1553 (* ?x1816 ?x2040)))
 (let ((?x1528 (* |g2[0]| ?x1553)))
 (let ((?x1270 (+ ?x1528 ?x1082)))
 (let ((?x967 (+ ?x1270 ?x1002)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x1131 (* ?x110 ?x166)))
 (let ((?x654 (- ?x1131)))
 (let ((?x353 (+ ?x154 ?x654)))
 (let ((?x533 (* ?x106 ?x353)))
 (let ((?x1497 (- ?x533)))
 (let ((?x620 (* ?x176 ?x353)))
 (let ((?x1891 (* ?x111 ?x166)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x1452 (* ?x110 ?x806)))
 (let ((?x2723 (+ ?x1452 ?x1891)))
 (let ((?x1807 (- ?x2723)))
 (let ((?x871 (+ ?x355 ?x1807)))
 (let ((?x850 (* ?x106 ?x871)))
 (let ((?x2302 (+ ?x850 ?x620)))
 (let ((?x638 (* ?x11 ?x2302)))
 (let ((?x2212 (+ ?x638 ?x1497)))
 (let ((?x2376 (- ?x2212)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x2396 (+ ?x278 ?x2376)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x693 (+ ?x100 ?x2396)))
 (let ((?x782 (* ?x1816 ?x693)))
 (or (and (distinct ?x782 ?x967) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x1636 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1044 (+ ?x1636 ?x1621)))
 (let ((?x901 (* 2.0 ?x1044)))
 (let ((?x1585 (- ?x901)))
 (let ((?x1285 (+ ?x109 ?x1585)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x354 (+ ?x102 ?x1285)))
 (let ((?x1421 (* ?x1816 ?x354)))
 (let ((?x256 (* |g2[1]| ?x1421)))
 (let ((?x1002 (+ ?x256 ?x1103)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x568 (* (/ 1.0 2.0) ?x199)))
 (let ((?x2081 (+ ?x568 ?x2082)))
 (let ((?x2079 (* 2.0 ?x2081)))
 (let ((?x2074 (- ?x2079)))
 (let ((?x2043 (+ ?x199 ?x2074)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2040 (+ ?x195 ?x2043)))
 (let ((?x1283 (* ?x2040 ?x1421)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x2019 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1738 (+ ?x2019 ?x1761)))
 (let ((?x1707 (* 2.0 ?x1738)))
 (let ((?x1915 (- ?x1707)))
 (let ((?x1698 (+ ?x214 ?x1915)))
 (let ((?x210 (- ?x107)))
 (let ((?x1696 (+ ?x210 ?x1698)))
 (let ((?x1695 (* ?x1816 ?x1696)))
 (let ((?x1277 (+ ?x1695 ?x1283)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1082 (* ?x209 ?x1277)))
 (let ((?x1553 (* ?x1816 ?x2040)))
 (let ((?x1528 (* |g2[0]| ?x1553)))
 (let ((?x1270 (+ ?x1528 ?x1082)))
 (let ((?x967 (+ ?x1270 ?x1002)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x967) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x764 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x2455 (+ ?x1621 ?x764)))
 (let ((?x540 (* 2.0 ?x2455)))
 (let ((?x676 (- ?x540)))
 (let ((?x1749 (+ ?x109 ?x676)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1095 (+ ?x102 ?x1749)))
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1111 (* ?x1816 ?x1095)))
 (let ((?x2085 (* |g2[1]| ?x1111)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x2097 (+ ?x1103 ?x2085)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1544 (* 0.0 ?x199)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x897 (+ ?x2082 ?x1544)))
 (let ((?x851 (* 2.0 ?x897)))
 (let ((?x1972 (- ?x851)))
 (let ((?x535 (+ ?x199 ?x1972)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2458 (+ ?x195 ?x535)))
 (let ((?x1269 (* ?x2458 ?x1111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2459 (* 0.0 ?x214)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x1970 (+ ?x1761 ?x2459)))
 (let ((?x838 (* 2.0 ?x1970)))
 (let ((?x2408 (- ?x838)))
 (let ((?x751 (+ ?x214 ?x2408)))
 (let ((?x210 (- ?x107)))
 (let ((?x2456 (+ ?x210 ?x751)))
 (let ((?x862 (* ?x1816 ?x2456)))
 (let ((?x480 (+ ?x862 ?x1269)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x260 (* ?x209 ?x480)))
 (let ((?x793 (* ?x1816 ?x2458)))
 (let ((?x2449 (* |g2[0]| ?x793)))
 (let ((?x1476 (+ ?x2449 ?x260)))
 (let ((?x2047 (+ ?x1476 ?x2097)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x2047) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x1636 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1044 (+ ?x1636 ?x1621)))
 (let ((?x901 (* 2.0 ?x1044)))
 (let ((?x1585 (- ?x901)))
 (let ((?x1285 (+ ?x109 ?x1585)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x354 (+ ?x102 ?x1285)))
 (let ((?x1421 (* ?x1816 ?x354)))
 (let ((?x256 (* |g2[1]| ?x1421)))
 (let ((?x1002 (+ ?x256 ?x1103)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x568 (* (/ 1.0 2.0) ?x199)))
 (let ((?x2081 (+ ?x568 ?x2082)))
 (let ((?x2079 (* 2.0 ?x2081)))
 (let ((?x2074 (- ?x2079)))
 (let ((?x2043 (+ ?x199 ?x2074)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2040 (+ ?x195 ?x2043)))
 (let ((?x1283 (* ?x2040 ?x1421)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x2019 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1738 (+ ?x2019 ?x1761)))
 (let ((?x1707 (* 2.0 ?x1738)))
 (let ((?x1915 (- ?x1707)))
 (let ((?x1698 (+ ?x214 ?x1915)))
 (let ((?x210 (- ?x107)))
 (let ((?x1696 (+ ?x210 ?x1698)))
 (let ((?x1695 (* ?x1816 ?x1696)))
 (let ((?x1277 (+ ?x1695 ?x1283)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1082 (* ?x209 ?x1277)))
 (let ((?x1553 (* ?x1816 ?x2040)))
 (let ((?x1528 (* |g2[0]| ?x1553)))
 (let ((?x1270 (+ ?x1528 ?x1082)))
 (let ((?x967 (+ ?x1270 ?x1002)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x967) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x764 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x2455 (+ ?x1621 ?x764)))
 (let ((?x540 (* 2.0 ?x2455)))
 (let ((?x676 (- ?x540)))
 (let ((?x1749 (+ ?x109 ?x676)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1095 (+ ?x102 ?x1749)))
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1111 (* ?x1816 ?x1095)))
 (let ((?x2085 (* |g2[1]| ?x1111)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x2097 (+ ?x1103 ?x2085)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1544 (* 0.0 ?x199)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x897 (+ ?x2082 ?x1544)))
 (let ((?x851 (* 2.0 ?x897)))
 (let ((?x1972 (- ?x851)))
 (let ((?x535 (+ ?x199 ?x1972)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2458 (+ ?x195 ?x535)))
 (let ((?x1269 (* ?x2458 ?x1111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2459 (* 0.0 ?x214)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x1970 (+ ?x1761 ?x2459)))
 (let ((?x838 (* 2.0 ?x1970)))
 (let ((?x2408 (- ?x838)))
 (let ((?x751 (+ ?x214 ?x2408)))
 (let ((?x210 (- ?x107)))
 (let ((?x2456 (+ ?x210 ?x751)))
 (let ((?x862 (* ?x1816 ?x2456)))
 (let ((?x480 (+ ?x862 ?x1269)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x260 (* ?x209 ?x480)))
 (let ((?x793 (* ?x1816 ?x2458)))
 (let ((?x2449 (* |g2[0]| ?x793)))
 (let ((?x1476 (+ ?x2449 ?x260)))
 (let ((?x2047 (+ ?x1476 ?x2097)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x2047) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x192 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x192)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x216 (* ?x108 ?x52)))
 (let ((?x232 (/ ?x216 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x109 ?x235)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x237 (+ ?x102 ?x236)))
 (let ((?x238 (* ?x192 ?x237)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x200 (* ?x198 ?x52)))
 (let ((?x201 (/ ?x200 ?x44)))
 (let ((?x199 (- ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x203 (* 2.0 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x206 (+ ?x195 ?x205)))
 (let ((?x239 (* ?x206 ?x238)))
 (let ((?x222 (- ?x216)))
 (let ((?x223 (* ?x200 ?x222)))
 (let ((?x221 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x198 ?x216)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x215 (* ?x213 ?x52)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x44)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x210 (- ?x107)))
 (let ((?x230 (+ ?x210 ?x229)))
 (let ((?x231 (* ?x192 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x241 (* ?x209 ?x240)))
 (let ((?x207 (* ?x192 ?x206)))
 (let ((?x208 (* |g2[0]| ?x207)))
 (let ((?x242 (+ ?x208 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x161 (/ 1.0 exp!3)))
 (let ((?x177 (* ?x161 ?x166)))
 (let ((?x178 (- ?x177)))
 (let ((?x179 (+ ?x154 ?x178)))
 (let ((?x183 (* ?x106 ?x179)))
 (let ((?x184 (- ?x183)))
 (let ((?x180 (* ?x176 ?x179)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x115 (+ ?x111 ?x114)))
 (let ((?x163 (- ?x115)))
 (let ((?x164 (+ ?x109 ?x163)))
 (let ((?x165 (* ?x161 ?x164)))
 (let ((?x167 (* ?x165 ?x166)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x109 ?x117)))
 (let ((?x119 (+ ?x102 ?x118)))
 (let ((?x122 (* ?x119 1.0)))
 (let ((?x144 (* f2 ?x122)))
 (let ((?x147 (+ ?x144 ?x146)))
 (let ((?x142 (* ?x141 ?x122)))
 (let ((?x148 (+ ?x142 ?x147)))
 (let ((?x149 (- ?x148)))
 (let ((?x160 (* 2.0 ?x149)))
 (let ((?x162 (* ?x161 ?x160)))
 (let ((?x168 (+ ?x162 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (+ ?x149 ?x169)))
 (let ((?x171 (* ?x106 ?x170)))
 (let ((?x181 (+ ?x171 ?x180)))
 (let ((?x182 (* ?x11 ?x181)))
 (let ((?x185 (+ ?x182 ?x184)))
 (let ((?x186 (- ?x185)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x150 (/ ?x149 scale)))
 (let ((?x157 (+ ?x150 ?x156)))
 (let ((?x138 (* |g2[1]| ?x122)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x123 (* (/ 1.0 2.0) ?x122)))
 (let ((?x124 (* 0.0 ?x123)))
 (let ((?x133 (+ ?x124 ?x132)))
 (let ((?x134 (* |h2[1,1]| ?x133)))
 (let ((?x129 (+ ?x124 ?x126)))
 (let ((?x130 (* |h2[0,1]| ?x129)))
 (let ((?x135 (+ ?x130 ?x134)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x128 (+ ?x124 ?x127)))
 (let ((?x136 (+ ?x128 ?x135)))
 (let ((?x139 (+ ?x136 ?x138)))
 (let ((?x158 (+ ?x139 ?x157)))
 (let ((?x187 (+ ?x158 ?x186)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x188 (+ ?x100 ?x187)))
 (let ((?x193 (* ?x192 ?x188)))
 (or (and (distinct ?x193 ?x248) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x192 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x192)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x216 (* ?x108 ?x52)))
 (let ((?x232 (/ ?x216 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x109 ?x235)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x237 (+ ?x102 ?x236)))
 (let ((?x238 (* ?x192 ?x237)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x200 (* ?x198 ?x52)))
 (let ((?x201 (/ ?x200 ?x44)))
 (let ((?x199 (- ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x203 (* 2.0 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x206 (+ ?x195 ?x205)))
 (let ((?x239 (* ?x206 ?x238)))
 (let ((?x222 (- ?x216)))
 (let ((?x223 (* ?x200 ?x222)))
 (let ((?x221 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x198 ?x216)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x215 (* ?x213 ?x52)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x44)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x210 (- ?x107)))
 (let ((?x230 (+ ?x210 ?x229)))
 (let ((?x231 (* ?x192 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x241 (* ?x209 ?x240)))
 (let ((?x207 (* ?x192 ?x206)))
 (let ((?x208 (* |g2[0]| ?x207)))
 (let ((?x242 (+ ?x208 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x161 (/ 1.0 exp!3)))
 (let ((?x251 (* ?x109 ?x161)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x249 (+ ?x114 ?x251)))
 (let ((?x384 (- ?x249)))
 (let ((?x597 (+ ?x109 ?x384)))
 (let ((?x596 (* ?x161 ?x597)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x601 (* ?x166 ?x596)))
 (let ((?x250 (* 2.0 ?x249)))
 (let ((?x599 (- ?x250)))
 (let ((?x598 (+ ?x109 ?x599)))
 (let ((?x587 (+ ?x102 ?x598)))
 (let ((?x380 (* 1.0 ?x587)))
 (let ((?x352 (* f2 ?x380)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x356 (+ ?x146 ?x352)))
 (let ((?x348 (* ?x141 ?x380)))
 (let ((?x382 (+ ?x348 ?x356)))
 (let ((?x372 (- ?x382)))
 (let ((?x381 (* 2.0 ?x372)))
 (let ((?x383 (* ?x161 ?x381)))
 (let ((?x600 (+ ?x383 ?x601)))
 (let ((?x606 (- ?x600)))
 (let ((?x270 (+ ?x372 ?x606)))
 (let ((?x271 (* ?x106 ?x270)))
 (let ((?x177 (* ?x161 ?x166)))
 (let ((?x178 (- ?x177)))
 (let ((?x179 (+ ?x154 ?x178)))
 (let ((?x180 (* ?x176 ?x179)))
 (let ((?x517 (+ ?x180 ?x271)))
 (let ((?x518 (* ?x11 ?x517)))
 (let ((?x183 (* ?x106 ?x179)))
 (let ((?x184 (- ?x183)))
 (let ((?x519 (+ ?x184 ?x518)))
 (let ((?x520 (- ?x519)))
 (let ((?x373 (/ ?x372 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x376 (+ ?x156 ?x373)))
 (let ((?x332 (* |g2[1]| ?x380)))
 (let ((?x406 (* (/ 1.0 2.0) ?x380)))
 (let ((?x430 (* 0.0 ?x406)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x324 (+ ?x132 ?x430)))
 (let ((?x327 (* |h2[1,1]| ?x324)))
 (let ((?x297 (+ ?x126 ?x430)))
 (let ((?x323 (* |h2[0,1]| ?x297)))
 (let ((?x328 (+ ?x323 ?x327)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x296 (+ ?x127 ?x430)))
 (let ((?x331 (+ ?x296 ?x328)))
 (let ((?x362 (+ ?x331 ?x332)))
 (let ((?x377 (+ ?x362 ?x376)))
 (let ((?x523 (+ ?x377 ?x520)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x524 (+ ?x100 ?x523)))
 (let ((?x527 (* ?x192 ?x524)))
 (or (and (distinct ?x527 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x192 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x192)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x216 (* ?x108 ?x52)))
 (let ((?x232 (/ ?x216 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x109 ?x235)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x237 (+ ?x102 ?x236)))
 (let ((?x238 (* ?x192 ?x237)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x200 (* ?x198 ?x52)))
 (let ((?x201 (/ ?x200 ?x44)))
 (let ((?x199 (- ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x203 (* 2.0 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x206 (+ ?x195 ?x205)))
 (let ((?x239 (* ?x206 ?x238)))
 (let ((?x222 (- ?x216)))
 (let ((?x223 (* ?x200 ?x222)))
 (let ((?x221 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x198 ?x216)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x215 (* ?x213 ?x52)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x44)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x210 (- ?x107)))
 (let ((?x230 (+ ?x210 ?x229)))
 (let ((?x231 (* ?x192 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x241 (* ?x209 ?x240)))
 (let ((?x207 (* ?x192 ?x206)))
 (let ((?x208 (* |g2[0]| ?x207)))
 (let ((?x242 (+ ?x208 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x161 (/ 1.0 exp!3)))
 (let ((?x251 (* ?x109 ?x161)))
 (let ((?x1547 (- ?x251)))
 (let ((?x1940 (+ ?x109 ?x1547)))
 (let ((?x258 (* ?x161 ?x1940)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x1294 (* ?x166 ?x258)))
 (let ((?x1590 (* 2.0 ?x251)))
 (let ((?x528 (- ?x1590)))
 (let ((?x531 (+ ?x109 ?x528)))
 (let ((?x1298 (+ ?x102 ?x531)))
 (let ((?x361 (* 1.0 ?x1298)))
 (let ((?x503 (* f2 ?x361)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x1376 (+ ?x146 ?x503)))
 (let ((?x1580 (* ?x141 ?x361)))
 (let ((?x1924 (+ ?x1580 ?x1376)))
 (let ((?x1892 (- ?x1924)))
 (let ((?x1005 (* 2.0 ?x1892)))
 (let ((?x407 (* ?x161 ?x1005)))
 (let ((?x1840 (+ ?x407 ?x1294)))
 (let ((?x1890 (- ?x1840)))
 (let ((?x1175 (+ ?x1892 ?x1890)))
 (let ((?x575 (* ?x106 ?x1175)))
 (let ((?x177 (* ?x161 ?x166)))
 (let ((?x178 (- ?x177)))
 (let ((?x179 (+ ?x154 ?x178)))
 (let ((?x180 (* ?x176 ?x179)))
 (let ((?x923 (+ ?x180 ?x575)))
 (let ((?x1984 (* ?x11 ?x923)))
 (let ((?x183 (* ?x106 ?x179)))
 (let ((?x184 (- ?x183)))
 (let ((?x1029 (+ ?x184 ?x1984)))
 (let ((?x1985 (- ?x1029)))
 (let ((?x1663 (/ ?x1892 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x921 (+ ?x156 ?x1663)))
 (let ((?x285 (* |g2[1]| ?x361)))
 (let ((?x824 (* (/ 1.0 2.0) ?x361)))
 (let ((?x1966 (* 0.0 ?x824)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1976 (+ ?x132 ?x1966)))
 (let ((?x1997 (* |h2[1,1]| ?x1976)))
 (let ((?x1003 (+ ?x126 ?x1966)))
 (let ((?x920 (* |h2[0,1]| ?x1003)))
 (let ((?x1571 (+ ?x920 ?x1997)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x298 (+ ?x127 ?x1966)))
 (let ((?x303 (+ ?x298 ?x1571)))
 (let ((?x1225 (+ ?x303 ?x285)))
 (let ((?x978 (+ ?x1225 ?x921)))
 (let ((?x493 (+ ?x978 ?x1985)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x255 (+ ?x100 ?x493)))
 (let ((?x494 (* ?x192 ?x255)))
 (or (and (distinct ?x494 ?x248) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x192 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x192)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x216 (* ?x108 ?x52)))
 (let ((?x232 (/ ?x216 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x109 ?x235)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x237 (+ ?x102 ?x236)))
 (let ((?x238 (* ?x192 ?x237)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x200 (* ?x198 ?x52)))
 (let ((?x201 (/ ?x200 ?x44)))
 (let ((?x199 (- ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x203 (* 2.0 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x206 (+ ?x195 ?x205)))
 (let ((?x239 (* ?x206 ?x238)))
 (let ((?x222 (- ?x216)))
 (let ((?x223 (* ?x200 ?x222)))
 (let ((?x221 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x198 ?x216)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x215 (* ?x213 ?x52)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x44)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x210 (- ?x107)))
 (let ((?x230 (+ ?x210 ?x229)))
 (let ((?x231 (* ?x192 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x241 (* ?x209 ?x240)))
 (let ((?x207 (* ?x192 ?x206)))
 (let ((?x208 (* |g2[0]| ?x207)))
 (let ((?x242 (+ ?x208 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x161 (/ 1.0 exp!3)))
 (let ((?x251 (* ?x109 ?x161)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x249 (+ ?x114 ?x251)))
 (let ((?x384 (- ?x249)))
 (let ((?x597 (+ ?x109 ?x384)))
 (let ((?x596 (* ?x161 ?x597)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x601 (* ?x166 ?x596)))
 (let ((?x250 (* 2.0 ?x249)))
 (let ((?x599 (- ?x250)))
 (let ((?x598 (+ ?x109 ?x599)))
 (let ((?x587 (+ ?x102 ?x598)))
 (let ((?x380 (* 1.0 ?x587)))
 (let ((?x352 (* f2 ?x380)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x356 (+ ?x146 ?x352)))
 (let ((?x348 (* ?x141 ?x380)))
 (let ((?x382 (+ ?x348 ?x356)))
 (let ((?x372 (- ?x382)))
 (let ((?x381 (* 2.0 ?x372)))
 (let ((?x383 (* ?x161 ?x381)))
 (let ((?x600 (+ ?x383 ?x601)))
 (let ((?x606 (- ?x600)))
 (let ((?x270 (+ ?x372 ?x606)))
 (let ((?x271 (* ?x106 ?x270)))
 (let ((?x177 (* ?x161 ?x166)))
 (let ((?x178 (- ?x177)))
 (let ((?x179 (+ ?x154 ?x178)))
 (let ((?x180 (* ?x176 ?x179)))
 (let ((?x517 (+ ?x180 ?x271)))
 (let ((?x518 (* ?x11 ?x517)))
 (let ((?x183 (* ?x106 ?x179)))
 (let ((?x184 (- ?x183)))
 (let ((?x519 (+ ?x184 ?x518)))
 (let ((?x520 (- ?x519)))
 (let ((?x373 (/ ?x372 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x376 (+ ?x156 ?x373)))
 (let ((?x332 (* |g2[1]| ?x380)))
 (let ((?x406 (* (/ 1.0 2.0) ?x380)))
 (let ((?x430 (* 0.0 ?x406)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x324 (+ ?x132 ?x430)))
 (let ((?x327 (* |h2[1,1]| ?x324)))
 (let ((?x297 (+ ?x126 ?x430)))
 (let ((?x323 (* |h2[0,1]| ?x297)))
 (let ((?x328 (+ ?x323 ?x327)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x296 (+ ?x127 ?x430)))
 (let ((?x331 (+ ?x296 ?x328)))
 (let ((?x362 (+ ?x331 ?x332)))
 (let ((?x377 (+ ?x362 ?x376)))
 (let ((?x523 (+ ?x377 ?x520)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x524 (+ ?x100 ?x523)))
 (let ((?x527 (* ?x192 ?x524)))
 (or (and (distinct ?x527 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x192 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x192)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x216 (* ?x108 ?x52)))
 (let ((?x232 (/ ?x216 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x109 ?x235)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x237 (+ ?x102 ?x236)))
 (let ((?x238 (* ?x192 ?x237)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x200 (* ?x198 ?x52)))
 (let ((?x201 (/ ?x200 ?x44)))
 (let ((?x199 (- ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x203 (* 2.0 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x206 (+ ?x195 ?x205)))
 (let ((?x239 (* ?x206 ?x238)))
 (let ((?x222 (- ?x216)))
 (let ((?x223 (* ?x200 ?x222)))
 (let ((?x221 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x198 ?x216)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x215 (* ?x213 ?x52)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x44)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x210 (- ?x107)))
 (let ((?x230 (+ ?x210 ?x229)))
 (let ((?x231 (* ?x192 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x241 (* ?x209 ?x240)))
 (let ((?x207 (* ?x192 ?x206)))
 (let ((?x208 (* |g2[0]| ?x207)))
 (let ((?x242 (+ ?x208 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1131 (* ?x110 ?x166)))
 (let ((?x654 (- ?x1131)))
 (let ((?x353 (+ ?x154 ?x654)))
 (let ((?x533 (* ?x106 ?x353)))
 (let ((?x1497 (- ?x533)))
 (let ((?x620 (* ?x176 ?x353)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1891 (* ?x111 ?x166)))
 (let ((?x161 (/ 1.0 exp!3)))
 (let ((?x251 (* ?x109 ?x161)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x249 (+ ?x114 ?x251)))
 (let ((?x250 (* 2.0 ?x249)))
 (let ((?x599 (- ?x250)))
 (let ((?x598 (+ ?x109 ?x599)))
 (let ((?x587 (+ ?x102 ?x598)))
 (let ((?x380 (* 1.0 ?x587)))
 (let ((?x352 (* f2 ?x380)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x356 (+ ?x146 ?x352)))
 (let ((?x348 (* ?x141 ?x380)))
 (let ((?x382 (+ ?x348 ?x356)))
 (let ((?x372 (- ?x382)))
 (let ((?x381 (* 2.0 ?x372)))
 (let ((?x1360 (* ?x110 ?x381)))
 (let ((?x1036 (+ ?x1360 ?x1891)))
 (let ((?x1760 (- ?x1036)))
 (let ((?x1918 (+ ?x372 ?x1760)))
 (let ((?x1067 (* ?x106 ?x1918)))
 (let ((?x1397 (+ ?x1067 ?x620)))
 (let ((?x837 (* ?x11 ?x1397)))
 (let ((?x1904 (+ ?x837 ?x1497)))
 (let ((?x565 (- ?x1904)))
 (let ((?x373 (/ ?x372 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x376 (+ ?x156 ?x373)))
 (let ((?x332 (* |g2[1]| ?x380)))
 (let ((?x406 (* (/ 1.0 2.0) ?x380)))
 (let ((?x430 (* 0.0 ?x406)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x324 (+ ?x132 ?x430)))
 (let ((?x327 (* |h2[1,1]| ?x324)))
 (let ((?x297 (+ ?x126 ?x430)))
 (let ((?x323 (* |h2[0,1]| ?x297)))
 (let ((?x328 (+ ?x323 ?x327)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x296 (+ ?x127 ?x430)))
 (let ((?x331 (+ ?x296 ?x328)))
 (let ((?x362 (+ ?x331 ?x332)))
 (let ((?x377 (+ ?x362 ?x376)))
 (let ((?x1130 (+ ?x377 ?x565)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1584 (+ ?x100 ?x1130)))
 (let ((?x1297 (* ?x192 ?x1584)))
 (or (and (distinct ?x1297 ?x248) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x192 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x192)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x216 (* ?x108 ?x52)))
 (let ((?x232 (/ ?x216 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x109 ?x235)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x237 (+ ?x102 ?x236)))
 (let ((?x238 (* ?x192 ?x237)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x200 (* ?x198 ?x52)))
 (let ((?x201 (/ ?x200 ?x44)))
 (let ((?x199 (- ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x203 (* 2.0 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x206 (+ ?x195 ?x205)))
 (let ((?x239 (* ?x206 ?x238)))
 (let ((?x222 (- ?x216)))
 (let ((?x223 (* ?x200 ?x222)))
 (let ((?x221 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x198 ?x216)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x215 (* ?x213 ?x52)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x44)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x210 (- ?x107)))
 (let ((?x230 (+ ?x210 ?x229)))
 (let ((?x231 (* ?x192 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x241 (* ?x209 ?x240)))
 (let ((?x207 (* ?x192 ?x206)))
 (let ((?x208 (* |g2[0]| ?x207)))
 (let ((?x242 (+ ?x208 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x161 (/ 1.0 exp!3)))
 (let ((?x251 (* ?x109 ?x161)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x249 (+ ?x114 ?x251)))
 (let ((?x384 (- ?x249)))
 (let ((?x597 (+ ?x109 ?x384)))
 (let ((?x596 (* ?x161 ?x597)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x601 (* ?x166 ?x596)))
 (let ((?x250 (* 2.0 ?x249)))
 (let ((?x599 (- ?x250)))
 (let ((?x598 (+ ?x109 ?x599)))
 (let ((?x587 (+ ?x102 ?x598)))
 (let ((?x380 (* 1.0 ?x587)))
 (let ((?x352 (* f2 ?x380)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x356 (+ ?x146 ?x352)))
 (let ((?x348 (* ?x141 ?x380)))
 (let ((?x382 (+ ?x348 ?x356)))
 (let ((?x372 (- ?x382)))
 (let ((?x381 (* 2.0 ?x372)))
 (let ((?x383 (* ?x161 ?x381)))
 (let ((?x600 (+ ?x383 ?x601)))
 (let ((?x606 (- ?x600)))
 (let ((?x270 (+ ?x372 ?x606)))
 (let ((?x271 (* ?x106 ?x270)))
 (let ((?x177 (* ?x161 ?x166)))
 (let ((?x178 (- ?x177)))
 (let ((?x179 (+ ?x154 ?x178)))
 (let ((?x180 (* ?x176 ?x179)))
 (let ((?x517 (+ ?x180 ?x271)))
 (let ((?x518 (* ?x11 ?x517)))
 (let ((?x183 (* ?x106 ?x179)))
 (let ((?x184 (- ?x183)))
 (let ((?x519 (+ ?x184 ?x518)))
 (let ((?x520 (- ?x519)))
 (let ((?x373 (/ ?x372 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x376 (+ ?x156 ?x373)))
 (let ((?x332 (* |g2[1]| ?x380)))
 (let ((?x406 (* (/ 1.0 2.0) ?x380)))
 (let ((?x430 (* 0.0 ?x406)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x324 (+ ?x132 ?x430)))
 (let ((?x327 (* |h2[1,1]| ?x324)))
 (let ((?x297 (+ ?x126 ?x430)))
 (let ((?x323 (* |h2[0,1]| ?x297)))
 (let ((?x328 (+ ?x323 ?x327)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x296 (+ ?x127 ?x430)))
 (let ((?x331 (+ ?x296 ?x328)))
 (let ((?x362 (+ ?x331 ?x332)))
 (let ((?x377 (+ ?x362 ?x376)))
 (let ((?x523 (+ ?x377 ?x520)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x524 (+ ?x100 ?x523)))
 (let ((?x527 (* ?x192 ?x524)))
 (or (and (distinct ?x527 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x192 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x192)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x216 (* ?x108 ?x52)))
 (let ((?x232 (/ ?x216 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x109 ?x235)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x237 (+ ?x102 ?x236)))
 (let ((?x238 (* ?x192 ?x237)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x200 (* ?x198 ?x52)))
 (let ((?x201 (/ ?x200 ?x44)))
 (let ((?x199 (- ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x203 (* 2.0 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x206 (+ ?x195 ?x205)))
 (let ((?x239 (* ?x206 ?x238)))
 (let ((?x222 (- ?x216)))
 (let ((?x223 (* ?x200 ?x222)))
 (let ((?x221 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x198 ?x216)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x215 (* ?x213 ?x52)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x44)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x210 (- ?x107)))
 (let ((?x230 (+ ?x210 ?x229)))
 (let ((?x231 (* ?x192 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x241 (* ?x209 ?x240)))
 (let ((?x207 (* ?x192 ?x206)))
 (let ((?x208 (* |g2[0]| ?x207)))
 (let ((?x242 (+ ?x208 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x161 (/ 1.0 exp!3)))
 (let ((?x251 (* ?x109 ?x161)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x249 (+ ?x114 ?x251)))
 (let ((?x384 (- ?x249)))
 (let ((?x597 (+ ?x109 ?x384)))
 (let ((?x596 (* ?x161 ?x597)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x601 (* ?x166 ?x596)))
 (let ((?x250 (* 2.0 ?x249)))
 (let ((?x599 (- ?x250)))
 (let ((?x598 (+ ?x109 ?x599)))
 (let ((?x587 (+ ?x102 ?x598)))
 (let ((?x380 (* 1.0 ?x587)))
 (let ((?x352 (* f2 ?x380)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x356 (+ ?x146 ?x352)))
 (let ((?x348 (* ?x141 ?x380)))
 (let ((?x382 (+ ?x348 ?x356)))
 (let ((?x372 (- ?x382)))
 (let ((?x381 (* 2.0 ?x372)))
 (let ((?x383 (* ?x161 ?x381)))
 (let ((?x600 (+ ?x383 ?x601)))
 (let ((?x606 (- ?x600)))
 (let ((?x270 (+ ?x372 ?x606)))
 (let ((?x271 (* ?x106 ?x270)))
 (let ((?x177 (* ?x161 ?x166)))
 (let ((?x178 (- ?x177)))
 (let ((?x179 (+ ?x154 ?x178)))
 (let ((?x180 (* ?x176 ?x179)))
 (let ((?x517 (+ ?x180 ?x271)))
 (let ((?x518 (* ?x11 ?x517)))
 (let ((?x183 (* ?x106 ?x179)))
 (let ((?x184 (- ?x183)))
 (let ((?x519 (+ ?x184 ?x518)))
 (let ((?x520 (- ?x519)))
 (let ((?x373 (/ ?x372 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x376 (+ ?x156 ?x373)))
 (let ((?x332 (* |g2[1]| ?x380)))
 (let ((?x406 (* (/ 1.0 2.0) ?x380)))
 (let ((?x430 (* 0.0 ?x406)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x324 (+ ?x132 ?x430)))
 (let ((?x327 (* |h2[1,1]| ?x324)))
 (let ((?x297 (+ ?x126 ?x430)))
 (let ((?x323 (* |h2[0,1]| ?x297)))
 (let ((?x328 (+ ?x323 ?x327)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x296 (+ ?x127 ?x430)))
 (let ((?x331 (+ ?x296 ?x328)))
 (let ((?x362 (+ ?x331 ?x332)))
 (let ((?x377 (+ ?x362 ?x376)))
 (let ((?x523 (+ ?x377 ?x520)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x524 (+ ?x100 ?x523)))
 (let ((?x527 (* ?x192 ?x524)))
 (or (and (distinct ?x527 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (= 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x1636 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1044 (+ ?x1636 ?x1621)))
 (let ((?x901 (* 2.0 ?x1044)))
 (let ((?x1585 (- ?x901)))
 (let ((?x1285 (+ ?x109 ?x1585)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x354 (+ ?x102 ?x1285)))
 (let ((?x1421 (* ?x1816 ?x354)))
 (let ((?x256 (* |g2[1]| ?x1421)))
 (let ((?x1002 (+ ?x256 ?x1103)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x568 (* (/ 1.0 2.0) ?x199)))
 (let ((?x2081 (+ ?x568 ?x2082)))
 (let ((?x2079 (* 2.0 ?x2081)))
 (let ((?x2074 (- ?x2079)))
 (let ((?x2043 (+ ?x199 ?x2074)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2040 (+ ?x195 ?x2043)))
 (let ((?x1283 (* ?x2040 ?x1421)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x2019 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1738 (+ ?x2019 ?x1761)))
 (let ((?x1707 (* 2.0 ?x1738)))
 (let ((?x1915 (- ?x1707)))
 (let ((?x1698 (+ ?x214 ?x1915)))
 (let ((?x210 (- ?x107)))
 (let ((?x1696 (+ ?x210 ?x1698)))
 (let ((?x1695 (* ?x1816 ?x1696)))
 (let ((?x1277 (+ ?x1695 ?x1283)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1082 (* ?x209 ?x1277)))
 (let ((?x1553 (* ?x1816 ?x2040)))
 (let ((?x1528 (* |g2[0]| ?x1553)))
 (let ((?x1270 (+ ?x1528 ?x1082)))
 (let ((?x967 (+ ?x1270 ?x1002)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x1409 (+ ?x111 ?x701)))
 (let ((?x2032 (- ?x1409)))
 (let ((?x2117 (+ ?x109 ?x2032)))
 (let ((?x1896 (* ?x1942 ?x2117)))
 (let ((?x2056 (* ?x1896 ?x166)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x1514 (* 2.0 ?x1409)))
 (let ((?x2007 (- ?x1514)))
 (let ((?x1069 (+ ?x109 ?x2007)))
 (let ((?x1866 (+ ?x102 ?x1069)))
 (let ((?x1136 (* ?x1866 1.0)))
 (let ((?x1994 (* f2 ?x1136)))
 (let ((?x737 (+ ?x1994 ?x146)))
 (let ((?x674 (* ?x141 ?x1136)))
 (let ((?x1804 (+ ?x674 ?x737)))
 (let ((?x1356 (- ?x1804)))
 (let ((?x585 (* 2.0 ?x1356)))
 (let ((?x2100 (* ?x1942 ?x585)))
 (let ((?x1456 (+ ?x2100 ?x2056)))
 (let ((?x1435 (- ?x1456)))
 (let ((?x1511 (+ ?x1356 ?x1435)))
 (let ((?x1910 (* ?x106 ?x1511)))
 (let ((?x1765 (+ ?x1910 ?x1649)))
 (let ((?x1309 (* ?x11 ?x1765)))
 (let ((?x1851 (+ ?x1309 ?x833)))
 (let ((?x1755 (- ?x1851)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x707 (/ ?x1356 scale)))
 (let ((?x1344 (+ ?x707 ?x156)))
 (let ((?x1899 (* |g2[1]| ?x1136)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1686 (* (/ 1.0 2.0) ?x1136)))
 (let ((?x1756 (* 0.0 ?x1686)))
 (let ((?x647 (+ ?x1756 ?x132)))
 (let ((?x628 (* |h2[1,1]| ?x647)))
 (let ((?x650 (+ ?x1756 ?x126)))
 (let ((?x1217 (* |h2[0,1]| ?x650)))
 (let ((?x1482 (+ ?x1217 ?x628)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1412 (+ ?x1756 ?x127)))
 (let ((?x1536 (+ ?x1412 ?x1482)))
 (let ((?x1545 (+ ?x1536 ?x1899)))
 (let ((?x294 (+ ?x1545 ?x1344)))
 (let ((?x1118 (+ ?x294 ?x1755)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1333 (+ ?x100 ?x1118)))
 (let ((?x2086 (* ?x1816 ?x1333)))
 (or (and (distinct ?x2086 ?x967) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x1636 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1044 (+ ?x1636 ?x1621)))
 (let ((?x901 (* 2.0 ?x1044)))
 (let ((?x1585 (- ?x901)))
 (let ((?x1285 (+ ?x109 ?x1585)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x354 (+ ?x102 ?x1285)))
 (let ((?x1421 (* ?x1816 ?x354)))
 (let ((?x256 (* |g2[1]| ?x1421)))
 (let ((?x1002 (+ ?x256 ?x1103)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x568 (* (/ 1.0 2.0) ?x199)))
 (let ((?x2081 (+ ?x568 ?x2082)))
 (let ((?x2079 (* 2.0 ?x2081)))
 (let ((?x2074 (- ?x2079)))
 (let ((?x2043 (+ ?x199 ?x2074)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2040 (+ ?x195 ?x2043)))
 (let ((?x1283 (* ?x2040 ?x1421)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x2019 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1738 (+ ?x2019 ?x1761)))
 (let ((?x1707 (* 2.0 ?x1738)))
 (let ((?x1915 (- ?x1707)))
 (let ((?x1698 (+ ?x214 ?x1915)))
 (let ((?x210 (- ?x107)))
 (let ((?x1696 (+ ?x210 ?x1698)))
 (let ((?x1695 (* ?x1816 ?x1696)))
 (let ((?x1277 (+ ?x1695 ?x1283)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1082 (* ?x209 ?x1277)))
 (let ((?x1553 (* ?x1816 ?x2040)))
 (let ((?x1528 (* |g2[0]| ?x1553)))
 (let ((?x1270 (+ ?x1528 ?x1082)))
 (let ((?x967 (+ ?x1270 ?x1002)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x967) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x764 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x2455 (+ ?x1621 ?x764)))
 (let ((?x540 (* 2.0 ?x2455)))
 (let ((?x676 (- ?x540)))
 (let ((?x1749 (+ ?x109 ?x676)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1095 (+ ?x102 ?x1749)))
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1111 (* ?x1816 ?x1095)))
 (let ((?x2085 (* |g2[1]| ?x1111)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x2097 (+ ?x1103 ?x2085)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1544 (* 0.0 ?x199)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x897 (+ ?x2082 ?x1544)))
 (let ((?x851 (* 2.0 ?x897)))
 (let ((?x1972 (- ?x851)))
 (let ((?x535 (+ ?x199 ?x1972)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2458 (+ ?x195 ?x535)))
 (let ((?x1269 (* ?x2458 ?x1111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2459 (* 0.0 ?x214)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x1970 (+ ?x1761 ?x2459)))
 (let ((?x838 (* 2.0 ?x1970)))
 (let ((?x2408 (- ?x838)))
 (let ((?x751 (+ ?x214 ?x2408)))
 (let ((?x210 (- ?x107)))
 (let ((?x2456 (+ ?x210 ?x751)))
 (let ((?x862 (* ?x1816 ?x2456)))
 (let ((?x480 (+ ?x862 ?x1269)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x260 (* ?x209 ?x480)))
 (let ((?x793 (* ?x1816 ?x2458)))
 (let ((?x2449 (* |g2[0]| ?x793)))
 (let ((?x1476 (+ ?x2449 ?x260)))
 (let ((?x2047 (+ ?x1476 ?x2097)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x2047) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (= 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x1636 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1044 (+ ?x1636 ?x1621)))
 (let ((?x901 (* 2.0 ?x1044)))
 (let ((?x1585 (- ?x901)))
 (let ((?x1285 (+ ?x109 ?x1585)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x354 (+ ?x102 ?x1285)))
 (let ((?x1421 (* ?x1816 ?x354)))
 (let ((?x256 (* |g2[1]| ?x1421)))
 (let ((?x1002 (+ ?x256 ?x1103)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x568 (* (/ 1.0 2.0) ?x199)))
 (let ((?x2081 (+ ?x568 ?x2082)))
 (let ((?x2079 (* 2.0 ?x2081)))
 (let ((?x2074 (- ?x2079)))
 (let ((?x2043 (+ ?x199 ?x2074)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2040 (+ ?x195 ?x2043)))
 (let ((?x1283 (* ?x2040 ?x1421)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x2019 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1738 (+ ?x2019 ?x1761)))
 (let ((?x1707 (* 2.0 ?x1738)))
 (let ((?x1915 (- ?x1707)))
 (let ((?x1698 (+ ?x214 ?x1915)))
 (let ((?x210 (- ?x107)))
 (let ((?x1696 (+ ?x210 ?x1698)))
 (let ((?x1695 (* ?x1816 ?x1696)))
 (let ((?x1277 (+ ?x1695 ?x1283)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1082 (* ?x209 ?x1277)))
 (let ((?x1553 (* ?x1816 ?x2040)))
 (let ((?x1528 (* |g2[0]| ?x1553)))
 (let ((?x1270 (+ ?x1528 ?x1082)))
 (let ((?x967 (+ ?x1270 ?x1002)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1617 (- ?x1343)))
 (let ((?x2768 (+ ?x109 ?x1617)))
 (let ((?x989 (* ?x1942 ?x2768)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x1228 (* ?x166 ?x989)))
 (let ((?x419 (* 2.0 ?x1343)))
 (let ((?x308 (- ?x419)))
 (let ((?x1023 (+ ?x109 ?x308)))
 (let ((?x1039 (+ ?x102 ?x1023)))
 (let ((?x1308 (* 1.0 ?x1039)))
 (let ((?x2064 (* f2 ?x1308)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x2511 (+ ?x146 ?x2064)))
 (let ((?x1074 (* ?x141 ?x1308)))
 (let ((?x2818 (+ ?x1074 ?x2511)))
 (let ((?x1882 (- ?x2818)))
 (let ((?x1418 (* 2.0 ?x1882)))
 (let ((?x2828 (* ?x1942 ?x1418)))
 (let ((?x2076 (+ ?x2828 ?x1228)))
 (let ((?x962 (- ?x2076)))
 (let ((?x490 (+ ?x1882 ?x962)))
 (let ((?x827 (* ?x106 ?x490)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x1954 (+ ?x1649 ?x827)))
 (let ((?x1181 (* ?x11 ?x1954)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x2913 (+ ?x833 ?x1181)))
 (let ((?x2355 (- ?x2913)))
 (let ((?x2418 (/ ?x1882 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x2342 (+ ?x156 ?x2418)))
 (let ((?x581 (* |g2[1]| ?x1308)))
 (let ((?x1822 (* (/ 1.0 2.0) ?x1308)))
 (let ((?x1965 (* 0.0 ?x1822)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1555 (+ ?x132 ?x1965)))
 (let ((?x584 (* |h2[1,1]| ?x1555)))
 (let ((?x1151 (+ ?x126 ?x1965)))
 (let ((?x854 (* |h2[0,1]| ?x1151)))
 (let ((?x1034 (+ ?x854 ?x584)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1740 (+ ?x127 ?x1965)))
 (let ((?x304 (+ ?x1740 ?x1034)))
 (let ((?x2438 (+ ?x304 ?x581)))
 (let ((?x1622 (+ ?x2438 ?x2342)))
 (let ((?x1777 (+ ?x1622 ?x2355)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x610 (+ ?x100 ?x1777)))
 (let ((?x2903 (* ?x1816 ?x610)))
 (or (and (distinct ?x2903 ?x967) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x1636 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1044 (+ ?x1636 ?x1621)))
 (let ((?x901 (* 2.0 ?x1044)))
 (let ((?x1585 (- ?x901)))
 (let ((?x1285 (+ ?x109 ?x1585)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x354 (+ ?x102 ?x1285)))
 (let ((?x1421 (* ?x1816 ?x354)))
 (let ((?x256 (* |g2[1]| ?x1421)))
 (let ((?x1002 (+ ?x256 ?x1103)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x568 (* (/ 1.0 2.0) ?x199)))
 (let ((?x2081 (+ ?x568 ?x2082)))
 (let ((?x2079 (* 2.0 ?x2081)))
 (let ((?x2074 (- ?x2079)))
 (let ((?x2043 (+ ?x199 ?x2074)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2040 (+ ?x195 ?x2043)))
 (let ((?x1283 (* ?x2040 ?x1421)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x2019 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1738 (+ ?x2019 ?x1761)))
 (let ((?x1707 (* 2.0 ?x1738)))
 (let ((?x1915 (- ?x1707)))
 (let ((?x1698 (+ ?x214 ?x1915)))
 (let ((?x210 (- ?x107)))
 (let ((?x1696 (+ ?x210 ?x1698)))
 (let ((?x1695 (* ?x1816 ?x1696)))
 (let ((?x1277 (+ ?x1695 ?x1283)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1082 (* ?x209 ?x1277)))
 (let ((?x1553 (* ?x1816 ?x2040)))
 (let ((?x1528 (* |g2[0]| ?x1553)))
 (let ((?x1270 (+ ?x1528 ?x1082)))
 (let ((?x967 (+ ?x1270 ?x1002)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x967) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x764 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x2455 (+ ?x1621 ?x764)))
 (let ((?x540 (* 2.0 ?x2455)))
 (let ((?x676 (- ?x540)))
 (let ((?x1749 (+ ?x109 ?x676)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1095 (+ ?x102 ?x1749)))
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1111 (* ?x1816 ?x1095)))
 (let ((?x2085 (* |g2[1]| ?x1111)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x2097 (+ ?x1103 ?x2085)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1544 (* 0.0 ?x199)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x897 (+ ?x2082 ?x1544)))
 (let ((?x851 (* 2.0 ?x897)))
 (let ((?x1972 (- ?x851)))
 (let ((?x535 (+ ?x199 ?x1972)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2458 (+ ?x195 ?x535)))
 (let ((?x1269 (* ?x2458 ?x1111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2459 (* 0.0 ?x214)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x1970 (+ ?x1761 ?x2459)))
 (let ((?x838 (* 2.0 ?x1970)))
 (let ((?x2408 (- ?x838)))
 (let ((?x751 (+ ?x214 ?x2408)))
 (let ((?x210 (- ?x107)))
 (let ((?x2456 (+ ?x210 ?x751)))
 (let ((?x862 (* ?x1816 ?x2456)))
 (let ((?x480 (+ ?x862 ?x1269)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x260 (* ?x209 ?x480)))
 (let ((?x793 (* ?x1816 ?x2458)))
 (let ((?x2449 (* |g2[0]| ?x793)))
 (let ((?x1476 (+ ?x2449 ?x260)))
 (let ((?x2047 (+ ?x1476 ?x2097)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x2047) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (= 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x1636 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1044 (+ ?x1636 ?x1621)))
 (let ((?x901 (* 2.0 ?x1044)))
 (let ((?x1585 (- ?x901)))
 (let ((?x1285 (+ ?x109 ?x1585)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x354 (+ ?x102 ?x1285)))
 (let ((?x1421 (* ?x1816 ?x354)))
 (let ((?x256 (* |g2[1]| ?x1421)))
 (let ((?x1002 (+ ?x256 ?x1103)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x568 (* (/ 1.0 2.0) ?x199)))
 (let ((?x2081 (+ ?x568 ?x2082)))
 (let ((?x2079 (* 2.0 ?x2081)))
 (let ((?x2074 (- ?x2079)))
 (let ((?x2043 (+ ?x199 ?x2074)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2040 (+ ?x195 ?x2043)))
 (let ((?x1283 (* ?x2040 ?x1421)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x2019 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1738 (+ ?x2019 ?x1761)))
 (let ((?x1707 (* 2.0 ?x1738)))
 (let ((?x1915 (- ?x1707)))
 (let ((?x1698 (+ ?x214 ?x1915)))
 (let ((?x210 (- ?x107)))
 (let ((?x1696 (+ ?x210 ?x1698)))
 (let ((?x1695 (* ?x1816 ?x1696)))
 (let ((?x1277 (+ ?x1695 ?x1283)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1082 (* ?x209 ?x1277)))
 (let ((?x1553 (* ?x1816 ?x2040)))
 (let ((?x1528 (* |g2[0]| ?x1553)))
 (let ((?x1270 (+ ?x1528 ?x1082)))
 (let ((?x967 (+ ?x1270 ?x1002)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x1131 (* ?x110 ?x166)))
 (let ((?x654 (- ?x1131)))
 (let ((?x353 (+ ?x154 ?x654)))
 (let ((?x533 (* ?x106 ?x353)))
 (let ((?x1497 (- ?x533)))
 (let ((?x620 (* ?x176 ?x353)))
 (let ((?x1891 (* ?x111 ?x166)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x1452 (* ?x110 ?x806)))
 (let ((?x2723 (+ ?x1452 ?x1891)))
 (let ((?x1807 (- ?x2723)))
 (let ((?x871 (+ ?x355 ?x1807)))
 (let ((?x850 (* ?x106 ?x871)))
 (let ((?x2302 (+ ?x850 ?x620)))
 (let ((?x638 (* ?x11 ?x2302)))
 (let ((?x2212 (+ ?x638 ?x1497)))
 (let ((?x2376 (- ?x2212)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x2396 (+ ?x278 ?x2376)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x693 (+ ?x100 ?x2396)))
 (let ((?x782 (* ?x1816 ?x693)))
 (or (and (distinct ?x782 ?x967) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x1636 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1044 (+ ?x1636 ?x1621)))
 (let ((?x901 (* 2.0 ?x1044)))
 (let ((?x1585 (- ?x901)))
 (let ((?x1285 (+ ?x109 ?x1585)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x354 (+ ?x102 ?x1285)))
 (let ((?x1421 (* ?x1816 ?x354)))
 (let ((?x256 (* |g2[1]| ?x1421)))
 (let ((?x1002 (+ ?x256 ?x1103)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x568 (* (/ 1.0 2.0) ?x199)))
 (let ((?x2081 (+ ?x568 ?x2082)))
 (let ((?x2079 (* 2.0 ?x2081)))
 (let ((?x2074 (- ?x2079)))
 (let ((?x2043 (+ ?x199 ?x2074)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2040 (+ ?x195 ?x2043)))
 (let ((?x1283 (* ?x2040 ?x1421)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x2019 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1738 (+ ?x2019 ?x1761)))
 (let ((?x1707 (* 2.0 ?x1738)))
 (let ((?x1915 (- ?x1707)))
 (let ((?x1698 (+ ?x214 ?x1915)))
 (let ((?x210 (- ?x107)))
 (let ((?x1696 (+ ?x210 ?x1698)))
 (let ((?x1695 (* ?x1816 ?x1696)))
 (let ((?x1277 (+ ?x1695 ?x1283)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1082 (* ?x209 ?x1277)))
 (let ((?x1553 (* ?x1816 ?x2040)))
 (let ((?x1528 (* |g2[0]| ?x1553)))
 (let ((?x1270 (+ ?x1528 ?x1082)))
 (let ((?x967 (+ ?x1270 ?x1002)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x967) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x764 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x2455 (+ ?x1621 ?x764)))
 (let ((?x540 (* 2.0 ?x2455)))
 (let ((?x676 (- ?x540)))
 (let ((?x1749 (+ ?x109 ?x676)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1095 (+ ?x102 ?x1749)))
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1111 (* ?x1816 ?x1095)))
 (let ((?x2085 (* |g2[1]| ?x1111)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x2097 (+ ?x1103 ?x2085)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1544 (* 0.0 ?x199)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x897 (+ ?x2082 ?x1544)))
 (let ((?x851 (* 2.0 ?x897)))
 (let ((?x1972 (- ?x851)))
 (let ((?x535 (+ ?x199 ?x1972)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2458 (+ ?x195 ?x535)))
 (let ((?x1269 (* ?x2458 ?x1111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2459 (* 0.0 ?x214)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x1970 (+ ?x1761 ?x2459)))
 (let ((?x838 (* 2.0 ?x1970)))
 (let ((?x2408 (- ?x838)))
 (let ((?x751 (+ ?x214 ?x2408)))
 (let ((?x210 (- ?x107)))
 (let ((?x2456 (+ ?x210 ?x751)))
 (let ((?x862 (* ?x1816 ?x2456)))
 (let ((?x480 (+ ?x862 ?x1269)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x260 (* ?x209 ?x480)))
 (let ((?x793 (* ?x1816 ?x2458)))
 (let ((?x2449 (* |g2[0]| ?x793)))
 (let ((?x1476 (+ ?x2449 ?x260)))
 (let ((?x2047 (+ ?x1476 ?x2097)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x2047) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x1636 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1044 (+ ?x1636 ?x1621)))
 (let ((?x901 (* 2.0 ?x1044)))
 (let ((?x1585 (- ?x901)))
 (let ((?x1285 (+ ?x109 ?x1585)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x354 (+ ?x102 ?x1285)))
 (let ((?x1421 (* ?x1816 ?x354)))
 (let ((?x256 (* |g2[1]| ?x1421)))
 (let ((?x1002 (+ ?x256 ?x1103)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x568 (* (/ 1.0 2.0) ?x199)))
 (let ((?x2081 (+ ?x568 ?x2082)))
 (let ((?x2079 (* 2.0 ?x2081)))
 (let ((?x2074 (- ?x2079)))
 (let ((?x2043 (+ ?x199 ?x2074)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2040 (+ ?x195 ?x2043)))
 (let ((?x1283 (* ?x2040 ?x1421)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x2019 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1738 (+ ?x2019 ?x1761)))
 (let ((?x1707 (* 2.0 ?x1738)))
 (let ((?x1915 (- ?x1707)))
 (let ((?x1698 (+ ?x214 ?x1915)))
 (let ((?x210 (- ?x107)))
 (let ((?x1696 (+ ?x210 ?x1698)))
 (let ((?x1695 (* ?x1816 ?x1696)))
 (let ((?x1277 (+ ?x1695 ?x1283)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1082 (* ?x209 ?x1277)))
 (let ((?x1553 (* ?x1816 ?x2040)))
 (let ((?x1528 (* |g2[0]| ?x1553)))
 (let ((?x1270 (+ ?x1528 ?x1082)))
 (let ((?x967 (+ ?x1270 ?x1002)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x967) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (< 0.0 ?x1927))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let (($x672 (= 0.0 ?x1927)))
 (not $x672)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x764 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1927 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1621 (/ ?x111 ?x1927)))
 (let ((?x2455 (+ ?x1621 ?x764)))
 (let ((?x540 (* 2.0 ?x2455)))
 (let ((?x676 (- ?x540)))
 (let ((?x1749 (+ ?x109 ?x676)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1095 (+ ?x102 ?x1749)))
 (let ((?x1816 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1111 (* ?x1816 ?x1095)))
 (let ((?x2085 (* |g2[1]| ?x1111)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1103 (* ?x245 ?x1816)))
 (let ((?x2097 (+ ?x1103 ?x2085)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1544 (* 0.0 ?x199)))
 (let ((?x1415 (* ?x199 ?x110)))
 (let ((?x2082 (/ ?x1415 ?x1927)))
 (let ((?x897 (+ ?x2082 ?x1544)))
 (let ((?x851 (* 2.0 ?x897)))
 (let ((?x1972 (- ?x851)))
 (let ((?x535 (+ ?x199 ?x1972)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2458 (+ ?x195 ?x535)))
 (let ((?x1269 (* ?x2458 ?x1111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2459 (* 0.0 ?x214)))
 (let ((?x1788 (- ?x111)))
 (let ((?x1713 (* ?x1415 ?x1788)))
 (let ((?x1798 (/ 1.0 (* ?x1927 ?x1927))))
 (let ((?x2109 (* ?x1798 ?x1713)))
 (let ((?x1291 (* ?x199 ?x111)))
 (let ((?x1507 (* ?x214 ?x110)))
 (let ((?x1158 (+ ?x1507 ?x1291)))
 (let ((?x2009 (/ ?x1158 ?x1927)))
 (let ((?x1761 (+ ?x2009 ?x2109)))
 (let ((?x1970 (+ ?x1761 ?x2459)))
 (let ((?x838 (* 2.0 ?x1970)))
 (let ((?x2408 (- ?x838)))
 (let ((?x751 (+ ?x214 ?x2408)))
 (let ((?x210 (- ?x107)))
 (let ((?x2456 (+ ?x210 ?x751)))
 (let ((?x862 (* ?x1816 ?x2456)))
 (let ((?x480 (+ ?x862 ?x1269)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x260 (* ?x209 ?x480)))
 (let ((?x793 (* ?x1816 ?x2458)))
 (let ((?x2449 (* |g2[0]| ?x793)))
 (let ((?x1476 (+ ?x2449 ?x260)))
 (let ((?x2047 (+ ?x1476 ?x2097)))
 (let ((?x1942 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1343 (* ?x109 ?x1942)))
 (let ((?x1322 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x701 (* 0.0 ?x1322)))
 (let ((?x713 (+ ?x701 ?x1343)))
 (let ((?x634 (- ?x713)))
 (let ((?x846 (+ ?x109 ?x634)))
 (let ((?x733 (* ?x1942 ?x846)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x640 (* ?x166 ?x733)))
 (let ((?x700 (* 2.0 ?x713)))
 (let ((?x896 (- ?x700)))
 (let ((?x759 (+ ?x109 ?x896)))
 (let ((?x905 (+ ?x102 ?x759)))
 (let ((?x1238 (* 1.0 ?x905)))
 (let ((?x1969 (* f2 ?x1238)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x359 (+ ?x146 ?x1969)))
 (let ((?x1775 (* ?x141 ?x1238)))
 (let ((?x746 (+ ?x1775 ?x359)))
 (let ((?x355 (- ?x746)))
 (let ((?x806 (* 2.0 ?x355)))
 (let ((?x699 (* ?x1942 ?x806)))
 (let ((?x1426 (+ ?x699 ?x640)))
 (let ((?x907 (- ?x1426)))
 (let ((?x1710 (+ ?x355 ?x907)))
 (let ((?x322 (* ?x106 ?x1710)))
 (let ((?x1759 (* ?x1942 ?x166)))
 (let ((?x1855 (- ?x1759)))
 (let ((?x279 (+ ?x154 ?x1855)))
 (let ((?x1649 (* ?x176 ?x279)))
 (let ((?x678 (+ ?x1649 ?x322)))
 (let ((?x1186 (* ?x11 ?x678)))
 (let ((?x1791 (* ?x106 ?x279)))
 (let ((?x833 (- ?x1791)))
 (let ((?x1919 (+ ?x833 ?x1186)))
 (let ((?x917 (- ?x1919)))
 (let ((?x1119 (/ ?x355 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1394 (+ ?x156 ?x1119)))
 (let ((?x645 (* |g2[1]| ?x1238)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x1238)))
 (let ((?x916 (* 0.0 ?x1685)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x821 (+ ?x132 ?x916)))
 (let ((?x1752 (* |h2[1,1]| ?x821)))
 (let ((?x1974 (+ ?x126 ?x916)))
 (let ((?x1680 (* |h2[0,1]| ?x1974)))
 (let ((?x963 (+ ?x1680 ?x1752)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1556 (+ ?x127 ?x916)))
 (let ((?x281 (+ ?x1556 ?x963)))
 (let ((?x1040 (+ ?x281 ?x645)))
 (let ((?x278 (+ ?x1040 ?x1394)))
 (let ((?x437 (+ ?x278 ?x917)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x423 (+ ?x100 ?x437)))
 (let ((?x744 (* ?x1816 ?x423)))
 (or (and (distinct ?x744 ?x2047) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
