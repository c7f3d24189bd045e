; certjax: rule estimators.score_LogNormal, obligation 'score_identity[0]', verdict proved
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
 (let ((?x221 (/ 0.0 scale)))
 (let ((?x222 (- ?x221)))
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!12 ?x22)))
 (let ((?x214 (* ?x35 0.0)))
 (let ((?x105 (* scale scale)))
 (let ((?x213 (/ 1.0 ?x105)))
 (let ((?x215 (* ?x213 ?x214)))
 (let ((?x212 (/ (- 1.0) scale)))
 (let ((?x216 (+ ?x212 ?x215)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x38 (* ?x36 (- (/ 1.0 2.0)))))
 (let ((?x219 (* ?x38 ?x216)))
 (let ((?x217 (* (- (/ 1.0 2.0)) ?x216)))
 (let ((?x218 (* ?x36 ?x217)))
 (let ((?x220 (+ ?x218 ?x219)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x169 (/ (/ (/ (/ (/ 1.0 exp!2) exp!3) exp!1) exp!4) exp!5)))
 (let ((?x209 (* ?x169 exp!6)))
 (let ((?x224 (* ?x209 ?x223)))
 (let ((?x225 (* f ?x224)))
 (let ((?x94 (* f 1.0)))
 (let ((?x92 (* 1.0 0.0)))
 (let ((?x95 (+ ?x92 ?x94)))
 (let ((?x97 (* ?x36 ?x95)))
 (let ((?x98 (* (- (/ 1.0 2.0)) ?x97)))
 (let ((?x96 (* ?x38 ?x95)))
 (let ((?x99 (+ ?x96 ?x98)))
 (let ((?x100 (/ ?x99 scale)))
 (let ((?x101 (- ?x100)))
 (let ((?x210 (* ?x209 ?x101)))
 (or (and (distinct ?x210 ?x225) true))))))))))))))))))))))))))))))))))
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
 (let ((?x105 (* scale scale)))
 (let ((?x107 (/ (* log!12 log!12) ?x105)))
 (let ((?x108 (/ ?x107 2.0)))
 (= (< ?x108 ?x42) (< exp!4 exp!2)))))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x107 (/ (* log!12 log!12) ?x105)))
 (let ((?x108 (/ ?x107 2.0)))
 (let ((?x42 (/ log!23 2.0)))
 (= (< ?x42 ?x108) (< exp!2 exp!4)))))))
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
 (let ((?x105 (* scale scale)))
 (let ((?x136 (/ (* loc loc) ?x105)))
 (let ((?x137 (/ ?x136 2.0)))
 (= (< ?x137 ?x42) (< exp!5 exp!2)))))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x136 (/ (* loc loc) ?x105)))
 (let ((?x137 (/ ?x136 2.0)))
 (let ((?x42 (/ log!23 2.0)))
 (= (< ?x42 ?x137) (< exp!2 exp!5)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!27) (< exp!5 exp!3)))
(assert
 (= (< log!27 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!3 exp!5)))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x107 (/ (* log!12 log!12) ?x105)))
 (let ((?x108 (/ ?x107 2.0)))
 (let ((?x136 (/ (* loc loc) ?x105)))
 (let ((?x137 (/ ?x136 2.0)))
 (= (< ?x137 ?x108) (< exp!5 exp!4))))))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x136 (/ (* loc loc) ?x105)))
 (let ((?x137 (/ ?x136 2.0)))
 (let ((?x107 (/ (* log!12 log!12) ?x105)))
 (let ((?x108 (/ ?x107 2.0)))
 (= (< ?x108 ?x137) (< exp!4 exp!5))))))))
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
 (let ((?x105 (* scale scale)))
 (let ((?x107 (/ (* log!12 log!12) ?x105)))
 (let ((?x108 (/ ?x107 2.0)))
 (let ((?x171 (/ (* loc log!12) ?x105)))
 (= (< ?x171 ?x108) (< exp!6 exp!4)))))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x171 (/ (* loc log!12) ?x105)))
 (let ((?x107 (/ (* log!12 log!12) ?x105)))
 (let ((?x108 (/ ?x107 2.0)))
 (= (< ?x108 ?x171) (< exp!4 exp!6)))))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x136 (/ (* loc loc) ?x105)))
 (let ((?x137 (/ ?x136 2.0)))
 (let ((?x171 (/ (* loc log!12) ?x105)))
 (= (< ?x171 ?x137) (< exp!6 exp!5)))))))
(assert
 (let ((?x105 (* scale scale)))
 (let ((?x171 (/ (* loc log!12) ?x105)))
 (let ((?x136 (/ (* loc loc) ?x105)))
 (let ((?x137 (/ ?x136 2.0)))
 (= (< ?x137 ?x171) (< exp!5 exp!6)))))))
(assert
 (> exp!6 0.0))
(assert
 (= (> (/ (* loc log!12) (* scale scale)) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (/ (* loc log!12) (* scale scale)))))
(check-sat)
(pop 1)
