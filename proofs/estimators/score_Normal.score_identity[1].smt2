; certjax: rule estimators.score_Normal, obligation 'score_identity[1]', verdict proved
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
 (let ((?x178 (/ 1.0 scale)))
 (let ((?x179 (- ?x178)))
 (let ((?x20 (- loc)))
 (let ((?x21 (+ z ?x20)))
 (let ((?x171 (- ?x21)))
 (let ((?x71 (* scale scale)))
 (let ((?x72 (/ 1.0 ?x71)))
 (let ((?x172 (* ?x72 ?x171)))
 (let ((?x170 (/ 0.0 scale)))
 (let ((?x173 (+ ?x170 ?x172)))
 (let ((?x22 (/ ?x21 scale)))
 (let ((?x24 (* ?x22 (- (/ 1.0 2.0)))))
 (let ((?x176 (* ?x24 ?x173)))
 (let ((?x174 (* (- (/ 1.0 2.0)) ?x173)))
 (let ((?x175 (* ?x22 ?x174)))
 (let ((?x177 (+ ?x175 ?x176)))
 (let ((?x180 (+ ?x177 ?x179)))
 (let ((?x134 (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x168 (* ?x134 exp!5)))
 (let ((?x181 (* ?x168 ?x180)))
 (let ((?x182 (* f ?x181)))
 (let ((?x67 (* f 1.0)))
 (let ((?x65 (* 1.0 0.0)))
 (let ((?x68 (+ ?x65 ?x67)))
 (let ((?x74 (* ?x22 ?x68)))
 (let ((?x75 (* (- (/ 1.0 2.0)) ?x74)))
 (let ((?x73 (* ?x24 ?x68)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x77 (* ?x72 ?x76)))
 (let ((?x78 (* ?x21 ?x77)))
 (let ((?x79 (- ?x78)))
 (let ((?x69 (- ?x68)))
 (let ((?x70 (/ ?x69 scale)))
 (let ((?x80 (+ ?x70 ?x79)))
 (let ((?x169 (* ?x168 ?x80)))
 (or (and (distinct ?x169 ?x182) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x71 (* scale scale)))
 (let ((?x84 (/ (* z z) ?x71)))
 (let ((?x85 (/ ?x84 2.0)))
 (= (< ?x85 ?x28) (< exp!3 exp!1)))))))
(assert
 (let ((?x71 (* scale scale)))
 (let ((?x84 (/ (* z z) ?x71)))
 (let ((?x85 (/ ?x84 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x85) (< exp!1 exp!3)))))))
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
 (let ((?x71 (* scale scale)))
 (let ((?x107 (/ (* loc loc) ?x71)))
 (let ((?x108 (/ ?x107 2.0)))
 (= (< ?x108 ?x28) (< exp!4 exp!1)))))))
(assert
 (let ((?x71 (* scale scale)))
 (let ((?x107 (/ (* loc loc) ?x71)))
 (let ((?x108 (/ ?x107 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x108) (< exp!1 exp!4)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!26) (< exp!4 exp!2)))
(assert
 (= (< log!26 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!2 exp!4)))
(assert
 (let ((?x71 (* scale scale)))
 (let ((?x84 (/ (* z z) ?x71)))
 (let ((?x85 (/ ?x84 2.0)))
 (let ((?x107 (/ (* loc loc) ?x71)))
 (let ((?x108 (/ ?x107 2.0)))
 (= (< ?x108 ?x85) (< exp!4 exp!3))))))))
(assert
 (let ((?x71 (* scale scale)))
 (let ((?x107 (/ (* loc loc) ?x71)))
 (let ((?x108 (/ ?x107 2.0)))
 (let ((?x84 (/ (* z z) ?x71)))
 (let ((?x85 (/ ?x84 2.0)))
 (= (< ?x85 ?x108) (< exp!3 exp!4))))))))
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
 (let ((?x71 (* scale scale)))
 (let ((?x84 (/ (* z z) ?x71)))
 (let ((?x85 (/ ?x84 2.0)))
 (let ((?x136 (/ (* loc z) ?x71)))
 (= (< ?x136 ?x85) (< exp!5 exp!3)))))))
(assert
 (let ((?x71 (* scale scale)))
 (let ((?x136 (/ (* loc z) ?x71)))
 (let ((?x84 (/ (* z z) ?x71)))
 (let ((?x85 (/ ?x84 2.0)))
 (= (< ?x85 ?x136) (< exp!3 exp!5)))))))
(assert
 (let ((?x71 (* scale scale)))
 (let ((?x107 (/ (* loc loc) ?x71)))
 (let ((?x108 (/ ?x107 2.0)))
 (let ((?x136 (/ (* loc z) ?x71)))
 (= (< ?x136 ?x108) (< exp!5 exp!4)))))))
(assert
 (let ((?x71 (* scale scale)))
 (let ((?x136 (/ (* loc z) ?x71)))
 (let ((?x107 (/ (* loc loc) ?x71)))
 (let ((?x108 (/ ?x107 2.0)))
 (= (< ?x108 ?x136) (< exp!4 exp!5)))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (* loc z) (* scale scale)) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (* loc z) (* scale scale)))))
(check-sat)
(pop 1)
