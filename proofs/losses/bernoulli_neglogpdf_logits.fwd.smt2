; certjax: rule losses.bernoulli_neglogpdf_logits, obligation 'fwd', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun log!1094 () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(assert
 (< 0.0 logits))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x22 (* logits z)))
 (let ((?x23 (- ?x22)))
 (let ((?x24 (+ logits ?x23)))
 (let ((?x42 (+ ?x24 log!1094)))
 (or (and (distinct ?x42 ?x42) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!1094 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!1094) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!1094 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!1094)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun log!1094 () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(assert
 (= 0.0 logits))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x22 (* logits z)))
 (let ((?x23 (- ?x22)))
 (let ((?x24 (+ logits ?x23)))
 (let ((?x42 (+ ?x24 log!1094)))
 (or (and (distinct ?x42 ?x42) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!1094 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!1094) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!1094 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!1094)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun log!1099 () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun log!1094 () Real)
(declare-fun exp!3 () Real)
(assert
 (> 0.0 logits))
(assert
 (let ((?x43 (* 1.0 exp!1)))
 (let ((?x45 (+ 1.0 ?x43)))
 (< 0.0 ?x45))))
(assert
 (let ((?x43 (* 1.0 exp!1)))
 (let ((?x45 (+ 1.0 ?x43)))
 (< 0.0 ?x45))))
(assert
 (let ((?x22 (* logits z)))
 (let ((?x23 (- ?x22)))
 (let ((?x64 (+ ?x23 log!1099)))
 (or (and (distinct ?x64 ?x64) true))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!1094 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!1094) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!1094 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!1094)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!1099 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!1099) (< exp!1 exp!3)))
(assert
 (= (< log!1099 log!1094) (< exp!3 exp!2)))
(assert
 (= (< log!1094 log!1099) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!1099 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!1099)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
