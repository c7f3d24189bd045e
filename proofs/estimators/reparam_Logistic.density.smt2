; certjax: rule estimators.reparam_Logistic, obligation 'density', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!30 () Real)
(declare-fun log!43 () Real)
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
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
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
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* exp!3 exp!3)))
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x82 (/ ?x19 ?x79)))
 (let ((?x81 (/ 1.0 scale)))
 (let ((?x83 (* ?x81 ?x82)))
 (let ((?x80 (/ (* (/ 1.0 exp!2) exp!1) ?x79)))
 (or (and (distinct ?x80 ?x83) true)))))))))
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
 (let (($x48 (= exp!2 scale)))
 (=> (> scale 0.0) $x48)))
(assert
 (= (< log!43 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!43) (< exp!1 exp!3)))
(assert
 (= (< log!43 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!43) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!43 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!43)))
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
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!30 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!43 () Real)
(declare-fun log!56 () Real)
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
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x85 (+ 1.0 ?x84)))
 (< 0.0 ?x85))))
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
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x215 (* exp!4 exp!4)))
 (let ((?x142 (/ (/ (/ 1.0 exp!1) (* exp!5 exp!5)) ?x215)))
 (let ((?x81 (/ 1.0 scale)))
 (let ((?x147 (* ?x81 ?x142)))
 (let ((?x216 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) ?x215)))
 (or (and (distinct ?x216 ?x147) true))))))))
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
 (let (($x48 (= exp!2 scale)))
 (=> (> scale 0.0) $x48)))
(assert
 (= (< log!43 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!43) (< exp!1 exp!3)))
(assert
 (= (< log!43 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!43) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!43 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!43)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!56 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!56) (< exp!1 exp!4)))
(assert
 (= (< log!56 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!56) (< exp!2 exp!4)))
(assert
 (= (< log!56 log!43) (< exp!4 exp!3)))
(assert
 (= (< log!43 log!56) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!56 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!56)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!43) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!43) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!56) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!56) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!30 () Real)
(declare-fun log!43 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!56 () Real)
(declare-fun exp!5 () Real)
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
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
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
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* exp!3 exp!3)))
 (let ((?x19 (* 1.0 exp!1)))
 (let ((?x82 (/ ?x19 ?x79)))
 (let ((?x81 (/ 1.0 scale)))
 (let ((?x83 (* ?x81 ?x82)))
 (let ((?x80 (/ (* (/ 1.0 exp!2) exp!1) ?x79)))
 (or (and (distinct ?x80 ?x83) true)))))))))
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
 (= (< log!43 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!43) (< exp!1 exp!3)))
(assert
 (= (< log!43 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!43) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!43 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!43)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!56 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!56) (< exp!1 exp!4)))
(assert
 (= (< log!56 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!56) (< exp!2 exp!4)))
(assert
 (= (< log!56 log!43) (< exp!4 exp!3)))
(assert
 (= (< log!43 log!56) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!56 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!56)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!43) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!43) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!56) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!56) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!30 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!43 () Real)
(declare-fun log!56 () Real)
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
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x85 (+ 1.0 ?x84)))
 (< 0.0 ?x85))))
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
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x215 (* exp!4 exp!4)))
 (let ((?x142 (/ (/ (/ 1.0 exp!1) (* exp!5 exp!5)) ?x215)))
 (let ((?x81 (/ 1.0 scale)))
 (let ((?x147 (* ?x81 ?x142)))
 (let ((?x216 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) ?x215)))
 (or (and (distinct ?x216 ?x147) true))))))))
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
 (= (< log!43 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!43) (< exp!1 exp!3)))
(assert
 (= (< log!43 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!43) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!43 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!43)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!56 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!56) (< exp!1 exp!4)))
(assert
 (= (< log!56 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!56) (< exp!2 exp!4)))
(assert
 (= (< log!56 log!43) (< exp!4 exp!3)))
(assert
 (= (< log!43 log!56) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!56 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!56)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!43) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!43) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!56) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!56) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
