; certjax: rule estimators.score_loo_baseline_Normal, obligation 'score_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!24 () Real)
(declare-fun log!28 () Real)
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
 (let ((?x66 (- b)))
 (let ((?x180 (+ f ?x66)))
 (let ((?x176 (/ 0.0 scale)))
 (let ((?x177 (- ?x176)))
 (let ((?x79 (* scale scale)))
 (let ((?x169 (/ 1.0 ?x79)))
 (let ((?x170 (* ?x169 0.0)))
 (let ((?x168 (/ (- 1.0) scale)))
 (let ((?x171 (+ ?x168 ?x170)))
 (let ((?x20 (- loc)))
 (let ((?x21 (+ z ?x20)))
 (let ((?x22 (/ ?x21 scale)))
 (let ((?x24 (* ?x22 (- (/ 1.0 2.0)))))
 (let ((?x174 (* ?x24 ?x171)))
 (let ((?x172 (* (- (/ 1.0 2.0)) ?x171)))
 (let ((?x173 (* ?x22 ?x172)))
 (let ((?x175 (+ ?x173 ?x174)))
 (let ((?x178 (+ ?x175 ?x177)))
 (let ((?x131 (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x165 (* ?x131 exp!5)))
 (let ((?x179 (* ?x165 ?x178)))
 (let ((?x181 (* ?x179 ?x180)))
 (let ((?x69 (* f 1.0)))
 (let ((?x67 (* 1.0 ?x66)))
 (let ((?x70 (+ ?x67 ?x69)))
 (let ((?x72 (* ?x22 ?x70)))
 (let ((?x73 (* (- (/ 1.0 2.0)) ?x72)))
 (let ((?x71 (* ?x24 ?x70)))
 (let ((?x74 (+ ?x71 ?x73)))
 (let ((?x75 (/ ?x74 scale)))
 (let ((?x76 (- ?x75)))
 (let ((?x166 (* ?x165 ?x76)))
 (or (and (distinct ?x166 ?x181) true)))))))))))))))))))))))))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ log!24 2.0) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ log!24 2.0))))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= (* exp!1 exp!1) (* 2.0 pi!))))
(assert
 (= (< log!28 (/ log!24 2.0)) (< exp!2 exp!1)))
(assert
 (= (< (/ log!24 2.0) log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (let (($x59 (= exp!2 scale)))
 (=> (> scale 0.0) $x59)))
(assert
 (let ((?x28 (/ log!24 2.0)))
 (let ((?x79 (* scale scale)))
 (let ((?x81 (/ (* z z) ?x79)))
 (let ((?x82 (/ ?x81 2.0)))
 (= (< ?x82 ?x28) (< exp!3 exp!1)))))))
(assert
 (let ((?x79 (* scale scale)))
 (let ((?x81 (/ (* z z) ?x79)))
 (let ((?x82 (/ ?x81 2.0)))
 (let ((?x28 (/ log!24 2.0)))
 (= (< ?x28 ?x82) (< exp!1 exp!3)))))))
(assert
 (= (< (/ (/ (* z z) (* scale scale)) 2.0) log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 (/ (/ (* z z) (* scale scale)) 2.0)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (/ (* z z) (* scale scale)) 2.0) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (/ (* z z) (* scale scale)) 2.0))))
(assert
 (let ((?x28 (/ log!24 2.0)))
 (let ((?x79 (* scale scale)))
 (let ((?x104 (/ (* loc loc) ?x79)))
 (let ((?x105 (/ ?x104 2.0)))
 (= (< ?x105 ?x28) (< exp!4 exp!1)))))))
(assert
 (let ((?x79 (* scale scale)))
 (let ((?x104 (/ (* loc loc) ?x79)))
 (let ((?x105 (/ ?x104 2.0)))
 (let ((?x28 (/ log!24 2.0)))
 (= (< ?x28 ?x105) (< exp!1 exp!4)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!28) (< exp!4 exp!2)))
(assert
 (= (< log!28 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!2 exp!4)))
(assert
 (let ((?x79 (* scale scale)))
 (let ((?x81 (/ (* z z) ?x79)))
 (let ((?x82 (/ ?x81 2.0)))
 (let ((?x104 (/ (* loc loc) ?x79)))
 (let ((?x105 (/ ?x104 2.0)))
 (= (< ?x105 ?x82) (< exp!4 exp!3))))))))
(assert
 (let ((?x79 (* scale scale)))
 (let ((?x104 (/ (* loc loc) ?x79)))
 (let ((?x105 (/ ?x104 2.0)))
 (let ((?x81 (/ (* z z) ?x79)))
 (let ((?x82 (/ ?x81 2.0)))
 (= (< ?x82 ?x105) (< exp!3 exp!4))))))))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (/ (* loc loc) (* scale scale)) 2.0) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (/ (* loc loc) (* scale scale)) 2.0))))
(assert
 (= (< (/ (* loc z) (* scale scale)) (/ log!24 2.0)) (< exp!5 exp!1)))
(assert
 (= (< (/ log!24 2.0) (/ (* loc z) (* scale scale))) (< exp!1 exp!5)))
(assert
 (= (< (/ (* loc z) (* scale scale)) log!28) (< exp!5 exp!2)))
(assert
 (= (< log!28 (/ (* loc z) (* scale scale))) (< exp!2 exp!5)))
(assert
 (let ((?x79 (* scale scale)))
 (let ((?x81 (/ (* z z) ?x79)))
 (let ((?x82 (/ ?x81 2.0)))
 (let ((?x133 (/ (* loc z) ?x79)))
 (= (< ?x133 ?x82) (< exp!5 exp!3)))))))
(assert
 (let ((?x79 (* scale scale)))
 (let ((?x133 (/ (* loc z) ?x79)))
 (let ((?x81 (/ (* z z) ?x79)))
 (let ((?x82 (/ ?x81 2.0)))
 (= (< ?x82 ?x133) (< exp!3 exp!5)))))))
(assert
 (let ((?x79 (* scale scale)))
 (let ((?x104 (/ (* loc loc) ?x79)))
 (let ((?x105 (/ ?x104 2.0)))
 (let ((?x133 (/ (* loc z) ?x79)))
 (= (< ?x133 ?x105) (< exp!5 exp!4)))))))
(assert
 (let ((?x79 (* scale scale)))
 (let ((?x133 (/ (* loc z) ?x79)))
 (let ((?x104 (/ (* loc loc) ?x79)))
 (let ((?x105 (/ ?x104 2.0)))
 (= (< ?x105 ?x133) (< exp!4 exp!5)))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (* loc z) (* scale scale)) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (* loc z) (* scale scale)))))
(check-sat)
(pop 1)
