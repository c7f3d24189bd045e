; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'value', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun log!45 () Real)
(declare-fun log!31 () Real)
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
 (let ((?x76 (+ ?x15 log!45)))
 (let ((?x77 (* 2.0 ?x76)))
 (let ((?x78 (- ?x77)))
 (let ((?x79 (+ ?x15 ?x78)))
 (let ((?x54 (- log!31)))
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
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!45 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!45) (< exp!1 exp!3)))
(assert
 (= (< log!45 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!45) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!45 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!45)))
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
(declare-fun log!58 () Real)
(declare-fun log!31 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!45 () Real)
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
 (let ((?x118 (+ 0.0 log!58)))
 (let ((?x141 (* 2.0 ?x118)))
 (let ((?x142 (- ?x141)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (let ((?x143 (+ ?x15 ?x142)))
 (let ((?x54 (- log!31)))
 (let ((?x121 (+ ?x54 ?x143)))
 (let ((?x132 (- ?x121)))
 (let ((?x133 (+ ?x121 ?x132)))
 (let ((?x47 (- b)))
 (let ((?x51 (+ f ?x47)))
 (let ((?x134 (* ?x51 ?x133)))
 (or (and (distinct 0.0 ?x134) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!45 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!45) (< exp!1 exp!3)))
(assert
 (= (< log!45 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!45) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!45 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!45)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!58 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!58) (< exp!1 exp!4)))
(assert
 (= (< log!58 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!58) (< exp!2 exp!4)))
(assert
 (= (< log!58 log!45) (< exp!4 exp!3)))
(assert
 (= (< log!45 log!58) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!58 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!58)))
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
(declare-fun log!45 () Real)
(declare-fun log!31 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!58 () Real)
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
 (let ((?x76 (+ ?x15 log!45)))
 (let ((?x77 (* 2.0 ?x76)))
 (let ((?x78 (- ?x77)))
 (let ((?x79 (+ ?x15 ?x78)))
 (let ((?x54 (- log!31)))
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
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!45 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!45) (< exp!1 exp!3)))
(assert
 (= (< log!45 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!45) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!45 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!45)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!58 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!58) (< exp!1 exp!4)))
(assert
 (= (< log!58 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!58) (< exp!2 exp!4)))
(assert
 (= (< log!58 log!45) (< exp!4 exp!3)))
(assert
 (= (< log!45 log!58) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!58 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!58)))
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
(declare-fun log!58 () Real)
(declare-fun log!31 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!45 () Real)
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
 (let ((?x118 (+ 0.0 log!58)))
 (let ((?x141 (* 2.0 ?x118)))
 (let ((?x142 (- ?x141)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (let ((?x143 (+ ?x15 ?x142)))
 (let ((?x54 (- log!31)))
 (let ((?x121 (+ ?x54 ?x143)))
 (let ((?x132 (- ?x121)))
 (let ((?x133 (+ ?x121 ?x132)))
 (let ((?x47 (- b)))
 (let ((?x51 (+ f ?x47)))
 (let ((?x134 (* ?x51 ?x133)))
 (or (and (distinct 0.0 ?x134) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!45 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!45) (< exp!1 exp!3)))
(assert
 (= (< log!45 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!45) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!45 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!45)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!58 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!58) (< exp!1 exp!4)))
(assert
 (= (< log!58 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!58) (< exp!2 exp!4)))
(assert
 (= (< log!58 log!45) (< exp!4 exp!3)))
(assert
 (= (< log!45 log!58) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!58 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!58)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
