; certjax: rule estimators.score_loo_baseline_BernoulliLogits, obligation 'second_order.mass_conserved', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!68 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x22 (= 0.0 ?x19)))
 (not $x22)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x22 (= 0.0 ?x19)))
 (not $x22)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x22 (= 0.0 ?x19)))
 (not $x22)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x24 (- ?x18)))
 (let ((?x52 (/ ?x24 ?x19)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x54 (- ?x53)))
 (let ((?x61 (+ 1.0 ?x54)))
 (let ((?x59 (/ 1.0 exp!2)))
 (let ((?x62 (* ?x59 ?x61)))
 (let ((?x63 (* ?x61 ?x62)))
 (let ((?x27 (/ 1.0 (* ?x19 ?x19))))
 (let ((?x25 (* ?x18 ?x24)))
 (let ((?x28 (* ?x25 ?x27)))
 (let ((?x23 (/ ?x18 ?x19)))
 (let ((?x29 (+ ?x23 ?x28)))
 (let ((?x30 (- ?x29)))
 (let ((?x60 (* ?x30 ?x59)))
 (let ((?x64 (+ ?x60 ?x63)))
 (let ((?x50 (/ ?x18 exp!2)))
 (let ((?x55 (* ?x50 ?x54)))
 (let ((?x56 (* ?x54 ?x55)))
 (let ((?x51 (* ?x30 ?x50)))
 (let ((?x57 (+ ?x51 ?x56)))
 (let ((?x65 (+ ?x57 ?x64)))
 (or (and (distinct 0.0 ?x65) true)))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!68 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!68) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!68 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!68)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!68 () Real)
(declare-fun log!100 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x66 (* 1.0 exp!1)))
 (let ((?x67 (+ 1.0 ?x66)))
 (let (($x70 (= 0.0 ?x67)))
 (not $x70)))))
(assert
 (let ((?x66 (* 1.0 exp!1)))
 (let ((?x67 (+ 1.0 ?x66)))
 (let (($x70 (= 0.0 ?x67)))
 (not $x70)))))
(assert
 (let ((?x66 (* 1.0 exp!1)))
 (let ((?x67 (+ 1.0 ?x66)))
 (< 0.0 ?x67))))
(assert
 (let ((?x66 (* 1.0 exp!1)))
 (let ((?x67 (+ 1.0 ?x66)))
 (let ((?x328 (/ ?x66 ?x67)))
 (let ((?x104 (- ?x328)))
 (let ((?x168 (+ 1.0 ?x104)))
 (let ((?x174 (/ ?x66 exp!3)))
 (let ((?x171 (* ?x174 ?x168)))
 (let ((?x94 (* ?x168 ?x171)))
 (let ((?x207 (/ 1.0 (* ?x67 ?x67))))
 (let ((?x340 (- ?x66)))
 (let ((?x257 (* ?x66 ?x340)))
 (let ((?x248 (* ?x257 ?x207)))
 (let ((?x337 (+ ?x328 ?x248)))
 (let ((?x230 (- ?x337)))
 (let ((?x175 (* ?x230 ?x174)))
 (let ((?x120 (+ ?x175 ?x94)))
 (let ((?x95 (/ 1.0 exp!3)))
 (let ((?x105 (* ?x95 ?x104)))
 (let ((?x112 (* ?x104 ?x105)))
 (let ((?x103 (* ?x230 ?x95)))
 (let ((?x172 (+ ?x103 ?x112)))
 (let ((?x131 (+ ?x172 ?x120)))
 (or (and (distinct 0.0 ?x131) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!68 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!68) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!68 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!68)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!100 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!100) (< exp!1 exp!3)))
(assert
 (= (< log!100 log!68) (< exp!3 exp!2)))
(assert
 (= (< log!68 log!100) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!100 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!100)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
