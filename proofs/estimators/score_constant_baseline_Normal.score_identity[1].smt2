; certjax: rule estimators.score_constant_baseline_Normal, obligation 'score_identity[1]', verdict proved
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
 (let ((?x184 (+ f ?x66)))
 (let ((?x180 (/ 1.0 scale)))
 (let ((?x181 (- ?x180)))
 (let ((?x20 (- loc)))
 (let ((?x21 (+ z ?x20)))
 (let ((?x173 (- ?x21)))
 (let ((?x73 (* scale scale)))
 (let ((?x74 (/ 1.0 ?x73)))
 (let ((?x174 (* ?x74 ?x173)))
 (let ((?x172 (/ 0.0 scale)))
 (let ((?x175 (+ ?x172 ?x174)))
 (let ((?x22 (/ ?x21 scale)))
 (let ((?x24 (* ?x22 (- (/ 1.0 2.0)))))
 (let ((?x178 (* ?x24 ?x175)))
 (let ((?x176 (* (- (/ 1.0 2.0)) ?x175)))
 (let ((?x177 (* ?x22 ?x176)))
 (let ((?x179 (+ ?x177 ?x178)))
 (let ((?x182 (+ ?x179 ?x181)))
 (let ((?x136 (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x170 (* ?x136 exp!5)))
 (let ((?x183 (* ?x170 ?x182)))
 (let ((?x185 (* ?x183 ?x184)))
 (let ((?x69 (* f 1.0)))
 (let ((?x67 (* 1.0 ?x66)))
 (let ((?x70 (+ ?x67 ?x69)))
 (let ((?x76 (* ?x22 ?x70)))
 (let ((?x77 (* (- (/ 1.0 2.0)) ?x76)))
 (let ((?x75 (* ?x24 ?x70)))
 (let ((?x78 (+ ?x75 ?x77)))
 (let ((?x79 (* ?x74 ?x78)))
 (let ((?x80 (* ?x21 ?x79)))
 (let ((?x81 (- ?x80)))
 (let ((?x71 (- ?x70)))
 (let ((?x72 (/ ?x71 scale)))
 (let ((?x82 (+ ?x72 ?x81)))
 (let ((?x171 (* ?x170 ?x82)))
 (or (and (distinct ?x171 ?x185) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x73 (* scale scale)))
 (let ((?x86 (/ (* z z) ?x73)))
 (let ((?x87 (/ ?x86 2.0)))
 (= (< ?x87 ?x28) (< exp!3 exp!1)))))))
(assert
 (let ((?x73 (* scale scale)))
 (let ((?x86 (/ (* z z) ?x73)))
 (let ((?x87 (/ ?x86 2.0)))
 (let ((?x28 (/ log!23 2.0)))
 (= (< ?x28 ?x87) (< exp!1 exp!3)))))))
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
 (let ((?x73 (* scale scale)))
 (let ((?x109 (/ (* loc loc) ?x73)))
 (let ((?x110 (/ ?x109 2.0)))
 (= (< ?x110 ?x28) (< exp!4 exp!1)))))))
(assert
 (let ((?x73 (* scale scale)))
 (let ((?x109 (/ (* loc loc) ?x73)))
 (let ((?x110 (/ ?x109 2.0)))
 (let ((?x28 (/ log!23 2.0)))
 (= (< ?x28 ?x110) (< exp!1 exp!4)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!27) (< exp!4 exp!2)))
(assert
 (= (< log!27 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!2 exp!4)))
(assert
 (let ((?x73 (* scale scale)))
 (let ((?x86 (/ (* z z) ?x73)))
 (let ((?x87 (/ ?x86 2.0)))
 (let ((?x109 (/ (* loc loc) ?x73)))
 (let ((?x110 (/ ?x109 2.0)))
 (= (< ?x110 ?x87) (< exp!4 exp!3))))))))
(assert
 (let ((?x73 (* scale scale)))
 (let ((?x109 (/ (* loc loc) ?x73)))
 (let ((?x110 (/ ?x109 2.0)))
 (let ((?x86 (/ (* z z) ?x73)))
 (let ((?x87 (/ ?x86 2.0)))
 (= (< ?x87 ?x110) (< exp!3 exp!4))))))))
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
 (let ((?x73 (* scale scale)))
 (let ((?x86 (/ (* z z) ?x73)))
 (let ((?x87 (/ ?x86 2.0)))
 (let ((?x138 (/ (* loc z) ?x73)))
 (= (< ?x138 ?x87) (< exp!5 exp!3)))))))
(assert
 (let ((?x73 (* scale scale)))
 (let ((?x138 (/ (* loc z) ?x73)))
 (let ((?x86 (/ (* z z) ?x73)))
 (let ((?x87 (/ ?x86 2.0)))
 (= (< ?x87 ?x138) (< exp!3 exp!5)))))))
(assert
 (let ((?x73 (* scale scale)))
 (let ((?x109 (/ (* loc loc) ?x73)))
 (let ((?x110 (/ ?x109 2.0)))
 (let ((?x138 (/ (* loc z) ?x73)))
 (= (< ?x138 ?x110) (< exp!5 exp!4)))))))
(assert
 (let ((?x73 (* scale scale)))
 (let ((?x138 (/ (* loc z) ?x73)))
 (let ((?x109 (/ (* loc loc) ?x73)))
 (let ((?x110 (/ ?x109 2.0)))
 (= (< ?x110 ?x138) (< exp!4 exp!5)))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (* loc z) (* scale scale)) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (* loc z) (* scale scale)))))
(check-sat)
(pop 1)
