; certjax: rule estimators.score_loo_baseline_LogNormal, obligation 'score_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun loc () Real)
(declare-fun log!14 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!25 () Real)
(declare-fun log!29 () Real)
(assert
 (let (($x9 (< 0.0 z)))
 (let (($x7 (< 0.0 scale)))
 (and $x7 $x9))))
(assert
 (< 0.0 z))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x19 (* 2.0 pi!)))
 (< 0.0 ?x19)))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (< 0.0 z))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x19 (* 2.0 pi!)))
 (< 0.0 ?x19)))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x93 (- b)))
 (let ((?x227 (+ f ?x93)))
 (let ((?x223 (/ 0.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x216 (* ?x35 0.0)))
 (let ((?x107 (* scale scale)))
 (let ((?x215 (/ 1.0 ?x107)))
 (let ((?x217 (* ?x215 ?x216)))
 (let ((?x214 (/ (- 1.0) scale)))
 (let ((?x218 (+ ?x214 ?x217)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x38 (* ?x36 (- (/ 1.0 2.0)))))
 (let ((?x221 (* ?x38 ?x218)))
 (let ((?x219 (* (- (/ 1.0 2.0)) ?x218)))
 (let ((?x220 (* ?x36 ?x219)))
 (let ((?x222 (+ ?x220 ?x221)))
 (let ((?x225 (+ ?x222 ?x224)))
 (let ((?x171 (/ (/ (/ (/ (/ 1.0 exp!2) exp!3) exp!1) exp!4) exp!5)))
 (let ((?x211 (* ?x171 exp!6)))
 (let ((?x226 (* ?x211 ?x225)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x96 (* f 1.0)))
 (let ((?x94 (* 1.0 ?x93)))
 (let ((?x97 (+ ?x94 ?x96)))
 (let ((?x99 (* ?x36 ?x97)))
 (let ((?x100 (* (- (/ 1.0 2.0)) ?x99)))
 (let ((?x98 (* ?x38 ?x97)))
 (let ((?x101 (+ ?x98 ?x100)))
 (let ((?x102 (/ ?x101 scale)))
 (let ((?x103 (- ?x102)))
 (let ((?x212 (* ?x211 ?x103)))
 (or (and (distinct ?x212 ?x228) true))))))))))))))))))))))))))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!14 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!14)))
(assert
 (let (($x33 (= exp!1 z)))
 (=> (> z 0.0) $x33)))
(assert
 (= (< (/ log!25 2.0) log!14) (< exp!2 exp!1)))
(assert
 (= (< log!14 (/ log!25 2.0)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ log!25 2.0) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ log!25 2.0))))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= (* exp!2 exp!2) (* 2.0 pi!))))
(assert
 (= (< log!29 log!14) (< exp!3 exp!1)))
(assert
 (= (< log!14 log!29) (< exp!1 exp!3)))
(assert
 (= (< log!29 (/ log!25 2.0)) (< exp!3 exp!2)))
(assert
 (= (< (/ log!25 2.0) log!29) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!29 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!29)))
(assert
 (let (($x84 (= exp!3 scale)))
 (=> (> scale 0.0) $x84)))
(assert
 (= (< (/ (/ (* log!14 log!14) (* scale scale)) 2.0) log!14) (< exp!4 exp!1)))
(assert
 (= (< log!14 (/ (/ (* log!14 log!14) (* scale scale)) 2.0)) (< exp!1 exp!4)))
(assert
 (let ((?x42 (/ log!25 2.0)))
 (let ((?x107 (* scale scale)))
 (let ((?x109 (/ (* log!14 log!14) ?x107)))
 (let ((?x110 (/ ?x109 2.0)))
 (= (< ?x110 ?x42) (< exp!4 exp!2)))))))
(assert
 (let ((?x107 (* scale scale)))
 (let ((?x109 (/ (* log!14 log!14) ?x107)))
 (let ((?x110 (/ ?x109 2.0)))
 (let ((?x42 (/ log!25 2.0)))
 (= (< ?x42 ?x110) (< exp!2 exp!4)))))))
(assert
 (= (< (/ (/ (* log!14 log!14) (* scale scale)) 2.0) log!29) (< exp!4 exp!3)))
(assert
 (= (< log!29 (/ (/ (* log!14 log!14) (* scale scale)) 2.0)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (/ (* log!14 log!14) (* scale scale)) 2.0) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (/ (* log!14 log!14) (* scale scale)) 2.0))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!14) (< exp!5 exp!1)))
(assert
 (= (< log!14 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!1 exp!5)))
(assert
 (let ((?x42 (/ log!25 2.0)))
 (let ((?x107 (* scale scale)))
 (let ((?x138 (/ (* loc loc) ?x107)))
 (let ((?x139 (/ ?x138 2.0)))
 (= (< ?x139 ?x42) (< exp!5 exp!2)))))))
(assert
 (let ((?x107 (* scale scale)))
 (let ((?x138 (/ (* loc loc) ?x107)))
 (let ((?x139 (/ ?x138 2.0)))
 (let ((?x42 (/ log!25 2.0)))
 (= (< ?x42 ?x139) (< exp!2 exp!5)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!29) (< exp!5 exp!3)))
(assert
 (= (< log!29 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!3 exp!5)))
(assert
 (let ((?x107 (* scale scale)))
 (let ((?x109 (/ (* log!14 log!14) ?x107)))
 (let ((?x110 (/ ?x109 2.0)))
 (let ((?x138 (/ (* loc loc) ?x107)))
 (let ((?x139 (/ ?x138 2.0)))
 (= (< ?x139 ?x110) (< exp!5 exp!4))))))))
(assert
 (let ((?x107 (* scale scale)))
 (let ((?x138 (/ (* loc loc) ?x107)))
 (let ((?x139 (/ ?x138 2.0)))
 (let ((?x109 (/ (* log!14 log!14) ?x107)))
 (let ((?x110 (/ ?x109 2.0)))
 (= (< ?x110 ?x139) (< exp!4 exp!5))))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (/ (* loc loc) (* scale scale)) 2.0) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (/ (* loc loc) (* scale scale)) 2.0))))
(assert
 (= (< (/ (* loc log!14) (* scale scale)) log!14) (< exp!6 exp!1)))
(assert
 (= (< log!14 (/ (* loc log!14) (* scale scale))) (< exp!1 exp!6)))
(assert
 (= (< (/ (* loc log!14) (* scale scale)) (/ log!25 2.0)) (< exp!6 exp!2)))
(assert
 (= (< (/ log!25 2.0) (/ (* loc log!14) (* scale scale))) (< exp!2 exp!6)))
(assert
 (= (< (/ (* loc log!14) (* scale scale)) log!29) (< exp!6 exp!3)))
(assert
 (= (< log!29 (/ (* loc log!14) (* scale scale))) (< exp!3 exp!6)))
(assert
 (let ((?x107 (* scale scale)))
 (let ((?x109 (/ (* log!14 log!14) ?x107)))
 (let ((?x110 (/ ?x109 2.0)))
 (let ((?x173 (/ (* loc log!14) ?x107)))
 (= (< ?x173 ?x110) (< exp!6 exp!4)))))))
(assert
 (let ((?x107 (* scale scale)))
 (let ((?x173 (/ (* loc log!14) ?x107)))
 (let ((?x109 (/ (* log!14 log!14) ?x107)))
 (let ((?x110 (/ ?x109 2.0)))
 (= (< ?x110 ?x173) (< exp!4 exp!6)))))))
(assert
 (let ((?x107 (* scale scale)))
 (let ((?x138 (/ (* loc loc) ?x107)))
 (let ((?x139 (/ ?x138 2.0)))
 (let ((?x173 (/ (* loc log!14) ?x107)))
 (= (< ?x173 ?x139) (< exp!6 exp!5)))))))
(assert
 (let ((?x107 (* scale scale)))
 (let ((?x173 (/ (* loc log!14) ?x107)))
 (let ((?x138 (/ (* loc loc) ?x107)))
 (let ((?x139 (/ ?x138 2.0)))
 (= (< ?x139 ?x173) (< exp!5 exp!6)))))))
(assert
 (> exp!6 0.0))
(assert
 (= (> (/ (* loc log!14) (* scale scale)) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (/ (* loc log!14) (* scale scale)))))
(check-sat)
(pop 1)
