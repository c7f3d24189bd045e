; certjax: rule estimators.score_BernoulliLogits, obligation 'score_identity@0', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!47 () Real)
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
 (let ((?x49 (- ?x18)))
 (let ((?x50 (/ ?x49 ?x19)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let ((?x52 (- ?x51)))
 (let ((?x47 (/ ?x18 exp!2)))
 (let ((?x53 (* ?x47 ?x52)))
 (let ((?x54 (* |f[0]| ?x53)))
 (let ((?x45 (/ 1.0 exp!2)))
 (let ((?x43 (- |f[0]|)))
 (let ((?x46 (* ?x43 ?x45)))
 (let ((?x48 (* ?x47 ?x46)))
 (or (and (distinct ?x48 ?x54) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!47 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!47) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!47 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!47)))
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
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!47 () Real)
(declare-fun log!67 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x55 (* 1.0 exp!1)))
 (let ((?x56 (+ 1.0 ?x55)))
 (< 0.0 ?x56))))
(assert
 (let ((?x55 (* 1.0 exp!1)))
 (let ((?x56 (+ 1.0 ?x55)))
 (let (($x187 (= 0.0 ?x56)))
 (not $x187)))))
(assert
 (let ((?x55 (* 1.0 exp!1)))
 (let ((?x56 (+ 1.0 ?x55)))
 (< 0.0 ?x56))))
(assert
 (let ((?x55 (* 1.0 exp!1)))
 (let ((?x56 (+ 1.0 ?x55)))
 (let (($x187 (= 0.0 ?x56)))
 (not $x187)))))
(assert
 (let ((?x55 (* 1.0 exp!1)))
 (let ((?x56 (+ 1.0 ?x55)))
 (let ((?x110 (/ ?x55 ?x56)))
 (let ((?x111 (- ?x110)))
 (let ((?x90 (/ 1.0 exp!3)))
 (let ((?x116 (* ?x90 ?x111)))
 (let ((?x115 (* |f[0]| ?x116)))
 (let ((?x108 (/ ?x55 exp!3)))
 (let ((?x43 (- |f[0]|)))
 (let ((?x109 (* ?x43 ?x108)))
 (let ((?x91 (* ?x90 ?x109)))
 (or (and (distinct ?x91 ?x115) true))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!47 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!47) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!47 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!47)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!67 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!67) (< exp!1 exp!3)))
(assert
 (= (< log!67 log!47) (< exp!3 exp!2)))
(assert
 (= (< log!47 log!67) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!67 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!67)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
