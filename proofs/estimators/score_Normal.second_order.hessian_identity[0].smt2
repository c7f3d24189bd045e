; certjax: rule estimators.score_Normal, obligation 'second_order.hessian_identity[0]', verdict proved
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
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x240 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x241 (* (/ 1.0 2.0) ?x240)))
 (let ((?x180 (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x214 (* ?x180 exp!5)))
 (let ((?x242 (* ?x214 ?x241)))
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
 (let ((?x234 (* ?x214 ?x75)))
 (let ((?x238 (* |g2[0]| ?x234)))
 (let ((?x243 (+ ?x238 ?x242)))
 (let ((?x235 (* ?x75 ?x234)))
 (let ((?x231 (- ?x67)))
 (let ((?x217 (/ 1.0 (* ?x65 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (* 0.0 ?x220)))
 (let ((?x222 (+ ?x67 ?x221)))
 (let ((?x223 (+ ?x67 ?x222)))
 (let ((?x228 (* ?x24 ?x223)))
 (let ((?x226 (* ?x68 ?x69)))
 (let ((?x229 (+ ?x226 ?x228)))
 (let ((?x224 (* (- (/ 1.0 2.0)) ?x223)))
 (let ((?x225 (* ?x22 ?x224)))
 (let ((?x227 (+ ?x225 ?x226)))
 (let ((?x230 (+ ?x227 ?x229)))
 (let ((?x232 (+ ?x230 ?x231)))
 (let ((?x233 (* ?x214 ?x232)))
 (let ((?x236 (+ ?x233 ?x235)))
 (let ((?x237 (* f2 ?x236)))
 (let ((?x239 (+ ?x237 ?x238)))
 (let ((?x244 (+ ?x239 ?x243)))
 (let ((?x124 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x125 (+ ?x124 ?x124)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x97 (* 0.0 1.0)))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x116 (* ?x22 ?x100)))
 (let ((?x117 (* (- (/ 1.0 2.0)) ?x116)))
 (let ((?x115 (* ?x24 ?x100)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x120 (* ?x66 ?x119)))
 (let ((?x110 (* ?x68 ?x100)))
 (let ((?x104 (* |g2[0]| 1.0)))
 (let ((?x78 (* ?x75 1.0)))
 (let ((?x103 (* f2 ?x78)))
 (let ((?x105 (+ ?x103 ?x104)))
 (let ((?x102 (* 0.0 ?x78)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x109 (* ?x22 ?x106)))
 (let ((?x111 (+ ?x109 ?x110)))
 (let ((?x112 (* (- (/ 1.0 2.0)) ?x111)))
 (let ((?x107 (* ?x24 ?x106)))
 (let ((?x101 (* ?x69 ?x100)))
 (let ((?x108 (+ ?x101 ?x107)))
 (let ((?x113 (+ ?x108 ?x112)))
 (let ((?x114 (/ ?x113 scale)))
 (let ((?x121 (+ ?x114 ?x120)))
 (let ((?x122 (- ?x121)))
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
 (let ((?x123 (+ ?x96 ?x122)))
 (let ((?x126 (+ ?x123 ?x125)))
 (let ((?x215 (* ?x214 ?x126)))
 (or (and (distinct ?x215 ?x244) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x130 (/ (* z z) ?x65)))
 (let ((?x131 (/ ?x130 2.0)))
 (= (< ?x131 ?x28) (< exp!3 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x130 (/ (* z z) ?x65)))
 (let ((?x131 (/ ?x130 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x131) (< exp!1 exp!3)))))))
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
 (let ((?x153 (/ (* loc loc) ?x65)))
 (let ((?x154 (/ ?x153 2.0)))
 (= (< ?x154 ?x28) (< exp!4 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x153 (/ (* loc loc) ?x65)))
 (let ((?x154 (/ ?x153 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x154) (< exp!1 exp!4)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!26) (< exp!4 exp!2)))
(assert
 (= (< log!26 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!2 exp!4)))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x130 (/ (* z z) ?x65)))
 (let ((?x131 (/ ?x130 2.0)))
 (let ((?x153 (/ (* loc loc) ?x65)))
 (let ((?x154 (/ ?x153 2.0)))
 (= (< ?x154 ?x131) (< exp!4 exp!3))))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x153 (/ (* loc loc) ?x65)))
 (let ((?x154 (/ ?x153 2.0)))
 (let ((?x130 (/ (* z z) ?x65)))
 (let ((?x131 (/ ?x130 2.0)))
 (= (< ?x131 ?x154) (< exp!3 exp!4))))))))
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
 (let ((?x130 (/ (* z z) ?x65)))
 (let ((?x131 (/ ?x130 2.0)))
 (let ((?x182 (/ (* loc z) ?x65)))
 (= (< ?x182 ?x131) (< exp!5 exp!3)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x182 (/ (* loc z) ?x65)))
 (let ((?x130 (/ (* z z) ?x65)))
 (let ((?x131 (/ ?x130 2.0)))
 (= (< ?x131 ?x182) (< exp!3 exp!5)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x153 (/ (* loc loc) ?x65)))
 (let ((?x154 (/ ?x153 2.0)))
 (let ((?x182 (/ (* loc z) ?x65)))
 (= (< ?x182 ?x154) (< exp!5 exp!4)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x182 (/ (* loc z) ?x65)))
 (let ((?x153 (/ (* loc loc) ?x65)))
 (let ((?x154 (/ ?x153 2.0)))
 (= (< ?x154 ?x182) (< exp!4 exp!5)))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (* loc z) (* scale scale)) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (* loc z) (* scale scale)))))
(check-sat)
(pop 1)
