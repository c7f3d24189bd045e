; certjax: rule estimators.score_Normal, obligation 'second_order.hessian_identity[2]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!22 () Real)
(declare-fun log!26 () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x16 (* 2.0 pi!)))
 (< 0.0 ?x16)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x16 (* 2.0 pi!)))
 (< 0.0 ?x16)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x198 (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x232 (* ?x198 exp!5)))
 (let ((?x268 (* ?x232 ?x267)))
 (let ((?x73 (/ 0.0 scale)))
 (let ((?x74 (- ?x73)))
 (let ((?x65 (* scale scale)))
 (let ((?x66 (/ 1.0 ?x65)))
 (let ((?x67 (* 0.0 ?x66)))
 (let ((?x64 (/ (- 1.0) scale)))
 (let ((?x68 (+ ?x64 ?x67)))
 (let ((?x20 (- loc)))
 (let ((?x21 (+ z ?x20)))
 (let ((?x22 (/ ?x21 scale)))
 (let ((?x24 (* ?x22 (- (/ 1.0 2.0)))))
 (let ((?x71 (* ?x24 ?x68)))
 (let ((?x69 (* (- (/ 1.0 2.0)) ?x68)))
 (let ((?x70 (* ?x22 ?x69)))
 (let ((?x72 (+ ?x70 ?x71)))
 (let ((?x75 (+ ?x72 ?x74)))
 (let ((?x260 (* ?x232 ?x75)))
 (let ((?x265 (* |g2[1]| ?x260)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x241 (/ 1.0 scale)))
 (let ((?x242 (- ?x241)))
 (let ((?x234 (- ?x21)))
 (let ((?x235 (* ?x234 ?x66)))
 (let ((?x236 (+ ?x73 ?x235)))
 (let ((?x239 (* ?x24 ?x236)))
 (let ((?x237 (* (- (/ 1.0 2.0)) ?x236)))
 (let ((?x238 (* ?x22 ?x237)))
 (let ((?x240 (+ ?x238 ?x239)))
 (let ((?x243 (+ ?x240 ?x242)))
 (let ((?x261 (* ?x243 ?x260)))
 (let ((?x125 (/ 1.0 (* ?x65 scale))))
 (let ((?x127 (* ?x125 (- 2.0))))
 (let ((?x128 (* 0.0 ?x127)))
 (let ((?x248 (* ?x234 ?x128)))
 (let ((?x249 (+ ?x66 ?x248)))
 (let ((?x250 (+ ?x67 ?x249)))
 (let ((?x255 (* ?x24 ?x250)))
 (let ((?x254 (* ?x236 ?x69)))
 (let ((?x256 (+ ?x254 ?x255)))
 (let ((?x251 (* (- (/ 1.0 2.0)) ?x250)))
 (let ((?x252 (* ?x22 ?x251)))
 (let ((?x247 (* ?x68 ?x237)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x257 (+ ?x253 ?x256)))
 (let ((?x246 (- ?x67)))
 (let ((?x258 (+ ?x246 ?x257)))
 (let ((?x259 (* ?x232 ?x258)))
 (let ((?x262 (+ ?x259 ?x261)))
 (let ((?x263 (* f2 ?x262)))
 (let ((?x244 (* ?x232 ?x243)))
 (let ((?x245 (* |g2[0]| ?x244)))
 (let ((?x264 (+ ?x245 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x142 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x141 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x143 (+ ?x141 ?x142)))
 (let ((?x108 (* f2 1.0)))
 (let ((?x107 (* 0.0 1.0)))
 (let ((?x109 (+ ?x107 ?x108)))
 (let ((?x130 (* ?x22 ?x109)))
 (let ((?x131 (* (- (/ 1.0 2.0)) ?x130)))
 (let ((?x129 (* ?x24 ?x109)))
 (let ((?x132 (+ ?x129 ?x131)))
 (let ((?x136 (* ?x66 ?x132)))
 (let ((?x137 (- ?x136)))
 (let ((?x133 (* ?x128 ?x132)))
 (let ((?x119 (* ?x68 ?x109)))
 (let ((?x102 (* |g2[0]| 1.0)))
 (let ((?x78 (* ?x75 1.0)))
 (let ((?x100 (* f2 ?x78)))
 (let ((?x103 (+ ?x100 ?x102)))
 (let ((?x98 (* 0.0 ?x78)))
 (let ((?x104 (+ ?x98 ?x103)))
 (let ((?x118 (* ?x22 ?x104)))
 (let ((?x120 (+ ?x118 ?x119)))
 (let ((?x121 (* (- (/ 1.0 2.0)) ?x120)))
 (let ((?x116 (* ?x24 ?x104)))
 (let ((?x115 (* ?x69 ?x109)))
 (let ((?x117 (+ ?x115 ?x116)))
 (let ((?x122 (+ ?x117 ?x121)))
 (let ((?x123 (* ?x66 ?x122)))
 (let ((?x134 (+ ?x123 ?x133)))
 (let ((?x135 (* ?x21 ?x134)))
 (let ((?x138 (+ ?x135 ?x137)))
 (let ((?x139 (- ?x138)))
 (let ((?x110 (- ?x109)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x112 (* ?x66 ?x111)))
 (let ((?x105 (- ?x104)))
 (let ((?x106 (/ ?x105 scale)))
 (let ((?x113 (+ ?x106 ?x112)))
 (let ((?x96 (* |g2[1]| ?x78)))
 (let ((?x79 (* (/ 1.0 2.0) ?x78)))
 (let ((?x80 (* 0.0 ?x79)))
 (let ((?x82 (+ (- 1.0) 1.0)))
 (let ((?x83 (* (/ 1.0 2.0) ?x82)))
 (let ((?x90 (* 0.0 ?x83)))
 (let ((?x91 (+ ?x90 ?x80)))
 (let ((?x92 (* |h2[1,1]| ?x91)))
 (let ((?x87 (+ ?x83 ?x80)))
 (let ((?x88 (* |h2[0,1]| ?x87)))
 (let ((?x93 (+ ?x88 ?x92)))
 (let ((?x84 (* |h2[1,0]| ?x83)))
 (let ((?x85 (+ ?x80 ?x84)))
 (let ((?x94 (+ ?x85 ?x93)))
 (let ((?x97 (+ ?x94 ?x96)))
 (let ((?x114 (+ ?x97 ?x113)))
 (let ((?x140 (+ ?x114 ?x139)))
 (let ((?x144 (+ ?x140 ?x143)))
 (let ((?x233 (* ?x232 ?x144)))
 (or (and (distinct ?x233 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ log!22 2.0) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ log!22 2.0))))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= (* exp!1 exp!1) (* 2.0 pi!))))
(assert
 (= (< log!26 (/ log!22 2.0)) (< exp!2 exp!1)))
(assert
 (= (< (/ log!22 2.0) log!26) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!26 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!26)))
(assert
 (let (($x59 (= exp!2 scale)))
 (=> (> scale 0.0) $x59)))
(assert
 (let ((?x28 (/ log!22 2.0)))
 (let ((?x65 (* scale scale)))
 (let ((?x148 (/ (* z z) ?x65)))
 (let ((?x149 (/ ?x148 2.0)))
 (= (< ?x149 ?x28) (< exp!3 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x148 (/ (* z z) ?x65)))
 (let ((?x149 (/ ?x148 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x149) (< exp!1 exp!3)))))))
(assert
 (= (< (/ (/ (* z z) (* scale scale)) 2.0) log!26) (< exp!3 exp!2)))
(assert
 (= (< log!26 (/ (/ (* z z) (* scale scale)) 2.0)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (/ (* z z) (* scale scale)) 2.0) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (/ (* z z) (* scale scale)) 2.0))))
(assert
 (let ((?x28 (/ log!22 2.0)))
 (let ((?x65 (* scale scale)))
 (let ((?x171 (/ (* loc loc) ?x65)))
 (let ((?x172 (/ ?x171 2.0)))
 (= (< ?x172 ?x28) (< exp!4 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x171 (/ (* loc loc) ?x65)))
 (let ((?x172 (/ ?x171 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x172) (< exp!1 exp!4)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!26) (< exp!4 exp!2)))
(assert
 (= (< log!26 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!2 exp!4)))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x148 (/ (* z z) ?x65)))
 (let ((?x149 (/ ?x148 2.0)))
 (let ((?x171 (/ (* loc loc) ?x65)))
 (let ((?x172 (/ ?x171 2.0)))
 (= (< ?x172 ?x149) (< exp!4 exp!3))))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x171 (/ (* loc loc) ?x65)))
 (let ((?x172 (/ ?x171 2.0)))
 (let ((?x148 (/ (* z z) ?x65)))
 (let ((?x149 (/ ?x148 2.0)))
 (= (< ?x149 ?x172) (< exp!3 exp!4))))))))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (/ (* loc loc) (* scale scale)) 2.0) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (/ (* loc loc) (* scale scale)) 2.0))))
(assert
 (= (< (/ (* loc z) (* scale scale)) (/ log!22 2.0)) (< exp!5 exp!1)))
(assert
 (= (< (/ log!22 2.0) (/ (* loc z) (* scale scale))) (< exp!1 exp!5)))
(assert
 (= (< (/ (* loc z) (* scale scale)) log!26) (< exp!5 exp!2)))
(assert
 (= (< log!26 (/ (* loc z) (* scale scale))) (< exp!2 exp!5)))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x148 (/ (* z z) ?x65)))
 (let ((?x149 (/ ?x148 2.0)))
 (let ((?x200 (/ (* loc z) ?x65)))
 (= (< ?x200 ?x149) (< exp!5 exp!3)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x200 (/ (* loc z) ?x65)))
 (let ((?x148 (/ (* z z) ?x65)))
 (let ((?x149 (/ ?x148 2.0)))
 (= (< ?x149 ?x200) (< exp!3 exp!5)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x171 (/ (* loc loc) ?x65)))
 (let ((?x172 (/ ?x171 2.0)))
 (let ((?x200 (/ (* loc z) ?x65)))
 (= (< ?x200 ?x172) (< exp!5 exp!4)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x200 (/ (* loc z) ?x65)))
 (let ((?x171 (/ (* loc loc) ?x65)))
 (let ((?x172 (/ ?x171 2.0)))
 (= (< ?x172 ?x200) (< exp!4 exp!5)))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (* loc z) (* scale scale)) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (* loc z) (* scale scale)))))
(check-sat)
(pop 1)
