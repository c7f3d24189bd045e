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
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x20 (- loc)))
 (let ((?x21 (+ z ?x20)))
 (let ((?x107 (- ?x21)))
 (let ((?x72 (/ 1.0 (* scale scale))))
 (let ((?x108 (* ?x72 ?x107)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x22 (/ ?x21 scale)))
 (let ((?x24 (* ?x22 (- (/ 1.0 2.0)))))
 (let ((?x112 (* ?x24 ?x109)))
 (let ((?x110 (* (- (/ 1.0 2.0)) ?x109)))
 (let ((?x111 (* ?x22 ?x110)))
 (let ((?x113 (+ ?x111 ?x112)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x104 (/ (/ (/ 1.0 exp!3) exp!1) exp!2)))
 (let ((?x117 (* ?x104 ?x116)))
 (let ((?x118 (* f ?x117)))
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
 (let ((?x105 (* ?x104 ?x80)))
 (or (and (distinct ?x105 ?x118) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x82 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x82 ?x28) (< exp!3 exp!1)))))
(assert
 (let ((?x82 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x82) (< exp!1 exp!3)))))
(assert
 (let ((?x82 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x82 log!26) (< exp!3 exp!2))))
(assert
 (let ((?x82 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< log!26 ?x82) (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let ((?x82 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (> ?x82 0.0) (> exp!3 1.0))))
(assert
 (let ((?x82 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
(>= exp!3 (+ 1.0 ?x82))))
(check-sat)
(pop 1)
