; certjax: rule losses.sigmoid_cross_entropy, obligation 'fwd', verdict proved
; 5 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun log!132 () Real)
(declare-fun labels () Real)
(declare-fun log!127 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x6 (- logits)))
 (< 0.0 ?x6)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x73 (+ logits log!132)))
 (let ((?x74 (- ?x73)))
 (let ((?x28 (- labels)))
 (let ((?x49 (+ 1.0 ?x28)))
 (let ((?x75 (* ?x49 ?x74)))
 (let ((?x76 (- ?x75)))
 (let ((?x6 (- logits)))
 (let ((?x46 (+ ?x6 log!127)))
 (let ((?x47 (- ?x46)))
 (let ((?x48 (* ?x28 ?x47)))
 (let ((?x77 (+ ?x48 ?x76)))
 (or (and (distinct ?x77 ?x77) true))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!127 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!127) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!127 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!127)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!132 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!3)))
(assert
 (= (< log!132 log!127) (< exp!3 exp!2)))
(assert
 (= (< log!127 log!132) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!132 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun log!127 () Real)
(declare-fun labels () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!132 () Real)
(assert
 (let ((?x6 (- logits)))
 (< 0.0 ?x6)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x80 (- log!127)))
 (let ((?x28 (- labels)))
 (let ((?x49 (+ 1.0 ?x28)))
 (let ((?x78 (* ?x49 ?x80)))
 (let ((?x79 (- ?x78)))
 (let ((?x6 (- logits)))
 (let ((?x46 (+ ?x6 log!127)))
 (let ((?x47 (- ?x46)))
 (let ((?x48 (* ?x28 ?x47)))
 (let ((?x97 (+ ?x48 ?x79)))
 (or (and (distinct ?x97 ?x97) true)))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!127 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!127) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!127 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!127)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!132 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!3)))
(assert
 (= (< log!132 log!127) (< exp!3 exp!2)))
(assert
 (= (< log!127 log!132) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!132 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun log!132 () Real)
(declare-fun labels () Real)
(declare-fun log!127 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x6 (- logits)))
 (= 0.0 ?x6)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x73 (+ logits log!132)))
 (let ((?x74 (- ?x73)))
 (let ((?x28 (- labels)))
 (let ((?x49 (+ 1.0 ?x28)))
 (let ((?x75 (* ?x49 ?x74)))
 (let ((?x76 (- ?x75)))
 (let ((?x6 (- logits)))
 (let ((?x46 (+ ?x6 log!127)))
 (let ((?x47 (- ?x46)))
 (let ((?x48 (* ?x28 ?x47)))
 (let ((?x77 (+ ?x48 ?x76)))
 (or (and (distinct ?x77 ?x77) true))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!127 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!127) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!127 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!127)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!132 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!3)))
(assert
 (= (< log!132 log!127) (< exp!3 exp!2)))
(assert
 (= (< log!127 log!132) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!132 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun log!132 () Real)
(declare-fun labels () Real)
(declare-fun exp!2 () Real)
(declare-fun log!127 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x6 (- logits)))
 (> 0.0 ?x6)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x96 (- log!132)))
 (let ((?x28 (- labels)))
 (let ((?x142 (* ?x28 ?x96)))
 (let ((?x73 (+ logits log!132)))
 (let ((?x74 (- ?x73)))
 (let ((?x49 (+ 1.0 ?x28)))
 (let ((?x75 (* ?x49 ?x74)))
 (let ((?x76 (- ?x75)))
 (let ((?x138 (+ ?x76 ?x142)))
 (or (and (distinct ?x138 ?x138) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!127 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!127) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!127 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!127)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!132 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!3)))
(assert
 (= (< log!132 log!127) (< exp!3 exp!2)))
(assert
 (= (< log!127 log!132) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!132 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 5 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun log!132 () Real)
(declare-fun labels () Real)
(declare-fun exp!2 () Real)
(declare-fun log!127 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x6 (- logits)))
 (> 0.0 ?x6)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x25)))
 (< 0.0 ?x24))))
(assert
 (let ((?x96 (- log!132)))
 (let ((?x28 (- labels)))
 (let ((?x142 (* ?x28 ?x96)))
 (let ((?x73 (+ logits log!132)))
 (let ((?x74 (- ?x73)))
 (let ((?x49 (+ 1.0 ?x28)))
 (let ((?x75 (* ?x49 ?x74)))
 (let ((?x76 (- ?x75)))
 (let ((?x138 (+ ?x76 ?x142)))
 (or (and (distinct ?x138 ?x138) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!127 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!127) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!127 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!127)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!132 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!3)))
(assert
 (= (< log!132 log!127) (< exp!3 exp!2)))
(assert
 (= (< log!127 log!132) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!132 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
