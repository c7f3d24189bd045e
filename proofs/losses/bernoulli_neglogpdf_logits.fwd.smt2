; certjax: rule losses.bernoulli_neglogpdf_logits, obligation 'fwd', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(declare-fun log!47 () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 logits))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (< 0.0 ?x9))))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (< 0.0 ?x9))))
(assert
 (let ((?x21 (* logits z)))
 (let ((?x20 (- ?x21)))
 (let ((?x33 (+ ?x20 log!47)))
 (or (and (distinct ?x33 ?x33) true))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!47 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!47)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!0)) 0.0) (= exp!1 (+ 1.0 (* 1.0 exp!0)))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(declare-fun log!52 () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun log!47 () Real)
(declare-fun exp!2 () Real)
(assert
 (< 0.0 logits))
(assert
 (let ((?x57 (/ 1.0 exp!0)))
 (let ((?x61 (+ 1.0 ?x57)))
 (< 0.0 ?x61))))
(assert
 (let ((?x57 (/ 1.0 exp!0)))
 (let ((?x61 (+ 1.0 ?x57)))
 (< 0.0 ?x61))))
(assert
 (let ((?x21 (* logits z)))
 (let ((?x20 (- ?x21)))
 (let ((?x62 (+ logits ?x20)))
 (let ((?x44 (+ ?x62 log!52)))
 (or (and (distinct ?x44 ?x44) true)))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!47 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!47)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!0)) 0.0) (= exp!1 (+ 1.0 (* 1.0 exp!0)))))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!52 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!52)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!0)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!0)))))
(check-sat)
(pop 1)
