; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'second_order.hessian_identity[0]', verdict proved
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x175 (* exp!3 exp!3)))
 (let ((?x176 (/ (* (/ 1.0 exp!2) exp!1) ?x175)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x220 (* ?x219 ?x176)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x190 (* ?x106 ?x52)))
 (let ((?x206 (/ ?x190 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x211 (+ ?x100 ?x210)))
 (let ((?x212 (* ?x176 ?x211)))
 (let ((?x216 (* |g2[0]| ?x212)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x213 (* ?x211 ?x212)))
 (let ((?x197 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x194 (- ?x190)))
 (let ((?x195 (* ?x190 ?x194)))
 (let ((?x198 (* ?x195 ?x197)))
 (let ((?x191 (* ?x106 ?x190)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x189 (* ?x187 ?x52)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x193 (/ ?x192 ?x44)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x188 (- ?x187)))
 (let ((?x200 (+ ?x188 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x188 ?x202)))
 (let ((?x179 (- ?x105)))
 (let ((?x204 (+ ?x179 ?x203)))
 (let ((?x205 (* ?x176 ?x204)))
 (let ((?x214 (+ ?x205 ?x213)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x215 (* ?x178 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x222 (+ ?x217 ?x221)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x149 (/ 1.0 exp!3)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x151 (- ?x113)))
 (let ((?x152 (+ ?x107 ?x151)))
 (let ((?x153 (* ?x149 ?x152)))
 (let ((?x159 (* ?x153 ?x158)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x114 (* 2.0 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x116 (+ ?x107 ?x115)))
 (let ((?x117 (+ ?x100 ?x116)))
 (let ((?x120 (* ?x117 1.0)))
 (let ((?x142 (* f2 ?x120)))
 (let ((?x144 (+ ?x142 ?x143)))
 (let ((?x140 (* ?x139 ?x120)))
 (let ((?x145 (+ ?x140 ?x144)))
 (let ((?x146 (- ?x145)))
 (let ((?x148 (* 2.0 ?x146)))
 (let ((?x150 (* ?x149 ?x148)))
 (let ((?x160 (+ ?x150 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (+ ?x146 ?x161)))
 (let ((?x163 (/ ?x162 scale)))
 (let ((?x169 (+ ?x163 ?x168)))
 (let ((?x170 (- ?x169)))
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
 (let ((?x171 (+ ?x137 ?x170)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x172 (+ ?x98 ?x171)))
 (let ((?x177 (* ?x176 ?x172)))
 (or (and (distinct ?x177 ?x222) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x175 (* exp!3 exp!3)))
 (let ((?x176 (/ (* (/ 1.0 exp!2) exp!1) ?x175)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x220 (* ?x219 ?x176)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x190 (* ?x106 ?x52)))
 (let ((?x206 (/ ?x190 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x211 (+ ?x100 ?x210)))
 (let ((?x212 (* ?x176 ?x211)))
 (let ((?x216 (* |g2[0]| ?x212)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x213 (* ?x211 ?x212)))
 (let ((?x197 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x194 (- ?x190)))
 (let ((?x195 (* ?x190 ?x194)))
 (let ((?x198 (* ?x195 ?x197)))
 (let ((?x191 (* ?x106 ?x190)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x189 (* ?x187 ?x52)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x193 (/ ?x192 ?x44)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x188 (- ?x187)))
 (let ((?x200 (+ ?x188 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x188 ?x202)))
 (let ((?x179 (- ?x105)))
 (let ((?x204 (+ ?x179 ?x203)))
 (let ((?x205 (* ?x176 ?x204)))
 (let ((?x214 (+ ?x205 ?x213)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x215 (* ?x178 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x222 (+ ?x217 ?x221)))
 (let ((?x149 (/ 1.0 exp!3)))
 (let ((?x225 (* ?x107 ?x149)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x223 (+ ?x112 ?x225)))
 (let ((?x562 (- ?x223)))
 (let ((?x382 (+ ?x107 ?x562)))
 (let ((?x463 (* ?x149 ?x382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x386 (* ?x158 ?x463)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x522 (- ?x224)))
 (let ((?x256 (+ ?x107 ?x522)))
 (let ((?x523 (+ ?x100 ?x256)))
 (let ((?x533 (* 1.0 ?x523)))
 (let ((?x779 (* f2 ?x533)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x780 (+ ?x143 ?x779)))
 (let ((?x782 (* ?x139 ?x533)))
 (let ((?x394 (+ ?x782 ?x780)))
 (let ((?x272 (- ?x394)))
 (let ((?x521 (* 2.0 ?x272)))
 (let ((?x561 (* ?x149 ?x521)))
 (let ((?x464 (+ ?x561 ?x386)))
 (let ((?x365 (- ?x464)))
 (let ((?x390 (+ ?x272 ?x365)))
 (let ((?x465 (/ ?x390 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x466 (+ ?x168 ?x465)))
 (let ((?x398 (- ?x466)))
 (let ((?x771 (* |g2[0]| ?x533)))
 (let ((?x531 (* (/ 1.0 2.0) ?x533)))
 (let ((?x534 (* 0.0 ?x531)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x538 (+ ?x130 ?x534)))
 (let ((?x352 (* |h2[1,0]| ?x538)))
 (let ((?x536 (+ ?x124 ?x534)))
 (let ((?x537 (* |h2[0,0]| ?x536)))
 (let ((?x370 (+ ?x537 ?x352)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x535 (+ ?x125 ?x534)))
 (let ((?x770 (+ ?x535 ?x370)))
 (let ((?x781 (+ ?x770 ?x771)))
 (let ((?x467 (+ ?x781 ?x398)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x402 (+ ?x98 ?x467)))
 (let ((?x468 (* ?x176 ?x402)))
 (or (and (distinct ?x468 ?x222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x175 (* exp!3 exp!3)))
 (let ((?x176 (/ (* (/ 1.0 exp!2) exp!1) ?x175)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x220 (* ?x219 ?x176)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x190 (* ?x106 ?x52)))
 (let ((?x206 (/ ?x190 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x211 (+ ?x100 ?x210)))
 (let ((?x212 (* ?x176 ?x211)))
 (let ((?x216 (* |g2[0]| ?x212)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x213 (* ?x211 ?x212)))
 (let ((?x197 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x194 (- ?x190)))
 (let ((?x195 (* ?x190 ?x194)))
 (let ((?x198 (* ?x195 ?x197)))
 (let ((?x191 (* ?x106 ?x190)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x189 (* ?x187 ?x52)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x193 (/ ?x192 ?x44)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x188 (- ?x187)))
 (let ((?x200 (+ ?x188 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x188 ?x202)))
 (let ((?x179 (- ?x105)))
 (let ((?x204 (+ ?x179 ?x203)))
 (let ((?x205 (* ?x176 ?x204)))
 (let ((?x214 (+ ?x205 ?x213)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x215 (* ?x178 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x222 (+ ?x217 ?x221)))
 (let ((?x149 (/ 1.0 exp!3)))
 (let ((?x225 (* ?x107 ?x149)))
 (let ((?x922 (- ?x225)))
 (let ((?x1149 (+ ?x107 ?x922)))
 (let ((?x1138 (* ?x149 ?x1149)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x919 (* ?x158 ?x1138)))
 (let ((?x1160 (* 2.0 ?x225)))
 (let ((?x448 (- ?x1160)))
 (let ((?x406 (+ ?x107 ?x448)))
 (let ((?x1137 (+ ?x100 ?x406)))
 (let ((?x857 (* 1.0 ?x1137)))
 (let ((?x925 (* f2 ?x857)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x853 (+ ?x143 ?x925)))
 (let ((?x902 (* ?x139 ?x857)))
 (let ((?x470 (+ ?x902 ?x853)))
 (let ((?x914 (- ?x470)))
 (let ((?x1139 (* 2.0 ?x914)))
 (let ((?x1133 (* ?x149 ?x1139)))
 (let ((?x1155 (+ ?x1133 ?x919)))
 (let ((?x383 (- ?x1155)))
 (let ((?x890 (+ ?x914 ?x383)))
 (let ((?x915 (/ ?x890 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x792 (+ ?x168 ?x915)))
 (let ((?x951 (- ?x792)))
 (let ((?x1159 (* |g2[0]| ?x857)))
 (let ((?x349 (* (/ 1.0 2.0) ?x857)))
 (let ((?x469 (* 0.0 ?x349)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x478 (+ ?x130 ?x469)))
 (let ((?x923 (* |h2[1,0]| ?x478)))
 (let ((?x842 (+ ?x124 ?x469)))
 (let ((?x824 (* |h2[0,0]| ?x842)))
 (let ((?x1157 (+ ?x824 ?x923)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x908 (+ ?x125 ?x469)))
 (let ((?x1152 (+ ?x908 ?x1157)))
 (let ((?x772 (+ ?x1152 ?x1159)))
 (let ((?x869 (+ ?x772 ?x951)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x749 (+ ?x98 ?x869)))
 (let ((?x1193 (* ?x176 ?x749)))
 (or (and (distinct ?x1193 ?x222) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x175 (* exp!3 exp!3)))
 (let ((?x176 (/ (* (/ 1.0 exp!2) exp!1) ?x175)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x220 (* ?x219 ?x176)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x190 (* ?x106 ?x52)))
 (let ((?x206 (/ ?x190 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x211 (+ ?x100 ?x210)))
 (let ((?x212 (* ?x176 ?x211)))
 (let ((?x216 (* |g2[0]| ?x212)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x213 (* ?x211 ?x212)))
 (let ((?x197 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x194 (- ?x190)))
 (let ((?x195 (* ?x190 ?x194)))
 (let ((?x198 (* ?x195 ?x197)))
 (let ((?x191 (* ?x106 ?x190)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x189 (* ?x187 ?x52)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x193 (/ ?x192 ?x44)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x188 (- ?x187)))
 (let ((?x200 (+ ?x188 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x188 ?x202)))
 (let ((?x179 (- ?x105)))
 (let ((?x204 (+ ?x179 ?x203)))
 (let ((?x205 (* ?x176 ?x204)))
 (let ((?x214 (+ ?x205 ?x213)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x215 (* ?x178 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x222 (+ ?x217 ?x221)))
 (let ((?x149 (/ 1.0 exp!3)))
 (let ((?x225 (* ?x107 ?x149)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x223 (+ ?x112 ?x225)))
 (let ((?x562 (- ?x223)))
 (let ((?x382 (+ ?x107 ?x562)))
 (let ((?x463 (* ?x149 ?x382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x386 (* ?x158 ?x463)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x522 (- ?x224)))
 (let ((?x256 (+ ?x107 ?x522)))
 (let ((?x523 (+ ?x100 ?x256)))
 (let ((?x533 (* 1.0 ?x523)))
 (let ((?x779 (* f2 ?x533)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x780 (+ ?x143 ?x779)))
 (let ((?x782 (* ?x139 ?x533)))
 (let ((?x394 (+ ?x782 ?x780)))
 (let ((?x272 (- ?x394)))
 (let ((?x521 (* 2.0 ?x272)))
 (let ((?x561 (* ?x149 ?x521)))
 (let ((?x464 (+ ?x561 ?x386)))
 (let ((?x365 (- ?x464)))
 (let ((?x390 (+ ?x272 ?x365)))
 (let ((?x465 (/ ?x390 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x466 (+ ?x168 ?x465)))
 (let ((?x398 (- ?x466)))
 (let ((?x771 (* |g2[0]| ?x533)))
 (let ((?x531 (* (/ 1.0 2.0) ?x533)))
 (let ((?x534 (* 0.0 ?x531)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x538 (+ ?x130 ?x534)))
 (let ((?x352 (* |h2[1,0]| ?x538)))
 (let ((?x536 (+ ?x124 ?x534)))
 (let ((?x537 (* |h2[0,0]| ?x536)))
 (let ((?x370 (+ ?x537 ?x352)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x535 (+ ?x125 ?x534)))
 (let ((?x770 (+ ?x535 ?x370)))
 (let ((?x781 (+ ?x770 ?x771)))
 (let ((?x467 (+ ?x781 ?x398)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x402 (+ ?x98 ?x467)))
 (let ((?x468 (* ?x176 ?x402)))
 (or (and (distinct ?x468 ?x222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x175 (* exp!3 exp!3)))
 (let ((?x176 (/ (* (/ 1.0 exp!2) exp!1) ?x175)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x220 (* ?x219 ?x176)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x190 (* ?x106 ?x52)))
 (let ((?x206 (/ ?x190 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x211 (+ ?x100 ?x210)))
 (let ((?x212 (* ?x176 ?x211)))
 (let ((?x216 (* |g2[0]| ?x212)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x213 (* ?x211 ?x212)))
 (let ((?x197 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x194 (- ?x190)))
 (let ((?x195 (* ?x190 ?x194)))
 (let ((?x198 (* ?x195 ?x197)))
 (let ((?x191 (* ?x106 ?x190)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x189 (* ?x187 ?x52)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x193 (/ ?x192 ?x44)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x188 (- ?x187)))
 (let ((?x200 (+ ?x188 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x188 ?x202)))
 (let ((?x179 (- ?x105)))
 (let ((?x204 (+ ?x179 ?x203)))
 (let ((?x205 (* ?x176 ?x204)))
 (let ((?x214 (+ ?x205 ?x213)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x215 (* ?x178 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x222 (+ ?x217 ?x221)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x877 (* ?x108 ?x158)))
 (let ((?x1309 (- ?x877)))
 (let ((?x990 (+ ?x157 ?x1309)))
 (let ((?x1175 (* 0.0 ?x990)))
 (let ((?x704 (* ?x104 ?x1175)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x1147 (* ?x109 ?x158)))
 (let ((?x149 (/ 1.0 exp!3)))
 (let ((?x225 (* ?x107 ?x149)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x223 (+ ?x112 ?x225)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x522 (- ?x224)))
 (let ((?x256 (+ ?x107 ?x522)))
 (let ((?x523 (+ ?x100 ?x256)))
 (let ((?x533 (* 1.0 ?x523)))
 (let ((?x779 (* f2 ?x533)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x780 (+ ?x143 ?x779)))
 (let ((?x782 (* ?x139 ?x533)))
 (let ((?x394 (+ ?x782 ?x780)))
 (let ((?x272 (- ?x394)))
 (let ((?x521 (* 2.0 ?x272)))
 (let ((?x913 (* ?x108 ?x521)))
 (let ((?x1128 (+ ?x913 ?x1147)))
 (let ((?x1298 (- ?x1128)))
 (let ((?x1046 (+ ?x272 ?x1298)))
 (let ((?x1215 (/ ?x1046 scale)))
 (let ((?x953 (+ ?x1215 ?x704)))
 (let ((?x955 (- ?x953)))
 (let ((?x771 (* |g2[0]| ?x533)))
 (let ((?x531 (* (/ 1.0 2.0) ?x533)))
 (let ((?x534 (* 0.0 ?x531)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x538 (+ ?x130 ?x534)))
 (let ((?x352 (* |h2[1,0]| ?x538)))
 (let ((?x536 (+ ?x124 ?x534)))
 (let ((?x537 (* |h2[0,0]| ?x536)))
 (let ((?x370 (+ ?x537 ?x352)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x535 (+ ?x125 ?x534)))
 (let ((?x770 (+ ?x535 ?x370)))
 (let ((?x781 (+ ?x770 ?x771)))
 (let ((?x1090 (+ ?x781 ?x955)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x490 (+ ?x98 ?x1090)))
 (let ((?x982 (* ?x176 ?x490)))
 (or (and (distinct ?x982 ?x222) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x175 (* exp!3 exp!3)))
 (let ((?x176 (/ (* (/ 1.0 exp!2) exp!1) ?x175)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x220 (* ?x219 ?x176)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x190 (* ?x106 ?x52)))
 (let ((?x206 (/ ?x190 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x211 (+ ?x100 ?x210)))
 (let ((?x212 (* ?x176 ?x211)))
 (let ((?x216 (* |g2[0]| ?x212)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x213 (* ?x211 ?x212)))
 (let ((?x197 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x194 (- ?x190)))
 (let ((?x195 (* ?x190 ?x194)))
 (let ((?x198 (* ?x195 ?x197)))
 (let ((?x191 (* ?x106 ?x190)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x189 (* ?x187 ?x52)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x193 (/ ?x192 ?x44)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x188 (- ?x187)))
 (let ((?x200 (+ ?x188 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x188 ?x202)))
 (let ((?x179 (- ?x105)))
 (let ((?x204 (+ ?x179 ?x203)))
 (let ((?x205 (* ?x176 ?x204)))
 (let ((?x214 (+ ?x205 ?x213)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x215 (* ?x178 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x222 (+ ?x217 ?x221)))
 (let ((?x149 (/ 1.0 exp!3)))
 (let ((?x225 (* ?x107 ?x149)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x223 (+ ?x112 ?x225)))
 (let ((?x562 (- ?x223)))
 (let ((?x382 (+ ?x107 ?x562)))
 (let ((?x463 (* ?x149 ?x382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x386 (* ?x158 ?x463)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x522 (- ?x224)))
 (let ((?x256 (+ ?x107 ?x522)))
 (let ((?x523 (+ ?x100 ?x256)))
 (let ((?x533 (* 1.0 ?x523)))
 (let ((?x779 (* f2 ?x533)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x780 (+ ?x143 ?x779)))
 (let ((?x782 (* ?x139 ?x533)))
 (let ((?x394 (+ ?x782 ?x780)))
 (let ((?x272 (- ?x394)))
 (let ((?x521 (* 2.0 ?x272)))
 (let ((?x561 (* ?x149 ?x521)))
 (let ((?x464 (+ ?x561 ?x386)))
 (let ((?x365 (- ?x464)))
 (let ((?x390 (+ ?x272 ?x365)))
 (let ((?x465 (/ ?x390 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x466 (+ ?x168 ?x465)))
 (let ((?x398 (- ?x466)))
 (let ((?x771 (* |g2[0]| ?x533)))
 (let ((?x531 (* (/ 1.0 2.0) ?x533)))
 (let ((?x534 (* 0.0 ?x531)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x538 (+ ?x130 ?x534)))
 (let ((?x352 (* |h2[1,0]| ?x538)))
 (let ((?x536 (+ ?x124 ?x534)))
 (let ((?x537 (* |h2[0,0]| ?x536)))
 (let ((?x370 (+ ?x537 ?x352)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x535 (+ ?x125 ?x534)))
 (let ((?x770 (+ ?x535 ?x370)))
 (let ((?x781 (+ ?x770 ?x771)))
 (let ((?x467 (+ ?x781 ?x398)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x402 (+ ?x98 ?x467)))
 (let ((?x468 (* ?x176 ?x402)))
 (or (and (distinct ?x468 ?x222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x175 (* exp!3 exp!3)))
 (let ((?x176 (/ (* (/ 1.0 exp!2) exp!1) ?x175)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x220 (* ?x219 ?x176)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x190 (* ?x106 ?x52)))
 (let ((?x206 (/ ?x190 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x211 (+ ?x100 ?x210)))
 (let ((?x212 (* ?x176 ?x211)))
 (let ((?x216 (* |g2[0]| ?x212)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x213 (* ?x211 ?x212)))
 (let ((?x197 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x194 (- ?x190)))
 (let ((?x195 (* ?x190 ?x194)))
 (let ((?x198 (* ?x195 ?x197)))
 (let ((?x191 (* ?x106 ?x190)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x189 (* ?x187 ?x52)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x193 (/ ?x192 ?x44)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x188 (- ?x187)))
 (let ((?x200 (+ ?x188 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x188 ?x202)))
 (let ((?x179 (- ?x105)))
 (let ((?x204 (+ ?x179 ?x203)))
 (let ((?x205 (* ?x176 ?x204)))
 (let ((?x214 (+ ?x205 ?x213)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x215 (* ?x178 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x222 (+ ?x217 ?x221)))
 (let ((?x149 (/ 1.0 exp!3)))
 (let ((?x225 (* ?x107 ?x149)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x223 (+ ?x112 ?x225)))
 (let ((?x562 (- ?x223)))
 (let ((?x382 (+ ?x107 ?x562)))
 (let ((?x463 (* ?x149 ?x382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x386 (* ?x158 ?x463)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x522 (- ?x224)))
 (let ((?x256 (+ ?x107 ?x522)))
 (let ((?x523 (+ ?x100 ?x256)))
 (let ((?x533 (* 1.0 ?x523)))
 (let ((?x779 (* f2 ?x533)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x780 (+ ?x143 ?x779)))
 (let ((?x782 (* ?x139 ?x533)))
 (let ((?x394 (+ ?x782 ?x780)))
 (let ((?x272 (- ?x394)))
 (let ((?x521 (* 2.0 ?x272)))
 (let ((?x561 (* ?x149 ?x521)))
 (let ((?x464 (+ ?x561 ?x386)))
 (let ((?x365 (- ?x464)))
 (let ((?x390 (+ ?x272 ?x365)))
 (let ((?x465 (/ ?x390 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x466 (+ ?x168 ?x465)))
 (let ((?x398 (- ?x466)))
 (let ((?x771 (* |g2[0]| ?x533)))
 (let ((?x531 (* (/ 1.0 2.0) ?x533)))
 (let ((?x534 (* 0.0 ?x531)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x538 (+ ?x130 ?x534)))
 (let ((?x352 (* |h2[1,0]| ?x538)))
 (let ((?x536 (+ ?x124 ?x534)))
 (let ((?x537 (* |h2[0,0]| ?x536)))
 (let ((?x370 (+ ?x537 ?x352)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x535 (+ ?x125 ?x534)))
 (let ((?x770 (+ ?x535 ?x370)))
 (let ((?x781 (+ ?x770 ?x771)))
 (let ((?x467 (+ ?x781 ?x398)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x402 (+ ?x98 ?x467)))
 (let ((?x468 (* ?x176 ?x402)))
 (or (and (distinct ?x468 ?x222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (= 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x313 (* (/ 1.0 2.0) ?x107)))
 (let ((?x1001 (+ ?x313 ?x763)))
 (let ((?x1105 (* 2.0 ?x1001)))
 (let ((?x269 (- ?x1105)))
 (let ((?x870 (+ ?x107 ?x269)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1068 (+ ?x100 ?x870)))
 (let ((?x437 (* ?x232 ?x1068)))
 (let ((?x1011 (* |g2[0]| ?x437)))
 (let ((?x292 (+ ?x1011 ?x1002)))
 (let ((?x445 (* ?x1068 ?x437)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x668 (* (/ 1.0 2.0) ?x188)))
 (let ((?x1257 (+ ?x668 ?x336)))
 (let ((?x397 (* 2.0 ?x1257)))
 (let ((?x819 (- ?x397)))
 (let ((?x346 (+ ?x188 ?x819)))
 (let ((?x179 (- ?x105)))
 (let ((?x1153 (+ ?x179 ?x346)))
 (let ((?x378 (* ?x232 ?x1153)))
 (let ((?x596 (+ ?x378 ?x445)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x484 (* ?x178 ?x596)))
 (let ((?x983 (+ ?x484 ?x1011)))
 (let ((?x486 (+ ?x983 ?x292)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x906 (+ ?x109 ?x872)))
 (let ((?x892 (- ?x906)))
 (let ((?x935 (+ ?x107 ?x892)))
 (let ((?x999 (* ?x1023 ?x935)))
 (let ((?x861 (* ?x999 ?x158)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x455 (* 2.0 ?x906)))
 (let ((?x1191 (- ?x455)))
 (let ((?x1207 (+ ?x107 ?x1191)))
 (let ((?x961 (+ ?x100 ?x1207)))
 (let ((?x657 (* ?x961 1.0)))
 (let ((?x1102 (* f2 ?x657)))
 (let ((?x1022 (+ ?x1102 ?x143)))
 (let ((?x1141 (* ?x139 ?x657)))
 (let ((?x1144 (+ ?x1141 ?x1022)))
 (let ((?x1270 (- ?x1144)))
 (let ((?x1332 (* 2.0 ?x1270)))
 (let ((?x896 (* ?x1023 ?x1332)))
 (let ((?x1251 (+ ?x896 ?x861)))
 (let ((?x377 (- ?x1251)))
 (let ((?x563 (+ ?x1270 ?x377)))
 (let ((?x984 (/ ?x563 scale)))
 (let ((?x1130 (+ ?x984 ?x1030)))
 (let ((?x283 (- ?x1130)))
 (let ((?x312 (* |g2[0]| ?x657)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1262 (* (/ 1.0 2.0) ?x657)))
 (let ((?x998 (* 0.0 ?x1262)))
 (let ((?x1063 (+ ?x998 ?x130)))
 (let ((?x447 (* |h2[1,0]| ?x1063)))
 (let ((?x1111 (+ ?x998 ?x124)))
 (let ((?x686 (* |h2[0,0]| ?x1111)))
 (let ((?x1250 (+ ?x686 ?x447)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x384 (+ ?x998 ?x125)))
 (let ((?x1197 (+ ?x384 ?x1250)))
 (let ((?x690 (+ ?x1197 ?x312)))
 (let ((?x239 (+ ?x690 ?x283)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x740 (+ ?x98 ?x239)))
 (let ((?x598 (* ?x232 ?x740)))
 (or (and (distinct ?x598 ?x486) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x313 (* (/ 1.0 2.0) ?x107)))
 (let ((?x1001 (+ ?x313 ?x763)))
 (let ((?x1105 (* 2.0 ?x1001)))
 (let ((?x269 (- ?x1105)))
 (let ((?x870 (+ ?x107 ?x269)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1068 (+ ?x100 ?x870)))
 (let ((?x437 (* ?x232 ?x1068)))
 (let ((?x1011 (* |g2[0]| ?x437)))
 (let ((?x292 (+ ?x1011 ?x1002)))
 (let ((?x445 (* ?x1068 ?x437)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x668 (* (/ 1.0 2.0) ?x188)))
 (let ((?x1257 (+ ?x668 ?x336)))
 (let ((?x397 (* 2.0 ?x1257)))
 (let ((?x819 (- ?x397)))
 (let ((?x346 (+ ?x188 ?x819)))
 (let ((?x179 (- ?x105)))
 (let ((?x1153 (+ ?x179 ?x346)))
 (let ((?x378 (* ?x232 ?x1153)))
 (let ((?x596 (+ ?x378 ?x445)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x484 (* ?x178 ?x596)))
 (let ((?x983 (+ ?x484 ?x1011)))
 (let ((?x486 (+ ?x983 ?x292)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x486) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x1776 (+ ?x763 ?x1769)))
 (let ((?x977 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x977)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x929 (+ ?x100 ?x1733)))
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x232 ?x929)))
 (let ((?x1260 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x1119 (+ ?x1002 ?x1260)))
 (let ((?x257 (* ?x929 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x692 (* 0.0 ?x188)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x575 (+ ?x336 ?x692)))
 (let ((?x725 (* 2.0 ?x575)))
 (let ((?x1214 (- ?x725)))
 (let ((?x889 (+ ?x188 ?x1214)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x889)))
 (let ((?x1348 (* ?x232 ?x1775)))
 (let ((?x1074 (+ ?x1348 ?x257)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1074)))
 (let ((?x414 (+ ?x1772 ?x1260)))
 (let ((?x1770 (+ ?x414 ?x1119)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (= 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x313 (* (/ 1.0 2.0) ?x107)))
 (let ((?x1001 (+ ?x313 ?x763)))
 (let ((?x1105 (* 2.0 ?x1001)))
 (let ((?x269 (- ?x1105)))
 (let ((?x870 (+ ?x107 ?x269)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1068 (+ ?x100 ?x870)))
 (let ((?x437 (* ?x232 ?x1068)))
 (let ((?x1011 (* |g2[0]| ?x437)))
 (let ((?x292 (+ ?x1011 ?x1002)))
 (let ((?x445 (* ?x1068 ?x437)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x668 (* (/ 1.0 2.0) ?x188)))
 (let ((?x1257 (+ ?x668 ?x336)))
 (let ((?x397 (* 2.0 ?x1257)))
 (let ((?x819 (- ?x397)))
 (let ((?x346 (+ ?x188 ?x819)))
 (let ((?x179 (- ?x105)))
 (let ((?x1153 (+ ?x179 ?x346)))
 (let ((?x378 (* ?x232 ?x1153)))
 (let ((?x596 (+ ?x378 ?x445)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x484 (* ?x178 ?x596)))
 (let ((?x983 (+ ?x484 ?x1011)))
 (let ((?x486 (+ ?x983 ?x292)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x1633 (- ?x866)))
 (let ((?x1650 (+ ?x107 ?x1633)))
 (let ((?x878 (* ?x1023 ?x1650)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x1628 (* ?x158 ?x878)))
 (let ((?x1273 (* 2.0 ?x866)))
 (let ((?x432 (- ?x1273)))
 (let ((?x409 (+ ?x107 ?x432)))
 (let ((?x1830 (+ ?x100 ?x409)))
 (let ((?x1108 (* 1.0 ?x1830)))
 (let ((?x812 (* f2 ?x1108)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x1390 (+ ?x143 ?x812)))
 (let ((?x1840 (* ?x139 ?x1108)))
 (let ((?x415 (+ ?x1840 ?x1390)))
 (let ((?x1670 (- ?x415)))
 (let ((?x1832 (* 2.0 ?x1670)))
 (let ((?x1422 (* ?x1023 ?x1832)))
 (let ((?x1306 (+ ?x1422 ?x1628)))
 (let ((?x1275 (- ?x1306)))
 (let ((?x1833 (+ ?x1670 ?x1275)))
 (let ((?x1673 (/ ?x1833 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1296 (+ ?x1030 ?x1673)))
 (let ((?x685 (- ?x1296)))
 (let ((?x1252 (* |g2[0]| ?x1108)))
 (let ((?x1640 (* (/ 1.0 2.0) ?x1108)))
 (let ((?x1660 (* 0.0 ?x1640)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1674 (+ ?x130 ?x1660)))
 (let ((?x433 (* |h2[1,0]| ?x1674)))
 (let ((?x1278 (+ ?x124 ?x1660)))
 (let ((?x1097 (* |h2[0,0]| ?x1278)))
 (let ((?x1083 (+ ?x1097 ?x433)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x1346 (+ ?x125 ?x1660)))
 (let ((?x574 (+ ?x1346 ?x1083)))
 (let ((?x1268 (+ ?x574 ?x1252)))
 (let ((?x1402 (+ ?x1268 ?x685)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1041 (+ ?x98 ?x1402)))
 (let ((?x1124 (* ?x232 ?x1041)))
 (or (and (distinct ?x1124 ?x486) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x313 (* (/ 1.0 2.0) ?x107)))
 (let ((?x1001 (+ ?x313 ?x763)))
 (let ((?x1105 (* 2.0 ?x1001)))
 (let ((?x269 (- ?x1105)))
 (let ((?x870 (+ ?x107 ?x269)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1068 (+ ?x100 ?x870)))
 (let ((?x437 (* ?x232 ?x1068)))
 (let ((?x1011 (* |g2[0]| ?x437)))
 (let ((?x292 (+ ?x1011 ?x1002)))
 (let ((?x445 (* ?x1068 ?x437)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x668 (* (/ 1.0 2.0) ?x188)))
 (let ((?x1257 (+ ?x668 ?x336)))
 (let ((?x397 (* 2.0 ?x1257)))
 (let ((?x819 (- ?x397)))
 (let ((?x346 (+ ?x188 ?x819)))
 (let ((?x179 (- ?x105)))
 (let ((?x1153 (+ ?x179 ?x346)))
 (let ((?x378 (* ?x232 ?x1153)))
 (let ((?x596 (+ ?x378 ?x445)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x484 (* ?x178 ?x596)))
 (let ((?x983 (+ ?x484 ?x1011)))
 (let ((?x486 (+ ?x983 ?x292)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x486) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x1776 (+ ?x763 ?x1769)))
 (let ((?x977 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x977)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x929 (+ ?x100 ?x1733)))
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x232 ?x929)))
 (let ((?x1260 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x1119 (+ ?x1002 ?x1260)))
 (let ((?x257 (* ?x929 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x692 (* 0.0 ?x188)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x575 (+ ?x336 ?x692)))
 (let ((?x725 (* 2.0 ?x575)))
 (let ((?x1214 (- ?x725)))
 (let ((?x889 (+ ?x188 ?x1214)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x889)))
 (let ((?x1348 (* ?x232 ?x1775)))
 (let ((?x1074 (+ ?x1348 ?x257)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1074)))
 (let ((?x414 (+ ?x1772 ?x1260)))
 (let ((?x1770 (+ ?x414 ?x1119)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (= 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x313 (* (/ 1.0 2.0) ?x107)))
 (let ((?x1001 (+ ?x313 ?x763)))
 (let ((?x1105 (* 2.0 ?x1001)))
 (let ((?x269 (- ?x1105)))
 (let ((?x870 (+ ?x107 ?x269)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1068 (+ ?x100 ?x870)))
 (let ((?x437 (* ?x232 ?x1068)))
 (let ((?x1011 (* |g2[0]| ?x437)))
 (let ((?x292 (+ ?x1011 ?x1002)))
 (let ((?x445 (* ?x1068 ?x437)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x668 (* (/ 1.0 2.0) ?x188)))
 (let ((?x1257 (+ ?x668 ?x336)))
 (let ((?x397 (* 2.0 ?x1257)))
 (let ((?x819 (- ?x397)))
 (let ((?x346 (+ ?x188 ?x819)))
 (let ((?x179 (- ?x105)))
 (let ((?x1153 (+ ?x179 ?x346)))
 (let ((?x378 (* ?x232 ?x1153)))
 (let ((?x596 (+ ?x378 ?x445)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x484 (* ?x178 ?x596)))
 (let ((?x983 (+ ?x484 ?x1011)))
 (let ((?x486 (+ ?x983 ?x292)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x877 (* ?x108 ?x158)))
 (let ((?x1309 (- ?x877)))
 (let ((?x990 (+ ?x157 ?x1309)))
 (let ((?x1175 (* 0.0 ?x990)))
 (let ((?x704 (* ?x104 ?x1175)))
 (let ((?x1147 (* ?x109 ?x158)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x1757 (* ?x108 ?x362)))
 (let ((?x1818 (+ ?x1757 ?x1147)))
 (let ((?x505 (- ?x1818)))
 (let ((?x1208 (+ ?x501 ?x505)))
 (let ((?x847 (/ ?x1208 scale)))
 (let ((?x1345 (+ ?x847 ?x704)))
 (let ((?x1895 (- ?x1345)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x1412 (+ ?x550 ?x1895)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x323 (+ ?x98 ?x1412)))
 (let ((?x1736 (* ?x232 ?x323)))
 (or (and (distinct ?x1736 ?x486) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x313 (* (/ 1.0 2.0) ?x107)))
 (let ((?x1001 (+ ?x313 ?x763)))
 (let ((?x1105 (* 2.0 ?x1001)))
 (let ((?x269 (- ?x1105)))
 (let ((?x870 (+ ?x107 ?x269)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1068 (+ ?x100 ?x870)))
 (let ((?x437 (* ?x232 ?x1068)))
 (let ((?x1011 (* |g2[0]| ?x437)))
 (let ((?x292 (+ ?x1011 ?x1002)))
 (let ((?x445 (* ?x1068 ?x437)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x668 (* (/ 1.0 2.0) ?x188)))
 (let ((?x1257 (+ ?x668 ?x336)))
 (let ((?x397 (* 2.0 ?x1257)))
 (let ((?x819 (- ?x397)))
 (let ((?x346 (+ ?x188 ?x819)))
 (let ((?x179 (- ?x105)))
 (let ((?x1153 (+ ?x179 ?x346)))
 (let ((?x378 (* ?x232 ?x1153)))
 (let ((?x596 (+ ?x378 ?x445)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x484 (* ?x178 ?x596)))
 (let ((?x983 (+ ?x484 ?x1011)))
 (let ((?x486 (+ ?x983 ?x292)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x486) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x1776 (+ ?x763 ?x1769)))
 (let ((?x977 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x977)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x929 (+ ?x100 ?x1733)))
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x232 ?x929)))
 (let ((?x1260 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x1119 (+ ?x1002 ?x1260)))
 (let ((?x257 (* ?x929 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x692 (* 0.0 ?x188)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x575 (+ ?x336 ?x692)))
 (let ((?x725 (* 2.0 ?x575)))
 (let ((?x1214 (- ?x725)))
 (let ((?x889 (+ ?x188 ?x1214)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x889)))
 (let ((?x1348 (* ?x232 ?x1775)))
 (let ((?x1074 (+ ?x1348 ?x257)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1074)))
 (let ((?x414 (+ ?x1772 ?x1260)))
 (let ((?x1770 (+ ?x414 ?x1119)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x313 (* (/ 1.0 2.0) ?x107)))
 (let ((?x1001 (+ ?x313 ?x763)))
 (let ((?x1105 (* 2.0 ?x1001)))
 (let ((?x269 (- ?x1105)))
 (let ((?x870 (+ ?x107 ?x269)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1068 (+ ?x100 ?x870)))
 (let ((?x437 (* ?x232 ?x1068)))
 (let ((?x1011 (* |g2[0]| ?x437)))
 (let ((?x292 (+ ?x1011 ?x1002)))
 (let ((?x445 (* ?x1068 ?x437)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x668 (* (/ 1.0 2.0) ?x188)))
 (let ((?x1257 (+ ?x668 ?x336)))
 (let ((?x397 (* 2.0 ?x1257)))
 (let ((?x819 (- ?x397)))
 (let ((?x346 (+ ?x188 ?x819)))
 (let ((?x179 (- ?x105)))
 (let ((?x1153 (+ ?x179 ?x346)))
 (let ((?x378 (* ?x232 ?x1153)))
 (let ((?x596 (+ ?x378 ?x445)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x484 (* ?x178 ?x596)))
 (let ((?x983 (+ ?x484 ?x1011)))
 (let ((?x486 (+ ?x983 ?x292)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x486) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x1776 (+ ?x763 ?x1769)))
 (let ((?x977 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x977)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x929 (+ ?x100 ?x1733)))
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x232 ?x929)))
 (let ((?x1260 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x1119 (+ ?x1002 ?x1260)))
 (let ((?x257 (* ?x929 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x692 (* 0.0 ?x188)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x575 (+ ?x336 ?x692)))
 (let ((?x725 (* 2.0 ?x575)))
 (let ((?x1214 (- ?x725)))
 (let ((?x889 (+ ?x188 ?x1214)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x889)))
 (let ((?x1348 (* ?x232 ?x1775)))
 (let ((?x1074 (+ ?x1348 ?x257)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1074)))
 (let ((?x414 (+ ?x1772 ?x1260)))
 (let ((?x1770 (+ ?x414 ?x1119)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x176 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x220 (* ?x219 ?x176)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x190 (* ?x106 ?x52)))
 (let ((?x206 (/ ?x190 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x211 (+ ?x100 ?x210)))
 (let ((?x212 (* ?x176 ?x211)))
 (let ((?x216 (* |g2[0]| ?x212)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x213 (* ?x211 ?x212)))
 (let ((?x197 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x194 (- ?x190)))
 (let ((?x195 (* ?x190 ?x194)))
 (let ((?x198 (* ?x195 ?x197)))
 (let ((?x191 (* ?x106 ?x190)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x189 (* ?x187 ?x52)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x193 (/ ?x192 ?x44)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x188 (- ?x187)))
 (let ((?x200 (+ ?x188 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x188 ?x202)))
 (let ((?x179 (- ?x105)))
 (let ((?x204 (+ ?x179 ?x203)))
 (let ((?x205 (* ?x176 ?x204)))
 (let ((?x214 (+ ?x205 ?x213)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x215 (* ?x178 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x222 (+ ?x217 ?x221)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x149 (/ 1.0 exp!3)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x151 (- ?x113)))
 (let ((?x152 (+ ?x107 ?x151)))
 (let ((?x153 (* ?x149 ?x152)))
 (let ((?x159 (* ?x153 ?x158)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x114 (* 2.0 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x116 (+ ?x107 ?x115)))
 (let ((?x117 (+ ?x100 ?x116)))
 (let ((?x120 (* ?x117 1.0)))
 (let ((?x142 (* f2 ?x120)))
 (let ((?x144 (+ ?x142 ?x143)))
 (let ((?x140 (* ?x139 ?x120)))
 (let ((?x145 (+ ?x140 ?x144)))
 (let ((?x146 (- ?x145)))
 (let ((?x148 (* 2.0 ?x146)))
 (let ((?x150 (* ?x149 ?x148)))
 (let ((?x160 (+ ?x150 ?x159)))
 (let ((?x161 (- ?x160)))
 (let ((?x162 (+ ?x146 ?x161)))
 (let ((?x163 (/ ?x162 scale)))
 (let ((?x169 (+ ?x163 ?x168)))
 (let ((?x170 (- ?x169)))
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
 (let ((?x171 (+ ?x137 ?x170)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x172 (+ ?x98 ?x171)))
 (let ((?x177 (* ?x176 ?x172)))
 (or (and (distinct ?x177 ?x222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x176 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x220 (* ?x219 ?x176)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x190 (* ?x106 ?x52)))
 (let ((?x206 (/ ?x190 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x211 (+ ?x100 ?x210)))
 (let ((?x212 (* ?x176 ?x211)))
 (let ((?x216 (* |g2[0]| ?x212)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x213 (* ?x211 ?x212)))
 (let ((?x197 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x194 (- ?x190)))
 (let ((?x195 (* ?x190 ?x194)))
 (let ((?x198 (* ?x195 ?x197)))
 (let ((?x191 (* ?x106 ?x190)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x189 (* ?x187 ?x52)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x193 (/ ?x192 ?x44)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x188 (- ?x187)))
 (let ((?x200 (+ ?x188 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x188 ?x202)))
 (let ((?x179 (- ?x105)))
 (let ((?x204 (+ ?x179 ?x203)))
 (let ((?x205 (* ?x176 ?x204)))
 (let ((?x214 (+ ?x205 ?x213)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x215 (* ?x178 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x222 (+ ?x217 ?x221)))
 (let ((?x149 (/ 1.0 exp!3)))
 (let ((?x225 (* ?x107 ?x149)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x223 (+ ?x112 ?x225)))
 (let ((?x562 (- ?x223)))
 (let ((?x382 (+ ?x107 ?x562)))
 (let ((?x463 (* ?x149 ?x382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x386 (* ?x158 ?x463)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x522 (- ?x224)))
 (let ((?x256 (+ ?x107 ?x522)))
 (let ((?x523 (+ ?x100 ?x256)))
 (let ((?x533 (* 1.0 ?x523)))
 (let ((?x779 (* f2 ?x533)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x780 (+ ?x143 ?x779)))
 (let ((?x782 (* ?x139 ?x533)))
 (let ((?x394 (+ ?x782 ?x780)))
 (let ((?x272 (- ?x394)))
 (let ((?x521 (* 2.0 ?x272)))
 (let ((?x561 (* ?x149 ?x521)))
 (let ((?x464 (+ ?x561 ?x386)))
 (let ((?x365 (- ?x464)))
 (let ((?x390 (+ ?x272 ?x365)))
 (let ((?x465 (/ ?x390 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x466 (+ ?x168 ?x465)))
 (let ((?x398 (- ?x466)))
 (let ((?x771 (* |g2[0]| ?x533)))
 (let ((?x531 (* (/ 1.0 2.0) ?x533)))
 (let ((?x534 (* 0.0 ?x531)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x538 (+ ?x130 ?x534)))
 (let ((?x352 (* |h2[1,0]| ?x538)))
 (let ((?x536 (+ ?x124 ?x534)))
 (let ((?x537 (* |h2[0,0]| ?x536)))
 (let ((?x370 (+ ?x537 ?x352)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x535 (+ ?x125 ?x534)))
 (let ((?x770 (+ ?x535 ?x370)))
 (let ((?x781 (+ ?x770 ?x771)))
 (let ((?x467 (+ ?x781 ?x398)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x402 (+ ?x98 ?x467)))
 (let ((?x468 (* ?x176 ?x402)))
 (or (and (distinct ?x468 ?x222) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x176 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x220 (* ?x219 ?x176)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x190 (* ?x106 ?x52)))
 (let ((?x206 (/ ?x190 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x211 (+ ?x100 ?x210)))
 (let ((?x212 (* ?x176 ?x211)))
 (let ((?x216 (* |g2[0]| ?x212)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x213 (* ?x211 ?x212)))
 (let ((?x197 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x194 (- ?x190)))
 (let ((?x195 (* ?x190 ?x194)))
 (let ((?x198 (* ?x195 ?x197)))
 (let ((?x191 (* ?x106 ?x190)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x189 (* ?x187 ?x52)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x193 (/ ?x192 ?x44)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x188 (- ?x187)))
 (let ((?x200 (+ ?x188 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x188 ?x202)))
 (let ((?x179 (- ?x105)))
 (let ((?x204 (+ ?x179 ?x203)))
 (let ((?x205 (* ?x176 ?x204)))
 (let ((?x214 (+ ?x205 ?x213)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x215 (* ?x178 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x222 (+ ?x217 ?x221)))
 (let ((?x149 (/ 1.0 exp!3)))
 (let ((?x225 (* ?x107 ?x149)))
 (let ((?x922 (- ?x225)))
 (let ((?x1149 (+ ?x107 ?x922)))
 (let ((?x1138 (* ?x149 ?x1149)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x919 (* ?x158 ?x1138)))
 (let ((?x1160 (* 2.0 ?x225)))
 (let ((?x448 (- ?x1160)))
 (let ((?x406 (+ ?x107 ?x448)))
 (let ((?x1137 (+ ?x100 ?x406)))
 (let ((?x857 (* 1.0 ?x1137)))
 (let ((?x925 (* f2 ?x857)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x853 (+ ?x143 ?x925)))
 (let ((?x902 (* ?x139 ?x857)))
 (let ((?x470 (+ ?x902 ?x853)))
 (let ((?x914 (- ?x470)))
 (let ((?x1139 (* 2.0 ?x914)))
 (let ((?x1133 (* ?x149 ?x1139)))
 (let ((?x1155 (+ ?x1133 ?x919)))
 (let ((?x383 (- ?x1155)))
 (let ((?x890 (+ ?x914 ?x383)))
 (let ((?x915 (/ ?x890 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x792 (+ ?x168 ?x915)))
 (let ((?x951 (- ?x792)))
 (let ((?x1159 (* |g2[0]| ?x857)))
 (let ((?x349 (* (/ 1.0 2.0) ?x857)))
 (let ((?x469 (* 0.0 ?x349)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x478 (+ ?x130 ?x469)))
 (let ((?x923 (* |h2[1,0]| ?x478)))
 (let ((?x842 (+ ?x124 ?x469)))
 (let ((?x824 (* |h2[0,0]| ?x842)))
 (let ((?x1157 (+ ?x824 ?x923)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x908 (+ ?x125 ?x469)))
 (let ((?x1152 (+ ?x908 ?x1157)))
 (let ((?x772 (+ ?x1152 ?x1159)))
 (let ((?x869 (+ ?x772 ?x951)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x749 (+ ?x98 ?x869)))
 (let ((?x1193 (* ?x176 ?x749)))
 (or (and (distinct ?x1193 ?x222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x176 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x220 (* ?x219 ?x176)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x190 (* ?x106 ?x52)))
 (let ((?x206 (/ ?x190 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x211 (+ ?x100 ?x210)))
 (let ((?x212 (* ?x176 ?x211)))
 (let ((?x216 (* |g2[0]| ?x212)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x213 (* ?x211 ?x212)))
 (let ((?x197 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x194 (- ?x190)))
 (let ((?x195 (* ?x190 ?x194)))
 (let ((?x198 (* ?x195 ?x197)))
 (let ((?x191 (* ?x106 ?x190)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x189 (* ?x187 ?x52)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x193 (/ ?x192 ?x44)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x188 (- ?x187)))
 (let ((?x200 (+ ?x188 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x188 ?x202)))
 (let ((?x179 (- ?x105)))
 (let ((?x204 (+ ?x179 ?x203)))
 (let ((?x205 (* ?x176 ?x204)))
 (let ((?x214 (+ ?x205 ?x213)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x215 (* ?x178 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x222 (+ ?x217 ?x221)))
 (let ((?x149 (/ 1.0 exp!3)))
 (let ((?x225 (* ?x107 ?x149)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x223 (+ ?x112 ?x225)))
 (let ((?x562 (- ?x223)))
 (let ((?x382 (+ ?x107 ?x562)))
 (let ((?x463 (* ?x149 ?x382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x386 (* ?x158 ?x463)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x522 (- ?x224)))
 (let ((?x256 (+ ?x107 ?x522)))
 (let ((?x523 (+ ?x100 ?x256)))
 (let ((?x533 (* 1.0 ?x523)))
 (let ((?x779 (* f2 ?x533)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x780 (+ ?x143 ?x779)))
 (let ((?x782 (* ?x139 ?x533)))
 (let ((?x394 (+ ?x782 ?x780)))
 (let ((?x272 (- ?x394)))
 (let ((?x521 (* 2.0 ?x272)))
 (let ((?x561 (* ?x149 ?x521)))
 (let ((?x464 (+ ?x561 ?x386)))
 (let ((?x365 (- ?x464)))
 (let ((?x390 (+ ?x272 ?x365)))
 (let ((?x465 (/ ?x390 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x466 (+ ?x168 ?x465)))
 (let ((?x398 (- ?x466)))
 (let ((?x771 (* |g2[0]| ?x533)))
 (let ((?x531 (* (/ 1.0 2.0) ?x533)))
 (let ((?x534 (* 0.0 ?x531)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x538 (+ ?x130 ?x534)))
 (let ((?x352 (* |h2[1,0]| ?x538)))
 (let ((?x536 (+ ?x124 ?x534)))
 (let ((?x537 (* |h2[0,0]| ?x536)))
 (let ((?x370 (+ ?x537 ?x352)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x535 (+ ?x125 ?x534)))
 (let ((?x770 (+ ?x535 ?x370)))
 (let ((?x781 (+ ?x770 ?x771)))
 (let ((?x467 (+ ?x781 ?x398)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x402 (+ ?x98 ?x467)))
 (let ((?x468 (* ?x176 ?x402)))
 (or (and (distinct ?x468 ?x222) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x176 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x220 (* ?x219 ?x176)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x190 (* ?x106 ?x52)))
 (let ((?x206 (/ ?x190 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x211 (+ ?x100 ?x210)))
 (let ((?x212 (* ?x176 ?x211)))
 (let ((?x216 (* |g2[0]| ?x212)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x213 (* ?x211 ?x212)))
 (let ((?x197 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x194 (- ?x190)))
 (let ((?x195 (* ?x190 ?x194)))
 (let ((?x198 (* ?x195 ?x197)))
 (let ((?x191 (* ?x106 ?x190)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x189 (* ?x187 ?x52)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x193 (/ ?x192 ?x44)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x188 (- ?x187)))
 (let ((?x200 (+ ?x188 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x188 ?x202)))
 (let ((?x179 (- ?x105)))
 (let ((?x204 (+ ?x179 ?x203)))
 (let ((?x205 (* ?x176 ?x204)))
 (let ((?x214 (+ ?x205 ?x213)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x215 (* ?x178 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x222 (+ ?x217 ?x221)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x877 (* ?x108 ?x158)))
 (let ((?x1309 (- ?x877)))
 (let ((?x990 (+ ?x157 ?x1309)))
 (let ((?x1175 (* 0.0 ?x990)))
 (let ((?x704 (* ?x104 ?x1175)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x1147 (* ?x109 ?x158)))
 (let ((?x149 (/ 1.0 exp!3)))
 (let ((?x225 (* ?x107 ?x149)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x223 (+ ?x112 ?x225)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x522 (- ?x224)))
 (let ((?x256 (+ ?x107 ?x522)))
 (let ((?x523 (+ ?x100 ?x256)))
 (let ((?x533 (* 1.0 ?x523)))
 (let ((?x779 (* f2 ?x533)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x780 (+ ?x143 ?x779)))
 (let ((?x782 (* ?x139 ?x533)))
 (let ((?x394 (+ ?x782 ?x780)))
 (let ((?x272 (- ?x394)))
 (let ((?x521 (* 2.0 ?x272)))
 (let ((?x913 (* ?x108 ?x521)))
 (let ((?x1128 (+ ?x913 ?x1147)))
 (let ((?x1298 (- ?x1128)))
 (let ((?x1046 (+ ?x272 ?x1298)))
 (let ((?x1215 (/ ?x1046 scale)))
 (let ((?x953 (+ ?x1215 ?x704)))
 (let ((?x955 (- ?x953)))
 (let ((?x771 (* |g2[0]| ?x533)))
 (let ((?x531 (* (/ 1.0 2.0) ?x533)))
 (let ((?x534 (* 0.0 ?x531)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x538 (+ ?x130 ?x534)))
 (let ((?x352 (* |h2[1,0]| ?x538)))
 (let ((?x536 (+ ?x124 ?x534)))
 (let ((?x537 (* |h2[0,0]| ?x536)))
 (let ((?x370 (+ ?x537 ?x352)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x535 (+ ?x125 ?x534)))
 (let ((?x770 (+ ?x535 ?x370)))
 (let ((?x781 (+ ?x770 ?x771)))
 (let ((?x1090 (+ ?x781 ?x955)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x490 (+ ?x98 ?x1090)))
 (let ((?x982 (* ?x176 ?x490)))
 (or (and (distinct ?x982 ?x222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x176 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x220 (* ?x219 ?x176)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x190 (* ?x106 ?x52)))
 (let ((?x206 (/ ?x190 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x211 (+ ?x100 ?x210)))
 (let ((?x212 (* ?x176 ?x211)))
 (let ((?x216 (* |g2[0]| ?x212)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x213 (* ?x211 ?x212)))
 (let ((?x197 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x194 (- ?x190)))
 (let ((?x195 (* ?x190 ?x194)))
 (let ((?x198 (* ?x195 ?x197)))
 (let ((?x191 (* ?x106 ?x190)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x189 (* ?x187 ?x52)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x193 (/ ?x192 ?x44)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x188 (- ?x187)))
 (let ((?x200 (+ ?x188 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x188 ?x202)))
 (let ((?x179 (- ?x105)))
 (let ((?x204 (+ ?x179 ?x203)))
 (let ((?x205 (* ?x176 ?x204)))
 (let ((?x214 (+ ?x205 ?x213)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x215 (* ?x178 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x222 (+ ?x217 ?x221)))
 (let ((?x149 (/ 1.0 exp!3)))
 (let ((?x225 (* ?x107 ?x149)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x223 (+ ?x112 ?x225)))
 (let ((?x562 (- ?x223)))
 (let ((?x382 (+ ?x107 ?x562)))
 (let ((?x463 (* ?x149 ?x382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x386 (* ?x158 ?x463)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x522 (- ?x224)))
 (let ((?x256 (+ ?x107 ?x522)))
 (let ((?x523 (+ ?x100 ?x256)))
 (let ((?x533 (* 1.0 ?x523)))
 (let ((?x779 (* f2 ?x533)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x780 (+ ?x143 ?x779)))
 (let ((?x782 (* ?x139 ?x533)))
 (let ((?x394 (+ ?x782 ?x780)))
 (let ((?x272 (- ?x394)))
 (let ((?x521 (* 2.0 ?x272)))
 (let ((?x561 (* ?x149 ?x521)))
 (let ((?x464 (+ ?x561 ?x386)))
 (let ((?x365 (- ?x464)))
 (let ((?x390 (+ ?x272 ?x365)))
 (let ((?x465 (/ ?x390 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x466 (+ ?x168 ?x465)))
 (let ((?x398 (- ?x466)))
 (let ((?x771 (* |g2[0]| ?x533)))
 (let ((?x531 (* (/ 1.0 2.0) ?x533)))
 (let ((?x534 (* 0.0 ?x531)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x538 (+ ?x130 ?x534)))
 (let ((?x352 (* |h2[1,0]| ?x538)))
 (let ((?x536 (+ ?x124 ?x534)))
 (let ((?x537 (* |h2[0,0]| ?x536)))
 (let ((?x370 (+ ?x537 ?x352)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x535 (+ ?x125 ?x534)))
 (let ((?x770 (+ ?x535 ?x370)))
 (let ((?x781 (+ ?x770 ?x771)))
 (let ((?x467 (+ ?x781 ?x398)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x402 (+ ?x98 ?x467)))
 (let ((?x468 (* ?x176 ?x402)))
 (or (and (distinct ?x468 ?x222) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x176 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x220 (* ?x219 ?x176)))
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x190 (* ?x106 ?x52)))
 (let ((?x206 (/ ?x190 ?x44)))
 (let ((?x107 (- ?x106)))
 (let ((?x207 (+ ?x107 ?x206)))
 (let ((?x208 (* 2.0 ?x207)))
 (let ((?x209 (- ?x208)))
 (let ((?x210 (+ ?x107 ?x209)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x211 (+ ?x100 ?x210)))
 (let ((?x212 (* ?x176 ?x211)))
 (let ((?x216 (* |g2[0]| ?x212)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x213 (* ?x211 ?x212)))
 (let ((?x197 (/ 1.0 (* ?x44 ?x44))))
 (let ((?x194 (- ?x190)))
 (let ((?x195 (* ?x190 ?x194)))
 (let ((?x198 (* ?x195 ?x197)))
 (let ((?x191 (* ?x106 ?x190)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x189 (* ?x187 ?x52)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x193 (/ ?x192 ?x44)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x188 (- ?x187)))
 (let ((?x200 (+ ?x188 ?x199)))
 (let ((?x201 (* 2.0 ?x200)))
 (let ((?x202 (- ?x201)))
 (let ((?x203 (+ ?x188 ?x202)))
 (let ((?x179 (- ?x105)))
 (let ((?x204 (+ ?x179 ?x203)))
 (let ((?x205 (* ?x176 ?x204)))
 (let ((?x214 (+ ?x205 ?x213)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x215 (* ?x178 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x222 (+ ?x217 ?x221)))
 (let ((?x149 (/ 1.0 exp!3)))
 (let ((?x225 (* ?x107 ?x149)))
 (let ((?x111 (/ ?x52 exp!3)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x223 (+ ?x112 ?x225)))
 (let ((?x562 (- ?x223)))
 (let ((?x382 (+ ?x107 ?x562)))
 (let ((?x463 (* ?x149 ?x382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x386 (* ?x158 ?x463)))
 (let ((?x224 (* 2.0 ?x223)))
 (let ((?x522 (- ?x224)))
 (let ((?x256 (+ ?x107 ?x522)))
 (let ((?x523 (+ ?x100 ?x256)))
 (let ((?x533 (* 1.0 ?x523)))
 (let ((?x779 (* f2 ?x533)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x780 (+ ?x143 ?x779)))
 (let ((?x782 (* ?x139 ?x533)))
 (let ((?x394 (+ ?x782 ?x780)))
 (let ((?x272 (- ?x394)))
 (let ((?x521 (* 2.0 ?x272)))
 (let ((?x561 (* ?x149 ?x521)))
 (let ((?x464 (+ ?x561 ?x386)))
 (let ((?x365 (- ?x464)))
 (let ((?x390 (+ ?x272 ?x365)))
 (let ((?x465 (/ ?x390 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x466 (+ ?x168 ?x465)))
 (let ((?x398 (- ?x466)))
 (let ((?x771 (* |g2[0]| ?x533)))
 (let ((?x531 (* (/ 1.0 2.0) ?x533)))
 (let ((?x534 (* 0.0 ?x531)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x538 (+ ?x130 ?x534)))
 (let ((?x352 (* |h2[1,0]| ?x538)))
 (let ((?x536 (+ ?x124 ?x534)))
 (let ((?x537 (* |h2[0,0]| ?x536)))
 (let ((?x370 (+ ?x537 ?x352)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x535 (+ ?x125 ?x534)))
 (let ((?x770 (+ ?x535 ?x370)))
 (let ((?x781 (+ ?x770 ?x771)))
 (let ((?x467 (+ ?x781 ?x398)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x402 (+ ?x98 ?x467)))
 (let ((?x468 (* ?x176 ?x402)))
 (or (and (distinct ?x468 ?x222) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (= 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x313 (* (/ 1.0 2.0) ?x107)))
 (let ((?x1001 (+ ?x313 ?x763)))
 (let ((?x1105 (* 2.0 ?x1001)))
 (let ((?x269 (- ?x1105)))
 (let ((?x870 (+ ?x107 ?x269)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1068 (+ ?x100 ?x870)))
 (let ((?x437 (* ?x232 ?x1068)))
 (let ((?x1011 (* |g2[0]| ?x437)))
 (let ((?x292 (+ ?x1011 ?x1002)))
 (let ((?x445 (* ?x1068 ?x437)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x668 (* (/ 1.0 2.0) ?x188)))
 (let ((?x1257 (+ ?x668 ?x336)))
 (let ((?x397 (* 2.0 ?x1257)))
 (let ((?x819 (- ?x397)))
 (let ((?x346 (+ ?x188 ?x819)))
 (let ((?x179 (- ?x105)))
 (let ((?x1153 (+ ?x179 ?x346)))
 (let ((?x378 (* ?x232 ?x1153)))
 (let ((?x596 (+ ?x378 ?x445)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x484 (* ?x178 ?x596)))
 (let ((?x983 (+ ?x484 ?x1011)))
 (let ((?x486 (+ ?x983 ?x292)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x906 (+ ?x109 ?x872)))
 (let ((?x892 (- ?x906)))
 (let ((?x935 (+ ?x107 ?x892)))
 (let ((?x999 (* ?x1023 ?x935)))
 (let ((?x861 (* ?x999 ?x158)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x455 (* 2.0 ?x906)))
 (let ((?x1191 (- ?x455)))
 (let ((?x1207 (+ ?x107 ?x1191)))
 (let ((?x961 (+ ?x100 ?x1207)))
 (let ((?x657 (* ?x961 1.0)))
 (let ((?x1102 (* f2 ?x657)))
 (let ((?x1022 (+ ?x1102 ?x143)))
 (let ((?x1141 (* ?x139 ?x657)))
 (let ((?x1144 (+ ?x1141 ?x1022)))
 (let ((?x1270 (- ?x1144)))
 (let ((?x1332 (* 2.0 ?x1270)))
 (let ((?x896 (* ?x1023 ?x1332)))
 (let ((?x1251 (+ ?x896 ?x861)))
 (let ((?x377 (- ?x1251)))
 (let ((?x563 (+ ?x1270 ?x377)))
 (let ((?x984 (/ ?x563 scale)))
 (let ((?x1130 (+ ?x984 ?x1030)))
 (let ((?x283 (- ?x1130)))
 (let ((?x312 (* |g2[0]| ?x657)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1262 (* (/ 1.0 2.0) ?x657)))
 (let ((?x998 (* 0.0 ?x1262)))
 (let ((?x1063 (+ ?x998 ?x130)))
 (let ((?x447 (* |h2[1,0]| ?x1063)))
 (let ((?x1111 (+ ?x998 ?x124)))
 (let ((?x686 (* |h2[0,0]| ?x1111)))
 (let ((?x1250 (+ ?x686 ?x447)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x384 (+ ?x998 ?x125)))
 (let ((?x1197 (+ ?x384 ?x1250)))
 (let ((?x690 (+ ?x1197 ?x312)))
 (let ((?x239 (+ ?x690 ?x283)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x740 (+ ?x98 ?x239)))
 (let ((?x598 (* ?x232 ?x740)))
 (or (and (distinct ?x598 ?x486) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x313 (* (/ 1.0 2.0) ?x107)))
 (let ((?x1001 (+ ?x313 ?x763)))
 (let ((?x1105 (* 2.0 ?x1001)))
 (let ((?x269 (- ?x1105)))
 (let ((?x870 (+ ?x107 ?x269)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1068 (+ ?x100 ?x870)))
 (let ((?x437 (* ?x232 ?x1068)))
 (let ((?x1011 (* |g2[0]| ?x437)))
 (let ((?x292 (+ ?x1011 ?x1002)))
 (let ((?x445 (* ?x1068 ?x437)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x668 (* (/ 1.0 2.0) ?x188)))
 (let ((?x1257 (+ ?x668 ?x336)))
 (let ((?x397 (* 2.0 ?x1257)))
 (let ((?x819 (- ?x397)))
 (let ((?x346 (+ ?x188 ?x819)))
 (let ((?x179 (- ?x105)))
 (let ((?x1153 (+ ?x179 ?x346)))
 (let ((?x378 (* ?x232 ?x1153)))
 (let ((?x596 (+ ?x378 ?x445)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x484 (* ?x178 ?x596)))
 (let ((?x983 (+ ?x484 ?x1011)))
 (let ((?x486 (+ ?x983 ?x292)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x486) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x1776 (+ ?x763 ?x1769)))
 (let ((?x977 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x977)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x929 (+ ?x100 ?x1733)))
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x232 ?x929)))
 (let ((?x1260 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x1119 (+ ?x1002 ?x1260)))
 (let ((?x257 (* ?x929 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x692 (* 0.0 ?x188)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x575 (+ ?x336 ?x692)))
 (let ((?x725 (* 2.0 ?x575)))
 (let ((?x1214 (- ?x725)))
 (let ((?x889 (+ ?x188 ?x1214)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x889)))
 (let ((?x1348 (* ?x232 ?x1775)))
 (let ((?x1074 (+ ?x1348 ?x257)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1074)))
 (let ((?x414 (+ ?x1772 ?x1260)))
 (let ((?x1770 (+ ?x414 ?x1119)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (= 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x313 (* (/ 1.0 2.0) ?x107)))
 (let ((?x1001 (+ ?x313 ?x763)))
 (let ((?x1105 (* 2.0 ?x1001)))
 (let ((?x269 (- ?x1105)))
 (let ((?x870 (+ ?x107 ?x269)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1068 (+ ?x100 ?x870)))
 (let ((?x437 (* ?x232 ?x1068)))
 (let ((?x1011 (* |g2[0]| ?x437)))
 (let ((?x292 (+ ?x1011 ?x1002)))
 (let ((?x445 (* ?x1068 ?x437)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x668 (* (/ 1.0 2.0) ?x188)))
 (let ((?x1257 (+ ?x668 ?x336)))
 (let ((?x397 (* 2.0 ?x1257)))
 (let ((?x819 (- ?x397)))
 (let ((?x346 (+ ?x188 ?x819)))
 (let ((?x179 (- ?x105)))
 (let ((?x1153 (+ ?x179 ?x346)))
 (let ((?x378 (* ?x232 ?x1153)))
 (let ((?x596 (+ ?x378 ?x445)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x484 (* ?x178 ?x596)))
 (let ((?x983 (+ ?x484 ?x1011)))
 (let ((?x486 (+ ?x983 ?x292)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x1633 (- ?x866)))
 (let ((?x1650 (+ ?x107 ?x1633)))
 (let ((?x878 (* ?x1023 ?x1650)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x1628 (* ?x158 ?x878)))
 (let ((?x1273 (* 2.0 ?x866)))
 (let ((?x432 (- ?x1273)))
 (let ((?x409 (+ ?x107 ?x432)))
 (let ((?x1830 (+ ?x100 ?x409)))
 (let ((?x1108 (* 1.0 ?x1830)))
 (let ((?x812 (* f2 ?x1108)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x1390 (+ ?x143 ?x812)))
 (let ((?x1840 (* ?x139 ?x1108)))
 (let ((?x415 (+ ?x1840 ?x1390)))
 (let ((?x1670 (- ?x415)))
 (let ((?x1832 (* 2.0 ?x1670)))
 (let ((?x1422 (* ?x1023 ?x1832)))
 (let ((?x1306 (+ ?x1422 ?x1628)))
 (let ((?x1275 (- ?x1306)))
 (let ((?x1833 (+ ?x1670 ?x1275)))
 (let ((?x1673 (/ ?x1833 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1296 (+ ?x1030 ?x1673)))
 (let ((?x685 (- ?x1296)))
 (let ((?x1252 (* |g2[0]| ?x1108)))
 (let ((?x1640 (* (/ 1.0 2.0) ?x1108)))
 (let ((?x1660 (* 0.0 ?x1640)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1674 (+ ?x130 ?x1660)))
 (let ((?x433 (* |h2[1,0]| ?x1674)))
 (let ((?x1278 (+ ?x124 ?x1660)))
 (let ((?x1097 (* |h2[0,0]| ?x1278)))
 (let ((?x1083 (+ ?x1097 ?x433)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x1346 (+ ?x125 ?x1660)))
 (let ((?x574 (+ ?x1346 ?x1083)))
 (let ((?x1268 (+ ?x574 ?x1252)))
 (let ((?x1402 (+ ?x1268 ?x685)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1041 (+ ?x98 ?x1402)))
 (let ((?x1124 (* ?x232 ?x1041)))
 (or (and (distinct ?x1124 ?x486) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x313 (* (/ 1.0 2.0) ?x107)))
 (let ((?x1001 (+ ?x313 ?x763)))
 (let ((?x1105 (* 2.0 ?x1001)))
 (let ((?x269 (- ?x1105)))
 (let ((?x870 (+ ?x107 ?x269)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1068 (+ ?x100 ?x870)))
 (let ((?x437 (* ?x232 ?x1068)))
 (let ((?x1011 (* |g2[0]| ?x437)))
 (let ((?x292 (+ ?x1011 ?x1002)))
 (let ((?x445 (* ?x1068 ?x437)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x668 (* (/ 1.0 2.0) ?x188)))
 (let ((?x1257 (+ ?x668 ?x336)))
 (let ((?x397 (* 2.0 ?x1257)))
 (let ((?x819 (- ?x397)))
 (let ((?x346 (+ ?x188 ?x819)))
 (let ((?x179 (- ?x105)))
 (let ((?x1153 (+ ?x179 ?x346)))
 (let ((?x378 (* ?x232 ?x1153)))
 (let ((?x596 (+ ?x378 ?x445)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x484 (* ?x178 ?x596)))
 (let ((?x983 (+ ?x484 ?x1011)))
 (let ((?x486 (+ ?x983 ?x292)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x486) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x1776 (+ ?x763 ?x1769)))
 (let ((?x977 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x977)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x929 (+ ?x100 ?x1733)))
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x232 ?x929)))
 (let ((?x1260 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x1119 (+ ?x1002 ?x1260)))
 (let ((?x257 (* ?x929 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x692 (* 0.0 ?x188)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x575 (+ ?x336 ?x692)))
 (let ((?x725 (* 2.0 ?x575)))
 (let ((?x1214 (- ?x725)))
 (let ((?x889 (+ ?x188 ?x1214)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x889)))
 (let ((?x1348 (* ?x232 ?x1775)))
 (let ((?x1074 (+ ?x1348 ?x257)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1074)))
 (let ((?x414 (+ ?x1772 ?x1260)))
 (let ((?x1770 (+ ?x414 ?x1119)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (= 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x313 (* (/ 1.0 2.0) ?x107)))
 (let ((?x1001 (+ ?x313 ?x763)))
 (let ((?x1105 (* 2.0 ?x1001)))
 (let ((?x269 (- ?x1105)))
 (let ((?x870 (+ ?x107 ?x269)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1068 (+ ?x100 ?x870)))
 (let ((?x437 (* ?x232 ?x1068)))
 (let ((?x1011 (* |g2[0]| ?x437)))
 (let ((?x292 (+ ?x1011 ?x1002)))
 (let ((?x445 (* ?x1068 ?x437)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x668 (* (/ 1.0 2.0) ?x188)))
 (let ((?x1257 (+ ?x668 ?x336)))
 (let ((?x397 (* 2.0 ?x1257)))
 (let ((?x819 (- ?x397)))
 (let ((?x346 (+ ?x188 ?x819)))
 (let ((?x179 (- ?x105)))
 (let ((?x1153 (+ ?x179 ?x346)))
 (let ((?x378 (* ?x232 ?x1153)))
 (let ((?x596 (+ ?x378 ?x445)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x484 (* ?x178 ?x596)))
 (let ((?x983 (+ ?x484 ?x1011)))
 (let ((?x486 (+ ?x983 ?x292)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x877 (* ?x108 ?x158)))
 (let ((?x1309 (- ?x877)))
 (let ((?x990 (+ ?x157 ?x1309)))
 (let ((?x1175 (* 0.0 ?x990)))
 (let ((?x704 (* ?x104 ?x1175)))
 (let ((?x1147 (* ?x109 ?x158)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x1757 (* ?x108 ?x362)))
 (let ((?x1818 (+ ?x1757 ?x1147)))
 (let ((?x505 (- ?x1818)))
 (let ((?x1208 (+ ?x501 ?x505)))
 (let ((?x847 (/ ?x1208 scale)))
 (let ((?x1345 (+ ?x847 ?x704)))
 (let ((?x1895 (- ?x1345)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x1412 (+ ?x550 ?x1895)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x323 (+ ?x98 ?x1412)))
 (let ((?x1736 (* ?x232 ?x323)))
 (or (and (distinct ?x1736 ?x486) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x313 (* (/ 1.0 2.0) ?x107)))
 (let ((?x1001 (+ ?x313 ?x763)))
 (let ((?x1105 (* 2.0 ?x1001)))
 (let ((?x269 (- ?x1105)))
 (let ((?x870 (+ ?x107 ?x269)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1068 (+ ?x100 ?x870)))
 (let ((?x437 (* ?x232 ?x1068)))
 (let ((?x1011 (* |g2[0]| ?x437)))
 (let ((?x292 (+ ?x1011 ?x1002)))
 (let ((?x445 (* ?x1068 ?x437)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x668 (* (/ 1.0 2.0) ?x188)))
 (let ((?x1257 (+ ?x668 ?x336)))
 (let ((?x397 (* 2.0 ?x1257)))
 (let ((?x819 (- ?x397)))
 (let ((?x346 (+ ?x188 ?x819)))
 (let ((?x179 (- ?x105)))
 (let ((?x1153 (+ ?x179 ?x346)))
 (let ((?x378 (* ?x232 ?x1153)))
 (let ((?x596 (+ ?x378 ?x445)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x484 (* ?x178 ?x596)))
 (let ((?x983 (+ ?x484 ?x1011)))
 (let ((?x486 (+ ?x983 ?x292)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x486) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
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
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x1776 (+ ?x763 ?x1769)))
 (let ((?x977 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x977)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x929 (+ ?x100 ?x1733)))
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x232 ?x929)))
 (let ((?x1260 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x1119 (+ ?x1002 ?x1260)))
 (let ((?x257 (* ?x929 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x692 (* 0.0 ?x188)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x575 (+ ?x336 ?x692)))
 (let ((?x725 (* 2.0 ?x575)))
 (let ((?x1214 (- ?x725)))
 (let ((?x889 (+ ?x188 ?x1214)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x889)))
 (let ((?x1348 (* ?x232 ?x1775)))
 (let ((?x1074 (+ ?x1348 ?x257)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1074)))
 (let ((?x414 (+ ?x1772 ?x1260)))
 (let ((?x1770 (+ ?x414 ?x1119)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x313 (* (/ 1.0 2.0) ?x107)))
 (let ((?x1001 (+ ?x313 ?x763)))
 (let ((?x1105 (* 2.0 ?x1001)))
 (let ((?x269 (- ?x1105)))
 (let ((?x870 (+ ?x107 ?x269)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1068 (+ ?x100 ?x870)))
 (let ((?x437 (* ?x232 ?x1068)))
 (let ((?x1011 (* |g2[0]| ?x437)))
 (let ((?x292 (+ ?x1011 ?x1002)))
 (let ((?x445 (* ?x1068 ?x437)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x668 (* (/ 1.0 2.0) ?x188)))
 (let ((?x1257 (+ ?x668 ?x336)))
 (let ((?x397 (* 2.0 ?x1257)))
 (let ((?x819 (- ?x397)))
 (let ((?x346 (+ ?x188 ?x819)))
 (let ((?x179 (- ?x105)))
 (let ((?x1153 (+ ?x179 ?x346)))
 (let ((?x378 (* ?x232 ?x1153)))
 (let ((?x596 (+ ?x378 ?x445)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x484 (* ?x178 ?x596)))
 (let ((?x983 (+ ?x484 ?x1011)))
 (let ((?x486 (+ ?x983 ?x292)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x486) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (< 0.0 ?x678))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let (($x1032 (= 0.0 ?x678)))
 (not $x1032)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x678 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x763 (/ ?x109 ?x678)))
 (let ((?x1776 (+ ?x763 ?x1769)))
 (let ((?x977 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x977)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x929 (+ ?x100 ?x1733)))
 (let ((?x232 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x232 ?x929)))
 (let ((?x1260 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x1002 (* ?x219 ?x232)))
 (let ((?x1119 (+ ?x1002 ?x1260)))
 (let ((?x257 (* ?x929 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x692 (* 0.0 ?x188)))
 (let ((?x794 (/ 1.0 (* ?x678 ?x678))))
 (let ((?x817 (- ?x109)))
 (let ((?x697 (* ?x109 ?x817)))
 (let ((?x733 (* ?x697 ?x794)))
 (let ((?x616 (* ?x107 ?x109)))
 (let ((?x648 (* ?x188 ?x108)))
 (let ((?x802 (+ ?x648 ?x616)))
 (let ((?x565 (/ ?x802 ?x678)))
 (let ((?x336 (+ ?x565 ?x733)))
 (let ((?x575 (+ ?x336 ?x692)))
 (let ((?x725 (* 2.0 ?x575)))
 (let ((?x1214 (- ?x725)))
 (let ((?x889 (+ ?x188 ?x1214)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x889)))
 (let ((?x1348 (* ?x232 ?x1775)))
 (let ((?x1074 (+ ?x1348 ?x257)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1074)))
 (let ((?x414 (+ ?x1772 ?x1260)))
 (let ((?x1770 (+ ?x414 ?x1119)))
 (let ((?x1023 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x866 (* ?x107 ?x1023)))
 (let ((?x411 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x872 (* 0.0 ?x411)))
 (let ((?x679 (+ ?x872 ?x866)))
 (let ((?x273 (- ?x679)))
 (let ((?x1235 (+ ?x107 ?x273)))
 (let ((?x858 (* ?x1023 ?x1235)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x754 (* ?x158 ?x858)))
 (let ((?x727 (* 2.0 ?x679)))
 (let ((?x519 (- ?x727)))
 (let ((?x1319 (+ ?x107 ?x519)))
 (let ((?x569 (+ ?x100 ?x1319)))
 (let ((?x601 (* 1.0 ?x569)))
 (let ((?x1051 (* f2 ?x601)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x379 (+ ?x143 ?x1051)))
 (let ((?x653 (* ?x139 ?x601)))
 (let ((?x830 (+ ?x653 ?x379)))
 (let ((?x501 (- ?x830)))
 (let ((?x362 (* 2.0 ?x501)))
 (let ((?x308 (* ?x1023 ?x362)))
 (let ((?x739 (+ ?x308 ?x754)))
 (let ((?x431 (- ?x739)))
 (let ((?x428 (+ ?x501 ?x431)))
 (let ((?x626 (/ ?x428 scale)))
 (let ((?x752 (* ?x1023 ?x158)))
 (let ((?x249 (- ?x752)))
 (let ((?x1132 (+ ?x157 ?x249)))
 (let ((?x899 (* 0.0 ?x1132)))
 (let ((?x1030 (* ?x104 ?x899)))
 (let ((?x1285 (+ ?x1030 ?x626)))
 (let ((?x663 (- ?x1285)))
 (let ((?x938 (* |g2[0]| ?x601)))
 (let ((?x745 (* (/ 1.0 2.0) ?x601)))
 (let ((?x658 (* 0.0 ?x745)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1004 (+ ?x130 ?x658)))
 (let ((?x446 (* |h2[1,0]| ?x1004)))
 (let ((?x517 (+ ?x124 ?x658)))
 (let ((?x1201 (* |h2[0,0]| ?x517)))
 (let ((?x449 (+ ?x1201 ?x446)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x237 (+ ?x125 ?x658)))
 (let ((?x1131 (+ ?x237 ?x449)))
 (let ((?x550 (+ ?x1131 ?x938)))
 (let ((?x840 (+ ?x550 ?x663)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x710 (+ ?x98 ?x840)))
 (let ((?x1062 (* ?x232 ?x710)))
 (or (and (distinct ?x1062 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
