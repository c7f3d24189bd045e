; certjax: rule estimators.score_constant_baseline_Normal, obligation 'second_order.hessian_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!23 () Real)
(declare-fun log!27 () Real)
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
 (let ((?x243 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x244 (* (/ 1.0 2.0) ?x243)))
 (let ((?x182 (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x216 (* ?x182 exp!5)))
 (let ((?x245 (* ?x216 ?x244)))
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
 (let ((?x236 (* ?x216 ?x75)))
 (let ((?x241 (* |g2[0]| ?x236)))
 (let ((?x246 (+ ?x241 ?x245)))
 (let ((?x98 (- b)))
 (let ((?x239 (+ f2 ?x98)))
 (let ((?x237 (* ?x75 ?x236)))
 (let ((?x233 (- ?x67)))
 (let ((?x219 (/ 1.0 (* ?x65 scale))))
 (let ((?x221 (* ?x219 (- 2.0))))
 (let ((?x222 (* 0.0 ?x221)))
 (let ((?x223 (* 0.0 ?x222)))
 (let ((?x224 (+ ?x67 ?x223)))
 (let ((?x225 (+ ?x67 ?x224)))
 (let ((?x230 (* ?x24 ?x225)))
 (let ((?x228 (* ?x68 ?x69)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x226 (* (- (/ 1.0 2.0)) ?x225)))
 (let ((?x227 (* ?x22 ?x226)))
 (let ((?x229 (+ ?x227 ?x228)))
 (let ((?x232 (+ ?x229 ?x231)))
 (let ((?x234 (+ ?x232 ?x233)))
 (let ((?x235 (* ?x216 ?x234)))
 (let ((?x238 (+ ?x235 ?x237)))
 (let ((?x240 (* ?x238 ?x239)))
 (let ((?x242 (+ ?x240 ?x241)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x126 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x127 (+ ?x126 ?x126)))
 (let ((?x101 (* f2 1.0)))
 (let ((?x99 (* 1.0 ?x98)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x118 (* ?x22 ?x102)))
 (let ((?x119 (* (- (/ 1.0 2.0)) ?x118)))
 (let ((?x117 (* ?x24 ?x102)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 0.0 ?x120)))
 (let ((?x122 (* ?x66 ?x121)))
 (let ((?x112 (* ?x68 ?x102)))
 (let ((?x106 (* |g2[0]| 1.0)))
 (let ((?x78 (* ?x75 1.0)))
 (let ((?x105 (* f2 ?x78)))
 (let ((?x107 (+ ?x105 ?x106)))
 (let ((?x104 (* ?x78 ?x98)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x111 (* ?x22 ?x108)))
 (let ((?x113 (+ ?x111 ?x112)))
 (let ((?x114 (* (- (/ 1.0 2.0)) ?x113)))
 (let ((?x109 (* ?x24 ?x108)))
 (let ((?x103 (* ?x69 ?x102)))
 (let ((?x110 (+ ?x103 ?x109)))
 (let ((?x115 (+ ?x110 ?x114)))
 (let ((?x116 (/ ?x115 scale)))
 (let ((?x123 (+ ?x116 ?x122)))
 (let ((?x124 (- ?x123)))
 (let ((?x95 (* |g2[0]| ?x78)))
 (let ((?x79 (* (/ 1.0 2.0) ?x78)))
 (let ((?x80 (* 0.0 ?x79)))
 (let ((?x82 (+ (- 1.0) 1.0)))
 (let ((?x83 (* (/ 1.0 2.0) ?x82)))
 (let ((?x89 (* 0.0 ?x83)))
 (let ((?x90 (+ ?x89 ?x80)))
 (let ((?x91 (* |h2[1,0]| ?x90)))
 (let ((?x86 (+ ?x83 ?x80)))
 (let ((?x87 (* |h2[0,0]| ?x86)))
 (let ((?x92 (+ ?x87 ?x91)))
 (let ((?x84 (* |h2[0,0]| ?x83)))
 (let ((?x85 (+ ?x80 ?x84)))
 (let ((?x93 (+ ?x85 ?x92)))
 (let ((?x96 (+ ?x93 ?x95)))
 (let ((?x125 (+ ?x96 ?x124)))
 (let ((?x128 (+ ?x125 ?x127)))
 (let ((?x217 (* ?x216 ?x128)))
 (or (and (distinct ?x217 ?x247) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ log!23 2.0) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ log!23 2.0))))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= (* exp!1 exp!1) (* 2.0 pi!))))
(assert
 (= (< log!27 (/ log!23 2.0)) (< exp!2 exp!1)))
(assert
 (= (< (/ log!23 2.0) log!27) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!27 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!27)))
(assert
 (let (($x59 (= exp!2 scale)))
 (=> (> scale 0.0) $x59)))
(assert
 (let ((?x28 (/ log!23 2.0)))
 (let ((?x65 (* scale scale)))
 (let ((?x132 (/ (* z z) ?x65)))
 (let ((?x133 (/ ?x132 2.0)))
 (= (< ?x133 ?x28) (< exp!3 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x132 (/ (* z z) ?x65)))
 (let ((?x133 (/ ?x132 2.0)))
 (let ((?x28 (/ log!23 2.0)))
 (= (< ?x28 ?x133) (< exp!1 exp!3)))))))
(assert
 (= (< (/ (/ (* z z) (* scale scale)) 2.0) log!27) (< exp!3 exp!2)))
(assert
 (= (< log!27 (/ (/ (* z z) (* scale scale)) 2.0)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (/ (* z z) (* scale scale)) 2.0) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (/ (* z z) (* scale scale)) 2.0))))
(assert
 (let ((?x28 (/ log!23 2.0)))
 (let ((?x65 (* scale scale)))
 (let ((?x155 (/ (* loc loc) ?x65)))
 (let ((?x156 (/ ?x155 2.0)))
 (= (< ?x156 ?x28) (< exp!4 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x155 (/ (* loc loc) ?x65)))
 (let ((?x156 (/ ?x155 2.0)))
 (let ((?x28 (/ log!23 2.0)))
 (= (< ?x28 ?x156) (< exp!1 exp!4)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!27) (< exp!4 exp!2)))
(assert
 (= (< log!27 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!2 exp!4)))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x132 (/ (* z z) ?x65)))
 (let ((?x133 (/ ?x132 2.0)))
 (let ((?x155 (/ (* loc loc) ?x65)))
 (let ((?x156 (/ ?x155 2.0)))
 (= (< ?x156 ?x133) (< exp!4 exp!3))))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x155 (/ (* loc loc) ?x65)))
 (let ((?x156 (/ ?x155 2.0)))
 (let ((?x132 (/ (* z z) ?x65)))
 (let ((?x133 (/ ?x132 2.0)))
 (= (< ?x133 ?x156) (< exp!3 exp!4))))))))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (/ (* loc loc) (* scale scale)) 2.0) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (/ (* loc loc) (* scale scale)) 2.0))))
(assert
 (= (< (/ (* loc z) (* scale scale)) (/ log!23 2.0)) (< exp!5 exp!1)))
(assert
 (= (< (/ log!23 2.0) (/ (* loc z) (* scale scale))) (< exp!1 exp!5)))
(assert
 (= (< (/ (* loc z) (* scale scale)) log!27) (< exp!5 exp!2)))
(assert
 (= (< log!27 (/ (* loc z) (* scale scale))) (< exp!2 exp!5)))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x132 (/ (* z z) ?x65)))
 (let ((?x133 (/ ?x132 2.0)))
 (let ((?x184 (/ (* loc z) ?x65)))
 (= (< ?x184 ?x133) (< exp!5 exp!3)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x184 (/ (* loc z) ?x65)))
 (let ((?x132 (/ (* z z) ?x65)))
 (let ((?x133 (/ ?x132 2.0)))
 (= (< ?x133 ?x184) (< exp!3 exp!5)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x155 (/ (* loc loc) ?x65)))
 (let ((?x156 (/ ?x155 2.0)))
 (let ((?x184 (/ (* loc z) ?x65)))
 (= (< ?x184 ?x156) (< exp!5 exp!4)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x184 (/ (* loc z) ?x65)))
 (let ((?x155 (/ (* loc loc) ?x65)))
 (let ((?x156 (/ ?x155 2.0)))
 (= (< ?x156 ?x184) (< exp!4 exp!5)))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (* loc z) (* scale scale)) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (* loc z) (* scale scale)))))
(check-sat)
(pop 1)
