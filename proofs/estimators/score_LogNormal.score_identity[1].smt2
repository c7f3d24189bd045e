; certjax: rule estimators.score_LogNormal, obligation 'score_identity[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun loc () Real)
(declare-fun log!12 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!23 () Real)
(declare-fun log!27 () Real)
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
 (let ((?x224 (/ 1.0 scale)))
 (let ((?x225 (- ?x224)))
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!12 ?x22)))
 (let ((?x217 (- ?x35)))
 (let ((?x98 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x98)))
 (let ((?x218 (* ?x99 ?x217)))
 (let ((?x216 (/ 0.0 scale)))
 (let ((?x219 (+ ?x216 ?x218)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x38 (* ?x36 (- (/ 1.0 2.0)))))
 (let ((?x222 (* ?x38 ?x219)))
 (let ((?x220 (* (- (/ 1.0 2.0)) ?x219)))
 (let ((?x221 (* ?x36 ?x220)))
 (let ((?x223 (+ ?x221 ?x222)))
 (let ((?x226 (+ ?x223 ?x225)))
 (let ((?x174 (/ (/ (/ (/ (/ 1.0 exp!2) exp!3) exp!1) exp!4) exp!5)))
 (let ((?x214 (* ?x174 exp!6)))
 (let ((?x227 (* ?x214 ?x226)))
 (let ((?x228 (* f ?x227)))
 (let ((?x94 (* f 1.0)))
 (let ((?x92 (* 1.0 0.0)))
 (let ((?x95 (+ ?x92 ?x94)))
 (let ((?x101 (* ?x36 ?x95)))
 (let ((?x102 (* (- (/ 1.0 2.0)) ?x101)))
 (let ((?x100 (* ?x38 ?x95)))
 (let ((?x103 (+ ?x100 ?x102)))
 (let ((?x104 (* ?x99 ?x103)))
 (let ((?x105 (* ?x35 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x96 (- ?x95)))
 (let ((?x97 (/ ?x96 scale)))
 (let ((?x107 (+ ?x97 ?x106)))
 (let ((?x215 (* ?x214 ?x107)))
 (or (and (distinct ?x215 ?x228) true))))))))))))))))))))))))))))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!12 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!12)))
(assert
 (let (($x33 (= exp!1 z)))
 (=> (> z 0.0) $x33)))
(assert
 (= (< (/ log!23 2.0) log!12) (< exp!2 exp!1)))
(assert
 (= (< log!12 (/ log!23 2.0)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ log!23 2.0) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ log!23 2.0))))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= (* exp!2 exp!2) (* 2.0 pi!))))
(assert
 (= (< log!27 log!12) (< exp!3 exp!1)))
(assert
 (= (< log!12 log!27) (< exp!1 exp!3)))
(assert
 (= (< log!27 (/ log!23 2.0)) (< exp!3 exp!2)))
(assert
 (= (< (/ log!23 2.0) log!27) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!27 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!27)))
(assert
 (let (($x84 (= exp!3 scale)))
 (=> (> scale 0.0) $x84)))
(assert
 (= (< (/ (/ (* log!12 log!12) (* scale scale)) 2.0) log!12) (< exp!4 exp!1)))
(assert
 (= (< log!12 (/ (/ (* log!12 log!12) (* scale scale)) 2.0)) (< exp!1 exp!4)))
(assert
 (let ((?x42 (/ log!23 2.0)))
 (let ((?x98 (* scale scale)))
 (let ((?x112 (/ (* log!12 log!12) ?x98)))
 (let ((?x113 (/ ?x112 2.0)))
 (= (< ?x113 ?x42) (< exp!4 exp!2)))))))
(assert
 (let ((?x98 (* scale scale)))
 (let ((?x112 (/ (* log!12 log!12) ?x98)))
 (let ((?x113 (/ ?x112 2.0)))
 (let ((?x42 (/ log!23 2.0)))
 (= (< ?x42 ?x113) (< exp!2 exp!4)))))))
(assert
 (= (< (/ (/ (* log!12 log!12) (* scale scale)) 2.0) log!27) (< exp!4 exp!3)))
(assert
 (= (< log!27 (/ (/ (* log!12 log!12) (* scale scale)) 2.0)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (/ (* log!12 log!12) (* scale scale)) 2.0) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (/ (* log!12 log!12) (* scale scale)) 2.0))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!12) (< exp!5 exp!1)))
(assert
 (= (< log!12 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!1 exp!5)))
(assert
 (let ((?x42 (/ log!23 2.0)))
 (let ((?x98 (* scale scale)))
 (let ((?x141 (/ (* loc loc) ?x98)))
 (let ((?x142 (/ ?x141 2.0)))
 (= (< ?x142 ?x42) (< exp!5 exp!2)))))))
(assert
 (let ((?x98 (* scale scale)))
 (let ((?x141 (/ (* loc loc) ?x98)))
 (let ((?x142 (/ ?x141 2.0)))
 (let ((?x42 (/ log!23 2.0)))
 (= (< ?x42 ?x142) (< exp!2 exp!5)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!27) (< exp!5 exp!3)))
(assert
 (= (< log!27 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!3 exp!5)))
(assert
 (let ((?x98 (* scale scale)))
 (let ((?x112 (/ (* log!12 log!12) ?x98)))
 (let ((?x113 (/ ?x112 2.0)))
 (let ((?x141 (/ (* loc loc) ?x98)))
 (let ((?x142 (/ ?x141 2.0)))
 (= (< ?x142 ?x113) (< exp!5 exp!4))))))))
(assert
 (let ((?x98 (* scale scale)))
 (let ((?x141 (/ (* loc loc) ?x98)))
 (let ((?x142 (/ ?x141 2.0)))
 (let ((?x112 (/ (* log!12 log!12) ?x98)))
 (let ((?x113 (/ ?x112 2.0)))
 (= (< ?x113 ?x142) (< exp!4 exp!5))))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (/ (* loc loc) (* scale scale)) 2.0) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (/ (* loc loc) (* scale scale)) 2.0))))
(assert
 (= (< (/ (* loc log!12) (* scale scale)) log!12) (< exp!6 exp!1)))
(assert
 (= (< log!12 (/ (* loc log!12) (* scale scale))) (< exp!1 exp!6)))
(assert
 (= (< (/ (* loc log!12) (* scale scale)) (/ log!23 2.0)) (< exp!6 exp!2)))
(assert
 (= (< (/ log!23 2.0) (/ (* loc log!12) (* scale scale))) (< exp!2 exp!6)))
(assert
 (= (< (/ (* loc log!12) (* scale scale)) log!27) (< exp!6 exp!3)))
(assert
 (= (< log!27 (/ (* loc log!12) (* scale scale))) (< exp!3 exp!6)))
(assert
 (let ((?x98 (* scale scale)))
 (let ((?x112 (/ (* log!12 log!12) ?x98)))
 (let ((?x113 (/ ?x112 2.0)))
 (let ((?x176 (/ (* loc log!12) ?x98)))
 (= (< ?x176 ?x113) (< exp!6 exp!4)))))))
(assert
 (let ((?x98 (* scale scale)))
 (let ((?x176 (/ (* loc log!12) ?x98)))
 (let ((?x112 (/ (* log!12 log!12) ?x98)))
 (let ((?x113 (/ ?x112 2.0)))
 (= (< ?x113 ?x176) (< exp!4 exp!6)))))))
(assert
 (let ((?x98 (* scale scale)))
 (let ((?x141 (/ (* loc loc) ?x98)))
 (let ((?x142 (/ ?x141 2.0)))
 (let ((?x176 (/ (* loc log!12) ?x98)))
 (= (< ?x176 ?x142) (< exp!6 exp!5)))))))
(assert
 (let ((?x98 (* scale scale)))
 (let ((?x176 (/ (* loc log!12) ?x98)))
 (let ((?x141 (/ (* loc loc) ?x98)))
 (let ((?x142 (/ ?x141 2.0)))
 (= (< ?x142 ?x176) (< exp!5 exp!6)))))))
(assert
 (> exp!6 0.0))
(assert
 (= (> (/ (* loc log!12) (* scale scale)) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (/ (* loc log!12) (* scale scale)))))
(check-sat)
(pop 1)
