; certjax: rule estimators.reparam_Logistic, obligation 'density', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!30 () Real)
(declare-fun log!52 () Real)
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
 (let ((?x46 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x30 (+ 1.0 ?x46)))
 (< 0.0 ?x30))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x46 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x30 (+ 1.0 ?x46)))
 (< 0.0 ?x30))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x113 (/ (* (/ 1.0 (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x110 (/ 1.0 scale)))
 (let ((?x114 (* ?x110 ?x113)))
 (let ((?x109 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (or (and (distinct ?x109 ?x114) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!30 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!30) (< exp!1 exp!3)))
(assert
 (= (< log!30 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!30) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!30 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!30)))
(assert
 (let (($x67 (= exp!3 scale)))
 (=> (> scale 0.0) $x67)))
(assert
 (= (< log!52 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!52) (< exp!1 exp!4)))
(assert
 (= (< log!52 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!52) (< exp!2 exp!4)))
(assert
 (= (< log!52 log!30) (< exp!4 exp!3)))
(assert
 (= (< log!30 log!52) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!52 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!52)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!30 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!52 () Real)
(declare-fun log!65 () Real)
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
 (let ((?x115 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x115 exp!2)))
 (let ((?x118 (+ 1.0 ?x116)))
 (< 0.0 ?x118)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x115 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x115 exp!2)))
 (let ((?x118 (+ 1.0 ?x116)))
 (< 0.0 ?x118)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x144 (/ (/ (/ 1.0 (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x140 (* ?x144 exp!2)))
 (let ((?x110 (/ 1.0 scale)))
 (let ((?x141 (* ?x110 ?x140)))
 (let ((?x222 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x138 (* ?x222 exp!2)))
 (or (and (distinct ?x138 ?x141) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!30 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!30) (< exp!1 exp!3)))
(assert
 (= (< log!30 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!30) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!30 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!30)))
(assert
 (let (($x67 (= exp!3 scale)))
 (=> (> scale 0.0) $x67)))
(assert
 (= (< log!52 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!52) (< exp!1 exp!4)))
(assert
 (= (< log!52 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!52) (< exp!2 exp!4)))
(assert
 (= (< log!52 log!30) (< exp!4 exp!3)))
(assert
 (= (< log!30 log!52) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!52 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!52)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!65 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!65) (< exp!1 exp!5)))
(assert
 (= (< log!65 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!65) (< exp!2 exp!5)))
(assert
 (= (< log!65 log!30) (< exp!5 exp!3)))
(assert
 (= (< log!30 log!65) (< exp!3 exp!5)))
(assert
 (= (< log!65 log!52) (< exp!5 exp!4)))
(assert
 (= (< log!52 log!65) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!65 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!65)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!30) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!30) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!52) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!52) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!65) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!65) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!30 () Real)
(declare-fun log!52 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!65 () Real)
(declare-fun exp!6 () Real)
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
 (let ((?x46 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x30 (+ 1.0 ?x46)))
 (< 0.0 ?x30))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x46 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x30 (+ 1.0 ?x46)))
 (< 0.0 ?x30))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x113 (/ (* (/ 1.0 (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x110 (/ 1.0 scale)))
 (let ((?x114 (* ?x110 ?x113)))
 (let ((?x109 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (or (and (distinct ?x109 ?x114) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!30 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!30) (< exp!1 exp!3)))
(assert
 (= (< log!30 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!30) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!30 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!30)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!52 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!52) (< exp!1 exp!4)))
(assert
 (= (< log!52 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!52) (< exp!2 exp!4)))
(assert
 (= (< log!52 log!30) (< exp!4 exp!3)))
(assert
 (= (< log!30 log!52) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!52 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!52)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!65 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!65) (< exp!1 exp!5)))
(assert
 (= (< log!65 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!65) (< exp!2 exp!5)))
(assert
 (= (< log!65 log!30) (< exp!5 exp!3)))
(assert
 (= (< log!30 log!65) (< exp!3 exp!5)))
(assert
 (= (< log!65 log!52) (< exp!5 exp!4)))
(assert
 (= (< log!52 log!65) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!65 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!65)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!30) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!30) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!52) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!52) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!65) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!65) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!30 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!52 () Real)
(declare-fun log!65 () Real)
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
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x118 (+ 1.0 ?x116)))
 (< 0.0 ?x118))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x118 (+ 1.0 ?x116)))
 (< 0.0 ?x118))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x140 (* (/ (/ (/ 1.0 (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1) exp!2)))
 (let ((?x110 (/ 1.0 scale)))
 (let ((?x141 (* ?x110 ?x140)))
 (let ((?x222 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x138 (* ?x222 exp!2)))
 (or (and (distinct ?x138 ?x141) true))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!30 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!30) (< exp!1 exp!3)))
(assert
 (= (< log!30 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!30) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!30 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!30)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!52 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!52) (< exp!1 exp!4)))
(assert
 (= (< log!52 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!52) (< exp!2 exp!4)))
(assert
 (= (< log!52 log!30) (< exp!4 exp!3)))
(assert
 (= (< log!30 log!52) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!52 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!52)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!65 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!65) (< exp!1 exp!5)))
(assert
 (= (< log!65 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!65) (< exp!2 exp!5)))
(assert
 (= (< log!65 log!30) (< exp!5 exp!3)))
(assert
 (= (< log!30 log!65) (< exp!3 exp!5)))
(assert
 (= (< log!65 log!52) (< exp!5 exp!4)))
(assert
 (= (< log!52 log!65) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!65 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!65)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!30) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!30) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!52) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!52) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!65) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!65) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
