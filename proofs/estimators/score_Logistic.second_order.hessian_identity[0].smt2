; certjax: rule estimators.score_Logistic, obligation 'second_order.hessian_identity[0]', verdict proved
; 36 negated queries, one per branch region; expected: unsat
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x173 (* exp!3 exp!3)))
 (let ((?x174 (/ (* (/ 1.0 exp!2) exp!1) ?x173)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x217 (* ?x216 ?x174)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x187 (* ?x106 ?x52)))
 (let ((?x203 (/ ?x187 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x204 (+ ?x107 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x208 (+ ?x100 ?x207)))
 (let ((?x209 (* ?x174 ?x208)))
 (let ((?x213 (* |g2[0]| ?x209)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x210 (* ?x208 ?x209)))
 (let ((?x194 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x191 (- ?x187)))
 (let ((?x192 (* ?x187 ?x191)))
 (let ((?x195 (* ?x192 ?x194)))
 (let ((?x188 (* ?x106 ?x187)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x186 (* ?x184 ?x52)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (/ ?x189 ?x44)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x185 (- ?x184)))
 (let ((?x197 (+ ?x185 ?x196)))
 (let ((?x198 (* 2.0 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x185 ?x199)))
 (let ((?x176 (- ?x105)))
 (let ((?x201 (+ ?x176 ?x200)))
 (let ((?x202 (* ?x174 ?x201)))
 (let ((?x211 (+ ?x202 ?x210)))
 (let ((?x212 (* f2 ?x211)))
 (let ((?x214 (+ ?x212 ?x213)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x147 (/ 1.0 exp!3)))
 (let ((?x162 (* ?x147 ?x156)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x155 ?x163)))
 (let ((?x165 (* 0.0 ?x164)))
 (let ((?x166 (* ?x104 ?x165)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x149 (- ?x113)))
 (let ((?x150 (+ ?x107 ?x149)))
 (let ((?x151 (* ?x147 ?x150)))
 (let ((?x157 (* ?x151 ?x156)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x114 (* 2.0 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x116 (+ ?x107 ?x115)))
 (let ((?x117 (+ ?x100 ?x116)))
 (let ((?x120 (* ?x117 1.0)))
 (let ((?x140 (* f2 ?x120)))
 (let ((?x142 (+ ?x140 ?x141)))
 (let ((?x138 (* 0.0 ?x120)))
 (let ((?x143 (+ ?x138 ?x142)))
 (let ((?x144 (- ?x143)))
 (let ((?x146 (* 2.0 ?x144)))
 (let ((?x148 (* ?x147 ?x146)))
 (let ((?x158 (+ ?x148 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (+ ?x144 ?x159)))
 (let ((?x161 (/ ?x160 scale)))
 (let ((?x167 (+ ?x161 ?x166)))
 (let ((?x168 (- ?x167)))
 (let ((?x136 (* |g2[0]| ?x120)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x121 (* (/ 1.0 2.0) ?x120)))
 (let ((?x122 (* 0.0 ?x121)))
 (let ((?x131 (+ ?x122 ?x130)))
 (let ((?x132 (* |h2[1,0]| ?x131)))
 (let ((?x127 (+ ?x122 ?x124)))
 (let ((?x128 (* |h2[0,0]| ?x127)))
 (let ((?x133 (+ ?x128 ?x132)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x126 (+ ?x122 ?x125)))
 (let ((?x134 (+ ?x126 ?x133)))
 (let ((?x137 (+ ?x134 ?x136)))
 (let ((?x169 (+ ?x137 ?x168)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x170 (+ ?x98 ?x169)))
 (let ((?x175 (* ?x174 ?x170)))
 (or (and (distinct ?x175 ?x219) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x173 (* exp!3 exp!3)))
 (let ((?x174 (/ (* (/ 1.0 exp!2) exp!1) ?x173)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x217 (* ?x216 ?x174)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x187 (* ?x106 ?x52)))
 (let ((?x203 (/ ?x187 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x204 (+ ?x107 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x208 (+ ?x100 ?x207)))
 (let ((?x209 (* ?x174 ?x208)))
 (let ((?x213 (* |g2[0]| ?x209)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x210 (* ?x208 ?x209)))
 (let ((?x194 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x191 (- ?x187)))
 (let ((?x192 (* ?x187 ?x191)))
 (let ((?x195 (* ?x192 ?x194)))
 (let ((?x188 (* ?x106 ?x187)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x186 (* ?x184 ?x52)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (/ ?x189 ?x44)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x185 (- ?x184)))
 (let ((?x197 (+ ?x185 ?x196)))
 (let ((?x198 (* 2.0 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x185 ?x199)))
 (let ((?x176 (- ?x105)))
 (let ((?x201 (+ ?x176 ?x200)))
 (let ((?x202 (* ?x174 ?x201)))
 (let ((?x211 (+ ?x202 ?x210)))
 (let ((?x212 (* f2 ?x211)))
 (let ((?x214 (+ ?x212 ?x213)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x147 (/ 1.0 exp!3)))
 (let ((?x222 (* ?x107 ?x147)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x220 (+ ?x112 ?x222)))
 (let ((?x322 (- ?x220)))
 (let ((?x309 (+ ?x107 ?x322)))
 (let ((?x313 (* ?x147 ?x309)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x317 (* ?x156 ?x313)))
 (let ((?x221 (* 2.0 ?x220)))
 (let ((?x439 (- ?x221)))
 (let ((?x253 (+ ?x107 ?x439)))
 (let ((?x440 (+ ?x100 ?x253)))
 (let ((?x450 (* 1.0 ?x440)))
 (let ((?x659 (* f2 ?x450)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x357 (+ ?x141 ?x659)))
 (let ((?x658 (* 0.0 ?x450)))
 (let ((?x269 (+ ?x658 ?x357)))
 (let ((?x438 (- ?x269)))
 (let ((?x478 (* 2.0 ?x438)))
 (let ((?x479 (* ?x147 ?x478)))
 (let ((?x327 (+ ?x479 ?x317)))
 (let ((?x328 (- ?x327)))
 (let ((?x265 (+ ?x438 ?x328)))
 (let ((?x266 (/ ?x265 scale)))
 (let ((?x162 (* ?x147 ?x156)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x155 ?x163)))
 (let ((?x165 (* 0.0 ?x164)))
 (let ((?x166 (* ?x104 ?x165)))
 (let ((?x422 (+ ?x166 ?x266)))
 (let ((?x423 (- ?x422)))
 (let ((?x660 (* |g2[0]| ?x450)))
 (let ((?x448 (* (/ 1.0 2.0) ?x450)))
 (let ((?x451 (* 0.0 ?x448)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x455 (+ ?x130 ?x451)))
 (let ((?x371 (* |h2[1,0]| ?x455)))
 (let ((?x453 (+ ?x124 ?x451)))
 (let ((?x454 (* |h2[0,0]| ?x453)))
 (let ((?x649 (+ ?x454 ?x371)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x452 (+ ?x125 ?x451)))
 (let ((?x650 (+ ?x452 ?x649)))
 (let ((?x661 (+ ?x650 ?x660)))
 (let ((?x426 (+ ?x661 ?x423)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x575 (+ ?x98 ?x426)))
 (let ((?x576 (* ?x174 ?x575)))
 (or (and (distinct ?x576 ?x219) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x173 (* exp!3 exp!3)))
 (let ((?x174 (/ (* (/ 1.0 exp!2) exp!1) ?x173)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x217 (* ?x216 ?x174)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x187 (* ?x106 ?x52)))
 (let ((?x203 (/ ?x187 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x204 (+ ?x107 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x208 (+ ?x100 ?x207)))
 (let ((?x209 (* ?x174 ?x208)))
 (let ((?x213 (* |g2[0]| ?x209)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x210 (* ?x208 ?x209)))
 (let ((?x194 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x191 (- ?x187)))
 (let ((?x192 (* ?x187 ?x191)))
 (let ((?x195 (* ?x192 ?x194)))
 (let ((?x188 (* ?x106 ?x187)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x186 (* ?x184 ?x52)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (/ ?x189 ?x44)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x185 (- ?x184)))
 (let ((?x197 (+ ?x185 ?x196)))
 (let ((?x198 (* 2.0 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x185 ?x199)))
 (let ((?x176 (- ?x105)))
 (let ((?x201 (+ ?x176 ?x200)))
 (let ((?x202 (* ?x174 ?x201)))
 (let ((?x211 (+ ?x202 ?x210)))
 (let ((?x212 (* f2 ?x211)))
 (let ((?x214 (+ ?x212 ?x213)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x147 (/ 1.0 exp!3)))
 (let ((?x222 (* ?x107 ?x147)))
 (let ((?x606 (- ?x222)))
 (let ((?x298 (+ ?x107 ?x606)))
 (let ((?x773 (* ?x147 ?x298)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x1048 (* ?x156 ?x773)))
 (let ((?x1032 (* 2.0 ?x222)))
 (let ((?x577 (- ?x1032)))
 (let ((?x500 (+ ?x107 ?x577)))
 (let ((?x1027 (+ ?x100 ?x500)))
 (let ((?x1129 (* 1.0 ?x1027)))
 (let ((?x400 (* f2 ?x1129)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x368 (+ ?x141 ?x400)))
 (let ((?x764 (* 0.0 ?x1129)))
 (let ((?x501 (+ ?x764 ?x368)))
 (let ((?x1021 (- ?x501)))
 (let ((?x1091 (* 2.0 ?x1021)))
 (let ((?x1022 (* ?x147 ?x1091)))
 (let ((?x1029 (+ ?x1022 ?x1048)))
 (let ((?x811 (- ?x1029)))
 (let ((?x1037 (+ ?x1021 ?x811)))
 (let ((?x807 (/ ?x1037 scale)))
 (let ((?x162 (* ?x147 ?x156)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x155 ?x163)))
 (let ((?x165 (* 0.0 ?x164)))
 (let ((?x166 (* ?x104 ?x165)))
 (let ((?x233 (+ ?x166 ?x807)))
 (let ((?x794 (- ?x233)))
 (let ((?x809 (* |g2[0]| ?x1129)))
 (let ((?x791 (* (/ 1.0 2.0) ?x1129)))
 (let ((?x1034 (* 0.0 ?x791)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1051 (+ ?x130 ?x1034)))
 (let ((?x806 (* |h2[1,0]| ?x1051)))
 (let ((?x716 (+ ?x124 ?x1034)))
 (let ((?x1128 (* |h2[0,0]| ?x716)))
 (let ((?x1144 (+ ?x1128 ?x806)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x810 (+ ?x125 ?x1034)))
 (let ((?x1044 (+ ?x810 ?x1144)))
 (let ((?x813 (+ ?x1044 ?x809)))
 (let ((?x1025 (+ ?x813 ?x794)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1038 (+ ?x98 ?x1025)))
 (let ((?x258 (* ?x174 ?x1038)))
 (or (and (distinct ?x258 ?x219) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x173 (* exp!3 exp!3)))
 (let ((?x174 (/ (* (/ 1.0 exp!2) exp!1) ?x173)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x217 (* ?x216 ?x174)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x187 (* ?x106 ?x52)))
 (let ((?x203 (/ ?x187 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x204 (+ ?x107 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x208 (+ ?x100 ?x207)))
 (let ((?x209 (* ?x174 ?x208)))
 (let ((?x213 (* |g2[0]| ?x209)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x210 (* ?x208 ?x209)))
 (let ((?x194 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x191 (- ?x187)))
 (let ((?x192 (* ?x187 ?x191)))
 (let ((?x195 (* ?x192 ?x194)))
 (let ((?x188 (* ?x106 ?x187)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x186 (* ?x184 ?x52)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (/ ?x189 ?x44)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x185 (- ?x184)))
 (let ((?x197 (+ ?x185 ?x196)))
 (let ((?x198 (* 2.0 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x185 ?x199)))
 (let ((?x176 (- ?x105)))
 (let ((?x201 (+ ?x176 ?x200)))
 (let ((?x202 (* ?x174 ?x201)))
 (let ((?x211 (+ ?x202 ?x210)))
 (let ((?x212 (* f2 ?x211)))
 (let ((?x214 (+ ?x212 ?x213)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x147 (/ 1.0 exp!3)))
 (let ((?x222 (* ?x107 ?x147)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x220 (+ ?x112 ?x222)))
 (let ((?x322 (- ?x220)))
 (let ((?x309 (+ ?x107 ?x322)))
 (let ((?x313 (* ?x147 ?x309)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x317 (* ?x156 ?x313)))
 (let ((?x221 (* 2.0 ?x220)))
 (let ((?x439 (- ?x221)))
 (let ((?x253 (+ ?x107 ?x439)))
 (let ((?x440 (+ ?x100 ?x253)))
 (let ((?x450 (* 1.0 ?x440)))
 (let ((?x659 (* f2 ?x450)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x357 (+ ?x141 ?x659)))
 (let ((?x658 (* 0.0 ?x450)))
 (let ((?x269 (+ ?x658 ?x357)))
 (let ((?x438 (- ?x269)))
 (let ((?x478 (* 2.0 ?x438)))
 (let ((?x479 (* ?x147 ?x478)))
 (let ((?x327 (+ ?x479 ?x317)))
 (let ((?x328 (- ?x327)))
 (let ((?x265 (+ ?x438 ?x328)))
 (let ((?x266 (/ ?x265 scale)))
 (let ((?x162 (* ?x147 ?x156)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x155 ?x163)))
 (let ((?x165 (* 0.0 ?x164)))
 (let ((?x166 (* ?x104 ?x165)))
 (let ((?x422 (+ ?x166 ?x266)))
 (let ((?x423 (- ?x422)))
 (let ((?x660 (* |g2[0]| ?x450)))
 (let ((?x448 (* (/ 1.0 2.0) ?x450)))
 (let ((?x451 (* 0.0 ?x448)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x455 (+ ?x130 ?x451)))
 (let ((?x371 (* |h2[1,0]| ?x455)))
 (let ((?x453 (+ ?x124 ?x451)))
 (let ((?x454 (* |h2[0,0]| ?x453)))
 (let ((?x649 (+ ?x454 ?x371)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x452 (+ ?x125 ?x451)))
 (let ((?x650 (+ ?x452 ?x649)))
 (let ((?x661 (+ ?x650 ?x660)))
 (let ((?x426 (+ ?x661 ?x423)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x575 (+ ?x98 ?x426)))
 (let ((?x576 (* ?x174 ?x575)))
 (or (and (distinct ?x576 ?x219) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x173 (* exp!3 exp!3)))
 (let ((?x174 (/ (* (/ 1.0 exp!2) exp!1) ?x173)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x217 (* ?x216 ?x174)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x187 (* ?x106 ?x52)))
 (let ((?x203 (/ ?x187 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x204 (+ ?x107 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x208 (+ ?x100 ?x207)))
 (let ((?x209 (* ?x174 ?x208)))
 (let ((?x213 (* |g2[0]| ?x209)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x210 (* ?x208 ?x209)))
 (let ((?x194 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x191 (- ?x187)))
 (let ((?x192 (* ?x187 ?x191)))
 (let ((?x195 (* ?x192 ?x194)))
 (let ((?x188 (* ?x106 ?x187)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x186 (* ?x184 ?x52)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (/ ?x189 ?x44)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x185 (- ?x184)))
 (let ((?x197 (+ ?x185 ?x196)))
 (let ((?x198 (* 2.0 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x185 ?x199)))
 (let ((?x176 (- ?x105)))
 (let ((?x201 (+ ?x176 ?x200)))
 (let ((?x202 (* ?x174 ?x201)))
 (let ((?x211 (+ ?x202 ?x210)))
 (let ((?x212 (* f2 ?x211)))
 (let ((?x214 (+ ?x212 ?x213)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x752 (* ?x108 ?x156)))
 (let ((?x974 (- ?x752)))
 (let ((?x925 (+ ?x155 ?x974)))
 (let ((?x1054 (* 0.0 ?x925)))
 (let ((?x1127 (* ?x104 ?x1054)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x814 (* ?x109 ?x156)))
 (let ((?x147 (/ 1.0 exp!3)))
 (let ((?x222 (* ?x107 ?x147)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x220 (+ ?x112 ?x222)))
 (let ((?x221 (* 2.0 ?x220)))
 (let ((?x439 (- ?x221)))
 (let ((?x253 (+ ?x107 ?x439)))
 (let ((?x440 (+ ?x100 ?x253)))
 (let ((?x450 (* 1.0 ?x440)))
 (let ((?x659 (* f2 ?x450)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x357 (+ ?x141 ?x659)))
 (let ((?x658 (* 0.0 ?x450)))
 (let ((?x269 (+ ?x658 ?x357)))
 (let ((?x438 (- ?x269)))
 (let ((?x478 (* 2.0 ?x438)))
 (let ((?x804 (* ?x108 ?x478)))
 (let ((?x1040 (+ ?x804 ?x814)))
 (let ((?x1062 (- ?x1040)))
 (let ((?x961 (+ ?x438 ?x1062)))
 (let ((?x1106 (/ ?x961 scale)))
 (let ((?x1138 (+ ?x1106 ?x1127)))
 (let ((?x848 (- ?x1138)))
 (let ((?x660 (* |g2[0]| ?x450)))
 (let ((?x448 (* (/ 1.0 2.0) ?x450)))
 (let ((?x451 (* 0.0 ?x448)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x455 (+ ?x130 ?x451)))
 (let ((?x371 (* |h2[1,0]| ?x455)))
 (let ((?x453 (+ ?x124 ?x451)))
 (let ((?x454 (* |h2[0,0]| ?x453)))
 (let ((?x649 (+ ?x454 ?x371)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x452 (+ ?x125 ?x451)))
 (let ((?x650 (+ ?x452 ?x649)))
 (let ((?x661 (+ ?x650 ?x660)))
 (let ((?x833 (+ ?x661 ?x848)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x934 (+ ?x98 ?x833)))
 (let ((?x924 (* ?x174 ?x934)))
 (or (and (distinct ?x924 ?x219) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x173 (* exp!3 exp!3)))
 (let ((?x174 (/ (* (/ 1.0 exp!2) exp!1) ?x173)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x217 (* ?x216 ?x174)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x187 (* ?x106 ?x52)))
 (let ((?x203 (/ ?x187 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x204 (+ ?x107 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x208 (+ ?x100 ?x207)))
 (let ((?x209 (* ?x174 ?x208)))
 (let ((?x213 (* |g2[0]| ?x209)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x210 (* ?x208 ?x209)))
 (let ((?x194 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x191 (- ?x187)))
 (let ((?x192 (* ?x187 ?x191)))
 (let ((?x195 (* ?x192 ?x194)))
 (let ((?x188 (* ?x106 ?x187)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x186 (* ?x184 ?x52)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (/ ?x189 ?x44)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x185 (- ?x184)))
 (let ((?x197 (+ ?x185 ?x196)))
 (let ((?x198 (* 2.0 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x185 ?x199)))
 (let ((?x176 (- ?x105)))
 (let ((?x201 (+ ?x176 ?x200)))
 (let ((?x202 (* ?x174 ?x201)))
 (let ((?x211 (+ ?x202 ?x210)))
 (let ((?x212 (* f2 ?x211)))
 (let ((?x214 (+ ?x212 ?x213)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x147 (/ 1.0 exp!3)))
 (let ((?x222 (* ?x107 ?x147)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x220 (+ ?x112 ?x222)))
 (let ((?x322 (- ?x220)))
 (let ((?x309 (+ ?x107 ?x322)))
 (let ((?x313 (* ?x147 ?x309)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x317 (* ?x156 ?x313)))
 (let ((?x221 (* 2.0 ?x220)))
 (let ((?x439 (- ?x221)))
 (let ((?x253 (+ ?x107 ?x439)))
 (let ((?x440 (+ ?x100 ?x253)))
 (let ((?x450 (* 1.0 ?x440)))
 (let ((?x659 (* f2 ?x450)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x357 (+ ?x141 ?x659)))
 (let ((?x658 (* 0.0 ?x450)))
 (let ((?x269 (+ ?x658 ?x357)))
 (let ((?x438 (- ?x269)))
 (let ((?x478 (* 2.0 ?x438)))
 (let ((?x479 (* ?x147 ?x478)))
 (let ((?x327 (+ ?x479 ?x317)))
 (let ((?x328 (- ?x327)))
 (let ((?x265 (+ ?x438 ?x328)))
 (let ((?x266 (/ ?x265 scale)))
 (let ((?x162 (* ?x147 ?x156)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x155 ?x163)))
 (let ((?x165 (* 0.0 ?x164)))
 (let ((?x166 (* ?x104 ?x165)))
 (let ((?x422 (+ ?x166 ?x266)))
 (let ((?x423 (- ?x422)))
 (let ((?x660 (* |g2[0]| ?x450)))
 (let ((?x448 (* (/ 1.0 2.0) ?x450)))
 (let ((?x451 (* 0.0 ?x448)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x455 (+ ?x130 ?x451)))
 (let ((?x371 (* |h2[1,0]| ?x455)))
 (let ((?x453 (+ ?x124 ?x451)))
 (let ((?x454 (* |h2[0,0]| ?x453)))
 (let ((?x649 (+ ?x454 ?x371)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x452 (+ ?x125 ?x451)))
 (let ((?x650 (+ ?x452 ?x649)))
 (let ((?x661 (+ ?x650 ?x660)))
 (let ((?x426 (+ ?x661 ?x423)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x575 (+ ?x98 ?x426)))
 (let ((?x576 (* ?x174 ?x575)))
 (or (and (distinct ?x576 ?x219) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x173 (* exp!3 exp!3)))
 (let ((?x174 (/ (* (/ 1.0 exp!2) exp!1) ?x173)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x217 (* ?x216 ?x174)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x187 (* ?x106 ?x52)))
 (let ((?x203 (/ ?x187 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x204 (+ ?x107 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x208 (+ ?x100 ?x207)))
 (let ((?x209 (* ?x174 ?x208)))
 (let ((?x213 (* |g2[0]| ?x209)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x210 (* ?x208 ?x209)))
 (let ((?x194 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x191 (- ?x187)))
 (let ((?x192 (* ?x187 ?x191)))
 (let ((?x195 (* ?x192 ?x194)))
 (let ((?x188 (* ?x106 ?x187)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x186 (* ?x184 ?x52)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (/ ?x189 ?x44)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x185 (- ?x184)))
 (let ((?x197 (+ ?x185 ?x196)))
 (let ((?x198 (* 2.0 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x185 ?x199)))
 (let ((?x176 (- ?x105)))
 (let ((?x201 (+ ?x176 ?x200)))
 (let ((?x202 (* ?x174 ?x201)))
 (let ((?x211 (+ ?x202 ?x210)))
 (let ((?x212 (* f2 ?x211)))
 (let ((?x214 (+ ?x212 ?x213)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x147 (/ 1.0 exp!3)))
 (let ((?x222 (* ?x107 ?x147)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x220 (+ ?x112 ?x222)))
 (let ((?x322 (- ?x220)))
 (let ((?x309 (+ ?x107 ?x322)))
 (let ((?x313 (* ?x147 ?x309)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x317 (* ?x156 ?x313)))
 (let ((?x221 (* 2.0 ?x220)))
 (let ((?x439 (- ?x221)))
 (let ((?x253 (+ ?x107 ?x439)))
 (let ((?x440 (+ ?x100 ?x253)))
 (let ((?x450 (* 1.0 ?x440)))
 (let ((?x659 (* f2 ?x450)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x357 (+ ?x141 ?x659)))
 (let ((?x658 (* 0.0 ?x450)))
 (let ((?x269 (+ ?x658 ?x357)))
 (let ((?x438 (- ?x269)))
 (let ((?x478 (* 2.0 ?x438)))
 (let ((?x479 (* ?x147 ?x478)))
 (let ((?x327 (+ ?x479 ?x317)))
 (let ((?x328 (- ?x327)))
 (let ((?x265 (+ ?x438 ?x328)))
 (let ((?x266 (/ ?x265 scale)))
 (let ((?x162 (* ?x147 ?x156)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x155 ?x163)))
 (let ((?x165 (* 0.0 ?x164)))
 (let ((?x166 (* ?x104 ?x165)))
 (let ((?x422 (+ ?x166 ?x266)))
 (let ((?x423 (- ?x422)))
 (let ((?x660 (* |g2[0]| ?x450)))
 (let ((?x448 (* (/ 1.0 2.0) ?x450)))
 (let ((?x451 (* 0.0 ?x448)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x455 (+ ?x130 ?x451)))
 (let ((?x371 (* |h2[1,0]| ?x455)))
 (let ((?x453 (+ ?x124 ?x451)))
 (let ((?x454 (* |h2[0,0]| ?x453)))
 (let ((?x649 (+ ?x454 ?x371)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x452 (+ ?x125 ?x451)))
 (let ((?x650 (+ ?x452 ?x649)))
 (let ((?x661 (+ ?x650 ?x660)))
 (let ((?x426 (+ ?x661 ?x423)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x575 (+ ?x98 ?x426)))
 (let ((?x576 (* ?x174 ?x575)))
 (or (and (distinct ?x576 ?x219) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (= 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x224 (* (/ 1.0 2.0) ?x107)))
 (let ((?x429 (+ ?x224 ?x358)))
 (let ((?x636 (* 2.0 ?x429)))
 (let ((?x404 (- ?x636)))
 (let ((?x987 (+ ?x107 ?x404)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x827 (+ ?x100 ?x987)))
 (let ((?x1115 (* ?x535 ?x827)))
 (let ((?x846 (* |g2[0]| ?x1115)))
 (let ((?x519 (+ ?x846 ?x1053)))
 (let ((?x652 (* ?x827 ?x1115)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x485 (* (/ 1.0 2.0) ?x185)))
 (let ((?x470 (+ ?x485 ?x284)))
 (let ((?x1222 (* 2.0 ?x470)))
 (let ((?x808 (- ?x1222)))
 (let ((?x1255 (+ ?x185 ?x808)))
 (let ((?x176 (- ?x105)))
 (let ((?x534 (+ ?x176 ?x1255)))
 (let ((?x694 (* ?x535 ?x534)))
 (let ((?x623 (+ ?x694 ?x652)))
 (let ((?x818 (* f2 ?x623)))
 (let ((?x933 (+ ?x818 ?x846)))
 (let ((?x335 (+ ?x933 ?x519)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x868 (+ ?x109 ?x897)))
 (let ((?x631 (- ?x868)))
 (let ((?x965 (+ ?x107 ?x631)))
 (let ((?x290 (* ?x993 ?x965)))
 (let ((?x1195 (* ?x290 ?x156)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1012 (* 2.0 ?x868)))
 (let ((?x1266 (- ?x1012)))
 (let ((?x350 (+ ?x107 ?x1266)))
 (let ((?x953 (+ ?x100 ?x350)))
 (let ((?x325 (* ?x953 1.0)))
 (let ((?x1008 (* f2 ?x325)))
 (let ((?x411 (+ ?x1008 ?x141)))
 (let ((?x1253 (* 0.0 ?x325)))
 (let ((?x1143 (+ ?x1253 ?x411)))
 (let ((?x558 (- ?x1143)))
 (let ((?x1192 (* 2.0 ?x558)))
 (let ((?x513 (* ?x993 ?x1192)))
 (let ((?x859 (+ ?x513 ?x1195)))
 (let ((?x556 (- ?x859)))
 (let ((?x420 (+ ?x558 ?x556)))
 (let ((?x704 (/ ?x420 scale)))
 (let ((?x524 (+ ?x704 ?x264)))
 (let ((?x677 (- ?x524)))
 (let ((?x973 (* |g2[0]| ?x325)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x893 (* (/ 1.0 2.0) ?x325)))
 (let ((?x896 (* 0.0 ?x893)))
 (let ((?x445 (+ ?x896 ?x130)))
 (let ((?x616 (* |h2[1,0]| ?x445)))
 (let ((?x678 (+ ?x896 ?x124)))
 (let ((?x402 (* |h2[0,0]| ?x678)))
 (let ((?x643 (+ ?x402 ?x616)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x855 (+ ?x896 ?x125)))
 (let ((?x1004 (+ ?x855 ?x643)))
 (let ((?x551 (+ ?x1004 ?x973)))
 (let ((?x829 (+ ?x551 ?x677)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1230 (+ ?x98 ?x829)))
 (let ((?x1052 (* ?x535 ?x1230)))
 (or (and (distinct ?x1052 ?x335) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x224 (* (/ 1.0 2.0) ?x107)))
 (let ((?x429 (+ ?x224 ?x358)))
 (let ((?x636 (* 2.0 ?x429)))
 (let ((?x404 (- ?x636)))
 (let ((?x987 (+ ?x107 ?x404)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x827 (+ ?x100 ?x987)))
 (let ((?x1115 (* ?x535 ?x827)))
 (let ((?x846 (* |g2[0]| ?x1115)))
 (let ((?x519 (+ ?x846 ?x1053)))
 (let ((?x652 (* ?x827 ?x1115)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x485 (* (/ 1.0 2.0) ?x185)))
 (let ((?x470 (+ ?x485 ?x284)))
 (let ((?x1222 (* 2.0 ?x470)))
 (let ((?x808 (- ?x1222)))
 (let ((?x1255 (+ ?x185 ?x808)))
 (let ((?x176 (- ?x105)))
 (let ((?x534 (+ ?x176 ?x1255)))
 (let ((?x694 (* ?x535 ?x534)))
 (let ((?x623 (+ ?x694 ?x652)))
 (let ((?x818 (* f2 ?x623)))
 (let ((?x933 (+ ?x818 ?x846)))
 (let ((?x335 (+ ?x933 ?x519)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x335) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1666 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x1673 (+ ?x358 ?x1666)))
 (let ((?x1171 (* 2.0 ?x1673)))
 (let ((?x1665 (- ?x1171)))
 (let ((?x1630 (+ ?x107 ?x1665)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1227 (+ ?x100 ?x1630)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1670 (* ?x535 ?x1227)))
 (let ((?x910 (* |g2[0]| ?x1670)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x613 (+ ?x1053 ?x910)))
 (let ((?x1256 (* ?x1227 ?x1670)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x633 (* 0.0 ?x185)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x382 (+ ?x284 ?x633)))
 (let ((?x710 (* 2.0 ?x382)))
 (let ((?x1124 (- ?x710)))
 (let ((?x1147 (+ ?x185 ?x1124)))
 (let ((?x176 (- ?x105)))
 (let ((?x1672 (+ ?x176 ?x1147)))
 (let ((?x877 (* ?x535 ?x1672)))
 (let ((?x1079 (+ ?x877 ?x1256)))
 (let ((?x1669 (* f2 ?x1079)))
 (let ((?x905 (+ ?x1669 ?x910)))
 (let ((?x1667 (+ ?x905 ?x613)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x1667) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (= 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x224 (* (/ 1.0 2.0) ?x107)))
 (let ((?x429 (+ ?x224 ?x358)))
 (let ((?x636 (* 2.0 ?x429)))
 (let ((?x404 (- ?x636)))
 (let ((?x987 (+ ?x107 ?x404)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x827 (+ ?x100 ?x987)))
 (let ((?x1115 (* ?x535 ?x827)))
 (let ((?x846 (* |g2[0]| ?x1115)))
 (let ((?x519 (+ ?x846 ?x1053)))
 (let ((?x652 (* ?x827 ?x1115)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x485 (* (/ 1.0 2.0) ?x185)))
 (let ((?x470 (+ ?x485 ?x284)))
 (let ((?x1222 (* 2.0 ?x470)))
 (let ((?x808 (- ?x1222)))
 (let ((?x1255 (+ ?x185 ?x808)))
 (let ((?x176 (- ?x105)))
 (let ((?x534 (+ ?x176 ?x1255)))
 (let ((?x694 (* ?x535 ?x534)))
 (let ((?x623 (+ ?x694 ?x652)))
 (let ((?x818 (* f2 ?x623)))
 (let ((?x933 (+ ?x818 ?x846)))
 (let ((?x335 (+ ?x933 ?x519)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x532 (- ?x277)))
 (let ((?x1204 (+ ?x107 ?x532)))
 (let ((?x853 (* ?x993 ?x1204)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x1719 (* ?x156 ?x853)))
 (let ((?x1717 (* 2.0 ?x277)))
 (let ((?x1260 (- ?x1717)))
 (let ((?x757 (+ ?x107 ?x1260)))
 (let ((?x656 (+ ?x100 ?x757)))
 (let ((?x481 (* 1.0 ?x656)))
 (let ((?x972 (* f2 ?x481)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x225 (+ ?x141 ?x972)))
 (let ((?x283 (* 0.0 ?x481)))
 (let ((?x722 (+ ?x283 ?x225)))
 (let ((?x779 (- ?x722)))
 (let ((?x1231 (* 2.0 ?x779)))
 (let ((?x1258 (* ?x993 ?x1231)))
 (let ((?x1149 (+ ?x1258 ?x1719)))
 (let ((?x1536 (- ?x1149)))
 (let ((?x615 (+ ?x779 ?x1536)))
 (let ((?x1642 (/ ?x615 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x1112 (+ ?x264 ?x1642)))
 (let ((?x1055 (- ?x1112)))
 (let ((?x472 (* |g2[0]| ?x481)))
 (let ((?x821 (* (/ 1.0 2.0) ?x481)))
 (let ((?x1237 (* 0.0 ?x821)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x765 (+ ?x130 ?x1237)))
 (let ((?x1092 (* |h2[1,0]| ?x765)))
 (let ((?x1725 (+ ?x124 ?x1237)))
 (let ((?x1342 (* |h2[0,0]| ?x1725)))
 (let ((?x1319 (+ ?x1342 ?x1092)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x802 (+ ?x125 ?x1237)))
 (let ((?x1632 (+ ?x802 ?x1319)))
 (let ((?x1175 (+ ?x1632 ?x472)))
 (let ((?x1238 (+ ?x1175 ?x1055)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x663 (+ ?x98 ?x1238)))
 (let ((?x728 (* ?x535 ?x663)))
 (or (and (distinct ?x728 ?x335) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x224 (* (/ 1.0 2.0) ?x107)))
 (let ((?x429 (+ ?x224 ?x358)))
 (let ((?x636 (* 2.0 ?x429)))
 (let ((?x404 (- ?x636)))
 (let ((?x987 (+ ?x107 ?x404)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x827 (+ ?x100 ?x987)))
 (let ((?x1115 (* ?x535 ?x827)))
 (let ((?x846 (* |g2[0]| ?x1115)))
 (let ((?x519 (+ ?x846 ?x1053)))
 (let ((?x652 (* ?x827 ?x1115)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x485 (* (/ 1.0 2.0) ?x185)))
 (let ((?x470 (+ ?x485 ?x284)))
 (let ((?x1222 (* 2.0 ?x470)))
 (let ((?x808 (- ?x1222)))
 (let ((?x1255 (+ ?x185 ?x808)))
 (let ((?x176 (- ?x105)))
 (let ((?x534 (+ ?x176 ?x1255)))
 (let ((?x694 (* ?x535 ?x534)))
 (let ((?x623 (+ ?x694 ?x652)))
 (let ((?x818 (* f2 ?x623)))
 (let ((?x933 (+ ?x818 ?x846)))
 (let ((?x335 (+ ?x933 ?x519)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x335) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1666 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x1673 (+ ?x358 ?x1666)))
 (let ((?x1171 (* 2.0 ?x1673)))
 (let ((?x1665 (- ?x1171)))
 (let ((?x1630 (+ ?x107 ?x1665)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1227 (+ ?x100 ?x1630)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1670 (* ?x535 ?x1227)))
 (let ((?x910 (* |g2[0]| ?x1670)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x613 (+ ?x1053 ?x910)))
 (let ((?x1256 (* ?x1227 ?x1670)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x633 (* 0.0 ?x185)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x382 (+ ?x284 ?x633)))
 (let ((?x710 (* 2.0 ?x382)))
 (let ((?x1124 (- ?x710)))
 (let ((?x1147 (+ ?x185 ?x1124)))
 (let ((?x176 (- ?x105)))
 (let ((?x1672 (+ ?x176 ?x1147)))
 (let ((?x877 (* ?x535 ?x1672)))
 (let ((?x1079 (+ ?x877 ?x1256)))
 (let ((?x1669 (* f2 ?x1079)))
 (let ((?x905 (+ ?x1669 ?x910)))
 (let ((?x1667 (+ ?x905 ?x613)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x1667) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (= 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x224 (* (/ 1.0 2.0) ?x107)))
 (let ((?x429 (+ ?x224 ?x358)))
 (let ((?x636 (* 2.0 ?x429)))
 (let ((?x404 (- ?x636)))
 (let ((?x987 (+ ?x107 ?x404)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x827 (+ ?x100 ?x987)))
 (let ((?x1115 (* ?x535 ?x827)))
 (let ((?x846 (* |g2[0]| ?x1115)))
 (let ((?x519 (+ ?x846 ?x1053)))
 (let ((?x652 (* ?x827 ?x1115)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x485 (* (/ 1.0 2.0) ?x185)))
 (let ((?x470 (+ ?x485 ?x284)))
 (let ((?x1222 (* 2.0 ?x470)))
 (let ((?x808 (- ?x1222)))
 (let ((?x1255 (+ ?x185 ?x808)))
 (let ((?x176 (- ?x105)))
 (let ((?x534 (+ ?x176 ?x1255)))
 (let ((?x694 (* ?x535 ?x534)))
 (let ((?x623 (+ ?x694 ?x652)))
 (let ((?x818 (* f2 ?x623)))
 (let ((?x933 (+ ?x818 ?x846)))
 (let ((?x335 (+ ?x933 ?x519)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x752 (* ?x108 ?x156)))
 (let ((?x974 (- ?x752)))
 (let ((?x925 (+ ?x155 ?x974)))
 (let ((?x1054 (* 0.0 ?x925)))
 (let ((?x1127 (* ?x104 ?x1054)))
 (let ((?x814 (* ?x109 ?x156)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x963 (* ?x108 ?x1221)))
 (let ((?x1484 (+ ?x963 ?x814)))
 (let ((?x695 (- ?x1484)))
 (let ((?x1589 (+ ?x692 ?x695)))
 (let ((?x240 (/ ?x1589 scale)))
 (let ((?x787 (+ ?x240 ?x1127)))
 (let ((?x834 (- ?x787)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x1841 (+ ?x291 ?x834)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x919 (+ ?x98 ?x1841)))
 (let ((?x296 (* ?x535 ?x919)))
 (or (and (distinct ?x296 ?x335) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x224 (* (/ 1.0 2.0) ?x107)))
 (let ((?x429 (+ ?x224 ?x358)))
 (let ((?x636 (* 2.0 ?x429)))
 (let ((?x404 (- ?x636)))
 (let ((?x987 (+ ?x107 ?x404)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x827 (+ ?x100 ?x987)))
 (let ((?x1115 (* ?x535 ?x827)))
 (let ((?x846 (* |g2[0]| ?x1115)))
 (let ((?x519 (+ ?x846 ?x1053)))
 (let ((?x652 (* ?x827 ?x1115)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x485 (* (/ 1.0 2.0) ?x185)))
 (let ((?x470 (+ ?x485 ?x284)))
 (let ((?x1222 (* 2.0 ?x470)))
 (let ((?x808 (- ?x1222)))
 (let ((?x1255 (+ ?x185 ?x808)))
 (let ((?x176 (- ?x105)))
 (let ((?x534 (+ ?x176 ?x1255)))
 (let ((?x694 (* ?x535 ?x534)))
 (let ((?x623 (+ ?x694 ?x652)))
 (let ((?x818 (* f2 ?x623)))
 (let ((?x933 (+ ?x818 ?x846)))
 (let ((?x335 (+ ?x933 ?x519)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x335) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1666 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x1673 (+ ?x358 ?x1666)))
 (let ((?x1171 (* 2.0 ?x1673)))
 (let ((?x1665 (- ?x1171)))
 (let ((?x1630 (+ ?x107 ?x1665)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1227 (+ ?x100 ?x1630)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1670 (* ?x535 ?x1227)))
 (let ((?x910 (* |g2[0]| ?x1670)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x613 (+ ?x1053 ?x910)))
 (let ((?x1256 (* ?x1227 ?x1670)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x633 (* 0.0 ?x185)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x382 (+ ?x284 ?x633)))
 (let ((?x710 (* 2.0 ?x382)))
 (let ((?x1124 (- ?x710)))
 (let ((?x1147 (+ ?x185 ?x1124)))
 (let ((?x176 (- ?x105)))
 (let ((?x1672 (+ ?x176 ?x1147)))
 (let ((?x877 (* ?x535 ?x1672)))
 (let ((?x1079 (+ ?x877 ?x1256)))
 (let ((?x1669 (* f2 ?x1079)))
 (let ((?x905 (+ ?x1669 ?x910)))
 (let ((?x1667 (+ ?x905 ?x613)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x1667) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x224 (* (/ 1.0 2.0) ?x107)))
 (let ((?x429 (+ ?x224 ?x358)))
 (let ((?x636 (* 2.0 ?x429)))
 (let ((?x404 (- ?x636)))
 (let ((?x987 (+ ?x107 ?x404)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x827 (+ ?x100 ?x987)))
 (let ((?x1115 (* ?x535 ?x827)))
 (let ((?x846 (* |g2[0]| ?x1115)))
 (let ((?x519 (+ ?x846 ?x1053)))
 (let ((?x652 (* ?x827 ?x1115)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x485 (* (/ 1.0 2.0) ?x185)))
 (let ((?x470 (+ ?x485 ?x284)))
 (let ((?x1222 (* 2.0 ?x470)))
 (let ((?x808 (- ?x1222)))
 (let ((?x1255 (+ ?x185 ?x808)))
 (let ((?x176 (- ?x105)))
 (let ((?x534 (+ ?x176 ?x1255)))
 (let ((?x694 (* ?x535 ?x534)))
 (let ((?x623 (+ ?x694 ?x652)))
 (let ((?x818 (* f2 ?x623)))
 (let ((?x933 (+ ?x818 ?x846)))
 (let ((?x335 (+ ?x933 ?x519)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x335) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1666 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x1673 (+ ?x358 ?x1666)))
 (let ((?x1171 (* 2.0 ?x1673)))
 (let ((?x1665 (- ?x1171)))
 (let ((?x1630 (+ ?x107 ?x1665)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1227 (+ ?x100 ?x1630)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1670 (* ?x535 ?x1227)))
 (let ((?x910 (* |g2[0]| ?x1670)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x613 (+ ?x1053 ?x910)))
 (let ((?x1256 (* ?x1227 ?x1670)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x633 (* 0.0 ?x185)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x382 (+ ?x284 ?x633)))
 (let ((?x710 (* 2.0 ?x382)))
 (let ((?x1124 (- ?x710)))
 (let ((?x1147 (+ ?x185 ?x1124)))
 (let ((?x176 (- ?x105)))
 (let ((?x1672 (+ ?x176 ?x1147)))
 (let ((?x877 (* ?x535 ?x1672)))
 (let ((?x1079 (+ ?x877 ?x1256)))
 (let ((?x1669 (* f2 ?x1079)))
 (let ((?x905 (+ ?x1669 ?x910)))
 (let ((?x1667 (+ ?x905 ?x613)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x1667) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x174 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x217 (* ?x216 ?x174)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x187 (* ?x106 ?x52)))
 (let ((?x203 (/ ?x187 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x204 (+ ?x107 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x208 (+ ?x100 ?x207)))
 (let ((?x209 (* ?x174 ?x208)))
 (let ((?x213 (* |g2[0]| ?x209)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x210 (* ?x208 ?x209)))
 (let ((?x194 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x191 (- ?x187)))
 (let ((?x192 (* ?x187 ?x191)))
 (let ((?x195 (* ?x192 ?x194)))
 (let ((?x188 (* ?x106 ?x187)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x186 (* ?x184 ?x52)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (/ ?x189 ?x44)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x185 (- ?x184)))
 (let ((?x197 (+ ?x185 ?x196)))
 (let ((?x198 (* 2.0 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x185 ?x199)))
 (let ((?x176 (- ?x105)))
 (let ((?x201 (+ ?x176 ?x200)))
 (let ((?x202 (* ?x174 ?x201)))
 (let ((?x211 (+ ?x202 ?x210)))
 (let ((?x212 (* f2 ?x211)))
 (let ((?x214 (+ ?x212 ?x213)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x147 (/ 1.0 exp!3)))
 (let ((?x162 (* ?x147 ?x156)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x155 ?x163)))
 (let ((?x165 (* 0.0 ?x164)))
 (let ((?x166 (* ?x104 ?x165)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x149 (- ?x113)))
 (let ((?x150 (+ ?x107 ?x149)))
 (let ((?x151 (* ?x147 ?x150)))
 (let ((?x157 (* ?x151 ?x156)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x114 (* 2.0 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x116 (+ ?x107 ?x115)))
 (let ((?x117 (+ ?x100 ?x116)))
 (let ((?x120 (* ?x117 1.0)))
 (let ((?x140 (* f2 ?x120)))
 (let ((?x142 (+ ?x140 ?x141)))
 (let ((?x138 (* 0.0 ?x120)))
 (let ((?x143 (+ ?x138 ?x142)))
 (let ((?x144 (- ?x143)))
 (let ((?x146 (* 2.0 ?x144)))
 (let ((?x148 (* ?x147 ?x146)))
 (let ((?x158 (+ ?x148 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x160 (+ ?x144 ?x159)))
 (let ((?x161 (/ ?x160 scale)))
 (let ((?x167 (+ ?x161 ?x166)))
 (let ((?x168 (- ?x167)))
 (let ((?x136 (* |g2[0]| ?x120)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x121 (* (/ 1.0 2.0) ?x120)))
 (let ((?x122 (* 0.0 ?x121)))
 (let ((?x131 (+ ?x122 ?x130)))
 (let ((?x132 (* |h2[1,0]| ?x131)))
 (let ((?x127 (+ ?x122 ?x124)))
 (let ((?x128 (* |h2[0,0]| ?x127)))
 (let ((?x133 (+ ?x128 ?x132)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x126 (+ ?x122 ?x125)))
 (let ((?x134 (+ ?x126 ?x133)))
 (let ((?x137 (+ ?x134 ?x136)))
 (let ((?x169 (+ ?x137 ?x168)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x170 (+ ?x98 ?x169)))
 (let ((?x175 (* ?x174 ?x170)))
 (or (and (distinct ?x175 ?x219) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x174 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x217 (* ?x216 ?x174)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x187 (* ?x106 ?x52)))
 (let ((?x203 (/ ?x187 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x204 (+ ?x107 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x208 (+ ?x100 ?x207)))
 (let ((?x209 (* ?x174 ?x208)))
 (let ((?x213 (* |g2[0]| ?x209)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x210 (* ?x208 ?x209)))
 (let ((?x194 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x191 (- ?x187)))
 (let ((?x192 (* ?x187 ?x191)))
 (let ((?x195 (* ?x192 ?x194)))
 (let ((?x188 (* ?x106 ?x187)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x186 (* ?x184 ?x52)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (/ ?x189 ?x44)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x185 (- ?x184)))
 (let ((?x197 (+ ?x185 ?x196)))
 (let ((?x198 (* 2.0 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x185 ?x199)))
 (let ((?x176 (- ?x105)))
 (let ((?x201 (+ ?x176 ?x200)))
 (let ((?x202 (* ?x174 ?x201)))
 (let ((?x211 (+ ?x202 ?x210)))
 (let ((?x212 (* f2 ?x211)))
 (let ((?x214 (+ ?x212 ?x213)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x147 (/ 1.0 exp!3)))
 (let ((?x222 (* ?x107 ?x147)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x220 (+ ?x112 ?x222)))
 (let ((?x322 (- ?x220)))
 (let ((?x309 (+ ?x107 ?x322)))
 (let ((?x313 (* ?x147 ?x309)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x317 (* ?x156 ?x313)))
 (let ((?x221 (* 2.0 ?x220)))
 (let ((?x439 (- ?x221)))
 (let ((?x253 (+ ?x107 ?x439)))
 (let ((?x440 (+ ?x100 ?x253)))
 (let ((?x450 (* 1.0 ?x440)))
 (let ((?x659 (* f2 ?x450)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x357 (+ ?x141 ?x659)))
 (let ((?x658 (* 0.0 ?x450)))
 (let ((?x269 (+ ?x658 ?x357)))
 (let ((?x438 (- ?x269)))
 (let ((?x478 (* 2.0 ?x438)))
 (let ((?x479 (* ?x147 ?x478)))
 (let ((?x327 (+ ?x479 ?x317)))
 (let ((?x328 (- ?x327)))
 (let ((?x265 (+ ?x438 ?x328)))
 (let ((?x266 (/ ?x265 scale)))
 (let ((?x162 (* ?x147 ?x156)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x155 ?x163)))
 (let ((?x165 (* 0.0 ?x164)))
 (let ((?x166 (* ?x104 ?x165)))
 (let ((?x422 (+ ?x166 ?x266)))
 (let ((?x423 (- ?x422)))
 (let ((?x660 (* |g2[0]| ?x450)))
 (let ((?x448 (* (/ 1.0 2.0) ?x450)))
 (let ((?x451 (* 0.0 ?x448)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x455 (+ ?x130 ?x451)))
 (let ((?x371 (* |h2[1,0]| ?x455)))
 (let ((?x453 (+ ?x124 ?x451)))
 (let ((?x454 (* |h2[0,0]| ?x453)))
 (let ((?x649 (+ ?x454 ?x371)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x452 (+ ?x125 ?x451)))
 (let ((?x650 (+ ?x452 ?x649)))
 (let ((?x661 (+ ?x650 ?x660)))
 (let ((?x426 (+ ?x661 ?x423)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x575 (+ ?x98 ?x426)))
 (let ((?x576 (* ?x174 ?x575)))
 (or (and (distinct ?x576 ?x219) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x174 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x217 (* ?x216 ?x174)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x187 (* ?x106 ?x52)))
 (let ((?x203 (/ ?x187 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x204 (+ ?x107 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x208 (+ ?x100 ?x207)))
 (let ((?x209 (* ?x174 ?x208)))
 (let ((?x213 (* |g2[0]| ?x209)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x210 (* ?x208 ?x209)))
 (let ((?x194 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x191 (- ?x187)))
 (let ((?x192 (* ?x187 ?x191)))
 (let ((?x195 (* ?x192 ?x194)))
 (let ((?x188 (* ?x106 ?x187)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x186 (* ?x184 ?x52)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (/ ?x189 ?x44)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x185 (- ?x184)))
 (let ((?x197 (+ ?x185 ?x196)))
 (let ((?x198 (* 2.0 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x185 ?x199)))
 (let ((?x176 (- ?x105)))
 (let ((?x201 (+ ?x176 ?x200)))
 (let ((?x202 (* ?x174 ?x201)))
 (let ((?x211 (+ ?x202 ?x210)))
 (let ((?x212 (* f2 ?x211)))
 (let ((?x214 (+ ?x212 ?x213)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x147 (/ 1.0 exp!3)))
 (let ((?x222 (* ?x107 ?x147)))
 (let ((?x606 (- ?x222)))
 (let ((?x298 (+ ?x107 ?x606)))
 (let ((?x773 (* ?x147 ?x298)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x1048 (* ?x156 ?x773)))
 (let ((?x1032 (* 2.0 ?x222)))
 (let ((?x577 (- ?x1032)))
 (let ((?x500 (+ ?x107 ?x577)))
 (let ((?x1027 (+ ?x100 ?x500)))
 (let ((?x1129 (* 1.0 ?x1027)))
 (let ((?x400 (* f2 ?x1129)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x368 (+ ?x141 ?x400)))
 (let ((?x764 (* 0.0 ?x1129)))
 (let ((?x501 (+ ?x764 ?x368)))
 (let ((?x1021 (- ?x501)))
 (let ((?x1091 (* 2.0 ?x1021)))
 (let ((?x1022 (* ?x147 ?x1091)))
 (let ((?x1029 (+ ?x1022 ?x1048)))
 (let ((?x811 (- ?x1029)))
 (let ((?x1037 (+ ?x1021 ?x811)))
 (let ((?x807 (/ ?x1037 scale)))
 (let ((?x162 (* ?x147 ?x156)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x155 ?x163)))
 (let ((?x165 (* 0.0 ?x164)))
 (let ((?x166 (* ?x104 ?x165)))
 (let ((?x233 (+ ?x166 ?x807)))
 (let ((?x794 (- ?x233)))
 (let ((?x809 (* |g2[0]| ?x1129)))
 (let ((?x791 (* (/ 1.0 2.0) ?x1129)))
 (let ((?x1034 (* 0.0 ?x791)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1051 (+ ?x130 ?x1034)))
 (let ((?x806 (* |h2[1,0]| ?x1051)))
 (let ((?x716 (+ ?x124 ?x1034)))
 (let ((?x1128 (* |h2[0,0]| ?x716)))
 (let ((?x1144 (+ ?x1128 ?x806)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x810 (+ ?x125 ?x1034)))
 (let ((?x1044 (+ ?x810 ?x1144)))
 (let ((?x813 (+ ?x1044 ?x809)))
 (let ((?x1025 (+ ?x813 ?x794)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1038 (+ ?x98 ?x1025)))
 (let ((?x258 (* ?x174 ?x1038)))
 (or (and (distinct ?x258 ?x219) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x174 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x217 (* ?x216 ?x174)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x187 (* ?x106 ?x52)))
 (let ((?x203 (/ ?x187 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x204 (+ ?x107 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x208 (+ ?x100 ?x207)))
 (let ((?x209 (* ?x174 ?x208)))
 (let ((?x213 (* |g2[0]| ?x209)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x210 (* ?x208 ?x209)))
 (let ((?x194 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x191 (- ?x187)))
 (let ((?x192 (* ?x187 ?x191)))
 (let ((?x195 (* ?x192 ?x194)))
 (let ((?x188 (* ?x106 ?x187)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x186 (* ?x184 ?x52)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (/ ?x189 ?x44)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x185 (- ?x184)))
 (let ((?x197 (+ ?x185 ?x196)))
 (let ((?x198 (* 2.0 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x185 ?x199)))
 (let ((?x176 (- ?x105)))
 (let ((?x201 (+ ?x176 ?x200)))
 (let ((?x202 (* ?x174 ?x201)))
 (let ((?x211 (+ ?x202 ?x210)))
 (let ((?x212 (* f2 ?x211)))
 (let ((?x214 (+ ?x212 ?x213)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x147 (/ 1.0 exp!3)))
 (let ((?x222 (* ?x107 ?x147)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x220 (+ ?x112 ?x222)))
 (let ((?x322 (- ?x220)))
 (let ((?x309 (+ ?x107 ?x322)))
 (let ((?x313 (* ?x147 ?x309)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x317 (* ?x156 ?x313)))
 (let ((?x221 (* 2.0 ?x220)))
 (let ((?x439 (- ?x221)))
 (let ((?x253 (+ ?x107 ?x439)))
 (let ((?x440 (+ ?x100 ?x253)))
 (let ((?x450 (* 1.0 ?x440)))
 (let ((?x659 (* f2 ?x450)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x357 (+ ?x141 ?x659)))
 (let ((?x658 (* 0.0 ?x450)))
 (let ((?x269 (+ ?x658 ?x357)))
 (let ((?x438 (- ?x269)))
 (let ((?x478 (* 2.0 ?x438)))
 (let ((?x479 (* ?x147 ?x478)))
 (let ((?x327 (+ ?x479 ?x317)))
 (let ((?x328 (- ?x327)))
 (let ((?x265 (+ ?x438 ?x328)))
 (let ((?x266 (/ ?x265 scale)))
 (let ((?x162 (* ?x147 ?x156)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x155 ?x163)))
 (let ((?x165 (* 0.0 ?x164)))
 (let ((?x166 (* ?x104 ?x165)))
 (let ((?x422 (+ ?x166 ?x266)))
 (let ((?x423 (- ?x422)))
 (let ((?x660 (* |g2[0]| ?x450)))
 (let ((?x448 (* (/ 1.0 2.0) ?x450)))
 (let ((?x451 (* 0.0 ?x448)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x455 (+ ?x130 ?x451)))
 (let ((?x371 (* |h2[1,0]| ?x455)))
 (let ((?x453 (+ ?x124 ?x451)))
 (let ((?x454 (* |h2[0,0]| ?x453)))
 (let ((?x649 (+ ?x454 ?x371)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x452 (+ ?x125 ?x451)))
 (let ((?x650 (+ ?x452 ?x649)))
 (let ((?x661 (+ ?x650 ?x660)))
 (let ((?x426 (+ ?x661 ?x423)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x575 (+ ?x98 ?x426)))
 (let ((?x576 (* ?x174 ?x575)))
 (or (and (distinct ?x576 ?x219) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x174 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x217 (* ?x216 ?x174)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x187 (* ?x106 ?x52)))
 (let ((?x203 (/ ?x187 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x204 (+ ?x107 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x208 (+ ?x100 ?x207)))
 (let ((?x209 (* ?x174 ?x208)))
 (let ((?x213 (* |g2[0]| ?x209)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x210 (* ?x208 ?x209)))
 (let ((?x194 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x191 (- ?x187)))
 (let ((?x192 (* ?x187 ?x191)))
 (let ((?x195 (* ?x192 ?x194)))
 (let ((?x188 (* ?x106 ?x187)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x186 (* ?x184 ?x52)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (/ ?x189 ?x44)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x185 (- ?x184)))
 (let ((?x197 (+ ?x185 ?x196)))
 (let ((?x198 (* 2.0 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x185 ?x199)))
 (let ((?x176 (- ?x105)))
 (let ((?x201 (+ ?x176 ?x200)))
 (let ((?x202 (* ?x174 ?x201)))
 (let ((?x211 (+ ?x202 ?x210)))
 (let ((?x212 (* f2 ?x211)))
 (let ((?x214 (+ ?x212 ?x213)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x752 (* ?x108 ?x156)))
 (let ((?x974 (- ?x752)))
 (let ((?x925 (+ ?x155 ?x974)))
 (let ((?x1054 (* 0.0 ?x925)))
 (let ((?x1127 (* ?x104 ?x1054)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x814 (* ?x109 ?x156)))
 (let ((?x147 (/ 1.0 exp!3)))
 (let ((?x222 (* ?x107 ?x147)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x220 (+ ?x112 ?x222)))
 (let ((?x221 (* 2.0 ?x220)))
 (let ((?x439 (- ?x221)))
 (let ((?x253 (+ ?x107 ?x439)))
 (let ((?x440 (+ ?x100 ?x253)))
 (let ((?x450 (* 1.0 ?x440)))
 (let ((?x659 (* f2 ?x450)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x357 (+ ?x141 ?x659)))
 (let ((?x658 (* 0.0 ?x450)))
 (let ((?x269 (+ ?x658 ?x357)))
 (let ((?x438 (- ?x269)))
 (let ((?x478 (* 2.0 ?x438)))
 (let ((?x804 (* ?x108 ?x478)))
 (let ((?x1040 (+ ?x804 ?x814)))
 (let ((?x1062 (- ?x1040)))
 (let ((?x961 (+ ?x438 ?x1062)))
 (let ((?x1106 (/ ?x961 scale)))
 (let ((?x1138 (+ ?x1106 ?x1127)))
 (let ((?x848 (- ?x1138)))
 (let ((?x660 (* |g2[0]| ?x450)))
 (let ((?x448 (* (/ 1.0 2.0) ?x450)))
 (let ((?x451 (* 0.0 ?x448)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x455 (+ ?x130 ?x451)))
 (let ((?x371 (* |h2[1,0]| ?x455)))
 (let ((?x453 (+ ?x124 ?x451)))
 (let ((?x454 (* |h2[0,0]| ?x453)))
 (let ((?x649 (+ ?x454 ?x371)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x452 (+ ?x125 ?x451)))
 (let ((?x650 (+ ?x452 ?x649)))
 (let ((?x661 (+ ?x650 ?x660)))
 (let ((?x833 (+ ?x661 ?x848)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x934 (+ ?x98 ?x833)))
 (let ((?x924 (* ?x174 ?x934)))
 (or (and (distinct ?x924 ?x219) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x174 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x217 (* ?x216 ?x174)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x187 (* ?x106 ?x52)))
 (let ((?x203 (/ ?x187 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x204 (+ ?x107 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x208 (+ ?x100 ?x207)))
 (let ((?x209 (* ?x174 ?x208)))
 (let ((?x213 (* |g2[0]| ?x209)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x210 (* ?x208 ?x209)))
 (let ((?x194 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x191 (- ?x187)))
 (let ((?x192 (* ?x187 ?x191)))
 (let ((?x195 (* ?x192 ?x194)))
 (let ((?x188 (* ?x106 ?x187)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x186 (* ?x184 ?x52)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (/ ?x189 ?x44)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x185 (- ?x184)))
 (let ((?x197 (+ ?x185 ?x196)))
 (let ((?x198 (* 2.0 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x185 ?x199)))
 (let ((?x176 (- ?x105)))
 (let ((?x201 (+ ?x176 ?x200)))
 (let ((?x202 (* ?x174 ?x201)))
 (let ((?x211 (+ ?x202 ?x210)))
 (let ((?x212 (* f2 ?x211)))
 (let ((?x214 (+ ?x212 ?x213)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x147 (/ 1.0 exp!3)))
 (let ((?x222 (* ?x107 ?x147)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x220 (+ ?x112 ?x222)))
 (let ((?x322 (- ?x220)))
 (let ((?x309 (+ ?x107 ?x322)))
 (let ((?x313 (* ?x147 ?x309)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x317 (* ?x156 ?x313)))
 (let ((?x221 (* 2.0 ?x220)))
 (let ((?x439 (- ?x221)))
 (let ((?x253 (+ ?x107 ?x439)))
 (let ((?x440 (+ ?x100 ?x253)))
 (let ((?x450 (* 1.0 ?x440)))
 (let ((?x659 (* f2 ?x450)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x357 (+ ?x141 ?x659)))
 (let ((?x658 (* 0.0 ?x450)))
 (let ((?x269 (+ ?x658 ?x357)))
 (let ((?x438 (- ?x269)))
 (let ((?x478 (* 2.0 ?x438)))
 (let ((?x479 (* ?x147 ?x478)))
 (let ((?x327 (+ ?x479 ?x317)))
 (let ((?x328 (- ?x327)))
 (let ((?x265 (+ ?x438 ?x328)))
 (let ((?x266 (/ ?x265 scale)))
 (let ((?x162 (* ?x147 ?x156)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x155 ?x163)))
 (let ((?x165 (* 0.0 ?x164)))
 (let ((?x166 (* ?x104 ?x165)))
 (let ((?x422 (+ ?x166 ?x266)))
 (let ((?x423 (- ?x422)))
 (let ((?x660 (* |g2[0]| ?x450)))
 (let ((?x448 (* (/ 1.0 2.0) ?x450)))
 (let ((?x451 (* 0.0 ?x448)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x455 (+ ?x130 ?x451)))
 (let ((?x371 (* |h2[1,0]| ?x455)))
 (let ((?x453 (+ ?x124 ?x451)))
 (let ((?x454 (* |h2[0,0]| ?x453)))
 (let ((?x649 (+ ?x454 ?x371)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x452 (+ ?x125 ?x451)))
 (let ((?x650 (+ ?x452 ?x649)))
 (let ((?x661 (+ ?x650 ?x660)))
 (let ((?x426 (+ ?x661 ?x423)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x575 (+ ?x98 ?x426)))
 (let ((?x576 (* ?x174 ?x575)))
 (or (and (distinct ?x576 ?x219) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x174 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x217 (* ?x216 ?x174)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x187 (* ?x106 ?x52)))
 (let ((?x203 (/ ?x187 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x204 (+ ?x107 ?x203)))
 (let ((?x205 (* 2.0 ?x204)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x208 (+ ?x100 ?x207)))
 (let ((?x209 (* ?x174 ?x208)))
 (let ((?x213 (* |g2[0]| ?x209)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x210 (* ?x208 ?x209)))
 (let ((?x194 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x191 (- ?x187)))
 (let ((?x192 (* ?x187 ?x191)))
 (let ((?x195 (* ?x192 ?x194)))
 (let ((?x188 (* ?x106 ?x187)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x186 (* ?x184 ?x52)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (/ ?x189 ?x44)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x185 (- ?x184)))
 (let ((?x197 (+ ?x185 ?x196)))
 (let ((?x198 (* 2.0 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x185 ?x199)))
 (let ((?x176 (- ?x105)))
 (let ((?x201 (+ ?x176 ?x200)))
 (let ((?x202 (* ?x174 ?x201)))
 (let ((?x211 (+ ?x202 ?x210)))
 (let ((?x212 (* f2 ?x211)))
 (let ((?x214 (+ ?x212 ?x213)))
 (let ((?x219 (+ ?x214 ?x218)))
 (let ((?x147 (/ 1.0 exp!3)))
 (let ((?x222 (* ?x107 ?x147)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x220 (+ ?x112 ?x222)))
 (let ((?x322 (- ?x220)))
 (let ((?x309 (+ ?x107 ?x322)))
 (let ((?x313 (* ?x147 ?x309)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x317 (* ?x156 ?x313)))
 (let ((?x221 (* 2.0 ?x220)))
 (let ((?x439 (- ?x221)))
 (let ((?x253 (+ ?x107 ?x439)))
 (let ((?x440 (+ ?x100 ?x253)))
 (let ((?x450 (* 1.0 ?x440)))
 (let ((?x659 (* f2 ?x450)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x357 (+ ?x141 ?x659)))
 (let ((?x658 (* 0.0 ?x450)))
 (let ((?x269 (+ ?x658 ?x357)))
 (let ((?x438 (- ?x269)))
 (let ((?x478 (* 2.0 ?x438)))
 (let ((?x479 (* ?x147 ?x478)))
 (let ((?x327 (+ ?x479 ?x317)))
 (let ((?x328 (- ?x327)))
 (let ((?x265 (+ ?x438 ?x328)))
 (let ((?x266 (/ ?x265 scale)))
 (let ((?x162 (* ?x147 ?x156)))
 (let ((?x163 (- ?x162)))
 (let ((?x164 (+ ?x155 ?x163)))
 (let ((?x165 (* 0.0 ?x164)))
 (let ((?x166 (* ?x104 ?x165)))
 (let ((?x422 (+ ?x166 ?x266)))
 (let ((?x423 (- ?x422)))
 (let ((?x660 (* |g2[0]| ?x450)))
 (let ((?x448 (* (/ 1.0 2.0) ?x450)))
 (let ((?x451 (* 0.0 ?x448)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x455 (+ ?x130 ?x451)))
 (let ((?x371 (* |h2[1,0]| ?x455)))
 (let ((?x453 (+ ?x124 ?x451)))
 (let ((?x454 (* |h2[0,0]| ?x453)))
 (let ((?x649 (+ ?x454 ?x371)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x452 (+ ?x125 ?x451)))
 (let ((?x650 (+ ?x452 ?x649)))
 (let ((?x661 (+ ?x650 ?x660)))
 (let ((?x426 (+ ?x661 ?x423)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x575 (+ ?x98 ?x426)))
 (let ((?x576 (* ?x174 ?x575)))
 (or (and (distinct ?x576 ?x219) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (= 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x224 (* (/ 1.0 2.0) ?x107)))
 (let ((?x429 (+ ?x224 ?x358)))
 (let ((?x636 (* 2.0 ?x429)))
 (let ((?x404 (- ?x636)))
 (let ((?x987 (+ ?x107 ?x404)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x827 (+ ?x100 ?x987)))
 (let ((?x1115 (* ?x535 ?x827)))
 (let ((?x846 (* |g2[0]| ?x1115)))
 (let ((?x519 (+ ?x846 ?x1053)))
 (let ((?x652 (* ?x827 ?x1115)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x485 (* (/ 1.0 2.0) ?x185)))
 (let ((?x470 (+ ?x485 ?x284)))
 (let ((?x1222 (* 2.0 ?x470)))
 (let ((?x808 (- ?x1222)))
 (let ((?x1255 (+ ?x185 ?x808)))
 (let ((?x176 (- ?x105)))
 (let ((?x534 (+ ?x176 ?x1255)))
 (let ((?x694 (* ?x535 ?x534)))
 (let ((?x623 (+ ?x694 ?x652)))
 (let ((?x818 (* f2 ?x623)))
 (let ((?x933 (+ ?x818 ?x846)))
 (let ((?x335 (+ ?x933 ?x519)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x868 (+ ?x109 ?x897)))
 (let ((?x631 (- ?x868)))
 (let ((?x965 (+ ?x107 ?x631)))
 (let ((?x290 (* ?x993 ?x965)))
 (let ((?x1195 (* ?x290 ?x156)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1012 (* 2.0 ?x868)))
 (let ((?x1266 (- ?x1012)))
 (let ((?x350 (+ ?x107 ?x1266)))
 (let ((?x953 (+ ?x100 ?x350)))
 (let ((?x325 (* ?x953 1.0)))
 (let ((?x1008 (* f2 ?x325)))
 (let ((?x411 (+ ?x1008 ?x141)))
 (let ((?x1253 (* 0.0 ?x325)))
 (let ((?x1143 (+ ?x1253 ?x411)))
 (let ((?x558 (- ?x1143)))
 (let ((?x1192 (* 2.0 ?x558)))
 (let ((?x513 (* ?x993 ?x1192)))
 (let ((?x859 (+ ?x513 ?x1195)))
 (let ((?x556 (- ?x859)))
 (let ((?x420 (+ ?x558 ?x556)))
 (let ((?x704 (/ ?x420 scale)))
 (let ((?x524 (+ ?x704 ?x264)))
 (let ((?x677 (- ?x524)))
 (let ((?x973 (* |g2[0]| ?x325)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x893 (* (/ 1.0 2.0) ?x325)))
 (let ((?x896 (* 0.0 ?x893)))
 (let ((?x445 (+ ?x896 ?x130)))
 (let ((?x616 (* |h2[1,0]| ?x445)))
 (let ((?x678 (+ ?x896 ?x124)))
 (let ((?x402 (* |h2[0,0]| ?x678)))
 (let ((?x643 (+ ?x402 ?x616)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x855 (+ ?x896 ?x125)))
 (let ((?x1004 (+ ?x855 ?x643)))
 (let ((?x551 (+ ?x1004 ?x973)))
 (let ((?x829 (+ ?x551 ?x677)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1230 (+ ?x98 ?x829)))
 (let ((?x1052 (* ?x535 ?x1230)))
 (or (and (distinct ?x1052 ?x335) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x224 (* (/ 1.0 2.0) ?x107)))
 (let ((?x429 (+ ?x224 ?x358)))
 (let ((?x636 (* 2.0 ?x429)))
 (let ((?x404 (- ?x636)))
 (let ((?x987 (+ ?x107 ?x404)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x827 (+ ?x100 ?x987)))
 (let ((?x1115 (* ?x535 ?x827)))
 (let ((?x846 (* |g2[0]| ?x1115)))
 (let ((?x519 (+ ?x846 ?x1053)))
 (let ((?x652 (* ?x827 ?x1115)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x485 (* (/ 1.0 2.0) ?x185)))
 (let ((?x470 (+ ?x485 ?x284)))
 (let ((?x1222 (* 2.0 ?x470)))
 (let ((?x808 (- ?x1222)))
 (let ((?x1255 (+ ?x185 ?x808)))
 (let ((?x176 (- ?x105)))
 (let ((?x534 (+ ?x176 ?x1255)))
 (let ((?x694 (* ?x535 ?x534)))
 (let ((?x623 (+ ?x694 ?x652)))
 (let ((?x818 (* f2 ?x623)))
 (let ((?x933 (+ ?x818 ?x846)))
 (let ((?x335 (+ ?x933 ?x519)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x335) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1666 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x1673 (+ ?x358 ?x1666)))
 (let ((?x1171 (* 2.0 ?x1673)))
 (let ((?x1665 (- ?x1171)))
 (let ((?x1630 (+ ?x107 ?x1665)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1227 (+ ?x100 ?x1630)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1670 (* ?x535 ?x1227)))
 (let ((?x910 (* |g2[0]| ?x1670)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x613 (+ ?x1053 ?x910)))
 (let ((?x1256 (* ?x1227 ?x1670)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x633 (* 0.0 ?x185)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x382 (+ ?x284 ?x633)))
 (let ((?x710 (* 2.0 ?x382)))
 (let ((?x1124 (- ?x710)))
 (let ((?x1147 (+ ?x185 ?x1124)))
 (let ((?x176 (- ?x105)))
 (let ((?x1672 (+ ?x176 ?x1147)))
 (let ((?x877 (* ?x535 ?x1672)))
 (let ((?x1079 (+ ?x877 ?x1256)))
 (let ((?x1669 (* f2 ?x1079)))
 (let ((?x905 (+ ?x1669 ?x910)))
 (let ((?x1667 (+ ?x905 ?x613)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x1667) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (= 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x224 (* (/ 1.0 2.0) ?x107)))
 (let ((?x429 (+ ?x224 ?x358)))
 (let ((?x636 (* 2.0 ?x429)))
 (let ((?x404 (- ?x636)))
 (let ((?x987 (+ ?x107 ?x404)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x827 (+ ?x100 ?x987)))
 (let ((?x1115 (* ?x535 ?x827)))
 (let ((?x846 (* |g2[0]| ?x1115)))
 (let ((?x519 (+ ?x846 ?x1053)))
 (let ((?x652 (* ?x827 ?x1115)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x485 (* (/ 1.0 2.0) ?x185)))
 (let ((?x470 (+ ?x485 ?x284)))
 (let ((?x1222 (* 2.0 ?x470)))
 (let ((?x808 (- ?x1222)))
 (let ((?x1255 (+ ?x185 ?x808)))
 (let ((?x176 (- ?x105)))
 (let ((?x534 (+ ?x176 ?x1255)))
 (let ((?x694 (* ?x535 ?x534)))
 (let ((?x623 (+ ?x694 ?x652)))
 (let ((?x818 (* f2 ?x623)))
 (let ((?x933 (+ ?x818 ?x846)))
 (let ((?x335 (+ ?x933 ?x519)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x532 (- ?x277)))
 (let ((?x1204 (+ ?x107 ?x532)))
 (let ((?x853 (* ?x993 ?x1204)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x1719 (* ?x156 ?x853)))
 (let ((?x1717 (* 2.0 ?x277)))
 (let ((?x1260 (- ?x1717)))
 (let ((?x757 (+ ?x107 ?x1260)))
 (let ((?x656 (+ ?x100 ?x757)))
 (let ((?x481 (* 1.0 ?x656)))
 (let ((?x972 (* f2 ?x481)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x225 (+ ?x141 ?x972)))
 (let ((?x283 (* 0.0 ?x481)))
 (let ((?x722 (+ ?x283 ?x225)))
 (let ((?x779 (- ?x722)))
 (let ((?x1231 (* 2.0 ?x779)))
 (let ((?x1258 (* ?x993 ?x1231)))
 (let ((?x1149 (+ ?x1258 ?x1719)))
 (let ((?x1536 (- ?x1149)))
 (let ((?x615 (+ ?x779 ?x1536)))
 (let ((?x1642 (/ ?x615 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x1112 (+ ?x264 ?x1642)))
 (let ((?x1055 (- ?x1112)))
 (let ((?x472 (* |g2[0]| ?x481)))
 (let ((?x821 (* (/ 1.0 2.0) ?x481)))
 (let ((?x1237 (* 0.0 ?x821)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x765 (+ ?x130 ?x1237)))
 (let ((?x1092 (* |h2[1,0]| ?x765)))
 (let ((?x1725 (+ ?x124 ?x1237)))
 (let ((?x1342 (* |h2[0,0]| ?x1725)))
 (let ((?x1319 (+ ?x1342 ?x1092)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x802 (+ ?x125 ?x1237)))
 (let ((?x1632 (+ ?x802 ?x1319)))
 (let ((?x1175 (+ ?x1632 ?x472)))
 (let ((?x1238 (+ ?x1175 ?x1055)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x663 (+ ?x98 ?x1238)))
 (let ((?x728 (* ?x535 ?x663)))
 (or (and (distinct ?x728 ?x335) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x224 (* (/ 1.0 2.0) ?x107)))
 (let ((?x429 (+ ?x224 ?x358)))
 (let ((?x636 (* 2.0 ?x429)))
 (let ((?x404 (- ?x636)))
 (let ((?x987 (+ ?x107 ?x404)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x827 (+ ?x100 ?x987)))
 (let ((?x1115 (* ?x535 ?x827)))
 (let ((?x846 (* |g2[0]| ?x1115)))
 (let ((?x519 (+ ?x846 ?x1053)))
 (let ((?x652 (* ?x827 ?x1115)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x485 (* (/ 1.0 2.0) ?x185)))
 (let ((?x470 (+ ?x485 ?x284)))
 (let ((?x1222 (* 2.0 ?x470)))
 (let ((?x808 (- ?x1222)))
 (let ((?x1255 (+ ?x185 ?x808)))
 (let ((?x176 (- ?x105)))
 (let ((?x534 (+ ?x176 ?x1255)))
 (let ((?x694 (* ?x535 ?x534)))
 (let ((?x623 (+ ?x694 ?x652)))
 (let ((?x818 (* f2 ?x623)))
 (let ((?x933 (+ ?x818 ?x846)))
 (let ((?x335 (+ ?x933 ?x519)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x335) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1666 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x1673 (+ ?x358 ?x1666)))
 (let ((?x1171 (* 2.0 ?x1673)))
 (let ((?x1665 (- ?x1171)))
 (let ((?x1630 (+ ?x107 ?x1665)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1227 (+ ?x100 ?x1630)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1670 (* ?x535 ?x1227)))
 (let ((?x910 (* |g2[0]| ?x1670)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x613 (+ ?x1053 ?x910)))
 (let ((?x1256 (* ?x1227 ?x1670)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x633 (* 0.0 ?x185)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x382 (+ ?x284 ?x633)))
 (let ((?x710 (* 2.0 ?x382)))
 (let ((?x1124 (- ?x710)))
 (let ((?x1147 (+ ?x185 ?x1124)))
 (let ((?x176 (- ?x105)))
 (let ((?x1672 (+ ?x176 ?x1147)))
 (let ((?x877 (* ?x535 ?x1672)))
 (let ((?x1079 (+ ?x877 ?x1256)))
 (let ((?x1669 (* f2 ?x1079)))
 (let ((?x905 (+ ?x1669 ?x910)))
 (let ((?x1667 (+ ?x905 ?x613)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x1667) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (= 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x224 (* (/ 1.0 2.0) ?x107)))
 (let ((?x429 (+ ?x224 ?x358)))
 (let ((?x636 (* 2.0 ?x429)))
 (let ((?x404 (- ?x636)))
 (let ((?x987 (+ ?x107 ?x404)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x827 (+ ?x100 ?x987)))
 (let ((?x1115 (* ?x535 ?x827)))
 (let ((?x846 (* |g2[0]| ?x1115)))
 (let ((?x519 (+ ?x846 ?x1053)))
 (let ((?x652 (* ?x827 ?x1115)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x485 (* (/ 1.0 2.0) ?x185)))
 (let ((?x470 (+ ?x485 ?x284)))
 (let ((?x1222 (* 2.0 ?x470)))
 (let ((?x808 (- ?x1222)))
 (let ((?x1255 (+ ?x185 ?x808)))
 (let ((?x176 (- ?x105)))
 (let ((?x534 (+ ?x176 ?x1255)))
 (let ((?x694 (* ?x535 ?x534)))
 (let ((?x623 (+ ?x694 ?x652)))
 (let ((?x818 (* f2 ?x623)))
 (let ((?x933 (+ ?x818 ?x846)))
 (let ((?x335 (+ ?x933 ?x519)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x752 (* ?x108 ?x156)))
 (let ((?x974 (- ?x752)))
 (let ((?x925 (+ ?x155 ?x974)))
 (let ((?x1054 (* 0.0 ?x925)))
 (let ((?x1127 (* ?x104 ?x1054)))
 (let ((?x814 (* ?x109 ?x156)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x963 (* ?x108 ?x1221)))
 (let ((?x1484 (+ ?x963 ?x814)))
 (let ((?x695 (- ?x1484)))
 (let ((?x1589 (+ ?x692 ?x695)))
 (let ((?x240 (/ ?x1589 scale)))
 (let ((?x787 (+ ?x240 ?x1127)))
 (let ((?x834 (- ?x787)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x1841 (+ ?x291 ?x834)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x919 (+ ?x98 ?x1841)))
 (let ((?x296 (* ?x535 ?x919)))
 (or (and (distinct ?x296 ?x335) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x224 (* (/ 1.0 2.0) ?x107)))
 (let ((?x429 (+ ?x224 ?x358)))
 (let ((?x636 (* 2.0 ?x429)))
 (let ((?x404 (- ?x636)))
 (let ((?x987 (+ ?x107 ?x404)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x827 (+ ?x100 ?x987)))
 (let ((?x1115 (* ?x535 ?x827)))
 (let ((?x846 (* |g2[0]| ?x1115)))
 (let ((?x519 (+ ?x846 ?x1053)))
 (let ((?x652 (* ?x827 ?x1115)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x485 (* (/ 1.0 2.0) ?x185)))
 (let ((?x470 (+ ?x485 ?x284)))
 (let ((?x1222 (* 2.0 ?x470)))
 (let ((?x808 (- ?x1222)))
 (let ((?x1255 (+ ?x185 ?x808)))
 (let ((?x176 (- ?x105)))
 (let ((?x534 (+ ?x176 ?x1255)))
 (let ((?x694 (* ?x535 ?x534)))
 (let ((?x623 (+ ?x694 ?x652)))
 (let ((?x818 (* f2 ?x623)))
 (let ((?x933 (+ ?x818 ?x846)))
 (let ((?x335 (+ ?x933 ?x519)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x335) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1666 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x1673 (+ ?x358 ?x1666)))
 (let ((?x1171 (* 2.0 ?x1673)))
 (let ((?x1665 (- ?x1171)))
 (let ((?x1630 (+ ?x107 ?x1665)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1227 (+ ?x100 ?x1630)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1670 (* ?x535 ?x1227)))
 (let ((?x910 (* |g2[0]| ?x1670)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x613 (+ ?x1053 ?x910)))
 (let ((?x1256 (* ?x1227 ?x1670)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x633 (* 0.0 ?x185)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x382 (+ ?x284 ?x633)))
 (let ((?x710 (* 2.0 ?x382)))
 (let ((?x1124 (- ?x710)))
 (let ((?x1147 (+ ?x185 ?x1124)))
 (let ((?x176 (- ?x105)))
 (let ((?x1672 (+ ?x176 ?x1147)))
 (let ((?x877 (* ?x535 ?x1672)))
 (let ((?x1079 (+ ?x877 ?x1256)))
 (let ((?x1669 (* f2 ?x1079)))
 (let ((?x905 (+ ?x1669 ?x910)))
 (let ((?x1667 (+ ?x905 ?x613)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x1667) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x224 (* (/ 1.0 2.0) ?x107)))
 (let ((?x429 (+ ?x224 ?x358)))
 (let ((?x636 (* 2.0 ?x429)))
 (let ((?x404 (- ?x636)))
 (let ((?x987 (+ ?x107 ?x404)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x827 (+ ?x100 ?x987)))
 (let ((?x1115 (* ?x535 ?x827)))
 (let ((?x846 (* |g2[0]| ?x1115)))
 (let ((?x519 (+ ?x846 ?x1053)))
 (let ((?x652 (* ?x827 ?x1115)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x485 (* (/ 1.0 2.0) ?x185)))
 (let ((?x470 (+ ?x485 ?x284)))
 (let ((?x1222 (* 2.0 ?x470)))
 (let ((?x808 (- ?x1222)))
 (let ((?x1255 (+ ?x185 ?x808)))
 (let ((?x176 (- ?x105)))
 (let ((?x534 (+ ?x176 ?x1255)))
 (let ((?x694 (* ?x535 ?x534)))
 (let ((?x623 (+ ?x694 ?x652)))
 (let ((?x818 (* f2 ?x623)))
 (let ((?x933 (+ ?x818 ?x846)))
 (let ((?x335 (+ ?x933 ?x519)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x335) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (< 0.0 ?x1060))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let (($x579 (= 0.0 ?x1060)))
 (not $x579)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1666 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x1060 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x358 (/ ?x109 ?x1060)))
 (let ((?x1673 (+ ?x358 ?x1666)))
 (let ((?x1171 (* 2.0 ?x1673)))
 (let ((?x1665 (- ?x1171)))
 (let ((?x1630 (+ ?x107 ?x1665)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1227 (+ ?x100 ?x1630)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1670 (* ?x535 ?x1227)))
 (let ((?x910 (* |g2[0]| ?x1670)))
 (let ((?x215 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x216 (* (/ 1.0 2.0) ?x215)))
 (let ((?x1053 (* ?x216 ?x535)))
 (let ((?x613 (+ ?x1053 ?x910)))
 (let ((?x1256 (* ?x1227 ?x1670)))
 (let ((?x178 (/ 1.0 (* ?x103 scale))))
 (let ((?x180 (* ?x178 (- 2.0))))
 (let ((?x181 (* 0.0 ?x180)))
 (let ((?x182 (* 0.0 ?x181)))
 (let ((?x183 (+ ?x105 ?x182)))
 (let ((?x184 (+ ?x105 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x633 (* 0.0 ?x185)))
 (let ((?x938 (/ 1.0 (* ?x1060 ?x1060))))
 (let ((?x242 (- ?x109)))
 (let ((?x785 (* ?x109 ?x242)))
 (let ((?x394 (* ?x785 ?x938)))
 (let ((?x632 (* ?x107 ?x109)))
 (let ((?x653 (* ?x185 ?x108)))
 (let ((?x299 (+ ?x653 ?x632)))
 (let ((?x750 (/ ?x299 ?x1060)))
 (let ((?x284 (+ ?x750 ?x394)))
 (let ((?x382 (+ ?x284 ?x633)))
 (let ((?x710 (* 2.0 ?x382)))
 (let ((?x1124 (- ?x710)))
 (let ((?x1147 (+ ?x185 ?x1124)))
 (let ((?x176 (- ?x105)))
 (let ((?x1672 (+ ?x176 ?x1147)))
 (let ((?x877 (* ?x535 ?x1672)))
 (let ((?x1079 (+ ?x877 ?x1256)))
 (let ((?x1669 (* f2 ?x1079)))
 (let ((?x905 (+ ?x1669 ?x910)))
 (let ((?x1667 (+ ?x905 ?x613)))
 (let ((?x993 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x277 (* ?x107 ?x993)))
 (let ((?x517 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x897 (* 0.0 ?x517)))
 (let ((?x831 (+ ?x897 ?x277)))
 (let ((?x312 (- ?x831)))
 (let ((?x812 (+ ?x107 ?x312)))
 (let ((?x682 (* ?x993 ?x812)))
 (let ((?x153 (* f2 1.0)))
 (let ((?x152 (* 0.0 1.0)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x155 (- ?x154)))
 (let ((?x156 (* 2.0 ?x155)))
 (let ((?x330 (* ?x156 ?x682)))
 (let ((?x1117 (* 2.0 ?x831)))
 (let ((?x920 (- ?x1117)))
 (let ((?x521 (+ ?x107 ?x920)))
 (let ((?x1160 (+ ?x100 ?x521)))
 (let ((?x1174 (* 1.0 ?x1160)))
 (let ((?x1182 (* f2 ?x1174)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x1136 (+ ?x141 ?x1182)))
 (let ((?x236 (* 0.0 ?x1174)))
 (let ((?x387 (+ ?x236 ?x1136)))
 (let ((?x692 (- ?x387)))
 (let ((?x1221 (* 2.0 ?x692)))
 (let ((?x942 (* ?x993 ?x1221)))
 (let ((?x293 (+ ?x942 ?x330)))
 (let ((?x251 (- ?x293)))
 (let ((?x585 (+ ?x692 ?x251)))
 (let ((?x273 (/ ?x585 scale)))
 (let ((?x984 (* ?x993 ?x156)))
 (let ((?x272 (- ?x984)))
 (let ((?x637 (+ ?x155 ?x272)))
 (let ((?x457 (* 0.0 ?x637)))
 (let ((?x264 (* ?x104 ?x457)))
 (let ((?x241 (+ ?x264 ?x273)))
 (let ((?x1191 (- ?x241)))
 (let ((?x1074 (* |g2[0]| ?x1174)))
 (let ((?x498 (* (/ 1.0 2.0) ?x1174)))
 (let ((?x979 (* 0.0 ?x498)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x320 (+ ?x130 ?x979)))
 (let ((?x1084 (* |h2[1,0]| ?x320)))
 (let ((?x1168 (+ ?x124 ?x979)))
 (let ((?x351 (* |h2[0,0]| ?x1168)))
 (let ((?x260 (+ ?x351 ?x1084)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x588 (+ ?x125 ?x979)))
 (let ((?x533 (+ ?x588 ?x260)))
 (let ((?x291 (+ ?x533 ?x1074)))
 (let ((?x362 (+ ?x291 ?x1191)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1039 (+ ?x98 ?x362)))
 (let ((?x1026 (* ?x535 ?x1039)))
 (or (and (distinct ?x1026 ?x1667) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
