; certjax: rule estimators.score_loo_baseline_Normal, obligation 'score_identity[1]', verdict proved
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
 (let ((?x120 (+ f ?x66)))
 (let ((?x116 (/ 1.0 scale)))
 (let ((?x117 (- ?x116)))
 (let ((?x20 (- loc)))
 (let ((?x21 (+ z ?x20)))
 (let ((?x109 (- ?x21)))
 (let ((?x74 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x74 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x22 (/ ?x21 scale)))
 (let ((?x24 (* ?x22 (- (/ 1.0 2.0)))))
 (let ((?x114 (* ?x24 ?x111)))
 (let ((?x112 (* (- (/ 1.0 2.0)) ?x111)))
 (let ((?x113 (* ?x22 ?x112)))
 (let ((?x115 (+ ?x113 ?x114)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x106 (/ (/ (/ 1.0 exp!3) exp!1) exp!2)))
 (let ((?x119 (* ?x106 ?x118)))
 (let ((?x121 (* ?x119 ?x120)))
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
 (let ((?x107 (* ?x106 ?x82)))
 (or (and (distinct ?x107 ?x121) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x84 ?x28) (< exp!3 exp!1)))))
(assert
 (let ((?x84 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let ((?x28 (/ log!24 2.0)))
 (= (< ?x28 ?x84) (< exp!1 exp!3)))))
(assert
 (let ((?x84 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x84 log!28) (< exp!3 exp!2))))
(assert
 (let ((?x84 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< log!28 ?x84) (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let ((?x84 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (> ?x84 0.0) (> exp!3 1.0))))
(assert
 (let ((?x84 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
(>= exp!3 (+ 1.0 ?x84))))
(check-sat)
(pop 1)
