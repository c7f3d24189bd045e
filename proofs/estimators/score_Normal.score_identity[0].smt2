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
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x110 (/ 0.0 scale)))
 (let ((?x111 (- ?x110)))
 (let ((?x103 (/ 1.0 (* scale scale))))
 (let ((?x104 (* ?x103 0.0)))
 (let ((?x101 (/ (- 1.0) scale)))
 (let ((?x105 (+ ?x101 ?x104)))
 (let ((?x20 (- loc)))
 (let ((?x21 (+ z ?x20)))
 (let ((?x22 (/ ?x21 scale)))
 (let ((?x24 (* ?x22 (- (/ 1.0 2.0)))))
 (let ((?x108 (* ?x24 ?x105)))
 (let ((?x106 (* (- (/ 1.0 2.0)) ?x105)))
 (let ((?x107 (* ?x22 ?x106)))
 (let ((?x109 (+ ?x107 ?x108)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x98 (/ (/ (/ 1.0 exp!3) exp!1) exp!2)))
 (let ((?x113 (* ?x98 ?x112)))
 (let ((?x114 (* f ?x113)))
 (let ((?x67 (* f 1.0)))
 (let ((?x65 (* 1.0 0.0)))
 (let ((?x68 (+ ?x65 ?x67)))
 (let ((?x70 (* ?x22 ?x68)))
 (let ((?x71 (* (- (/ 1.0 2.0)) ?x70)))
 (let ((?x69 (* ?x24 ?x68)))
 (let ((?x72 (+ ?x69 ?x71)))
 (let ((?x73 (/ ?x72 scale)))
 (let ((?x74 (- ?x73)))
 (let ((?x99 (* ?x98 ?x74)))
 (or (and (distinct ?x99 ?x114) true)))))))))))))))))))))))))))))))
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
 (let ((?x76 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x76 ?x28) (< exp!3 exp!1)))))
(assert
 (let ((?x76 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x76) (< exp!1 exp!3)))))
(assert
 (let ((?x76 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x76 log!26) (< exp!3 exp!2))))
(assert
 (let ((?x76 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< log!26 ?x76) (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let ((?x76 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (> ?x76 0.0) (> exp!3 1.0))))
(assert
 (let ((?x76 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
(>= exp!3 (+ 1.0 ?x76))))
(check-sat)
(pop 1)
