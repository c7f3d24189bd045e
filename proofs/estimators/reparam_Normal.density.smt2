; certjax: rule estimators.reparam_Normal, obligation 'density', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!15 () Real)
(declare-fun log!19 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x16 (* 2.0 pi!)))
 (< 0.0 ?x16)))
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
 (let ((?x87 (/ 1.0 scale)))
 (let ((?x85 (/ (/ 1.0 exp!3) exp!1)))
 (let ((?x88 (* ?x85 ?x87)))
 (let ((?x86 (/ ?x85 exp!2)))
 (or (and (distinct ?x86 ?x88) true)))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ log!15 2.0) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ log!15 2.0))))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= (* exp!1 exp!1) (* 2.0 pi!))))
(assert
 (= (< log!19 (/ log!15 2.0)) (< exp!2 exp!1)))
(assert
 (= (< (/ log!15 2.0) log!19) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!19 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!19)))
(assert
 (let (($x59 (= exp!2 scale)))
 (=> (> scale 0.0) $x59)))
(assert
 (let ((?x28 (/ log!15 2.0)))
 (let ((?x64 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x64 ?x28) (< exp!3 exp!1)))))
(assert
 (let ((?x64 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let ((?x28 (/ log!15 2.0)))
 (= (< ?x28 ?x64) (< exp!1 exp!3)))))
(assert
 (let ((?x64 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x64 log!19) (< exp!3 exp!2))))
(assert
 (let ((?x64 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< log!19 ?x64) (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let ((?x64 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (> ?x64 0.0) (> exp!3 1.0))))
(assert
 (let ((?x64 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
(>= exp!3 (+ 1.0 ?x64))))
(check-sat)
(pop 1)
