; certjax: rule estimators.score_loo_baseline_BernoulliLogits, obligation 'score_identity@0', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!52 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x52 (- ?x18)))
 (let ((?x53 (/ ?x52 ?x19)))
 (let ((?x54 (+ 1.0 ?x53)))
 (let ((?x55 (- ?x54)))
 (let ((?x50 (/ ?x18 exp!2)))
 (let ((?x56 (* ?x50 ?x55)))
 (let ((?x44 (- b)))
 (let ((?x45 (+ |f[0]| ?x44)))
 (let ((?x57 (* ?x45 ?x56)))
 (let ((?x48 (/ 1.0 exp!2)))
 (let ((?x46 (- ?x45)))
 (let ((?x49 (* ?x46 ?x48)))
 (let ((?x51 (* ?x50 ?x49)))
 (or (and (distinct ?x51 ?x57) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!52 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!52) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!52 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!52)))
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
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!52 () Real)
(declare-fun log!72 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x58 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x58)))
 (< 0.0 ?x59))))
(assert
 (let ((?x58 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x58)))
 (let (($x211 (= 0.0 ?x59)))
 (not $x211)))))
(assert
 (let ((?x58 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x58)))
 (< 0.0 ?x59))))
(assert
 (let ((?x58 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x58)))
 (let (($x211 (= 0.0 ?x59)))
 (not $x211)))))
(assert
 (let ((?x58 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x58)))
 (let ((?x160 (/ ?x58 ?x59)))
 (let ((?x162 (- ?x160)))
 (let ((?x158 (/ 1.0 exp!3)))
 (let ((?x128 (* ?x158 ?x162)))
 (let ((?x44 (- b)))
 (let ((?x45 (+ |f[0]| ?x44)))
 (let ((?x129 (* ?x45 ?x128)))
 (let ((?x153 (/ ?x58 exp!3)))
 (let ((?x46 (- ?x45)))
 (let ((?x154 (* ?x46 ?x153)))
 (let ((?x159 (* ?x158 ?x154)))
 (or (and (distinct ?x159 ?x129) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!52 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!52) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!52 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!52)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!72 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!72) (< exp!1 exp!3)))
(assert
 (= (< log!72 log!52) (< exp!3 exp!2)))
(assert
 (= (< log!52 log!72) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!72 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!72)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
