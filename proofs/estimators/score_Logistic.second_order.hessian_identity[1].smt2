; certjax: rule estimators.score_Logistic, obligation 'second_order.hessian_identity[1]', verdict unproved
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
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x177 (* exp!3 exp!3)))
 (let ((?x178 (/ (* (/ 1.0 exp!2) exp!1) ?x177)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x234 (* ?x233 ?x178)))
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
 (let ((?x193 (* ?x108 ?x52)))
 (let ((?x218 (/ ?x193 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x219 (+ ?x109 ?x218)))
 (let ((?x220 (* 2.0 ?x219)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x223 (+ ?x102 ?x222)))
 (let ((?x224 (* ?x178 ?x223)))
 (let ((?x231 (* |g2[0]| ?x224)))
 (let ((?x235 (+ ?x231 ?x234)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x199 (* ?x192 ?x52)))
 (let ((?x212 (/ ?x199 ?x44)))
 (let ((?x211 (- ?x192)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x214 (* 2.0 ?x213)))
 (let ((?x215 (- ?x214)))
 (let ((?x216 (+ ?x211 ?x215)))
 (let ((?x210 (- ?x103)))
 (let ((?x217 (+ ?x210 ?x216)))
 (let ((?x228 (* ?x178 ?x217)))
 (let ((?x229 (* |g2[1]| ?x228)))
 (let ((?x225 (* ?x217 ?x224)))
 (let ((?x200 (- ?x193)))
 (let ((?x201 (* ?x199 ?x200)))
 (let ((?x198 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x202 (* ?x198 ?x201)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x190 (* ?x188 ?x52)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x196 (/ ?x195 ?x44)))
 (let ((?x203 (+ ?x196 ?x202)))
 (let ((?x189 (- ?x188)))
 (let ((?x204 (+ ?x189 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x189 ?x206)))
 (let ((?x181 (- ?x180)))
 (let ((?x208 (+ ?x181 ?x207)))
 (let ((?x209 (* ?x178 ?x208)))
 (let ((?x226 (+ ?x209 ?x225)))
 (let ((?x227 (* f2 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x151 (/ 1.0 exp!3)))
 (let ((?x166 (* ?x151 ?x160)))
 (let ((?x167 (- ?x166)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (* ?x106 ?x169)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x115 (+ ?x111 ?x114)))
 (let ((?x153 (- ?x115)))
 (let ((?x154 (+ ?x109 ?x153)))
 (let ((?x155 (* ?x151 ?x154)))
 (let ((?x161 (* ?x155 ?x160)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x109 ?x117)))
 (let ((?x119 (+ ?x102 ?x118)))
 (let ((?x122 (* ?x119 1.0)))
 (let ((?x143 (* f2 ?x122)))
 (let ((?x146 (+ ?x143 ?x145)))
 (let ((?x141 (* 0.0 ?x122)))
 (let ((?x147 (+ ?x141 ?x146)))
 (let ((?x148 (- ?x147)))
 (let ((?x150 (* 2.0 ?x148)))
 (let ((?x152 (* ?x151 ?x150)))
 (let ((?x162 (+ ?x152 ?x161)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x148 ?x163)))
 (let ((?x165 (/ ?x164 scale)))
 (let ((?x171 (+ ?x165 ?x170)))
 (let ((?x172 (- ?x171)))
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
 (let ((?x173 (+ ?x140 ?x172)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x174 (+ ?x100 ?x173)))
 (let ((?x179 (* ?x178 ?x174)))
 (or (and (distinct ?x179 ?x236) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x177 (* exp!3 exp!3)))
 (let ((?x178 (/ (* (/ 1.0 exp!2) exp!1) ?x177)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x234 (* ?x233 ?x178)))
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
 (let ((?x193 (* ?x108 ?x52)))
 (let ((?x218 (/ ?x193 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x219 (+ ?x109 ?x218)))
 (let ((?x220 (* 2.0 ?x219)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x223 (+ ?x102 ?x222)))
 (let ((?x224 (* ?x178 ?x223)))
 (let ((?x231 (* |g2[0]| ?x224)))
 (let ((?x235 (+ ?x231 ?x234)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x199 (* ?x192 ?x52)))
 (let ((?x212 (/ ?x199 ?x44)))
 (let ((?x211 (- ?x192)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x214 (* 2.0 ?x213)))
 (let ((?x215 (- ?x214)))
 (let ((?x216 (+ ?x211 ?x215)))
 (let ((?x210 (- ?x103)))
 (let ((?x217 (+ ?x210 ?x216)))
 (let ((?x228 (* ?x178 ?x217)))
 (let ((?x229 (* |g2[1]| ?x228)))
 (let ((?x225 (* ?x217 ?x224)))
 (let ((?x200 (- ?x193)))
 (let ((?x201 (* ?x199 ?x200)))
 (let ((?x198 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x202 (* ?x198 ?x201)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x190 (* ?x188 ?x52)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x196 (/ ?x195 ?x44)))
 (let ((?x203 (+ ?x196 ?x202)))
 (let ((?x189 (- ?x188)))
 (let ((?x204 (+ ?x189 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x189 ?x206)))
 (let ((?x181 (- ?x180)))
 (let ((?x208 (+ ?x181 ?x207)))
 (let ((?x209 (* ?x178 ?x208)))
 (let ((?x226 (+ ?x209 ?x225)))
 (let ((?x227 (* f2 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x151 (/ 1.0 exp!3)))
 (let ((?x239 (* ?x109 ?x151)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x237 (+ ?x114 ?x239)))
 (let ((?x668 (- ?x237)))
 (let ((?x669 (+ ?x109 ?x668)))
 (let ((?x670 (* ?x151 ?x669)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x671 (* ?x160 ?x670)))
 (let ((?x238 (* 2.0 ?x237)))
 (let ((?x735 (- ?x238)))
 (let ((?x662 (+ ?x109 ?x735)))
 (let ((?x676 (+ ?x102 ?x662)))
 (let ((?x677 (* 1.0 ?x676)))
 (let ((?x723 (* f2 ?x677)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x737 (+ ?x145 ?x723)))
 (let ((?x736 (* 0.0 ?x677)))
 (let ((?x725 (+ ?x736 ?x737)))
 (let ((?x733 (- ?x725)))
 (let ((?x738 (* 2.0 ?x733)))
 (let ((?x667 (* ?x151 ?x738)))
 (let ((?x792 (+ ?x667 ?x671)))
 (let ((?x506 (- ?x792)))
 (let ((?x507 (+ ?x733 ?x506)))
 (let ((?x510 (/ ?x507 scale)))
 (let ((?x166 (* ?x151 ?x160)))
 (let ((?x167 (- ?x166)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (* ?x106 ?x169)))
 (let ((?x511 (+ ?x170 ?x510)))
 (let ((?x512 (- ?x511)))
 (let ((?x691 (* |g2[0]| ?x677)))
 (let ((?x680 (* (/ 1.0 2.0) ?x677)))
 (let ((?x681 (* 0.0 ?x680)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x730 (+ ?x127 ?x681)))
 (let ((?x689 (* |h2[1,0]| ?x730)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x270 (+ ?x131 ?x681)))
 (let ((?x684 (* |h2[0,0]| ?x270)))
 (let ((?x687 (+ ?x684 ?x689)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x683 (+ ?x128 ?x681)))
 (let ((?x690 (+ ?x683 ?x687)))
 (let ((?x719 (+ ?x690 ?x691)))
 (let ((?x513 (+ ?x719 ?x512)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x514 (+ ?x100 ?x513)))
 (let ((?x517 (* ?x178 ?x514)))
 (or (and (distinct ?x517 ?x236) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x177 (* exp!3 exp!3)))
 (let ((?x178 (/ (* (/ 1.0 exp!2) exp!1) ?x177)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x234 (* ?x233 ?x178)))
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
 (let ((?x193 (* ?x108 ?x52)))
 (let ((?x218 (/ ?x193 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x219 (+ ?x109 ?x218)))
 (let ((?x220 (* 2.0 ?x219)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x223 (+ ?x102 ?x222)))
 (let ((?x224 (* ?x178 ?x223)))
 (let ((?x231 (* |g2[0]| ?x224)))
 (let ((?x235 (+ ?x231 ?x234)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x199 (* ?x192 ?x52)))
 (let ((?x212 (/ ?x199 ?x44)))
 (let ((?x211 (- ?x192)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x214 (* 2.0 ?x213)))
 (let ((?x215 (- ?x214)))
 (let ((?x216 (+ ?x211 ?x215)))
 (let ((?x210 (- ?x103)))
 (let ((?x217 (+ ?x210 ?x216)))
 (let ((?x228 (* ?x178 ?x217)))
 (let ((?x229 (* |g2[1]| ?x228)))
 (let ((?x225 (* ?x217 ?x224)))
 (let ((?x200 (- ?x193)))
 (let ((?x201 (* ?x199 ?x200)))
 (let ((?x198 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x202 (* ?x198 ?x201)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x190 (* ?x188 ?x52)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x196 (/ ?x195 ?x44)))
 (let ((?x203 (+ ?x196 ?x202)))
 (let ((?x189 (- ?x188)))
 (let ((?x204 (+ ?x189 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x189 ?x206)))
 (let ((?x181 (- ?x180)))
 (let ((?x208 (+ ?x181 ?x207)))
 (let ((?x209 (* ?x178 ?x208)))
 (let ((?x226 (+ ?x209 ?x225)))
 (let ((?x227 (* f2 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x151 (/ 1.0 exp!3)))
 (let ((?x239 (* ?x109 ?x151)))
 (let ((?x1138 (- ?x239)))
 (let ((?x1443 (+ ?x109 ?x1138)))
 (let ((?x976 (* ?x151 ?x1443)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x1135 (* ?x160 ?x976)))
 (let ((?x1356 (* 2.0 ?x239)))
 (let ((?x518 (- ?x1356)))
 (let ((?x519 (+ ?x109 ?x518)))
 (let ((?x1823 (+ ?x102 ?x519)))
 (let ((?x1586 (* 1.0 ?x1823)))
 (let ((?x1218 (* f2 ?x1586)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1129 (+ ?x145 ?x1218)))
 (let ((?x1301 (* 0.0 ?x1586)))
 (let ((?x1762 (+ ?x1301 ?x1129)))
 (let ((?x307 (- ?x1762)))
 (let ((?x665 (* 2.0 ?x307)))
 (let ((?x1860 (* ?x151 ?x665)))
 (let ((?x1334 (+ ?x1860 ?x1135)))
 (let ((?x1829 (- ?x1334)))
 (let ((?x1276 (+ ?x307 ?x1829)))
 (let ((?x1295 (/ ?x1276 scale)))
 (let ((?x166 (* ?x151 ?x160)))
 (let ((?x167 (- ?x166)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (* ?x106 ?x169)))
 (let ((?x1863 (+ ?x170 ?x1295)))
 (let ((?x1117 (- ?x1863)))
 (let ((?x1312 (* |g2[0]| ?x1586)))
 (let ((?x274 (* (/ 1.0 2.0) ?x1586)))
 (let ((?x762 (* 0.0 ?x274)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1196 (+ ?x127 ?x762)))
 (let ((?x1660 (* |h2[1,0]| ?x1196)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x294 (+ ?x131 ?x762)))
 (let ((?x1345 (* |h2[0,0]| ?x294)))
 (let ((?x1497 (+ ?x1345 ?x1660)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1743 (+ ?x128 ?x762)))
 (let ((?x408 (+ ?x1743 ?x1497)))
 (let ((?x1153 (+ ?x408 ?x1312)))
 (let ((?x1358 (+ ?x1153 ?x1117)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x414 (+ ?x100 ?x1358)))
 (let ((?x836 (* ?x178 ?x414)))
 (or (and (distinct ?x836 ?x236) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x177 (* exp!3 exp!3)))
 (let ((?x178 (/ (* (/ 1.0 exp!2) exp!1) ?x177)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x234 (* ?x233 ?x178)))
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
 (let ((?x193 (* ?x108 ?x52)))
 (let ((?x218 (/ ?x193 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x219 (+ ?x109 ?x218)))
 (let ((?x220 (* 2.0 ?x219)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x223 (+ ?x102 ?x222)))
 (let ((?x224 (* ?x178 ?x223)))
 (let ((?x231 (* |g2[0]| ?x224)))
 (let ((?x235 (+ ?x231 ?x234)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x199 (* ?x192 ?x52)))
 (let ((?x212 (/ ?x199 ?x44)))
 (let ((?x211 (- ?x192)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x214 (* 2.0 ?x213)))
 (let ((?x215 (- ?x214)))
 (let ((?x216 (+ ?x211 ?x215)))
 (let ((?x210 (- ?x103)))
 (let ((?x217 (+ ?x210 ?x216)))
 (let ((?x228 (* ?x178 ?x217)))
 (let ((?x229 (* |g2[1]| ?x228)))
 (let ((?x225 (* ?x217 ?x224)))
 (let ((?x200 (- ?x193)))
 (let ((?x201 (* ?x199 ?x200)))
 (let ((?x198 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x202 (* ?x198 ?x201)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x190 (* ?x188 ?x52)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x196 (/ ?x195 ?x44)))
 (let ((?x203 (+ ?x196 ?x202)))
 (let ((?x189 (- ?x188)))
 (let ((?x204 (+ ?x189 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x189 ?x206)))
 (let ((?x181 (- ?x180)))
 (let ((?x208 (+ ?x181 ?x207)))
 (let ((?x209 (* ?x178 ?x208)))
 (let ((?x226 (+ ?x209 ?x225)))
 (let ((?x227 (* f2 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x151 (/ 1.0 exp!3)))
 (let ((?x239 (* ?x109 ?x151)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x237 (+ ?x114 ?x239)))
 (let ((?x668 (- ?x237)))
 (let ((?x669 (+ ?x109 ?x668)))
 (let ((?x670 (* ?x151 ?x669)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x671 (* ?x160 ?x670)))
 (let ((?x238 (* 2.0 ?x237)))
 (let ((?x735 (- ?x238)))
 (let ((?x662 (+ ?x109 ?x735)))
 (let ((?x676 (+ ?x102 ?x662)))
 (let ((?x677 (* 1.0 ?x676)))
 (let ((?x723 (* f2 ?x677)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x737 (+ ?x145 ?x723)))
 (let ((?x736 (* 0.0 ?x677)))
 (let ((?x725 (+ ?x736 ?x737)))
 (let ((?x733 (- ?x725)))
 (let ((?x738 (* 2.0 ?x733)))
 (let ((?x667 (* ?x151 ?x738)))
 (let ((?x792 (+ ?x667 ?x671)))
 (let ((?x506 (- ?x792)))
 (let ((?x507 (+ ?x733 ?x506)))
 (let ((?x510 (/ ?x507 scale)))
 (let ((?x166 (* ?x151 ?x160)))
 (let ((?x167 (- ?x166)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (* ?x106 ?x169)))
 (let ((?x511 (+ ?x170 ?x510)))
 (let ((?x512 (- ?x511)))
 (let ((?x691 (* |g2[0]| ?x677)))
 (let ((?x680 (* (/ 1.0 2.0) ?x677)))
 (let ((?x681 (* 0.0 ?x680)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x730 (+ ?x127 ?x681)))
 (let ((?x689 (* |h2[1,0]| ?x730)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x270 (+ ?x131 ?x681)))
 (let ((?x684 (* |h2[0,0]| ?x270)))
 (let ((?x687 (+ ?x684 ?x689)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x683 (+ ?x128 ?x681)))
 (let ((?x690 (+ ?x683 ?x687)))
 (let ((?x719 (+ ?x690 ?x691)))
 (let ((?x513 (+ ?x719 ?x512)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x514 (+ ?x100 ?x513)))
 (let ((?x517 (* ?x178 ?x514)))
 (or (and (distinct ?x517 ?x236) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x177 (* exp!3 exp!3)))
 (let ((?x178 (/ (* (/ 1.0 exp!2) exp!1) ?x177)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x234 (* ?x233 ?x178)))
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
 (let ((?x193 (* ?x108 ?x52)))
 (let ((?x218 (/ ?x193 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x219 (+ ?x109 ?x218)))
 (let ((?x220 (* 2.0 ?x219)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x223 (+ ?x102 ?x222)))
 (let ((?x224 (* ?x178 ?x223)))
 (let ((?x231 (* |g2[0]| ?x224)))
 (let ((?x235 (+ ?x231 ?x234)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x199 (* ?x192 ?x52)))
 (let ((?x212 (/ ?x199 ?x44)))
 (let ((?x211 (- ?x192)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x214 (* 2.0 ?x213)))
 (let ((?x215 (- ?x214)))
 (let ((?x216 (+ ?x211 ?x215)))
 (let ((?x210 (- ?x103)))
 (let ((?x217 (+ ?x210 ?x216)))
 (let ((?x228 (* ?x178 ?x217)))
 (let ((?x229 (* |g2[1]| ?x228)))
 (let ((?x225 (* ?x217 ?x224)))
 (let ((?x200 (- ?x193)))
 (let ((?x201 (* ?x199 ?x200)))
 (let ((?x198 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x202 (* ?x198 ?x201)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x190 (* ?x188 ?x52)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x196 (/ ?x195 ?x44)))
 (let ((?x203 (+ ?x196 ?x202)))
 (let ((?x189 (- ?x188)))
 (let ((?x204 (+ ?x189 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x189 ?x206)))
 (let ((?x181 (- ?x180)))
 (let ((?x208 (+ ?x181 ?x207)))
 (let ((?x209 (* ?x178 ?x208)))
 (let ((?x226 (+ ?x209 ?x225)))
 (let ((?x227 (* f2 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x708 (* ?x110 ?x160)))
 (let ((?x1482 (- ?x708)))
 (let ((?x1698 (+ ?x159 ?x1482)))
 (let ((?x1030 (- ?x1698)))
 (let ((?x1595 (* ?x106 ?x1030)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x349 (* ?x111 ?x160)))
 (let ((?x151 (/ 1.0 exp!3)))
 (let ((?x239 (* ?x109 ?x151)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x237 (+ ?x114 ?x239)))
 (let ((?x238 (* 2.0 ?x237)))
 (let ((?x735 (- ?x238)))
 (let ((?x662 (+ ?x109 ?x735)))
 (let ((?x676 (+ ?x102 ?x662)))
 (let ((?x677 (* 1.0 ?x676)))
 (let ((?x723 (* f2 ?x677)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x737 (+ ?x145 ?x723)))
 (let ((?x736 (* 0.0 ?x677)))
 (let ((?x725 (+ ?x736 ?x737)))
 (let ((?x733 (- ?x725)))
 (let ((?x738 (* 2.0 ?x733)))
 (let ((?x601 (* ?x110 ?x738)))
 (let ((?x565 (+ ?x601 ?x349)))
 (let ((?x1922 (- ?x565)))
 (let ((?x1362 (+ ?x733 ?x1922)))
 (let ((?x415 (/ ?x1362 scale)))
 (let ((?x1441 (+ ?x415 ?x1595)))
 (let ((?x1723 (- ?x1441)))
 (let ((?x691 (* |g2[0]| ?x677)))
 (let ((?x680 (* (/ 1.0 2.0) ?x677)))
 (let ((?x681 (* 0.0 ?x680)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x730 (+ ?x127 ?x681)))
 (let ((?x689 (* |h2[1,0]| ?x730)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x270 (+ ?x131 ?x681)))
 (let ((?x684 (* |h2[0,0]| ?x270)))
 (let ((?x687 (+ ?x684 ?x689)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x683 (+ ?x128 ?x681)))
 (let ((?x690 (+ ?x683 ?x687)))
 (let ((?x719 (+ ?x690 ?x691)))
 (let ((?x1397 (+ ?x719 ?x1723)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1287 (+ ?x100 ?x1397)))
 (let ((?x1924 (* ?x178 ?x1287)))
 (or (and (distinct ?x1924 ?x236) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x177 (* exp!3 exp!3)))
 (let ((?x178 (/ (* (/ 1.0 exp!2) exp!1) ?x177)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x234 (* ?x233 ?x178)))
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
 (let ((?x193 (* ?x108 ?x52)))
 (let ((?x218 (/ ?x193 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x219 (+ ?x109 ?x218)))
 (let ((?x220 (* 2.0 ?x219)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x223 (+ ?x102 ?x222)))
 (let ((?x224 (* ?x178 ?x223)))
 (let ((?x231 (* |g2[0]| ?x224)))
 (let ((?x235 (+ ?x231 ?x234)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x199 (* ?x192 ?x52)))
 (let ((?x212 (/ ?x199 ?x44)))
 (let ((?x211 (- ?x192)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x214 (* 2.0 ?x213)))
 (let ((?x215 (- ?x214)))
 (let ((?x216 (+ ?x211 ?x215)))
 (let ((?x210 (- ?x103)))
 (let ((?x217 (+ ?x210 ?x216)))
 (let ((?x228 (* ?x178 ?x217)))
 (let ((?x229 (* |g2[1]| ?x228)))
 (let ((?x225 (* ?x217 ?x224)))
 (let ((?x200 (- ?x193)))
 (let ((?x201 (* ?x199 ?x200)))
 (let ((?x198 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x202 (* ?x198 ?x201)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x190 (* ?x188 ?x52)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x196 (/ ?x195 ?x44)))
 (let ((?x203 (+ ?x196 ?x202)))
 (let ((?x189 (- ?x188)))
 (let ((?x204 (+ ?x189 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x189 ?x206)))
 (let ((?x181 (- ?x180)))
 (let ((?x208 (+ ?x181 ?x207)))
 (let ((?x209 (* ?x178 ?x208)))
 (let ((?x226 (+ ?x209 ?x225)))
 (let ((?x227 (* f2 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x151 (/ 1.0 exp!3)))
 (let ((?x239 (* ?x109 ?x151)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x237 (+ ?x114 ?x239)))
 (let ((?x668 (- ?x237)))
 (let ((?x669 (+ ?x109 ?x668)))
 (let ((?x670 (* ?x151 ?x669)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x671 (* ?x160 ?x670)))
 (let ((?x238 (* 2.0 ?x237)))
 (let ((?x735 (- ?x238)))
 (let ((?x662 (+ ?x109 ?x735)))
 (let ((?x676 (+ ?x102 ?x662)))
 (let ((?x677 (* 1.0 ?x676)))
 (let ((?x723 (* f2 ?x677)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x737 (+ ?x145 ?x723)))
 (let ((?x736 (* 0.0 ?x677)))
 (let ((?x725 (+ ?x736 ?x737)))
 (let ((?x733 (- ?x725)))
 (let ((?x738 (* 2.0 ?x733)))
 (let ((?x667 (* ?x151 ?x738)))
 (let ((?x792 (+ ?x667 ?x671)))
 (let ((?x506 (- ?x792)))
 (let ((?x507 (+ ?x733 ?x506)))
 (let ((?x510 (/ ?x507 scale)))
 (let ((?x166 (* ?x151 ?x160)))
 (let ((?x167 (- ?x166)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (* ?x106 ?x169)))
 (let ((?x511 (+ ?x170 ?x510)))
 (let ((?x512 (- ?x511)))
 (let ((?x691 (* |g2[0]| ?x677)))
 (let ((?x680 (* (/ 1.0 2.0) ?x677)))
 (let ((?x681 (* 0.0 ?x680)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x730 (+ ?x127 ?x681)))
 (let ((?x689 (* |h2[1,0]| ?x730)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x270 (+ ?x131 ?x681)))
 (let ((?x684 (* |h2[0,0]| ?x270)))
 (let ((?x687 (+ ?x684 ?x689)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x683 (+ ?x128 ?x681)))
 (let ((?x690 (+ ?x683 ?x687)))
 (let ((?x719 (+ ?x690 ?x691)))
 (let ((?x513 (+ ?x719 ?x512)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x514 (+ ?x100 ?x513)))
 (let ((?x517 (* ?x178 ?x514)))
 (or (and (distinct ?x517 ?x236) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x177 (* exp!3 exp!3)))
 (let ((?x178 (/ (* (/ 1.0 exp!2) exp!1) ?x177)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x234 (* ?x233 ?x178)))
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
 (let ((?x193 (* ?x108 ?x52)))
 (let ((?x218 (/ ?x193 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x219 (+ ?x109 ?x218)))
 (let ((?x220 (* 2.0 ?x219)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x223 (+ ?x102 ?x222)))
 (let ((?x224 (* ?x178 ?x223)))
 (let ((?x231 (* |g2[0]| ?x224)))
 (let ((?x235 (+ ?x231 ?x234)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x199 (* ?x192 ?x52)))
 (let ((?x212 (/ ?x199 ?x44)))
 (let ((?x211 (- ?x192)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x214 (* 2.0 ?x213)))
 (let ((?x215 (- ?x214)))
 (let ((?x216 (+ ?x211 ?x215)))
 (let ((?x210 (- ?x103)))
 (let ((?x217 (+ ?x210 ?x216)))
 (let ((?x228 (* ?x178 ?x217)))
 (let ((?x229 (* |g2[1]| ?x228)))
 (let ((?x225 (* ?x217 ?x224)))
 (let ((?x200 (- ?x193)))
 (let ((?x201 (* ?x199 ?x200)))
 (let ((?x198 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x202 (* ?x198 ?x201)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x190 (* ?x188 ?x52)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x196 (/ ?x195 ?x44)))
 (let ((?x203 (+ ?x196 ?x202)))
 (let ((?x189 (- ?x188)))
 (let ((?x204 (+ ?x189 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x189 ?x206)))
 (let ((?x181 (- ?x180)))
 (let ((?x208 (+ ?x181 ?x207)))
 (let ((?x209 (* ?x178 ?x208)))
 (let ((?x226 (+ ?x209 ?x225)))
 (let ((?x227 (* f2 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x151 (/ 1.0 exp!3)))
 (let ((?x239 (* ?x109 ?x151)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x237 (+ ?x114 ?x239)))
 (let ((?x668 (- ?x237)))
 (let ((?x669 (+ ?x109 ?x668)))
 (let ((?x670 (* ?x151 ?x669)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x671 (* ?x160 ?x670)))
 (let ((?x238 (* 2.0 ?x237)))
 (let ((?x735 (- ?x238)))
 (let ((?x662 (+ ?x109 ?x735)))
 (let ((?x676 (+ ?x102 ?x662)))
 (let ((?x677 (* 1.0 ?x676)))
 (let ((?x723 (* f2 ?x677)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x737 (+ ?x145 ?x723)))
 (let ((?x736 (* 0.0 ?x677)))
 (let ((?x725 (+ ?x736 ?x737)))
 (let ((?x733 (- ?x725)))
 (let ((?x738 (* 2.0 ?x733)))
 (let ((?x667 (* ?x151 ?x738)))
 (let ((?x792 (+ ?x667 ?x671)))
 (let ((?x506 (- ?x792)))
 (let ((?x507 (+ ?x733 ?x506)))
 (let ((?x510 (/ ?x507 scale)))
 (let ((?x166 (* ?x151 ?x160)))
 (let ((?x167 (- ?x166)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (* ?x106 ?x169)))
 (let ((?x511 (+ ?x170 ?x510)))
 (let ((?x512 (- ?x511)))
 (let ((?x691 (* |g2[0]| ?x677)))
 (let ((?x680 (* (/ 1.0 2.0) ?x677)))
 (let ((?x681 (* 0.0 ?x680)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x730 (+ ?x127 ?x681)))
 (let ((?x689 (* |h2[1,0]| ?x730)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x270 (+ ?x131 ?x681)))
 (let ((?x684 (* |h2[0,0]| ?x270)))
 (let ((?x687 (+ ?x684 ?x689)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x683 (+ ?x128 ?x681)))
 (let ((?x690 (+ ?x683 ?x687)))
 (let ((?x719 (+ ?x690 ?x691)))
 (let ((?x513 (+ ?x719 ?x512)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x514 (+ ?x100 ?x513)))
 (let ((?x517 (* ?x178 ?x514)))
 (or (and (distinct ?x517 ?x236) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (= 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
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
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1739 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1741 (+ ?x1739 ?x1776)))
 (let ((?x1054 (* 2.0 ?x1741)))
 (let ((?x1551 (- ?x1054)))
 (let ((?x1720 (+ ?x109 ?x1551)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1712 (+ ?x102 ?x1720)))
 (let ((?x1624 (* ?x1912 ?x1712)))
 (let ((?x1379 (* |g2[0]| ?x1624)))
 (let ((?x1442 (+ ?x1379 ?x1910)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1974 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1285 (+ ?x1974 ?x1887)))
 (let ((?x1885 (* 2.0 ?x1285)))
 (let ((?x1873 (- ?x1885)))
 (let ((?x1792 (+ ?x211 ?x1873)))
 (let ((?x210 (- ?x103)))
 (let ((?x1278 (+ ?x210 ?x1792)))
 (let ((?x1433 (* ?x1912 ?x1278)))
 (let ((?x1404 (* |g2[1]| ?x1433)))
 (let ((?x1580 (* ?x1278 ?x1624)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1239 (* (/ 1.0 2.0) ?x189)))
 (let ((?x1778 (+ ?x1239 ?x1662)))
 (let ((?x1561 (* 2.0 ?x1778)))
 (let ((?x1845 (- ?x1561)))
 (let ((?x1209 (+ ?x189 ?x1845)))
 (let ((?x181 (- ?x180)))
 (let ((?x1603 (+ ?x181 ?x1209)))
 (let ((?x1316 (* ?x1912 ?x1603)))
 (let ((?x1560 (+ ?x1316 ?x1580)))
 (let ((?x1489 (* f2 ?x1560)))
 (let ((?x1383 (+ ?x1489 ?x1404)))
 (let ((?x1308 (+ ?x1383 ?x1442)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1534 (+ ?x111 ?x1080)))
 (let ((?x1553 (- ?x1534)))
 (let ((?x1748 (+ ?x109 ?x1553)))
 (let ((?x1761 (* ?x530 ?x1748)))
 (let ((?x1937 (* ?x1761 ?x160)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1018 (* 2.0 ?x1534)))
 (let ((?x1898 (- ?x1018)))
 (let ((?x1448 (+ ?x109 ?x1898)))
 (let ((?x1032 (+ ?x102 ?x1448)))
 (let ((?x523 (* ?x1032 1.0)))
 (let ((?x1068 (* f2 ?x523)))
 (let ((?x828 (+ ?x1068 ?x145)))
 (let ((?x1680 (* 0.0 ?x523)))
 (let ((?x1979 (+ ?x1680 ?x828)))
 (let ((?x1707 (- ?x1979)))
 (let ((?x1495 (* 2.0 ?x1707)))
 (let ((?x1160 (* ?x530 ?x1495)))
 (let ((?x928 (+ ?x1160 ?x1937)))
 (let ((?x504 (- ?x928)))
 (let ((?x744 (+ ?x1707 ?x504)))
 (let ((?x1684 (/ ?x744 scale)))
 (let ((?x1890 (+ ?x1684 ?x1563)))
 (let ((?x877 (- ?x1890)))
 (let ((?x1525 (* |g2[0]| ?x523)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x352 (* (/ 1.0 2.0) ?x523)))
 (let ((?x499 (* 0.0 ?x352)))
 (let ((?x439 (+ ?x499 ?x127)))
 (let ((?x1040 (* |h2[1,0]| ?x439)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x1294 (+ ?x499 ?x131)))
 (let ((?x774 (* |h2[0,0]| ?x1294)))
 (let ((?x1790 (+ ?x774 ?x1040)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x331 (+ ?x499 ?x128)))
 (let ((?x1207 (+ ?x331 ?x1790)))
 (let ((?x1070 (+ ?x1207 ?x1525)))
 (let ((?x1206 (+ ?x1070 ?x877)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x301 (+ ?x100 ?x1206)))
 (let ((?x1176 (* ?x1912 ?x301)))
 (or (and (distinct ?x1176 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
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
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1739 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1741 (+ ?x1739 ?x1776)))
 (let ((?x1054 (* 2.0 ?x1741)))
 (let ((?x1551 (- ?x1054)))
 (let ((?x1720 (+ ?x109 ?x1551)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1712 (+ ?x102 ?x1720)))
 (let ((?x1624 (* ?x1912 ?x1712)))
 (let ((?x1379 (* |g2[0]| ?x1624)))
 (let ((?x1442 (+ ?x1379 ?x1910)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1974 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1285 (+ ?x1974 ?x1887)))
 (let ((?x1885 (* 2.0 ?x1285)))
 (let ((?x1873 (- ?x1885)))
 (let ((?x1792 (+ ?x211 ?x1873)))
 (let ((?x210 (- ?x103)))
 (let ((?x1278 (+ ?x210 ?x1792)))
 (let ((?x1433 (* ?x1912 ?x1278)))
 (let ((?x1404 (* |g2[1]| ?x1433)))
 (let ((?x1580 (* ?x1278 ?x1624)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1239 (* (/ 1.0 2.0) ?x189)))
 (let ((?x1778 (+ ?x1239 ?x1662)))
 (let ((?x1561 (* 2.0 ?x1778)))
 (let ((?x1845 (- ?x1561)))
 (let ((?x1209 (+ ?x189 ?x1845)))
 (let ((?x181 (- ?x180)))
 (let ((?x1603 (+ ?x181 ?x1209)))
 (let ((?x1316 (* ?x1912 ?x1603)))
 (let ((?x1560 (+ ?x1316 ?x1580)))
 (let ((?x1489 (* f2 ?x1560)))
 (let ((?x1383 (+ ?x1489 ?x1404)))
 (let ((?x1308 (+ ?x1383 ?x1442)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x1308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
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
 (let ((?x2237 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1415 (+ ?x1776 ?x2237)))
 (let ((?x1798 (* 2.0 ?x1415)))
 (let ((?x2009 (- ?x1798)))
 (let ((?x1905 (+ ?x109 ?x2009)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2247 (+ ?x102 ?x1905)))
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x287 (* ?x1912 ?x2247)))
 (let ((?x1281 (* |g2[0]| ?x287)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x2240 (+ ?x1910 ?x1281)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x892 (* 0.0 ?x211)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1128 (+ ?x1887 ?x892)))
 (let ((?x1633 (* 2.0 ?x1128)))
 (let ((?x1807 (- ?x1633)))
 (let ((?x2246 (+ ?x211 ?x1807)))
 (let ((?x210 (- ?x103)))
 (let ((?x1367 (+ ?x210 ?x2246)))
 (let ((?x2244 (* ?x1912 ?x1367)))
 (let ((?x1377 (* |g2[1]| ?x2244)))
 (let ((?x1557 (* ?x1367 ?x287)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x292 (* 0.0 ?x189)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1600 (+ ?x1662 ?x292)))
 (let ((?x802 (* 2.0 ?x1600)))
 (let ((?x1931 (- ?x802)))
 (let ((?x451 (+ ?x189 ?x1931)))
 (let ((?x181 (- ?x180)))
 (let ((?x1158 (+ ?x181 ?x451)))
 (let ((?x1594 (* ?x1912 ?x1158)))
 (let ((?x1976 (+ ?x1594 ?x1557)))
 (let ((?x2243 (* f2 ?x1976)))
 (let ((?x2196 (+ ?x2243 ?x1377)))
 (let ((?x2241 (+ ?x2196 ?x2240)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x2241) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (= 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
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
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1739 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1741 (+ ?x1739 ?x1776)))
 (let ((?x1054 (* 2.0 ?x1741)))
 (let ((?x1551 (- ?x1054)))
 (let ((?x1720 (+ ?x109 ?x1551)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1712 (+ ?x102 ?x1720)))
 (let ((?x1624 (* ?x1912 ?x1712)))
 (let ((?x1379 (* |g2[0]| ?x1624)))
 (let ((?x1442 (+ ?x1379 ?x1910)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1974 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1285 (+ ?x1974 ?x1887)))
 (let ((?x1885 (* 2.0 ?x1285)))
 (let ((?x1873 (- ?x1885)))
 (let ((?x1792 (+ ?x211 ?x1873)))
 (let ((?x210 (- ?x103)))
 (let ((?x1278 (+ ?x210 ?x1792)))
 (let ((?x1433 (* ?x1912 ?x1278)))
 (let ((?x1404 (* |g2[1]| ?x1433)))
 (let ((?x1580 (* ?x1278 ?x1624)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1239 (* (/ 1.0 2.0) ?x189)))
 (let ((?x1778 (+ ?x1239 ?x1662)))
 (let ((?x1561 (* 2.0 ?x1778)))
 (let ((?x1845 (- ?x1561)))
 (let ((?x1209 (+ ?x189 ?x1845)))
 (let ((?x181 (- ?x180)))
 (let ((?x1603 (+ ?x181 ?x1209)))
 (let ((?x1316 (* ?x1912 ?x1603)))
 (let ((?x1560 (+ ?x1316 ?x1580)))
 (let ((?x1489 (* f2 ?x1560)))
 (let ((?x1383 (+ ?x1489 ?x1404)))
 (let ((?x1308 (+ ?x1383 ?x1442)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x2099 (- ?x1172)))
 (let ((?x1333 (+ ?x109 ?x2099)))
 (let ((?x2828 (* ?x530 ?x1333)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x743 (* ?x160 ?x2828)))
 (let ((?x2047 (* 2.0 ?x1172)))
 (let ((?x1212 (- ?x2047)))
 (let ((?x354 (+ ?x109 ?x1212)))
 (let ((?x1558 (+ ?x102 ?x354)))
 (let ((?x1062 (* 1.0 ?x1558)))
 (let ((?x709 (* f2 ?x1062)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x2035 (+ ?x145 ?x709)))
 (let ((?x2764 (* 0.0 ?x1062)))
 (let ((?x2809 (+ ?x2764 ?x2035)))
 (let ((?x884 (- ?x2809)))
 (let ((?x2768 (* 2.0 ?x884)))
 (let ((?x2741 (* ?x530 ?x2768)))
 (let ((?x1881 (+ ?x2741 ?x743)))
 (let ((?x243 (- ?x1881)))
 (let ((?x2802 (+ ?x884 ?x243)))
 (let ((?x1947 (/ ?x2802 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1646 (+ ?x1563 ?x1947)))
 (let ((?x306 (- ?x1646)))
 (let ((?x285 (* |g2[0]| ?x1062)))
 (let ((?x1827 (* (/ 1.0 2.0) ?x1062)))
 (let ((?x2804 (* 0.0 ?x1827)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x250 (+ ?x127 ?x2804)))
 (let ((?x1331 (* |h2[1,0]| ?x250)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x731 (+ ?x131 ?x2804)))
 (let ((?x2219 (* |h2[0,0]| ?x731)))
 (let ((?x970 (+ ?x2219 ?x1331)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1439 (+ ?x128 ?x2804)))
 (let ((?x1581 (+ ?x1439 ?x970)))
 (let ((?x1832 (+ ?x1581 ?x285)))
 (let ((?x841 (+ ?x1832 ?x306)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x246 (+ ?x100 ?x841)))
 (let ((?x770 (* ?x1912 ?x246)))
 (or (and (distinct ?x770 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
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
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1739 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1741 (+ ?x1739 ?x1776)))
 (let ((?x1054 (* 2.0 ?x1741)))
 (let ((?x1551 (- ?x1054)))
 (let ((?x1720 (+ ?x109 ?x1551)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1712 (+ ?x102 ?x1720)))
 (let ((?x1624 (* ?x1912 ?x1712)))
 (let ((?x1379 (* |g2[0]| ?x1624)))
 (let ((?x1442 (+ ?x1379 ?x1910)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1974 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1285 (+ ?x1974 ?x1887)))
 (let ((?x1885 (* 2.0 ?x1285)))
 (let ((?x1873 (- ?x1885)))
 (let ((?x1792 (+ ?x211 ?x1873)))
 (let ((?x210 (- ?x103)))
 (let ((?x1278 (+ ?x210 ?x1792)))
 (let ((?x1433 (* ?x1912 ?x1278)))
 (let ((?x1404 (* |g2[1]| ?x1433)))
 (let ((?x1580 (* ?x1278 ?x1624)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1239 (* (/ 1.0 2.0) ?x189)))
 (let ((?x1778 (+ ?x1239 ?x1662)))
 (let ((?x1561 (* 2.0 ?x1778)))
 (let ((?x1845 (- ?x1561)))
 (let ((?x1209 (+ ?x189 ?x1845)))
 (let ((?x181 (- ?x180)))
 (let ((?x1603 (+ ?x181 ?x1209)))
 (let ((?x1316 (* ?x1912 ?x1603)))
 (let ((?x1560 (+ ?x1316 ?x1580)))
 (let ((?x1489 (* f2 ?x1560)))
 (let ((?x1383 (+ ?x1489 ?x1404)))
 (let ((?x1308 (+ ?x1383 ?x1442)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x1308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
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
 (let ((?x2237 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1415 (+ ?x1776 ?x2237)))
 (let ((?x1798 (* 2.0 ?x1415)))
 (let ((?x2009 (- ?x1798)))
 (let ((?x1905 (+ ?x109 ?x2009)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2247 (+ ?x102 ?x1905)))
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x287 (* ?x1912 ?x2247)))
 (let ((?x1281 (* |g2[0]| ?x287)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x2240 (+ ?x1910 ?x1281)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x892 (* 0.0 ?x211)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1128 (+ ?x1887 ?x892)))
 (let ((?x1633 (* 2.0 ?x1128)))
 (let ((?x1807 (- ?x1633)))
 (let ((?x2246 (+ ?x211 ?x1807)))
 (let ((?x210 (- ?x103)))
 (let ((?x1367 (+ ?x210 ?x2246)))
 (let ((?x2244 (* ?x1912 ?x1367)))
 (let ((?x1377 (* |g2[1]| ?x2244)))
 (let ((?x1557 (* ?x1367 ?x287)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x292 (* 0.0 ?x189)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1600 (+ ?x1662 ?x292)))
 (let ((?x802 (* 2.0 ?x1600)))
 (let ((?x1931 (- ?x802)))
 (let ((?x451 (+ ?x189 ?x1931)))
 (let ((?x181 (- ?x180)))
 (let ((?x1158 (+ ?x181 ?x451)))
 (let ((?x1594 (* ?x1912 ?x1158)))
 (let ((?x1976 (+ ?x1594 ?x1557)))
 (let ((?x2243 (* f2 ?x1976)))
 (let ((?x2196 (+ ?x2243 ?x1377)))
 (let ((?x2241 (+ ?x2196 ?x2240)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x2241) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (= 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
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
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1739 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1741 (+ ?x1739 ?x1776)))
 (let ((?x1054 (* 2.0 ?x1741)))
 (let ((?x1551 (- ?x1054)))
 (let ((?x1720 (+ ?x109 ?x1551)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1712 (+ ?x102 ?x1720)))
 (let ((?x1624 (* ?x1912 ?x1712)))
 (let ((?x1379 (* |g2[0]| ?x1624)))
 (let ((?x1442 (+ ?x1379 ?x1910)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1974 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1285 (+ ?x1974 ?x1887)))
 (let ((?x1885 (* 2.0 ?x1285)))
 (let ((?x1873 (- ?x1885)))
 (let ((?x1792 (+ ?x211 ?x1873)))
 (let ((?x210 (- ?x103)))
 (let ((?x1278 (+ ?x210 ?x1792)))
 (let ((?x1433 (* ?x1912 ?x1278)))
 (let ((?x1404 (* |g2[1]| ?x1433)))
 (let ((?x1580 (* ?x1278 ?x1624)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1239 (* (/ 1.0 2.0) ?x189)))
 (let ((?x1778 (+ ?x1239 ?x1662)))
 (let ((?x1561 (* 2.0 ?x1778)))
 (let ((?x1845 (- ?x1561)))
 (let ((?x1209 (+ ?x189 ?x1845)))
 (let ((?x181 (- ?x180)))
 (let ((?x1603 (+ ?x181 ?x1209)))
 (let ((?x1316 (* ?x1912 ?x1603)))
 (let ((?x1560 (+ ?x1316 ?x1580)))
 (let ((?x1489 (* f2 ?x1560)))
 (let ((?x1383 (+ ?x1489 ?x1404)))
 (let ((?x1308 (+ ?x1383 ?x1442)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x708 (* ?x110 ?x160)))
 (let ((?x1482 (- ?x708)))
 (let ((?x1698 (+ ?x159 ?x1482)))
 (let ((?x1030 (- ?x1698)))
 (let ((?x1595 (* ?x106 ?x1030)))
 (let ((?x349 (* ?x111 ?x160)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x817 (* ?x110 ?x550)))
 (let ((?x1179 (+ ?x817 ?x349)))
 (let ((?x903 (- ?x1179)))
 (let ((?x1711 (+ ?x801 ?x903)))
 (let ((?x574 (/ ?x1711 scale)))
 (let ((?x1000 (+ ?x574 ?x1595)))
 (let ((?x290 (- ?x1000)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x380 (+ ?x323 ?x290)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x2696 (+ ?x100 ?x380)))
 (let ((?x1149 (* ?x1912 ?x2696)))
 (or (and (distinct ?x1149 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
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
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1739 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1741 (+ ?x1739 ?x1776)))
 (let ((?x1054 (* 2.0 ?x1741)))
 (let ((?x1551 (- ?x1054)))
 (let ((?x1720 (+ ?x109 ?x1551)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1712 (+ ?x102 ?x1720)))
 (let ((?x1624 (* ?x1912 ?x1712)))
 (let ((?x1379 (* |g2[0]| ?x1624)))
 (let ((?x1442 (+ ?x1379 ?x1910)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1974 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1285 (+ ?x1974 ?x1887)))
 (let ((?x1885 (* 2.0 ?x1285)))
 (let ((?x1873 (- ?x1885)))
 (let ((?x1792 (+ ?x211 ?x1873)))
 (let ((?x210 (- ?x103)))
 (let ((?x1278 (+ ?x210 ?x1792)))
 (let ((?x1433 (* ?x1912 ?x1278)))
 (let ((?x1404 (* |g2[1]| ?x1433)))
 (let ((?x1580 (* ?x1278 ?x1624)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1239 (* (/ 1.0 2.0) ?x189)))
 (let ((?x1778 (+ ?x1239 ?x1662)))
 (let ((?x1561 (* 2.0 ?x1778)))
 (let ((?x1845 (- ?x1561)))
 (let ((?x1209 (+ ?x189 ?x1845)))
 (let ((?x181 (- ?x180)))
 (let ((?x1603 (+ ?x181 ?x1209)))
 (let ((?x1316 (* ?x1912 ?x1603)))
 (let ((?x1560 (+ ?x1316 ?x1580)))
 (let ((?x1489 (* f2 ?x1560)))
 (let ((?x1383 (+ ?x1489 ?x1404)))
 (let ((?x1308 (+ ?x1383 ?x1442)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x1308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
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
 (let ((?x2237 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1415 (+ ?x1776 ?x2237)))
 (let ((?x1798 (* 2.0 ?x1415)))
 (let ((?x2009 (- ?x1798)))
 (let ((?x1905 (+ ?x109 ?x2009)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2247 (+ ?x102 ?x1905)))
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x287 (* ?x1912 ?x2247)))
 (let ((?x1281 (* |g2[0]| ?x287)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x2240 (+ ?x1910 ?x1281)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x892 (* 0.0 ?x211)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1128 (+ ?x1887 ?x892)))
 (let ((?x1633 (* 2.0 ?x1128)))
 (let ((?x1807 (- ?x1633)))
 (let ((?x2246 (+ ?x211 ?x1807)))
 (let ((?x210 (- ?x103)))
 (let ((?x1367 (+ ?x210 ?x2246)))
 (let ((?x2244 (* ?x1912 ?x1367)))
 (let ((?x1377 (* |g2[1]| ?x2244)))
 (let ((?x1557 (* ?x1367 ?x287)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x292 (* 0.0 ?x189)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1600 (+ ?x1662 ?x292)))
 (let ((?x802 (* 2.0 ?x1600)))
 (let ((?x1931 (- ?x802)))
 (let ((?x451 (+ ?x189 ?x1931)))
 (let ((?x181 (- ?x180)))
 (let ((?x1158 (+ ?x181 ?x451)))
 (let ((?x1594 (* ?x1912 ?x1158)))
 (let ((?x1976 (+ ?x1594 ?x1557)))
 (let ((?x2243 (* f2 ?x1976)))
 (let ((?x2196 (+ ?x2243 ?x1377)))
 (let ((?x2241 (+ ?x2196 ?x2240)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x2241) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
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
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1739 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1741 (+ ?x1739 ?x1776)))
 (let ((?x1054 (* 2.0 ?x1741)))
 (let ((?x1551 (- ?x1054)))
 (let ((?x1720 (+ ?x109 ?x1551)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1712 (+ ?x102 ?x1720)))
 (let ((?x1624 (* ?x1912 ?x1712)))
 (let ((?x1379 (* |g2[0]| ?x1624)))
 (let ((?x1442 (+ ?x1379 ?x1910)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1974 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1285 (+ ?x1974 ?x1887)))
 (let ((?x1885 (* 2.0 ?x1285)))
 (let ((?x1873 (- ?x1885)))
 (let ((?x1792 (+ ?x211 ?x1873)))
 (let ((?x210 (- ?x103)))
 (let ((?x1278 (+ ?x210 ?x1792)))
 (let ((?x1433 (* ?x1912 ?x1278)))
 (let ((?x1404 (* |g2[1]| ?x1433)))
 (let ((?x1580 (* ?x1278 ?x1624)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1239 (* (/ 1.0 2.0) ?x189)))
 (let ((?x1778 (+ ?x1239 ?x1662)))
 (let ((?x1561 (* 2.0 ?x1778)))
 (let ((?x1845 (- ?x1561)))
 (let ((?x1209 (+ ?x189 ?x1845)))
 (let ((?x181 (- ?x180)))
 (let ((?x1603 (+ ?x181 ?x1209)))
 (let ((?x1316 (* ?x1912 ?x1603)))
 (let ((?x1560 (+ ?x1316 ?x1580)))
 (let ((?x1489 (* f2 ?x1560)))
 (let ((?x1383 (+ ?x1489 ?x1404)))
 (let ((?x1308 (+ ?x1383 ?x1442)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x1308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
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
 (let ((?x2237 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1415 (+ ?x1776 ?x2237)))
 (let ((?x1798 (* 2.0 ?x1415)))
 (let ((?x2009 (- ?x1798)))
 (let ((?x1905 (+ ?x109 ?x2009)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2247 (+ ?x102 ?x1905)))
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x287 (* ?x1912 ?x2247)))
 (let ((?x1281 (* |g2[0]| ?x287)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x2240 (+ ?x1910 ?x1281)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x892 (* 0.0 ?x211)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1128 (+ ?x1887 ?x892)))
 (let ((?x1633 (* 2.0 ?x1128)))
 (let ((?x1807 (- ?x1633)))
 (let ((?x2246 (+ ?x211 ?x1807)))
 (let ((?x210 (- ?x103)))
 (let ((?x1367 (+ ?x210 ?x2246)))
 (let ((?x2244 (* ?x1912 ?x1367)))
 (let ((?x1377 (* |g2[1]| ?x2244)))
 (let ((?x1557 (* ?x1367 ?x287)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x292 (* 0.0 ?x189)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1600 (+ ?x1662 ?x292)))
 (let ((?x802 (* 2.0 ?x1600)))
 (let ((?x1931 (- ?x802)))
 (let ((?x451 (+ ?x189 ?x1931)))
 (let ((?x181 (- ?x180)))
 (let ((?x1158 (+ ?x181 ?x451)))
 (let ((?x1594 (* ?x1912 ?x1158)))
 (let ((?x1976 (+ ?x1594 ?x1557)))
 (let ((?x2243 (* f2 ?x1976)))
 (let ((?x2196 (+ ?x2243 ?x1377)))
 (let ((?x2241 (+ ?x2196 ?x2240)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x2241) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x178 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x234 (* ?x233 ?x178)))
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
 (let ((?x193 (* ?x108 ?x52)))
 (let ((?x218 (/ ?x193 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x219 (+ ?x109 ?x218)))
 (let ((?x220 (* 2.0 ?x219)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x223 (+ ?x102 ?x222)))
 (let ((?x224 (* ?x178 ?x223)))
 (let ((?x231 (* |g2[0]| ?x224)))
 (let ((?x235 (+ ?x231 ?x234)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x199 (* ?x192 ?x52)))
 (let ((?x212 (/ ?x199 ?x44)))
 (let ((?x211 (- ?x192)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x214 (* 2.0 ?x213)))
 (let ((?x215 (- ?x214)))
 (let ((?x216 (+ ?x211 ?x215)))
 (let ((?x210 (- ?x103)))
 (let ((?x217 (+ ?x210 ?x216)))
 (let ((?x228 (* ?x178 ?x217)))
 (let ((?x229 (* |g2[1]| ?x228)))
 (let ((?x225 (* ?x217 ?x224)))
 (let ((?x200 (- ?x193)))
 (let ((?x201 (* ?x199 ?x200)))
 (let ((?x198 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x202 (* ?x198 ?x201)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x190 (* ?x188 ?x52)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x196 (/ ?x195 ?x44)))
 (let ((?x203 (+ ?x196 ?x202)))
 (let ((?x189 (- ?x188)))
 (let ((?x204 (+ ?x189 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x189 ?x206)))
 (let ((?x181 (- ?x180)))
 (let ((?x208 (+ ?x181 ?x207)))
 (let ((?x209 (* ?x178 ?x208)))
 (let ((?x226 (+ ?x209 ?x225)))
 (let ((?x227 (* f2 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x151 (/ 1.0 exp!3)))
 (let ((?x166 (* ?x151 ?x160)))
 (let ((?x167 (- ?x166)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (* ?x106 ?x169)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x115 (+ ?x111 ?x114)))
 (let ((?x153 (- ?x115)))
 (let ((?x154 (+ ?x109 ?x153)))
 (let ((?x155 (* ?x151 ?x154)))
 (let ((?x161 (* ?x155 ?x160)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x109 ?x117)))
 (let ((?x119 (+ ?x102 ?x118)))
 (let ((?x122 (* ?x119 1.0)))
 (let ((?x143 (* f2 ?x122)))
 (let ((?x146 (+ ?x143 ?x145)))
 (let ((?x141 (* 0.0 ?x122)))
 (let ((?x147 (+ ?x141 ?x146)))
 (let ((?x148 (- ?x147)))
 (let ((?x150 (* 2.0 ?x148)))
 (let ((?x152 (* ?x151 ?x150)))
 (let ((?x162 (+ ?x152 ?x161)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x148 ?x163)))
 (let ((?x165 (/ ?x164 scale)))
 (let ((?x171 (+ ?x165 ?x170)))
 (let ((?x172 (- ?x171)))
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
 (let ((?x173 (+ ?x140 ?x172)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x174 (+ ?x100 ?x173)))
 (let ((?x179 (* ?x178 ?x174)))
 (or (and (distinct ?x179 ?x236) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x178 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x234 (* ?x233 ?x178)))
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
 (let ((?x193 (* ?x108 ?x52)))
 (let ((?x218 (/ ?x193 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x219 (+ ?x109 ?x218)))
 (let ((?x220 (* 2.0 ?x219)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x223 (+ ?x102 ?x222)))
 (let ((?x224 (* ?x178 ?x223)))
 (let ((?x231 (* |g2[0]| ?x224)))
 (let ((?x235 (+ ?x231 ?x234)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x199 (* ?x192 ?x52)))
 (let ((?x212 (/ ?x199 ?x44)))
 (let ((?x211 (- ?x192)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x214 (* 2.0 ?x213)))
 (let ((?x215 (- ?x214)))
 (let ((?x216 (+ ?x211 ?x215)))
 (let ((?x210 (- ?x103)))
 (let ((?x217 (+ ?x210 ?x216)))
 (let ((?x228 (* ?x178 ?x217)))
 (let ((?x229 (* |g2[1]| ?x228)))
 (let ((?x225 (* ?x217 ?x224)))
 (let ((?x200 (- ?x193)))
 (let ((?x201 (* ?x199 ?x200)))
 (let ((?x198 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x202 (* ?x198 ?x201)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x190 (* ?x188 ?x52)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x196 (/ ?x195 ?x44)))
 (let ((?x203 (+ ?x196 ?x202)))
 (let ((?x189 (- ?x188)))
 (let ((?x204 (+ ?x189 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x189 ?x206)))
 (let ((?x181 (- ?x180)))
 (let ((?x208 (+ ?x181 ?x207)))
 (let ((?x209 (* ?x178 ?x208)))
 (let ((?x226 (+ ?x209 ?x225)))
 (let ((?x227 (* f2 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x151 (/ 1.0 exp!3)))
 (let ((?x239 (* ?x109 ?x151)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x237 (+ ?x114 ?x239)))
 (let ((?x668 (- ?x237)))
 (let ((?x669 (+ ?x109 ?x668)))
 (let ((?x670 (* ?x151 ?x669)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x671 (* ?x160 ?x670)))
 (let ((?x238 (* 2.0 ?x237)))
 (let ((?x735 (- ?x238)))
 (let ((?x662 (+ ?x109 ?x735)))
 (let ((?x676 (+ ?x102 ?x662)))
 (let ((?x677 (* 1.0 ?x676)))
 (let ((?x723 (* f2 ?x677)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x737 (+ ?x145 ?x723)))
 (let ((?x736 (* 0.0 ?x677)))
 (let ((?x725 (+ ?x736 ?x737)))
 (let ((?x733 (- ?x725)))
 (let ((?x738 (* 2.0 ?x733)))
 (let ((?x667 (* ?x151 ?x738)))
 (let ((?x792 (+ ?x667 ?x671)))
 (let ((?x506 (- ?x792)))
 (let ((?x507 (+ ?x733 ?x506)))
 (let ((?x510 (/ ?x507 scale)))
 (let ((?x166 (* ?x151 ?x160)))
 (let ((?x167 (- ?x166)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (* ?x106 ?x169)))
 (let ((?x511 (+ ?x170 ?x510)))
 (let ((?x512 (- ?x511)))
 (let ((?x691 (* |g2[0]| ?x677)))
 (let ((?x680 (* (/ 1.0 2.0) ?x677)))
 (let ((?x681 (* 0.0 ?x680)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x730 (+ ?x127 ?x681)))
 (let ((?x689 (* |h2[1,0]| ?x730)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x270 (+ ?x131 ?x681)))
 (let ((?x684 (* |h2[0,0]| ?x270)))
 (let ((?x687 (+ ?x684 ?x689)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x683 (+ ?x128 ?x681)))
 (let ((?x690 (+ ?x683 ?x687)))
 (let ((?x719 (+ ?x690 ?x691)))
 (let ((?x513 (+ ?x719 ?x512)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x514 (+ ?x100 ?x513)))
 (let ((?x517 (* ?x178 ?x514)))
 (or (and (distinct ?x517 ?x236) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x178 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x234 (* ?x233 ?x178)))
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
 (let ((?x193 (* ?x108 ?x52)))
 (let ((?x218 (/ ?x193 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x219 (+ ?x109 ?x218)))
 (let ((?x220 (* 2.0 ?x219)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x223 (+ ?x102 ?x222)))
 (let ((?x224 (* ?x178 ?x223)))
 (let ((?x231 (* |g2[0]| ?x224)))
 (let ((?x235 (+ ?x231 ?x234)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x199 (* ?x192 ?x52)))
 (let ((?x212 (/ ?x199 ?x44)))
 (let ((?x211 (- ?x192)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x214 (* 2.0 ?x213)))
 (let ((?x215 (- ?x214)))
 (let ((?x216 (+ ?x211 ?x215)))
 (let ((?x210 (- ?x103)))
 (let ((?x217 (+ ?x210 ?x216)))
 (let ((?x228 (* ?x178 ?x217)))
 (let ((?x229 (* |g2[1]| ?x228)))
 (let ((?x225 (* ?x217 ?x224)))
 (let ((?x200 (- ?x193)))
 (let ((?x201 (* ?x199 ?x200)))
 (let ((?x198 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x202 (* ?x198 ?x201)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x190 (* ?x188 ?x52)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x196 (/ ?x195 ?x44)))
 (let ((?x203 (+ ?x196 ?x202)))
 (let ((?x189 (- ?x188)))
 (let ((?x204 (+ ?x189 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x189 ?x206)))
 (let ((?x181 (- ?x180)))
 (let ((?x208 (+ ?x181 ?x207)))
 (let ((?x209 (* ?x178 ?x208)))
 (let ((?x226 (+ ?x209 ?x225)))
 (let ((?x227 (* f2 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x151 (/ 1.0 exp!3)))
 (let ((?x239 (* ?x109 ?x151)))
 (let ((?x1138 (- ?x239)))
 (let ((?x1443 (+ ?x109 ?x1138)))
 (let ((?x976 (* ?x151 ?x1443)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x1135 (* ?x160 ?x976)))
 (let ((?x1356 (* 2.0 ?x239)))
 (let ((?x518 (- ?x1356)))
 (let ((?x519 (+ ?x109 ?x518)))
 (let ((?x1823 (+ ?x102 ?x519)))
 (let ((?x1586 (* 1.0 ?x1823)))
 (let ((?x1218 (* f2 ?x1586)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1129 (+ ?x145 ?x1218)))
 (let ((?x1301 (* 0.0 ?x1586)))
 (let ((?x1762 (+ ?x1301 ?x1129)))
 (let ((?x307 (- ?x1762)))
 (let ((?x665 (* 2.0 ?x307)))
 (let ((?x1860 (* ?x151 ?x665)))
 (let ((?x1334 (+ ?x1860 ?x1135)))
 (let ((?x1829 (- ?x1334)))
 (let ((?x1276 (+ ?x307 ?x1829)))
 (let ((?x1295 (/ ?x1276 scale)))
 (let ((?x166 (* ?x151 ?x160)))
 (let ((?x167 (- ?x166)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (* ?x106 ?x169)))
 (let ((?x1863 (+ ?x170 ?x1295)))
 (let ((?x1117 (- ?x1863)))
 (let ((?x1312 (* |g2[0]| ?x1586)))
 (let ((?x274 (* (/ 1.0 2.0) ?x1586)))
 (let ((?x762 (* 0.0 ?x274)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1196 (+ ?x127 ?x762)))
 (let ((?x1660 (* |h2[1,0]| ?x1196)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x294 (+ ?x131 ?x762)))
 (let ((?x1345 (* |h2[0,0]| ?x294)))
 (let ((?x1497 (+ ?x1345 ?x1660)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1743 (+ ?x128 ?x762)))
 (let ((?x408 (+ ?x1743 ?x1497)))
 (let ((?x1153 (+ ?x408 ?x1312)))
 (let ((?x1358 (+ ?x1153 ?x1117)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x414 (+ ?x100 ?x1358)))
 (let ((?x836 (* ?x178 ?x414)))
 (or (and (distinct ?x836 ?x236) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x178 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x234 (* ?x233 ?x178)))
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
 (let ((?x193 (* ?x108 ?x52)))
 (let ((?x218 (/ ?x193 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x219 (+ ?x109 ?x218)))
 (let ((?x220 (* 2.0 ?x219)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x223 (+ ?x102 ?x222)))
 (let ((?x224 (* ?x178 ?x223)))
 (let ((?x231 (* |g2[0]| ?x224)))
 (let ((?x235 (+ ?x231 ?x234)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x199 (* ?x192 ?x52)))
 (let ((?x212 (/ ?x199 ?x44)))
 (let ((?x211 (- ?x192)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x214 (* 2.0 ?x213)))
 (let ((?x215 (- ?x214)))
 (let ((?x216 (+ ?x211 ?x215)))
 (let ((?x210 (- ?x103)))
 (let ((?x217 (+ ?x210 ?x216)))
 (let ((?x228 (* ?x178 ?x217)))
 (let ((?x229 (* |g2[1]| ?x228)))
 (let ((?x225 (* ?x217 ?x224)))
 (let ((?x200 (- ?x193)))
 (let ((?x201 (* ?x199 ?x200)))
 (let ((?x198 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x202 (* ?x198 ?x201)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x190 (* ?x188 ?x52)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x196 (/ ?x195 ?x44)))
 (let ((?x203 (+ ?x196 ?x202)))
 (let ((?x189 (- ?x188)))
 (let ((?x204 (+ ?x189 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x189 ?x206)))
 (let ((?x181 (- ?x180)))
 (let ((?x208 (+ ?x181 ?x207)))
 (let ((?x209 (* ?x178 ?x208)))
 (let ((?x226 (+ ?x209 ?x225)))
 (let ((?x227 (* f2 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x151 (/ 1.0 exp!3)))
 (let ((?x239 (* ?x109 ?x151)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x237 (+ ?x114 ?x239)))
 (let ((?x668 (- ?x237)))
 (let ((?x669 (+ ?x109 ?x668)))
 (let ((?x670 (* ?x151 ?x669)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x671 (* ?x160 ?x670)))
 (let ((?x238 (* 2.0 ?x237)))
 (let ((?x735 (- ?x238)))
 (let ((?x662 (+ ?x109 ?x735)))
 (let ((?x676 (+ ?x102 ?x662)))
 (let ((?x677 (* 1.0 ?x676)))
 (let ((?x723 (* f2 ?x677)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x737 (+ ?x145 ?x723)))
 (let ((?x736 (* 0.0 ?x677)))
 (let ((?x725 (+ ?x736 ?x737)))
 (let ((?x733 (- ?x725)))
 (let ((?x738 (* 2.0 ?x733)))
 (let ((?x667 (* ?x151 ?x738)))
 (let ((?x792 (+ ?x667 ?x671)))
 (let ((?x506 (- ?x792)))
 (let ((?x507 (+ ?x733 ?x506)))
 (let ((?x510 (/ ?x507 scale)))
 (let ((?x166 (* ?x151 ?x160)))
 (let ((?x167 (- ?x166)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (* ?x106 ?x169)))
 (let ((?x511 (+ ?x170 ?x510)))
 (let ((?x512 (- ?x511)))
 (let ((?x691 (* |g2[0]| ?x677)))
 (let ((?x680 (* (/ 1.0 2.0) ?x677)))
 (let ((?x681 (* 0.0 ?x680)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x730 (+ ?x127 ?x681)))
 (let ((?x689 (* |h2[1,0]| ?x730)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x270 (+ ?x131 ?x681)))
 (let ((?x684 (* |h2[0,0]| ?x270)))
 (let ((?x687 (+ ?x684 ?x689)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x683 (+ ?x128 ?x681)))
 (let ((?x690 (+ ?x683 ?x687)))
 (let ((?x719 (+ ?x690 ?x691)))
 (let ((?x513 (+ ?x719 ?x512)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x514 (+ ?x100 ?x513)))
 (let ((?x517 (* ?x178 ?x514)))
 (or (and (distinct ?x517 ?x236) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x178 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x234 (* ?x233 ?x178)))
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
 (let ((?x193 (* ?x108 ?x52)))
 (let ((?x218 (/ ?x193 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x219 (+ ?x109 ?x218)))
 (let ((?x220 (* 2.0 ?x219)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x223 (+ ?x102 ?x222)))
 (let ((?x224 (* ?x178 ?x223)))
 (let ((?x231 (* |g2[0]| ?x224)))
 (let ((?x235 (+ ?x231 ?x234)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x199 (* ?x192 ?x52)))
 (let ((?x212 (/ ?x199 ?x44)))
 (let ((?x211 (- ?x192)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x214 (* 2.0 ?x213)))
 (let ((?x215 (- ?x214)))
 (let ((?x216 (+ ?x211 ?x215)))
 (let ((?x210 (- ?x103)))
 (let ((?x217 (+ ?x210 ?x216)))
 (let ((?x228 (* ?x178 ?x217)))
 (let ((?x229 (* |g2[1]| ?x228)))
 (let ((?x225 (* ?x217 ?x224)))
 (let ((?x200 (- ?x193)))
 (let ((?x201 (* ?x199 ?x200)))
 (let ((?x198 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x202 (* ?x198 ?x201)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x190 (* ?x188 ?x52)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x196 (/ ?x195 ?x44)))
 (let ((?x203 (+ ?x196 ?x202)))
 (let ((?x189 (- ?x188)))
 (let ((?x204 (+ ?x189 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x189 ?x206)))
 (let ((?x181 (- ?x180)))
 (let ((?x208 (+ ?x181 ?x207)))
 (let ((?x209 (* ?x178 ?x208)))
 (let ((?x226 (+ ?x209 ?x225)))
 (let ((?x227 (* f2 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x708 (* ?x110 ?x160)))
 (let ((?x1482 (- ?x708)))
 (let ((?x1698 (+ ?x159 ?x1482)))
 (let ((?x1030 (- ?x1698)))
 (let ((?x1595 (* ?x106 ?x1030)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x349 (* ?x111 ?x160)))
 (let ((?x151 (/ 1.0 exp!3)))
 (let ((?x239 (* ?x109 ?x151)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x237 (+ ?x114 ?x239)))
 (let ((?x238 (* 2.0 ?x237)))
 (let ((?x735 (- ?x238)))
 (let ((?x662 (+ ?x109 ?x735)))
 (let ((?x676 (+ ?x102 ?x662)))
 (let ((?x677 (* 1.0 ?x676)))
 (let ((?x723 (* f2 ?x677)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x737 (+ ?x145 ?x723)))
 (let ((?x736 (* 0.0 ?x677)))
 (let ((?x725 (+ ?x736 ?x737)))
 (let ((?x733 (- ?x725)))
 (let ((?x738 (* 2.0 ?x733)))
 (let ((?x601 (* ?x110 ?x738)))
 (let ((?x565 (+ ?x601 ?x349)))
 (let ((?x1922 (- ?x565)))
 (let ((?x1362 (+ ?x733 ?x1922)))
 (let ((?x415 (/ ?x1362 scale)))
 (let ((?x1441 (+ ?x415 ?x1595)))
 (let ((?x1723 (- ?x1441)))
 (let ((?x691 (* |g2[0]| ?x677)))
 (let ((?x680 (* (/ 1.0 2.0) ?x677)))
 (let ((?x681 (* 0.0 ?x680)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x730 (+ ?x127 ?x681)))
 (let ((?x689 (* |h2[1,0]| ?x730)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x270 (+ ?x131 ?x681)))
 (let ((?x684 (* |h2[0,0]| ?x270)))
 (let ((?x687 (+ ?x684 ?x689)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x683 (+ ?x128 ?x681)))
 (let ((?x690 (+ ?x683 ?x687)))
 (let ((?x719 (+ ?x690 ?x691)))
 (let ((?x1397 (+ ?x719 ?x1723)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1287 (+ ?x100 ?x1397)))
 (let ((?x1924 (* ?x178 ?x1287)))
 (or (and (distinct ?x1924 ?x236) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x178 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x234 (* ?x233 ?x178)))
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
 (let ((?x193 (* ?x108 ?x52)))
 (let ((?x218 (/ ?x193 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x219 (+ ?x109 ?x218)))
 (let ((?x220 (* 2.0 ?x219)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x223 (+ ?x102 ?x222)))
 (let ((?x224 (* ?x178 ?x223)))
 (let ((?x231 (* |g2[0]| ?x224)))
 (let ((?x235 (+ ?x231 ?x234)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x199 (* ?x192 ?x52)))
 (let ((?x212 (/ ?x199 ?x44)))
 (let ((?x211 (- ?x192)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x214 (* 2.0 ?x213)))
 (let ((?x215 (- ?x214)))
 (let ((?x216 (+ ?x211 ?x215)))
 (let ((?x210 (- ?x103)))
 (let ((?x217 (+ ?x210 ?x216)))
 (let ((?x228 (* ?x178 ?x217)))
 (let ((?x229 (* |g2[1]| ?x228)))
 (let ((?x225 (* ?x217 ?x224)))
 (let ((?x200 (- ?x193)))
 (let ((?x201 (* ?x199 ?x200)))
 (let ((?x198 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x202 (* ?x198 ?x201)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x190 (* ?x188 ?x52)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x196 (/ ?x195 ?x44)))
 (let ((?x203 (+ ?x196 ?x202)))
 (let ((?x189 (- ?x188)))
 (let ((?x204 (+ ?x189 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x189 ?x206)))
 (let ((?x181 (- ?x180)))
 (let ((?x208 (+ ?x181 ?x207)))
 (let ((?x209 (* ?x178 ?x208)))
 (let ((?x226 (+ ?x209 ?x225)))
 (let ((?x227 (* f2 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x151 (/ 1.0 exp!3)))
 (let ((?x239 (* ?x109 ?x151)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x237 (+ ?x114 ?x239)))
 (let ((?x668 (- ?x237)))
 (let ((?x669 (+ ?x109 ?x668)))
 (let ((?x670 (* ?x151 ?x669)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x671 (* ?x160 ?x670)))
 (let ((?x238 (* 2.0 ?x237)))
 (let ((?x735 (- ?x238)))
 (let ((?x662 (+ ?x109 ?x735)))
 (let ((?x676 (+ ?x102 ?x662)))
 (let ((?x677 (* 1.0 ?x676)))
 (let ((?x723 (* f2 ?x677)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x737 (+ ?x145 ?x723)))
 (let ((?x736 (* 0.0 ?x677)))
 (let ((?x725 (+ ?x736 ?x737)))
 (let ((?x733 (- ?x725)))
 (let ((?x738 (* 2.0 ?x733)))
 (let ((?x667 (* ?x151 ?x738)))
 (let ((?x792 (+ ?x667 ?x671)))
 (let ((?x506 (- ?x792)))
 (let ((?x507 (+ ?x733 ?x506)))
 (let ((?x510 (/ ?x507 scale)))
 (let ((?x166 (* ?x151 ?x160)))
 (let ((?x167 (- ?x166)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (* ?x106 ?x169)))
 (let ((?x511 (+ ?x170 ?x510)))
 (let ((?x512 (- ?x511)))
 (let ((?x691 (* |g2[0]| ?x677)))
 (let ((?x680 (* (/ 1.0 2.0) ?x677)))
 (let ((?x681 (* 0.0 ?x680)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x730 (+ ?x127 ?x681)))
 (let ((?x689 (* |h2[1,0]| ?x730)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x270 (+ ?x131 ?x681)))
 (let ((?x684 (* |h2[0,0]| ?x270)))
 (let ((?x687 (+ ?x684 ?x689)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x683 (+ ?x128 ?x681)))
 (let ((?x690 (+ ?x683 ?x687)))
 (let ((?x719 (+ ?x690 ?x691)))
 (let ((?x513 (+ ?x719 ?x512)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x514 (+ ?x100 ?x513)))
 (let ((?x517 (* ?x178 ?x514)))
 (or (and (distinct ?x517 ?x236) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x178 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x234 (* ?x233 ?x178)))
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
 (let ((?x193 (* ?x108 ?x52)))
 (let ((?x218 (/ ?x193 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x219 (+ ?x109 ?x218)))
 (let ((?x220 (* 2.0 ?x219)))
 (let ((?x221 (- ?x220)))
 (let ((?x222 (+ ?x109 ?x221)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x223 (+ ?x102 ?x222)))
 (let ((?x224 (* ?x178 ?x223)))
 (let ((?x231 (* |g2[0]| ?x224)))
 (let ((?x235 (+ ?x231 ?x234)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x199 (* ?x192 ?x52)))
 (let ((?x212 (/ ?x199 ?x44)))
 (let ((?x211 (- ?x192)))
 (let ((?x213 (+ ?x211 ?x212)))
 (let ((?x214 (* 2.0 ?x213)))
 (let ((?x215 (- ?x214)))
 (let ((?x216 (+ ?x211 ?x215)))
 (let ((?x210 (- ?x103)))
 (let ((?x217 (+ ?x210 ?x216)))
 (let ((?x228 (* ?x178 ?x217)))
 (let ((?x229 (* |g2[1]| ?x228)))
 (let ((?x225 (* ?x217 ?x224)))
 (let ((?x200 (- ?x193)))
 (let ((?x201 (* ?x199 ?x200)))
 (let ((?x198 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x202 (* ?x198 ?x201)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x190 (* ?x188 ?x52)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x196 (/ ?x195 ?x44)))
 (let ((?x203 (+ ?x196 ?x202)))
 (let ((?x189 (- ?x188)))
 (let ((?x204 (+ ?x189 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x189 ?x206)))
 (let ((?x181 (- ?x180)))
 (let ((?x208 (+ ?x181 ?x207)))
 (let ((?x209 (* ?x178 ?x208)))
 (let ((?x226 (+ ?x209 ?x225)))
 (let ((?x227 (* f2 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x151 (/ 1.0 exp!3)))
 (let ((?x239 (* ?x109 ?x151)))
 (let ((?x113 (/ ?x52 exp!3)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x237 (+ ?x114 ?x239)))
 (let ((?x668 (- ?x237)))
 (let ((?x669 (+ ?x109 ?x668)))
 (let ((?x670 (* ?x151 ?x669)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x671 (* ?x160 ?x670)))
 (let ((?x238 (* 2.0 ?x237)))
 (let ((?x735 (- ?x238)))
 (let ((?x662 (+ ?x109 ?x735)))
 (let ((?x676 (+ ?x102 ?x662)))
 (let ((?x677 (* 1.0 ?x676)))
 (let ((?x723 (* f2 ?x677)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x737 (+ ?x145 ?x723)))
 (let ((?x736 (* 0.0 ?x677)))
 (let ((?x725 (+ ?x736 ?x737)))
 (let ((?x733 (- ?x725)))
 (let ((?x738 (* 2.0 ?x733)))
 (let ((?x667 (* ?x151 ?x738)))
 (let ((?x792 (+ ?x667 ?x671)))
 (let ((?x506 (- ?x792)))
 (let ((?x507 (+ ?x733 ?x506)))
 (let ((?x510 (/ ?x507 scale)))
 (let ((?x166 (* ?x151 ?x160)))
 (let ((?x167 (- ?x166)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (* ?x106 ?x169)))
 (let ((?x511 (+ ?x170 ?x510)))
 (let ((?x512 (- ?x511)))
 (let ((?x691 (* |g2[0]| ?x677)))
 (let ((?x680 (* (/ 1.0 2.0) ?x677)))
 (let ((?x681 (* 0.0 ?x680)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x730 (+ ?x127 ?x681)))
 (let ((?x689 (* |h2[1,0]| ?x730)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x270 (+ ?x131 ?x681)))
 (let ((?x684 (* |h2[0,0]| ?x270)))
 (let ((?x687 (+ ?x684 ?x689)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x683 (+ ?x128 ?x681)))
 (let ((?x690 (+ ?x683 ?x687)))
 (let ((?x719 (+ ?x690 ?x691)))
 (let ((?x513 (+ ?x719 ?x512)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x514 (+ ?x100 ?x513)))
 (let ((?x517 (* ?x178 ?x514)))
 (or (and (distinct ?x517 ?x236) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (= 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
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
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1739 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1741 (+ ?x1739 ?x1776)))
 (let ((?x1054 (* 2.0 ?x1741)))
 (let ((?x1551 (- ?x1054)))
 (let ((?x1720 (+ ?x109 ?x1551)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1712 (+ ?x102 ?x1720)))
 (let ((?x1624 (* ?x1912 ?x1712)))
 (let ((?x1379 (* |g2[0]| ?x1624)))
 (let ((?x1442 (+ ?x1379 ?x1910)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1974 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1285 (+ ?x1974 ?x1887)))
 (let ((?x1885 (* 2.0 ?x1285)))
 (let ((?x1873 (- ?x1885)))
 (let ((?x1792 (+ ?x211 ?x1873)))
 (let ((?x210 (- ?x103)))
 (let ((?x1278 (+ ?x210 ?x1792)))
 (let ((?x1433 (* ?x1912 ?x1278)))
 (let ((?x1404 (* |g2[1]| ?x1433)))
 (let ((?x1580 (* ?x1278 ?x1624)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1239 (* (/ 1.0 2.0) ?x189)))
 (let ((?x1778 (+ ?x1239 ?x1662)))
 (let ((?x1561 (* 2.0 ?x1778)))
 (let ((?x1845 (- ?x1561)))
 (let ((?x1209 (+ ?x189 ?x1845)))
 (let ((?x181 (- ?x180)))
 (let ((?x1603 (+ ?x181 ?x1209)))
 (let ((?x1316 (* ?x1912 ?x1603)))
 (let ((?x1560 (+ ?x1316 ?x1580)))
 (let ((?x1489 (* f2 ?x1560)))
 (let ((?x1383 (+ ?x1489 ?x1404)))
 (let ((?x1308 (+ ?x1383 ?x1442)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1534 (+ ?x111 ?x1080)))
 (let ((?x1553 (- ?x1534)))
 (let ((?x1748 (+ ?x109 ?x1553)))
 (let ((?x1761 (* ?x530 ?x1748)))
 (let ((?x1937 (* ?x1761 ?x160)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1018 (* 2.0 ?x1534)))
 (let ((?x1898 (- ?x1018)))
 (let ((?x1448 (+ ?x109 ?x1898)))
 (let ((?x1032 (+ ?x102 ?x1448)))
 (let ((?x523 (* ?x1032 1.0)))
 (let ((?x1068 (* f2 ?x523)))
 (let ((?x828 (+ ?x1068 ?x145)))
 (let ((?x1680 (* 0.0 ?x523)))
 (let ((?x1979 (+ ?x1680 ?x828)))
 (let ((?x1707 (- ?x1979)))
 (let ((?x1495 (* 2.0 ?x1707)))
 (let ((?x1160 (* ?x530 ?x1495)))
 (let ((?x928 (+ ?x1160 ?x1937)))
 (let ((?x504 (- ?x928)))
 (let ((?x744 (+ ?x1707 ?x504)))
 (let ((?x1684 (/ ?x744 scale)))
 (let ((?x1890 (+ ?x1684 ?x1563)))
 (let ((?x877 (- ?x1890)))
 (let ((?x1525 (* |g2[0]| ?x523)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x352 (* (/ 1.0 2.0) ?x523)))
 (let ((?x499 (* 0.0 ?x352)))
 (let ((?x439 (+ ?x499 ?x127)))
 (let ((?x1040 (* |h2[1,0]| ?x439)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x1294 (+ ?x499 ?x131)))
 (let ((?x774 (* |h2[0,0]| ?x1294)))
 (let ((?x1790 (+ ?x774 ?x1040)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x331 (+ ?x499 ?x128)))
 (let ((?x1207 (+ ?x331 ?x1790)))
 (let ((?x1070 (+ ?x1207 ?x1525)))
 (let ((?x1206 (+ ?x1070 ?x877)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x301 (+ ?x100 ?x1206)))
 (let ((?x1176 (* ?x1912 ?x301)))
 (or (and (distinct ?x1176 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
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
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1739 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1741 (+ ?x1739 ?x1776)))
 (let ((?x1054 (* 2.0 ?x1741)))
 (let ((?x1551 (- ?x1054)))
 (let ((?x1720 (+ ?x109 ?x1551)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1712 (+ ?x102 ?x1720)))
 (let ((?x1624 (* ?x1912 ?x1712)))
 (let ((?x1379 (* |g2[0]| ?x1624)))
 (let ((?x1442 (+ ?x1379 ?x1910)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1974 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1285 (+ ?x1974 ?x1887)))
 (let ((?x1885 (* 2.0 ?x1285)))
 (let ((?x1873 (- ?x1885)))
 (let ((?x1792 (+ ?x211 ?x1873)))
 (let ((?x210 (- ?x103)))
 (let ((?x1278 (+ ?x210 ?x1792)))
 (let ((?x1433 (* ?x1912 ?x1278)))
 (let ((?x1404 (* |g2[1]| ?x1433)))
 (let ((?x1580 (* ?x1278 ?x1624)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1239 (* (/ 1.0 2.0) ?x189)))
 (let ((?x1778 (+ ?x1239 ?x1662)))
 (let ((?x1561 (* 2.0 ?x1778)))
 (let ((?x1845 (- ?x1561)))
 (let ((?x1209 (+ ?x189 ?x1845)))
 (let ((?x181 (- ?x180)))
 (let ((?x1603 (+ ?x181 ?x1209)))
 (let ((?x1316 (* ?x1912 ?x1603)))
 (let ((?x1560 (+ ?x1316 ?x1580)))
 (let ((?x1489 (* f2 ?x1560)))
 (let ((?x1383 (+ ?x1489 ?x1404)))
 (let ((?x1308 (+ ?x1383 ?x1442)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x1308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
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
 (let ((?x2237 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1415 (+ ?x1776 ?x2237)))
 (let ((?x1798 (* 2.0 ?x1415)))
 (let ((?x2009 (- ?x1798)))
 (let ((?x1905 (+ ?x109 ?x2009)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2247 (+ ?x102 ?x1905)))
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x287 (* ?x1912 ?x2247)))
 (let ((?x1281 (* |g2[0]| ?x287)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x2240 (+ ?x1910 ?x1281)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x892 (* 0.0 ?x211)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1128 (+ ?x1887 ?x892)))
 (let ((?x1633 (* 2.0 ?x1128)))
 (let ((?x1807 (- ?x1633)))
 (let ((?x2246 (+ ?x211 ?x1807)))
 (let ((?x210 (- ?x103)))
 (let ((?x1367 (+ ?x210 ?x2246)))
 (let ((?x2244 (* ?x1912 ?x1367)))
 (let ((?x1377 (* |g2[1]| ?x2244)))
 (let ((?x1557 (* ?x1367 ?x287)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x292 (* 0.0 ?x189)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1600 (+ ?x1662 ?x292)))
 (let ((?x802 (* 2.0 ?x1600)))
 (let ((?x1931 (- ?x802)))
 (let ((?x451 (+ ?x189 ?x1931)))
 (let ((?x181 (- ?x180)))
 (let ((?x1158 (+ ?x181 ?x451)))
 (let ((?x1594 (* ?x1912 ?x1158)))
 (let ((?x1976 (+ ?x1594 ?x1557)))
 (let ((?x2243 (* f2 ?x1976)))
 (let ((?x2196 (+ ?x2243 ?x1377)))
 (let ((?x2241 (+ ?x2196 ?x2240)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x2241) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (= 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
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
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1739 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1741 (+ ?x1739 ?x1776)))
 (let ((?x1054 (* 2.0 ?x1741)))
 (let ((?x1551 (- ?x1054)))
 (let ((?x1720 (+ ?x109 ?x1551)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1712 (+ ?x102 ?x1720)))
 (let ((?x1624 (* ?x1912 ?x1712)))
 (let ((?x1379 (* |g2[0]| ?x1624)))
 (let ((?x1442 (+ ?x1379 ?x1910)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1974 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1285 (+ ?x1974 ?x1887)))
 (let ((?x1885 (* 2.0 ?x1285)))
 (let ((?x1873 (- ?x1885)))
 (let ((?x1792 (+ ?x211 ?x1873)))
 (let ((?x210 (- ?x103)))
 (let ((?x1278 (+ ?x210 ?x1792)))
 (let ((?x1433 (* ?x1912 ?x1278)))
 (let ((?x1404 (* |g2[1]| ?x1433)))
 (let ((?x1580 (* ?x1278 ?x1624)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1239 (* (/ 1.0 2.0) ?x189)))
 (let ((?x1778 (+ ?x1239 ?x1662)))
 (let ((?x1561 (* 2.0 ?x1778)))
 (let ((?x1845 (- ?x1561)))
 (let ((?x1209 (+ ?x189 ?x1845)))
 (let ((?x181 (- ?x180)))
 (let ((?x1603 (+ ?x181 ?x1209)))
 (let ((?x1316 (* ?x1912 ?x1603)))
 (let ((?x1560 (+ ?x1316 ?x1580)))
 (let ((?x1489 (* f2 ?x1560)))
 (let ((?x1383 (+ ?x1489 ?x1404)))
 (let ((?x1308 (+ ?x1383 ?x1442)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x2099 (- ?x1172)))
 (let ((?x1333 (+ ?x109 ?x2099)))
 (let ((?x2828 (* ?x530 ?x1333)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x743 (* ?x160 ?x2828)))
 (let ((?x2047 (* 2.0 ?x1172)))
 (let ((?x1212 (- ?x2047)))
 (let ((?x354 (+ ?x109 ?x1212)))
 (let ((?x1558 (+ ?x102 ?x354)))
 (let ((?x1062 (* 1.0 ?x1558)))
 (let ((?x709 (* f2 ?x1062)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x2035 (+ ?x145 ?x709)))
 (let ((?x2764 (* 0.0 ?x1062)))
 (let ((?x2809 (+ ?x2764 ?x2035)))
 (let ((?x884 (- ?x2809)))
 (let ((?x2768 (* 2.0 ?x884)))
 (let ((?x2741 (* ?x530 ?x2768)))
 (let ((?x1881 (+ ?x2741 ?x743)))
 (let ((?x243 (- ?x1881)))
 (let ((?x2802 (+ ?x884 ?x243)))
 (let ((?x1947 (/ ?x2802 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1646 (+ ?x1563 ?x1947)))
 (let ((?x306 (- ?x1646)))
 (let ((?x285 (* |g2[0]| ?x1062)))
 (let ((?x1827 (* (/ 1.0 2.0) ?x1062)))
 (let ((?x2804 (* 0.0 ?x1827)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x250 (+ ?x127 ?x2804)))
 (let ((?x1331 (* |h2[1,0]| ?x250)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x731 (+ ?x131 ?x2804)))
 (let ((?x2219 (* |h2[0,0]| ?x731)))
 (let ((?x970 (+ ?x2219 ?x1331)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1439 (+ ?x128 ?x2804)))
 (let ((?x1581 (+ ?x1439 ?x970)))
 (let ((?x1832 (+ ?x1581 ?x285)))
 (let ((?x841 (+ ?x1832 ?x306)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x246 (+ ?x100 ?x841)))
 (let ((?x770 (* ?x1912 ?x246)))
 (or (and (distinct ?x770 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
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
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1739 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1741 (+ ?x1739 ?x1776)))
 (let ((?x1054 (* 2.0 ?x1741)))
 (let ((?x1551 (- ?x1054)))
 (let ((?x1720 (+ ?x109 ?x1551)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1712 (+ ?x102 ?x1720)))
 (let ((?x1624 (* ?x1912 ?x1712)))
 (let ((?x1379 (* |g2[0]| ?x1624)))
 (let ((?x1442 (+ ?x1379 ?x1910)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1974 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1285 (+ ?x1974 ?x1887)))
 (let ((?x1885 (* 2.0 ?x1285)))
 (let ((?x1873 (- ?x1885)))
 (let ((?x1792 (+ ?x211 ?x1873)))
 (let ((?x210 (- ?x103)))
 (let ((?x1278 (+ ?x210 ?x1792)))
 (let ((?x1433 (* ?x1912 ?x1278)))
 (let ((?x1404 (* |g2[1]| ?x1433)))
 (let ((?x1580 (* ?x1278 ?x1624)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1239 (* (/ 1.0 2.0) ?x189)))
 (let ((?x1778 (+ ?x1239 ?x1662)))
 (let ((?x1561 (* 2.0 ?x1778)))
 (let ((?x1845 (- ?x1561)))
 (let ((?x1209 (+ ?x189 ?x1845)))
 (let ((?x181 (- ?x180)))
 (let ((?x1603 (+ ?x181 ?x1209)))
 (let ((?x1316 (* ?x1912 ?x1603)))
 (let ((?x1560 (+ ?x1316 ?x1580)))
 (let ((?x1489 (* f2 ?x1560)))
 (let ((?x1383 (+ ?x1489 ?x1404)))
 (let ((?x1308 (+ ?x1383 ?x1442)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x1308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
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
 (let ((?x2237 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1415 (+ ?x1776 ?x2237)))
 (let ((?x1798 (* 2.0 ?x1415)))
 (let ((?x2009 (- ?x1798)))
 (let ((?x1905 (+ ?x109 ?x2009)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2247 (+ ?x102 ?x1905)))
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x287 (* ?x1912 ?x2247)))
 (let ((?x1281 (* |g2[0]| ?x287)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x2240 (+ ?x1910 ?x1281)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x892 (* 0.0 ?x211)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1128 (+ ?x1887 ?x892)))
 (let ((?x1633 (* 2.0 ?x1128)))
 (let ((?x1807 (- ?x1633)))
 (let ((?x2246 (+ ?x211 ?x1807)))
 (let ((?x210 (- ?x103)))
 (let ((?x1367 (+ ?x210 ?x2246)))
 (let ((?x2244 (* ?x1912 ?x1367)))
 (let ((?x1377 (* |g2[1]| ?x2244)))
 (let ((?x1557 (* ?x1367 ?x287)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x292 (* 0.0 ?x189)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1600 (+ ?x1662 ?x292)))
 (let ((?x802 (* 2.0 ?x1600)))
 (let ((?x1931 (- ?x802)))
 (let ((?x451 (+ ?x189 ?x1931)))
 (let ((?x181 (- ?x180)))
 (let ((?x1158 (+ ?x181 ?x451)))
 (let ((?x1594 (* ?x1912 ?x1158)))
 (let ((?x1976 (+ ?x1594 ?x1557)))
 (let ((?x2243 (* f2 ?x1976)))
 (let ((?x2196 (+ ?x2243 ?x1377)))
 (let ((?x2241 (+ ?x2196 ?x2240)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x2241) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (= 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
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
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1739 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1741 (+ ?x1739 ?x1776)))
 (let ((?x1054 (* 2.0 ?x1741)))
 (let ((?x1551 (- ?x1054)))
 (let ((?x1720 (+ ?x109 ?x1551)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1712 (+ ?x102 ?x1720)))
 (let ((?x1624 (* ?x1912 ?x1712)))
 (let ((?x1379 (* |g2[0]| ?x1624)))
 (let ((?x1442 (+ ?x1379 ?x1910)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1974 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1285 (+ ?x1974 ?x1887)))
 (let ((?x1885 (* 2.0 ?x1285)))
 (let ((?x1873 (- ?x1885)))
 (let ((?x1792 (+ ?x211 ?x1873)))
 (let ((?x210 (- ?x103)))
 (let ((?x1278 (+ ?x210 ?x1792)))
 (let ((?x1433 (* ?x1912 ?x1278)))
 (let ((?x1404 (* |g2[1]| ?x1433)))
 (let ((?x1580 (* ?x1278 ?x1624)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1239 (* (/ 1.0 2.0) ?x189)))
 (let ((?x1778 (+ ?x1239 ?x1662)))
 (let ((?x1561 (* 2.0 ?x1778)))
 (let ((?x1845 (- ?x1561)))
 (let ((?x1209 (+ ?x189 ?x1845)))
 (let ((?x181 (- ?x180)))
 (let ((?x1603 (+ ?x181 ?x1209)))
 (let ((?x1316 (* ?x1912 ?x1603)))
 (let ((?x1560 (+ ?x1316 ?x1580)))
 (let ((?x1489 (* f2 ?x1560)))
 (let ((?x1383 (+ ?x1489 ?x1404)))
 (let ((?x1308 (+ ?x1383 ?x1442)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x708 (* ?x110 ?x160)))
 (let ((?x1482 (- ?x708)))
 (let ((?x1698 (+ ?x159 ?x1482)))
 (let ((?x1030 (- ?x1698)))
 (let ((?x1595 (* ?x106 ?x1030)))
 (let ((?x349 (* ?x111 ?x160)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x817 (* ?x110 ?x550)))
 (let ((?x1179 (+ ?x817 ?x349)))
 (let ((?x903 (- ?x1179)))
 (let ((?x1711 (+ ?x801 ?x903)))
 (let ((?x574 (/ ?x1711 scale)))
 (let ((?x1000 (+ ?x574 ?x1595)))
 (let ((?x290 (- ?x1000)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x380 (+ ?x323 ?x290)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x2696 (+ ?x100 ?x380)))
 (let ((?x1149 (* ?x1912 ?x2696)))
 (or (and (distinct ?x1149 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
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
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1739 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1741 (+ ?x1739 ?x1776)))
 (let ((?x1054 (* 2.0 ?x1741)))
 (let ((?x1551 (- ?x1054)))
 (let ((?x1720 (+ ?x109 ?x1551)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1712 (+ ?x102 ?x1720)))
 (let ((?x1624 (* ?x1912 ?x1712)))
 (let ((?x1379 (* |g2[0]| ?x1624)))
 (let ((?x1442 (+ ?x1379 ?x1910)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1974 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1285 (+ ?x1974 ?x1887)))
 (let ((?x1885 (* 2.0 ?x1285)))
 (let ((?x1873 (- ?x1885)))
 (let ((?x1792 (+ ?x211 ?x1873)))
 (let ((?x210 (- ?x103)))
 (let ((?x1278 (+ ?x210 ?x1792)))
 (let ((?x1433 (* ?x1912 ?x1278)))
 (let ((?x1404 (* |g2[1]| ?x1433)))
 (let ((?x1580 (* ?x1278 ?x1624)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1239 (* (/ 1.0 2.0) ?x189)))
 (let ((?x1778 (+ ?x1239 ?x1662)))
 (let ((?x1561 (* 2.0 ?x1778)))
 (let ((?x1845 (- ?x1561)))
 (let ((?x1209 (+ ?x189 ?x1845)))
 (let ((?x181 (- ?x180)))
 (let ((?x1603 (+ ?x181 ?x1209)))
 (let ((?x1316 (* ?x1912 ?x1603)))
 (let ((?x1560 (+ ?x1316 ?x1580)))
 (let ((?x1489 (* f2 ?x1560)))
 (let ((?x1383 (+ ?x1489 ?x1404)))
 (let ((?x1308 (+ ?x1383 ?x1442)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x1308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
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
 (let ((?x2237 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1415 (+ ?x1776 ?x2237)))
 (let ((?x1798 (* 2.0 ?x1415)))
 (let ((?x2009 (- ?x1798)))
 (let ((?x1905 (+ ?x109 ?x2009)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2247 (+ ?x102 ?x1905)))
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x287 (* ?x1912 ?x2247)))
 (let ((?x1281 (* |g2[0]| ?x287)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x2240 (+ ?x1910 ?x1281)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x892 (* 0.0 ?x211)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1128 (+ ?x1887 ?x892)))
 (let ((?x1633 (* 2.0 ?x1128)))
 (let ((?x1807 (- ?x1633)))
 (let ((?x2246 (+ ?x211 ?x1807)))
 (let ((?x210 (- ?x103)))
 (let ((?x1367 (+ ?x210 ?x2246)))
 (let ((?x2244 (* ?x1912 ?x1367)))
 (let ((?x1377 (* |g2[1]| ?x2244)))
 (let ((?x1557 (* ?x1367 ?x287)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x292 (* 0.0 ?x189)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1600 (+ ?x1662 ?x292)))
 (let ((?x802 (* 2.0 ?x1600)))
 (let ((?x1931 (- ?x802)))
 (let ((?x451 (+ ?x189 ?x1931)))
 (let ((?x181 (- ?x180)))
 (let ((?x1158 (+ ?x181 ?x451)))
 (let ((?x1594 (* ?x1912 ?x1158)))
 (let ((?x1976 (+ ?x1594 ?x1557)))
 (let ((?x2243 (* f2 ?x1976)))
 (let ((?x2196 (+ ?x2243 ?x1377)))
 (let ((?x2241 (+ ?x2196 ?x2240)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x2241) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
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
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1739 (* (/ 1.0 2.0) ?x109)))
 (let ((?x1741 (+ ?x1739 ?x1776)))
 (let ((?x1054 (* 2.0 ?x1741)))
 (let ((?x1551 (- ?x1054)))
 (let ((?x1720 (+ ?x109 ?x1551)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1712 (+ ?x102 ?x1720)))
 (let ((?x1624 (* ?x1912 ?x1712)))
 (let ((?x1379 (* |g2[0]| ?x1624)))
 (let ((?x1442 (+ ?x1379 ?x1910)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1974 (* (/ 1.0 2.0) ?x211)))
 (let ((?x1285 (+ ?x1974 ?x1887)))
 (let ((?x1885 (* 2.0 ?x1285)))
 (let ((?x1873 (- ?x1885)))
 (let ((?x1792 (+ ?x211 ?x1873)))
 (let ((?x210 (- ?x103)))
 (let ((?x1278 (+ ?x210 ?x1792)))
 (let ((?x1433 (* ?x1912 ?x1278)))
 (let ((?x1404 (* |g2[1]| ?x1433)))
 (let ((?x1580 (* ?x1278 ?x1624)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1239 (* (/ 1.0 2.0) ?x189)))
 (let ((?x1778 (+ ?x1239 ?x1662)))
 (let ((?x1561 (* 2.0 ?x1778)))
 (let ((?x1845 (- ?x1561)))
 (let ((?x1209 (+ ?x189 ?x1845)))
 (let ((?x181 (- ?x180)))
 (let ((?x1603 (+ ?x181 ?x1209)))
 (let ((?x1316 (* ?x1912 ?x1603)))
 (let ((?x1560 (+ ?x1316 ?x1580)))
 (let ((?x1489 (* f2 ?x1560)))
 (let ((?x1383 (+ ?x1489 ?x1404)))
 (let ((?x1308 (+ ?x1383 ?x1442)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x1308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (< 0.0 ?x1337))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
(assert
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let (($x536 (= 0.0 ?x1337)))
 (not $x536)))))
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
 (let ((?x2237 (* 0.0 ?x109)))
 (let ((?x110 (/ 1.0 exp!1)))
 (let ((?x1337 (+ 1.0 ?x110)))
 (let ((?x111 (* ?x109 ?x110)))
 (let ((?x1776 (/ ?x111 ?x1337)))
 (let ((?x1415 (+ ?x1776 ?x2237)))
 (let ((?x1798 (* 2.0 ?x1415)))
 (let ((?x2009 (- ?x1798)))
 (let ((?x1905 (+ ?x109 ?x2009)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x2247 (+ ?x102 ?x1905)))
 (let ((?x1912 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x287 (* ?x1912 ?x2247)))
 (let ((?x1281 (* |g2[0]| ?x287)))
 (let ((?x232 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x1910 (* ?x233 ?x1912)))
 (let ((?x2240 (+ ?x1910 ?x1281)))
 (let ((?x180 (* 0.0 ?x106)))
 (let ((?x191 (/ (- 1.0) scale)))
 (let ((?x192 (+ ?x191 ?x180)))
 (let ((?x211 (- ?x192)))
 (let ((?x892 (* 0.0 ?x211)))
 (let ((?x1760 (* ?x211 ?x110)))
 (let ((?x1887 (/ ?x1760 ?x1337)))
 (let ((?x1128 (+ ?x1887 ?x892)))
 (let ((?x1633 (* 2.0 ?x1128)))
 (let ((?x1807 (- ?x1633)))
 (let ((?x2246 (+ ?x211 ?x1807)))
 (let ((?x210 (- ?x103)))
 (let ((?x1367 (+ ?x210 ?x2246)))
 (let ((?x2244 (* ?x1912 ?x1367)))
 (let ((?x1377 (* |g2[1]| ?x2244)))
 (let ((?x1557 (* ?x1367 ?x287)))
 (let ((?x183 (/ 1.0 (* ?x105 scale))))
 (let ((?x185 (* ?x183 (- 2.0))))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (+ ?x180 ?x186)))
 (let ((?x188 (+ ?x106 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x292 (* 0.0 ?x189)))
 (let ((?x1250 (- ?x111)))
 (let ((?x1410 (* ?x1760 ?x1250)))
 (let ((?x1856 (/ 1.0 (* ?x1337 ?x1337))))
 (let ((?x1492 (* ?x1856 ?x1410)))
 (let ((?x1549 (* ?x211 ?x111)))
 (let ((?x1664 (* ?x189 ?x110)))
 (let ((?x905 (+ ?x1664 ?x1549)))
 (let ((?x1637 (/ ?x905 ?x1337)))
 (let ((?x1662 (+ ?x1637 ?x1492)))
 (let ((?x1600 (+ ?x1662 ?x292)))
 (let ((?x802 (* 2.0 ?x1600)))
 (let ((?x1931 (- ?x802)))
 (let ((?x451 (+ ?x189 ?x1931)))
 (let ((?x181 (- ?x180)))
 (let ((?x1158 (+ ?x181 ?x451)))
 (let ((?x1594 (* ?x1912 ?x1158)))
 (let ((?x1976 (+ ?x1594 ?x1557)))
 (let ((?x2243 (* f2 ?x1976)))
 (let ((?x2196 (+ ?x2243 ?x1377)))
 (let ((?x2241 (+ ?x2196 ?x2240)))
 (let ((?x530 (/ (/ ?x110 exp!5) exp!4)))
 (let ((?x1172 (* ?x109 ?x530)))
 (let ((?x1884 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x1080 (* 0.0 ?x1884)))
 (let ((?x1253 (+ ?x1080 ?x1172)))
 (let ((?x968 (- ?x1253)))
 (let ((?x1766 (+ ?x109 ?x968)))
 (let ((?x548 (* ?x530 ?x1766)))
 (let ((?x157 (* f2 1.0)))
 (let ((?x156 (* 0.0 1.0)))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (* 2.0 ?x159)))
 (let ((?x498 (* ?x160 ?x548)))
 (let ((?x1200 (* 2.0 ?x1253)))
 (let ((?x1794 (- ?x1200)))
 (let ((?x1108 (+ ?x109 ?x1794)))
 (let ((?x984 (+ ?x102 ?x1108)))
 (let ((?x326 (* 1.0 ?x984)))
 (let ((?x509 (* f2 ?x326)))
 (let ((?x145 (* |g2[1]| 1.0)))
 (let ((?x1087 (+ ?x145 ?x509)))
 (let ((?x869 (* 0.0 ?x326)))
 (let ((?x1541 (+ ?x869 ?x1087)))
 (let ((?x801 (- ?x1541)))
 (let ((?x550 (* 2.0 ?x801)))
 (let ((?x918 (* ?x530 ?x550)))
 (let ((?x1006 (+ ?x918 ?x498)))
 (let ((?x252 (- ?x1006)))
 (let ((?x362 (+ ?x801 ?x252)))
 (let ((?x393 (/ ?x362 scale)))
 (let ((?x1992 (* ?x530 ?x160)))
 (let ((?x1663 (- ?x1992)))
 (let ((?x1280 (+ ?x159 ?x1663)))
 (let ((?x540 (- ?x1280)))
 (let ((?x1563 (* ?x106 ?x540)))
 (let ((?x1655 (+ ?x1563 ?x393)))
 (let ((?x912 (- ?x1655)))
 (let ((?x1548 (* |g2[0]| ?x326)))
 (let ((?x867 (* (/ 1.0 2.0) ?x326)))
 (let ((?x593 (* 0.0 ?x867)))
 (let ((?x126 (+ (- 1.0) 1.0)))
 (let ((?x127 (* (/ 1.0 2.0) ?x126)))
 (let ((?x1699 (+ ?x127 ?x593)))
 (let ((?x794 (* |h2[1,0]| ?x1699)))
 (let ((?x131 (* 0.0 ?x127)))
 (let ((?x398 (+ ?x131 ?x593)))
 (let ((?x858 (* |h2[0,0]| ?x398)))
 (let ((?x542 (+ ?x858 ?x794)))
 (let ((?x128 (* |h2[0,1]| ?x127)))
 (let ((?x1228 (+ ?x128 ?x593)))
 (let ((?x389 (+ ?x1228 ?x542)))
 (let ((?x323 (+ ?x389 ?x1548)))
 (let ((?x1261 (+ ?x323 ?x912)))
 (let ((?x99 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x97 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x1966 (+ ?x100 ?x1261)))
 (let ((?x277 (* ?x1912 ?x1966)))
 (or (and (distinct ?x277 ?x2241) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
