; certjax: rule estimators.score_Normal, obligation 'score_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun f () Real)
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
 (let ((?x174 (/ 0.0 scale)))
 (let ((?x175 (- ?x174)))
 (let ((?x77 (* scale scale)))
 (let ((?x167 (/ 1.0 ?x77)))
 (let ((?x168 (* ?x167 0.0)))
 (let ((?x166 (/ (- 1.0) scale)))
 (let ((?x169 (+ ?x166 ?x168)))
 (let ((?x20 (- loc)))
 (let ((?x21 (+ z ?x20)))
 (let ((?x22 (/ ?x21 scale)))
 (let ((?x24 (* ?x22 (- (/ 1.0 2.0)))))
 (let ((?x172 (* ?x24 ?x169)))
 (let ((?x170 (* (- (/ 1.0 2.0)) ?x169)))
 (let ((?x171 (* ?x22 ?x170)))
 (let ((?x173 (+ ?x171 ?x172)))
 (let ((?x176 (+ ?x173 ?x175)))
 (let ((?x129 (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x163 (* ?x129 exp!5)))
 (let ((?x177 (* ?x163 ?x176)))
 (let ((?x178 (* f ?x177)))
 (let ((?x67 (* f 1.0)))
 (let ((?x65 (* 1.0 0.0)))
 (let ((?x68 (+ ?x65 ?x67)))
 (let ((?x70 (* ?x22 ?x68)))
 (let ((?x71 (* (- (/ 1.0 2.0)) ?x70)))
 (let ((?x69 (* ?x24 ?x68)))
 (let ((?x72 (+ ?x69 ?x71)))
 (let ((?x73 (/ ?x72 scale)))
 (let ((?x74 (- ?x73)))
 (let ((?x164 (* ?x163 ?x74)))
 (or (and (distinct ?x164 ?x178) true)))))))))))))))))))))))))))))))))
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
 (let ((?x77 (* scale scale)))
 (let ((?x79 (/ (* z z) ?x77)))
 (let ((?x80 (/ ?x79 2.0)))
 (= (< ?x80 ?x28) (< exp!3 exp!1)))))))
(assert
 (let ((?x77 (* scale scale)))
 (let ((?x79 (/ (* z z) ?x77)))
 (let ((?x80 (/ ?x79 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x80) (< exp!1 exp!3)))))))
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
 (let ((?x77 (* scale scale)))
 (let ((?x102 (/ (* loc loc) ?x77)))
 (let ((?x103 (/ ?x102 2.0)))
 (= (< ?x103 ?x28) (< exp!4 exp!1)))))))
(assert
 (let ((?x77 (* scale scale)))
 (let ((?x102 (/ (* loc loc) ?x77)))
 (let ((?x103 (/ ?x102 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x103) (< exp!1 exp!4)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!26) (< exp!4 exp!2)))
(assert
 (= (< log!26 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!2 exp!4)))
(assert
 (let ((?x77 (* scale scale)))
 (let ((?x79 (/ (* z z) ?x77)))
 (let ((?x80 (/ ?x79 2.0)))
 (let ((?x102 (/ (* loc loc) ?x77)))
 (let ((?x103 (/ ?x102 2.0)))
 (= (< ?x103 ?x80) (< exp!4 exp!3))))))))
(assert
 (let ((?x77 (* scale scale)))
 (let ((?x102 (/ (* loc loc) ?x77)))
 (let ((?x103 (/ ?x102 2.0)))
 (let ((?x79 (/ (* z z) ?x77)))
 (let ((?x80 (/ ?x79 2.0)))
 (= (< ?x80 ?x103) (< exp!3 exp!4))))))))
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
 (let ((?x77 (* scale scale)))
 (let ((?x79 (/ (* z z) ?x77)))
 (let ((?x80 (/ ?x79 2.0)))
 (let ((?x131 (/ (* loc z) ?x77)))
 (= (< ?x131 ?x80) (< exp!5 exp!3)))))))
(assert
 (let ((?x77 (* scale scale)))
 (let ((?x131 (/ (* loc z) ?x77)))
 (let ((?x79 (/ (* z z) ?x77)))
 (let ((?x80 (/ ?x79 2.0)))
 (= (< ?x80 ?x131) (< exp!3 exp!5)))))))
(assert
 (let ((?x77 (* scale scale)))
 (let ((?x102 (/ (* loc loc) ?x77)))
 (let ((?x103 (/ ?x102 2.0)))
 (let ((?x131 (/ (* loc z) ?x77)))
 (= (< ?x131 ?x103) (< exp!5 exp!4)))))))
(assert
 (let ((?x77 (* scale scale)))
 (let ((?x131 (/ (* loc z) ?x77)))
 (let ((?x102 (/ (* loc loc) ?x77)))
 (let ((?x103 (/ ?x102 2.0)))
 (= (< ?x103 ?x131) (< exp!4 exp!5)))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (* loc z) (* scale scale)) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (* loc z) (* scale scale)))))
(check-sat)
(pop 1)
