; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'value', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun log!47 () Real)
(declare-fun log!33 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (let ((?x76 (+ ?x15 log!47)))
 (let ((?x77 (* 2.0 ?x76)))
 (let ((?x78 (- ?x77)))
 (let ((?x79 (+ ?x15 ?x78)))
 (let ((?x54 (- log!33)))
 (let ((?x80 (+ ?x54 ?x79)))
 (let ((?x81 (- ?x80)))
 (let ((?x82 (+ ?x80 ?x81)))
 (let ((?x47 (- b)))
 (let ((?x51 (+ f ?x47)))
 (let ((?x83 (* ?x51 ?x82)))
 (or (and (distinct 0.0 ?x83) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!47 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!47) (< exp!1 exp!3)))
(assert
 (= (< log!47 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!47) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!47 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!47)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun log!60 () Real)
(declare-fun log!33 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!47 () Real)
(declare-fun exp!4 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x85 (+ 1.0 ?x84)))
 (< 0.0 ?x85))))
(assert
 (let ((?x136 (+ 0.0 log!60)))
 (let ((?x137 (* 2.0 ?x136)))
 (let ((?x131 (- ?x137)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (let ((?x103 (+ ?x15 ?x131)))
 (let ((?x54 (- log!33)))
 (let ((?x104 (+ ?x54 ?x103)))
 (let ((?x122 (- ?x104)))
 (let ((?x132 (+ ?x104 ?x122)))
 (let ((?x47 (- b)))
 (let ((?x51 (+ f ?x47)))
 (let ((?x133 (* ?x51 ?x132)))
 (or (and (distinct 0.0 ?x133) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!47 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!47) (< exp!1 exp!3)))
(assert
 (= (< log!47 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!47) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!47 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!47)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!60 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!60) (< exp!1 exp!4)))
(assert
 (= (< log!60 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!60) (< exp!2 exp!4)))
(assert
 (= (< log!60 log!47) (< exp!4 exp!3)))
(assert
 (= (< log!47 log!60) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!60 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!60)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun log!47 () Real)
(declare-fun log!33 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!60 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (let ((?x76 (+ ?x15 log!47)))
 (let ((?x77 (* 2.0 ?x76)))
 (let ((?x78 (- ?x77)))
 (let ((?x79 (+ ?x15 ?x78)))
 (let ((?x54 (- log!33)))
 (let ((?x80 (+ ?x54 ?x79)))
 (let ((?x81 (- ?x80)))
 (let ((?x82 (+ ?x80 ?x81)))
 (let ((?x47 (- b)))
 (let ((?x51 (+ f ?x47)))
 (let ((?x83 (* ?x51 ?x82)))
 (or (and (distinct 0.0 ?x83) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!47 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!47) (< exp!1 exp!3)))
(assert
 (= (< log!47 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!47) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!47 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!47)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!60 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!60) (< exp!1 exp!4)))
(assert
 (= (< log!60 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!60) (< exp!2 exp!4)))
(assert
 (= (< log!60 log!47) (< exp!4 exp!3)))
(assert
 (= (< log!47 log!60) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!60 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!60)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun log!60 () Real)
(declare-fun log!33 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!47 () Real)
(declare-fun exp!4 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x85 (+ 1.0 ?x84)))
 (< 0.0 ?x85))))
(assert
 (let ((?x136 (+ 0.0 log!60)))
 (let ((?x137 (* 2.0 ?x136)))
 (let ((?x131 (- ?x137)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (let ((?x103 (+ ?x15 ?x131)))
 (let ((?x54 (- log!33)))
 (let ((?x104 (+ ?x54 ?x103)))
 (let ((?x122 (- ?x104)))
 (let ((?x132 (+ ?x104 ?x122)))
 (let ((?x47 (- b)))
 (let ((?x51 (+ f ?x47)))
 (let ((?x133 (* ?x51 ?x132)))
 (or (and (distinct 0.0 ?x133) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!47 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!47) (< exp!1 exp!3)))
(assert
 (= (< log!47 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!47) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!47 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!47)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!60 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!60) (< exp!1 exp!4)))
(assert
 (= (< log!60 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!60) (< exp!2 exp!4)))
(assert
 (= (< log!60 log!47) (< exp!4 exp!3)))
(assert
 (= (< log!47 log!60) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!60 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!60)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
