; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'value', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun log!42 () Real)
(declare-fun log!27 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x11 (- ?x10)))
 (< 0.0 ?x11))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (< 0.0 ?x30))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x11 (- ?x10)))
 (let ((?x75 (+ ?x11 log!42)))
 (let ((?x76 (* 2.0 ?x75)))
 (let ((?x77 (- ?x76)))
 (let ((?x78 (+ ?x11 ?x77)))
 (let ((?x50 (- log!27)))
 (let ((?x79 (+ ?x50 ?x78)))
 (let ((?x80 (- ?x79)))
 (let ((?x81 (+ ?x79 ?x80)))
 (let ((?x38 (- b)))
 (let ((?x27 (+ f ?x38)))
 (let ((?x82 (* ?x27 ?x81)))
 (or (and (distinct 0.0 ?x82) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!27 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!27) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!27 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!27)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!42 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!42) (< exp!1 exp!3)))
(assert
 (= (< log!42 log!27) (< exp!3 exp!2)))
(assert
 (= (< log!27 log!42) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!42 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!42)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun log!54 () Real)
(declare-fun log!27 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!42 () Real)
(declare-fun exp!4 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x11 (- ?x10)))
 (> 0.0 ?x11))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x83 (/ 1.0 exp!1)))
 (let ((?x84 (+ 1.0 ?x83)))
 (< 0.0 ?x84))))
(assert
 (let ((?x138 (* 2.0 log!54)))
 (let ((?x102 (- ?x138)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x11 (- ?x10)))
 (let ((?x103 (+ ?x11 ?x102)))
 (let ((?x50 (- log!27)))
 (let ((?x137 (+ ?x50 ?x103)))
 (let ((?x121 (- ?x137)))
 (let ((?x131 (+ ?x137 ?x121)))
 (let ((?x38 (- b)))
 (let ((?x27 (+ f ?x38)))
 (let ((?x132 (* ?x27 ?x131)))
 (or (and (distinct 0.0 ?x132) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!27 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!27) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!27 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!27)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!42 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!42) (< exp!1 exp!3)))
(assert
 (= (< log!42 log!27) (< exp!3 exp!2)))
(assert
 (= (< log!27 log!42) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!42 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!42)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!54 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!54) (< exp!1 exp!4)))
(assert
 (= (< log!54 log!27) (< exp!4 exp!2)))
(assert
 (= (< log!27 log!54) (< exp!2 exp!4)))
(assert
 (= (< log!54 log!42) (< exp!4 exp!3)))
(assert
 (= (< log!42 log!54) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!54 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!54)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
