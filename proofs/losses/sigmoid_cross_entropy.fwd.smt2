; certjax: rule losses.sigmoid_cross_entropy, obligation 'fwd', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(declare-fun log!88 () Real)
(declare-fun labels () Real)
(declare-fun log!83 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(assert
 (let ((?x6 (- logits)))
 (> 0.0 ?x6)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x51 (- log!88)))
 (let ((?x16 (- labels)))
 (let ((?x39 (+ 1.0 ?x16)))
 (let ((?x52 (* ?x39 ?x51)))
 (let ((?x53 (- ?x52)))
 (let ((?x38 (- log!83)))
 (let ((?x34 (* ?x16 ?x38)))
 (let ((?x54 (+ ?x34 ?x53)))
 (or (and (distinct ?x54 ?x54) true)))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!83 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!83)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!0)) 0.0) (= exp!1 (+ 1.0 (/ 1.0 exp!0)))))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!88 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!88)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!0)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!0)))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(declare-fun log!83 () Real)
(declare-fun labels () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!88 () Real)
(assert
 (let ((?x6 (- logits)))
 (> 0.0 ?x6)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x91 (+ logits log!83)))
 (let ((?x86 (- ?x91)))
 (let ((?x16 (- labels)))
 (let ((?x39 (+ 1.0 ?x16)))
 (let ((?x82 (* ?x39 ?x86)))
 (let ((?x78 (- ?x82)))
 (let ((?x38 (- log!83)))
 (let ((?x34 (* ?x16 ?x38)))
 (let ((?x57 (+ ?x34 ?x78)))
 (or (and (distinct ?x57 ?x57) true))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!83 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!83)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!0)) 0.0) (= exp!1 (+ 1.0 (/ 1.0 exp!0)))))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!88 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!88)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!0)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!0)))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(declare-fun log!88 () Real)
(declare-fun labels () Real)
(declare-fun exp!1 () Real)
(declare-fun log!83 () Real)
(declare-fun exp!2 () Real)
(assert
 (let ((?x6 (- logits)))
 (< 0.0 ?x6)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x6 (- logits)))
 (let ((?x96 (+ ?x6 log!88)))
 (let ((?x103 (- ?x96)))
 (let ((?x16 (- labels)))
 (let ((?x55 (* ?x16 ?x103)))
 (let ((?x51 (- log!88)))
 (let ((?x39 (+ 1.0 ?x16)))
 (let ((?x52 (* ?x39 ?x51)))
 (let ((?x53 (- ?x52)))
 (let ((?x104 (+ ?x53 ?x55)))
 (or (and (distinct ?x104 ?x104) true)))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!83 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!83)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!0)) 0.0) (= exp!1 (+ 1.0 (/ 1.0 exp!0)))))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!88 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!88)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!0)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!0)))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(declare-fun log!88 () Real)
(declare-fun labels () Real)
(declare-fun log!83 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(assert
 (let ((?x6 (- logits)))
 (< 0.0 ?x6)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x6 (- logits)))
 (let ((?x96 (+ ?x6 log!88)))
 (let ((?x103 (- ?x96)))
 (let ((?x16 (- labels)))
 (let ((?x55 (* ?x16 ?x103)))
 (let ((?x91 (+ logits log!83)))
 (let ((?x86 (- ?x91)))
 (let ((?x39 (+ 1.0 ?x16)))
 (let ((?x82 (* ?x39 ?x86)))
 (let ((?x78 (- ?x82)))
 (let ((?x109 (+ ?x78 ?x55)))
 (or (and (distinct ?x109 ?x109) true))))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!83 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!83)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!0)) 0.0) (= exp!1 (+ 1.0 (/ 1.0 exp!0)))))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!88 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!88)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!0)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!0)))))
(check-sat)
(pop 1)
