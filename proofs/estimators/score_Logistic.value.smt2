; certjax: rule estimators.score_Logistic, obligation 'value', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun log!42 () Real)
(declare-fun log!30 () Real)
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
 (let ((?x73 (+ ?x15 log!42)))
 (let ((?x74 (* 2.0 ?x73)))
 (let ((?x75 (- ?x74)))
 (let ((?x76 (+ ?x15 ?x75)))
 (let ((?x31 (- log!30)))
 (let ((?x77 (+ ?x31 ?x76)))
 (let ((?x78 (- ?x77)))
 (let ((?x79 (+ ?x77 ?x78)))
 (let ((?x80 (* f ?x79)))
 (or (and (distinct 0.0 ?x80) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!42 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!42) (< exp!1 exp!3)))
(assert
 (= (< log!42 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!42) (< exp!2 exp!3)))
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
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun log!55 () Real)
(declare-fun log!30 () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!42 () Real)
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
 (let ((?x81 (/ 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x81)))
 (< 0.0 ?x82))))
(assert
 (let ((?x136 (+ 0.0 log!55)))
 (let ((?x137 (* 2.0 ?x136)))
 (let ((?x138 (- ?x137)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (let ((?x135 (+ ?x15 ?x138)))
 (let ((?x31 (- log!30)))
 (let ((?x127 (+ ?x31 ?x135)))
 (let ((?x128 (- ?x127)))
 (let ((?x129 (+ ?x127 ?x128)))
 (let ((?x100 (* f ?x129)))
 (or (and (distinct 0.0 ?x100) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!42 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!42) (< exp!1 exp!3)))
(assert
 (= (< log!42 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!42) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!42 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!42)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!55 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!55) (< exp!1 exp!4)))
(assert
 (= (< log!55 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!55) (< exp!2 exp!4)))
(assert
 (= (< log!55 log!42) (< exp!4 exp!3)))
(assert
 (= (< log!42 log!55) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!55 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!55)))
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
(declare-fun log!42 () Real)
(declare-fun log!30 () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!55 () Real)
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
 (let ((?x73 (+ ?x15 log!42)))
 (let ((?x74 (* 2.0 ?x73)))
 (let ((?x75 (- ?x74)))
 (let ((?x76 (+ ?x15 ?x75)))
 (let ((?x31 (- log!30)))
 (let ((?x77 (+ ?x31 ?x76)))
 (let ((?x78 (- ?x77)))
 (let ((?x79 (+ ?x77 ?x78)))
 (let ((?x80 (* f ?x79)))
 (or (and (distinct 0.0 ?x80) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!42 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!42) (< exp!1 exp!3)))
(assert
 (= (< log!42 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!42) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!42 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!42)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!55 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!55) (< exp!1 exp!4)))
(assert
 (= (< log!55 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!55) (< exp!2 exp!4)))
(assert
 (= (< log!55 log!42) (< exp!4 exp!3)))
(assert
 (= (< log!42 log!55) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!55 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!55)))
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
(declare-fun log!55 () Real)
(declare-fun log!30 () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!42 () Real)
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
 (let ((?x81 (/ 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x81)))
 (< 0.0 ?x82))))
(assert
 (let ((?x136 (+ 0.0 log!55)))
 (let ((?x137 (* 2.0 ?x136)))
 (let ((?x138 (- ?x137)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (let ((?x135 (+ ?x15 ?x138)))
 (let ((?x31 (- log!30)))
 (let ((?x127 (+ ?x31 ?x135)))
 (let ((?x128 (- ?x127)))
 (let ((?x129 (+ ?x127 ?x128)))
 (let ((?x100 (* f ?x129)))
 (or (and (distinct 0.0 ?x100) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!42 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!42) (< exp!1 exp!3)))
(assert
 (= (< log!42 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!42) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!42 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!42)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!55 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!55) (< exp!1 exp!4)))
(assert
 (= (< log!55 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!55) (< exp!2 exp!4)))
(assert
 (= (< log!55 log!42) (< exp!4 exp!3)))
(assert
 (= (< log!42 log!55) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!55 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!55)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
