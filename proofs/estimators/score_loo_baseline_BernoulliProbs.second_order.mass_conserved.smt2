; certjax: rule estimators.score_loo_baseline_BernoulliProbs, obligation 'second_order.mass_conserved', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!9 () Real)
(declare-fun log!21 () Real)
(assert
 (let (($x9 (> 1.0 probs)))
 (let (($x7 (< 0.0 probs)))
 (and $x7 $x9))))
(assert
 (let (($x13 (= 0.0 probs)))
 (not $x13)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x14 (+ 1.0 ?x11)))
 (let (($x17 (= 0.0 ?x14)))
 (not $x17)))))
(assert
 (< 0.0 probs))
(assert
 (let ((?x11 (- probs)))
 (let ((?x14 (+ 1.0 ?x11)))
 (< 0.0 ?x14))))
(assert
 (let (($x13 (= 0.0 probs)))
 (not $x13)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x14 (+ 1.0 ?x11)))
 (let (($x17 (= 0.0 ?x14)))
 (not $x17)))))
(assert
 (let ((?x70 (* 1.0 exp!1)))
 (let ((?x11 (- probs)))
 (let ((?x14 (+ 1.0 ?x11)))
 (let ((?x61 (/ (- 1.0) ?x14)))
 (let ((?x72 (* 0.0 ?x61)))
 (let ((?x58 (/ 1.0 probs)))
 (let ((?x73 (+ ?x58 ?x72)))
 (let ((?x74 (* ?x73 ?x70)))
 (let ((?x75 (* ?x73 ?x74)))
 (let ((?x23 (/ 1.0 (* ?x14 ?x14))))
 (let ((?x24 (- ?x23)))
 (let ((?x66 (* 0.0 ?x24)))
 (let ((?x18 (* probs probs)))
 (let ((?x19 (/ 1.0 ?x18)))
 (let ((?x20 (- ?x19)))
 (let ((?x67 (+ ?x20 ?x66)))
 (let ((?x71 (* ?x67 ?x70)))
 (let ((?x76 (+ ?x71 ?x75)))
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x59 (* ?x58 0.0)))
 (let ((?x62 (+ ?x59 ?x61)))
 (let ((?x63 (* ?x62 ?x56)))
 (let ((?x64 (* ?x62 ?x63)))
 (let ((?x21 (* ?x20 0.0)))
 (let ((?x25 (+ ?x21 ?x24)))
 (let ((?x57 (* ?x25 ?x56)))
 (let ((?x65 (+ ?x57 ?x64)))
 (let ((?x77 (+ ?x65 ?x76)))
 (or (and (distinct 0.0 ?x77) true)))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!9 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!9)))
(assert
 (let (($x35 (= exp!1 probs)))
 (=> (> probs 0.0) $x35)))
(assert
 (= (< log!21 log!9) (< exp!2 exp!1)))
(assert
 (= (< log!9 log!21) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!21 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!21)))
(assert
 (=> (> (+ 1.0 (- probs)) 0.0) (= exp!2 (+ 1.0 (- probs)))))
(check-sat)
(pop 1)
