; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'second_order.hessian_identity[0]', verdict proved
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x738 (- ?x223)))
 (let ((?x792 (+ ?x107 ?x738)))
 (let ((?x791 (* ?x149 ?x792)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x794 (* ?x158 ?x791)))
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
 (let ((?x759 (- ?x394)))
 (let ((?x788 (* 2.0 ?x759)))
 (let ((?x786 (* ?x149 ?x788)))
 (let ((?x272 (+ ?x786 ?x794)))
 (let ((?x521 (- ?x272)))
 (let ((?x561 (+ ?x759 ?x521)))
 (let ((?x562 (/ ?x561 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x382 (+ ?x168 ?x562)))
 (let ((?x463 (- ?x382)))
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
 (let ((?x386 (+ ?x781 ?x463)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x464 (+ ?x98 ?x386)))
 (let ((?x365 (* ?x176 ?x464)))
 (or (and (distinct ?x365 ?x222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x395 (- ?x225)))
 (let ((?x920 (+ ?x107 ?x395)))
 (let ((?x1143 (* ?x149 ?x920)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x1153 (* ?x158 ?x1143)))
 (let ((?x837 (* 2.0 ?x225)))
 (let ((?x390 (- ?x837)))
 (let ((?x465 (+ ?x107 ?x390)))
 (let ((?x892 (+ ?x100 ?x465)))
 (let ((?x927 (* 1.0 ?x892)))
 (let ((?x1198 (* f2 ?x927)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x907 (+ ?x143 ?x1198)))
 (let ((?x1203 (* ?x139 ?x927)))
 (let ((?x1156 (+ ?x1203 ?x907)))
 (let ((?x1165 (- ?x1156)))
 (let ((?x924 (* 2.0 ?x1165)))
 (let ((?x478 (* ?x149 ?x924)))
 (let ((?x900 (+ ?x478 ?x1153)))
 (let ((?x1248 (- ?x900)))
 (let ((?x1145 (+ ?x1165 ?x1248)))
 (let ((?x1157 (/ ?x1145 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x742 (+ ?x168 ?x1157)))
 (let ((?x1144 (- ?x742)))
 (let ((?x1256 (* |g2[0]| ?x927)))
 (let ((?x1136 (* (/ 1.0 2.0) ?x927)))
 (let ((?x923 (* 0.0 ?x1136)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x834 (+ ?x130 ?x923)))
 (let ((?x1241 (* |h2[1,0]| ?x834)))
 (let ((?x842 (+ ?x124 ?x923)))
 (let ((?x925 (* |h2[0,0]| ?x842)))
 (let ((?x921 (+ ?x925 ?x1241)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x1164 (+ ?x125 ?x923)))
 (let ((?x1148 (+ ?x1164 ?x921)))
 (let ((?x320 (+ ?x1148 ?x1256)))
 (let ((?x637 (+ ?x320 ?x1144)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x832 (+ ?x98 ?x637)))
 (let ((?x1133 (* ?x176 ?x832)))
 (or (and (distinct ?x1133 ?x222) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x738 (- ?x223)))
 (let ((?x792 (+ ?x107 ?x738)))
 (let ((?x791 (* ?x149 ?x792)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x794 (* ?x158 ?x791)))
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
 (let ((?x759 (- ?x394)))
 (let ((?x788 (* 2.0 ?x759)))
 (let ((?x786 (* ?x149 ?x788)))
 (let ((?x272 (+ ?x786 ?x794)))
 (let ((?x521 (- ?x272)))
 (let ((?x561 (+ ?x759 ?x521)))
 (let ((?x562 (/ ?x561 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x382 (+ ?x168 ?x562)))
 (let ((?x463 (- ?x382)))
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
 (let ((?x386 (+ ?x781 ?x463)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x464 (+ ?x98 ?x386)))
 (let ((?x365 (* ?x176 ?x464)))
 (or (and (distinct ?x365 ?x222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x1327 (* ?x108 ?x158)))
 (let ((?x1115 (- ?x1327)))
 (let ((?x1047 (+ ?x157 ?x1115)))
 (let ((?x1321 (* 0.0 ?x1047)))
 (let ((?x469 (* ?x104 ?x1321)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x883 (* ?x109 ?x158)))
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
 (let ((?x759 (- ?x394)))
 (let ((?x788 (* 2.0 ?x759)))
 (let ((?x1050 (* ?x108 ?x788)))
 (let ((?x398 (+ ?x1050 ?x883)))
 (let ((?x1043 (- ?x398)))
 (let ((?x1070 (+ ?x759 ?x1043)))
 (let ((?x869 (/ ?x1070 scale)))
 (let ((?x980 (+ ?x869 ?x469)))
 (let ((?x347 (- ?x980)))
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
 (let ((?x368 (+ ?x781 ?x347)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1294 (+ ?x98 ?x368)))
 (let ((?x1038 (* ?x176 ?x1294)))
 (or (and (distinct ?x1038 ?x222) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x738 (- ?x223)))
 (let ((?x792 (+ ?x107 ?x738)))
 (let ((?x791 (* ?x149 ?x792)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x794 (* ?x158 ?x791)))
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
 (let ((?x759 (- ?x394)))
 (let ((?x788 (* 2.0 ?x759)))
 (let ((?x786 (* ?x149 ?x788)))
 (let ((?x272 (+ ?x786 ?x794)))
 (let ((?x521 (- ?x272)))
 (let ((?x561 (+ ?x759 ?x521)))
 (let ((?x562 (/ ?x561 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x382 (+ ?x168 ?x562)))
 (let ((?x463 (- ?x382)))
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
 (let ((?x386 (+ ?x781 ?x463)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x464 (+ ?x98 ?x386)))
 (let ((?x365 (* ?x176 ?x464)))
 (or (and (distinct ?x365 ?x222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x738 (- ?x223)))
 (let ((?x792 (+ ?x107 ?x738)))
 (let ((?x791 (* ?x149 ?x792)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x794 (* ?x158 ?x791)))
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
 (let ((?x759 (- ?x394)))
 (let ((?x788 (* 2.0 ?x759)))
 (let ((?x786 (* ?x149 ?x788)))
 (let ((?x272 (+ ?x786 ?x794)))
 (let ((?x521 (- ?x272)))
 (let ((?x561 (+ ?x759 ?x521)))
 (let ((?x562 (/ ?x561 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x382 (+ ?x168 ?x562)))
 (let ((?x463 (- ?x382)))
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
 (let ((?x386 (+ ?x781 ?x463)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x464 (+ ?x98 ?x386)))
 (let ((?x365 (* ?x176 ?x464)))
 (or (and (distinct ?x365 ?x222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (= 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1285 (* (/ 1.0 2.0) ?x107)))
 (let ((?x733 (+ ?x1285 ?x582)))
 (let ((?x287 (* 2.0 ?x733)))
 (let ((?x413 (- ?x287)))
 (let ((?x427 (+ ?x107 ?x413)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x601 (+ ?x100 ?x427)))
 (let ((?x454 (* ?x577 ?x601)))
 (let ((?x624 (* |g2[0]| ?x454)))
 (let ((?x1059 (+ ?x624 ?x518)))
 (let ((?x743 (* ?x601 ?x454)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x247 (* (/ 1.0 2.0) ?x188)))
 (let ((?x671 (+ ?x247 ?x430)))
 (let ((?x1353 (* 2.0 ?x671)))
 (let ((?x990 (- ?x1353)))
 (let ((?x696 (+ ?x188 ?x990)))
 (let ((?x179 (- ?x105)))
 (let ((?x1272 (+ ?x179 ?x696)))
 (let ((?x1130 (* ?x577 ?x1272)))
 (let ((?x605 (+ ?x1130 ?x743)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x436 (* ?x178 ?x605)))
 (let ((?x527 (+ ?x436 ?x624)))
 (let ((?x728 (+ ?x527 ?x1059)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1207 (+ ?x109 ?x951)))
 (let ((?x1155 (- ?x1207)))
 (let ((?x285 (+ ?x107 ?x1155)))
 (let ((?x1204 (* ?x617 ?x285)))
 (let ((?x1283 (* ?x1204 ?x158)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x506 (* 2.0 ?x1207)))
 (let ((?x323 (- ?x506)))
 (let ((?x823 (+ ?x107 ?x323)))
 (let ((?x417 (+ ?x100 ?x823)))
 (let ((?x460 (* ?x417 1.0)))
 (let ((?x959 (* f2 ?x460)))
 (let ((?x1215 (+ ?x959 ?x143)))
 (let ((?x826 (* ?x139 ?x460)))
 (let ((?x753 (+ ?x826 ?x1215)))
 (let ((?x404 (- ?x753)))
 (let ((?x475 (* 2.0 ?x404)))
 (let ((?x1310 (* ?x617 ?x475)))
 (let ((?x638 (+ ?x1310 ?x1283)))
 (let ((?x290 (- ?x638)))
 (let ((?x598 (+ ?x404 ?x290)))
 (let ((?x761 (/ ?x598 scale)))
 (let ((?x745 (+ ?x761 ?x698)))
 (let ((?x873 (- ?x745)))
 (let ((?x1226 (* |g2[0]| ?x460)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x435 (* (/ 1.0 2.0) ?x460)))
 (let ((?x1209 (* 0.0 ?x435)))
 (let ((?x1092 (+ ?x1209 ?x130)))
 (let ((?x1233 (* |h2[1,0]| ?x1092)))
 (let ((?x751 (+ ?x1209 ?x124)))
 (let ((?x1126 (* |h2[0,0]| ?x751)))
 (let ((?x233 (+ ?x1126 ?x1233)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x616 (+ ?x1209 ?x125)))
 (let ((?x232 (+ ?x616 ?x233)))
 (let ((?x1276 (+ ?x232 ?x1226)))
 (let ((?x351 (+ ?x1276 ?x873)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1158 (+ ?x98 ?x351)))
 (let ((?x1291 (* ?x577 ?x1158)))
 (or (and (distinct ?x1291 ?x728) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1285 (* (/ 1.0 2.0) ?x107)))
 (let ((?x733 (+ ?x1285 ?x582)))
 (let ((?x287 (* 2.0 ?x733)))
 (let ((?x413 (- ?x287)))
 (let ((?x427 (+ ?x107 ?x413)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x601 (+ ?x100 ?x427)))
 (let ((?x454 (* ?x577 ?x601)))
 (let ((?x624 (* |g2[0]| ?x454)))
 (let ((?x1059 (+ ?x624 ?x518)))
 (let ((?x743 (* ?x601 ?x454)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x247 (* (/ 1.0 2.0) ?x188)))
 (let ((?x671 (+ ?x247 ?x430)))
 (let ((?x1353 (* 2.0 ?x671)))
 (let ((?x990 (- ?x1353)))
 (let ((?x696 (+ ?x188 ?x990)))
 (let ((?x179 (- ?x105)))
 (let ((?x1272 (+ ?x179 ?x696)))
 (let ((?x1130 (* ?x577 ?x1272)))
 (let ((?x605 (+ ?x1130 ?x743)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x436 (* ?x178 ?x605)))
 (let ((?x527 (+ ?x436 ?x624)))
 (let ((?x728 (+ ?x527 ?x1059)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x728) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1776 (+ ?x582 ?x1769)))
 (let ((?x1168 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x1168)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1073 (+ ?x100 ?x1733)))
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x577 ?x1073)))
 (let ((?x1375 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x336 (+ ?x518 ?x1375)))
 (let ((?x1324 (* ?x1073 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x659 (* 0.0 ?x188)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x926 (+ ?x430 ?x659)))
 (let ((?x1262 (* 2.0 ?x926)))
 (let ((?x1005 (- ?x1262)))
 (let ((?x949 (+ ?x188 ?x1005)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x949)))
 (let ((?x822 (* ?x577 ?x1775)))
 (let ((?x1350 (+ ?x822 ?x1324)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1350)))
 (let ((?x886 (+ ?x1772 ?x1375)))
 (let ((?x1770 (+ ?x886 ?x336)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (= 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1285 (* (/ 1.0 2.0) ?x107)))
 (let ((?x733 (+ ?x1285 ?x582)))
 (let ((?x287 (* 2.0 ?x733)))
 (let ((?x413 (- ?x287)))
 (let ((?x427 (+ ?x107 ?x413)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x601 (+ ?x100 ?x427)))
 (let ((?x454 (* ?x577 ?x601)))
 (let ((?x624 (* |g2[0]| ?x454)))
 (let ((?x1059 (+ ?x624 ?x518)))
 (let ((?x743 (* ?x601 ?x454)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x247 (* (/ 1.0 2.0) ?x188)))
 (let ((?x671 (+ ?x247 ?x430)))
 (let ((?x1353 (* 2.0 ?x671)))
 (let ((?x990 (- ?x1353)))
 (let ((?x696 (+ ?x188 ?x990)))
 (let ((?x179 (- ?x105)))
 (let ((?x1272 (+ ?x179 ?x696)))
 (let ((?x1130 (* ?x577 ?x1272)))
 (let ((?x605 (+ ?x1130 ?x743)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x436 (* ?x178 ?x605)))
 (let ((?x527 (+ ?x436 ?x624)))
 (let ((?x728 (+ ?x527 ?x1059)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1698 (- ?x882)))
 (let ((?x1818 (+ ?x107 ?x1698)))
 (let ((?x1196 (* ?x617 ?x1818)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x1640 (* ?x158 ?x1196)))
 (let ((?x458 (* 2.0 ?x882)))
 (let ((?x355 (- ?x458)))
 (let ((?x346 (+ ?x107 ?x355)))
 (let ((?x645 (+ ?x100 ?x346)))
 (let ((?x420 (* 1.0 ?x645)))
 (let ((?x489 (* f2 ?x420)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x324 (+ ?x143 ?x489)))
 (let ((?x1659 (* ?x139 ?x420)))
 (let ((?x804 (+ ?x1659 ?x324)))
 (let ((?x389 (- ?x804)))
 (let ((?x1085 (* 2.0 ?x389)))
 (let ((?x360 (* ?x617 ?x1085)))
 (let ((?x651 (+ ?x360 ?x1640)))
 (let ((?x603 (- ?x651)))
 (let ((?x704 (+ ?x389 ?x603)))
 (let ((?x932 (/ ?x704 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x669 (+ ?x698 ?x932)))
 (let ((?x234 (- ?x669)))
 (let ((?x1197 (* |g2[0]| ?x420)))
 (let ((?x1188 (* (/ 1.0 2.0) ?x420)))
 (let ((?x793 (* 0.0 ?x1188)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1673 (+ ?x130 ?x793)))
 (let ((?x1819 (* |h2[1,0]| ?x1673)))
 (let ((?x312 (+ ?x124 ?x793)))
 (let ((?x830 (* |h2[0,0]| ?x312)))
 (let ((?x1678 (+ ?x830 ?x1819)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x414 (+ ?x125 ?x793)))
 (let ((?x1686 (+ ?x414 ?x1678)))
 (let ((?x1100 (+ ?x1686 ?x1197)))
 (let ((?x1829 (+ ?x1100 ?x234)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x434 (+ ?x98 ?x1829)))
 (let ((?x699 (* ?x577 ?x434)))
 (or (and (distinct ?x699 ?x728) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1285 (* (/ 1.0 2.0) ?x107)))
 (let ((?x733 (+ ?x1285 ?x582)))
 (let ((?x287 (* 2.0 ?x733)))
 (let ((?x413 (- ?x287)))
 (let ((?x427 (+ ?x107 ?x413)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x601 (+ ?x100 ?x427)))
 (let ((?x454 (* ?x577 ?x601)))
 (let ((?x624 (* |g2[0]| ?x454)))
 (let ((?x1059 (+ ?x624 ?x518)))
 (let ((?x743 (* ?x601 ?x454)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x247 (* (/ 1.0 2.0) ?x188)))
 (let ((?x671 (+ ?x247 ?x430)))
 (let ((?x1353 (* 2.0 ?x671)))
 (let ((?x990 (- ?x1353)))
 (let ((?x696 (+ ?x188 ?x990)))
 (let ((?x179 (- ?x105)))
 (let ((?x1272 (+ ?x179 ?x696)))
 (let ((?x1130 (* ?x577 ?x1272)))
 (let ((?x605 (+ ?x1130 ?x743)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x436 (* ?x178 ?x605)))
 (let ((?x527 (+ ?x436 ?x624)))
 (let ((?x728 (+ ?x527 ?x1059)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x728) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1776 (+ ?x582 ?x1769)))
 (let ((?x1168 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x1168)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1073 (+ ?x100 ?x1733)))
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x577 ?x1073)))
 (let ((?x1375 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x336 (+ ?x518 ?x1375)))
 (let ((?x1324 (* ?x1073 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x659 (* 0.0 ?x188)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x926 (+ ?x430 ?x659)))
 (let ((?x1262 (* 2.0 ?x926)))
 (let ((?x1005 (- ?x1262)))
 (let ((?x949 (+ ?x188 ?x1005)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x949)))
 (let ((?x822 (* ?x577 ?x1775)))
 (let ((?x1350 (+ ?x822 ?x1324)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1350)))
 (let ((?x886 (+ ?x1772 ?x1375)))
 (let ((?x1770 (+ ?x886 ?x336)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (= 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1285 (* (/ 1.0 2.0) ?x107)))
 (let ((?x733 (+ ?x1285 ?x582)))
 (let ((?x287 (* 2.0 ?x733)))
 (let ((?x413 (- ?x287)))
 (let ((?x427 (+ ?x107 ?x413)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x601 (+ ?x100 ?x427)))
 (let ((?x454 (* ?x577 ?x601)))
 (let ((?x624 (* |g2[0]| ?x454)))
 (let ((?x1059 (+ ?x624 ?x518)))
 (let ((?x743 (* ?x601 ?x454)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x247 (* (/ 1.0 2.0) ?x188)))
 (let ((?x671 (+ ?x247 ?x430)))
 (let ((?x1353 (* 2.0 ?x671)))
 (let ((?x990 (- ?x1353)))
 (let ((?x696 (+ ?x188 ?x990)))
 (let ((?x179 (- ?x105)))
 (let ((?x1272 (+ ?x179 ?x696)))
 (let ((?x1130 (* ?x577 ?x1272)))
 (let ((?x605 (+ ?x1130 ?x743)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x436 (* ?x178 ?x605)))
 (let ((?x527 (+ ?x436 ?x624)))
 (let ((?x728 (+ ?x527 ?x1059)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x1327 (* ?x108 ?x158)))
 (let ((?x1115 (- ?x1327)))
 (let ((?x1047 (+ ?x157 ?x1115)))
 (let ((?x1321 (* 0.0 ?x1047)))
 (let ((?x469 (* ?x104 ?x1321)))
 (let ((?x883 (* ?x109 ?x158)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1561 (* ?x108 ?x560)))
 (let ((?x1380 (+ ?x1561 ?x883)))
 (let ((?x1231 (- ?x1380)))
 (let ((?x483 (+ ?x615 ?x1231)))
 (let ((?x1445 (/ ?x483 scale)))
 (let ((?x2152 (+ ?x1445 ?x469)))
 (let ((?x599 (- ?x2152)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x1114 (+ ?x1146 ?x599)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x230 (+ ?x98 ?x1114)))
 (let ((?x291 (* ?x577 ?x230)))
 (or (and (distinct ?x291 ?x728) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1285 (* (/ 1.0 2.0) ?x107)))
 (let ((?x733 (+ ?x1285 ?x582)))
 (let ((?x287 (* 2.0 ?x733)))
 (let ((?x413 (- ?x287)))
 (let ((?x427 (+ ?x107 ?x413)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x601 (+ ?x100 ?x427)))
 (let ((?x454 (* ?x577 ?x601)))
 (let ((?x624 (* |g2[0]| ?x454)))
 (let ((?x1059 (+ ?x624 ?x518)))
 (let ((?x743 (* ?x601 ?x454)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x247 (* (/ 1.0 2.0) ?x188)))
 (let ((?x671 (+ ?x247 ?x430)))
 (let ((?x1353 (* 2.0 ?x671)))
 (let ((?x990 (- ?x1353)))
 (let ((?x696 (+ ?x188 ?x990)))
 (let ((?x179 (- ?x105)))
 (let ((?x1272 (+ ?x179 ?x696)))
 (let ((?x1130 (* ?x577 ?x1272)))
 (let ((?x605 (+ ?x1130 ?x743)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x436 (* ?x178 ?x605)))
 (let ((?x527 (+ ?x436 ?x624)))
 (let ((?x728 (+ ?x527 ?x1059)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x728) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1776 (+ ?x582 ?x1769)))
 (let ((?x1168 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x1168)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1073 (+ ?x100 ?x1733)))
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x577 ?x1073)))
 (let ((?x1375 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x336 (+ ?x518 ?x1375)))
 (let ((?x1324 (* ?x1073 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x659 (* 0.0 ?x188)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x926 (+ ?x430 ?x659)))
 (let ((?x1262 (* 2.0 ?x926)))
 (let ((?x1005 (- ?x1262)))
 (let ((?x949 (+ ?x188 ?x1005)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x949)))
 (let ((?x822 (* ?x577 ?x1775)))
 (let ((?x1350 (+ ?x822 ?x1324)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1350)))
 (let ((?x886 (+ ?x1772 ?x1375)))
 (let ((?x1770 (+ ?x886 ?x336)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1285 (* (/ 1.0 2.0) ?x107)))
 (let ((?x733 (+ ?x1285 ?x582)))
 (let ((?x287 (* 2.0 ?x733)))
 (let ((?x413 (- ?x287)))
 (let ((?x427 (+ ?x107 ?x413)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x601 (+ ?x100 ?x427)))
 (let ((?x454 (* ?x577 ?x601)))
 (let ((?x624 (* |g2[0]| ?x454)))
 (let ((?x1059 (+ ?x624 ?x518)))
 (let ((?x743 (* ?x601 ?x454)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x247 (* (/ 1.0 2.0) ?x188)))
 (let ((?x671 (+ ?x247 ?x430)))
 (let ((?x1353 (* 2.0 ?x671)))
 (let ((?x990 (- ?x1353)))
 (let ((?x696 (+ ?x188 ?x990)))
 (let ((?x179 (- ?x105)))
 (let ((?x1272 (+ ?x179 ?x696)))
 (let ((?x1130 (* ?x577 ?x1272)))
 (let ((?x605 (+ ?x1130 ?x743)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x436 (* ?x178 ?x605)))
 (let ((?x527 (+ ?x436 ?x624)))
 (let ((?x728 (+ ?x527 ?x1059)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x728) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1776 (+ ?x582 ?x1769)))
 (let ((?x1168 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x1168)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1073 (+ ?x100 ?x1733)))
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x577 ?x1073)))
 (let ((?x1375 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x336 (+ ?x518 ?x1375)))
 (let ((?x1324 (* ?x1073 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x659 (* 0.0 ?x188)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x926 (+ ?x430 ?x659)))
 (let ((?x1262 (* 2.0 ?x926)))
 (let ((?x1005 (- ?x1262)))
 (let ((?x949 (+ ?x188 ?x1005)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x949)))
 (let ((?x822 (* ?x577 ?x1775)))
 (let ((?x1350 (+ ?x822 ?x1324)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1350)))
 (let ((?x886 (+ ?x1772 ?x1375)))
 (let ((?x1770 (+ ?x886 ?x336)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x738 (- ?x223)))
 (let ((?x792 (+ ?x107 ?x738)))
 (let ((?x791 (* ?x149 ?x792)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x794 (* ?x158 ?x791)))
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
 (let ((?x759 (- ?x394)))
 (let ((?x788 (* 2.0 ?x759)))
 (let ((?x786 (* ?x149 ?x788)))
 (let ((?x272 (+ ?x786 ?x794)))
 (let ((?x521 (- ?x272)))
 (let ((?x561 (+ ?x759 ?x521)))
 (let ((?x562 (/ ?x561 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x382 (+ ?x168 ?x562)))
 (let ((?x463 (- ?x382)))
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
 (let ((?x386 (+ ?x781 ?x463)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x464 (+ ?x98 ?x386)))
 (let ((?x365 (* ?x176 ?x464)))
 (or (and (distinct ?x365 ?x222) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x395 (- ?x225)))
 (let ((?x920 (+ ?x107 ?x395)))
 (let ((?x1143 (* ?x149 ?x920)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x1153 (* ?x158 ?x1143)))
 (let ((?x837 (* 2.0 ?x225)))
 (let ((?x390 (- ?x837)))
 (let ((?x465 (+ ?x107 ?x390)))
 (let ((?x892 (+ ?x100 ?x465)))
 (let ((?x927 (* 1.0 ?x892)))
 (let ((?x1198 (* f2 ?x927)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x907 (+ ?x143 ?x1198)))
 (let ((?x1203 (* ?x139 ?x927)))
 (let ((?x1156 (+ ?x1203 ?x907)))
 (let ((?x1165 (- ?x1156)))
 (let ((?x924 (* 2.0 ?x1165)))
 (let ((?x478 (* ?x149 ?x924)))
 (let ((?x900 (+ ?x478 ?x1153)))
 (let ((?x1248 (- ?x900)))
 (let ((?x1145 (+ ?x1165 ?x1248)))
 (let ((?x1157 (/ ?x1145 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x742 (+ ?x168 ?x1157)))
 (let ((?x1144 (- ?x742)))
 (let ((?x1256 (* |g2[0]| ?x927)))
 (let ((?x1136 (* (/ 1.0 2.0) ?x927)))
 (let ((?x923 (* 0.0 ?x1136)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x834 (+ ?x130 ?x923)))
 (let ((?x1241 (* |h2[1,0]| ?x834)))
 (let ((?x842 (+ ?x124 ?x923)))
 (let ((?x925 (* |h2[0,0]| ?x842)))
 (let ((?x921 (+ ?x925 ?x1241)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x1164 (+ ?x125 ?x923)))
 (let ((?x1148 (+ ?x1164 ?x921)))
 (let ((?x320 (+ ?x1148 ?x1256)))
 (let ((?x637 (+ ?x320 ?x1144)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x832 (+ ?x98 ?x637)))
 (let ((?x1133 (* ?x176 ?x832)))
 (or (and (distinct ?x1133 ?x222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x738 (- ?x223)))
 (let ((?x792 (+ ?x107 ?x738)))
 (let ((?x791 (* ?x149 ?x792)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x794 (* ?x158 ?x791)))
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
 (let ((?x759 (- ?x394)))
 (let ((?x788 (* 2.0 ?x759)))
 (let ((?x786 (* ?x149 ?x788)))
 (let ((?x272 (+ ?x786 ?x794)))
 (let ((?x521 (- ?x272)))
 (let ((?x561 (+ ?x759 ?x521)))
 (let ((?x562 (/ ?x561 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x382 (+ ?x168 ?x562)))
 (let ((?x463 (- ?x382)))
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
 (let ((?x386 (+ ?x781 ?x463)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x464 (+ ?x98 ?x386)))
 (let ((?x365 (* ?x176 ?x464)))
 (or (and (distinct ?x365 ?x222) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x1327 (* ?x108 ?x158)))
 (let ((?x1115 (- ?x1327)))
 (let ((?x1047 (+ ?x157 ?x1115)))
 (let ((?x1321 (* 0.0 ?x1047)))
 (let ((?x469 (* ?x104 ?x1321)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x883 (* ?x109 ?x158)))
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
 (let ((?x759 (- ?x394)))
 (let ((?x788 (* 2.0 ?x759)))
 (let ((?x1050 (* ?x108 ?x788)))
 (let ((?x398 (+ ?x1050 ?x883)))
 (let ((?x1043 (- ?x398)))
 (let ((?x1070 (+ ?x759 ?x1043)))
 (let ((?x869 (/ ?x1070 scale)))
 (let ((?x980 (+ ?x869 ?x469)))
 (let ((?x347 (- ?x980)))
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
 (let ((?x368 (+ ?x781 ?x347)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1294 (+ ?x98 ?x368)))
 (let ((?x1038 (* ?x176 ?x1294)))
 (or (and (distinct ?x1038 ?x222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x738 (- ?x223)))
 (let ((?x792 (+ ?x107 ?x738)))
 (let ((?x791 (* ?x149 ?x792)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x794 (* ?x158 ?x791)))
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
 (let ((?x759 (- ?x394)))
 (let ((?x788 (* 2.0 ?x759)))
 (let ((?x786 (* ?x149 ?x788)))
 (let ((?x272 (+ ?x786 ?x794)))
 (let ((?x521 (- ?x272)))
 (let ((?x561 (+ ?x759 ?x521)))
 (let ((?x562 (/ ?x561 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x382 (+ ?x168 ?x562)))
 (let ((?x463 (- ?x382)))
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
 (let ((?x386 (+ ?x781 ?x463)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x464 (+ ?x98 ?x386)))
 (let ((?x365 (* ?x176 ?x464)))
 (or (and (distinct ?x365 ?x222) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x738 (- ?x223)))
 (let ((?x792 (+ ?x107 ?x738)))
 (let ((?x791 (* ?x149 ?x792)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x794 (* ?x158 ?x791)))
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
 (let ((?x759 (- ?x394)))
 (let ((?x788 (* 2.0 ?x759)))
 (let ((?x786 (* ?x149 ?x788)))
 (let ((?x272 (+ ?x786 ?x794)))
 (let ((?x521 (- ?x272)))
 (let ((?x561 (+ ?x759 ?x521)))
 (let ((?x562 (/ ?x561 scale)))
 (let ((?x164 (* ?x149 ?x158)))
 (let ((?x165 (- ?x164)))
 (let ((?x166 (+ ?x157 ?x165)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* ?x104 ?x167)))
 (let ((?x382 (+ ?x168 ?x562)))
 (let ((?x463 (- ?x382)))
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
 (let ((?x386 (+ ?x781 ?x463)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x464 (+ ?x98 ?x386)))
 (let ((?x365 (* ?x176 ?x464)))
 (or (and (distinct ?x365 ?x222) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (= 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1285 (* (/ 1.0 2.0) ?x107)))
 (let ((?x733 (+ ?x1285 ?x582)))
 (let ((?x287 (* 2.0 ?x733)))
 (let ((?x413 (- ?x287)))
 (let ((?x427 (+ ?x107 ?x413)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x601 (+ ?x100 ?x427)))
 (let ((?x454 (* ?x577 ?x601)))
 (let ((?x624 (* |g2[0]| ?x454)))
 (let ((?x1059 (+ ?x624 ?x518)))
 (let ((?x743 (* ?x601 ?x454)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x247 (* (/ 1.0 2.0) ?x188)))
 (let ((?x671 (+ ?x247 ?x430)))
 (let ((?x1353 (* 2.0 ?x671)))
 (let ((?x990 (- ?x1353)))
 (let ((?x696 (+ ?x188 ?x990)))
 (let ((?x179 (- ?x105)))
 (let ((?x1272 (+ ?x179 ?x696)))
 (let ((?x1130 (* ?x577 ?x1272)))
 (let ((?x605 (+ ?x1130 ?x743)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x436 (* ?x178 ?x605)))
 (let ((?x527 (+ ?x436 ?x624)))
 (let ((?x728 (+ ?x527 ?x1059)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1207 (+ ?x109 ?x951)))
 (let ((?x1155 (- ?x1207)))
 (let ((?x285 (+ ?x107 ?x1155)))
 (let ((?x1204 (* ?x617 ?x285)))
 (let ((?x1283 (* ?x1204 ?x158)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x506 (* 2.0 ?x1207)))
 (let ((?x323 (- ?x506)))
 (let ((?x823 (+ ?x107 ?x323)))
 (let ((?x417 (+ ?x100 ?x823)))
 (let ((?x460 (* ?x417 1.0)))
 (let ((?x959 (* f2 ?x460)))
 (let ((?x1215 (+ ?x959 ?x143)))
 (let ((?x826 (* ?x139 ?x460)))
 (let ((?x753 (+ ?x826 ?x1215)))
 (let ((?x404 (- ?x753)))
 (let ((?x475 (* 2.0 ?x404)))
 (let ((?x1310 (* ?x617 ?x475)))
 (let ((?x638 (+ ?x1310 ?x1283)))
 (let ((?x290 (- ?x638)))
 (let ((?x598 (+ ?x404 ?x290)))
 (let ((?x761 (/ ?x598 scale)))
 (let ((?x745 (+ ?x761 ?x698)))
 (let ((?x873 (- ?x745)))
 (let ((?x1226 (* |g2[0]| ?x460)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x435 (* (/ 1.0 2.0) ?x460)))
 (let ((?x1209 (* 0.0 ?x435)))
 (let ((?x1092 (+ ?x1209 ?x130)))
 (let ((?x1233 (* |h2[1,0]| ?x1092)))
 (let ((?x751 (+ ?x1209 ?x124)))
 (let ((?x1126 (* |h2[0,0]| ?x751)))
 (let ((?x233 (+ ?x1126 ?x1233)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x616 (+ ?x1209 ?x125)))
 (let ((?x232 (+ ?x616 ?x233)))
 (let ((?x1276 (+ ?x232 ?x1226)))
 (let ((?x351 (+ ?x1276 ?x873)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1158 (+ ?x98 ?x351)))
 (let ((?x1291 (* ?x577 ?x1158)))
 (or (and (distinct ?x1291 ?x728) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1285 (* (/ 1.0 2.0) ?x107)))
 (let ((?x733 (+ ?x1285 ?x582)))
 (let ((?x287 (* 2.0 ?x733)))
 (let ((?x413 (- ?x287)))
 (let ((?x427 (+ ?x107 ?x413)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x601 (+ ?x100 ?x427)))
 (let ((?x454 (* ?x577 ?x601)))
 (let ((?x624 (* |g2[0]| ?x454)))
 (let ((?x1059 (+ ?x624 ?x518)))
 (let ((?x743 (* ?x601 ?x454)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x247 (* (/ 1.0 2.0) ?x188)))
 (let ((?x671 (+ ?x247 ?x430)))
 (let ((?x1353 (* 2.0 ?x671)))
 (let ((?x990 (- ?x1353)))
 (let ((?x696 (+ ?x188 ?x990)))
 (let ((?x179 (- ?x105)))
 (let ((?x1272 (+ ?x179 ?x696)))
 (let ((?x1130 (* ?x577 ?x1272)))
 (let ((?x605 (+ ?x1130 ?x743)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x436 (* ?x178 ?x605)))
 (let ((?x527 (+ ?x436 ?x624)))
 (let ((?x728 (+ ?x527 ?x1059)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x728) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1776 (+ ?x582 ?x1769)))
 (let ((?x1168 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x1168)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1073 (+ ?x100 ?x1733)))
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x577 ?x1073)))
 (let ((?x1375 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x336 (+ ?x518 ?x1375)))
 (let ((?x1324 (* ?x1073 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x659 (* 0.0 ?x188)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x926 (+ ?x430 ?x659)))
 (let ((?x1262 (* 2.0 ?x926)))
 (let ((?x1005 (- ?x1262)))
 (let ((?x949 (+ ?x188 ?x1005)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x949)))
 (let ((?x822 (* ?x577 ?x1775)))
 (let ((?x1350 (+ ?x822 ?x1324)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1350)))
 (let ((?x886 (+ ?x1772 ?x1375)))
 (let ((?x1770 (+ ?x886 ?x336)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (= 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1285 (* (/ 1.0 2.0) ?x107)))
 (let ((?x733 (+ ?x1285 ?x582)))
 (let ((?x287 (* 2.0 ?x733)))
 (let ((?x413 (- ?x287)))
 (let ((?x427 (+ ?x107 ?x413)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x601 (+ ?x100 ?x427)))
 (let ((?x454 (* ?x577 ?x601)))
 (let ((?x624 (* |g2[0]| ?x454)))
 (let ((?x1059 (+ ?x624 ?x518)))
 (let ((?x743 (* ?x601 ?x454)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x247 (* (/ 1.0 2.0) ?x188)))
 (let ((?x671 (+ ?x247 ?x430)))
 (let ((?x1353 (* 2.0 ?x671)))
 (let ((?x990 (- ?x1353)))
 (let ((?x696 (+ ?x188 ?x990)))
 (let ((?x179 (- ?x105)))
 (let ((?x1272 (+ ?x179 ?x696)))
 (let ((?x1130 (* ?x577 ?x1272)))
 (let ((?x605 (+ ?x1130 ?x743)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x436 (* ?x178 ?x605)))
 (let ((?x527 (+ ?x436 ?x624)))
 (let ((?x728 (+ ?x527 ?x1059)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1698 (- ?x882)))
 (let ((?x1818 (+ ?x107 ?x1698)))
 (let ((?x1196 (* ?x617 ?x1818)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x1640 (* ?x158 ?x1196)))
 (let ((?x458 (* 2.0 ?x882)))
 (let ((?x355 (- ?x458)))
 (let ((?x346 (+ ?x107 ?x355)))
 (let ((?x645 (+ ?x100 ?x346)))
 (let ((?x420 (* 1.0 ?x645)))
 (let ((?x489 (* f2 ?x420)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x324 (+ ?x143 ?x489)))
 (let ((?x1659 (* ?x139 ?x420)))
 (let ((?x804 (+ ?x1659 ?x324)))
 (let ((?x389 (- ?x804)))
 (let ((?x1085 (* 2.0 ?x389)))
 (let ((?x360 (* ?x617 ?x1085)))
 (let ((?x651 (+ ?x360 ?x1640)))
 (let ((?x603 (- ?x651)))
 (let ((?x704 (+ ?x389 ?x603)))
 (let ((?x932 (/ ?x704 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x669 (+ ?x698 ?x932)))
 (let ((?x234 (- ?x669)))
 (let ((?x1197 (* |g2[0]| ?x420)))
 (let ((?x1188 (* (/ 1.0 2.0) ?x420)))
 (let ((?x793 (* 0.0 ?x1188)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x1673 (+ ?x130 ?x793)))
 (let ((?x1819 (* |h2[1,0]| ?x1673)))
 (let ((?x312 (+ ?x124 ?x793)))
 (let ((?x830 (* |h2[0,0]| ?x312)))
 (let ((?x1678 (+ ?x830 ?x1819)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x414 (+ ?x125 ?x793)))
 (let ((?x1686 (+ ?x414 ?x1678)))
 (let ((?x1100 (+ ?x1686 ?x1197)))
 (let ((?x1829 (+ ?x1100 ?x234)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x434 (+ ?x98 ?x1829)))
 (let ((?x699 (* ?x577 ?x434)))
 (or (and (distinct ?x699 ?x728) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1285 (* (/ 1.0 2.0) ?x107)))
 (let ((?x733 (+ ?x1285 ?x582)))
 (let ((?x287 (* 2.0 ?x733)))
 (let ((?x413 (- ?x287)))
 (let ((?x427 (+ ?x107 ?x413)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x601 (+ ?x100 ?x427)))
 (let ((?x454 (* ?x577 ?x601)))
 (let ((?x624 (* |g2[0]| ?x454)))
 (let ((?x1059 (+ ?x624 ?x518)))
 (let ((?x743 (* ?x601 ?x454)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x247 (* (/ 1.0 2.0) ?x188)))
 (let ((?x671 (+ ?x247 ?x430)))
 (let ((?x1353 (* 2.0 ?x671)))
 (let ((?x990 (- ?x1353)))
 (let ((?x696 (+ ?x188 ?x990)))
 (let ((?x179 (- ?x105)))
 (let ((?x1272 (+ ?x179 ?x696)))
 (let ((?x1130 (* ?x577 ?x1272)))
 (let ((?x605 (+ ?x1130 ?x743)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x436 (* ?x178 ?x605)))
 (let ((?x527 (+ ?x436 ?x624)))
 (let ((?x728 (+ ?x527 ?x1059)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x728) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1776 (+ ?x582 ?x1769)))
 (let ((?x1168 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x1168)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1073 (+ ?x100 ?x1733)))
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x577 ?x1073)))
 (let ((?x1375 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x336 (+ ?x518 ?x1375)))
 (let ((?x1324 (* ?x1073 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x659 (* 0.0 ?x188)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x926 (+ ?x430 ?x659)))
 (let ((?x1262 (* 2.0 ?x926)))
 (let ((?x1005 (- ?x1262)))
 (let ((?x949 (+ ?x188 ?x1005)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x949)))
 (let ((?x822 (* ?x577 ?x1775)))
 (let ((?x1350 (+ ?x822 ?x1324)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1350)))
 (let ((?x886 (+ ?x1772 ?x1375)))
 (let ((?x1770 (+ ?x886 ?x336)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (= 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1285 (* (/ 1.0 2.0) ?x107)))
 (let ((?x733 (+ ?x1285 ?x582)))
 (let ((?x287 (* 2.0 ?x733)))
 (let ((?x413 (- ?x287)))
 (let ((?x427 (+ ?x107 ?x413)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x601 (+ ?x100 ?x427)))
 (let ((?x454 (* ?x577 ?x601)))
 (let ((?x624 (* |g2[0]| ?x454)))
 (let ((?x1059 (+ ?x624 ?x518)))
 (let ((?x743 (* ?x601 ?x454)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x247 (* (/ 1.0 2.0) ?x188)))
 (let ((?x671 (+ ?x247 ?x430)))
 (let ((?x1353 (* 2.0 ?x671)))
 (let ((?x990 (- ?x1353)))
 (let ((?x696 (+ ?x188 ?x990)))
 (let ((?x179 (- ?x105)))
 (let ((?x1272 (+ ?x179 ?x696)))
 (let ((?x1130 (* ?x577 ?x1272)))
 (let ((?x605 (+ ?x1130 ?x743)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x436 (* ?x178 ?x605)))
 (let ((?x527 (+ ?x436 ?x624)))
 (let ((?x728 (+ ?x527 ?x1059)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x1327 (* ?x108 ?x158)))
 (let ((?x1115 (- ?x1327)))
 (let ((?x1047 (+ ?x157 ?x1115)))
 (let ((?x1321 (* 0.0 ?x1047)))
 (let ((?x469 (* ?x104 ?x1321)))
 (let ((?x883 (* ?x109 ?x158)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1561 (* ?x108 ?x560)))
 (let ((?x1380 (+ ?x1561 ?x883)))
 (let ((?x1231 (- ?x1380)))
 (let ((?x483 (+ ?x615 ?x1231)))
 (let ((?x1445 (/ ?x483 scale)))
 (let ((?x2152 (+ ?x1445 ?x469)))
 (let ((?x599 (- ?x2152)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x1114 (+ ?x1146 ?x599)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x230 (+ ?x98 ?x1114)))
 (let ((?x291 (* ?x577 ?x230)))
 (or (and (distinct ?x291 ?x728) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1285 (* (/ 1.0 2.0) ?x107)))
 (let ((?x733 (+ ?x1285 ?x582)))
 (let ((?x287 (* 2.0 ?x733)))
 (let ((?x413 (- ?x287)))
 (let ((?x427 (+ ?x107 ?x413)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x601 (+ ?x100 ?x427)))
 (let ((?x454 (* ?x577 ?x601)))
 (let ((?x624 (* |g2[0]| ?x454)))
 (let ((?x1059 (+ ?x624 ?x518)))
 (let ((?x743 (* ?x601 ?x454)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x247 (* (/ 1.0 2.0) ?x188)))
 (let ((?x671 (+ ?x247 ?x430)))
 (let ((?x1353 (* 2.0 ?x671)))
 (let ((?x990 (- ?x1353)))
 (let ((?x696 (+ ?x188 ?x990)))
 (let ((?x179 (- ?x105)))
 (let ((?x1272 (+ ?x179 ?x696)))
 (let ((?x1130 (* ?x577 ?x1272)))
 (let ((?x605 (+ ?x1130 ?x743)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x436 (* ?x178 ?x605)))
 (let ((?x527 (+ ?x436 ?x624)))
 (let ((?x728 (+ ?x527 ?x1059)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x728) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
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
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1776 (+ ?x582 ?x1769)))
 (let ((?x1168 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x1168)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1073 (+ ?x100 ?x1733)))
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x577 ?x1073)))
 (let ((?x1375 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x336 (+ ?x518 ?x1375)))
 (let ((?x1324 (* ?x1073 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x659 (* 0.0 ?x188)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x926 (+ ?x430 ?x659)))
 (let ((?x1262 (* 2.0 ?x926)))
 (let ((?x1005 (- ?x1262)))
 (let ((?x949 (+ ?x188 ?x1005)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x949)))
 (let ((?x822 (* ?x577 ?x1775)))
 (let ((?x1350 (+ ?x822 ?x1324)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1350)))
 (let ((?x886 (+ ?x1772 ?x1375)))
 (let ((?x1770 (+ ?x886 ?x336)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1285 (* (/ 1.0 2.0) ?x107)))
 (let ((?x733 (+ ?x1285 ?x582)))
 (let ((?x287 (* 2.0 ?x733)))
 (let ((?x413 (- ?x287)))
 (let ((?x427 (+ ?x107 ?x413)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x601 (+ ?x100 ?x427)))
 (let ((?x454 (* ?x577 ?x601)))
 (let ((?x624 (* |g2[0]| ?x454)))
 (let ((?x1059 (+ ?x624 ?x518)))
 (let ((?x743 (* ?x601 ?x454)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x247 (* (/ 1.0 2.0) ?x188)))
 (let ((?x671 (+ ?x247 ?x430)))
 (let ((?x1353 (* 2.0 ?x671)))
 (let ((?x990 (- ?x1353)))
 (let ((?x696 (+ ?x188 ?x990)))
 (let ((?x179 (- ?x105)))
 (let ((?x1272 (+ ?x179 ?x696)))
 (let ((?x1130 (* ?x577 ?x1272)))
 (let ((?x605 (+ ?x1130 ?x743)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x436 (* ?x178 ?x605)))
 (let ((?x527 (+ ?x436 ?x624)))
 (let ((?x728 (+ ?x527 ?x1059)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x728) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let (($x1371 (= 0.0 ?x438)))
 (not $x1371)))))
(assert
 (let ((?x103 (* scale scale)))
 (let ((?x104 (/ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x102 (/ (- 1.0) scale)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x1769 (* 0.0 ?x107)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x108)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x582 (/ ?x109 ?x438)))
 (let ((?x1776 (+ ?x582 ?x1769)))
 (let ((?x1168 (* 2.0 ?x1776)))
 (let ((?x1768 (- ?x1168)))
 (let ((?x1733 (+ ?x107 ?x1768)))
 (let ((?x99 (/ 0.0 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x1073 (+ ?x100 ?x1733)))
 (let ((?x577 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x1773 (* ?x577 ?x1073)))
 (let ((?x1375 (* |g2[0]| ?x1773)))
 (let ((?x218 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x219 (* (/ 1.0 2.0) ?x218)))
 (let ((?x518 (* ?x219 ?x577)))
 (let ((?x336 (+ ?x518 ?x1375)))
 (let ((?x1324 (* ?x1073 ?x1773)))
 (let ((?x181 (/ 1.0 (* ?x103 scale))))
 (let ((?x183 (* ?x181 (- 2.0))))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* 0.0 ?x184)))
 (let ((?x186 (+ ?x105 ?x185)))
 (let ((?x187 (+ ?x105 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x659 (* 0.0 ?x188)))
 (let ((?x1131 (/ 1.0 (* ?x438 ?x438))))
 (let ((?x1044 (- ?x109)))
 (let ((?x1040 (* ?x109 ?x1044)))
 (let ((?x962 (* ?x1040 ?x1131)))
 (let ((?x694 (* ?x107 ?x109)))
 (let ((?x512 (* ?x188 ?x108)))
 (let ((?x459 (+ ?x512 ?x694)))
 (let ((?x1069 (/ ?x459 ?x438)))
 (let ((?x430 (+ ?x1069 ?x962)))
 (let ((?x926 (+ ?x430 ?x659)))
 (let ((?x1262 (* 2.0 ?x926)))
 (let ((?x1005 (- ?x1262)))
 (let ((?x949 (+ ?x188 ?x1005)))
 (let ((?x179 (- ?x105)))
 (let ((?x1775 (+ ?x179 ?x949)))
 (let ((?x822 (* ?x577 ?x1775)))
 (let ((?x1350 (+ ?x822 ?x1324)))
 (let ((?x139 (- b)))
 (let ((?x178 (+ f2 ?x139)))
 (let ((?x1772 (* ?x178 ?x1350)))
 (let ((?x886 (+ ?x1772 ?x1375)))
 (let ((?x1770 (+ ?x886 ?x336)))
 (let ((?x617 (/ (/ ?x108 exp!5) exp!4)))
 (let ((?x882 (* ?x107 ?x617)))
 (let ((?x1218 (/ (/ 1.0 exp!5) exp!4)))
 (let ((?x951 (* 0.0 ?x1218)))
 (let ((?x1150 (+ ?x951 ?x882)))
 (let ((?x1381 (- ?x1150)))
 (let ((?x1382 (+ ?x107 ?x1381)))
 (let ((?x722 (* ?x617 ?x1382)))
 (let ((?x155 (* f2 1.0)))
 (let ((?x154 (* ?x139 1.0)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x157 (- ?x156)))
 (let ((?x158 (* 2.0 ?x157)))
 (let ((?x380 (* ?x158 ?x722)))
 (let ((?x348 (* 2.0 ?x1150)))
 (let ((?x1251 (- ?x348)))
 (let ((?x388 (+ ?x107 ?x1251)))
 (let ((?x1269 (+ ?x100 ?x388)))
 (let ((?x1318 (* 1.0 ?x1269)))
 (let ((?x712 (* f2 ?x1318)))
 (let ((?x143 (* |g2[0]| 1.0)))
 (let ((?x570 (+ ?x143 ?x712)))
 (let ((?x1249 (* ?x139 ?x1318)))
 (let ((?x1264 (+ ?x1249 ?x570)))
 (let ((?x615 (- ?x1264)))
 (let ((?x560 (* 2.0 ?x615)))
 (let ((?x1259 (* ?x617 ?x560)))
 (let ((?x293 (+ ?x1259 ?x380)))
 (let ((?x445 (- ?x293)))
 (let ((?x265 (+ ?x615 ?x445)))
 (let ((?x964 (/ ?x265 scale)))
 (let ((?x642 (* ?x617 ?x158)))
 (let ((?x1072 (- ?x642)))
 (let ((?x480 (+ ?x157 ?x1072)))
 (let ((?x736 (* 0.0 ?x480)))
 (let ((?x698 (* ?x104 ?x736)))
 (let ((?x691 (+ ?x698 ?x964)))
 (let ((?x1177 (- ?x691)))
 (let ((?x655 (* |g2[0]| ?x1318)))
 (let ((?x1152 (* (/ 1.0 2.0) ?x1318)))
 (let ((?x656 (* 0.0 ?x1152)))
 (let ((?x123 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x123)))
 (let ((?x130 (* 0.0 ?x124)))
 (let ((?x260 (+ ?x130 ?x656)))
 (let ((?x1332 (* |h2[1,0]| ?x260)))
 (let ((?x1372 (+ ?x124 ?x656)))
 (let ((?x813 (* |h2[0,0]| ?x1372)))
 (let ((?x778 (+ ?x813 ?x1332)))
 (let ((?x125 (* |h2[0,0]| ?x124)))
 (let ((?x984 (+ ?x125 ?x656)))
 (let ((?x1119 (+ ?x984 ?x778)))
 (let ((?x1146 (+ ?x1119 ?x655)))
 (let ((?x940 (+ ?x1146 ?x1177)))
 (let ((?x97 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x98 (+ ?x97 ?x97)))
 (let ((?x1033 (+ ?x98 ?x940)))
 (let ((?x1363 (* ?x577 ?x1033)))
 (or (and (distinct ?x1363 ?x1770) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
