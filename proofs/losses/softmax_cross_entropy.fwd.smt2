; certjax: rule losses.softmax_cross_entropy, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!0 () Real)
(declare-fun log!21 () Real)
(declare-fun sg!10 () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |labels[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |labels[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun |labels[2]| () Real)
(declare-fun exp!4 () Real)
(assert
 (let ((?x44 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x34 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x45 (+ ?x34 ?x44)))
 (let ((?x24 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x46 (+ ?x24 ?x45)))
 (< 0.0 ?x46)))))))
(assert
 (let ((?x44 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x34 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x45 (+ ?x34 ?x44)))
 (let ((?x24 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x46 (+ ?x24 ?x45)))
 (< 0.0 ?x46)))))))
(assert
 (let ((?x62 (- log!21)))
 (let ((?x49 (- sg!10)))
 (let ((?x70 (+ |logits[1]| ?x49)))
 (let ((?x71 (+ ?x70 ?x62)))
 (let ((?x72 (* |labels[1]| ?x71)))
 (let ((?x66 (+ |logits[0]| ?x49)))
 (let ((?x67 (+ ?x66 ?x62)))
 (let ((?x68 (* |labels[0]| ?x67)))
 (let ((?x73 (+ ?x68 ?x72)))
 (let ((?x50 (+ |logits[2]| ?x49)))
 (let ((?x63 (+ ?x50 ?x62)))
 (let ((?x64 (* |labels[2]| ?x63)))
 (let ((?x74 (+ ?x64 ?x73)))
 (let ((?x75 (- ?x74)))
 (or (and (distinct ?x75 ?x75) true)))))))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 |logits[2]|)))
(assert
 (> exp!1 0.0))
(assert
 (= (> sg!10 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 sg!10)))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!21 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!21)))
(assert
 (let ((?x44 (/ (* 1.0 exp!3) exp!1)))
(let ((?x34 (/ (* 1.0 exp!2) exp!1)))
(let ((?x45 (+ ?x34 ?x44)))
(let ((?x24 (/ (* 1.0 exp!0) exp!1)))
(let ((?x46 (+ ?x24 ?x45)))
(=> (> ?x46 0.0) (= exp!4 ?x46))))))))
(check-sat)
(pop 1)
