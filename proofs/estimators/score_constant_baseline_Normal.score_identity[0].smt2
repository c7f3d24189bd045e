; certjax: rule estimators.score_constant_baseline_Normal, obligation 'score_identity[0]', verdict proved
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
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x116 (+ f ?x66)))
 (let ((?x112 (/ 0.0 scale)))
 (let ((?x113 (- ?x112)))
 (let ((?x105 (/ 1.0 (* scale scale))))
 (let ((?x106 (* ?x105 0.0)))
 (let ((?x103 (/ (- 1.0) scale)))
 (let ((?x107 (+ ?x103 ?x106)))
 (let ((?x20 (- loc)))
 (let ((?x21 (+ z ?x20)))
 (let ((?x22 (/ ?x21 scale)))
 (let ((?x24 (* ?x22 (- (/ 1.0 2.0)))))
 (let ((?x110 (* ?x24 ?x107)))
 (let ((?x108 (* (- (/ 1.0 2.0)) ?x107)))
 (let ((?x109 (* ?x22 ?x108)))
 (let ((?x111 (+ ?x109 ?x110)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x100 (/ (/ (/ 1.0 exp!3) exp!1) exp!2)))
 (let ((?x115 (* ?x100 ?x114)))
 (let ((?x117 (* ?x115 ?x116)))
 (let ((?x69 (* f 1.0)))
 (let ((?x67 (* 1.0 ?x66)))
 (let ((?x70 (+ ?x67 ?x69)))
 (let ((?x72 (* ?x22 ?x70)))
 (let ((?x73 (* (- (/ 1.0 2.0)) ?x72)))
 (let ((?x71 (* ?x24 ?x70)))
 (let ((?x74 (+ ?x71 ?x73)))
 (let ((?x75 (/ ?x74 scale)))
 (let ((?x76 (- ?x75)))
 (let ((?x101 (* ?x100 ?x76)))
 (or (and (distinct ?x101 ?x117) true)))))))))))))))))))))))))))))))))
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
 (let ((?x78 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x78 ?x28) (< exp!3 exp!1)))))
(assert
 (let ((?x78 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let ((?x28 (/ log!23 2.0)))
 (= (< ?x28 ?x78) (< exp!1 exp!3)))))
(assert
 (let ((?x78 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x78 log!27) (< exp!3 exp!2))))
(assert
 (let ((?x78 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< log!27 ?x78) (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let ((?x78 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (> ?x78 0.0) (> exp!3 1.0))))
(assert
 (let ((?x78 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
(>= exp!3 (+ 1.0 ?x78))))
(check-sat)
(pop 1)
