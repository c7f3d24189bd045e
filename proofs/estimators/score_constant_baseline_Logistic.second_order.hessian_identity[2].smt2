; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'second_order.hessian_identity[2]', verdict unproved
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1039 (- ?x251)))
 (let ((?x808 (+ ?x109 ?x1039)))
 (let ((?x1987 (* ?x161 ?x808)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x1775 (* ?x166 ?x1987)))
 (let ((?x1591 (* 2.0 ?x251)))
 (let ((?x528 (- ?x1591)))
 (let ((?x531 (+ ?x109 ?x528)))
 (let ((?x1585 (+ ?x102 ?x531)))
 (let ((?x978 (* 1.0 ?x1585)))
 (let ((?x650 (* f2 ?x978)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x819 (+ ?x146 ?x650)))
 (let ((?x1989 (* ?x141 ?x978)))
 (let ((?x1258 (+ ?x1989 ?x819)))
 (let ((?x1173 (- ?x1258)))
 (let ((?x926 (* 2.0 ?x1173)))
 (let ((?x736 (* ?x161 ?x926)))
 (let ((?x2010 (+ ?x736 ?x1775)))
 (let ((?x1895 (- ?x2010)))
 (let ((?x1668 (+ ?x1173 ?x1895)))
 (let ((?x1856 (* ?x106 ?x1668)))
 (let ((?x177 (* ?x161 ?x166)))
 (let ((?x178 (- ?x177)))
 (let ((?x179 (+ ?x154 ?x178)))
 (let ((?x180 (* ?x176 ?x179)))
 (let ((?x1273 (+ ?x180 ?x1856)))
 (let ((?x2002 (* ?x11 ?x1273)))
 (let ((?x183 (* ?x106 ?x179)))
 (let ((?x184 (- ?x183)))
 (let ((?x1151 (+ ?x184 ?x2002)))
 (let ((?x575 (- ?x1151)))
 (let ((?x1552 (/ ?x1173 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1036 (+ ?x156 ?x1552)))
 (let ((?x1938 (* |g2[1]| ?x978)))
 (let ((?x254 (* (/ 1.0 2.0) ?x978)))
 (let ((?x1605 (* 0.0 ?x254)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x281 (+ ?x132 ?x1605)))
 (let ((?x1990 (* |h2[1,1]| ?x281)))
 (let ((?x1897 (+ ?x126 ?x1605)))
 (let ((?x953 (* |h2[0,1]| ?x1897)))
 (let ((?x294 (+ ?x953 ?x1990)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x266 (+ ?x127 ?x1605)))
 (let ((?x303 (+ ?x266 ?x294)))
 (let ((?x361 (+ ?x303 ?x1938)))
 (let ((?x996 (+ ?x361 ?x1036)))
 (let ((?x1358 (+ ?x996 ?x575)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1765 (+ ?x100 ?x1358)))
 (let ((?x1246 (* ?x192 ?x1765)))
 (or (and (distinct ?x1246 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x787 (* ?x110 ?x166)))
 (let ((?x1186 (- ?x787)))
 (let ((?x1925 (+ ?x154 ?x1186)))
 (let ((?x1272 (* ?x106 ?x1925)))
 (let ((?x1731 (- ?x1272)))
 (let ((?x1581 (* ?x176 ?x1925)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x927 (* ?x111 ?x166)))
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
 (let ((?x1872 (* ?x110 ?x381)))
 (let ((?x1215 (+ ?x1872 ?x927)))
 (let ((?x1354 (- ?x1215)))
 (let ((?x1394 (+ ?x372 ?x1354)))
 (let ((?x1058 (* ?x106 ?x1394)))
 (let ((?x731 (+ ?x1058 ?x1581)))
 (let ((?x1150 (* ?x11 ?x731)))
 (let ((?x1425 (+ ?x1150 ?x1731)))
 (let ((?x425 (- ?x1425)))
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
 (let ((?x1647 (+ ?x377 ?x425)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1437 (+ ?x100 ?x1647)))
 (let ((?x684 (* ?x192 ?x1437)))
 (or (and (distinct ?x684 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (= 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x1594 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1546 (+ ?x1594 ?x1570)))
 (let ((?x1531 (* 2.0 ?x1546)))
 (let ((?x1398 (- ?x1531)))
 (let ((?x1386 (+ ?x109 ?x1398)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x371 (+ ?x102 ?x1386)))
 (let ((?x1542 (* ?x862 ?x371)))
 (let ((?x1172 (* |g2[1]| ?x1542)))
 (let ((?x898 (+ ?x1172 ?x1005)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x2110 (* (/ 1.0 2.0) ?x199)))
 (let ((?x954 (+ ?x2110 ?x1819)))
 (let ((?x1482 (* 2.0 ?x954)))
 (let ((?x1512 (- ?x1482)))
 (let ((?x1518 (+ ?x199 ?x1512)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x1667 (+ ?x195 ?x1518)))
 (let ((?x1880 (* ?x1667 ?x1542)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x2086 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1699 (+ ?x2086 ?x292)))
 (let ((?x1683 (* 2.0 ?x1699)))
 (let ((?x1710 (- ?x1683)))
 (let ((?x1629 (+ ?x214 ?x1710)))
 (let ((?x210 (- ?x107)))
 (let ((?x1626 (+ ?x210 ?x1629)))
 (let ((?x1602 (* ?x862 ?x1626)))
 (let ((?x1315 (+ ?x1602 ?x1880)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1277 (* ?x209 ?x1315)))
 (let ((?x433 (* ?x862 ?x1667)))
 (let ((?x1864 (* |g2[0]| ?x433)))
 (let ((?x1196 (+ ?x1864 ?x1277)))
 (let ((?x892 (+ ?x1196 ?x898)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x940 (+ ?x111 ?x1304)))
 (let ((?x1195 (- ?x940)))
 (let ((?x1478 (+ ?x109 ?x1195)))
 (let ((?x1082 (* ?x278 ?x1478)))
 (let ((?x1379 (* ?x1082 ?x166)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x1356 (* 2.0 ?x940)))
 (let ((?x2085 (- ?x1356)))
 (let ((?x1268 (+ ?x109 ?x2085)))
 (let ((?x1593 (+ ?x102 ?x1268)))
 (let ((?x448 (* ?x1593 1.0)))
 (let ((?x1340 (* f2 ?x448)))
 (let ((?x260 (+ ?x1340 ?x146)))
 (let ((?x710 (* ?x141 ?x448)))
 (let ((?x966 (+ ?x710 ?x260)))
 (let ((?x1870 (- ?x966)))
 (let ((?x1327 (* 2.0 ?x1870)))
 (let ((?x593 (* ?x278 ?x1327)))
 (let ((?x1448 (+ ?x593 ?x1379)))
 (let ((?x1429 (- ?x1448)))
 (let ((?x276 (+ ?x1870 ?x1429)))
 (let ((?x1508 (* ?x106 ?x276)))
 (let ((?x1772 (+ ?x1508 ?x2031)))
 (let ((?x1523 (* ?x11 ?x1772)))
 (let ((?x1653 (+ ?x1523 ?x1103)))
 (let ((?x1481 (- ?x1653)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1352 (/ ?x1870 scale)))
 (let ((?x1505 (+ ?x1352 ?x156)))
 (let ((?x1249 (* |g2[1]| ?x448)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1504 (* (/ 1.0 2.0) ?x448)))
 (let ((?x705 (* 0.0 ?x1504)))
 (let ((?x550 (+ ?x705 ?x132)))
 (let ((?x1380 (* |h2[1,1]| ?x550)))
 (let ((?x1639 (+ ?x705 ?x126)))
 (let ((?x1803 (* |h2[0,1]| ?x1639)))
 (let ((?x651 (+ ?x1803 ?x1380)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1568 (+ ?x705 ?x127)))
 (let ((?x1983 (+ ?x1568 ?x651)))
 (let ((?x1480 (+ ?x1983 ?x1249)))
 (let ((?x1697 (+ ?x1480 ?x1505)))
 (let ((?x1131 (+ ?x1697 ?x1481)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1610 (+ ?x100 ?x1131)))
 (let ((?x2118 (* ?x862 ?x1610)))
 (or (and (distinct ?x2118 ?x892) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x1594 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1546 (+ ?x1594 ?x1570)))
 (let ((?x1531 (* 2.0 ?x1546)))
 (let ((?x1398 (- ?x1531)))
 (let ((?x1386 (+ ?x109 ?x1398)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x371 (+ ?x102 ?x1386)))
 (let ((?x1542 (* ?x862 ?x371)))
 (let ((?x1172 (* |g2[1]| ?x1542)))
 (let ((?x898 (+ ?x1172 ?x1005)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x2110 (* (/ 1.0 2.0) ?x199)))
 (let ((?x954 (+ ?x2110 ?x1819)))
 (let ((?x1482 (* 2.0 ?x954)))
 (let ((?x1512 (- ?x1482)))
 (let ((?x1518 (+ ?x199 ?x1512)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x1667 (+ ?x195 ?x1518)))
 (let ((?x1880 (* ?x1667 ?x1542)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x2086 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1699 (+ ?x2086 ?x292)))
 (let ((?x1683 (* 2.0 ?x1699)))
 (let ((?x1710 (- ?x1683)))
 (let ((?x1629 (+ ?x214 ?x1710)))
 (let ((?x210 (- ?x107)))
 (let ((?x1626 (+ ?x210 ?x1629)))
 (let ((?x1602 (* ?x862 ?x1626)))
 (let ((?x1315 (+ ?x1602 ?x1880)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1277 (* ?x209 ?x1315)))
 (let ((?x433 (* ?x862 ?x1667)))
 (let ((?x1864 (* |g2[0]| ?x433)))
 (let ((?x1196 (+ ?x1864 ?x1277)))
 (let ((?x892 (+ ?x1196 ?x898)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x892) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x987 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x2454 (+ ?x1570 ?x987)))
 (let ((?x1802 (* 2.0 ?x2454)))
 (let ((?x1159 (- ?x1802)))
 (let ((?x1024 (+ ?x109 ?x1159)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x877 (+ ?x102 ?x1024)))
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1766 (* ?x862 ?x877)))
 (let ((?x1323 (* |g2[1]| ?x1766)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x2127 (+ ?x1005 ?x1323)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1079 (* 0.0 ?x199)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x941 (+ ?x1819 ?x1079)))
 (let ((?x2004 (* 2.0 ?x941)))
 (let ((?x2051 (- ?x2004)))
 (let ((?x1450 (+ ?x199 ?x2051)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2457 (+ ?x195 ?x1450)))
 (let ((?x1596 (* ?x2457 ?x1766)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2458 (* 0.0 ?x214)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x1423 (+ ?x292 ?x2458)))
 (let ((?x1314 (* 2.0 ?x1423)))
 (let ((?x2407 (- ?x1314)))
 (let ((?x407 (+ ?x214 ?x2407)))
 (let ((?x210 (- ?x107)))
 (let ((?x2455 (+ ?x210 ?x407)))
 (let ((?x2045 (* ?x862 ?x2455)))
 (let ((?x1045 (+ ?x2045 ?x1596)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1410 (* ?x209 ?x1045)))
 (let ((?x855 (* ?x862 ?x2457)))
 (let ((?x2448 (* |g2[0]| ?x855)))
 (let ((?x1341 (+ ?x2448 ?x1410)))
 (let ((?x2083 (+ ?x1341 ?x2127)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x2083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (= 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x1594 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1546 (+ ?x1594 ?x1570)))
 (let ((?x1531 (* 2.0 ?x1546)))
 (let ((?x1398 (- ?x1531)))
 (let ((?x1386 (+ ?x109 ?x1398)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x371 (+ ?x102 ?x1386)))
 (let ((?x1542 (* ?x862 ?x371)))
 (let ((?x1172 (* |g2[1]| ?x1542)))
 (let ((?x898 (+ ?x1172 ?x1005)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x2110 (* (/ 1.0 2.0) ?x199)))
 (let ((?x954 (+ ?x2110 ?x1819)))
 (let ((?x1482 (* 2.0 ?x954)))
 (let ((?x1512 (- ?x1482)))
 (let ((?x1518 (+ ?x199 ?x1512)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x1667 (+ ?x195 ?x1518)))
 (let ((?x1880 (* ?x1667 ?x1542)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x2086 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1699 (+ ?x2086 ?x292)))
 (let ((?x1683 (* 2.0 ?x1699)))
 (let ((?x1710 (- ?x1683)))
 (let ((?x1629 (+ ?x214 ?x1710)))
 (let ((?x210 (- ?x107)))
 (let ((?x1626 (+ ?x210 ?x1629)))
 (let ((?x1602 (* ?x862 ?x1626)))
 (let ((?x1315 (+ ?x1602 ?x1880)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1277 (* ?x209 ?x1315)))
 (let ((?x433 (* ?x862 ?x1667)))
 (let ((?x1864 (* |g2[0]| ?x433)))
 (let ((?x1196 (+ ?x1864 ?x1277)))
 (let ((?x892 (+ ?x1196 ?x898)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1205 (- ?x1203)))
 (let ((?x1739 (+ ?x109 ?x1205)))
 (let ((?x868 (* ?x278 ?x1739)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x1527 (* ?x166 ?x868)))
 (let ((?x326 (* 2.0 ?x1203)))
 (let ((?x1525 (- ?x326)))
 (let ((?x1334 (+ ?x109 ?x1525)))
 (let ((?x341 (+ ?x102 ?x1334)))
 (let ((?x2325 (* 1.0 ?x341)))
 (let ((?x2579 (* f2 ?x2325)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x309 (+ ?x146 ?x2579)))
 (let ((?x2285 (* ?x141 ?x2325)))
 (let ((?x2878 (+ ?x2285 ?x309)))
 (let ((?x2043 (- ?x2878)))
 (let ((?x1787 (* 2.0 ?x2043)))
 (let ((?x2825 (* ?x278 ?x1787)))
 (let ((?x2343 (+ ?x2825 ?x1527)))
 (let ((?x1918 (- ?x2343)))
 (let ((?x268 (+ ?x2043 ?x1918)))
 (let ((?x2776 (* ?x106 ?x268)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x623 (+ ?x2031 ?x2776)))
 (let ((?x959 (* ?x11 ?x623)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x2347 (+ ?x1103 ?x959)))
 (let ((?x1439 (- ?x2347)))
 (let ((?x2412 (/ ?x2043 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1691 (+ ?x156 ?x2412)))
 (let ((?x2833 (* |g2[1]| ?x2325)))
 (let ((?x2920 (* (/ 1.0 2.0) ?x2325)))
 (let ((?x2114 (* 0.0 ?x2920)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1995 (+ ?x132 ?x2114)))
 (let ((?x2425 (* |h2[1,1]| ?x1995)))
 (let ((?x441 (+ ?x126 ?x2114)))
 (let ((?x2423 (* |h2[0,1]| ?x441)))
 (let ((?x2011 (+ ?x2423 ?x2425)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1633 (+ ?x127 ?x2114)))
 (let ((?x2800 (+ ?x1633 ?x2011)))
 (let ((?x762 (+ ?x2800 ?x2833)))
 (let ((?x1408 (+ ?x762 ?x1691)))
 (let ((?x1256 (+ ?x1408 ?x1439)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x867 (+ ?x100 ?x1256)))
 (let ((?x1628 (* ?x862 ?x867)))
 (or (and (distinct ?x1628 ?x892) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x1594 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1546 (+ ?x1594 ?x1570)))
 (let ((?x1531 (* 2.0 ?x1546)))
 (let ((?x1398 (- ?x1531)))
 (let ((?x1386 (+ ?x109 ?x1398)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x371 (+ ?x102 ?x1386)))
 (let ((?x1542 (* ?x862 ?x371)))
 (let ((?x1172 (* |g2[1]| ?x1542)))
 (let ((?x898 (+ ?x1172 ?x1005)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x2110 (* (/ 1.0 2.0) ?x199)))
 (let ((?x954 (+ ?x2110 ?x1819)))
 (let ((?x1482 (* 2.0 ?x954)))
 (let ((?x1512 (- ?x1482)))
 (let ((?x1518 (+ ?x199 ?x1512)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x1667 (+ ?x195 ?x1518)))
 (let ((?x1880 (* ?x1667 ?x1542)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x2086 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1699 (+ ?x2086 ?x292)))
 (let ((?x1683 (* 2.0 ?x1699)))
 (let ((?x1710 (- ?x1683)))
 (let ((?x1629 (+ ?x214 ?x1710)))
 (let ((?x210 (- ?x107)))
 (let ((?x1626 (+ ?x210 ?x1629)))
 (let ((?x1602 (* ?x862 ?x1626)))
 (let ((?x1315 (+ ?x1602 ?x1880)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1277 (* ?x209 ?x1315)))
 (let ((?x433 (* ?x862 ?x1667)))
 (let ((?x1864 (* |g2[0]| ?x433)))
 (let ((?x1196 (+ ?x1864 ?x1277)))
 (let ((?x892 (+ ?x1196 ?x898)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x892) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x987 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x2454 (+ ?x1570 ?x987)))
 (let ((?x1802 (* 2.0 ?x2454)))
 (let ((?x1159 (- ?x1802)))
 (let ((?x1024 (+ ?x109 ?x1159)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x877 (+ ?x102 ?x1024)))
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1766 (* ?x862 ?x877)))
 (let ((?x1323 (* |g2[1]| ?x1766)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x2127 (+ ?x1005 ?x1323)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1079 (* 0.0 ?x199)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x941 (+ ?x1819 ?x1079)))
 (let ((?x2004 (* 2.0 ?x941)))
 (let ((?x2051 (- ?x2004)))
 (let ((?x1450 (+ ?x199 ?x2051)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2457 (+ ?x195 ?x1450)))
 (let ((?x1596 (* ?x2457 ?x1766)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2458 (* 0.0 ?x214)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x1423 (+ ?x292 ?x2458)))
 (let ((?x1314 (* 2.0 ?x1423)))
 (let ((?x2407 (- ?x1314)))
 (let ((?x407 (+ ?x214 ?x2407)))
 (let ((?x210 (- ?x107)))
 (let ((?x2455 (+ ?x210 ?x407)))
 (let ((?x2045 (* ?x862 ?x2455)))
 (let ((?x1045 (+ ?x2045 ?x1596)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1410 (* ?x209 ?x1045)))
 (let ((?x855 (* ?x862 ?x2457)))
 (let ((?x2448 (* |g2[0]| ?x855)))
 (let ((?x1341 (+ ?x2448 ?x1410)))
 (let ((?x2083 (+ ?x1341 ?x2127)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x2083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (= 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x1594 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1546 (+ ?x1594 ?x1570)))
 (let ((?x1531 (* 2.0 ?x1546)))
 (let ((?x1398 (- ?x1531)))
 (let ((?x1386 (+ ?x109 ?x1398)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x371 (+ ?x102 ?x1386)))
 (let ((?x1542 (* ?x862 ?x371)))
 (let ((?x1172 (* |g2[1]| ?x1542)))
 (let ((?x898 (+ ?x1172 ?x1005)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x2110 (* (/ 1.0 2.0) ?x199)))
 (let ((?x954 (+ ?x2110 ?x1819)))
 (let ((?x1482 (* 2.0 ?x954)))
 (let ((?x1512 (- ?x1482)))
 (let ((?x1518 (+ ?x199 ?x1512)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x1667 (+ ?x195 ?x1518)))
 (let ((?x1880 (* ?x1667 ?x1542)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x2086 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1699 (+ ?x2086 ?x292)))
 (let ((?x1683 (* 2.0 ?x1699)))
 (let ((?x1710 (- ?x1683)))
 (let ((?x1629 (+ ?x214 ?x1710)))
 (let ((?x210 (- ?x107)))
 (let ((?x1626 (+ ?x210 ?x1629)))
 (let ((?x1602 (* ?x862 ?x1626)))
 (let ((?x1315 (+ ?x1602 ?x1880)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1277 (* ?x209 ?x1315)))
 (let ((?x433 (* ?x862 ?x1667)))
 (let ((?x1864 (* |g2[0]| ?x433)))
 (let ((?x1196 (+ ?x1864 ?x1277)))
 (let ((?x892 (+ ?x1196 ?x898)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x787 (* ?x110 ?x166)))
 (let ((?x1186 (- ?x787)))
 (let ((?x1925 (+ ?x154 ?x1186)))
 (let ((?x1272 (* ?x106 ?x1925)))
 (let ((?x1731 (- ?x1272)))
 (let ((?x1581 (* ?x176 ?x1925)))
 (let ((?x927 (* ?x111 ?x166)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1805 (* ?x110 ?x1962)))
 (let ((?x2998 (+ ?x1805 ?x927)))
 (let ((?x338 (- ?x2998)))
 (let ((?x2404 (+ ?x1127 ?x338)))
 (let ((?x1309 (* ?x106 ?x2404)))
 (let ((?x2933 (+ ?x1309 ?x1581)))
 (let ((?x1193 (* ?x11 ?x2933)))
 (let ((?x1469 (+ ?x1193 ?x1731)))
 (let ((?x2991 (- ?x1469)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x2690 (+ ?x906 ?x2991)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x2895 (+ ?x100 ?x2690)))
 (let ((?x1994 (* ?x862 ?x2895)))
 (or (and (distinct ?x1994 ?x892) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x1594 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1546 (+ ?x1594 ?x1570)))
 (let ((?x1531 (* 2.0 ?x1546)))
 (let ((?x1398 (- ?x1531)))
 (let ((?x1386 (+ ?x109 ?x1398)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x371 (+ ?x102 ?x1386)))
 (let ((?x1542 (* ?x862 ?x371)))
 (let ((?x1172 (* |g2[1]| ?x1542)))
 (let ((?x898 (+ ?x1172 ?x1005)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x2110 (* (/ 1.0 2.0) ?x199)))
 (let ((?x954 (+ ?x2110 ?x1819)))
 (let ((?x1482 (* 2.0 ?x954)))
 (let ((?x1512 (- ?x1482)))
 (let ((?x1518 (+ ?x199 ?x1512)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x1667 (+ ?x195 ?x1518)))
 (let ((?x1880 (* ?x1667 ?x1542)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x2086 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1699 (+ ?x2086 ?x292)))
 (let ((?x1683 (* 2.0 ?x1699)))
 (let ((?x1710 (- ?x1683)))
 (let ((?x1629 (+ ?x214 ?x1710)))
 (let ((?x210 (- ?x107)))
 (let ((?x1626 (+ ?x210 ?x1629)))
 (let ((?x1602 (* ?x862 ?x1626)))
 (let ((?x1315 (+ ?x1602 ?x1880)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1277 (* ?x209 ?x1315)))
 (let ((?x433 (* ?x862 ?x1667)))
 (let ((?x1864 (* |g2[0]| ?x433)))
 (let ((?x1196 (+ ?x1864 ?x1277)))
 (let ((?x892 (+ ?x1196 ?x898)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x892) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x987 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x2454 (+ ?x1570 ?x987)))
 (let ((?x1802 (* 2.0 ?x2454)))
 (let ((?x1159 (- ?x1802)))
 (let ((?x1024 (+ ?x109 ?x1159)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x877 (+ ?x102 ?x1024)))
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1766 (* ?x862 ?x877)))
 (let ((?x1323 (* |g2[1]| ?x1766)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x2127 (+ ?x1005 ?x1323)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1079 (* 0.0 ?x199)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x941 (+ ?x1819 ?x1079)))
 (let ((?x2004 (* 2.0 ?x941)))
 (let ((?x2051 (- ?x2004)))
 (let ((?x1450 (+ ?x199 ?x2051)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2457 (+ ?x195 ?x1450)))
 (let ((?x1596 (* ?x2457 ?x1766)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2458 (* 0.0 ?x214)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x1423 (+ ?x292 ?x2458)))
 (let ((?x1314 (* 2.0 ?x1423)))
 (let ((?x2407 (- ?x1314)))
 (let ((?x407 (+ ?x214 ?x2407)))
 (let ((?x210 (- ?x107)))
 (let ((?x2455 (+ ?x210 ?x407)))
 (let ((?x2045 (* ?x862 ?x2455)))
 (let ((?x1045 (+ ?x2045 ?x1596)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1410 (* ?x209 ?x1045)))
 (let ((?x855 (* ?x862 ?x2457)))
 (let ((?x2448 (* |g2[0]| ?x855)))
 (let ((?x1341 (+ ?x2448 ?x1410)))
 (let ((?x2083 (+ ?x1341 ?x2127)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x2083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x1594 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1546 (+ ?x1594 ?x1570)))
 (let ((?x1531 (* 2.0 ?x1546)))
 (let ((?x1398 (- ?x1531)))
 (let ((?x1386 (+ ?x109 ?x1398)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x371 (+ ?x102 ?x1386)))
 (let ((?x1542 (* ?x862 ?x371)))
 (let ((?x1172 (* |g2[1]| ?x1542)))
 (let ((?x898 (+ ?x1172 ?x1005)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x2110 (* (/ 1.0 2.0) ?x199)))
 (let ((?x954 (+ ?x2110 ?x1819)))
 (let ((?x1482 (* 2.0 ?x954)))
 (let ((?x1512 (- ?x1482)))
 (let ((?x1518 (+ ?x199 ?x1512)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x1667 (+ ?x195 ?x1518)))
 (let ((?x1880 (* ?x1667 ?x1542)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x2086 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1699 (+ ?x2086 ?x292)))
 (let ((?x1683 (* 2.0 ?x1699)))
 (let ((?x1710 (- ?x1683)))
 (let ((?x1629 (+ ?x214 ?x1710)))
 (let ((?x210 (- ?x107)))
 (let ((?x1626 (+ ?x210 ?x1629)))
 (let ((?x1602 (* ?x862 ?x1626)))
 (let ((?x1315 (+ ?x1602 ?x1880)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1277 (* ?x209 ?x1315)))
 (let ((?x433 (* ?x862 ?x1667)))
 (let ((?x1864 (* |g2[0]| ?x433)))
 (let ((?x1196 (+ ?x1864 ?x1277)))
 (let ((?x892 (+ ?x1196 ?x898)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x892) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x987 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x2454 (+ ?x1570 ?x987)))
 (let ((?x1802 (* 2.0 ?x2454)))
 (let ((?x1159 (- ?x1802)))
 (let ((?x1024 (+ ?x109 ?x1159)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x877 (+ ?x102 ?x1024)))
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1766 (* ?x862 ?x877)))
 (let ((?x1323 (* |g2[1]| ?x1766)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x2127 (+ ?x1005 ?x1323)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1079 (* 0.0 ?x199)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x941 (+ ?x1819 ?x1079)))
 (let ((?x2004 (* 2.0 ?x941)))
 (let ((?x2051 (- ?x2004)))
 (let ((?x1450 (+ ?x199 ?x2051)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2457 (+ ?x195 ?x1450)))
 (let ((?x1596 (* ?x2457 ?x1766)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2458 (* 0.0 ?x214)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x1423 (+ ?x292 ?x2458)))
 (let ((?x1314 (* 2.0 ?x1423)))
 (let ((?x2407 (- ?x1314)))
 (let ((?x407 (+ ?x214 ?x2407)))
 (let ((?x210 (- ?x107)))
 (let ((?x2455 (+ ?x210 ?x407)))
 (let ((?x2045 (* ?x862 ?x2455)))
 (let ((?x1045 (+ ?x2045 ?x1596)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1410 (* ?x209 ?x1045)))
 (let ((?x855 (* ?x862 ?x2457)))
 (let ((?x2448 (* |g2[0]| ?x855)))
 (let ((?x1341 (+ ?x2448 ?x1410)))
 (let ((?x2083 (+ ?x1341 ?x2127)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x2083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1039 (- ?x251)))
 (let ((?x808 (+ ?x109 ?x1039)))
 (let ((?x1987 (* ?x161 ?x808)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x1775 (* ?x166 ?x1987)))
 (let ((?x1591 (* 2.0 ?x251)))
 (let ((?x528 (- ?x1591)))
 (let ((?x531 (+ ?x109 ?x528)))
 (let ((?x1585 (+ ?x102 ?x531)))
 (let ((?x978 (* 1.0 ?x1585)))
 (let ((?x650 (* f2 ?x978)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x819 (+ ?x146 ?x650)))
 (let ((?x1989 (* ?x141 ?x978)))
 (let ((?x1258 (+ ?x1989 ?x819)))
 (let ((?x1173 (- ?x1258)))
 (let ((?x926 (* 2.0 ?x1173)))
 (let ((?x736 (* ?x161 ?x926)))
 (let ((?x2010 (+ ?x736 ?x1775)))
 (let ((?x1895 (- ?x2010)))
 (let ((?x1668 (+ ?x1173 ?x1895)))
 (let ((?x1856 (* ?x106 ?x1668)))
 (let ((?x177 (* ?x161 ?x166)))
 (let ((?x178 (- ?x177)))
 (let ((?x179 (+ ?x154 ?x178)))
 (let ((?x180 (* ?x176 ?x179)))
 (let ((?x1273 (+ ?x180 ?x1856)))
 (let ((?x2002 (* ?x11 ?x1273)))
 (let ((?x183 (* ?x106 ?x179)))
 (let ((?x184 (- ?x183)))
 (let ((?x1151 (+ ?x184 ?x2002)))
 (let ((?x575 (- ?x1151)))
 (let ((?x1552 (/ ?x1173 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1036 (+ ?x156 ?x1552)))
 (let ((?x1938 (* |g2[1]| ?x978)))
 (let ((?x254 (* (/ 1.0 2.0) ?x978)))
 (let ((?x1605 (* 0.0 ?x254)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x281 (+ ?x132 ?x1605)))
 (let ((?x1990 (* |h2[1,1]| ?x281)))
 (let ((?x1897 (+ ?x126 ?x1605)))
 (let ((?x953 (* |h2[0,1]| ?x1897)))
 (let ((?x294 (+ ?x953 ?x1990)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x266 (+ ?x127 ?x1605)))
 (let ((?x303 (+ ?x266 ?x294)))
 (let ((?x361 (+ ?x303 ?x1938)))
 (let ((?x996 (+ ?x361 ?x1036)))
 (let ((?x1358 (+ ?x996 ?x575)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1765 (+ ?x100 ?x1358)))
 (let ((?x1246 (* ?x192 ?x1765)))
 (or (and (distinct ?x1246 ?x248) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x787 (* ?x110 ?x166)))
 (let ((?x1186 (- ?x787)))
 (let ((?x1925 (+ ?x154 ?x1186)))
 (let ((?x1272 (* ?x106 ?x1925)))
 (let ((?x1731 (- ?x1272)))
 (let ((?x1581 (* ?x176 ?x1925)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x927 (* ?x111 ?x166)))
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
 (let ((?x1872 (* ?x110 ?x381)))
 (let ((?x1215 (+ ?x1872 ?x927)))
 (let ((?x1354 (- ?x1215)))
 (let ((?x1394 (+ ?x372 ?x1354)))
 (let ((?x1058 (* ?x106 ?x1394)))
 (let ((?x731 (+ ?x1058 ?x1581)))
 (let ((?x1150 (* ?x11 ?x731)))
 (let ((?x1425 (+ ?x1150 ?x1731)))
 (let ((?x425 (- ?x1425)))
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
 (let ((?x1647 (+ ?x377 ?x425)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1437 (+ ?x100 ?x1647)))
 (let ((?x684 (* ?x192 ?x1437)))
 (or (and (distinct ?x684 ?x248) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (= 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x1594 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1546 (+ ?x1594 ?x1570)))
 (let ((?x1531 (* 2.0 ?x1546)))
 (let ((?x1398 (- ?x1531)))
 (let ((?x1386 (+ ?x109 ?x1398)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x371 (+ ?x102 ?x1386)))
 (let ((?x1542 (* ?x862 ?x371)))
 (let ((?x1172 (* |g2[1]| ?x1542)))
 (let ((?x898 (+ ?x1172 ?x1005)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x2110 (* (/ 1.0 2.0) ?x199)))
 (let ((?x954 (+ ?x2110 ?x1819)))
 (let ((?x1482 (* 2.0 ?x954)))
 (let ((?x1512 (- ?x1482)))
 (let ((?x1518 (+ ?x199 ?x1512)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x1667 (+ ?x195 ?x1518)))
 (let ((?x1880 (* ?x1667 ?x1542)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x2086 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1699 (+ ?x2086 ?x292)))
 (let ((?x1683 (* 2.0 ?x1699)))
 (let ((?x1710 (- ?x1683)))
 (let ((?x1629 (+ ?x214 ?x1710)))
 (let ((?x210 (- ?x107)))
 (let ((?x1626 (+ ?x210 ?x1629)))
 (let ((?x1602 (* ?x862 ?x1626)))
 (let ((?x1315 (+ ?x1602 ?x1880)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1277 (* ?x209 ?x1315)))
 (let ((?x433 (* ?x862 ?x1667)))
 (let ((?x1864 (* |g2[0]| ?x433)))
 (let ((?x1196 (+ ?x1864 ?x1277)))
 (let ((?x892 (+ ?x1196 ?x898)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x940 (+ ?x111 ?x1304)))
 (let ((?x1195 (- ?x940)))
 (let ((?x1478 (+ ?x109 ?x1195)))
 (let ((?x1082 (* ?x278 ?x1478)))
 (let ((?x1379 (* ?x1082 ?x166)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x1356 (* 2.0 ?x940)))
 (let ((?x2085 (- ?x1356)))
 (let ((?x1268 (+ ?x109 ?x2085)))
 (let ((?x1593 (+ ?x102 ?x1268)))
 (let ((?x448 (* ?x1593 1.0)))
 (let ((?x1340 (* f2 ?x448)))
 (let ((?x260 (+ ?x1340 ?x146)))
 (let ((?x710 (* ?x141 ?x448)))
 (let ((?x966 (+ ?x710 ?x260)))
 (let ((?x1870 (- ?x966)))
 (let ((?x1327 (* 2.0 ?x1870)))
 (let ((?x593 (* ?x278 ?x1327)))
 (let ((?x1448 (+ ?x593 ?x1379)))
 (let ((?x1429 (- ?x1448)))
 (let ((?x276 (+ ?x1870 ?x1429)))
 (let ((?x1508 (* ?x106 ?x276)))
 (let ((?x1772 (+ ?x1508 ?x2031)))
 (let ((?x1523 (* ?x11 ?x1772)))
 (let ((?x1653 (+ ?x1523 ?x1103)))
 (let ((?x1481 (- ?x1653)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1352 (/ ?x1870 scale)))
 (let ((?x1505 (+ ?x1352 ?x156)))
 (let ((?x1249 (* |g2[1]| ?x448)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1504 (* (/ 1.0 2.0) ?x448)))
 (let ((?x705 (* 0.0 ?x1504)))
 (let ((?x550 (+ ?x705 ?x132)))
 (let ((?x1380 (* |h2[1,1]| ?x550)))
 (let ((?x1639 (+ ?x705 ?x126)))
 (let ((?x1803 (* |h2[0,1]| ?x1639)))
 (let ((?x651 (+ ?x1803 ?x1380)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1568 (+ ?x705 ?x127)))
 (let ((?x1983 (+ ?x1568 ?x651)))
 (let ((?x1480 (+ ?x1983 ?x1249)))
 (let ((?x1697 (+ ?x1480 ?x1505)))
 (let ((?x1131 (+ ?x1697 ?x1481)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1610 (+ ?x100 ?x1131)))
 (let ((?x2118 (* ?x862 ?x1610)))
 (or (and (distinct ?x2118 ?x892) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x1594 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1546 (+ ?x1594 ?x1570)))
 (let ((?x1531 (* 2.0 ?x1546)))
 (let ((?x1398 (- ?x1531)))
 (let ((?x1386 (+ ?x109 ?x1398)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x371 (+ ?x102 ?x1386)))
 (let ((?x1542 (* ?x862 ?x371)))
 (let ((?x1172 (* |g2[1]| ?x1542)))
 (let ((?x898 (+ ?x1172 ?x1005)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x2110 (* (/ 1.0 2.0) ?x199)))
 (let ((?x954 (+ ?x2110 ?x1819)))
 (let ((?x1482 (* 2.0 ?x954)))
 (let ((?x1512 (- ?x1482)))
 (let ((?x1518 (+ ?x199 ?x1512)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x1667 (+ ?x195 ?x1518)))
 (let ((?x1880 (* ?x1667 ?x1542)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x2086 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1699 (+ ?x2086 ?x292)))
 (let ((?x1683 (* 2.0 ?x1699)))
 (let ((?x1710 (- ?x1683)))
 (let ((?x1629 (+ ?x214 ?x1710)))
 (let ((?x210 (- ?x107)))
 (let ((?x1626 (+ ?x210 ?x1629)))
 (let ((?x1602 (* ?x862 ?x1626)))
 (let ((?x1315 (+ ?x1602 ?x1880)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1277 (* ?x209 ?x1315)))
 (let ((?x433 (* ?x862 ?x1667)))
 (let ((?x1864 (* |g2[0]| ?x433)))
 (let ((?x1196 (+ ?x1864 ?x1277)))
 (let ((?x892 (+ ?x1196 ?x898)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x892) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x987 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x2454 (+ ?x1570 ?x987)))
 (let ((?x1802 (* 2.0 ?x2454)))
 (let ((?x1159 (- ?x1802)))
 (let ((?x1024 (+ ?x109 ?x1159)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x877 (+ ?x102 ?x1024)))
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1766 (* ?x862 ?x877)))
 (let ((?x1323 (* |g2[1]| ?x1766)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x2127 (+ ?x1005 ?x1323)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1079 (* 0.0 ?x199)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x941 (+ ?x1819 ?x1079)))
 (let ((?x2004 (* 2.0 ?x941)))
 (let ((?x2051 (- ?x2004)))
 (let ((?x1450 (+ ?x199 ?x2051)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2457 (+ ?x195 ?x1450)))
 (let ((?x1596 (* ?x2457 ?x1766)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2458 (* 0.0 ?x214)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x1423 (+ ?x292 ?x2458)))
 (let ((?x1314 (* 2.0 ?x1423)))
 (let ((?x2407 (- ?x1314)))
 (let ((?x407 (+ ?x214 ?x2407)))
 (let ((?x210 (- ?x107)))
 (let ((?x2455 (+ ?x210 ?x407)))
 (let ((?x2045 (* ?x862 ?x2455)))
 (let ((?x1045 (+ ?x2045 ?x1596)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1410 (* ?x209 ?x1045)))
 (let ((?x855 (* ?x862 ?x2457)))
 (let ((?x2448 (* |g2[0]| ?x855)))
 (let ((?x1341 (+ ?x2448 ?x1410)))
 (let ((?x2083 (+ ?x1341 ?x2127)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x2083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (= 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x1594 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1546 (+ ?x1594 ?x1570)))
 (let ((?x1531 (* 2.0 ?x1546)))
 (let ((?x1398 (- ?x1531)))
 (let ((?x1386 (+ ?x109 ?x1398)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x371 (+ ?x102 ?x1386)))
 (let ((?x1542 (* ?x862 ?x371)))
 (let ((?x1172 (* |g2[1]| ?x1542)))
 (let ((?x898 (+ ?x1172 ?x1005)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x2110 (* (/ 1.0 2.0) ?x199)))
 (let ((?x954 (+ ?x2110 ?x1819)))
 (let ((?x1482 (* 2.0 ?x954)))
 (let ((?x1512 (- ?x1482)))
 (let ((?x1518 (+ ?x199 ?x1512)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x1667 (+ ?x195 ?x1518)))
 (let ((?x1880 (* ?x1667 ?x1542)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x2086 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1699 (+ ?x2086 ?x292)))
 (let ((?x1683 (* 2.0 ?x1699)))
 (let ((?x1710 (- ?x1683)))
 (let ((?x1629 (+ ?x214 ?x1710)))
 (let ((?x210 (- ?x107)))
 (let ((?x1626 (+ ?x210 ?x1629)))
 (let ((?x1602 (* ?x862 ?x1626)))
 (let ((?x1315 (+ ?x1602 ?x1880)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1277 (* ?x209 ?x1315)))
 (let ((?x433 (* ?x862 ?x1667)))
 (let ((?x1864 (* |g2[0]| ?x433)))
 (let ((?x1196 (+ ?x1864 ?x1277)))
 (let ((?x892 (+ ?x1196 ?x898)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1205 (- ?x1203)))
 (let ((?x1739 (+ ?x109 ?x1205)))
 (let ((?x868 (* ?x278 ?x1739)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x1527 (* ?x166 ?x868)))
 (let ((?x326 (* 2.0 ?x1203)))
 (let ((?x1525 (- ?x326)))
 (let ((?x1334 (+ ?x109 ?x1525)))
 (let ((?x341 (+ ?x102 ?x1334)))
 (let ((?x2325 (* 1.0 ?x341)))
 (let ((?x2579 (* f2 ?x2325)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x309 (+ ?x146 ?x2579)))
 (let ((?x2285 (* ?x141 ?x2325)))
 (let ((?x2878 (+ ?x2285 ?x309)))
 (let ((?x2043 (- ?x2878)))
 (let ((?x1787 (* 2.0 ?x2043)))
 (let ((?x2825 (* ?x278 ?x1787)))
 (let ((?x2343 (+ ?x2825 ?x1527)))
 (let ((?x1918 (- ?x2343)))
 (let ((?x268 (+ ?x2043 ?x1918)))
 (let ((?x2776 (* ?x106 ?x268)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x623 (+ ?x2031 ?x2776)))
 (let ((?x959 (* ?x11 ?x623)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x2347 (+ ?x1103 ?x959)))
 (let ((?x1439 (- ?x2347)))
 (let ((?x2412 (/ ?x2043 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x1691 (+ ?x156 ?x2412)))
 (let ((?x2833 (* |g2[1]| ?x2325)))
 (let ((?x2920 (* (/ 1.0 2.0) ?x2325)))
 (let ((?x2114 (* 0.0 ?x2920)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1995 (+ ?x132 ?x2114)))
 (let ((?x2425 (* |h2[1,1]| ?x1995)))
 (let ((?x441 (+ ?x126 ?x2114)))
 (let ((?x2423 (* |h2[0,1]| ?x441)))
 (let ((?x2011 (+ ?x2423 ?x2425)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1633 (+ ?x127 ?x2114)))
 (let ((?x2800 (+ ?x1633 ?x2011)))
 (let ((?x762 (+ ?x2800 ?x2833)))
 (let ((?x1408 (+ ?x762 ?x1691)))
 (let ((?x1256 (+ ?x1408 ?x1439)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x867 (+ ?x100 ?x1256)))
 (let ((?x1628 (* ?x862 ?x867)))
 (or (and (distinct ?x1628 ?x892) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x1594 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1546 (+ ?x1594 ?x1570)))
 (let ((?x1531 (* 2.0 ?x1546)))
 (let ((?x1398 (- ?x1531)))
 (let ((?x1386 (+ ?x109 ?x1398)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x371 (+ ?x102 ?x1386)))
 (let ((?x1542 (* ?x862 ?x371)))
 (let ((?x1172 (* |g2[1]| ?x1542)))
 (let ((?x898 (+ ?x1172 ?x1005)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x2110 (* (/ 1.0 2.0) ?x199)))
 (let ((?x954 (+ ?x2110 ?x1819)))
 (let ((?x1482 (* 2.0 ?x954)))
 (let ((?x1512 (- ?x1482)))
 (let ((?x1518 (+ ?x199 ?x1512)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x1667 (+ ?x195 ?x1518)))
 (let ((?x1880 (* ?x1667 ?x1542)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x2086 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1699 (+ ?x2086 ?x292)))
 (let ((?x1683 (* 2.0 ?x1699)))
 (let ((?x1710 (- ?x1683)))
 (let ((?x1629 (+ ?x214 ?x1710)))
 (let ((?x210 (- ?x107)))
 (let ((?x1626 (+ ?x210 ?x1629)))
 (let ((?x1602 (* ?x862 ?x1626)))
 (let ((?x1315 (+ ?x1602 ?x1880)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1277 (* ?x209 ?x1315)))
 (let ((?x433 (* ?x862 ?x1667)))
 (let ((?x1864 (* |g2[0]| ?x433)))
 (let ((?x1196 (+ ?x1864 ?x1277)))
 (let ((?x892 (+ ?x1196 ?x898)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x892) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x987 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x2454 (+ ?x1570 ?x987)))
 (let ((?x1802 (* 2.0 ?x2454)))
 (let ((?x1159 (- ?x1802)))
 (let ((?x1024 (+ ?x109 ?x1159)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x877 (+ ?x102 ?x1024)))
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1766 (* ?x862 ?x877)))
 (let ((?x1323 (* |g2[1]| ?x1766)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x2127 (+ ?x1005 ?x1323)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1079 (* 0.0 ?x199)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x941 (+ ?x1819 ?x1079)))
 (let ((?x2004 (* 2.0 ?x941)))
 (let ((?x2051 (- ?x2004)))
 (let ((?x1450 (+ ?x199 ?x2051)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2457 (+ ?x195 ?x1450)))
 (let ((?x1596 (* ?x2457 ?x1766)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2458 (* 0.0 ?x214)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x1423 (+ ?x292 ?x2458)))
 (let ((?x1314 (* 2.0 ?x1423)))
 (let ((?x2407 (- ?x1314)))
 (let ((?x407 (+ ?x214 ?x2407)))
 (let ((?x210 (- ?x107)))
 (let ((?x2455 (+ ?x210 ?x407)))
 (let ((?x2045 (* ?x862 ?x2455)))
 (let ((?x1045 (+ ?x2045 ?x1596)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1410 (* ?x209 ?x1045)))
 (let ((?x855 (* ?x862 ?x2457)))
 (let ((?x2448 (* |g2[0]| ?x855)))
 (let ((?x1341 (+ ?x2448 ?x1410)))
 (let ((?x2083 (+ ?x1341 ?x2127)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x2083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (= 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x1594 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1546 (+ ?x1594 ?x1570)))
 (let ((?x1531 (* 2.0 ?x1546)))
 (let ((?x1398 (- ?x1531)))
 (let ((?x1386 (+ ?x109 ?x1398)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x371 (+ ?x102 ?x1386)))
 (let ((?x1542 (* ?x862 ?x371)))
 (let ((?x1172 (* |g2[1]| ?x1542)))
 (let ((?x898 (+ ?x1172 ?x1005)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x2110 (* (/ 1.0 2.0) ?x199)))
 (let ((?x954 (+ ?x2110 ?x1819)))
 (let ((?x1482 (* 2.0 ?x954)))
 (let ((?x1512 (- ?x1482)))
 (let ((?x1518 (+ ?x199 ?x1512)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x1667 (+ ?x195 ?x1518)))
 (let ((?x1880 (* ?x1667 ?x1542)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x2086 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1699 (+ ?x2086 ?x292)))
 (let ((?x1683 (* 2.0 ?x1699)))
 (let ((?x1710 (- ?x1683)))
 (let ((?x1629 (+ ?x214 ?x1710)))
 (let ((?x210 (- ?x107)))
 (let ((?x1626 (+ ?x210 ?x1629)))
 (let ((?x1602 (* ?x862 ?x1626)))
 (let ((?x1315 (+ ?x1602 ?x1880)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1277 (* ?x209 ?x1315)))
 (let ((?x433 (* ?x862 ?x1667)))
 (let ((?x1864 (* |g2[0]| ?x433)))
 (let ((?x1196 (+ ?x1864 ?x1277)))
 (let ((?x892 (+ ?x1196 ?x898)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x787 (* ?x110 ?x166)))
 (let ((?x1186 (- ?x787)))
 (let ((?x1925 (+ ?x154 ?x1186)))
 (let ((?x1272 (* ?x106 ?x1925)))
 (let ((?x1731 (- ?x1272)))
 (let ((?x1581 (* ?x176 ?x1925)))
 (let ((?x927 (* ?x111 ?x166)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1805 (* ?x110 ?x1962)))
 (let ((?x2998 (+ ?x1805 ?x927)))
 (let ((?x338 (- ?x2998)))
 (let ((?x2404 (+ ?x1127 ?x338)))
 (let ((?x1309 (* ?x106 ?x2404)))
 (let ((?x2933 (+ ?x1309 ?x1581)))
 (let ((?x1193 (* ?x11 ?x2933)))
 (let ((?x1469 (+ ?x1193 ?x1731)))
 (let ((?x2991 (- ?x1469)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x2690 (+ ?x906 ?x2991)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x2895 (+ ?x100 ?x2690)))
 (let ((?x1994 (* ?x862 ?x2895)))
 (or (and (distinct ?x1994 ?x892) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x1594 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1546 (+ ?x1594 ?x1570)))
 (let ((?x1531 (* 2.0 ?x1546)))
 (let ((?x1398 (- ?x1531)))
 (let ((?x1386 (+ ?x109 ?x1398)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x371 (+ ?x102 ?x1386)))
 (let ((?x1542 (* ?x862 ?x371)))
 (let ((?x1172 (* |g2[1]| ?x1542)))
 (let ((?x898 (+ ?x1172 ?x1005)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x2110 (* (/ 1.0 2.0) ?x199)))
 (let ((?x954 (+ ?x2110 ?x1819)))
 (let ((?x1482 (* 2.0 ?x954)))
 (let ((?x1512 (- ?x1482)))
 (let ((?x1518 (+ ?x199 ?x1512)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x1667 (+ ?x195 ?x1518)))
 (let ((?x1880 (* ?x1667 ?x1542)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x2086 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1699 (+ ?x2086 ?x292)))
 (let ((?x1683 (* 2.0 ?x1699)))
 (let ((?x1710 (- ?x1683)))
 (let ((?x1629 (+ ?x214 ?x1710)))
 (let ((?x210 (- ?x107)))
 (let ((?x1626 (+ ?x210 ?x1629)))
 (let ((?x1602 (* ?x862 ?x1626)))
 (let ((?x1315 (+ ?x1602 ?x1880)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1277 (* ?x209 ?x1315)))
 (let ((?x433 (* ?x862 ?x1667)))
 (let ((?x1864 (* |g2[0]| ?x433)))
 (let ((?x1196 (+ ?x1864 ?x1277)))
 (let ((?x892 (+ ?x1196 ?x898)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x892) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x987 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x2454 (+ ?x1570 ?x987)))
 (let ((?x1802 (* 2.0 ?x2454)))
 (let ((?x1159 (- ?x1802)))
 (let ((?x1024 (+ ?x109 ?x1159)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x877 (+ ?x102 ?x1024)))
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1766 (* ?x862 ?x877)))
 (let ((?x1323 (* |g2[1]| ?x1766)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x2127 (+ ?x1005 ?x1323)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1079 (* 0.0 ?x199)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x941 (+ ?x1819 ?x1079)))
 (let ((?x2004 (* 2.0 ?x941)))
 (let ((?x2051 (- ?x2004)))
 (let ((?x1450 (+ ?x199 ?x2051)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2457 (+ ?x195 ?x1450)))
 (let ((?x1596 (* ?x2457 ?x1766)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2458 (* 0.0 ?x214)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x1423 (+ ?x292 ?x2458)))
 (let ((?x1314 (* 2.0 ?x1423)))
 (let ((?x2407 (- ?x1314)))
 (let ((?x407 (+ ?x214 ?x2407)))
 (let ((?x210 (- ?x107)))
 (let ((?x2455 (+ ?x210 ?x407)))
 (let ((?x2045 (* ?x862 ?x2455)))
 (let ((?x1045 (+ ?x2045 ?x1596)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1410 (* ?x209 ?x1045)))
 (let ((?x855 (* ?x862 ?x2457)))
 (let ((?x2448 (* |g2[0]| ?x855)))
 (let ((?x1341 (+ ?x2448 ?x1410)))
 (let ((?x2083 (+ ?x1341 ?x2127)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x2083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x1594 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1546 (+ ?x1594 ?x1570)))
 (let ((?x1531 (* 2.0 ?x1546)))
 (let ((?x1398 (- ?x1531)))
 (let ((?x1386 (+ ?x109 ?x1398)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x371 (+ ?x102 ?x1386)))
 (let ((?x1542 (* ?x862 ?x371)))
 (let ((?x1172 (* |g2[1]| ?x1542)))
 (let ((?x898 (+ ?x1172 ?x1005)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x2110 (* (/ 1.0 2.0) ?x199)))
 (let ((?x954 (+ ?x2110 ?x1819)))
 (let ((?x1482 (* 2.0 ?x954)))
 (let ((?x1512 (- ?x1482)))
 (let ((?x1518 (+ ?x199 ?x1512)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x1667 (+ ?x195 ?x1518)))
 (let ((?x1880 (* ?x1667 ?x1542)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x2086 (* (/ 1.0 2.0) ?x214)))
 (let ((?x1699 (+ ?x2086 ?x292)))
 (let ((?x1683 (* 2.0 ?x1699)))
 (let ((?x1710 (- ?x1683)))
 (let ((?x1629 (+ ?x214 ?x1710)))
 (let ((?x210 (- ?x107)))
 (let ((?x1626 (+ ?x210 ?x1629)))
 (let ((?x1602 (* ?x862 ?x1626)))
 (let ((?x1315 (+ ?x1602 ?x1880)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1277 (* ?x209 ?x1315)))
 (let ((?x433 (* ?x862 ?x1667)))
 (let ((?x1864 (* |g2[0]| ?x433)))
 (let ((?x1196 (+ ?x1864 ?x1277)))
 (let ((?x892 (+ ?x1196 ?x898)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x892) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (< 0.0 ?x1756))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let (($x801 (= 0.0 ?x1756)))
 (not $x801)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x987 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1756 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1570 (/ ?x111 ?x1756)))
 (let ((?x2454 (+ ?x1570 ?x987)))
 (let ((?x1802 (* 2.0 ?x2454)))
 (let ((?x1159 (- ?x1802)))
 (let ((?x1024 (+ ?x109 ?x1159)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x877 (+ ?x102 ?x1024)))
 (let ((?x862 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1766 (* ?x862 ?x877)))
 (let ((?x1323 (* |g2[1]| ?x1766)))
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x1005 (* ?x245 ?x862)))
 (let ((?x2127 (+ ?x1005 ?x1323)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x196 (- ?x11)))
 (let ((?x197 (* ?x196 ?x106)))
 (let ((?x198 (+ ?x101 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x1079 (* 0.0 ?x199)))
 (let ((?x1867 (* ?x199 ?x110)))
 (let ((?x1819 (/ ?x1867 ?x1756)))
 (let ((?x941 (+ ?x1819 ?x1079)))
 (let ((?x2004 (* 2.0 ?x941)))
 (let ((?x2051 (- ?x2004)))
 (let ((?x1450 (+ ?x199 ?x2051)))
 (let ((?x194 (/ 1.0 scale)))
 (let ((?x195 (- ?x194)))
 (let ((?x2457 (+ ?x195 ?x1450)))
 (let ((?x1596 (* ?x2457 ?x1766)))
 (let ((?x173 (/ 1.0 (* ?x105 scale))))
 (let ((?x175 (* ?x173 (- 2.0))))
 (let ((?x176 (* 0.0 ?x175)))
 (let ((?x211 (* ?x196 ?x176)))
 (let ((?x212 (+ ?x106 ?x211)))
 (let ((?x213 (+ ?x107 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x2458 (* 0.0 ?x214)))
 (let ((?x1868 (- ?x111)))
 (let ((?x1741 (* ?x1867 ?x1868)))
 (let ((?x1677 (/ 1.0 (* ?x1756 ?x1756))))
 (let ((?x1729 (* ?x1677 ?x1741)))
 (let ((?x2034 (* ?x199 ?x111)))
 (let ((?x2040 (* ?x214 ?x110)))
 (let ((?x2023 (+ ?x2040 ?x2034)))
 (let ((?x1996 (/ ?x2023 ?x1756)))
 (let ((?x292 (+ ?x1996 ?x1729)))
 (let ((?x1423 (+ ?x292 ?x2458)))
 (let ((?x1314 (* 2.0 ?x1423)))
 (let ((?x2407 (- ?x1314)))
 (let ((?x407 (+ ?x214 ?x2407)))
 (let ((?x210 (- ?x107)))
 (let ((?x2455 (+ ?x210 ?x407)))
 (let ((?x2045 (* ?x862 ?x2455)))
 (let ((?x1045 (+ ?x2045 ?x1596)))
 (let ((?x141 (- b)))
 (let ((?x209 (+ f2 ?x141)))
 (let ((?x1410 (* ?x209 ?x1045)))
 (let ((?x855 (* ?x862 ?x2457)))
 (let ((?x2448 (* |g2[0]| ?x855)))
 (let ((?x1341 (+ ?x2448 ?x1410)))
 (let ((?x2083 (+ ?x1341 ?x2127)))
 (let ((?x278 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1203 (* ?x109 ?x278)))
 (let ((?x1372 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1304 (* 0.0 ?x1372)))
 (let ((?x761 (+ ?x1304 ?x1203)))
 (let ((?x820 (- ?x761)))
 (let ((?x1185 (+ ?x109 ?x820)))
 (let ((?x652 (* ?x278 ?x1185)))
 (let ((?x152 (* f2 1.0)))
 (let ((?x151 (* ?x141 1.0)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x154 (- ?x153)))
 (let ((?x166 (* 2.0 ?x154)))
 (let ((?x936 (* ?x166 ?x652)))
 (let ((?x654 (* 2.0 ?x761)))
 (let ((?x345 (- ?x654)))
 (let ((?x792 (+ ?x109 ?x345)))
 (let ((?x1841 (+ ?x102 ?x792)))
 (let ((?x580 (* 1.0 ?x1841)))
 (let ((?x1053 (* f2 ?x580)))
 (let ((?x146 (* |g2[0]| 1.0)))
 (let ((?x485 (+ ?x146 ?x1053)))
 (let ((?x1501 (* ?x141 ?x580)))
 (let ((?x495 (+ ?x1501 ?x485)))
 (let ((?x1127 (- ?x495)))
 (let ((?x1962 (* 2.0 ?x1127)))
 (let ((?x1086 (* ?x278 ?x1962)))
 (let ((?x1092 (+ ?x1086 ?x936)))
 (let ((?x686 (- ?x1092)))
 (let ((?x1537 (+ ?x1127 ?x686)))
 (let ((?x662 (* ?x106 ?x1537)))
 (let ((?x605 (* ?x278 ?x166)))
 (let ((?x1132 (- ?x605)))
 (let ((?x955 (+ ?x154 ?x1132)))
 (let ((?x2031 (* ?x176 ?x955)))
 (let ((?x957 (+ ?x2031 ?x662)))
 (let ((?x729 (* ?x11 ?x957)))
 (let ((?x2088 (* ?x106 ?x955)))
 (let ((?x1103 (- ?x2088)))
 (let ((?x1147 (+ ?x1103 ?x729)))
 (let ((?x794 (- ?x1147)))
 (let ((?x712 (/ ?x1127 scale)))
 (let ((?x155 (* 0.0 ?x154)))
 (let ((?x156 (* ?x106 ?x155)))
 (let ((?x458 (+ ?x156 ?x712)))
 (let ((?x469 (* |g2[1]| ?x580)))
 (let ((?x1296 (* (/ 1.0 2.0) ?x580)))
 (let ((?x739 (* 0.0 ?x1296)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1116 (+ ?x132 ?x739)))
 (let ((?x1114 (* |h2[1,1]| ?x1116)))
 (let ((?x627 (+ ?x126 ?x739)))
 (let ((?x824 (* |h2[0,1]| ?x627)))
 (let ((?x1718 (+ ?x824 ?x1114)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1569 (+ ?x127 ?x739)))
 (let ((?x396 (+ ?x1569 ?x1718)))
 (let ((?x727 (+ ?x396 ?x469)))
 (let ((?x906 (+ ?x727 ?x458)))
 (let ((?x671 (+ ?x906 ?x794)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x671)))
 (let ((?x460 (* ?x862 ?x919)))
 (or (and (distinct ?x460 ?x2083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
