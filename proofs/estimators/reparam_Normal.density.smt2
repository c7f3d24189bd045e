; certjax: rule estimators.reparam_Normal, obligation 'density', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun log!15 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!19 () Real)
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
 (let ((?x115 (/ 1.0 scale)))
 (let ((?x70 (/ (/ 1.0 exp!1) exp!3)))
 (let ((?x116 (* ?x70 ?x115)))
 (let ((?x114 (/ ?x70 exp!5)))
 (or (and (distinct ?x114 ?x116) true)))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (let ((?x25 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (> ?x25 0.0) (> exp!1 1.0))))
(assert
 (let ((?x25 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (>= exp!1 (+ 1.0 ?x25))))
(assert
 (let ((?x25 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let ((?x35 (/ log!15 2.0)))
 (let (($x37 (< ?x35 ?x25)))
 (= $x37 (< exp!2 exp!1))))))
(assert
 (let ((?x35 (/ log!15 2.0)))
 (let ((?x25 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x40 (< ?x25 ?x35)))
 (= $x40 (< exp!1 exp!2))))))
(assert
 (> exp!2 0.0))
(assert
 (let ((?x35 (/ log!15 2.0)))
 (let (($x44 (> ?x35 0.0)))
 (= $x44 (> exp!2 1.0)))))
(assert
 (let ((?x35 (/ log!15 2.0)))
 (let ((?x47 (+ 1.0 ?x35)))
 (>= exp!2 ?x47))))
(assert
 (let ((?x16 (* 2.0 pi!)))
 (let (($x49 (> ?x16 0.0)))
 (=> $x49 (= (* exp!2 exp!2) ?x16)))))
(assert
 (let ((?x25 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let ((?x35 (/ log!15 2.0)))
 (let (($x37 (< ?x35 ?x25)))
 (= $x37 (< exp!3 exp!1))))))
(assert
 (let ((?x35 (/ log!15 2.0)))
 (let ((?x25 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x40 (< ?x25 ?x35)))
 (= $x40 (< exp!1 exp!3))))))
(assert
 (let ((?x35 (/ log!15 2.0)))
 (let (($x58 (< ?x35 ?x35)))
 (= $x58 (< exp!3 exp!2)))))
(assert
 (let ((?x35 (/ log!15 2.0)))
 (let (($x58 (< ?x35 ?x35)))
 (= $x58 (< exp!2 exp!3)))))
(assert
 (> exp!3 0.0))
(assert
 (let ((?x35 (/ log!15 2.0)))
 (let (($x44 (> ?x35 0.0)))
 (= $x44 (> exp!3 1.0)))))
(assert
 (let ((?x35 (/ log!15 2.0)))
 (let ((?x47 (+ 1.0 ?x35)))
 (>= exp!3 ?x47))))
(assert
 (let ((?x16 (* 2.0 pi!)))
 (let (($x49 (> ?x16 0.0)))
 (=> $x49 (= (* exp!3 exp!3) ?x16)))))
(assert
 (let ((?x25 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x73 (< log!19 ?x25)))
 (= $x73 (< exp!4 exp!1)))))
(assert
 (let ((?x25 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x76 (< ?x25 log!19)))
 (= $x76 (< exp!1 exp!4)))))
(assert
 (let ((?x35 (/ log!15 2.0)))
 (let (($x79 (< log!19 ?x35)))
 (= $x79 (< exp!4 exp!3)))))
(assert
 (let ((?x35 (/ log!15 2.0)))
 (let (($x82 (< ?x35 log!19)))
 (= $x82 (< exp!3 exp!4)))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x86 (> log!19 0.0)))
 (= $x86 (> exp!4 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!19)))
 (>= exp!4 ?x89)))
(assert
 (let (($x92 (= exp!4 scale)))
 (let (($x91 (> scale 0.0)))
 (=> $x91 $x92))))
(assert
 (let ((?x25 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x73 (< log!19 ?x25)))
 (= $x73 (< exp!5 exp!1)))))
(assert
 (let ((?x25 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x76 (< ?x25 log!19)))
 (= $x76 (< exp!1 exp!5)))))
(assert
 (let ((?x35 (/ log!15 2.0)))
 (let (($x79 (< log!19 ?x35)))
 (= $x79 (< exp!5 exp!3)))))
(assert
 (let ((?x35 (/ log!15 2.0)))
 (let (($x82 (< ?x35 log!19)))
 (= $x82 (< exp!3 exp!5)))))
(assert
 (let (($x103 (< log!19 log!19)))
 (= $x103 (< exp!5 exp!4))))
(assert
 (let (($x103 (< log!19 log!19)))
 (= $x103 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x86 (> log!19 0.0)))
 (= $x86 (> exp!5 1.0))))
(assert
 (let ((?x89 (+ 1.0 log!19)))
 (>= exp!5 ?x89)))
(assert
 (let (($x112 (= exp!5 scale)))
(let (($x91 (> scale 0.0)))
(=> $x91 $x112))))
(check-sat)
(pop 1)
