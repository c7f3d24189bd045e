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
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!4 () Real)
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
 (let ((?x151 (+ f ?x93)))
 (let ((?x147 (/ 0.0 scale)))
 (let ((?x148 (- ?x147)))
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x140 (* ?x35 0.0)))
 (let ((?x139 (/ 1.0 (* scale scale))))
 (let ((?x141 (* ?x139 ?x140)))
 (let ((?x137 (/ (- 1.0) scale)))
 (let ((?x142 (+ ?x137 ?x141)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x38 (* ?x36 (- (/ 1.0 2.0)))))
 (let ((?x145 (* ?x38 ?x142)))
 (let ((?x143 (* (- (/ 1.0 2.0)) ?x142)))
 (let ((?x144 (* ?x36 ?x143)))
 (let ((?x146 (+ ?x144 ?x145)))
 (let ((?x149 (+ ?x146 ?x148)))
 (let ((?x134 (/ (/ (/ (/ 1.0 exp!4) exp!2) exp!3) exp!1)))
 (let ((?x150 (* ?x134 ?x149)))
 (let ((?x152 (* ?x150 ?x151)))
 (let ((?x96 (* f 1.0)))
 (let ((?x94 (* 1.0 ?x93)))
 (let ((?x97 (+ ?x94 ?x96)))
 (let ((?x99 (* ?x36 ?x97)))
 (let ((?x100 (* (- (/ 1.0 2.0)) ?x99)))
 (let ((?x98 (* ?x38 ?x97)))
 (let ((?x101 (+ ?x98 ?x100)))
 (let ((?x102 (/ ?x101 scale)))
 (let ((?x103 (- ?x102)))
 (let ((?x135 (* ?x134 ?x103)))
 (or (and (distinct ?x135 ?x152) true))))))))))))))))))))))))))))))))))
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
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x105 (/ (* ?x36 ?x36) 2.0)))
 (= (< ?x105 log!14) (< exp!4 exp!1)))))))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x105 (/ (* ?x36 ?x36) 2.0)))
 (= (< log!14 ?x105) (< exp!1 exp!4)))))))
(assert
 (let ((?x42 (/ log!25 2.0)))
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x105 (/ (* ?x36 ?x36) 2.0)))
 (= (< ?x105 ?x42) (< exp!4 exp!2))))))))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x105 (/ (* ?x36 ?x36) 2.0)))
 (let ((?x42 (/ log!25 2.0)))
 (= (< ?x42 ?x105) (< exp!2 exp!4))))))))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x105 (/ (* ?x36 ?x36) 2.0)))
 (= (< ?x105 log!29) (< exp!4 exp!3)))))))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x105 (/ (* ?x36 ?x36) 2.0)))
 (= (< log!29 ?x105) (< exp!3 exp!4)))))))
(assert
 (> exp!4 0.0))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x105 (/ (* ?x36 ?x36) 2.0)))
 (= (> ?x105 0.0) (> exp!4 1.0)))))))
(assert
 (let ((?x22 (- loc)))
(let ((?x35 (+ log!14 ?x22)))
(let ((?x36 (/ ?x35 scale)))
(let ((?x105 (/ (* ?x36 ?x36) 2.0)))
(>= exp!4 (+ 1.0 ?x105)))))))
(check-sat)
(pop 1)
