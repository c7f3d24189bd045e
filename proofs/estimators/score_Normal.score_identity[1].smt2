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
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun f () Real)
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
 (let ((?x139 (/ 1.0 scale)))
 (let ((?x140 (- ?x139)))
 (let ((?x21 (- loc)))
 (let ((?x22 (+ z ?x21)))
 (let ((?x132 (- ?x22)))
 (let ((?x119 (/ 1.0 (* scale scale))))
 (let ((?x133 (* ?x119 ?x132)))
 (let ((?x131 (/ 0.0 scale)))
 (let ((?x134 (+ ?x131 ?x133)))
 (let ((?x23 (/ ?x22 scale)))
 (let ((?x121 (* ?x23 (- (/ 1.0 2.0)))))
 (let ((?x137 (* ?x121 ?x134)))
 (let ((?x135 (* (- (/ 1.0 2.0)) ?x134)))
 (let ((?x136 (* ?x23 ?x135)))
 (let ((?x138 (+ ?x136 ?x137)))
 (let ((?x141 (+ ?x138 ?x140)))
 (let ((?x114 (/ (/ (/ 1.0 exp!1) exp!3) exp!5)))
 (let ((?x142 (* ?x114 ?x141)))
 (let ((?x143 (* f ?x142)))
 (let ((?x123 (* f ?x23)))
 (let ((?x124 (* (- (/ 1.0 2.0)) ?x123)))
 (let ((?x122 (* f ?x121)))
 (let ((?x125 (+ ?x122 ?x124)))
 (let ((?x126 (* ?x119 ?x125)))
 (let ((?x127 (* ?x22 ?x126)))
 (let ((?x128 (- ?x127)))
 (let ((?x116 (- f)))
 (let ((?x117 (/ ?x116 scale)))
 (let ((?x129 (+ ?x117 ?x128)))
 (let ((?x130 (* ?x114 ?x129)))
 (or (and (distinct ?x130 ?x143) true)))))))))))))))))))))))))))))))))
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
