; certjax: rule estimators.score_Logistic, obligation 'second_order.hessian_identity[2]', verdict unproved
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
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
 (let ((?x189 (* exp!3 exp!3)))
 (let ((?x190 (/ (* (/ 1.0 exp!2) exp!1) ?x189)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x243 (* ?x242 ?x190)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x213 (* ?x108 ?x52)))
 (let ((?x229 (/ ?x213 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x230 (+ ?x109 ?x229)))
 (let ((?x231 (* 2.0 ?x230)))
 (let ((?x232 (- ?x231)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x234 (+ ?x102 ?x233)))
 (let ((?x235 (* ?x190 ?x234)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x198 (* ?x196 ?x52)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x197 (- ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x204 (+ ?x193 ?x203)))
 (let ((?x236 (* ?x204 ?x235)))
 (let ((?x219 (- ?x213)))
 (let ((?x220 (* ?x198 ?x219)))
 (let ((?x218 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x221 (* ?x218 ?x220)))
 (let ((?x214 (* ?x196 ?x213)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x212 (* ?x210 ?x52)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (/ ?x215 ?x44)))
 (let ((?x222 (+ ?x216 ?x221)))
 (let ((?x211 (- ?x210)))
 (let ((?x223 (+ ?x211 ?x222)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x225 (- ?x224)))
 (let ((?x226 (+ ?x211 ?x225)))
 (let ((?x207 (- ?x107)))
 (let ((?x227 (+ ?x207 ?x226)))
 (let ((?x228 (* ?x190 ?x227)))
 (let ((?x237 (+ ?x228 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x205 (* ?x190 ?x204)))
 (let ((?x206 (* |g2[0]| ?x205)))
 (let ((?x239 (+ ?x206 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x175 (* ?x159 ?x164)))
 (let ((?x176 (- ?x175)))
 (let ((?x177 (+ ?x152 ?x176)))
 (let ((?x181 (* ?x106 ?x177)))
 (let ((?x182 (- ?x181)))
 (let ((?x178 (* ?x174 ?x177)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x115 (+ ?x111 ?x114)))
 (let ((?x161 (- ?x115)))
 (let ((?x162 (+ ?x109 ?x161)))
 (let ((?x163 (* ?x159 ?x162)))
 (let ((?x165 (* ?x163 ?x164)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x109 ?x117)))
 (let ((?x119 (+ ?x102 ?x118)))
 (let ((?x122 (* ?x119 1.0)))
 (let ((?x142 (* f2 ?x122)))
 (let ((?x145 (+ ?x142 ?x144)))
 (let ((?x140 (* 0.0 ?x122)))
 (let ((?x146 (+ ?x140 ?x145)))
 (let ((?x147 (- ?x146)))
 (let ((?x158 (* 2.0 ?x147)))
 (let ((?x160 (* ?x159 ?x158)))
 (let ((?x166 (+ ?x160 ?x165)))
 (let ((?x167 (- ?x166)))
 (let ((?x168 (+ ?x147 ?x167)))
 (let ((?x169 (* ?x106 ?x168)))
 (let ((?x179 (+ ?x169 ?x178)))
 (let ((?x180 (* ?x11 ?x179)))
 (let ((?x183 (+ ?x180 ?x182)))
 (let ((?x184 (- ?x183)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x148 (/ ?x147 scale)))
 (let ((?x155 (+ ?x148 ?x154)))
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
 (let ((?x156 (+ ?x139 ?x155)))
 (let ((?x185 (+ ?x156 ?x184)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x186 (+ ?x100 ?x185)))
 (let ((?x191 (* ?x190 ?x186)))
 (or (and (distinct ?x191 ?x245) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
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
 (let ((?x189 (* exp!3 exp!3)))
 (let ((?x190 (/ (* (/ 1.0 exp!2) exp!1) ?x189)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x243 (* ?x242 ?x190)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x213 (* ?x108 ?x52)))
 (let ((?x229 (/ ?x213 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x230 (+ ?x109 ?x229)))
 (let ((?x231 (* 2.0 ?x230)))
 (let ((?x232 (- ?x231)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x234 (+ ?x102 ?x233)))
 (let ((?x235 (* ?x190 ?x234)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x198 (* ?x196 ?x52)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x197 (- ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x204 (+ ?x193 ?x203)))
 (let ((?x236 (* ?x204 ?x235)))
 (let ((?x219 (- ?x213)))
 (let ((?x220 (* ?x198 ?x219)))
 (let ((?x218 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x221 (* ?x218 ?x220)))
 (let ((?x214 (* ?x196 ?x213)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x212 (* ?x210 ?x52)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (/ ?x215 ?x44)))
 (let ((?x222 (+ ?x216 ?x221)))
 (let ((?x211 (- ?x210)))
 (let ((?x223 (+ ?x211 ?x222)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x225 (- ?x224)))
 (let ((?x226 (+ ?x211 ?x225)))
 (let ((?x207 (- ?x107)))
 (let ((?x227 (+ ?x207 ?x226)))
 (let ((?x228 (* ?x190 ?x227)))
 (let ((?x237 (+ ?x228 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x205 (* ?x190 ?x204)))
 (let ((?x206 (* |g2[0]| ?x205)))
 (let ((?x239 (+ ?x206 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x248 (* ?x109 ?x159)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x246 (+ ?x114 ?x248)))
 (let ((?x663 (- ?x246)))
 (let ((?x664 (+ ?x109 ?x663)))
 (let ((?x665 (* ?x159 ?x664)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x667 (* ?x164 ?x665)))
 (let ((?x247 (* 2.0 ?x246)))
 (let ((?x591 (- ?x247)))
 (let ((?x592 (+ ?x109 ?x591)))
 (let ((?x593 (+ ?x102 ?x592)))
 (let ((?x594 (* 1.0 ?x593)))
 (let ((?x292 (* f2 ?x594)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x657 (+ ?x144 ?x292)))
 (let ((?x291 (* 0.0 ?x594)))
 (let ((?x755 (+ ?x291 ?x657)))
 (let ((?x899 (- ?x755)))
 (let ((?x656 (* 2.0 ?x899)))
 (let ((?x662 (* ?x159 ?x656)))
 (let ((?x668 (+ ?x662 ?x667)))
 (let ((?x727 (- ?x668)))
 (let ((?x673 (+ ?x899 ?x727)))
 (let ((?x671 (* ?x106 ?x673)))
 (let ((?x175 (* ?x159 ?x164)))
 (let ((?x176 (- ?x175)))
 (let ((?x177 (+ ?x152 ?x176)))
 (let ((?x178 (* ?x174 ?x177)))
 (let ((?x674 (+ ?x178 ?x671)))
 (let ((?x675 (* ?x11 ?x674)))
 (let ((?x181 (* ?x106 ?x177)))
 (let ((?x182 (- ?x181)))
 (let ((?x699 (+ ?x182 ?x675)))
 (let ((?x728 (- ?x699)))
 (let ((?x900 (/ ?x899 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x897 (+ ?x154 ?x900)))
 (let ((?x1023 (* |g2[1]| ?x594)))
 (let ((?x595 (* (/ 1.0 2.0) ?x594)))
 (let ((?x279 (* 0.0 ?x595)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1014 (+ ?x132 ?x279)))
 (let ((?x1024 (* |h2[1,1]| ?x1014)))
 (let ((?x358 (+ ?x126 ?x279)))
 (let ((?x1013 (* |h2[0,1]| ?x358)))
 (let ((?x1025 (+ ?x1013 ?x1024)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x596 (+ ?x127 ?x279)))
 (let ((?x1022 (+ ?x596 ?x1025)))
 (let ((?x388 (+ ?x1022 ?x1023)))
 (let ((?x898 (+ ?x388 ?x897)))
 (let ((?x701 (+ ?x898 ?x728)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x729 (+ ?x100 ?x701)))
 (let ((?x704 (* ?x190 ?x729)))
 (or (and (distinct ?x704 ?x245) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
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
 (let ((?x189 (* exp!3 exp!3)))
 (let ((?x190 (/ (* (/ 1.0 exp!2) exp!1) ?x189)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x243 (* ?x242 ?x190)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x213 (* ?x108 ?x52)))
 (let ((?x229 (/ ?x213 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x230 (+ ?x109 ?x229)))
 (let ((?x231 (* 2.0 ?x230)))
 (let ((?x232 (- ?x231)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x234 (+ ?x102 ?x233)))
 (let ((?x235 (* ?x190 ?x234)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x198 (* ?x196 ?x52)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x197 (- ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x204 (+ ?x193 ?x203)))
 (let ((?x236 (* ?x204 ?x235)))
 (let ((?x219 (- ?x213)))
 (let ((?x220 (* ?x198 ?x219)))
 (let ((?x218 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x221 (* ?x218 ?x220)))
 (let ((?x214 (* ?x196 ?x213)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x212 (* ?x210 ?x52)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (/ ?x215 ?x44)))
 (let ((?x222 (+ ?x216 ?x221)))
 (let ((?x211 (- ?x210)))
 (let ((?x223 (+ ?x211 ?x222)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x225 (- ?x224)))
 (let ((?x226 (+ ?x211 ?x225)))
 (let ((?x207 (- ?x107)))
 (let ((?x227 (+ ?x207 ?x226)))
 (let ((?x228 (* ?x190 ?x227)))
 (let ((?x237 (+ ?x228 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x205 (* ?x190 ?x204)))
 (let ((?x206 (* |g2[0]| ?x205)))
 (let ((?x239 (+ ?x206 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x248 (* ?x109 ?x159)))
 (let ((?x252 (- ?x248)))
 (let ((?x294 (+ ?x109 ?x252)))
 (let ((?x1760 (* ?x159 ?x294)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x500 (* ?x164 ?x1760)))
 (let ((?x1793 (* 2.0 ?x248)))
 (let ((?x730 (- ?x1793)))
 (let ((?x732 (+ ?x109 ?x730)))
 (let ((?x1449 (+ ?x102 ?x732)))
 (let ((?x1700 (* 1.0 ?x1449)))
 (let ((?x1391 (* f2 ?x1700)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x1161 (+ ?x144 ?x1391)))
 (let ((?x1744 (* 0.0 ?x1700)))
 (let ((?x1774 (+ ?x1744 ?x1161)))
 (let ((?x421 (- ?x1774)))
 (let ((?x1290 (* 2.0 ?x421)))
 (let ((?x540 (* ?x159 ?x1290)))
 (let ((?x648 (+ ?x540 ?x500)))
 (let ((?x1098 (- ?x648)))
 (let ((?x580 (+ ?x421 ?x1098)))
 (let ((?x1688 (* ?x106 ?x580)))
 (let ((?x175 (* ?x159 ?x164)))
 (let ((?x176 (- ?x175)))
 (let ((?x177 (+ ?x152 ?x176)))
 (let ((?x178 (* ?x174 ?x177)))
 (let ((?x914 (+ ?x178 ?x1688)))
 (let ((?x1112 (* ?x11 ?x914)))
 (let ((?x181 (* ?x106 ?x177)))
 (let ((?x182 (- ?x181)))
 (let ((?x337 (+ ?x182 ?x1112)))
 (let ((?x509 (- ?x337)))
 (let ((?x1786 (/ ?x421 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1236 (+ ?x154 ?x1786)))
 (let ((?x1670 (* |g2[1]| ?x1700)))
 (let ((?x1004 (* (/ 1.0 2.0) ?x1700)))
 (let ((?x1141 (* 0.0 ?x1004)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1114 (+ ?x132 ?x1141)))
 (let ((?x1104 (* |h2[1,1]| ?x1114)))
 (let ((?x1033 (+ ?x126 ?x1141)))
 (let ((?x1677 (* |h2[0,1]| ?x1033)))
 (let ((?x1296 (+ ?x1677 ?x1104)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1463 (+ ?x127 ?x1141)))
 (let ((?x998 (+ ?x1463 ?x1296)))
 (let ((?x1130 (+ ?x998 ?x1670)))
 (let ((?x1633 (+ ?x1130 ?x1236)))
 (let ((?x626 (+ ?x1633 ?x509)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1080 (+ ?x100 ?x626)))
 (let ((?x1763 (* ?x190 ?x1080)))
 (or (and (distinct ?x1763 ?x245) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
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
 (let ((?x189 (* exp!3 exp!3)))
 (let ((?x190 (/ (* (/ 1.0 exp!2) exp!1) ?x189)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x243 (* ?x242 ?x190)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x213 (* ?x108 ?x52)))
 (let ((?x229 (/ ?x213 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x230 (+ ?x109 ?x229)))
 (let ((?x231 (* 2.0 ?x230)))
 (let ((?x232 (- ?x231)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x234 (+ ?x102 ?x233)))
 (let ((?x235 (* ?x190 ?x234)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x198 (* ?x196 ?x52)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x197 (- ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x204 (+ ?x193 ?x203)))
 (let ((?x236 (* ?x204 ?x235)))
 (let ((?x219 (- ?x213)))
 (let ((?x220 (* ?x198 ?x219)))
 (let ((?x218 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x221 (* ?x218 ?x220)))
 (let ((?x214 (* ?x196 ?x213)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x212 (* ?x210 ?x52)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (/ ?x215 ?x44)))
 (let ((?x222 (+ ?x216 ?x221)))
 (let ((?x211 (- ?x210)))
 (let ((?x223 (+ ?x211 ?x222)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x225 (- ?x224)))
 (let ((?x226 (+ ?x211 ?x225)))
 (let ((?x207 (- ?x107)))
 (let ((?x227 (+ ?x207 ?x226)))
 (let ((?x228 (* ?x190 ?x227)))
 (let ((?x237 (+ ?x228 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x205 (* ?x190 ?x204)))
 (let ((?x206 (* |g2[0]| ?x205)))
 (let ((?x239 (+ ?x206 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x248 (* ?x109 ?x159)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x246 (+ ?x114 ?x248)))
 (let ((?x663 (- ?x246)))
 (let ((?x664 (+ ?x109 ?x663)))
 (let ((?x665 (* ?x159 ?x664)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x667 (* ?x164 ?x665)))
 (let ((?x247 (* 2.0 ?x246)))
 (let ((?x591 (- ?x247)))
 (let ((?x592 (+ ?x109 ?x591)))
 (let ((?x593 (+ ?x102 ?x592)))
 (let ((?x594 (* 1.0 ?x593)))
 (let ((?x292 (* f2 ?x594)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x657 (+ ?x144 ?x292)))
 (let ((?x291 (* 0.0 ?x594)))
 (let ((?x755 (+ ?x291 ?x657)))
 (let ((?x899 (- ?x755)))
 (let ((?x656 (* 2.0 ?x899)))
 (let ((?x662 (* ?x159 ?x656)))
 (let ((?x668 (+ ?x662 ?x667)))
 (let ((?x727 (- ?x668)))
 (let ((?x673 (+ ?x899 ?x727)))
 (let ((?x671 (* ?x106 ?x673)))
 (let ((?x175 (* ?x159 ?x164)))
 (let ((?x176 (- ?x175)))
 (let ((?x177 (+ ?x152 ?x176)))
 (let ((?x178 (* ?x174 ?x177)))
 (let ((?x674 (+ ?x178 ?x671)))
 (let ((?x675 (* ?x11 ?x674)))
 (let ((?x181 (* ?x106 ?x177)))
 (let ((?x182 (- ?x181)))
 (let ((?x699 (+ ?x182 ?x675)))
 (let ((?x728 (- ?x699)))
 (let ((?x900 (/ ?x899 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x897 (+ ?x154 ?x900)))
 (let ((?x1023 (* |g2[1]| ?x594)))
 (let ((?x595 (* (/ 1.0 2.0) ?x594)))
 (let ((?x279 (* 0.0 ?x595)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1014 (+ ?x132 ?x279)))
 (let ((?x1024 (* |h2[1,1]| ?x1014)))
 (let ((?x358 (+ ?x126 ?x279)))
 (let ((?x1013 (* |h2[0,1]| ?x358)))
 (let ((?x1025 (+ ?x1013 ?x1024)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x596 (+ ?x127 ?x279)))
 (let ((?x1022 (+ ?x596 ?x1025)))
 (let ((?x388 (+ ?x1022 ?x1023)))
 (let ((?x898 (+ ?x388 ?x897)))
 (let ((?x701 (+ ?x898 ?x728)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x729 (+ ?x100 ?x701)))
 (let ((?x704 (* ?x190 ?x729)))
 (or (and (distinct ?x704 ?x245) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
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
 (let ((?x189 (* exp!3 exp!3)))
 (let ((?x190 (/ (* (/ 1.0 exp!2) exp!1) ?x189)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x243 (* ?x242 ?x190)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x213 (* ?x108 ?x52)))
 (let ((?x229 (/ ?x213 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x230 (+ ?x109 ?x229)))
 (let ((?x231 (* 2.0 ?x230)))
 (let ((?x232 (- ?x231)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x234 (+ ?x102 ?x233)))
 (let ((?x235 (* ?x190 ?x234)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x198 (* ?x196 ?x52)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x197 (- ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x204 (+ ?x193 ?x203)))
 (let ((?x236 (* ?x204 ?x235)))
 (let ((?x219 (- ?x213)))
 (let ((?x220 (* ?x198 ?x219)))
 (let ((?x218 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x221 (* ?x218 ?x220)))
 (let ((?x214 (* ?x196 ?x213)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x212 (* ?x210 ?x52)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (/ ?x215 ?x44)))
 (let ((?x222 (+ ?x216 ?x221)))
 (let ((?x211 (- ?x210)))
 (let ((?x223 (+ ?x211 ?x222)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x225 (- ?x224)))
 (let ((?x226 (+ ?x211 ?x225)))
 (let ((?x207 (- ?x107)))
 (let ((?x227 (+ ?x207 ?x226)))
 (let ((?x228 (* ?x190 ?x227)))
 (let ((?x237 (+ ?x228 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x205 (* ?x190 ?x204)))
 (let ((?x206 (* |g2[0]| ?x205)))
 (let ((?x239 (+ ?x206 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x911 (* ?x110 ?x164)))
 (let ((?x1546 (- ?x911)))
 (let ((?x298 (+ ?x152 ?x1546)))
 (let ((?x958 (* ?x106 ?x298)))
 (let ((?x1725 (- ?x958)))
 (let ((?x1454 (* ?x174 ?x298)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1072 (* ?x111 ?x164)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x248 (* ?x109 ?x159)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x246 (+ ?x114 ?x248)))
 (let ((?x247 (* 2.0 ?x246)))
 (let ((?x591 (- ?x247)))
 (let ((?x592 (+ ?x109 ?x591)))
 (let ((?x593 (+ ?x102 ?x592)))
 (let ((?x594 (* 1.0 ?x593)))
 (let ((?x292 (* f2 ?x594)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x657 (+ ?x144 ?x292)))
 (let ((?x291 (* 0.0 ?x594)))
 (let ((?x755 (+ ?x291 ?x657)))
 (let ((?x899 (- ?x755)))
 (let ((?x656 (* 2.0 ?x899)))
 (let ((?x763 (* ?x110 ?x656)))
 (let ((?x542 (+ ?x763 ?x1072)))
 (let ((?x1494 (- ?x542)))
 (let ((?x1757 (+ ?x899 ?x1494)))
 (let ((?x1093 (* ?x106 ?x1757)))
 (let ((?x1280 (+ ?x1093 ?x1454)))
 (let ((?x1613 (* ?x11 ?x1280)))
 (let ((?x1802 (+ ?x1613 ?x1725)))
 (let ((?x1451 (- ?x1802)))
 (let ((?x900 (/ ?x899 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x897 (+ ?x154 ?x900)))
 (let ((?x1023 (* |g2[1]| ?x594)))
 (let ((?x595 (* (/ 1.0 2.0) ?x594)))
 (let ((?x279 (* 0.0 ?x595)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1014 (+ ?x132 ?x279)))
 (let ((?x1024 (* |h2[1,1]| ?x1014)))
 (let ((?x358 (+ ?x126 ?x279)))
 (let ((?x1013 (* |h2[0,1]| ?x358)))
 (let ((?x1025 (+ ?x1013 ?x1024)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x596 (+ ?x127 ?x279)))
 (let ((?x1022 (+ ?x596 ?x1025)))
 (let ((?x388 (+ ?x1022 ?x1023)))
 (let ((?x898 (+ ?x388 ?x897)))
 (let ((?x1277 (+ ?x898 ?x1451)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1715 (+ ?x100 ?x1277)))
 (let ((?x1788 (* ?x190 ?x1715)))
 (or (and (distinct ?x1788 ?x245) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
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
 (let ((?x189 (* exp!3 exp!3)))
 (let ((?x190 (/ (* (/ 1.0 exp!2) exp!1) ?x189)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x243 (* ?x242 ?x190)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x213 (* ?x108 ?x52)))
 (let ((?x229 (/ ?x213 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x230 (+ ?x109 ?x229)))
 (let ((?x231 (* 2.0 ?x230)))
 (let ((?x232 (- ?x231)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x234 (+ ?x102 ?x233)))
 (let ((?x235 (* ?x190 ?x234)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x198 (* ?x196 ?x52)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x197 (- ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x204 (+ ?x193 ?x203)))
 (let ((?x236 (* ?x204 ?x235)))
 (let ((?x219 (- ?x213)))
 (let ((?x220 (* ?x198 ?x219)))
 (let ((?x218 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x221 (* ?x218 ?x220)))
 (let ((?x214 (* ?x196 ?x213)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x212 (* ?x210 ?x52)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (/ ?x215 ?x44)))
 (let ((?x222 (+ ?x216 ?x221)))
 (let ((?x211 (- ?x210)))
 (let ((?x223 (+ ?x211 ?x222)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x225 (- ?x224)))
 (let ((?x226 (+ ?x211 ?x225)))
 (let ((?x207 (- ?x107)))
 (let ((?x227 (+ ?x207 ?x226)))
 (let ((?x228 (* ?x190 ?x227)))
 (let ((?x237 (+ ?x228 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x205 (* ?x190 ?x204)))
 (let ((?x206 (* |g2[0]| ?x205)))
 (let ((?x239 (+ ?x206 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x248 (* ?x109 ?x159)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x246 (+ ?x114 ?x248)))
 (let ((?x663 (- ?x246)))
 (let ((?x664 (+ ?x109 ?x663)))
 (let ((?x665 (* ?x159 ?x664)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x667 (* ?x164 ?x665)))
 (let ((?x247 (* 2.0 ?x246)))
 (let ((?x591 (- ?x247)))
 (let ((?x592 (+ ?x109 ?x591)))
 (let ((?x593 (+ ?x102 ?x592)))
 (let ((?x594 (* 1.0 ?x593)))
 (let ((?x292 (* f2 ?x594)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x657 (+ ?x144 ?x292)))
 (let ((?x291 (* 0.0 ?x594)))
 (let ((?x755 (+ ?x291 ?x657)))
 (let ((?x899 (- ?x755)))
 (let ((?x656 (* 2.0 ?x899)))
 (let ((?x662 (* ?x159 ?x656)))
 (let ((?x668 (+ ?x662 ?x667)))
 (let ((?x727 (- ?x668)))
 (let ((?x673 (+ ?x899 ?x727)))
 (let ((?x671 (* ?x106 ?x673)))
 (let ((?x175 (* ?x159 ?x164)))
 (let ((?x176 (- ?x175)))
 (let ((?x177 (+ ?x152 ?x176)))
 (let ((?x178 (* ?x174 ?x177)))
 (let ((?x674 (+ ?x178 ?x671)))
 (let ((?x675 (* ?x11 ?x674)))
 (let ((?x181 (* ?x106 ?x177)))
 (let ((?x182 (- ?x181)))
 (let ((?x699 (+ ?x182 ?x675)))
 (let ((?x728 (- ?x699)))
 (let ((?x900 (/ ?x899 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x897 (+ ?x154 ?x900)))
 (let ((?x1023 (* |g2[1]| ?x594)))
 (let ((?x595 (* (/ 1.0 2.0) ?x594)))
 (let ((?x279 (* 0.0 ?x595)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1014 (+ ?x132 ?x279)))
 (let ((?x1024 (* |h2[1,1]| ?x1014)))
 (let ((?x358 (+ ?x126 ?x279)))
 (let ((?x1013 (* |h2[0,1]| ?x358)))
 (let ((?x1025 (+ ?x1013 ?x1024)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x596 (+ ?x127 ?x279)))
 (let ((?x1022 (+ ?x596 ?x1025)))
 (let ((?x388 (+ ?x1022 ?x1023)))
 (let ((?x898 (+ ?x388 ?x897)))
 (let ((?x701 (+ ?x898 ?x728)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x729 (+ ?x100 ?x701)))
 (let ((?x704 (* ?x190 ?x729)))
 (or (and (distinct ?x704 ?x245) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
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
 (let ((?x189 (* exp!3 exp!3)))
 (let ((?x190 (/ (* (/ 1.0 exp!2) exp!1) ?x189)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x243 (* ?x242 ?x190)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x213 (* ?x108 ?x52)))
 (let ((?x229 (/ ?x213 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x230 (+ ?x109 ?x229)))
 (let ((?x231 (* 2.0 ?x230)))
 (let ((?x232 (- ?x231)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x234 (+ ?x102 ?x233)))
 (let ((?x235 (* ?x190 ?x234)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x198 (* ?x196 ?x52)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x197 (- ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x204 (+ ?x193 ?x203)))
 (let ((?x236 (* ?x204 ?x235)))
 (let ((?x219 (- ?x213)))
 (let ((?x220 (* ?x198 ?x219)))
 (let ((?x218 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x221 (* ?x218 ?x220)))
 (let ((?x214 (* ?x196 ?x213)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x212 (* ?x210 ?x52)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (/ ?x215 ?x44)))
 (let ((?x222 (+ ?x216 ?x221)))
 (let ((?x211 (- ?x210)))
 (let ((?x223 (+ ?x211 ?x222)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x225 (- ?x224)))
 (let ((?x226 (+ ?x211 ?x225)))
 (let ((?x207 (- ?x107)))
 (let ((?x227 (+ ?x207 ?x226)))
 (let ((?x228 (* ?x190 ?x227)))
 (let ((?x237 (+ ?x228 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x205 (* ?x190 ?x204)))
 (let ((?x206 (* |g2[0]| ?x205)))
 (let ((?x239 (+ ?x206 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x248 (* ?x109 ?x159)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x246 (+ ?x114 ?x248)))
 (let ((?x663 (- ?x246)))
 (let ((?x664 (+ ?x109 ?x663)))
 (let ((?x665 (* ?x159 ?x664)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x667 (* ?x164 ?x665)))
 (let ((?x247 (* 2.0 ?x246)))
 (let ((?x591 (- ?x247)))
 (let ((?x592 (+ ?x109 ?x591)))
 (let ((?x593 (+ ?x102 ?x592)))
 (let ((?x594 (* 1.0 ?x593)))
 (let ((?x292 (* f2 ?x594)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x657 (+ ?x144 ?x292)))
 (let ((?x291 (* 0.0 ?x594)))
 (let ((?x755 (+ ?x291 ?x657)))
 (let ((?x899 (- ?x755)))
 (let ((?x656 (* 2.0 ?x899)))
 (let ((?x662 (* ?x159 ?x656)))
 (let ((?x668 (+ ?x662 ?x667)))
 (let ((?x727 (- ?x668)))
 (let ((?x673 (+ ?x899 ?x727)))
 (let ((?x671 (* ?x106 ?x673)))
 (let ((?x175 (* ?x159 ?x164)))
 (let ((?x176 (- ?x175)))
 (let ((?x177 (+ ?x152 ?x176)))
 (let ((?x178 (* ?x174 ?x177)))
 (let ((?x674 (+ ?x178 ?x671)))
 (let ((?x675 (* ?x11 ?x674)))
 (let ((?x181 (* ?x106 ?x177)))
 (let ((?x182 (- ?x181)))
 (let ((?x699 (+ ?x182 ?x675)))
 (let ((?x728 (- ?x699)))
 (let ((?x900 (/ ?x899 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x897 (+ ?x154 ?x900)))
 (let ((?x1023 (* |g2[1]| ?x594)))
 (let ((?x595 (* (/ 1.0 2.0) ?x594)))
 (let ((?x279 (* 0.0 ?x595)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1014 (+ ?x132 ?x279)))
 (let ((?x1024 (* |h2[1,1]| ?x1014)))
 (let ((?x358 (+ ?x126 ?x279)))
 (let ((?x1013 (* |h2[0,1]| ?x358)))
 (let ((?x1025 (+ ?x1013 ?x1024)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x596 (+ ?x127 ?x279)))
 (let ((?x1022 (+ ?x596 ?x1025)))
 (let ((?x388 (+ ?x1022 ?x1023)))
 (let ((?x898 (+ ?x388 ?x897)))
 (let ((?x701 (+ ?x898 ?x728)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x729 (+ ?x100 ?x701)))
 (let ((?x704 (* ?x190 ?x729)))
 (or (and (distinct ?x704 ?x245) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (= 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x109)))
 (let ((?x917 (+ ?x1064 ?x969)))
 (let ((?x1541 (* 2.0 ?x917)))
 (let ((?x904 (- ?x1541)))
 (let ((?x725 (+ ?x109 ?x904)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x527 (+ ?x102 ?x725)))
 (let ((?x526 (* ?x1674 ?x527)))
 (let ((?x272 (* |g2[1]| ?x526)))
 (let ((?x383 (+ ?x272 ?x271)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x1693 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1617 (+ ?x1693 ?x1638)))
 (let ((?x1574 (* 2.0 ?x1617)))
 (let ((?x1555 (- ?x1574)))
 (let ((?x1214 (+ ?x197 ?x1555)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x1484 (+ ?x193 ?x1214)))
 (let ((?x523 (* ?x1484 ?x526)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1094 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1234 (+ ?x1094 ?x1273)))
 (let ((?x1219 (* 2.0 ?x1234)))
 (let ((?x1192 (- ?x1219)))
 (let ((?x1168 (+ ?x211 ?x1192)))
 (let ((?x207 (- ?x107)))
 (let ((?x1136 (+ ?x207 ?x1168)))
 (let ((?x1090 (* ?x1674 ?x1136)))
 (let ((?x518 (+ ?x1090 ?x523)))
 (let ((?x438 (* f2 ?x518)))
 (let ((?x1496 (* ?x1674 ?x1484)))
 (let ((?x582 (* |g2[0]| ?x1496)))
 (let ((?x420 (+ ?x582 ?x438)))
 (let ((?x842 (+ ?x420 ?x383)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x457 (+ ?x111 ?x460)))
 (let ((?x1621 (- ?x457)))
 (let ((?x1134 (+ ?x109 ?x1621)))
 (let ((?x647 (* ?x1807 ?x1134)))
 (let ((?x1082 (* ?x647 ?x164)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x299 (* 2.0 ?x457)))
 (let ((?x1658 (- ?x299)))
 (let ((?x1160 (+ ?x109 ?x1658)))
 (let ((?x353 (+ ?x102 ?x1160)))
 (let ((?x631 (* ?x353 1.0)))
 (let ((?x1587 (* f2 ?x631)))
 (let ((?x695 (+ ?x1587 ?x144)))
 (let ((?x1376 (* 0.0 ?x631)))
 (let ((?x1723 (+ ?x1376 ?x695)))
 (let ((?x558 (- ?x1723)))
 (let ((?x520 (* 2.0 ?x558)))
 (let ((?x1054 (* ?x1807 ?x520)))
 (let ((?x1208 (+ ?x1054 ?x1082)))
 (let ((?x1509 (- ?x1208)))
 (let ((?x1197 (+ ?x558 ?x1509)))
 (let ((?x1252 (* ?x106 ?x1197)))
 (let ((?x1537 (+ ?x1252 ?x678)))
 (let ((?x1639 (* ?x11 ?x1537)))
 (let ((?x1223 (+ ?x1639 ?x1866)))
 (let ((?x1835 (- ?x1223)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x357 (/ ?x558 scale)))
 (let ((?x577 (+ ?x357 ?x154)))
 (let ((?x1501 (* |g2[1]| ?x631)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1241 (* (/ 1.0 2.0) ?x631)))
 (let ((?x906 (* 0.0 ?x1241)))
 (let ((?x693 (+ ?x906 ?x132)))
 (let ((?x1543 (* |h2[1,1]| ?x693)))
 (let ((?x1551 (+ ?x906 ?x126)))
 (let ((?x1731 (* |h2[0,1]| ?x1551)))
 (let ((?x1293 (+ ?x1731 ?x1543)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1491 (+ ?x906 ?x127)))
 (let ((?x758 (+ ?x1491 ?x1293)))
 (let ((?x350 (+ ?x758 ?x1501)))
 (let ((?x767 (+ ?x350 ?x577)))
 (let ((?x1864 (+ ?x767 ?x1835)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1567 (+ ?x100 ?x1864)))
 (let ((?x1707 (* ?x1674 ?x1567)))
 (or (and (distinct ?x1707 ?x842) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x109)))
 (let ((?x917 (+ ?x1064 ?x969)))
 (let ((?x1541 (* 2.0 ?x917)))
 (let ((?x904 (- ?x1541)))
 (let ((?x725 (+ ?x109 ?x904)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x527 (+ ?x102 ?x725)))
 (let ((?x526 (* ?x1674 ?x527)))
 (let ((?x272 (* |g2[1]| ?x526)))
 (let ((?x383 (+ ?x272 ?x271)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x1693 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1617 (+ ?x1693 ?x1638)))
 (let ((?x1574 (* 2.0 ?x1617)))
 (let ((?x1555 (- ?x1574)))
 (let ((?x1214 (+ ?x197 ?x1555)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x1484 (+ ?x193 ?x1214)))
 (let ((?x523 (* ?x1484 ?x526)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1094 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1234 (+ ?x1094 ?x1273)))
 (let ((?x1219 (* 2.0 ?x1234)))
 (let ((?x1192 (- ?x1219)))
 (let ((?x1168 (+ ?x211 ?x1192)))
 (let ((?x207 (- ?x107)))
 (let ((?x1136 (+ ?x207 ?x1168)))
 (let ((?x1090 (* ?x1674 ?x1136)))
 (let ((?x518 (+ ?x1090 ?x523)))
 (let ((?x438 (* f2 ?x518)))
 (let ((?x1496 (* ?x1674 ?x1484)))
 (let ((?x582 (* |g2[0]| ?x1496)))
 (let ((?x420 (+ ?x582 ?x438)))
 (let ((?x842 (+ ?x420 ?x383)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x842) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x1106 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x2176 (+ ?x969 ?x1106)))
 (let ((?x1904 (* 2.0 ?x2176)))
 (let ((?x1506 (- ?x1904)))
 (let ((?x413 (+ ?x109 ?x1506)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1572 (+ ?x102 ?x413)))
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1073 (* ?x1674 ?x1572)))
 (let ((?x1471 (* |g2[1]| ?x1073)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x1278 (+ ?x271 ?x1471)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x883 (* 0.0 ?x197)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x945 (+ ?x1638 ?x883)))
 (let ((?x968 (* 2.0 ?x945)))
 (let ((?x1826 (- ?x968)))
 (let ((?x1184 (+ ?x197 ?x1826)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x2179 (+ ?x193 ?x1184)))
 (let ((?x1421 (* ?x2179 ?x1073)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x2180 (* 0.0 ?x211)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1749 (+ ?x1273 ?x2180)))
 (let ((?x1593 (* 2.0 ?x1749)))
 (let ((?x2129 (- ?x1593)))
 (let ((?x870 (+ ?x211 ?x2129)))
 (let ((?x207 (- ?x107)))
 (let ((?x2177 (+ ?x207 ?x870)))
 (let ((?x848 (* ?x1674 ?x2177)))
 (let ((?x568 (+ ?x848 ?x1421)))
 (let ((?x380 (* f2 ?x568)))
 (let ((?x1255 (* ?x1674 ?x2179)))
 (let ((?x2170 (* |g2[0]| ?x1255)))
 (let ((?x1411 (+ ?x2170 ?x380)))
 (let ((?x1652 (+ ?x1411 ?x1278)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x1652) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (= 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x109)))
 (let ((?x917 (+ ?x1064 ?x969)))
 (let ((?x1541 (* 2.0 ?x917)))
 (let ((?x904 (- ?x1541)))
 (let ((?x725 (+ ?x109 ?x904)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x527 (+ ?x102 ?x725)))
 (let ((?x526 (* ?x1674 ?x527)))
 (let ((?x272 (* |g2[1]| ?x526)))
 (let ((?x383 (+ ?x272 ?x271)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x1693 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1617 (+ ?x1693 ?x1638)))
 (let ((?x1574 (* 2.0 ?x1617)))
 (let ((?x1555 (- ?x1574)))
 (let ((?x1214 (+ ?x197 ?x1555)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x1484 (+ ?x193 ?x1214)))
 (let ((?x523 (* ?x1484 ?x526)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1094 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1234 (+ ?x1094 ?x1273)))
 (let ((?x1219 (* 2.0 ?x1234)))
 (let ((?x1192 (- ?x1219)))
 (let ((?x1168 (+ ?x211 ?x1192)))
 (let ((?x207 (- ?x107)))
 (let ((?x1136 (+ ?x207 ?x1168)))
 (let ((?x1090 (* ?x1674 ?x1136)))
 (let ((?x518 (+ ?x1090 ?x523)))
 (let ((?x438 (* f2 ?x518)))
 (let ((?x1496 (* ?x1674 ?x1484)))
 (let ((?x582 (* |g2[0]| ?x1496)))
 (let ((?x420 (+ ?x582 ?x438)))
 (let ((?x842 (+ ?x420 ?x383)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x877 (- ?x736)))
 (let ((?x1863 (+ ?x109 ?x877)))
 (let ((?x1312 (* ?x1807 ?x1863)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x2727 (* ?x164 ?x1312)))
 (let ((?x1951 (* 2.0 ?x736)))
 (let ((?x860 (- ?x1951)))
 (let ((?x1783 (+ ?x109 ?x860)))
 (let ((?x1779 (+ ?x102 ?x1783)))
 (let ((?x1545 (* 1.0 ?x1779)))
 (let ((?x994 (* f2 ?x1545)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x2087 (+ ?x144 ?x994)))
 (let ((?x789 (* 0.0 ?x1545)))
 (let ((?x1886 (+ ?x789 ?x2087)))
 (let ((?x1580 (- ?x1886)))
 (let ((?x2766 (* 2.0 ?x1580)))
 (let ((?x1349 (* ?x1807 ?x2766)))
 (let ((?x2159 (+ ?x1349 ?x2727)))
 (let ((?x1479 (- ?x2159)))
 (let ((?x514 (+ ?x1580 ?x1479)))
 (let ((?x2139 (* ?x106 ?x514)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x950 (+ ?x678 ?x2139)))
 (let ((?x2558 (* ?x11 ?x950)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1385 (+ ?x1866 ?x2558)))
 (let ((?x1953 (- ?x1385)))
 (let ((?x2020 (/ ?x1580 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x2133 (+ ?x154 ?x2020)))
 (let ((?x1153 (* |g2[1]| ?x1545)))
 (let ((?x2796 (* (/ 1.0 2.0) ?x1545)))
 (let ((?x1794 (* 0.0 ?x2796)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1199 (+ ?x132 ?x1794)))
 (let ((?x1993 (* |h2[1,1]| ?x1199)))
 (let ((?x1595 (+ ?x126 ?x1794)))
 (let ((?x1755 (* |h2[0,1]| ?x1595)))
 (let ((?x1443 (+ ?x1755 ?x1993)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1100 (+ ?x127 ?x1794)))
 (let ((?x2749 (+ ?x1100 ?x1443)))
 (let ((?x1681 (+ ?x2749 ?x1153)))
 (let ((?x1660 (+ ?x1681 ?x2133)))
 (let ((?x1650 (+ ?x1660 ?x1953)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x1650)))
 (let ((?x2735 (* ?x1674 ?x919)))
 (or (and (distinct ?x2735 ?x842) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x109)))
 (let ((?x917 (+ ?x1064 ?x969)))
 (let ((?x1541 (* 2.0 ?x917)))
 (let ((?x904 (- ?x1541)))
 (let ((?x725 (+ ?x109 ?x904)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x527 (+ ?x102 ?x725)))
 (let ((?x526 (* ?x1674 ?x527)))
 (let ((?x272 (* |g2[1]| ?x526)))
 (let ((?x383 (+ ?x272 ?x271)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x1693 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1617 (+ ?x1693 ?x1638)))
 (let ((?x1574 (* 2.0 ?x1617)))
 (let ((?x1555 (- ?x1574)))
 (let ((?x1214 (+ ?x197 ?x1555)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x1484 (+ ?x193 ?x1214)))
 (let ((?x523 (* ?x1484 ?x526)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1094 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1234 (+ ?x1094 ?x1273)))
 (let ((?x1219 (* 2.0 ?x1234)))
 (let ((?x1192 (- ?x1219)))
 (let ((?x1168 (+ ?x211 ?x1192)))
 (let ((?x207 (- ?x107)))
 (let ((?x1136 (+ ?x207 ?x1168)))
 (let ((?x1090 (* ?x1674 ?x1136)))
 (let ((?x518 (+ ?x1090 ?x523)))
 (let ((?x438 (* f2 ?x518)))
 (let ((?x1496 (* ?x1674 ?x1484)))
 (let ((?x582 (* |g2[0]| ?x1496)))
 (let ((?x420 (+ ?x582 ?x438)))
 (let ((?x842 (+ ?x420 ?x383)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x842) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x1106 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x2176 (+ ?x969 ?x1106)))
 (let ((?x1904 (* 2.0 ?x2176)))
 (let ((?x1506 (- ?x1904)))
 (let ((?x413 (+ ?x109 ?x1506)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1572 (+ ?x102 ?x413)))
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1073 (* ?x1674 ?x1572)))
 (let ((?x1471 (* |g2[1]| ?x1073)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x1278 (+ ?x271 ?x1471)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x883 (* 0.0 ?x197)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x945 (+ ?x1638 ?x883)))
 (let ((?x968 (* 2.0 ?x945)))
 (let ((?x1826 (- ?x968)))
 (let ((?x1184 (+ ?x197 ?x1826)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x2179 (+ ?x193 ?x1184)))
 (let ((?x1421 (* ?x2179 ?x1073)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x2180 (* 0.0 ?x211)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1749 (+ ?x1273 ?x2180)))
 (let ((?x1593 (* 2.0 ?x1749)))
 (let ((?x2129 (- ?x1593)))
 (let ((?x870 (+ ?x211 ?x2129)))
 (let ((?x207 (- ?x107)))
 (let ((?x2177 (+ ?x207 ?x870)))
 (let ((?x848 (* ?x1674 ?x2177)))
 (let ((?x568 (+ ?x848 ?x1421)))
 (let ((?x380 (* f2 ?x568)))
 (let ((?x1255 (* ?x1674 ?x2179)))
 (let ((?x2170 (* |g2[0]| ?x1255)))
 (let ((?x1411 (+ ?x2170 ?x380)))
 (let ((?x1652 (+ ?x1411 ?x1278)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x1652) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (= 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x109)))
 (let ((?x917 (+ ?x1064 ?x969)))
 (let ((?x1541 (* 2.0 ?x917)))
 (let ((?x904 (- ?x1541)))
 (let ((?x725 (+ ?x109 ?x904)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x527 (+ ?x102 ?x725)))
 (let ((?x526 (* ?x1674 ?x527)))
 (let ((?x272 (* |g2[1]| ?x526)))
 (let ((?x383 (+ ?x272 ?x271)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x1693 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1617 (+ ?x1693 ?x1638)))
 (let ((?x1574 (* 2.0 ?x1617)))
 (let ((?x1555 (- ?x1574)))
 (let ((?x1214 (+ ?x197 ?x1555)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x1484 (+ ?x193 ?x1214)))
 (let ((?x523 (* ?x1484 ?x526)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1094 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1234 (+ ?x1094 ?x1273)))
 (let ((?x1219 (* 2.0 ?x1234)))
 (let ((?x1192 (- ?x1219)))
 (let ((?x1168 (+ ?x211 ?x1192)))
 (let ((?x207 (- ?x107)))
 (let ((?x1136 (+ ?x207 ?x1168)))
 (let ((?x1090 (* ?x1674 ?x1136)))
 (let ((?x518 (+ ?x1090 ?x523)))
 (let ((?x438 (* f2 ?x518)))
 (let ((?x1496 (* ?x1674 ?x1484)))
 (let ((?x582 (* |g2[0]| ?x1496)))
 (let ((?x420 (+ ?x582 ?x438)))
 (let ((?x842 (+ ?x420 ?x383)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x911 (* ?x110 ?x164)))
 (let ((?x1546 (- ?x911)))
 (let ((?x298 (+ ?x152 ?x1546)))
 (let ((?x958 (* ?x106 ?x298)))
 (let ((?x1725 (- ?x958)))
 (let ((?x1454 (* ?x174 ?x298)))
 (let ((?x1072 (* ?x111 ?x164)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x962 (* ?x110 ?x1544)))
 (let ((?x2787 (+ ?x962 ?x1072)))
 (let ((?x2776 (- ?x2787)))
 (let ((?x2669 (+ ?x932 ?x2776)))
 (let ((?x2141 (* ?x106 ?x2669)))
 (let ((?x1853 (+ ?x2141 ?x1454)))
 (let ((?x2219 (* ?x11 ?x1853)))
 (let ((?x696 (+ ?x2219 ?x1725)))
 (let ((?x2021 (- ?x696)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x2651 (+ ?x554 ?x2021)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x2647 (+ ?x100 ?x2651)))
 (let ((?x1950 (* ?x1674 ?x2647)))
 (or (and (distinct ?x1950 ?x842) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x109)))
 (let ((?x917 (+ ?x1064 ?x969)))
 (let ((?x1541 (* 2.0 ?x917)))
 (let ((?x904 (- ?x1541)))
 (let ((?x725 (+ ?x109 ?x904)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x527 (+ ?x102 ?x725)))
 (let ((?x526 (* ?x1674 ?x527)))
 (let ((?x272 (* |g2[1]| ?x526)))
 (let ((?x383 (+ ?x272 ?x271)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x1693 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1617 (+ ?x1693 ?x1638)))
 (let ((?x1574 (* 2.0 ?x1617)))
 (let ((?x1555 (- ?x1574)))
 (let ((?x1214 (+ ?x197 ?x1555)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x1484 (+ ?x193 ?x1214)))
 (let ((?x523 (* ?x1484 ?x526)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1094 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1234 (+ ?x1094 ?x1273)))
 (let ((?x1219 (* 2.0 ?x1234)))
 (let ((?x1192 (- ?x1219)))
 (let ((?x1168 (+ ?x211 ?x1192)))
 (let ((?x207 (- ?x107)))
 (let ((?x1136 (+ ?x207 ?x1168)))
 (let ((?x1090 (* ?x1674 ?x1136)))
 (let ((?x518 (+ ?x1090 ?x523)))
 (let ((?x438 (* f2 ?x518)))
 (let ((?x1496 (* ?x1674 ?x1484)))
 (let ((?x582 (* |g2[0]| ?x1496)))
 (let ((?x420 (+ ?x582 ?x438)))
 (let ((?x842 (+ ?x420 ?x383)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x842) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x1106 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x2176 (+ ?x969 ?x1106)))
 (let ((?x1904 (* 2.0 ?x2176)))
 (let ((?x1506 (- ?x1904)))
 (let ((?x413 (+ ?x109 ?x1506)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1572 (+ ?x102 ?x413)))
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1073 (* ?x1674 ?x1572)))
 (let ((?x1471 (* |g2[1]| ?x1073)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x1278 (+ ?x271 ?x1471)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x883 (* 0.0 ?x197)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x945 (+ ?x1638 ?x883)))
 (let ((?x968 (* 2.0 ?x945)))
 (let ((?x1826 (- ?x968)))
 (let ((?x1184 (+ ?x197 ?x1826)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x2179 (+ ?x193 ?x1184)))
 (let ((?x1421 (* ?x2179 ?x1073)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x2180 (* 0.0 ?x211)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1749 (+ ?x1273 ?x2180)))
 (let ((?x1593 (* 2.0 ?x1749)))
 (let ((?x2129 (- ?x1593)))
 (let ((?x870 (+ ?x211 ?x2129)))
 (let ((?x207 (- ?x107)))
 (let ((?x2177 (+ ?x207 ?x870)))
 (let ((?x848 (* ?x1674 ?x2177)))
 (let ((?x568 (+ ?x848 ?x1421)))
 (let ((?x380 (* f2 ?x568)))
 (let ((?x1255 (* ?x1674 ?x2179)))
 (let ((?x2170 (* |g2[0]| ?x1255)))
 (let ((?x1411 (+ ?x2170 ?x380)))
 (let ((?x1652 (+ ?x1411 ?x1278)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x1652) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x109)))
 (let ((?x917 (+ ?x1064 ?x969)))
 (let ((?x1541 (* 2.0 ?x917)))
 (let ((?x904 (- ?x1541)))
 (let ((?x725 (+ ?x109 ?x904)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x527 (+ ?x102 ?x725)))
 (let ((?x526 (* ?x1674 ?x527)))
 (let ((?x272 (* |g2[1]| ?x526)))
 (let ((?x383 (+ ?x272 ?x271)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x1693 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1617 (+ ?x1693 ?x1638)))
 (let ((?x1574 (* 2.0 ?x1617)))
 (let ((?x1555 (- ?x1574)))
 (let ((?x1214 (+ ?x197 ?x1555)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x1484 (+ ?x193 ?x1214)))
 (let ((?x523 (* ?x1484 ?x526)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1094 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1234 (+ ?x1094 ?x1273)))
 (let ((?x1219 (* 2.0 ?x1234)))
 (let ((?x1192 (- ?x1219)))
 (let ((?x1168 (+ ?x211 ?x1192)))
 (let ((?x207 (- ?x107)))
 (let ((?x1136 (+ ?x207 ?x1168)))
 (let ((?x1090 (* ?x1674 ?x1136)))
 (let ((?x518 (+ ?x1090 ?x523)))
 (let ((?x438 (* f2 ?x518)))
 (let ((?x1496 (* ?x1674 ?x1484)))
 (let ((?x582 (* |g2[0]| ?x1496)))
 (let ((?x420 (+ ?x582 ?x438)))
 (let ((?x842 (+ ?x420 ?x383)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x842) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x1106 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x2176 (+ ?x969 ?x1106)))
 (let ((?x1904 (* 2.0 ?x2176)))
 (let ((?x1506 (- ?x1904)))
 (let ((?x413 (+ ?x109 ?x1506)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1572 (+ ?x102 ?x413)))
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1073 (* ?x1674 ?x1572)))
 (let ((?x1471 (* |g2[1]| ?x1073)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x1278 (+ ?x271 ?x1471)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x883 (* 0.0 ?x197)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x945 (+ ?x1638 ?x883)))
 (let ((?x968 (* 2.0 ?x945)))
 (let ((?x1826 (- ?x968)))
 (let ((?x1184 (+ ?x197 ?x1826)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x2179 (+ ?x193 ?x1184)))
 (let ((?x1421 (* ?x2179 ?x1073)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x2180 (* 0.0 ?x211)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1749 (+ ?x1273 ?x2180)))
 (let ((?x1593 (* 2.0 ?x1749)))
 (let ((?x2129 (- ?x1593)))
 (let ((?x870 (+ ?x211 ?x2129)))
 (let ((?x207 (- ?x107)))
 (let ((?x2177 (+ ?x207 ?x870)))
 (let ((?x848 (* ?x1674 ?x2177)))
 (let ((?x568 (+ ?x848 ?x1421)))
 (let ((?x380 (* f2 ?x568)))
 (let ((?x1255 (* ?x1674 ?x2179)))
 (let ((?x2170 (* |g2[0]| ?x1255)))
 (let ((?x1411 (+ ?x2170 ?x380)))
 (let ((?x1652 (+ ?x1411 ?x1278)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x1652) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x36 (= exp!2 scale)))
 (=> (> scale 0.0) $x36)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x190 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x243 (* ?x242 ?x190)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x213 (* ?x108 ?x52)))
 (let ((?x229 (/ ?x213 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x230 (+ ?x109 ?x229)))
 (let ((?x231 (* 2.0 ?x230)))
 (let ((?x232 (- ?x231)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x234 (+ ?x102 ?x233)))
 (let ((?x235 (* ?x190 ?x234)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x198 (* ?x196 ?x52)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x197 (- ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x204 (+ ?x193 ?x203)))
 (let ((?x236 (* ?x204 ?x235)))
 (let ((?x219 (- ?x213)))
 (let ((?x220 (* ?x198 ?x219)))
 (let ((?x218 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x221 (* ?x218 ?x220)))
 (let ((?x214 (* ?x196 ?x213)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x212 (* ?x210 ?x52)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (/ ?x215 ?x44)))
 (let ((?x222 (+ ?x216 ?x221)))
 (let ((?x211 (- ?x210)))
 (let ((?x223 (+ ?x211 ?x222)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x225 (- ?x224)))
 (let ((?x226 (+ ?x211 ?x225)))
 (let ((?x207 (- ?x107)))
 (let ((?x227 (+ ?x207 ?x226)))
 (let ((?x228 (* ?x190 ?x227)))
 (let ((?x237 (+ ?x228 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x205 (* ?x190 ?x204)))
 (let ((?x206 (* |g2[0]| ?x205)))
 (let ((?x239 (+ ?x206 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x175 (* ?x159 ?x164)))
 (let ((?x176 (- ?x175)))
 (let ((?x177 (+ ?x152 ?x176)))
 (let ((?x181 (* ?x106 ?x177)))
 (let ((?x182 (- ?x181)))
 (let ((?x178 (* ?x174 ?x177)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x115 (+ ?x111 ?x114)))
 (let ((?x161 (- ?x115)))
 (let ((?x162 (+ ?x109 ?x161)))
 (let ((?x163 (* ?x159 ?x162)))
 (let ((?x165 (* ?x163 ?x164)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x109 ?x117)))
 (let ((?x119 (+ ?x102 ?x118)))
 (let ((?x122 (* ?x119 1.0)))
 (let ((?x142 (* f2 ?x122)))
 (let ((?x145 (+ ?x142 ?x144)))
 (let ((?x140 (* 0.0 ?x122)))
 (let ((?x146 (+ ?x140 ?x145)))
 (let ((?x147 (- ?x146)))
 (let ((?x158 (* 2.0 ?x147)))
 (let ((?x160 (* ?x159 ?x158)))
 (let ((?x166 (+ ?x160 ?x165)))
 (let ((?x167 (- ?x166)))
 (let ((?x168 (+ ?x147 ?x167)))
 (let ((?x169 (* ?x106 ?x168)))
 (let ((?x179 (+ ?x169 ?x178)))
 (let ((?x180 (* ?x11 ?x179)))
 (let ((?x183 (+ ?x180 ?x182)))
 (let ((?x184 (- ?x183)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x148 (/ ?x147 scale)))
 (let ((?x155 (+ ?x148 ?x154)))
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
 (let ((?x156 (+ ?x139 ?x155)))
 (let ((?x185 (+ ?x156 ?x184)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x186 (+ ?x100 ?x185)))
 (let ((?x191 (* ?x190 ?x186)))
 (or (and (distinct ?x191 ?x245) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x190 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x243 (* ?x242 ?x190)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x213 (* ?x108 ?x52)))
 (let ((?x229 (/ ?x213 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x230 (+ ?x109 ?x229)))
 (let ((?x231 (* 2.0 ?x230)))
 (let ((?x232 (- ?x231)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x234 (+ ?x102 ?x233)))
 (let ((?x235 (* ?x190 ?x234)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x198 (* ?x196 ?x52)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x197 (- ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x204 (+ ?x193 ?x203)))
 (let ((?x236 (* ?x204 ?x235)))
 (let ((?x219 (- ?x213)))
 (let ((?x220 (* ?x198 ?x219)))
 (let ((?x218 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x221 (* ?x218 ?x220)))
 (let ((?x214 (* ?x196 ?x213)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x212 (* ?x210 ?x52)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (/ ?x215 ?x44)))
 (let ((?x222 (+ ?x216 ?x221)))
 (let ((?x211 (- ?x210)))
 (let ((?x223 (+ ?x211 ?x222)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x225 (- ?x224)))
 (let ((?x226 (+ ?x211 ?x225)))
 (let ((?x207 (- ?x107)))
 (let ((?x227 (+ ?x207 ?x226)))
 (let ((?x228 (* ?x190 ?x227)))
 (let ((?x237 (+ ?x228 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x205 (* ?x190 ?x204)))
 (let ((?x206 (* |g2[0]| ?x205)))
 (let ((?x239 (+ ?x206 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x248 (* ?x109 ?x159)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x246 (+ ?x114 ?x248)))
 (let ((?x663 (- ?x246)))
 (let ((?x664 (+ ?x109 ?x663)))
 (let ((?x665 (* ?x159 ?x664)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x667 (* ?x164 ?x665)))
 (let ((?x247 (* 2.0 ?x246)))
 (let ((?x591 (- ?x247)))
 (let ((?x592 (+ ?x109 ?x591)))
 (let ((?x593 (+ ?x102 ?x592)))
 (let ((?x594 (* 1.0 ?x593)))
 (let ((?x292 (* f2 ?x594)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x657 (+ ?x144 ?x292)))
 (let ((?x291 (* 0.0 ?x594)))
 (let ((?x755 (+ ?x291 ?x657)))
 (let ((?x899 (- ?x755)))
 (let ((?x656 (* 2.0 ?x899)))
 (let ((?x662 (* ?x159 ?x656)))
 (let ((?x668 (+ ?x662 ?x667)))
 (let ((?x727 (- ?x668)))
 (let ((?x673 (+ ?x899 ?x727)))
 (let ((?x671 (* ?x106 ?x673)))
 (let ((?x175 (* ?x159 ?x164)))
 (let ((?x176 (- ?x175)))
 (let ((?x177 (+ ?x152 ?x176)))
 (let ((?x178 (* ?x174 ?x177)))
 (let ((?x674 (+ ?x178 ?x671)))
 (let ((?x675 (* ?x11 ?x674)))
 (let ((?x181 (* ?x106 ?x177)))
 (let ((?x182 (- ?x181)))
 (let ((?x699 (+ ?x182 ?x675)))
 (let ((?x728 (- ?x699)))
 (let ((?x900 (/ ?x899 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x897 (+ ?x154 ?x900)))
 (let ((?x1023 (* |g2[1]| ?x594)))
 (let ((?x595 (* (/ 1.0 2.0) ?x594)))
 (let ((?x279 (* 0.0 ?x595)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1014 (+ ?x132 ?x279)))
 (let ((?x1024 (* |h2[1,1]| ?x1014)))
 (let ((?x358 (+ ?x126 ?x279)))
 (let ((?x1013 (* |h2[0,1]| ?x358)))
 (let ((?x1025 (+ ?x1013 ?x1024)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x596 (+ ?x127 ?x279)))
 (let ((?x1022 (+ ?x596 ?x1025)))
 (let ((?x388 (+ ?x1022 ?x1023)))
 (let ((?x898 (+ ?x388 ?x897)))
 (let ((?x701 (+ ?x898 ?x728)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x729 (+ ?x100 ?x701)))
 (let ((?x704 (* ?x190 ?x729)))
 (or (and (distinct ?x704 ?x245) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x190 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x243 (* ?x242 ?x190)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x213 (* ?x108 ?x52)))
 (let ((?x229 (/ ?x213 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x230 (+ ?x109 ?x229)))
 (let ((?x231 (* 2.0 ?x230)))
 (let ((?x232 (- ?x231)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x234 (+ ?x102 ?x233)))
 (let ((?x235 (* ?x190 ?x234)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x198 (* ?x196 ?x52)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x197 (- ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x204 (+ ?x193 ?x203)))
 (let ((?x236 (* ?x204 ?x235)))
 (let ((?x219 (- ?x213)))
 (let ((?x220 (* ?x198 ?x219)))
 (let ((?x218 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x221 (* ?x218 ?x220)))
 (let ((?x214 (* ?x196 ?x213)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x212 (* ?x210 ?x52)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (/ ?x215 ?x44)))
 (let ((?x222 (+ ?x216 ?x221)))
 (let ((?x211 (- ?x210)))
 (let ((?x223 (+ ?x211 ?x222)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x225 (- ?x224)))
 (let ((?x226 (+ ?x211 ?x225)))
 (let ((?x207 (- ?x107)))
 (let ((?x227 (+ ?x207 ?x226)))
 (let ((?x228 (* ?x190 ?x227)))
 (let ((?x237 (+ ?x228 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x205 (* ?x190 ?x204)))
 (let ((?x206 (* |g2[0]| ?x205)))
 (let ((?x239 (+ ?x206 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x248 (* ?x109 ?x159)))
 (let ((?x252 (- ?x248)))
 (let ((?x294 (+ ?x109 ?x252)))
 (let ((?x1760 (* ?x159 ?x294)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x500 (* ?x164 ?x1760)))
 (let ((?x1793 (* 2.0 ?x248)))
 (let ((?x730 (- ?x1793)))
 (let ((?x732 (+ ?x109 ?x730)))
 (let ((?x1449 (+ ?x102 ?x732)))
 (let ((?x1700 (* 1.0 ?x1449)))
 (let ((?x1391 (* f2 ?x1700)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x1161 (+ ?x144 ?x1391)))
 (let ((?x1744 (* 0.0 ?x1700)))
 (let ((?x1774 (+ ?x1744 ?x1161)))
 (let ((?x421 (- ?x1774)))
 (let ((?x1290 (* 2.0 ?x421)))
 (let ((?x540 (* ?x159 ?x1290)))
 (let ((?x648 (+ ?x540 ?x500)))
 (let ((?x1098 (- ?x648)))
 (let ((?x580 (+ ?x421 ?x1098)))
 (let ((?x1688 (* ?x106 ?x580)))
 (let ((?x175 (* ?x159 ?x164)))
 (let ((?x176 (- ?x175)))
 (let ((?x177 (+ ?x152 ?x176)))
 (let ((?x178 (* ?x174 ?x177)))
 (let ((?x914 (+ ?x178 ?x1688)))
 (let ((?x1112 (* ?x11 ?x914)))
 (let ((?x181 (* ?x106 ?x177)))
 (let ((?x182 (- ?x181)))
 (let ((?x337 (+ ?x182 ?x1112)))
 (let ((?x509 (- ?x337)))
 (let ((?x1786 (/ ?x421 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1236 (+ ?x154 ?x1786)))
 (let ((?x1670 (* |g2[1]| ?x1700)))
 (let ((?x1004 (* (/ 1.0 2.0) ?x1700)))
 (let ((?x1141 (* 0.0 ?x1004)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1114 (+ ?x132 ?x1141)))
 (let ((?x1104 (* |h2[1,1]| ?x1114)))
 (let ((?x1033 (+ ?x126 ?x1141)))
 (let ((?x1677 (* |h2[0,1]| ?x1033)))
 (let ((?x1296 (+ ?x1677 ?x1104)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1463 (+ ?x127 ?x1141)))
 (let ((?x998 (+ ?x1463 ?x1296)))
 (let ((?x1130 (+ ?x998 ?x1670)))
 (let ((?x1633 (+ ?x1130 ?x1236)))
 (let ((?x626 (+ ?x1633 ?x509)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1080 (+ ?x100 ?x626)))
 (let ((?x1763 (* ?x190 ?x1080)))
 (or (and (distinct ?x1763 ?x245) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x190 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x243 (* ?x242 ?x190)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x213 (* ?x108 ?x52)))
 (let ((?x229 (/ ?x213 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x230 (+ ?x109 ?x229)))
 (let ((?x231 (* 2.0 ?x230)))
 (let ((?x232 (- ?x231)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x234 (+ ?x102 ?x233)))
 (let ((?x235 (* ?x190 ?x234)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x198 (* ?x196 ?x52)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x197 (- ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x204 (+ ?x193 ?x203)))
 (let ((?x236 (* ?x204 ?x235)))
 (let ((?x219 (- ?x213)))
 (let ((?x220 (* ?x198 ?x219)))
 (let ((?x218 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x221 (* ?x218 ?x220)))
 (let ((?x214 (* ?x196 ?x213)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x212 (* ?x210 ?x52)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (/ ?x215 ?x44)))
 (let ((?x222 (+ ?x216 ?x221)))
 (let ((?x211 (- ?x210)))
 (let ((?x223 (+ ?x211 ?x222)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x225 (- ?x224)))
 (let ((?x226 (+ ?x211 ?x225)))
 (let ((?x207 (- ?x107)))
 (let ((?x227 (+ ?x207 ?x226)))
 (let ((?x228 (* ?x190 ?x227)))
 (let ((?x237 (+ ?x228 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x205 (* ?x190 ?x204)))
 (let ((?x206 (* |g2[0]| ?x205)))
 (let ((?x239 (+ ?x206 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x248 (* ?x109 ?x159)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x246 (+ ?x114 ?x248)))
 (let ((?x663 (- ?x246)))
 (let ((?x664 (+ ?x109 ?x663)))
 (let ((?x665 (* ?x159 ?x664)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x667 (* ?x164 ?x665)))
 (let ((?x247 (* 2.0 ?x246)))
 (let ((?x591 (- ?x247)))
 (let ((?x592 (+ ?x109 ?x591)))
 (let ((?x593 (+ ?x102 ?x592)))
 (let ((?x594 (* 1.0 ?x593)))
 (let ((?x292 (* f2 ?x594)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x657 (+ ?x144 ?x292)))
 (let ((?x291 (* 0.0 ?x594)))
 (let ((?x755 (+ ?x291 ?x657)))
 (let ((?x899 (- ?x755)))
 (let ((?x656 (* 2.0 ?x899)))
 (let ((?x662 (* ?x159 ?x656)))
 (let ((?x668 (+ ?x662 ?x667)))
 (let ((?x727 (- ?x668)))
 (let ((?x673 (+ ?x899 ?x727)))
 (let ((?x671 (* ?x106 ?x673)))
 (let ((?x175 (* ?x159 ?x164)))
 (let ((?x176 (- ?x175)))
 (let ((?x177 (+ ?x152 ?x176)))
 (let ((?x178 (* ?x174 ?x177)))
 (let ((?x674 (+ ?x178 ?x671)))
 (let ((?x675 (* ?x11 ?x674)))
 (let ((?x181 (* ?x106 ?x177)))
 (let ((?x182 (- ?x181)))
 (let ((?x699 (+ ?x182 ?x675)))
 (let ((?x728 (- ?x699)))
 (let ((?x900 (/ ?x899 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x897 (+ ?x154 ?x900)))
 (let ((?x1023 (* |g2[1]| ?x594)))
 (let ((?x595 (* (/ 1.0 2.0) ?x594)))
 (let ((?x279 (* 0.0 ?x595)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1014 (+ ?x132 ?x279)))
 (let ((?x1024 (* |h2[1,1]| ?x1014)))
 (let ((?x358 (+ ?x126 ?x279)))
 (let ((?x1013 (* |h2[0,1]| ?x358)))
 (let ((?x1025 (+ ?x1013 ?x1024)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x596 (+ ?x127 ?x279)))
 (let ((?x1022 (+ ?x596 ?x1025)))
 (let ((?x388 (+ ?x1022 ?x1023)))
 (let ((?x898 (+ ?x388 ?x897)))
 (let ((?x701 (+ ?x898 ?x728)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x729 (+ ?x100 ?x701)))
 (let ((?x704 (* ?x190 ?x729)))
 (or (and (distinct ?x704 ?x245) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x190 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x243 (* ?x242 ?x190)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x213 (* ?x108 ?x52)))
 (let ((?x229 (/ ?x213 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x230 (+ ?x109 ?x229)))
 (let ((?x231 (* 2.0 ?x230)))
 (let ((?x232 (- ?x231)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x234 (+ ?x102 ?x233)))
 (let ((?x235 (* ?x190 ?x234)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x198 (* ?x196 ?x52)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x197 (- ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x204 (+ ?x193 ?x203)))
 (let ((?x236 (* ?x204 ?x235)))
 (let ((?x219 (- ?x213)))
 (let ((?x220 (* ?x198 ?x219)))
 (let ((?x218 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x221 (* ?x218 ?x220)))
 (let ((?x214 (* ?x196 ?x213)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x212 (* ?x210 ?x52)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (/ ?x215 ?x44)))
 (let ((?x222 (+ ?x216 ?x221)))
 (let ((?x211 (- ?x210)))
 (let ((?x223 (+ ?x211 ?x222)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x225 (- ?x224)))
 (let ((?x226 (+ ?x211 ?x225)))
 (let ((?x207 (- ?x107)))
 (let ((?x227 (+ ?x207 ?x226)))
 (let ((?x228 (* ?x190 ?x227)))
 (let ((?x237 (+ ?x228 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x205 (* ?x190 ?x204)))
 (let ((?x206 (* |g2[0]| ?x205)))
 (let ((?x239 (+ ?x206 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x911 (* ?x110 ?x164)))
 (let ((?x1546 (- ?x911)))
 (let ((?x298 (+ ?x152 ?x1546)))
 (let ((?x958 (* ?x106 ?x298)))
 (let ((?x1725 (- ?x958)))
 (let ((?x1454 (* ?x174 ?x298)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1072 (* ?x111 ?x164)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x248 (* ?x109 ?x159)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x246 (+ ?x114 ?x248)))
 (let ((?x247 (* 2.0 ?x246)))
 (let ((?x591 (- ?x247)))
 (let ((?x592 (+ ?x109 ?x591)))
 (let ((?x593 (+ ?x102 ?x592)))
 (let ((?x594 (* 1.0 ?x593)))
 (let ((?x292 (* f2 ?x594)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x657 (+ ?x144 ?x292)))
 (let ((?x291 (* 0.0 ?x594)))
 (let ((?x755 (+ ?x291 ?x657)))
 (let ((?x899 (- ?x755)))
 (let ((?x656 (* 2.0 ?x899)))
 (let ((?x763 (* ?x110 ?x656)))
 (let ((?x542 (+ ?x763 ?x1072)))
 (let ((?x1494 (- ?x542)))
 (let ((?x1757 (+ ?x899 ?x1494)))
 (let ((?x1093 (* ?x106 ?x1757)))
 (let ((?x1280 (+ ?x1093 ?x1454)))
 (let ((?x1613 (* ?x11 ?x1280)))
 (let ((?x1802 (+ ?x1613 ?x1725)))
 (let ((?x1451 (- ?x1802)))
 (let ((?x900 (/ ?x899 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x897 (+ ?x154 ?x900)))
 (let ((?x1023 (* |g2[1]| ?x594)))
 (let ((?x595 (* (/ 1.0 2.0) ?x594)))
 (let ((?x279 (* 0.0 ?x595)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1014 (+ ?x132 ?x279)))
 (let ((?x1024 (* |h2[1,1]| ?x1014)))
 (let ((?x358 (+ ?x126 ?x279)))
 (let ((?x1013 (* |h2[0,1]| ?x358)))
 (let ((?x1025 (+ ?x1013 ?x1024)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x596 (+ ?x127 ?x279)))
 (let ((?x1022 (+ ?x596 ?x1025)))
 (let ((?x388 (+ ?x1022 ?x1023)))
 (let ((?x898 (+ ?x388 ?x897)))
 (let ((?x1277 (+ ?x898 ?x1451)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1715 (+ ?x100 ?x1277)))
 (let ((?x1788 (* ?x190 ?x1715)))
 (or (and (distinct ?x1788 ?x245) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x190 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x243 (* ?x242 ?x190)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x213 (* ?x108 ?x52)))
 (let ((?x229 (/ ?x213 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x230 (+ ?x109 ?x229)))
 (let ((?x231 (* 2.0 ?x230)))
 (let ((?x232 (- ?x231)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x234 (+ ?x102 ?x233)))
 (let ((?x235 (* ?x190 ?x234)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x198 (* ?x196 ?x52)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x197 (- ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x204 (+ ?x193 ?x203)))
 (let ((?x236 (* ?x204 ?x235)))
 (let ((?x219 (- ?x213)))
 (let ((?x220 (* ?x198 ?x219)))
 (let ((?x218 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x221 (* ?x218 ?x220)))
 (let ((?x214 (* ?x196 ?x213)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x212 (* ?x210 ?x52)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (/ ?x215 ?x44)))
 (let ((?x222 (+ ?x216 ?x221)))
 (let ((?x211 (- ?x210)))
 (let ((?x223 (+ ?x211 ?x222)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x225 (- ?x224)))
 (let ((?x226 (+ ?x211 ?x225)))
 (let ((?x207 (- ?x107)))
 (let ((?x227 (+ ?x207 ?x226)))
 (let ((?x228 (* ?x190 ?x227)))
 (let ((?x237 (+ ?x228 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x205 (* ?x190 ?x204)))
 (let ((?x206 (* |g2[0]| ?x205)))
 (let ((?x239 (+ ?x206 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x248 (* ?x109 ?x159)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x246 (+ ?x114 ?x248)))
 (let ((?x663 (- ?x246)))
 (let ((?x664 (+ ?x109 ?x663)))
 (let ((?x665 (* ?x159 ?x664)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x667 (* ?x164 ?x665)))
 (let ((?x247 (* 2.0 ?x246)))
 (let ((?x591 (- ?x247)))
 (let ((?x592 (+ ?x109 ?x591)))
 (let ((?x593 (+ ?x102 ?x592)))
 (let ((?x594 (* 1.0 ?x593)))
 (let ((?x292 (* f2 ?x594)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x657 (+ ?x144 ?x292)))
 (let ((?x291 (* 0.0 ?x594)))
 (let ((?x755 (+ ?x291 ?x657)))
 (let ((?x899 (- ?x755)))
 (let ((?x656 (* 2.0 ?x899)))
 (let ((?x662 (* ?x159 ?x656)))
 (let ((?x668 (+ ?x662 ?x667)))
 (let ((?x727 (- ?x668)))
 (let ((?x673 (+ ?x899 ?x727)))
 (let ((?x671 (* ?x106 ?x673)))
 (let ((?x175 (* ?x159 ?x164)))
 (let ((?x176 (- ?x175)))
 (let ((?x177 (+ ?x152 ?x176)))
 (let ((?x178 (* ?x174 ?x177)))
 (let ((?x674 (+ ?x178 ?x671)))
 (let ((?x675 (* ?x11 ?x674)))
 (let ((?x181 (* ?x106 ?x177)))
 (let ((?x182 (- ?x181)))
 (let ((?x699 (+ ?x182 ?x675)))
 (let ((?x728 (- ?x699)))
 (let ((?x900 (/ ?x899 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x897 (+ ?x154 ?x900)))
 (let ((?x1023 (* |g2[1]| ?x594)))
 (let ((?x595 (* (/ 1.0 2.0) ?x594)))
 (let ((?x279 (* 0.0 ?x595)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1014 (+ ?x132 ?x279)))
 (let ((?x1024 (* |h2[1,1]| ?x1014)))
 (let ((?x358 (+ ?x126 ?x279)))
 (let ((?x1013 (* |h2[0,1]| ?x358)))
 (let ((?x1025 (+ ?x1013 ?x1024)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x596 (+ ?x127 ?x279)))
 (let ((?x1022 (+ ?x596 ?x1025)))
 (let ((?x388 (+ ?x1022 ?x1023)))
 (let ((?x898 (+ ?x388 ?x897)))
 (let ((?x701 (+ ?x898 ?x728)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x729 (+ ?x100 ?x701)))
 (let ((?x704 (* ?x190 ?x729)))
 (or (and (distinct ?x704 ?x245) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x190 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x243 (* ?x242 ?x190)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x213 (* ?x108 ?x52)))
 (let ((?x229 (/ ?x213 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x230 (+ ?x109 ?x229)))
 (let ((?x231 (* 2.0 ?x230)))
 (let ((?x232 (- ?x231)))
 (let ((?x233 (+ ?x109 ?x232)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x234 (+ ?x102 ?x233)))
 (let ((?x235 (* ?x190 ?x234)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x198 (* ?x196 ?x52)))
 (let ((?x199 (/ ?x198 ?x44)))
 (let ((?x197 (- ?x196)))
 (let ((?x200 (+ ?x197 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x204 (+ ?x193 ?x203)))
 (let ((?x236 (* ?x204 ?x235)))
 (let ((?x219 (- ?x213)))
 (let ((?x220 (* ?x198 ?x219)))
 (let ((?x218 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x221 (* ?x218 ?x220)))
 (let ((?x214 (* ?x196 ?x213)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x212 (* ?x210 ?x52)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (/ ?x215 ?x44)))
 (let ((?x222 (+ ?x216 ?x221)))
 (let ((?x211 (- ?x210)))
 (let ((?x223 (+ ?x211 ?x222)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x225 (- ?x224)))
 (let ((?x226 (+ ?x211 ?x225)))
 (let ((?x207 (- ?x107)))
 (let ((?x227 (+ ?x207 ?x226)))
 (let ((?x228 (* ?x190 ?x227)))
 (let ((?x237 (+ ?x228 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x205 (* ?x190 ?x204)))
 (let ((?x206 (* |g2[0]| ?x205)))
 (let ((?x239 (+ ?x206 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x159 (/ 1.0 exp!3)))
 (let ((?x248 (* ?x109 ?x159)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x246 (+ ?x114 ?x248)))
 (let ((?x663 (- ?x246)))
 (let ((?x664 (+ ?x109 ?x663)))
 (let ((?x665 (* ?x159 ?x664)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x667 (* ?x164 ?x665)))
 (let ((?x247 (* 2.0 ?x246)))
 (let ((?x591 (- ?x247)))
 (let ((?x592 (+ ?x109 ?x591)))
 (let ((?x593 (+ ?x102 ?x592)))
 (let ((?x594 (* 1.0 ?x593)))
 (let ((?x292 (* f2 ?x594)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x657 (+ ?x144 ?x292)))
 (let ((?x291 (* 0.0 ?x594)))
 (let ((?x755 (+ ?x291 ?x657)))
 (let ((?x899 (- ?x755)))
 (let ((?x656 (* 2.0 ?x899)))
 (let ((?x662 (* ?x159 ?x656)))
 (let ((?x668 (+ ?x662 ?x667)))
 (let ((?x727 (- ?x668)))
 (let ((?x673 (+ ?x899 ?x727)))
 (let ((?x671 (* ?x106 ?x673)))
 (let ((?x175 (* ?x159 ?x164)))
 (let ((?x176 (- ?x175)))
 (let ((?x177 (+ ?x152 ?x176)))
 (let ((?x178 (* ?x174 ?x177)))
 (let ((?x674 (+ ?x178 ?x671)))
 (let ((?x675 (* ?x11 ?x674)))
 (let ((?x181 (* ?x106 ?x177)))
 (let ((?x182 (- ?x181)))
 (let ((?x699 (+ ?x182 ?x675)))
 (let ((?x728 (- ?x699)))
 (let ((?x900 (/ ?x899 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x897 (+ ?x154 ?x900)))
 (let ((?x1023 (* |g2[1]| ?x594)))
 (let ((?x595 (* (/ 1.0 2.0) ?x594)))
 (let ((?x279 (* 0.0 ?x595)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1014 (+ ?x132 ?x279)))
 (let ((?x1024 (* |h2[1,1]| ?x1014)))
 (let ((?x358 (+ ?x126 ?x279)))
 (let ((?x1013 (* |h2[0,1]| ?x358)))
 (let ((?x1025 (+ ?x1013 ?x1024)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x596 (+ ?x127 ?x279)))
 (let ((?x1022 (+ ?x596 ?x1025)))
 (let ((?x388 (+ ?x1022 ?x1023)))
 (let ((?x898 (+ ?x388 ?x897)))
 (let ((?x701 (+ ?x898 ?x728)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x729 (+ ?x100 ?x701)))
 (let ((?x704 (* ?x190 ?x729)))
 (or (and (distinct ?x704 ?x245) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (= 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x109)))
 (let ((?x917 (+ ?x1064 ?x969)))
 (let ((?x1541 (* 2.0 ?x917)))
 (let ((?x904 (- ?x1541)))
 (let ((?x725 (+ ?x109 ?x904)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x527 (+ ?x102 ?x725)))
 (let ((?x526 (* ?x1674 ?x527)))
 (let ((?x272 (* |g2[1]| ?x526)))
 (let ((?x383 (+ ?x272 ?x271)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x1693 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1617 (+ ?x1693 ?x1638)))
 (let ((?x1574 (* 2.0 ?x1617)))
 (let ((?x1555 (- ?x1574)))
 (let ((?x1214 (+ ?x197 ?x1555)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x1484 (+ ?x193 ?x1214)))
 (let ((?x523 (* ?x1484 ?x526)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1094 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1234 (+ ?x1094 ?x1273)))
 (let ((?x1219 (* 2.0 ?x1234)))
 (let ((?x1192 (- ?x1219)))
 (let ((?x1168 (+ ?x211 ?x1192)))
 (let ((?x207 (- ?x107)))
 (let ((?x1136 (+ ?x207 ?x1168)))
 (let ((?x1090 (* ?x1674 ?x1136)))
 (let ((?x518 (+ ?x1090 ?x523)))
 (let ((?x438 (* f2 ?x518)))
 (let ((?x1496 (* ?x1674 ?x1484)))
 (let ((?x582 (* |g2[0]| ?x1496)))
 (let ((?x420 (+ ?x582 ?x438)))
 (let ((?x842 (+ ?x420 ?x383)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x457 (+ ?x111 ?x460)))
 (let ((?x1621 (- ?x457)))
 (let ((?x1134 (+ ?x109 ?x1621)))
 (let ((?x647 (* ?x1807 ?x1134)))
 (let ((?x1082 (* ?x647 ?x164)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x299 (* 2.0 ?x457)))
 (let ((?x1658 (- ?x299)))
 (let ((?x1160 (+ ?x109 ?x1658)))
 (let ((?x353 (+ ?x102 ?x1160)))
 (let ((?x631 (* ?x353 1.0)))
 (let ((?x1587 (* f2 ?x631)))
 (let ((?x695 (+ ?x1587 ?x144)))
 (let ((?x1376 (* 0.0 ?x631)))
 (let ((?x1723 (+ ?x1376 ?x695)))
 (let ((?x558 (- ?x1723)))
 (let ((?x520 (* 2.0 ?x558)))
 (let ((?x1054 (* ?x1807 ?x520)))
 (let ((?x1208 (+ ?x1054 ?x1082)))
 (let ((?x1509 (- ?x1208)))
 (let ((?x1197 (+ ?x558 ?x1509)))
 (let ((?x1252 (* ?x106 ?x1197)))
 (let ((?x1537 (+ ?x1252 ?x678)))
 (let ((?x1639 (* ?x11 ?x1537)))
 (let ((?x1223 (+ ?x1639 ?x1866)))
 (let ((?x1835 (- ?x1223)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x357 (/ ?x558 scale)))
 (let ((?x577 (+ ?x357 ?x154)))
 (let ((?x1501 (* |g2[1]| ?x631)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1241 (* (/ 1.0 2.0) ?x631)))
 (let ((?x906 (* 0.0 ?x1241)))
 (let ((?x693 (+ ?x906 ?x132)))
 (let ((?x1543 (* |h2[1,1]| ?x693)))
 (let ((?x1551 (+ ?x906 ?x126)))
 (let ((?x1731 (* |h2[0,1]| ?x1551)))
 (let ((?x1293 (+ ?x1731 ?x1543)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1491 (+ ?x906 ?x127)))
 (let ((?x758 (+ ?x1491 ?x1293)))
 (let ((?x350 (+ ?x758 ?x1501)))
 (let ((?x767 (+ ?x350 ?x577)))
 (let ((?x1864 (+ ?x767 ?x1835)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1567 (+ ?x100 ?x1864)))
 (let ((?x1707 (* ?x1674 ?x1567)))
 (or (and (distinct ?x1707 ?x842) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x109)))
 (let ((?x917 (+ ?x1064 ?x969)))
 (let ((?x1541 (* 2.0 ?x917)))
 (let ((?x904 (- ?x1541)))
 (let ((?x725 (+ ?x109 ?x904)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x527 (+ ?x102 ?x725)))
 (let ((?x526 (* ?x1674 ?x527)))
 (let ((?x272 (* |g2[1]| ?x526)))
 (let ((?x383 (+ ?x272 ?x271)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x1693 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1617 (+ ?x1693 ?x1638)))
 (let ((?x1574 (* 2.0 ?x1617)))
 (let ((?x1555 (- ?x1574)))
 (let ((?x1214 (+ ?x197 ?x1555)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x1484 (+ ?x193 ?x1214)))
 (let ((?x523 (* ?x1484 ?x526)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1094 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1234 (+ ?x1094 ?x1273)))
 (let ((?x1219 (* 2.0 ?x1234)))
 (let ((?x1192 (- ?x1219)))
 (let ((?x1168 (+ ?x211 ?x1192)))
 (let ((?x207 (- ?x107)))
 (let ((?x1136 (+ ?x207 ?x1168)))
 (let ((?x1090 (* ?x1674 ?x1136)))
 (let ((?x518 (+ ?x1090 ?x523)))
 (let ((?x438 (* f2 ?x518)))
 (let ((?x1496 (* ?x1674 ?x1484)))
 (let ((?x582 (* |g2[0]| ?x1496)))
 (let ((?x420 (+ ?x582 ?x438)))
 (let ((?x842 (+ ?x420 ?x383)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x842) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x1106 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x2176 (+ ?x969 ?x1106)))
 (let ((?x1904 (* 2.0 ?x2176)))
 (let ((?x1506 (- ?x1904)))
 (let ((?x413 (+ ?x109 ?x1506)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1572 (+ ?x102 ?x413)))
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1073 (* ?x1674 ?x1572)))
 (let ((?x1471 (* |g2[1]| ?x1073)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x1278 (+ ?x271 ?x1471)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x883 (* 0.0 ?x197)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x945 (+ ?x1638 ?x883)))
 (let ((?x968 (* 2.0 ?x945)))
 (let ((?x1826 (- ?x968)))
 (let ((?x1184 (+ ?x197 ?x1826)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x2179 (+ ?x193 ?x1184)))
 (let ((?x1421 (* ?x2179 ?x1073)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x2180 (* 0.0 ?x211)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1749 (+ ?x1273 ?x2180)))
 (let ((?x1593 (* 2.0 ?x1749)))
 (let ((?x2129 (- ?x1593)))
 (let ((?x870 (+ ?x211 ?x2129)))
 (let ((?x207 (- ?x107)))
 (let ((?x2177 (+ ?x207 ?x870)))
 (let ((?x848 (* ?x1674 ?x2177)))
 (let ((?x568 (+ ?x848 ?x1421)))
 (let ((?x380 (* f2 ?x568)))
 (let ((?x1255 (* ?x1674 ?x2179)))
 (let ((?x2170 (* |g2[0]| ?x1255)))
 (let ((?x1411 (+ ?x2170 ?x380)))
 (let ((?x1652 (+ ?x1411 ?x1278)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x1652) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (= 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x109)))
 (let ((?x917 (+ ?x1064 ?x969)))
 (let ((?x1541 (* 2.0 ?x917)))
 (let ((?x904 (- ?x1541)))
 (let ((?x725 (+ ?x109 ?x904)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x527 (+ ?x102 ?x725)))
 (let ((?x526 (* ?x1674 ?x527)))
 (let ((?x272 (* |g2[1]| ?x526)))
 (let ((?x383 (+ ?x272 ?x271)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x1693 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1617 (+ ?x1693 ?x1638)))
 (let ((?x1574 (* 2.0 ?x1617)))
 (let ((?x1555 (- ?x1574)))
 (let ((?x1214 (+ ?x197 ?x1555)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x1484 (+ ?x193 ?x1214)))
 (let ((?x523 (* ?x1484 ?x526)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1094 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1234 (+ ?x1094 ?x1273)))
 (let ((?x1219 (* 2.0 ?x1234)))
 (let ((?x1192 (- ?x1219)))
 (let ((?x1168 (+ ?x211 ?x1192)))
 (let ((?x207 (- ?x107)))
 (let ((?x1136 (+ ?x207 ?x1168)))
 (let ((?x1090 (* ?x1674 ?x1136)))
 (let ((?x518 (+ ?x1090 ?x523)))
 (let ((?x438 (* f2 ?x518)))
 (let ((?x1496 (* ?x1674 ?x1484)))
 (let ((?x582 (* |g2[0]| ?x1496)))
 (let ((?x420 (+ ?x582 ?x438)))
 (let ((?x842 (+ ?x420 ?x383)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x877 (- ?x736)))
 (let ((?x1863 (+ ?x109 ?x877)))
 (let ((?x1312 (* ?x1807 ?x1863)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x2727 (* ?x164 ?x1312)))
 (let ((?x1951 (* 2.0 ?x736)))
 (let ((?x860 (- ?x1951)))
 (let ((?x1783 (+ ?x109 ?x860)))
 (let ((?x1779 (+ ?x102 ?x1783)))
 (let ((?x1545 (* 1.0 ?x1779)))
 (let ((?x994 (* f2 ?x1545)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x2087 (+ ?x144 ?x994)))
 (let ((?x789 (* 0.0 ?x1545)))
 (let ((?x1886 (+ ?x789 ?x2087)))
 (let ((?x1580 (- ?x1886)))
 (let ((?x2766 (* 2.0 ?x1580)))
 (let ((?x1349 (* ?x1807 ?x2766)))
 (let ((?x2159 (+ ?x1349 ?x2727)))
 (let ((?x1479 (- ?x2159)))
 (let ((?x514 (+ ?x1580 ?x1479)))
 (let ((?x2139 (* ?x106 ?x514)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x950 (+ ?x678 ?x2139)))
 (let ((?x2558 (* ?x11 ?x950)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1385 (+ ?x1866 ?x2558)))
 (let ((?x1953 (- ?x1385)))
 (let ((?x2020 (/ ?x1580 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x2133 (+ ?x154 ?x2020)))
 (let ((?x1153 (* |g2[1]| ?x1545)))
 (let ((?x2796 (* (/ 1.0 2.0) ?x1545)))
 (let ((?x1794 (* 0.0 ?x2796)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x1199 (+ ?x132 ?x1794)))
 (let ((?x1993 (* |h2[1,1]| ?x1199)))
 (let ((?x1595 (+ ?x126 ?x1794)))
 (let ((?x1755 (* |h2[0,1]| ?x1595)))
 (let ((?x1443 (+ ?x1755 ?x1993)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1100 (+ ?x127 ?x1794)))
 (let ((?x2749 (+ ?x1100 ?x1443)))
 (let ((?x1681 (+ ?x2749 ?x1153)))
 (let ((?x1660 (+ ?x1681 ?x2133)))
 (let ((?x1650 (+ ?x1660 ?x1953)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x919 (+ ?x100 ?x1650)))
 (let ((?x2735 (* ?x1674 ?x919)))
 (or (and (distinct ?x2735 ?x842) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x109)))
 (let ((?x917 (+ ?x1064 ?x969)))
 (let ((?x1541 (* 2.0 ?x917)))
 (let ((?x904 (- ?x1541)))
 (let ((?x725 (+ ?x109 ?x904)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x527 (+ ?x102 ?x725)))
 (let ((?x526 (* ?x1674 ?x527)))
 (let ((?x272 (* |g2[1]| ?x526)))
 (let ((?x383 (+ ?x272 ?x271)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x1693 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1617 (+ ?x1693 ?x1638)))
 (let ((?x1574 (* 2.0 ?x1617)))
 (let ((?x1555 (- ?x1574)))
 (let ((?x1214 (+ ?x197 ?x1555)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x1484 (+ ?x193 ?x1214)))
 (let ((?x523 (* ?x1484 ?x526)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1094 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1234 (+ ?x1094 ?x1273)))
 (let ((?x1219 (* 2.0 ?x1234)))
 (let ((?x1192 (- ?x1219)))
 (let ((?x1168 (+ ?x211 ?x1192)))
 (let ((?x207 (- ?x107)))
 (let ((?x1136 (+ ?x207 ?x1168)))
 (let ((?x1090 (* ?x1674 ?x1136)))
 (let ((?x518 (+ ?x1090 ?x523)))
 (let ((?x438 (* f2 ?x518)))
 (let ((?x1496 (* ?x1674 ?x1484)))
 (let ((?x582 (* |g2[0]| ?x1496)))
 (let ((?x420 (+ ?x582 ?x438)))
 (let ((?x842 (+ ?x420 ?x383)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x842) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x1106 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x2176 (+ ?x969 ?x1106)))
 (let ((?x1904 (* 2.0 ?x2176)))
 (let ((?x1506 (- ?x1904)))
 (let ((?x413 (+ ?x109 ?x1506)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1572 (+ ?x102 ?x413)))
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1073 (* ?x1674 ?x1572)))
 (let ((?x1471 (* |g2[1]| ?x1073)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x1278 (+ ?x271 ?x1471)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x883 (* 0.0 ?x197)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x945 (+ ?x1638 ?x883)))
 (let ((?x968 (* 2.0 ?x945)))
 (let ((?x1826 (- ?x968)))
 (let ((?x1184 (+ ?x197 ?x1826)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x2179 (+ ?x193 ?x1184)))
 (let ((?x1421 (* ?x2179 ?x1073)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x2180 (* 0.0 ?x211)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1749 (+ ?x1273 ?x2180)))
 (let ((?x1593 (* 2.0 ?x1749)))
 (let ((?x2129 (- ?x1593)))
 (let ((?x870 (+ ?x211 ?x2129)))
 (let ((?x207 (- ?x107)))
 (let ((?x2177 (+ ?x207 ?x870)))
 (let ((?x848 (* ?x1674 ?x2177)))
 (let ((?x568 (+ ?x848 ?x1421)))
 (let ((?x380 (* f2 ?x568)))
 (let ((?x1255 (* ?x1674 ?x2179)))
 (let ((?x2170 (* |g2[0]| ?x1255)))
 (let ((?x1411 (+ ?x2170 ?x380)))
 (let ((?x1652 (+ ?x1411 ?x1278)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x1652) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (= 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x109)))
 (let ((?x917 (+ ?x1064 ?x969)))
 (let ((?x1541 (* 2.0 ?x917)))
 (let ((?x904 (- ?x1541)))
 (let ((?x725 (+ ?x109 ?x904)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x527 (+ ?x102 ?x725)))
 (let ((?x526 (* ?x1674 ?x527)))
 (let ((?x272 (* |g2[1]| ?x526)))
 (let ((?x383 (+ ?x272 ?x271)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x1693 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1617 (+ ?x1693 ?x1638)))
 (let ((?x1574 (* 2.0 ?x1617)))
 (let ((?x1555 (- ?x1574)))
 (let ((?x1214 (+ ?x197 ?x1555)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x1484 (+ ?x193 ?x1214)))
 (let ((?x523 (* ?x1484 ?x526)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1094 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1234 (+ ?x1094 ?x1273)))
 (let ((?x1219 (* 2.0 ?x1234)))
 (let ((?x1192 (- ?x1219)))
 (let ((?x1168 (+ ?x211 ?x1192)))
 (let ((?x207 (- ?x107)))
 (let ((?x1136 (+ ?x207 ?x1168)))
 (let ((?x1090 (* ?x1674 ?x1136)))
 (let ((?x518 (+ ?x1090 ?x523)))
 (let ((?x438 (* f2 ?x518)))
 (let ((?x1496 (* ?x1674 ?x1484)))
 (let ((?x582 (* |g2[0]| ?x1496)))
 (let ((?x420 (+ ?x582 ?x438)))
 (let ((?x842 (+ ?x420 ?x383)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x911 (* ?x110 ?x164)))
 (let ((?x1546 (- ?x911)))
 (let ((?x298 (+ ?x152 ?x1546)))
 (let ((?x958 (* ?x106 ?x298)))
 (let ((?x1725 (- ?x958)))
 (let ((?x1454 (* ?x174 ?x298)))
 (let ((?x1072 (* ?x111 ?x164)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x962 (* ?x110 ?x1544)))
 (let ((?x2787 (+ ?x962 ?x1072)))
 (let ((?x2776 (- ?x2787)))
 (let ((?x2669 (+ ?x932 ?x2776)))
 (let ((?x2141 (* ?x106 ?x2669)))
 (let ((?x1853 (+ ?x2141 ?x1454)))
 (let ((?x2219 (* ?x11 ?x1853)))
 (let ((?x696 (+ ?x2219 ?x1725)))
 (let ((?x2021 (- ?x696)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x2651 (+ ?x554 ?x2021)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x2647 (+ ?x100 ?x2651)))
 (let ((?x1950 (* ?x1674 ?x2647)))
 (or (and (distinct ?x1950 ?x842) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x109)))
 (let ((?x917 (+ ?x1064 ?x969)))
 (let ((?x1541 (* 2.0 ?x917)))
 (let ((?x904 (- ?x1541)))
 (let ((?x725 (+ ?x109 ?x904)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x527 (+ ?x102 ?x725)))
 (let ((?x526 (* ?x1674 ?x527)))
 (let ((?x272 (* |g2[1]| ?x526)))
 (let ((?x383 (+ ?x272 ?x271)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x1693 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1617 (+ ?x1693 ?x1638)))
 (let ((?x1574 (* 2.0 ?x1617)))
 (let ((?x1555 (- ?x1574)))
 (let ((?x1214 (+ ?x197 ?x1555)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x1484 (+ ?x193 ?x1214)))
 (let ((?x523 (* ?x1484 ?x526)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1094 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1234 (+ ?x1094 ?x1273)))
 (let ((?x1219 (* 2.0 ?x1234)))
 (let ((?x1192 (- ?x1219)))
 (let ((?x1168 (+ ?x211 ?x1192)))
 (let ((?x207 (- ?x107)))
 (let ((?x1136 (+ ?x207 ?x1168)))
 (let ((?x1090 (* ?x1674 ?x1136)))
 (let ((?x518 (+ ?x1090 ?x523)))
 (let ((?x438 (* f2 ?x518)))
 (let ((?x1496 (* ?x1674 ?x1484)))
 (let ((?x582 (* |g2[0]| ?x1496)))
 (let ((?x420 (+ ?x582 ?x438)))
 (let ((?x842 (+ ?x420 ?x383)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x842) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x1106 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x2176 (+ ?x969 ?x1106)))
 (let ((?x1904 (* 2.0 ?x2176)))
 (let ((?x1506 (- ?x1904)))
 (let ((?x413 (+ ?x109 ?x1506)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1572 (+ ?x102 ?x413)))
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1073 (* ?x1674 ?x1572)))
 (let ((?x1471 (* |g2[1]| ?x1073)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x1278 (+ ?x271 ?x1471)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x883 (* 0.0 ?x197)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x945 (+ ?x1638 ?x883)))
 (let ((?x968 (* 2.0 ?x945)))
 (let ((?x1826 (- ?x968)))
 (let ((?x1184 (+ ?x197 ?x1826)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x2179 (+ ?x193 ?x1184)))
 (let ((?x1421 (* ?x2179 ?x1073)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x2180 (* 0.0 ?x211)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1749 (+ ?x1273 ?x2180)))
 (let ((?x1593 (* 2.0 ?x1749)))
 (let ((?x2129 (- ?x1593)))
 (let ((?x870 (+ ?x211 ?x2129)))
 (let ((?x207 (- ?x107)))
 (let ((?x2177 (+ ?x207 ?x870)))
 (let ((?x848 (* ?x1674 ?x2177)))
 (let ((?x568 (+ ?x848 ?x1421)))
 (let ((?x380 (* f2 ?x568)))
 (let ((?x1255 (* ?x1674 ?x2179)))
 (let ((?x2170 (* |g2[0]| ?x1255)))
 (let ((?x1411 (+ ?x2170 ?x380)))
 (let ((?x1652 (+ ?x1411 ?x1278)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x1652) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x109)))
 (let ((?x917 (+ ?x1064 ?x969)))
 (let ((?x1541 (* 2.0 ?x917)))
 (let ((?x904 (- ?x1541)))
 (let ((?x725 (+ ?x109 ?x904)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x527 (+ ?x102 ?x725)))
 (let ((?x526 (* ?x1674 ?x527)))
 (let ((?x272 (* |g2[1]| ?x526)))
 (let ((?x383 (+ ?x272 ?x271)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x1693 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1617 (+ ?x1693 ?x1638)))
 (let ((?x1574 (* 2.0 ?x1617)))
 (let ((?x1555 (- ?x1574)))
 (let ((?x1214 (+ ?x197 ?x1555)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x1484 (+ ?x193 ?x1214)))
 (let ((?x523 (* ?x1484 ?x526)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1094 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1234 (+ ?x1094 ?x1273)))
 (let ((?x1219 (* 2.0 ?x1234)))
 (let ((?x1192 (- ?x1219)))
 (let ((?x1168 (+ ?x211 ?x1192)))
 (let ((?x207 (- ?x107)))
 (let ((?x1136 (+ ?x207 ?x1168)))
 (let ((?x1090 (* ?x1674 ?x1136)))
 (let ((?x518 (+ ?x1090 ?x523)))
 (let ((?x438 (* f2 ?x518)))
 (let ((?x1496 (* ?x1674 ?x1484)))
 (let ((?x582 (* |g2[0]| ?x1496)))
 (let ((?x420 (+ ?x582 ?x438)))
 (let ((?x842 (+ ?x420 ?x383)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x842) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (< 0.0 ?x1507))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let (($x432 (= 0.0 ?x1507)))
 (not $x432)))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x106 (/ 1.0 ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x1106 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1507 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x969 (/ ?x111 ?x1507)))
 (let ((?x2176 (+ ?x969 ?x1106)))
 (let ((?x1904 (* 2.0 ?x2176)))
 (let ((?x1506 (- ?x1904)))
 (let ((?x413 (+ ?x109 ?x1506)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1572 (+ ?x102 ?x413)))
 (let ((?x1674 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1073 (* ?x1674 ?x1572)))
 (let ((?x1471 (* |g2[1]| ?x1073)))
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x271 (* ?x242 ?x1674)))
 (let ((?x1278 (+ ?x271 ?x1471)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x194 (- ?x11)))
 (let ((?x195 (* ?x194 ?x106)))
 (let ((?x196 (+ ?x101 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x883 (* 0.0 ?x197)))
 (let ((?x597 (* ?x197 ?x110)))
 (let ((?x1638 (/ ?x597 ?x1507)))
 (let ((?x945 (+ ?x1638 ?x883)))
 (let ((?x968 (* 2.0 ?x945)))
 (let ((?x1826 (- ?x968)))
 (let ((?x1184 (+ ?x197 ?x1826)))
 (let ((?x192 (/ 1.0 scale)))
 (let ((?x193 (- ?x192)))
 (let ((?x2179 (+ ?x193 ?x1184)))
 (let ((?x1421 (* ?x2179 ?x1073)))
 (let ((?x171 (/ 1.0 (* ?x105 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x208 (* ?x194 ?x174)))
 (let ((?x209 (+ ?x106 ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x211 (- ?x210)))
 (let ((?x2180 (* 0.0 ?x211)))
 (let ((?x1284 (- ?x111)))
 (let ((?x1339 (* ?x597 ?x1284)))
 (let ((?x1303 (/ 1.0 (* ?x1507 ?x1507))))
 (let ((?x1282 (* ?x1303 ?x1339)))
 (let ((?x1263 (* ?x197 ?x111)))
 (let ((?x1410 (* ?x211 ?x110)))
 (let ((?x1497 (+ ?x1410 ?x1263)))
 (let ((?x683 (/ ?x1497 ?x1507)))
 (let ((?x1273 (+ ?x683 ?x1282)))
 (let ((?x1749 (+ ?x1273 ?x2180)))
 (let ((?x1593 (* 2.0 ?x1749)))
 (let ((?x2129 (- ?x1593)))
 (let ((?x870 (+ ?x211 ?x2129)))
 (let ((?x207 (- ?x107)))
 (let ((?x2177 (+ ?x207 ?x870)))
 (let ((?x848 (* ?x1674 ?x2177)))
 (let ((?x568 (+ ?x848 ?x1421)))
 (let ((?x380 (* f2 ?x568)))
 (let ((?x1255 (* ?x1674 ?x2179)))
 (let ((?x2170 (* |g2[0]| ?x1255)))
 (let ((?x1411 (+ ?x2170 ?x380)))
 (let ((?x1652 (+ ?x1411 ?x1278)))
 (let ((?x1807 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x736 (* ?x109 ?x1807)))
 (let ((?x1562 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x460 (* 0.0 ?x1562)))
 (let ((?x935 (+ ?x460 ?x736)))
 (let ((?x598 (- ?x935)))
 (let ((?x794 (+ ?x109 ?x598)))
 (let ((?x394 (* ?x1807 ?x794)))
 (let ((?x150 (* f2 1.0)))
 (let ((?x149 (* 0.0 1.0)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x164 (* 2.0 ?x152)))
 (let ((?x1069 (* ?x164 ?x394)))
 (let ((?x1336 (* 2.0 ?x935)))
 (let ((?x607 (- ?x1336)))
 (let ((?x1470 (+ ?x109 ?x607)))
 (let ((?x1182 (+ ?x102 ?x1470)))
 (let ((?x443 (* 1.0 ?x1182)))
 (let ((?x1504 (* f2 ?x443)))
 (let ((?x144 (* |g2[0]| 1.0)))
 (let ((?x996 (+ ?x144 ?x1504)))
 (let ((?x467 (* 0.0 ?x443)))
 (let ((?x889 (+ ?x467 ?x996)))
 (let ((?x932 (- ?x889)))
 (let ((?x1544 (* 2.0 ?x932)))
 (let ((?x961 (* ?x1807 ?x1544)))
 (let ((?x576 (+ ?x961 ?x1069)))
 (let ((?x641 (- ?x576)))
 (let ((?x1006 (+ ?x932 ?x641)))
 (let ((?x625 (* ?x106 ?x1006)))
 (let ((?x283 (* ?x1807 ?x164)))
 (let ((?x1194 (- ?x283)))
 (let ((?x1789 (+ ?x152 ?x1194)))
 (let ((?x678 (* ?x174 ?x1789)))
 (let ((?x348 (+ ?x678 ?x625)))
 (let ((?x1350 (* ?x11 ?x348)))
 (let ((?x890 (* ?x106 ?x1789)))
 (let ((?x1866 (- ?x890)))
 (let ((?x1074 (+ ?x1866 ?x1350)))
 (let ((?x386 (- ?x1074)))
 (let ((?x1400 (/ ?x932 scale)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x154 (* ?x106 ?x153)))
 (let ((?x1276 (+ ?x154 ?x1400)))
 (let ((?x295 (* |g2[1]| ?x443)))
 (let ((?x466 (* (/ 1.0 2.0) ?x443)))
 (let ((?x1332 (* 0.0 ?x466)))
 (let ((?x125 (+ (- 1.0) 1.0)))
 (let ((?x126 (* (/ 1.0 2.0) ?x125)))
 (let ((?x132 (* 0.0 ?x126)))
 (let ((?x311 (+ ?x132 ?x1332)))
 (let ((?x1792 (* |h2[1,1]| ?x311)))
 (let ((?x581 (+ ?x126 ?x1332)))
 (let ((?x310 (* |h2[0,1]| ?x581)))
 (let ((?x1258 (+ ?x310 ?x1792)))
 (let ((?x127 (* |h2[1,0]| ?x126)))
 (let ((?x1456 (+ ?x127 ?x1332)))
 (let ((?x1340 (+ ?x1456 ?x1258)))
 (let ((?x1804 (+ ?x1340 ?x295)))
 (let ((?x554 (+ ?x1804 ?x1276)))
 (let ((?x632 (+ ?x554 ?x386)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1578 (+ ?x100 ?x632)))
 (let ((?x931 (* ?x1674 ?x1578)))
 (or (and (distinct ?x931 ?x1652) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!526 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!526) (< exp!1 exp!3)))
(assert
 (= (< log!526 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!526) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!526 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!1079 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!1079) (< exp!1 exp!4)))
(assert
 (= (< log!1079 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!1079) (< exp!2 exp!4)))
(assert
 (= (< log!1079 log!526) (< exp!4 exp!3)))
(assert
 (= (< log!526 log!1079) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1079 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1079)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!526) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!526) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!1079) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
