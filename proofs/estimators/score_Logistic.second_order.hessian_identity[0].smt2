; certjax: rule estimators.score_Logistic, obligation 'second_order.hessian_identity[0]', verdict proved
; 58 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 2 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 3 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 4 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 5 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 6 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 7 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 8 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 9 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 10 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 11 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 12 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 13 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 14 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 15 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 16 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 17 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 18 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 19 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 20 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 21 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 22 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 23 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 24 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 25 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 26 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 27 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 28 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 29 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!759 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (< 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x203 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x246 (* ?x245 ?x203)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x216 (* ?x52 ?x54)))
 (let ((?x232 (/ ?x216 ?x68)))
 (let ((?x138 (- ?x52)))
 (let ((?x233 (+ ?x138 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x138 ?x235)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x237 (+ ?x127 ?x236)))
 (let ((?x238 (* ?x203 ?x237)))
 (let ((?x242 (* |g2[0]| ?x238)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x239 (* ?x237 ?x238)))
 (let ((?x223 (/ 1.0 (* ?x68 ?x68))))
 (let ((?x220 (- ?x216)))
 (let ((?x221 (* ?x216 ?x220)))
 (let ((?x224 (* ?x221 ?x223)))
 (let ((?x217 (* ?x52 ?x216)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x215 (* ?x213 ?x54)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (/ ?x218 ?x68)))
 (let ((?x225 (+ ?x219 ?x224)))
 (let ((?x214 (- ?x213)))
 (let ((?x226 (+ ?x214 ?x225)))
 (let ((?x227 (* 2.0 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x229 (+ ?x214 ?x228)))
 (let ((?x205 (- ?x129)))
 (let ((?x230 (+ ?x205 ?x229)))
 (let ((?x231 (* ?x203 ?x230)))
 (let ((?x240 (+ ?x231 ?x239)))
 (let ((?x241 (* f2 ?x240)))
 (let ((?x243 (+ ?x241 ?x242)))
 (let ((?x248 (+ ?x243 ?x247)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x117 (/ 1.0 exp!4)))
 (let ((?x148 (* ?x117 ?x187)))
 (let ((?x119 (- ?x148)))
 (let ((?x192 (+ ?x98 ?x119)))
 (let ((?x193 (* 0.0 ?x192)))
 (let ((?x194 (* ?x169 ?x193)))
 (let ((?x168 (/ (* ?x117 exp!1) exp!2)))
 (let ((?x150 (* 0.0 ?x168)))
 (let ((?x189 (* ?x138 ?x117)))
 (let ((?x177 (+ ?x189 ?x150)))
 (let ((?x33 (- ?x177)))
 (let ((?x87 (+ ?x138 ?x33)))
 (let ((?x160 (* ?x117 ?x87)))
 (let ((?x89 (* ?x160 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x164 (* 2.0 ?x177)))
 (let ((?x36 (- ?x164)))
 (let ((?x152 (+ ?x138 ?x36)))
 (let ((?x93 (+ ?x127 ?x152)))
 (let ((?x132 (* ?x93 1.0)))
 (let ((?x58 (* f2 ?x132)))
 (let ((?x86 (+ ?x58 ?x145)))
 (let ((?x113 (* 0.0 ?x132)))
 (let ((?x105 (+ ?x113 ?x86)))
 (let ((?x114 (- ?x105)))
 (let ((?x179 (* 2.0 ?x114)))
 (let ((?x185 (* ?x117 ?x179)))
 (let ((?x182 (+ ?x185 ?x89)))
 (let ((?x163 (- ?x182)))
 (let ((?x90 (+ ?x114 ?x163)))
 (let ((?x151 (/ ?x90 scale)))
 (let ((?x195 (+ ?x151 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x74 (* |g2[0]| ?x132)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x59 (* (/ 1.0 2.0) ?x132)))
 (let ((?x99 (* 0.0 ?x59)))
 (let ((?x94 (+ ?x99 ?x53)))
 (let ((?x75 (* |h2[1,0]| ?x94)))
 (let ((?x134 (+ ?x99 ?x140)))
 (let ((?x73 (* |h2[0,0]| ?x134)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x125 (+ ?x99 ?x83)))
 (let ((?x69 (+ ?x125 ?x76)))
 (let ((?x176 (+ ?x69 ?x74)))
 (let ((?x197 (+ ?x176 ?x196)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x198 (+ ?x79 ?x197)))
 (let ((?x204 (* ?x203 ?x198)))
 (or (and (distinct ?x204 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 30 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 31 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 32 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 33 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (< 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 34 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 35 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 36 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 37 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (< 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 38 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 39 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 40 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 41 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (< 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 42 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 43 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 44 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 45 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (< 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 46 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (> 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 47 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (< 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 48 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (> 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 49 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (< 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 50 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (> 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 51 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (< 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 52 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (> 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 53 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (< 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 54 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 55 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 56 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 57 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (< 0.0 unknown!8))
(assert
 (> 0.0 unknown!10))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 58 of 58
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!759 () Real)
(declare-fun log!1037 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (< 0.0 unknown!8))
(assert
 (< 0.0 unknown!10))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (< 0.0 ?x1302)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let (($x1348 (= 0.0 ?x1302)))
 (not $x1348))))))
(assert
 (let ((?x1215 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1414 (* ?x1215 exp!2)))
 (let ((?x244 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x548 (* ?x245 ?x1414)))
 (let ((?x249 (/ 1.0 exp!1)))
 (let ((?x250 (* ?x249 exp!2)))
 (let ((?x1302 (+ 1.0 ?x250)))
 (let ((?x104 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x104)))
 (let ((?x129 (* 0.0 ?x169)))
 (let ((?x108 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x108 ?x129)))
 (let ((?x138 (- ?x52)))
 (let ((?x1421 (* ?x138 ?x250)))
 (let ((?x1058 (/ ?x1421 ?x1302)))
 (let ((?x1111 (* 0.0 ?x138)))
 (let ((?x374 (+ ?x1111 ?x1058)))
 (let ((?x530 (* 2.0 ?x374)))
 (let ((?x1042 (- ?x530)))
 (let ((?x458 (+ ?x138 ?x1042)))
 (let ((?x158 (/ 0.0 scale)))
 (let ((?x127 (- ?x158)))
 (let ((?x977 (+ ?x127 ?x458)))
 (let ((?x1492 (* ?x1414 ?x977)))
 (let ((?x721 (* |g2[0]| ?x1492)))
 (let ((?x386 (+ ?x721 ?x548)))
 (let ((?x1263 (* ?x977 ?x1492)))
 (let ((?x332 (/ 1.0 (* ?x1302 ?x1302))))
 (let ((?x1014 (- ?x1421)))
 (let ((?x1064 (* ?x1421 ?x1014)))
 (let ((?x1039 (* ?x1064 ?x332)))
 (let ((?x800 (* ?x138 ?x1421)))
 (let ((?x207 (/ 1.0 (* ?x104 scale))))
 (let ((?x209 (* ?x207 (- 2.0))))
 (let ((?x210 (* 0.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (+ ?x129 ?x211)))
 (let ((?x213 (+ ?x129 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x1081 (* ?x214 ?x250)))
 (let ((?x329 (+ ?x1081 ?x800)))
 (let ((?x1151 (/ ?x329 ?x1302)))
 (let ((?x1351 (+ ?x1151 ?x1039)))
 (let ((?x891 (* 0.0 ?x214)))
 (let ((?x1478 (+ ?x891 ?x1351)))
 (let ((?x980 (* 2.0 ?x1478)))
 (let ((?x1566 (- ?x980)))
 (let ((?x1412 (+ ?x214 ?x1566)))
 (let ((?x205 (- ?x129)))
 (let ((?x596 (+ ?x205 ?x1412)))
 (let ((?x1365 (* ?x1414 ?x596)))
 (let ((?x1397 (+ ?x1365 ?x1263)))
 (let ((?x423 (* f2 ?x1397)))
 (let ((?x811 (+ ?x423 ?x721)))
 (let ((?x1139 (+ ?x811 ?x386)))
 (let ((?x77 (* f2 1.0)))
 (let ((?x137 (* 0.0 1.0)))
 (let ((?x181 (+ ?x137 ?x77)))
 (let ((?x98 (- ?x181)))
 (let ((?x187 (* 2.0 ?x98)))
 (let ((?x1251 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1387 (/ ?x1251 exp!1)))
 (let ((?x1156 (* ?x1387 exp!2)))
 (let ((?x686 (* ?x1156 ?x187)))
 (let ((?x288 (- ?x686)))
 (let ((?x1053 (+ ?x98 ?x288)))
 (let ((?x364 (* 0.0 ?x1053)))
 (let ((?x769 (* ?x169 ?x364)))
 (let ((?x497 (* 0.0 ?x1251)))
 (let ((?x580 (* ?x138 ?x1156)))
 (let ((?x1443 (+ ?x580 ?x497)))
 (let ((?x1400 (- ?x1443)))
 (let ((?x696 (+ ?x138 ?x1400)))
 (let ((?x934 (* ?x1156 ?x696)))
 (let ((?x910 (* ?x934 ?x187)))
 (let ((?x145 (* |g2[0]| 1.0)))
 (let ((?x440 (* 2.0 ?x1443)))
 (let ((?x1109 (- ?x440)))
 (let ((?x1531 (+ ?x138 ?x1109)))
 (let ((?x886 (+ ?x127 ?x1531)))
 (let ((?x479 (* ?x886 1.0)))
 (let ((?x444 (* f2 ?x479)))
 (let ((?x1323 (+ ?x444 ?x145)))
 (let ((?x1233 (* 0.0 ?x479)))
 (let ((?x539 (+ ?x1233 ?x1323)))
 (let ((?x798 (- ?x539)))
 (let ((?x1326 (* 2.0 ?x798)))
 (let ((?x634 (* ?x1156 ?x1326)))
 (let ((?x400 (+ ?x634 ?x910)))
 (let ((?x1285 (- ?x400)))
 (let ((?x1327 (+ ?x798 ?x1285)))
 (let ((?x742 (/ ?x1327 scale)))
 (let ((?x526 (+ ?x742 ?x769)))
 (let ((?x296 (- ?x526)))
 (let ((?x385 (* |g2[0]| ?x479)))
 (let ((?x124 (+ (- 1.0) 1.0)))
 (let ((?x140 (* (/ 1.0 2.0) ?x124)))
 (let ((?x53 (* 0.0 ?x140)))
 (let ((?x1438 (* (/ 1.0 2.0) ?x479)))
 (let ((?x389 (* 0.0 ?x1438)))
 (let ((?x1273 (+ ?x389 ?x53)))
 (let ((?x825 (* |h2[1,0]| ?x1273)))
 (let ((?x1150 (+ ?x389 ?x140)))
 (let ((?x1319 (* |h2[0,0]| ?x1150)))
 (let ((?x1243 (+ ?x1319 ?x825)))
 (let ((?x83 (* |h2[0,0]| ?x140)))
 (let ((?x1076 (+ ?x389 ?x83)))
 (let ((?x993 (+ ?x1076 ?x1243)))
 (let ((?x417 (+ ?x993 ?x385)))
 (let ((?x1164 (+ ?x417 ?x296)))
 (let ((?x178 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x79 (+ ?x178 ?x178)))
 (let ((?x1147 (+ ?x79 ?x1164)))
 (let ((?x576 (* ?x1414 ?x1147)))
 (or (and (distinct ?x576 ?x1139) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x115 (= exp!3 scale)))
 (=> (> scale 0.0) $x115)))
(assert
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1037 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1037) (< exp!1 exp!5)))
(assert
 (= (< log!1037 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1037) (< exp!2 exp!5)))
(assert
 (= (< log!1037 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1037) (< exp!3 exp!5)))
(assert
 (= (< log!1037 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1037) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1037 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1037)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1037) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1037) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
