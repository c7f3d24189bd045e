; certjax: rule estimators.score_loo_baseline_LogNormal, obligation 'score_identity[1]', verdict proved
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
 (let ((?x154 (+ f ?x93)))
 (let ((?x150 (/ 1.0 scale)))
 (let ((?x151 (- ?x150)))
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x143 (- ?x35)))
 (let ((?x101 (/ 1.0 (* scale scale))))
 (let ((?x144 (* ?x101 ?x143)))
 (let ((?x142 (/ 0.0 scale)))
 (let ((?x145 (+ ?x142 ?x144)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x38 (* ?x36 (- (/ 1.0 2.0)))))
 (let ((?x148 (* ?x38 ?x145)))
 (let ((?x146 (* (- (/ 1.0 2.0)) ?x145)))
 (let ((?x147 (* ?x36 ?x146)))
 (let ((?x149 (+ ?x147 ?x148)))
 (let ((?x152 (+ ?x149 ?x151)))
 (let ((?x140 (/ (/ (/ (/ 1.0 exp!4) exp!2) exp!3) exp!1)))
 (let ((?x153 (* ?x140 ?x152)))
 (let ((?x155 (* ?x153 ?x154)))
 (let ((?x96 (* f 1.0)))
 (let ((?x94 (* 1.0 ?x93)))
 (let ((?x97 (+ ?x94 ?x96)))
 (let ((?x103 (* ?x36 ?x97)))
 (let ((?x104 (* (- (/ 1.0 2.0)) ?x103)))
 (let ((?x102 (* ?x38 ?x97)))
 (let ((?x105 (+ ?x102 ?x104)))
 (let ((?x106 (* ?x101 ?x105)))
 (let ((?x107 (* ?x35 ?x106)))
 (let ((?x108 (- ?x107)))
 (let ((?x98 (- ?x97)))
 (let ((?x99 (/ ?x98 scale)))
 (let ((?x109 (+ ?x99 ?x108)))
 (let ((?x141 (* ?x140 ?x109)))
 (or (and (distinct ?x141 ?x155) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x111 (/ (* ?x36 ?x36) 2.0)))
 (= (< ?x111 log!14) (< exp!4 exp!1)))))))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x111 (/ (* ?x36 ?x36) 2.0)))
 (= (< log!14 ?x111) (< exp!1 exp!4)))))))
(assert
 (let ((?x42 (/ log!25 2.0)))
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x111 (/ (* ?x36 ?x36) 2.0)))
 (= (< ?x111 ?x42) (< exp!4 exp!2))))))))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x111 (/ (* ?x36 ?x36) 2.0)))
 (let ((?x42 (/ log!25 2.0)))
 (= (< ?x42 ?x111) (< exp!2 exp!4))))))))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x111 (/ (* ?x36 ?x36) 2.0)))
 (= (< ?x111 log!29) (< exp!4 exp!3)))))))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x111 (/ (* ?x36 ?x36) 2.0)))
 (= (< log!29 ?x111) (< exp!3 exp!4)))))))
(assert
 (> exp!4 0.0))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x111 (/ (* ?x36 ?x36) 2.0)))
 (= (> ?x111 0.0) (> exp!4 1.0)))))))
(assert
 (let ((?x22 (- loc)))
(let ((?x35 (+ log!14 ?x22)))
(let ((?x36 (/ ?x35 scale)))
(let ((?x111 (/ (* ?x36 ?x36) 2.0)))
(>= exp!4 (+ 1.0 ?x111)))))))
(check-sat)
(pop 1)
