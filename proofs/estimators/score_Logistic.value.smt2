; certjax: rule estimators.score_Logistic, obligation 'value', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun log!37 () Real)
(declare-fun log!24 () Real)
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
 (let ((?x72 (+ ?x11 log!37)))
 (let ((?x73 (* 2.0 ?x72)))
 (let ((?x74 (- ?x73)))
 (let ((?x75 (+ ?x11 ?x74)))
 (let ((?x47 (- log!24)))
 (let ((?x76 (+ ?x47 ?x75)))
 (let ((?x77 (- ?x76)))
 (let ((?x78 (+ ?x76 ?x77)))
 (let ((?x79 (* f ?x78)))
 (or (and (distinct 0.0 ?x79) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!24 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!24) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!24 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!24)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 log!24) (< exp!3 exp!2)))
(assert
 (= (< log!24 log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
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
(declare-fun log!49 () Real)
(declare-fun log!24 () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!37 () Real)
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
 (let ((?x80 (/ 1.0 exp!1)))
 (let ((?x81 (+ 1.0 ?x80)))
 (< 0.0 ?x81))))
(assert
 (let ((?x134 (* 2.0 log!49)))
 (let ((?x108 (- ?x134)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x11 (- ?x10)))
 (let ((?x109 (+ ?x11 ?x108)))
 (let ((?x47 (- log!24)))
 (let ((?x106 (+ ?x47 ?x109)))
 (let ((?x107 (- ?x106)))
 (let ((?x120 (+ ?x106 ?x107)))
 (let ((?x121 (* f ?x120)))
 (or (and (distinct 0.0 ?x121) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!24 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!24) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!24 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!24)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 log!24) (< exp!3 exp!2)))
(assert
 (= (< log!24 log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!49 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!49) (< exp!1 exp!4)))
(assert
 (= (< log!49 log!24) (< exp!4 exp!2)))
(assert
 (= (< log!24 log!49) (< exp!2 exp!4)))
(assert
 (= (< log!49 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!49) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!49 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!49)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
